// Drives apps/web/dist/juki.html in headless Chromium (Debian's, through playwright-core) and checks it
// against the CLI run on the same inputs at run time (nothing hard-coded):
//   1. validates a generated Shift_JIS file with planted faults: the exported problems equal what
//      `juki validate --format json` prints; cancel stops a run;
//   2. checks identifiers: verdict, rule id and messages equal the library's, the value is shown masked;
//   3. generates each bundled layout's and a loaded layout's files: identical to `juki gen`;
//   4. runs the audit (built-in with optional cases, and a loaded vector file): same summary and results
//      as `juki audit --format json`, 0 failures;
//   5. records every request the page makes (there must be none) and probes the CSP (a fetch is refused);
//   6. keyboard (arrow keys move between tabs) and the English switch;
// and takes a screenshot of each view into docs/web/. Ends with one line "web check: ok|FAILED — …".
// Usage: node apps/web/test/check.mjs [path/to/juki.html]
import { spawnSync } from "node:child_process"
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { fileURLToPath, pathToFileURL } from "node:url"
import { isDeepStrictEqual } from "node:util"
import * as Core from "@juki/core"
import { FixedLength, generateSample, ReferenceLayouts } from "@juki/formats"
import * as MyNumberPkg from "@juki/mynumber"
import { chromium } from "playwright-core"

const repo = fileURLToPath(new URL("../../../", import.meta.url))
const html = resolve(process.argv[2] ?? join(repo, "apps/web/dist/juki.html"))
const shots = join(repo, "docs/web")
const work = join(repo, ".ci-web")
const cli = join(repo, "packages/cli/dist/bin.js")
if (!existsSync(html)) {
  console.error(`no page at ${html}: run node apps/web/build.mjs first`)
  process.exit(2)
}
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
mkdirSync(shots, { recursive: true })

const failures = []
const passed = []
const expect = (ok, what, detail = "") => {
  if (ok) passed.push(what)
  else failures.push(`${what}${detail ? `: ${detail}` : ""}`)
}
const juki = (...args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 28 })
  if (r.status !== 0 && r.status !== 1) throw new Error(`juki ${args.join(" ")} exited ${r.status}: ${r.stderr}`)
  return r
}
const firstDiff = (a, b, path = "$") => {
  if (isDeepStrictEqual(a, b)) return undefined
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDiff(a[k], b[k], `${path}.${k}`)
      if (d) return d
    }
  }
  return `${path}: page ${JSON.stringify(a)?.slice(0, 200)} vs cli ${JSON.stringify(b)?.slice(0, 200)}`
}

// ---- inputs, and what the CLI says about them -------------------------------------------------------
const sampleFile = join(work, "honnin-kakunin-joho.sjis.dat")
const sample = generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 3000, seed: 20261204, invalidRate: 0.02 })
await pipeline(Readable.from(sample), createWriteStream(sampleFile))
const cliValidate = JSON.parse(juki("validate", sampleFile, "--layout", "HonninKakuninJoho", "--format", "json").stdout)
expect(
  sample.stats.invalid > 0 && cliValidate.problems > 0,
  "the sample has planted faults",
  `${sample.stats.invalid} corrupted, CLI found ${cliValidate.problems}`
)
expect(
  cliValidate.problems < 1000,
  "every problem fits the CLI's list (so the lists compare whole)",
  String(cliValidate.problems)
)
// The same records with bare LF line ends: rejected by the default line-ending policy (crlf), accepted with "any".
const lfFile = join(work, "lf.sjis.dat")
writeFileSync(
  lfFile,
  Buffer.from(
    readFileSync(sampleFile)
      .subarray(0, 40 * (FixedLength.recordLength(ReferenceLayouts.HonninKakuninJoho) + 2))
      .toString("latin1")
      .replace(/\r\n/g, "\n"),
    "latin1"
  )
)
const cliLf = {
  "": JSON.parse(juki("validate", lfFile, "--layout", "HonninKakuninJoho", "--format", "json").stdout),
  any: JSON.parse(
    juki("validate", lfFile, "--layout", "HonninKakuninJoho", "--format", "json", "--line-ending", "any").stdout
  )
}
expect(
  cliLf[""].byRule["formats.record.line-ending"] === 40 && !cliLf.any.byRule["formats.record.line-ending"],
  "the LF file: 40 line-ending problems under crlf, none under any"
)
// A vector file that does not match the published schema, and what juki audit says about it.
const badVectors = join(work, "bad-vectors.json")
writeFileSync(badVectors, JSON.stringify({ kind: "identifier", cases: [{ description: "x" }] }))
const cliBad = spawnSync(process.execPath, [cli, "audit", "--vectors", badVectors], { cwd: repo, encoding: "utf8" })
const cliBadLine = cliBad.stderr.trim().replace(relative(repo, badVectors), "bad-vectors.json")
expect(
  cliBad.status === 2 && cliBadLine.includes("bad-vectors.json /"),
  "juki audit refuses the malformed vector file",
  cliBadLine
)
const notJson = join(work, "not-json.json")
writeFileSync(notJson, "{ not json")
const bigFile = join(work, "big.sjis.dat")
await pipeline(
  Readable.from(generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 150000, seed: 7, invalidRate: 0.01 })),
  createWriteStream(bigFile)
)
// Over 16 MiB: the CLI validates it on worker threads, the page with one Web Worker per core (segments merged).
const cliBig = JSON.parse(juki("validate", bigFile, "--layout", "HonninKakuninJoho", "--format", "json").stdout)

const layoutNames = Object.entries(ReferenceLayouts)
  .filter(([, v]) => typeof v === "object" && v !== null && "fields" in v)
  .map(([k]) => k)
const customLayout = { ...ReferenceLayouts.SofusakiJoho, name: "CustomSofusaki", title: "CI で読み込むレイアウト" }
const customLayoutFile = join(work, "custom-sofusaki.json")
writeFileSync(customLayoutFile, JSON.stringify(customLayout, null, 2))
const cliGen = (layoutArg, name) => {
  const dir = join(work, "gen", name)
  juki("gen", layoutArg, "--out", dir)
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]))
}

const cliAudit = (args, out) => {
  juki("audit", ...args, "--out", join(work, out), "--format", "json")
  return JSON.parse(readFileSync(join(work, out, "audit-report.json"), "utf8"))
}
const auditBuiltin = cliAudit(["--include-optional"], "audit-builtin")
const vectorDir = join(repo, "conformance/vectors/mynumber")
const vectorFile = join(
  vectorDir,
  readdirSync(vectorDir)
    .filter((f) => f.endsWith(".json"))
    .sort()[0]
)
const auditLoaded = cliAudit(["--vectors", vectorFile], "audit-loaded")

const identifierInputs = [
  ["MyNumber", "123456789018"],
  ["MyNumber", "123456789019"],
  ["MyNumber", "12345678901"],
  ["MyNumber", "12345678901A"],
  ["CorporateNumber", "1234567890123"],
  ["CorporateNumber", "5835678256246"],
  ["LocalGovernmentCode", "011011"],
  ["LocalGovernmentCode", "011012"],
  ["ResidentCode", "12345678901"],
  ["ResidentCode", "1234567890"],
  ["AtenaNumber", "123456789012345"],
  ["AtenaNumber", "12345678901234X"],
  ["HouseholdNumber", "12"],
  ["PostalCode", "100-0001"]
]
const modules = { ...Core, ...MyNumberPkg }

// ---- the browser -------------------------------------------------------------------------------------
const userDataDir = mkdtempSync(join(tmpdir(), "juki-web-chromium-"))
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 800 },
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic"
  ]
})
const requests = []
const pageErrors = []
context.on("request", (r) => {
  const u = r.url()
  if (!/^(file|blob|data|about):/.test(u)) requests.push(u)
})
// Every request is recorded above first; anything that is not the page itself is then refused.
await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()))
const url = pathToFileURL(html).href

try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on("pageerror", (e) => pageErrors.push(String(e)))
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(`console: ${m.text()}`)
  })
  page.setDefaultTimeout(120_000)
  await page.goto(url, { waitUntil: "load" })
  const downloadText = async (selector) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)])
    return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), "utf8") }
  }

  // 0. Japanese is drawn with a Japanese font (CI installs fonts-ipafont-gothic when the machine has none): without
  // one every kanji is the same narrow "tofu" box. Two kanji in the page's font must give two different screenshots
  // and each kanji must advance a full em, as in every Japanese font.
  const glyph = async (ch) => {
    await page.evaluate((c) => {
      const s = document.createElement("span")
      s.id = "glyph-probe"
      s.textContent = c
      s.style.cssText =
        "font-size:48px;line-height:1;position:fixed;left:0;top:0;background:#fff;color:#000;z-index:9999"
      document.body.append(s)
    }, ch)
    const shot = await page.locator("#glyph-probe").screenshot()
    const width = await page.locator("#glyph-probe").evaluate((e) => e.getBoundingClientRect().width)
    await page.evaluate(() => document.getElementById("glyph-probe")?.remove())
    return { shot, width }
  }
  const [ju, min] = [await glyph("住"), await glyph("民")]
  expect(
    !ju.shot.equals(min.shot) && Math.abs(ju.width - 48) <= 1 && Math.abs(min.width - 48) <= 1,
    "screenshots: Japanese is drawn with a Japanese font (two kanji differ and each is one em wide, not tofu boxes)",
    `widths ${ju.width}, ${min.width}; same image: ${ju.shot.equals(min.shot)}`
  )

  // 1. Validate.
  await page.setInputFiles("#v-file", sampleFile)
  await page.selectOption("#v-layout", "HonninKakuninJoho")
  await page.click("#v-start")
  await page.waitForSelector("#v-status[data-state=done]")
  const exported = JSON.parse((await downloadText("#v-export-json")).text)
  for (const k of ["layout", "records", "accepted", "rejected", "bytes", "problems", "byRule"]) {
    expect(
      isDeepStrictEqual(exported[k], cliValidate[k]),
      `validate: ${k} as juki validate`,
      firstDiff(exported[k], cliValidate[k])
    )
  }
  expect(
    isDeepStrictEqual(exported.firstProblems, cliValidate.firstProblems),
    `validate: the ${cliValidate.firstProblems.length} problems (record, byte offset, field, rule, messages, masked value) as juki validate`,
    firstDiff(exported.firstProblems, cliValidate.firstProblems)
  )
  // The table shows 100 problems at a time (the pager is checked on the large file below).
  const tableRows = () =>
    page
      .locator("#v-problem-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")))
  const firstPage = await tableRows()
  expect(
    firstPage.length === Math.min(100, cliValidate.firstProblems.length) &&
      (await page.locator("#v-pager").isHidden()) === cliValidate.firstProblems.length <= 100,
    "validate: the table shows the first 100 problems (a pager when there are more)",
    `${firstPage.length} rows`
  )
  const totals = await page.locator("#v-totals").evaluate((e) => ({ ...e.dataset }))
  expect(
    Number(totals.rejected) === cliValidate.rejected && Number(totals.records) === cliValidate.records,
    "validate: summary counts shown"
  )
  const csv = (await downloadText("#v-export-csv")).text
  expect(
    csv.trim().split("\r\n").length === cliValidate.firstProblems.length + 1,
    "validate: CSV export has a row per problem"
  )
  await page.screenshot({
    path: join(shots, "validate.png"),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1400 }
  })

  // The line-ending policy, as juki validate --line-ending.
  await page.setInputFiles("#v-file", lfFile)
  for (const policy of ["", "any"]) {
    await page.selectOption("#v-line-ending", policy)
    await page.click("#v-start")
    await page.waitForSelector("#v-status[data-state=done]")
    const got = JSON.parse((await downloadText("#v-export-json")).text)
    const want = cliLf[policy]
    expect(
      ["records", "accepted", "rejected", "problems", "byRule", "firstProblems"].every((k) =>
        isDeepStrictEqual(got[k], want[k])
      ),
      `validate: line endings "${policy || "layout (crlf)"}" as juki validate${policy ? " --line-ending any" : ""}`,
      firstDiff(got, want)
    )
  }
  await page.selectOption("#v-line-ending", "")

  // A large file, validated in parallel Web Workers: the merged result equals juki validate's.
  await page.setInputFiles("#v-file", bigFile)
  await page.click("#v-start")
  await page.waitForSelector("#v-status[data-state=done]")
  const bigGot = JSON.parse((await downloadText("#v-export-json")).text)
  const bigWorkers = Number(await page.locator("#v-status").getAttribute("data-workers"))
  expect(bigWorkers >= 2, "validate: a file over 16 MiB is split across Web Workers", `${bigWorkers} worker(s)`)
  expect(
    ["records", "accepted", "rejected", "bytes", "problems", "byRule", "firstProblems"].every((k) =>
      isDeepStrictEqual(bigGot[k], cliBig[k])
    ) && cliBig.problems > 1000,
    `validate a ${Math.round(cliBig.bytes / 1e6)} MB file in parallel Web Workers: counts and the first 1,000 of ${cliBig.problems} problems as juki validate`,
    firstDiff(bigGot, cliBig)
  )

  // The table shows 100 problems at a time; the pager walks through every kept problem, in order.
  const listed = await tableRows()
  let pages = 1
  const pagerShown = await page.locator("#v-pager").isVisible()
  for (; pagerShown && pages < 1000 && !(await page.locator("#v-page-next").isDisabled()); pages++) {
    await page.click("#v-page-next")
    listed.push(...(await tableRows()))
  }
  const asListed = (p) => [
    String(p.position?.record ?? ""),
    String(p.position?.byteOffset ?? ""),
    p.path.join("."),
    p.code
  ]
  expect(
    cliBig.firstProblems.length > 100 &&
      isDeepStrictEqual(
        listed.map((r) => r.slice(0, 4)),
        cliBig.firstProblems.map(asListed)
      ),
    `validate: paging through the table lists the ${cliBig.firstProblems.length} kept problems in order (record, offset, field, rule)`,
    firstDiff(
      listed.map((r) => r.slice(0, 4)),
      cliBig.firstProblems.map(asListed)
    )
  )
  if (pages > 1) await page.click("#v-page-prev")
  const back = await tableRows()
  expect(
    pages > 1 && isDeepStrictEqual(back, listed.slice((pages - 2) * 100, (pages - 1) * 100)),
    "validate: 「前の 100 件」 goes back a page",
    `${pages} pages`
  )
  for (let i = 0; pages > 1 && i < 1000 && !(await page.locator("#v-page-prev").isDisabled()); i++)
    await page.click("#v-page-prev")

  // Cancel a longer run.
  await page.click("#v-start")
  await page.waitForFunction(
    () =>
      Number(document.querySelector("#v-progress")?.value) > 0 ||
      document.querySelector("#v-status")?.dataset.state === "done"
  )
  await page.click("#v-cancel")
  const state = await page.locator("#v-status").getAttribute("data-state")
  expect(state === "cancelled", "validate: cancel stops a run", String(state))

  // 2. Identifiers.
  await page.click("#tab-identifiers")
  for (const [kind, value] of identifierInputs) {
    const r = modules[kind].validate(value)
    await page.selectOption("#i-kind", kind)
    await page.fill("#i-input", value)
    await page.press("#i-input", "Enter")
    const verdict = await page.locator("#i-result .verdict").getAttribute("data-verdict")
    const rule = await page.locator("#i-result .verdict").getAttribute("data-rule")
    const want = r._tag === "Success" ? "valid" : "invalid"
    const ok =
      verdict === want &&
      (want === "valid" ||
        (rule === r.failure.code && (await page.locator("#i-message-ja").textContent()) === r.failure.messageIn("ja")))
    expect(
      ok,
      `identifier ${kind} ${Core.maskPreview(value)}: ${want}${want === "invalid" ? ` by ${r.failure.code}` : ""}`,
      `page ${verdict} ${rule}`
    )
    if (value.length >= 8) {
      const shown = await page.locator("#view-identifiers").textContent()
      expect(!shown.includes(value), `identifier ${kind}: the value is shown masked`)
    }
  }
  await page.selectOption("#i-kind", "MyNumber")
  await page.fill("#i-input", "123456789019")
  await page.click("#i-check")
  await page.screenshot({ path: join(shots, "identifiers.png"), fullPage: false })

  // 3. Generate.
  await page.click("#tab-generate")
  const pageGen = async () => {
    await page.click("#g-run")
    await page.waitForSelector("#g-status[data-state]")
    const files = await page
      .locator("#g-outputs pre")
      .evaluateAll((els) => els.map((e) => [e.dataset.file, e.textContent]))
    return Object.fromEntries(files)
  }
  for (const name of layoutNames) {
    await page.selectOption("#g-bundled", name)
    const got = await pageGen()
    const want = cliGen(name, name)
    expect(
      isDeepStrictEqual(got, want),
      `generate ${name}: ${Object.keys(want).join(", ")} identical to juki gen`,
      firstDiff(got, want)
    )
  }
  await page.setInputFiles("#g-file", customLayoutFile)
  await page.waitForFunction(() => document.querySelector("#g-json")?.value.includes("CustomSofusaki"))
  const gotCustom = await pageGen()
  const wantCustom = cliGen(customLayoutFile, "custom")
  expect(
    isDeepStrictEqual(gotCustom, wantCustom),
    "generate a loaded layout JSON: identical to juki gen",
    firstDiff(gotCustom, wantCustom)
  )
  const dl = await downloadText("#g-outputs .g-download >> nth=0")
  expect(wantCustom[dl.name] === dl.text, "generate: download gives the same file", dl.name)
  await page.fill("#g-json", '{"name": 1}')
  await page.click("#g-run")
  expect(
    (await page.locator("#g-status").getAttribute("data-state")) === "error",
    "generate: an invalid layout is reported, not generated"
  )
  await page.selectOption("#g-bundled", "HonninKakuninJoho")
  await pageGen()
  await page.screenshot({
    path: join(shots, "generate.png"),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1100 }
  })

  // 4. Audit.
  await page.click("#tab-audit")
  await page.check("#a-optional")
  await page.click("#a-run")
  await page.waitForSelector("#a-status[data-state=done]")
  const report = JSON.parse((await downloadText("#a-dl-json")).text)
  expect(
    report.summary.failed === 0 && report.summary.cases > 0,
    `audit: ${report.summary.cases} cases, 0 failures`,
    JSON.stringify(report.summary).slice(0, 200)
  )
  // Everything but the time of writing (generatedAt) must be what the CLI wrote, whatever fields it has.
  const keys = [...new Set([...Object.keys(report), ...Object.keys(auditBuiltin)])].filter((k) => k !== "generatedAt")
  for (const k of keys) {
    expect(
      isDeepStrictEqual(report[k], auditBuiltin[k]),
      `audit (built-in + optional): ${k} as juki audit`,
      firstDiff(report[k], auditBuiltin[k])
    )
  }
  const frameText = await page.frameLocator("#a-report").locator("body").textContent()
  expect(frameText.includes(String(auditBuiltin.summary.cases)), "audit: the report is shown")
  await page.screenshot({
    path: join(shots, "audit.png"),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1200 }
  })
  await page.setInputFiles("#a-files", vectorFile)
  await page.click("#a-run-files")
  await page.waitForFunction(
    () =>
      document.querySelector("#a-status")?.dataset.state === "done" &&
      !document.querySelector("#a-status")?.textContent?.includes("…")
  )
  await page.waitForTimeout(100)
  const loaded = JSON.parse((await downloadText("#a-dl-json")).text)
  // The page knows a loaded file by its name only: compare without paths.
  const strip = (rs) => rs.map(({ file: _f, ...r }) => r)
  const stripFiles = (fs) => (fs ?? []).map(({ path: _p, ...f }) => f)
  expect(
    isDeepStrictEqual(loaded.summary, auditLoaded.summary) &&
      isDeepStrictEqual(strip(loaded.results), strip(auditLoaded.results)) &&
      isDeepStrictEqual(loaded.rules, auditLoaded.rules) &&
      isDeepStrictEqual(stripFiles(loaded.files), stripFiles(auditLoaded.files)),
    `audit a loaded vector file (${vectorFile.slice(repo.length)}): as juki audit --vectors`,
    firstDiff(
      { s: loaded.summary, r: strip(loaded.results) },
      { s: auditLoaded.summary, r: strip(auditLoaded.results) }
    )
  )

  // A loaded vector file is checked against the schema before it runs: refused with juki audit's message.
  await page.setInputFiles("#a-files", badVectors)
  await page.click("#a-run-files")
  await page.waitForSelector("#a-status[data-state=error]")
  const badText = await page.locator("#a-status").textContent()
  expect(
    badText === cliBadLine,
    "audit: a vector file that does not match the schema is refused as by juki audit",
    `${badText} vs ${cliBadLine}`
  )
  await page.setInputFiles("#a-files", notJson)
  await page.click("#a-run-files")
  await page.waitForFunction(() => document.querySelector("#a-status")?.textContent?.includes("not-json.json"))
  expect(
    (await page.locator("#a-status").getAttribute("data-state")) === "error",
    "audit: a loaded file that is not JSON is refused with its name"
  )

  // 5. The CSP refuses connections (and nothing was requested so far).
  const probe = await page.evaluate(async () => {
    let violations = 0
    document.addEventListener("securitypolicyviolation", () => violations++)
    let refused = false
    try {
      await fetch("https://example.invalid/juki-probe")
    } catch {
      refused = true
    }
    await new Promise((r) => setTimeout(r, 50))
    return { refused, violations }
  })
  expect(probe.refused && probe.violations > 0, "CSP: a fetch is refused by connect-src 'none'", JSON.stringify(probe))
  pageErrors.splice(
    0,
    pageErrors.length,
    ...pageErrors.filter((e) => !e.includes("juki-probe") && !e.includes("Content Security Policy"))
  )

  // 6. Keyboard and language.
  await page.focus("#tab-audit")
  await page.keyboard.press("ArrowRight")
  const selected = await page.locator("[role=tab][aria-selected=true]").getAttribute("id")
  expect(selected === "tab-validate", "keyboard: arrow keys move between tabs", String(selected))
  const statusJa = await page.locator("#v-status").textContent()
  await page.click("#lang")
  const tabText = await page.locator("#tab-validate").textContent()
  expect(
    tabText === "Validate a file" && (await page.evaluate(() => document.documentElement.lang)) === "en",
    "the English switch relabels the page",
    tabText
  )
  // The status line of the last (cancelled) run follows the switch too, not only the static labels.
  const statusEn = await page.locator("#v-status").textContent()
  expect(
    statusJa === "中止しました。" && statusEn === "Cancelled.",
    "the English switch relabels the status line (中止しました。 → Cancelled.)",
    `${statusJa} → ${statusEn}`
  )
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.screenshot({ path: join(shots, "validate-tablet-en.png"), fullPage: false })
  await page.click("#lang")
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  )
  expect(overflow <= 0, "tablet width (820 px): no horizontal scrolling", `${overflow}px`)
} finally {
  await context.close()
  rmSync(userDataDir, { recursive: true, force: true })
}

expect(requests.length === 0, "network: no request left the page", requests.slice(0, 5).join(", "))
expect(pageErrors.length === 0, "no script errors", pageErrors.slice(0, 3).join(" | "))
for (const p of passed) console.log(`  ok  ${p}`)
for (const f of failures) console.log(`  FAILED  ${f}`)
console.log(
  `web check: ${failures.length ? "FAILED" : "ok"} — ${passed.length} checks passed, ${failures.length} failed, network requests ${requests.length}, screenshots in docs/web/`
)
process.exitCode = failures.length ? 1 : 0
