/**
 * Markdown rendering of an audit report.
 *
 * @since 0.1.0
 * @module
 */
import { describeActual, describeExpectation, type AuditReport } from "./model.js"

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

/**
 * Renders the report as Markdown.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderMarkdown = (report: AuditReport): string => {
  const ja = report.lang === "ja"
  const s = report.summary
  const out: string[] = []
  out.push(`# ${report.title}`, "")
  out.push(`- ${ja ? "作成日時" : "Generated"}: ${report.generatedAt}`)
  out.push(`- ${ja ? "ランナー契約" : "Runner contract"}: ${report.runnerContract}`)
  out.push(`- ${ja ? "テストベクトル" : "Vectors"}: ${report.sources.join(", ")}`, "")
  out.push(`## ${ja ? "合計" : "Totals"}`, "")
  out.push(`| ${ja ? "ケース" : "cases"} | ${ja ? "合格" : "passed"} | ${ja ? "不合格" : "failed"} | ${ja ? "任意" : "optional"} |`)
  out.push("|---:|---:|---:|---:|", `| ${s.cases} | ${s.passed} | ${s.failed} | ${s.optional} |`, "")
  const failures = report.results.filter((r) => !r.passed)
  out.push(`## ${ja ? "不合格のケース" : "Failed cases"}`, "")
  if (failures.length === 0) out.push(ja ? "なし。" : "None.", "")
  for (const r of failures) {
    out.push(`- **${cell(r.subject)}** — ${cell(r.description)} (\`${r.file}\`)`)
    out.push(`  - ${ja ? "根拠" : "basis"}: ${cell(r.basis.join("; "))}`)
    out.push(`  - ${ja ? "期待" : "expected"}: ${cell(describeExpectation(r))}`)
    out.push(`  - ${ja ? "結果" : "actual"}: ${cell(describeActual(r))}`)
    if (r.reason) out.push(`  - ${ja ? "理由" : "reason"}: ${cell(r.reason)}`)
  }
  out.push("", `## ${ja ? "規則と根拠" : "Rules and their legal basis"}`, "")
  out.push(
    ja
      ? "「未検証」は根拠が一次資料で確認できていない規則です（設定可能で、既定は安全側）。"
      : "“UNVERIFIED” marks rules whose basis was not confirmed from a primary source (configurable, safe default)."
  )
  out.push("")
  out.push(`| id | ${ja ? "重要度" : "severity"} | ${ja ? "規則" : "rule"} | ${ja ? "根拠" : "basis"} | ${ja ? "受理ケース" : "accepting"} | ${ja ? "拒否ケース" : "rejecting"} | ${ja ? "不合格" : "failed"} |`)
  out.push("|---|---|---|---|---:|---:|---:|")
  for (const r of report.rules) {
    const basis = r.basis.map((b) => `${b.cite}${b.verified ? "" : ja ? "（未検証）" : " (UNVERIFIED)"}`).join("; ")
    out.push(`| \`${r.id}\` | ${r.severity} | ${cell(ja ? r.title.ja : r.title.en)} | ${cell(basis)} | ${r.accepting} | ${r.rejecting} | ${r.failed} |`)
  }
  if (report.unknownRules.length) {
    out.push("", `${ja ? "定義のない規則ID" : "Rule ids no package defines"}: ${report.unknownRules.map((id) => `\`${id}\``).join(", ")}`)
  }
  out.push("", `## ${ja ? "全ケース" : "All cases"}`, "")
  out.push(`| ${ja ? "判定" : "verdict"} | ${ja ? "対象" : "subject"} | ${ja ? "ケース" : "case"} | ${ja ? "根拠" : "basis"} | ${ja ? "期待" : "expected"} |`)
  out.push("|---|---|---|---|---|")
  for (const r of report.results) {
    const verdict = r.passed ? (ja ? "合格" : "pass") : ja ? "**不合格**" : "**FAIL**"
    const opt = r.optional ? (ja ? "（任意）" : " (optional)") : ""
    out.push(`| ${verdict}${opt} | ${cell(r.subject)} | ${cell(r.description)} | ${cell(r.basis.join("; "))} | ${cell(describeExpectation(r))} |`)
  }
  return out.join("\n") + "\n"
}
