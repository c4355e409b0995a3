// apps/web: validating a 300,000-record 本人確認情報 file (Shift_JIS, 1 % corrupted records) in headless Chromium
// (the offline page, its Web Worker streaming File.stream() through FixedLength.validate) vs `juki validate
// --format json` on the same file, measured in the same run, median of several rounds after a warm-up.
// Target: the browser takes at most 1.5x the time of `juki validate` (both measured as a user sees them: the CLI
// process from start to exit, the page from the click on "start" to the summary); the page's memory (peak PSS of
// the renderer process that holds the page and its workers, sampled every 50 ms, the maximum over every round in
// the same tab, so memory an earlier run left behind counts) stays under 300 MB. Also recorded:
// the inner ratio (validation time inside the worker vs the CLI's own elapsedMs), the sum over all renderer
// processes (PSS and RSS) and the load average. Run: pnpm build && node bench/web.bench.mjs
import { execFileSync, spawnSync } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { fileURLToPath, pathToFileURL } from "node:url"
import { FixedLength, ReferenceLayouts, generateSample } from "@juki/formats"
import { chromium } from "playwright-core"
import { median, report } from "./harness.mjs"

const repo = fileURLToPath(new URL("../", import.meta.url))
const DIR = process.env["JUKI_BENCH_DIR"] ?? "/tmp/juki-web-bench"
const RECORDS = Number(process.env["JUKI_WEB_BENCH_RECORDS"] ?? 300000)
const ROUNDS = Number(process.env["JUKI_BENCH_ROUNDS"] ?? 5)
const layout = ReferenceLayouts.HonninKakuninJoho

// The page, built from the current sources.
execFileSync(process.execPath, [`${repo}apps/web/build.mjs`], { stdio: "inherit" })
const page = `${repo}apps/web/dist/juki.html`

// The file (kept between runs when its parameters match).
mkdirSync(DIR, { recursive: true })
const file = `${DIR}/honnin-kakunin-joho-${RECORDS}.sjis.dat`
const want = JSON.stringify({
  records: RECORDS,
  seed: 20261204,
  invalidRate: 0.01,
  recordLength: FixedLength.recordLength(layout)
})
if (!existsSync(`${file}.json`) || readFileSync(`${file}.json`, "utf8") !== want) {
  await pipeline(
    Readable.from(generateSample(layout, { records: RECORDS, seed: 20261204, invalidRate: 0.01 })),
    createWriteStream(file)
  )
  writeFileSync(`${file}.json`, want)
}
const bytes = statSync(file).size

// Reference: the CLI, a process per round.
const cliRound = () => {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    [`${repo}packages/cli/dist/bin.js`, "validate", file, "--layout", "HonninKakuninJoho", "--format", "json"],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28
    }
  )
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr)
  const json = JSON.parse(r.stdout)
  return { ms, inner: json.elapsedMs, records: json.records, problems: json.problems, rejected: json.rejected }
}

// Memory of the renderer processes (page + worker) of one browser: sum of RSS, sampled.
const descendants = (root) => {
  const kids = new Map()
  for (const d of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)])
    } catch {
      // the process ended
    }
  }
  const out = []
  const walk = (p) => {
    for (const c of kids.get(p) ?? []) {
      out.push(c)
      walk(c)
    }
  }
  walk(root)
  return out
}
// PSS (proportional set size) counts shared pages once across processes, so the sum is not inflated by the
// libraries every Chromium process maps; RSS is recorded too.
// The renderer processes are looked up again at most every second (walking /proc costs more than reading a few
// smaps_rollup files, and the sampler shares the CPU with the page it measures).
let renderersOf = { at: 0, pids: [] }
const rendererPids = (root) => {
  const now = Date.now()
  if (now - renderersOf.at > 1000) {
    const pids = descendants(root).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")
      } catch {
        return false // the process ended
      }
    })
    renderersOf = { at: now, pids }
  }
  return renderersOf.pids
}
const rendererMemoryMB = (root) => {
  let pss = 0
  let rss = 0
  let count = 0
  let largest = 0
  for (const pid of rendererPids(root)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8")
      const p = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0)
      pss += p
      largest = Math.max(largest, p)
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0)
      count++
    } catch {
      // the process ended
    }
  }
  return { pss: pss / 1024, rss: rss / 1024, count, largest: largest / 1024 }
}

const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")
const loadBefore = loadavg()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run"
  ]
})
// Chromium is started by this process: its renderers are among our descendants.
const browserPid = process.pid
const chromiumVersion = browser.version()
let requests = 0
const rounds = []
let peakMB = 0
let peakRssMB = 0
let renderers = 0
let pagePeakMB = 0
let shown
try {
  const context = await browser.newContext({ offline: true })
  context.on("request", (r) => {
    if (!/^(file|blob|data|about):/.test(r.url())) requests++
  })
  const tab = await context.newPage()
  tab.setDefaultTimeout(600_000)
  await tab.goto(pathToFileURL(page).href, { waitUntil: "load" })
  await tab.setInputFiles("#v-file", file)
  await tab.selectOption("#v-layout", "HonninKakuninJoho")
  const browserRound = async () => {
    let peak = 0
    let peakRss = 0
    let renderers = 0
    let largest = 0
    const sample = () => {
      const m = rendererMemoryMB(browserPid)
      largest = Math.max(largest, m.largest)
      peak = Math.max(peak, m.pss)
      peakRss = Math.max(peakRss, m.rss)
      renderers = Math.max(renderers, m.count)
    }
    renderersOf = { at: 0, pids: [] }
    sample()
    const sampler = setInterval(sample, 50)
    const t0 = process.hrtime.bigint()
    await tab.click("#v-start")
    await tab.waitForSelector("#v-status[data-state=done]")
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    clearInterval(sampler)
    sample()
    const totals = await tab.locator("#v-totals").evaluate((e) => ({ ...e.dataset }))
    const inner = Number(await tab.locator("#v-status").getAttribute("data-elapsed-ms"))
    return {
      ms,
      peak,
      peakRss,
      renderers,
      largest,
      inner,
      records: Number(totals.records),
      problems: Number(totals.problems)
    }
  }
  // Warm-up of both, then alternating rounds.
  cliRound()
  await browserRound()
  for (let i = 0; i < ROUNDS; i++) {
    const c = cliRound()
    const b = await browserRound()
    peakMB = Math.max(peakMB, b.peak)
    peakRssMB = Math.max(peakRssMB, b.peakRss)
    renderers = Math.max(renderers, b.renderers)
    pagePeakMB = Math.max(pagePeakMB, b.largest)
    rounds.push({ c, b })
    shown = b
    console.log(
      `round ${i + 1}: juki validate ${c.ms.toFixed(0)} ms (inner ${c.inner} ms); browser ${b.ms.toFixed(0)} ms (worker ${b.inner.toFixed(0)} ms), page renderer peak PSS ${b.largest.toFixed(0)} MB; all renderers PSS ${b.peak.toFixed(0)} MB (RSS ${b.peakRss.toFixed(0)} MB, ${b.renderers} renderer process(es))`
    )
  }
} finally {
  await browser.close()
}

const cliMs = median(rounds.map((r) => r.c.ms))
const webMs = median(rounds.map((r) => r.b.ms))
const cliInner = median(rounds.map((r) => r.c.inner))
const webInner = median(rounds.map((r) => r.b.inner))
const same = rounds.every((r) => r.b.records === r.c.records && r.b.problems === r.c.problems)
const timeRatio = webMs / cliMs
const pass = timeRatio <= 1.5 && pagePeakMB < 300 && requests === 0 && same
report({
  name: `web: validate ${RECORDS.toLocaleString("en-US")} 本人確認情報 records in Chromium (offline page, Web Worker)`,
  unit: "records",
  count: RECORDS,
  subjectMs: webMs,
  referenceMs: cliMs,
  subjectLabel: "apps/web juki.html in headless Chromium (click to summary)",
  referenceLabel: "juki validate --format json (process start to exit)",
  target:
    "time <= 1.5x juki validate; page memory (PSS of its renderer process, page + worker) < 300 MB; no network request",
  pass,
  extra: {
    timeRatio: Math.round(timeRatio * 100) / 100,
    innerTimeRatio: Math.round((webInner / cliInner) * 100) / 100,
    fileMB: Math.round(bytes / 1e5) / 10,
    pageRendererPeakPssMB: Math.round(pagePeakMB),
    allRenderersPeakPssMB: Math.round(peakMB),
    networkRequests: requests,
    sameCountsAsCli: same,
    rendererPeakRssMB: Math.round(peakRssMB),
    rendererProcesses: renderers,
    chromium: chromiumVersion,
    load: `${loadBefore} before, ${loadavg()} after (1/5/15 min)`,
    rounds: ROUNDS
  }
})
console.log(
  `web bench: browser ${webMs.toFixed(0)} ms vs juki validate ${cliMs.toFixed(0)} ms = ${timeRatio.toFixed(2)}x (inner ${(webInner / cliInner).toFixed(2)}x), page renderer peak PSS ${pagePeakMB.toFixed(0)} MB (all renderers: PSS ${peakMB.toFixed(0)} MB, RSS ${peakRssMB.toFixed(0)} MB), requests ${requests}, ${shown?.records} records → ${pass ? "PASS" : "MISS"}`
)
process.exit(pass ? 0 : 1)
