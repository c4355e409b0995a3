// Opens the HTML audit report in a real browser (Debian's chromium, headless, driven by playwright-core) with
// every network request blocked, and checks what an auditor relies on:
//   1. the totals render and match the JSON report (expected case count as 2nd argument);
//   2. search and filters work on every table: a query keeps matching rows only, a query that matches nothing
//      leaves only the "該当なし" row, each select keeps only rows of its value; the rule table sorts;
//   3. the print preview (page.pdf, A4) of a run WITH failures puts the summary and every failing case on page 1
//      and prints no controls (no search box, filter, button or table of contents), checked on the PDF's text
//      (pdftotext from poppler-utils) and on the computed print styles.
// Usage: node scripts/check-report-browser.mjs <report.html> [expected-cases]
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"

const file = resolve(process.argv[2] ?? "juki-audit/audit-report.html")
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
if (!existsSync(file)) {
  console.error(`no report at ${file}`)
  process.exit(2)
}
const problems = []
const check = (ok, what) => {
  if (!ok) problems.push(what)
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync"
  ]
})

const open = async (path) => {
  const context = await browser.newContext({ offline: true })
  const requests = []
  context.on("request", (r) => {
    if (!r.url().startsWith("file:")) requests.push(r.url())
  })
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()))
  const page = await context.newPage()
  const errors = []
  page.on("pageerror", (e) => errors.push(String(e)))
  await page.goto(pathToFileURL(path).href, { waitUntil: "load" })
  return { page, errors, requests, context }
}

const dataRows = (page, table) => page.locator(`#${table} tbody tr:not(.empty)`)
const visibleDataRows = (page, table) => page.locator(`#${table} tbody tr:not(.empty):visible`)
const emptyVisible = (page, table) => page.locator(`#${table} tbody tr.empty:visible`).count()

try {
  // 1 + 2: the given report (the built-in suite).
  const { page, errors, requests, context } = await open(file)
  const lang = await page.evaluate(() => document.documentElement.lang)
  const none = lang === "ja" ? "該当なし" : "No matches"
  const totals = await page.locator("#totals").evaluate((el) => ({ ...el.dataset }))
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text a reader sees), not the DOM property
  const shown = Number(await page.locator("#total-cases").innerText())
  check(await page.locator("#total-cases").isVisible(), "totals visible")
  check(shown === Number(totals.cases), `totals ${shown} = data-cases ${totals.cases}`)
  check((await dataRows(page, "cases").count()) === shown, "one row per case")
  check((await page.locator("nav.toc a").count()) >= 5, "table of contents")
  const tables = ["failed-cases", "rules", "files", "cases"]
  for (const table of tables) {
    const box = page.locator(`.filters[data-table="${table}"]`)
    check((await box.count()) === 1, `${table}: has a search box`)
    const total = await dataRows(page, table).count()
    const input = box.locator("input[type=search]")
    if (total > 0) {
      // a query taken from the first row keeps it and hides rows that do not contain it
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text a reader sees), not the DOM property
      const needle = (await dataRows(page, table).first().locator("td").first().innerText())
        .trim()
        .split(/\s+/)[0]
        .toLowerCase()
      await input.fill(needle)
      const kept = await visibleDataRows(page, table).allInnerTexts()
      check(
        kept.length >= 1 && kept.every((t) => t.toLowerCase().includes(needle)),
        `${table}: search "${needle}" keeps matching rows only`
      )
      check((await emptyVisible(page, table)) === 0, `${table}: no "${none}" row while rows match`)
    }
    await input.fill("zzzz-no-such-row")
    check((await visibleDataRows(page, table).count()) === 0, `${table}: a query matching nothing hides every row`)
    const empty = page.locator(`#${table} tbody tr.empty:visible`)
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text a reader sees), not the DOM property
    const emptyText = (await empty.count()) === 1 ? await empty.innerText() : ""
    check(
      emptyText.includes(total === 0 && table === "failed-cases" ? (lang === "ja" ? "なし" : "None") : none),
      `${table}: "${none}" shown`
    )
    await input.fill("")
    check((await visibleDataRows(page, table).count()) === total, `${table}: clearing the search shows every row`)
    for (const select of await box.locator("select[data-attr]").all()) {
      const attr = await select.getAttribute("data-attr")
      for (const value of (await select.locator("option").evaluateAll((os) => os.map((o) => o.value))).filter(
        Boolean
      )) {
        await select.selectOption(value)
        const attrs = await visibleDataRows(page, table).evaluateAll(
          (rows, a) => rows.map((r) => r.getAttribute(`data-${a}`)),
          attr
        )
        const expected = await dataRows(page, table).evaluateAll(
          (rows, [a, v]) => rows.filter((r) => r.getAttribute(`data-${a}`) === v).length,
          [attr, value]
        )
        check(
          attrs.every((v) => v === value) && attrs.length === expected,
          `${table}: filter ${attr}=${value} shows exactly its ${expected} rows (got ${attrs.length})`
        )
        check(
          (await emptyVisible(page, table)) === (expected === 0 ? 1 : 0),
          `${table}: "${none}" iff filter ${attr}=${value} leaves nothing`
        )
      }
      await select.selectOption("")
    }
  }
  // the rule table sorts by a numeric column, both ways
  const header = page.locator('#rules th[data-key="accepting"] button.sort')
  await header.click()
  const up = await dataRows(page, "rules").evaluateAll((rows) => rows.map((r) => Number(r.dataset.accepting)))
  await header.click()
  const down = await dataRows(page, "rules").evaluateAll((rows) => rows.map((r) => Number(r.dataset.accepting)))
  check(
    up.every((v, i) => i === 0 || up[i - 1] <= v) && down.every((v, i) => i === 0 || down[i - 1] >= v) && up.length > 1,
    "rule table sorts ascending and descending"
  )
  await page.screenshot({ path: file.replace(/\.html$/, ".png"), fullPage: false })
  check(errors.length === 0, `script errors: ${errors.join("; ")}`)
  check(requests.length === 0, `network requests: ${requests.join(", ")}`)
  await context.close()
  if (process.argv[3] && Number(process.argv[3]) !== shown)
    check(false, `expected ${process.argv[3]} cases, the page shows ${shown}`)

  // 3: a run with failures, printed.
  const dir = mkdtempSync(join(tmpdir(), "juki-print-"))
  const failing = {
    subject: "MyNumber",
    kind: "identifier",
    description: "print check",
    cases: [
      {
        description: "PRINT-OK a valid number",
        basis: ["番号利用法施行令"],
        given: null,
        when: { input: "123456789018" },
        expect: { accepted: true }
      },
      {
        description: "PRINT-FAIL-ONE wrong expectation",
        basis: ["番号利用法施行令"],
        given: null,
        when: { input: "123456789019" },
        expect: { accepted: true }
      },
      {
        description: "PRINT-FAIL-TWO wrong rule",
        basis: ["番号利用法施行令"],
        given: null,
        when: { input: "12345678901" },
        expect: { accepted: false, errors: [{ rule: "mynumber.my-number.checksum", severity: "error" }] }
      }
    ]
  }
  writeFileSync(join(dir, "failing.json"), JSON.stringify(failing))
  const { main } = await import(pathToFileURL(resolve("packages/cli/dist/index.js")).href)
  const code = await main(["audit", "failing.json", "--out", "r", "--format", "html"], {
    out: () => {},
    err: () => {},
    isTTY: false,
    cwd: dir,
    now: () => new Date()
  })
  check(code === 1, `the failing run exits 1 (got ${code})`)
  const printed = await open(join(dir, "r", "audit-report.html"))
  await printed.page.emulateMedia({ media: "print" })
  const chrome = await printed.page.evaluate(
    () =>
      [...document.querySelectorAll("input, button, select, nav, .filters")].filter(
        (el) => getComputedStyle(el).display !== "none" && el.getClientRects().length > 0
      ).length
  )
  check(chrome === 0, `print: ${chrome} controls still displayed`)
  const pdf = join(dir, "report.pdf")
  await printed.page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true })
  await printed.context.close()
  // pdftotext spaces wide glyphs and wraps cells: compare without whitespace
  const flat = (s) => s.replace(/\s+/g, "")
  const page1 = flat(execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], { encoding: "utf8" }))
  const all = flat(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }))
  for (const text of ["juki 適合性監査報告書", "不合格のケース", "PRINT-FAIL-ONE", "PRINT-FAIL-TWO", "判定した規則"])
    check(page1.includes(flat(text)), `print: page 1 has "${text}"`)
  check(!page1.includes("PRINT-OK"), "print: passing cases are not on page 1")
  check(all.includes("PRINT-OK"), "print: passing cases are printed after")
  for (const text of ["目次", "検索", "件表示", "すべて"])
    check(!all.includes(text), `print: no "${text}" (controls) in the PDF`)
  check(!all.includes("123456789019"), "print: identifiers masked")
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0)
  console.log(
    `browser check: ${problems.length === 0 ? "ok" : "FAILED"} — totals ${JSON.stringify(totals)}, ${shown} case rows, ${tables.length} tables filtered, print preview ${pages} A4 pages with summary and failing cases on page 1`
  )
  for (const p of problems) console.log(`  ✗ ${p}`)
  if (problems.length) process.exitCode = 1
} finally {
  await browser.close()
}
