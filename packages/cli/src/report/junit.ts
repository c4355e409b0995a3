/**
 * JUnit XML rendering of an audit report (one test suite per vector file).
 *
 * @since 0.1.0
 * @module
 */
import type { AuditReport } from "./model.js"

/**
 * Escapes text for XML attributes and content.
 *
 * @category rendering
 * @since 0.1.0
 */
export const xml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")

/**
 * Renders JUnit XML: one `<testsuite>` per group, one `<testcase>` per item.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderJunitSuites = (
  name: string,
  groups: ReadonlyArray<{
    readonly name: string
    readonly cases: ReadonlyArray<{ readonly name: string; readonly className: string; readonly failure?: string }>
  }>
): string => {
  const total = groups.reduce((n, g) => n + g.cases.length, 0)
  const failures = groups.reduce((n, g) => n + g.cases.filter((c) => c.failure !== undefined).length, 0)
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xml(name)}" tests="${total}" failures="${failures}" errors="0">`
  ]
  for (const g of groups) {
    const f = g.cases.filter((c) => c.failure !== undefined).length
    out.push(`  <testsuite name="${xml(g.name)}" tests="${g.cases.length}" failures="${f}" errors="0" skipped="0">`)
    for (const c of g.cases) {
      if (c.failure === undefined) out.push(`    <testcase name="${xml(c.name)}" classname="${xml(c.className)}"/>`)
      else
        out.push(
          `    <testcase name="${xml(c.name)}" classname="${xml(c.className)}">`,
          `      <failure message="${xml(c.failure)}">${xml(c.failure)}</failure>`,
          `    </testcase>`
        )
    }
    out.push(`  </testsuite>`)
  }
  out.push(`</testsuites>`)
  return out.join("\n") + "\n"
}

/**
 * Renders an audit report as JUnit XML.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderJunit = (report: AuditReport): string => {
  const ja = report.lang === "ja"
  const byFile = new Map<string, Array<{ name: string; className: string; failure?: string }>>()
  for (const r of report.results) {
    const list = byFile.get(r.file) ?? []
    list.push({
      name: `${r.description}${r.optional ? (ja ? "（任意）" : " (optional)") : ""}`,
      className: r.subject,
      ...(r.passed
        ? {}
        : {
            failure: ja
              ? `${r.reasonText}。期待: ${r.expectedText}。結果: ${r.actualText}`
              : `${r.reasonText}; expected ${r.expectedText}; actual ${r.actualText}`
          })
    })
    byFile.set(r.file, list)
  }
  return renderJunitSuites(
    "juki audit",
    [...byFile].map(([name, cases]) => ({ name, cases }))
  )
}
