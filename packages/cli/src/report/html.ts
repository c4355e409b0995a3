/**
 * Self-contained HTML rendering of an audit report: one file, inline CSS and
 * a few lines of inline script for filtering, no network access.
 *
 * @since 0.1.0
 * @module
 */
import { xml as esc } from "./junit.js"
import { describeActual, describeExpectation, type AuditReport } from "./model.js"

const CSS = `
:root{--ok:#1a7f37;--ng:#cf222e;--warn:#9a6700;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff}
*{box-sizing:border-box}body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);font-size:.9rem}
.totals{display:flex;gap:12px;margin:1rem 0}.totals div{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:110px}
.totals b{display:block;font-size:1.6rem}.pass b{color:var(--ok)}.fail b{color:var(--ng)}
table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{border:1px solid var(--line);padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f6f8fa;position:sticky;top:0}td.n{text-align:right}code{font-size:.85em}
.v-pass{color:var(--ok);font-weight:600}.v-fail{color:var(--ng);font-weight:700}.unv{color:var(--warn);font-weight:600}
.opt{color:var(--muted);font-size:.8em}.fails li{margin-bottom:.5rem}
input[type=search]{padding:6px 10px;width:320px;border:1px solid var(--line);border-radius:6px}
`

const SCRIPT = `
document.getElementById('filter').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase();
  document.querySelectorAll('#cases tbody tr').forEach(function (tr) {
    tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
  });
});
document.getElementById('only-failed').addEventListener('change', function (e) {
  document.querySelectorAll('#cases tbody tr').forEach(function (tr) {
    tr.hidden = e.target.checked && tr.dataset.verdict !== 'fail';
  });
});
`

/**
 * Renders the report as one self-contained HTML file.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderHtml = (report: AuditReport): string => {
  const ja = report.lang === "ja"
  const L = (jaText: string, enText: string) => (ja ? jaText : enText)
  const s = report.summary
  const failures = report.results.filter((r) => !r.passed)
  const rows = report.rules
    .map((r) => {
      const basis = r.basis
        .map((b) => `${esc(b.cite)}${b.verified ? "" : ` <span class="unv">${L("未検証", "UNVERIFIED")}</span>`}`)
        .join("<br>")
      return `<tr><td><code>${esc(r.id)}</code></td><td>${r.severity}</td><td>${esc(ja ? r.title.ja : r.title.en)}</td><td>${basis}</td><td class="n">${r.accepting}</td><td class="n">${r.rejecting}</td><td class="n">${r.failed ? `<span class="v-fail">${r.failed}</span>` : 0}</td></tr>`
    })
    .join("\n")
  const cases = report.results
    .map(
      (r) =>
        `<tr data-verdict="${r.passed ? "pass" : "fail"}"><td class="${r.passed ? "v-pass" : "v-fail"}">${r.passed ? L("合格", "pass") : L("不合格", "FAIL")}${r.optional ? ` <span class="opt">${L("任意", "optional")}</span>` : ""}</td><td>${esc(r.subject)}</td><td>${esc(r.description)}${r.passed ? "" : `<br><small>${esc(r.reason ?? "")}</small>`}</td><td>${esc(r.basis.join("; "))}</td><td>${esc(describeExpectation(r))}</td><td>${esc(describeActual(r))}</td></tr>`
    )
    .join("\n")
  return `<!doctype html>
<html lang="${report.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(report.title)}</h1>
<p class="meta">${L("作成日時", "Generated")}: ${esc(report.generatedAt)} · ${L("ランナー契約", "Runner contract")} ${esc(report.runnerContract)} · ${L("テストベクトル", "Vectors")}: ${esc(report.sources.join(", "))}</p>
<section id="totals" class="totals" data-cases="${s.cases}" data-passed="${s.passed}" data-failed="${s.failed}">
<div><span>${L("ケース", "Cases")}</span><b id="total-cases">${s.cases}</b></div>
<div class="pass"><span>${L("合格", "Passed")}</span><b id="total-passed">${s.passed}</b></div>
<div class="fail"><span>${L("不合格", "Failed")}</span><b id="total-failed">${s.failed}</b></div>
<div><span>${L("任意", "Optional")}</span><b>${s.optional}</b></div>
<div><span>${L("規則", "Rules")}</span><b>${report.rules.length}</b></div>
</section>
<h2>${L("不合格のケース", "Failed cases")}</h2>
${failures.length === 0 ? `<p>${L("なし。", "None.")}</p>` : `<ul class="fails">${failures.map((r) => `<li><b>${esc(r.subject)}</b> — ${esc(r.description)}<br><small>${esc(r.reason ?? "")} · ${L("期待", "expected")}: ${esc(describeExpectation(r))} · <code>${esc(r.file)}</code></small></li>`).join("\n")}</ul>`}
<h2>${L("規則と根拠", "Rules and their legal basis")}</h2>
<p class="meta">${L("「未検証」は一次資料で確認できていない根拠です（設定可能で、既定は安全側）。", "“UNVERIFIED” marks a basis not confirmed from a primary source (configurable, safe default).")}</p>
<table id="rules"><thead><tr><th>id</th><th>${L("重要度", "severity")}</th><th>${L("規則", "rule")}</th><th>${L("根拠", "basis")}</th><th>${L("受理ケース", "accepting")}</th><th>${L("拒否ケース", "rejecting")}</th><th>${L("不合格", "failed")}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${report.unknownRules.length ? `<p class="unv">${L("定義のない規則ID", "Rule ids no package defines")}: ${report.unknownRules.map(esc).join(", ")}</p>` : ""}
<h2>${L("全ケース", "All cases")}</h2>
<p><input id="filter" type="search" placeholder="${L("絞り込み…", "Filter…")}"> <label><input id="only-failed" type="checkbox"> ${L("不合格のみ", "failed only")}</label></p>
<table id="cases"><thead><tr><th>${L("判定", "verdict")}</th><th>${L("対象", "subject")}</th><th>${L("ケース", "case")}</th><th>${L("根拠", "basis")}</th><th>${L("期待", "expected")}</th><th>${L("結果", "actual")}</th></tr></thead>
<tbody>
${cases}
</tbody></table>
<script>${SCRIPT}</script>
</body>
</html>
`
}
