/**
 * Self-contained HTML pages of `juki reconcile` and `juki stats`: inline CSS, charts as inline SVG, no
 * script, and a Content-Security-Policy that forbids every connection.
 *
 * @since 0.3.0
 * @module
 */

/**
 * Escapes text for HTML content and attributes.
 *
 * @category rendering
 * @since 0.3.0
 */
export const esc = (s: unknown): string =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")

const CSS = `
body{font-family:system-ui,"Hiragino Sans","Yu Gothic",Meiryo,sans-serif;margin:2rem;color:#1b1b1b;max-width:72rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#0a6b2d}.ng{color:#a40e26}.note{color:#555;font-size:.9rem}
svg text{font-size:12px;font-family:inherit}
`

/**
 * A complete page.
 *
 * @category rendering
 * @since 0.3.0
 */
export const page = (lang: "ja" | "en", title: string, body: string): string => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${body}
</body>
</html>
`

/**
 * A table from a header and rows (cells already escaped when `raw`, else escaped here); numeric cells
 * are right-aligned.
 *
 * @category rendering
 * @since 0.3.0
 */
export const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>): string => {
  const cell = (tag: "th" | "td", v: string | number) =>
    `<${tag}${typeof v === "number" ? ' class="n"' : ""}>${esc(typeof v === "number" ? v.toLocaleString("en") : v)}</${tag}>`
  return `<table><thead><tr>${head.map((h) => cell("th", h)).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => cell("td", v)).join("")}</tr>`)
    .join("")}</tbody></table>`
}

/**
 * A horizontal bar chart as inline SVG, one bar per label; with `series`, bars are grouped per label.
 *
 * @category rendering
 * @since 0.3.0
 */
export const barChart = (
  title: string,
  rows: ReadonlyArray<{ readonly label: string; readonly values: ReadonlyArray<number> }>,
  series: ReadonlyArray<string> = [""]
): string => {
  const colours = ["#3b6fb6", "#d9822b", "#4f9a58", "#a4508b"]
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => Math.abs(v))))
  const labelW = 180
  const barW = 420
  const h = 14
  const groupH = series.length * h + 8
  const legendH = series.length > 1 ? 20 : 0
  const height = rows.length * groupH + 24 + legendH
  const parts: Array<string> = []
  parts.push(`<text x="0" y="14" font-weight="bold">${esc(title)}</text>`)
  if (series.length > 1)
    series.forEach((s, i) => {
      parts.push(`<rect x="${labelW + i * 120}" y="22" width="10" height="10" fill="${colours[i % colours.length]}"/>`)
      parts.push(`<text x="${labelW + i * 120 + 14}" y="31">${esc(s)}</text>`)
    })
  rows.forEach((r, i) => {
    const y0 = 24 + legendH + i * groupH
    parts.push(
      `<text x="${labelW - 6}" y="${y0 + (series.length * h) / 2 + 4}" text-anchor="end">${esc(r.label)}</text>`
    )
    r.values.forEach((v, k) => {
      const w = Math.round((Math.abs(v) / max) * barW)
      const y = y0 + k * h
      parts.push(
        `<rect x="${labelW}" y="${y}" width="${w}" height="${h - 2}" fill="${colours[k % colours.length]}"><title>${esc(`${r.label} ${series[k] ?? ""}: ${v}`)}</title></rect>`
      )
      parts.push(`<text x="${labelW + w + 4}" y="${y + h - 4}">${esc(v.toLocaleString("en"))}</text>`)
    })
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelW + barW + 80}" height="${height}" viewBox="0 0 ${labelW + barW + 80} ${height}">${parts.join("")}</svg>`
}

/**
 * A CSV cell (RFC 4180 quoting when needed).
 *
 * @category rendering
 * @since 0.3.0
 */
export const csvCell = (v: unknown): string => {
  const s = v === undefined || v === null ? "" : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
