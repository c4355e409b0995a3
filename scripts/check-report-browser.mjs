// Opens the HTML audit report in a real browser (Debian's chromium, headless, driven by playwright-core)
// with every network request blocked, and checks that it renders the totals. Usage:
//   node scripts/check-report-browser.mjs <report.html> [expected-cases]
import { existsSync } from "node:fs"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"

const file = resolve(process.argv[2] ?? "juki-audit/audit-report.html")
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
if (!existsSync(file)) {
  console.error(`no report at ${file}`)
  process.exit(2)
}
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
})
try {
  const context = await browser.newContext({ offline: true })
  const requests = []
  context.on("request", (r) => {
    if (!r.url().startsWith("file:")) requests.push(r.url())
  })
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()))
  const page = await context.newPage()
  const errors = []
  page.on("pageerror", (e) => errors.push(String(e)))
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" })
  const totals = await page.locator("#totals").evaluate((el) => ({ ...el.dataset }))
  const visible = await page.locator("#total-cases").isVisible()
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text a reader sees), not the DOM property
  const shown = Number(await page.locator("#total-cases").innerText())
  const rows = await page.locator("#cases tbody tr").count()
  await page.fill("#filter", "zzzz-no-such-case")
  const hiddenAfterFilter = await page.locator("#cases tbody tr:visible").count()
  await page.screenshot({ path: file.replace(/\.html$/, ".png"), fullPage: false })
  const ok = visible && shown === Number(totals.cases) && rows === shown && hiddenAfterFilter === 0 && errors.length === 0 && requests.length === 0
  console.log(
    `browser check: ${ok ? "ok" : "FAILED"} — totals ${JSON.stringify(totals)}, ${rows} case rows, script errors ${errors.length}, network requests ${requests.length}`
  )
  if (process.argv[3] && Number(process.argv[3]) !== shown) {
    console.log(`expected ${process.argv[3]} cases, the page shows ${shown}`)
    process.exitCode = 1
  }
  if (!ok) process.exitCode = 1
} finally {
  await browser.close()
}
