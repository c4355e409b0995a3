/**
 * Self-contained HTML rendering of an audit report: one file, inline CSS and
 * a few lines of inline script (search and filters over every table, a
 * sortable rule table), no network access. A print stylesheet puts the
 * summary and the failing cases on the first A4 page, without the controls.
 *
 * @since 0.1.0
 * @module
 */
import { xml as esc } from "./junit.js"
import { severityLabel, type AuditReport } from "./model.js"

const CSS = `
:root{--ok:#1a7f37;--ng:#cf222e;--warn:#9a6700;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff}
*{box-sizing:border-box}body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0}
nav.toc{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);padding:6px 0;z-index:2}nav.toc a{margin-right:1rem}
.totals{display:flex;gap:12px;margin:1rem 0;flex-wrap:wrap}.totals div{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:110px}
.totals b{display:block;font-size:1.6rem}.pass b{color:var(--ok)}.fail b{color:var(--ng)}
table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{border:1px solid var(--line);padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f6f8fa}td.n{text-align:right}code{font-size:.85em;word-break:break-all}
th button.sort{all:unset;cursor:pointer}th button.sort::after{content:" ↕";color:var(--muted)}th[aria-sort=ascending] button.sort::after{content:" ↑"}th[aria-sort=descending] button.sort::after{content:" ↓"}
.v-pass{color:var(--ok);font-weight:600}.v-fail{color:var(--ng);font-weight:700}.unv{color:var(--warn);font-weight:600}.nocase{color:var(--warn);font-weight:600}
.opt{color:var(--muted);font-size:.8em}.fails li{margin-bottom:.6rem}.fired{margin:.2rem 0 0 1rem}
.filters{display:flex;gap:10px;align-items:center;flex-wrap:wrap;margin:.5rem 0}
.filters input[type=search]{padding:6px 10px;width:280px;border:1px solid var(--line);border-radius:6px}
tr.empty td{color:var(--muted);text-align:center}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{padding:0;font-size:9.5pt;line-height:1.35}
  nav.toc,.filters,button,input,select,label,script,.no-print{display:none!important}
  th button.sort::after{content:""}
  h1{font-size:15pt}h2{font-size:12pt;margin:.6rem 0 .3rem}
  .totals{gap:6px;margin:.4rem 0}.totals div{padding:3px 8px;min-width:0}.totals b{font-size:12pt}
  section{break-inside:auto}#rules-section{break-before:page}
  tr{break-inside:avoid}th{position:static}
  tr[hidden],tr.empty{display:none!important}
  a{color:inherit;text-decoration:none}
}
`

const SCRIPT = `
(function () {
  function apply(table) {
    var box = document.querySelector('.filters[data-table="' + table.id + '"]');
    var q = box ? (box.querySelector('input[type=search]').value || '').toLowerCase() : '';
    var selects = box ? box.querySelectorAll('select[data-attr]') : [];
    var shown = 0;
    table.querySelectorAll('tbody tr:not(.empty)').forEach(function (tr) {
      var ok = tr.textContent.toLowerCase().indexOf(q) >= 0;
      selects.forEach(function (s) { if (s.value && tr.getAttribute('data-' + s.dataset.attr) !== s.value) ok = false; });
      tr.hidden = !ok;
      if (ok) shown++;
    });
    var empty = table.querySelector('tbody tr.empty');
    if (empty) empty.hidden = shown > 0;
    if (box) { var c = box.querySelector('.count'); if (c) c.textContent = String(shown); }
  }
  document.querySelectorAll('.filters[data-table]').forEach(function (box) {
    var table = document.getElementById(box.dataset.table);
    box.querySelectorAll('input,select').forEach(function (el) {
      el.addEventListener('input', function () { apply(table); });
      el.addEventListener('change', function () { apply(table); });
    });
    apply(table);
  });
  document.querySelectorAll('table.sortable th[data-key] button.sort').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var th = btn.parentElement, table = th.closest('table'), key = th.dataset.key, num = th.dataset.type === 'number';
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach(function (x) { x.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.querySelectorAll('tr:not(.empty)'));
      rows.sort(function (a, b) {
        var x = a.getAttribute('data-' + key) || '', y = b.getAttribute('data-' + key) || '';
        var c = num ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return dir === 'ascending' ? c : -c;
      });
      rows.forEach(function (r) { body.insertBefore(r, body.querySelector('tr.empty')); });
    });
  });
})();
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
  const sev = (s: string) => severityLabel(s, report.lang)
  const s = report.summary
  const failures = report.results.filter((r) => !r.passed)
  const noCases = report.rules.filter((r) => r.noCases).length
  const none = L("該当なし", "No matches")
  const emptyRow = (cols: number) => `<tr class="empty" hidden><td colspan="${cols}">${none}</td></tr>`
  const search = (table: string, extra = "") =>
    `<div class="filters" data-table="${table}"><input type="search" placeholder="${L("検索…", "Search…")}" aria-label="${L("検索", "Search")}">${extra}<span class="meta"><span class="count"></span> ${L("件表示", "shown")}</span></div>`
  const select = (attr: string, label: string, options: ReadonlyArray<readonly [string, string]>) =>
    `<label>${label} <select data-attr="${attr}"><option value="">${L("すべて", "all")}</option>${options.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join("")}</select></label>`
  const basisHtml = (list: ReadonlyArray<{ readonly cite: string; readonly verified: boolean }>) =>
    list
      .map((b) => `${esc(b.cite)}${b.verified ? "" : ` <span class="unv">${L("未検証", "UNVERIFIED")}</span>`}`)
      .join("<br>")

  const failRows = failures
    .map((r) => {
      const fired = r.fired.length
        ? r.fired
            .map(
              (f) =>
                `<div class="fired">${L("判定した規則", "Rule that fired")}: <code>${esc(f.rule)}</code>（${esc(sev(f.severity))}）${f.title ? ` ${esc(f.title)}` : ""} — ${basisHtml(f.basis) || L("根拠の定義なし", "no basis defined")}</div>`
            )
            .join("")
        : `<div class="fired">${L("判定した規則: なし（受理されたか、実行できませんでした）", "Rule that fired: none (accepted or not run)")}</div>`
      return `<tr data-file="${esc(r.file)}"><td><b>${esc(r.subject)}</b><br><code>${esc(r.file)}</code></td><td>${esc(r.description)}<br><small>${L("根拠", "basis")}: ${esc(r.basis.join("; "))}</small></td><td>${esc(r.reasonText)}<br><small>${L("期待", "expected")}: ${esc(r.expectedText)} · ${L("結果", "actual")}: ${esc(r.actualText)}</small>${fired}</td><td><code>${esc(r.input)}</code></td></tr>`
    })
    .join("\n")
  const ruleRows = report.rules
    .map(
      (r) =>
        `<tr data-id="${esc(r.id)}" data-severity="${r.severity}" data-owner="${esc(r.owner)}" data-accepting="${r.accepting}" data-rejecting="${r.rejecting}" data-failed="${r.failed}" data-status="${r.failed ? "failed" : r.noCases ? "no-cases" : "ok"}" data-verified="${r.unverified ? "no" : "yes"}"><td><code>${esc(r.id)}</code>${r.noCases ? ` <span class="nocase">${L("ケースなし", "no cases")}</span>` : ""}</td><td>${esc(sev(r.severity))}</td><td>${esc(ja ? r.title.ja : r.title.en)}</td><td>${basisHtml(r.basis)}</td><td class="n">${r.accepting}</td><td class="n">${r.rejecting}</td><td class="n">${r.failed ? `<span class="v-fail">${r.failed}</span>` : 0}</td></tr>`
    )
    .join("\n")
  const fileRows = report.files
    .map(
      (f) =>
        `<tr data-file="${esc(f.path)}"><td><code>${esc(f.path)}</code></td><td><code>${f.sha256}</code></td><td class="n">${f.bytes}</td><td class="n">${f.cases}</td></tr>`
    )
    .join("\n")
  const caseRows = report.results
    .map(
      (r) =>
        `<tr data-verdict="${r.passed ? "pass" : "fail"}" data-optional="${r.optional ? "yes" : "no"}" data-kind="${esc(r.kind)}"><td class="${r.passed ? "v-pass" : "v-fail"}">${r.passed ? L("合格", "pass") : L("不合格", "FAIL")}${r.optional ? ` <span class="opt">${L("任意", "optional")}</span>` : ""}</td><td>${esc(r.subject)}</td><td>${esc(r.description)}${r.passed ? "" : `<br><small>${esc(r.reasonText)}</small>`}</td><td>${esc(r.basis.join("; "))}</td><td>${esc(r.expectedText)}</td><td>${esc(r.actualText)}</td><td><code>${esc(r.input)}</code></td></tr>`
    )
    .join("\n")
  const owners = [...new Set(report.rules.map((r) => r.owner))].sort()
  const kinds = [...new Set(report.results.map((r) => r.kind))].sort()
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
<nav class="toc" aria-label="${L("目次", "Contents")}"><b>${L("目次", "Contents")}:</b> <a href="#summary">${L("概要", "Summary")}</a><a href="#failures">${L("不合格のケース", "Failed cases")}</a><a href="#rules-section">${L("規則と根拠", "Rules")}</a><a href="#files-section">${L("テストベクトル", "Vector files")}</a><a href="#cases-section">${L("全ケース", "All cases")}</a></nav>
<section id="summary">
<h1>${esc(report.title)}</h1>
<p class="meta">${L("作成日時（日本標準時）", "Generated (Japan Standard Time)")}: <time datetime="${esc(report.generatedAt)}">${esc(report.generatedAt)}</time></p>
<p class="meta">juki ${esc(report.versions.juki)} · ${L("ランナー", "runner")} ${esc(report.versions.runner)} · ${L("ランナー契約", "runner contract")} ${esc(report.runnerContract)}</p>
<p class="meta">${L("テストベクトル", "Vectors")}: ${esc(report.sources.join(", "))} (${report.files.length} ${L("ファイル、SHA-256 は末尾の表", "files, SHA-256 in the table below")}) · ${report.inputsShown ? L("入力は伏せずに表示（--show-inputs）", "inputs shown in full (--show-inputs)") : L("入力の識別子は伏せて表示", "identifiers in inputs masked")}</p>
<div id="totals" class="totals" data-cases="${s.cases}" data-passed="${s.passed}" data-failed="${s.failed}">
<div><span>${L("ケース", "Cases")}</span><b id="total-cases">${s.cases}</b></div>
<div class="pass"><span>${L("合格", "Passed")}</span><b id="total-passed">${s.passed}</b></div>
<div class="fail"><span>${L("不合格", "Failed")}</span><b id="total-failed">${s.failed}</b></div>
<div><span>${L("任意", "Optional")}</span><b>${s.optional}</b></div>
<div><span>${L("規則", "Rules")}</span><b>${report.rules.length}</b></div>
<div><span>${L("ケースのない規則", "Rules without cases")}</span><b id="total-nocases">${noCases}</b></div>
</div>
</section>
<section id="failures">
<h2>${L("不合格のケース", "Failed cases")} (${failures.length})</h2>
${search("failed-cases")}
<table id="failed-cases"><thead><tr><th>${L("対象", "subject")}</th><th>${L("ケース", "case")}</th><th>${L("理由と判定した規則", "reason and the rule that fired")}</th><th>${L("入力", "input")}</th></tr></thead>
<tbody>
${failRows}
${failures.length === 0 ? `<tr class="empty"><td colspan="4">${L("なし", "None")}</td></tr>` : emptyRow(4)}
</tbody></table>
</section>
<section id="rules-section">
<h2>${L("規則と根拠", "Rules and their legal basis")} (${report.rules.length})</h2>
<p class="meta">${L("「未検証」は一次資料で確認できていない根拠です（設定可能で、既定は安全側）。「ケースなし」はこの実行でケースのなかった規則です。見出しを押すと並べ替えます。", "“UNVERIFIED” marks a basis not confirmed from a primary source (configurable, safe default). “no cases” marks rules no case of this run exercised. Click a heading to sort.")}</p>
${search(
  "rules",
  select("severity", L("重要度", "severity"), [
    ["error", sev("error")],
    ["alert", sev("alert")]
  ]) +
    select("status", L("状態", "status"), [
      ["failed", L("不合格あり", "failed")],
      ["no-cases", L("ケースなし", "no cases")],
      ["ok", L("合格", "passed")]
    ]) +
    select(
      "owner",
      L("パッケージ", "package"),
      owners.map((o) => [o, o] as const)
    ) +
    select("verified", L("根拠", "basis"), [
      ["yes", L("確認済み", "verified")],
      ["no", L("未検証を含む", "has UNVERIFIED")]
    ])
)}
<table id="rules" class="sortable"><thead><tr><th data-key="id"><button type="button" class="sort">id</button></th><th data-key="severity"><button type="button" class="sort">${L("重要度", "severity")}</button></th><th>${L("規則", "rule")}</th><th>${L("根拠", "basis")}</th><th data-key="accepting" data-type="number"><button type="button" class="sort">${L("受理ケース", "accepting")}</button></th><th data-key="rejecting" data-type="number"><button type="button" class="sort">${L("拒否ケース", "rejecting")}</button></th><th data-key="failed" data-type="number"><button type="button" class="sort">${L("不合格", "failed")}</button></th></tr></thead>
<tbody>
${ruleRows}
${emptyRow(7)}
</tbody></table>
${report.unknownRules.length ? `<p class="unv">${L("定義のない規則ID", "Rule ids no package defines")}: ${report.unknownRules.map(esc).join(", ")}</p>` : ""}
</section>
<section id="files-section">
<h2>${L("テストベクトルのファイル", "Vector files")} (${report.files.length})</h2>
${search("files")}
<table id="files"><thead><tr><th>${L("ファイル", "file")}</th><th>SHA-256</th><th>${L("バイト", "bytes")}</th><th>${L("ケース", "cases")}</th></tr></thead>
<tbody>
${fileRows}
${emptyRow(4)}
</tbody></table>
</section>
<section id="cases-section">
<h2>${L("全ケース", "All cases")} (${report.results.length})</h2>
${search(
  "cases",
  select("verdict", L("判定", "verdict"), [
    ["fail", L("不合格", "FAIL")],
    ["pass", L("合格", "pass")]
  ]) +
    select("optional", L("任意", "optional"), [
      ["no", L("必須", "required")],
      ["yes", L("任意", "optional")]
    ]) +
    select(
      "kind",
      L("種類", "kind"),
      kinds.map((k) => [k, k] as const)
    )
)}
<table id="cases"><thead><tr><th>${L("判定", "verdict")}</th><th>${L("対象", "subject")}</th><th>${L("ケース", "case")}</th><th>${L("根拠", "basis")}</th><th>${L("期待", "expected")}</th><th>${L("結果", "actual")}</th><th>${L("入力", "input")}</th></tr></thead>
<tbody>
${caseRows}
${emptyRow(7)}
</tbody></table>
</section>
<script>${SCRIPT}</script>
</body>
</html>
`
}
