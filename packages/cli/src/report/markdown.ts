/**
 * Markdown rendering of an audit report.
 *
 * @since 0.1.0
 * @module
 */
import { severityLabel, type AuditReport } from "./model.js"

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

/**
 * Renders the report as Markdown.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderMarkdown = (report: AuditReport): string => {
  const ja = report.lang === "ja"
  const L = (j: string, e: string) => (ja ? j : e)
  const s = report.summary
  const out: string[] = []
  out.push(`# ${report.title}`, "")
  out.push(`- ${L("作成日時（日本標準時）", "Generated (Japan Standard Time)")}: ${report.generatedAt}`)
  out.push(
    `- juki ${report.versions.juki} · ${L("ランナー", "runner")}: ${report.versions.runner} · ${L("ランナー契約", "runner contract")} ${report.runnerContract}`
  )
  out.push(`- ${L("テストベクトル", "Vectors")}: ${report.sources.join(", ")}`)
  out.push(
    `- ${L("入力の表示", "Inputs")}: ${report.inputsShown ? L("伏せずに表示（--show-inputs）", "shown in full (--show-inputs)") : L("識別子を伏せて表示", "identifiers masked")}`,
    ""
  )
  out.push(`## ${L("合計", "Totals")}`, "")
  out.push(
    `| ${L("ケース", "cases")} | ${L("合格", "passed")} | ${L("不合格", "failed")} | ${L("任意", "optional")} | ${L("規則", "rules")} | ${L("ケースのない規則", "rules without cases")} |`
  )
  out.push(
    "|---:|---:|---:|---:|---:|---:|",
    `| ${s.cases} | ${s.passed} | ${s.failed} | ${s.optional} | ${report.rules.length} | ${report.rules.filter((r) => r.noCases).length} |`,
    ""
  )
  const failures = report.results.filter((r) => !r.passed)
  out.push(`## ${L("不合格のケース", "Failed cases")}`, "")
  if (failures.length === 0) out.push(L("なし。", "None."), "")
  for (const r of failures) {
    out.push(`- **${cell(r.subject)}** — ${cell(r.description)} (\`${r.file}\`)`)
    out.push(`  - ${L("根拠", "basis")}: ${cell(r.basis.join("; "))}`)
    out.push(`  - ${L("期待", "expected")}: ${cell(r.expectedText)}`)
    out.push(`  - ${L("結果", "actual")}: ${cell(r.actualText)}`)
    out.push(`  - ${L("理由", "reason")}: ${cell(r.reasonText)}`)
    for (const f of r.fired)
      out.push(
        `  - ${L("判定した規則", "rule that fired")}: \`${f.rule}\` (${severityLabel(f.severity, report.lang)})${f.title ? ` ${cell(f.title)}` : ""} — ${cell(f.basis.map((b) => b.cite).join("; ") || L("根拠の定義なし", "no basis defined"))}`
      )
    if (r.input) out.push(`  - ${L("入力", "input")}: \`${cell(r.input)}\``)
  }
  out.push("", `## ${L("規則と根拠", "Rules and their legal basis")}`, "")
  out.push(
    L(
      "「未検証」は根拠が一次資料で確認できていない規則です（設定可能で、既定は安全側）。「ケースなし」はこの実行でケースのなかった規則です。",
      "“UNVERIFIED” marks rules whose basis was not confirmed from a primary source (configurable, safe default). “no cases” marks rules no case of this run exercised."
    )
  )
  out.push("")
  out.push(
    `| id | ${L("重要度", "severity")} | ${L("規則", "rule")} | ${L("根拠", "basis")} | ${L("受理ケース", "accepting")} | ${L("拒否ケース", "rejecting")} | ${L("不合格", "failed")} |`
  )
  out.push("|---|---|---|---|---:|---:|---:|")
  for (const r of report.rules) {
    const basis = r.basis.map((b) => `${b.cite}${b.verified ? "" : L("（未検証）", " (UNVERIFIED)")}`).join("; ")
    out.push(
      `| \`${r.id}\`${r.noCases ? L(" **ケースなし**", " **no cases**") : ""} | ${severityLabel(r.severity, report.lang)} | ${cell(ja ? r.title.ja : r.title.en)} | ${cell(basis)} | ${r.accepting} | ${r.rejecting} | ${r.failed} |`
    )
  }
  if (report.unknownRules.length) {
    out.push(
      "",
      `${L("定義のない規則ID", "Rule ids no package defines")}: ${report.unknownRules.map((id) => `\`${id}\``).join(", ")}`
    )
  }
  out.push("", `## ${L("テストベクトルのファイル", "Vector files")}`, "")
  out.push(
    `| ${L("ファイル", "file")} | SHA-256 | ${L("バイト", "bytes")} | ${L("ケース", "cases")} |`,
    "|---|---|---:|---:|"
  )
  for (const f of report.files) out.push(`| \`${cell(f.path)}\` | \`${f.sha256}\` | ${f.bytes} | ${f.cases} |`)
  out.push("", `## ${L("全ケース", "All cases")}`, "")
  out.push(
    `| ${L("判定", "verdict")} | ${L("対象", "subject")} | ${L("ケース", "case")} | ${L("根拠", "basis")} | ${L("期待", "expected")} |`
  )
  out.push("|---|---|---|---|---|")
  for (const r of report.results) {
    const verdict = r.passed ? L("合格", "pass") : L("**不合格**", "**FAIL**")
    const opt = r.optional ? L("（任意）", " (optional)") : ""
    out.push(
      `| ${verdict}${opt} | ${cell(r.subject)} | ${cell(r.description)} | ${cell(r.basis.join("; "))} | ${cell(r.expectedText)} |`
    )
  }
  return out.join("\n") + "\n"
}
