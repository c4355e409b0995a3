/**
 * Plain-text and HTML renderings of a projected certificate, for tests, demos
 * and review screens. The printed layout and PDF stay the vendor's.
 *
 * **When to use**
 *
 * Show an operator what a certificate will contain before it is printed, or
 * attach the content to an audit report. Items that are 省略 are listed with
 * their reason, so a reviewer sees what was left out and why.
 *
 * **Example**
 *
 * ```ts no-run
 * import { renderHtml, renderText, type Certificate } from "@juki/certificates"
 *
 * declare const certificate: Certificate
 * renderText(certificate).split("\n")[0] // => "住民票の写し (2025-04-01)"
 * renderHtml(certificate).startsWith("<!doctype html>") // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { Certificate, CertificateItem, OmitReason } from "../project/index.js"

const REASON: { readonly [R in OmitReason]: string } = {
  "not-requested": "省略（請求なし）",
  "not-recorded": "省略（記録なし）",
  "not-applicable": "省略（記載事項でない）",
  "history-not-requested": "省略（履歴の請求なし）",
  "not-removed": "省略（消除されていない）"
}

const FORM = { household: "世帯連記式", individual: "個人票" } as const

const itemText = (i: CertificateItem): string => (i.printed ? i.value : REASON[i.reason])

/**
 * The certificate as plain text: a title line, then one block per person with
 * one line per item (`label: value`, or `label: 省略（…）`).
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderText = (c: Certificate): string => {
  const lines = [`${c.title.ja} (${c.date})`, `様式: ${FORM[c.form]}  市町村: ${c.municipality}`]
  c.rows.forEach((row, n) => {
    lines.push("", `[${n + 1}]${row.removed ? " 除票" : ""}`)
    for (const item of row.items) lines.push(`  ${item.label.ja}: ${itemText(item).replace(/\n/g, "\n    ")}`)
  })
  for (const notice of c.notices) lines.push("", `注意: ${notice.messageIn("ja")}`)
  return lines.join("\n")
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/**
 * The certificate as a standalone HTML document: one table per person, 省略
 * items marked with `class="omitted"` and their reason. All text is escaped.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderHtml = (c: Certificate): string => {
  const rows = c.rows
    .map((row, n) => {
      const cells = row.items
        .map(
          (i) =>
            `<tr class="${i.printed ? "printed" : "omitted"}" data-item="${escapeHtml(i.id)}"><th>${escapeHtml(i.label.ja)}</th><td>${escapeHtml(itemText(i)).replace(/\n/g, "<br>")}</td></tr>`
        )
        .join("")
      return `<section class="person${row.removed ? " removed" : ""}"><h2>${n + 1}${row.removed ? "（除票）" : ""}</h2><table>${cells}</table></section>`
    })
    .join("")
  const notices = c.notices.map((e) => `<p class="notice">${escapeHtml(e.messageIn("ja"))}</p>`).join("")
  return [
    "<!doctype html>",
    `<html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(c.title.ja)}</title>`,
    "<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 6px;text-align:left}tr.omitted td{color:#888}</style>",
    "</head><body>",
    `<h1>${escapeHtml(c.title.ja)}</h1><p>${escapeHtml(String(c.date))} ${escapeHtml(FORM[c.form])} ${escapeHtml(c.municipality)}</p>`,
    rows,
    notices,
    "</body></html>"
  ].join("")
}
