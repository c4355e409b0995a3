// Writes docs/benchmarks.md from bench/out/results.json (written by `pnpm bench`).
// Run: pnpm bench && node scripts/gen-benchmarks-doc.mjs
import { readFileSync, writeFileSync } from "node:fs"

const results = JSON.parse(readFileSync(new URL("../bench/out/results.json", import.meta.url), "utf8"))
const rows = Object.values(results).sort((a, b) => a.name.localeCompare(b.name))
const page = new URL("../docs/benchmarks.md", import.meta.url)
let previous = ""
try {
  previous = readFileSync(page, "utf8")
} catch {}
// Benchmarks measured in an earlier run and not in this one (`pnpm bench store` runs one file) keep their table row
// and details line from the page as it was.
const measured = new Set(rows.map((r) => r.name))
const nameOf = (line, re) => line.match(re)?.[1]
// Only the main table (from its header to the first blank line) and the Details list are read back.
const sectionOf = (start, text) => {
  const lines = text.split("\n")
  const i = lines.findIndex((l) => l.startsWith(start))
  if (i < 0) return []
  const out = []
  for (let k = i + 1; k < lines.length && lines[k].trim() !== ""; k++) out.push(lines[k])
  return out
}
const keptRows = sectionOf("| benchmark | subject | reference |", previous).filter((l) => {
  const n = nameOf(l, /^\| (.+?) \| /)
  return n !== undefined && !l.startsWith("|---") && !measured.has(n)
})
const detailsText = previous.includes("## Details\n\n") ? previous.split("## Details\n\n")[1] : ""
const keptDetails = sectionOf("", `x\n${detailsText}`).filter((l) => {
  const n = nameOf(l, /^- \*\*(.+?)\*\*: /)
  return n !== undefined && !measured.has(n)
})
const first = rows[0] ?? {}
const fmt = (n) => n.toLocaleString("en-US")
const runs = [...new Set(rows.map((r) => r.run ?? "before run ids"))].sort()
const out = [
  "# Benchmarks",
  "",
  "Measured by `pnpm bench` (each benchmark in its own Node process). `@juki/formats` and the browser app: one",
  "warm-up round (discarded), then the **median** of 5 rounds (`JUKI_BENCH_ROUNDS`), subject and reference",
  "interleaved on the same file; the other benchmarks: the best of 5 rounds after a warm-up (`bench/harness.mjs`).",
  "Every figure is a ratio against a reference implemented and measured **in the same run**, so the ratios, not",
  "the absolute numbers, are what carries over to other machines. Regenerate this page (and the figures in the",
  "`@juki/formats` and `apps/web` READMEs, written from the same results) with",
  "`pnpm bench && node scripts/gen-benchmarks-doc.mjs`; one benchmark alone: `pnpm bench formats`, `pnpm bench web`.",
  "",
  `Machine: ${first.cpu ?? "?"}, ${first.cores ?? "?"} cores; Node ${first.node ?? "?"}; date ${first.date ?? "?"}.`,
  `Runs: ${runs.join(", ")}${runs.length > 1 ? " (the rows come from different runs: each benchmark's rows come from its latest run)" : ""}.`,
  "",
  "| benchmark | subject | reference | n | subject /s | reference /s | ratio | target | result |",
  "|---|---|---|---:|---:|---:|---:|---|---|",
  ...[
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.subject} | ${r.reference} | ${fmt(r.count)} ${r.unit} | ${fmt(r.subjectPerSecond)} | ${fmt(r.referencePerSecond)} | ${r.ratio} | ${r.target} | ${r.pass === null ? "—" : r.pass ? "pass" : "MISS"} |`
    ),
    ...keptRows
  ].sort((a, b) => a.localeCompare(b)),
  ""
]
// Extra figures a benchmark recorded (time ratios, peak RSS …), listed as they were measured.
const standard = new Set([
  "name",
  "unit",
  "count",
  "subject",
  "reference",
  "subjectMs",
  "referenceMs",
  "subjectPerSecond",
  "referencePerSecond",
  "ratio",
  "target",
  "pass",
  "node",
  "cpu",
  "cores",
  "date",
  "source"
])
const details = rows
  .map((r) => [r, Object.entries(r).filter(([k]) => !standard.has(k))])
  .filter(([, extra]) => extra.length > 0)
if (details.length || keptDetails.length) {
  out.push(
    "## Details",
    "",
    ...[
      ...details.map(
        ([r, extra]) =>
          `- **${r.name}**: ${extra.map(([k, v]) => `${k} ${typeof v === "object" ? JSON.stringify(v) : v}`).join(", ")}`
      ),
      ...keptDetails
    ].sort((a, b) => a.localeCompare(b)),
    ""
  )
}
out.push(
  "## Reading the figures",
  "",
  "- `ratio` is subject throughput / reference throughput. For the time targets (formats, retention) the time ratio",
  "  is its inverse: formats must stay within 2x a plain chunked `TextDecoder` pass (with peak RSS under 150 MB),",
  "  retention within 3x a bare loop that only computes end dates.",
  "- retention's `lastRetainedDay` is computed when read; the second retention row reads it for every item and is",
  "  informational (it is above 3x).",
  "- store.postgres.apply: 異動 through the PostgreSQL store (each group read together, decided in order, committed in",
  "  one transaction; verdicts equal to apply one at a time) against apply on the in-memory Registry, both as the median",
  "  of rounds after a warm-up; p50 / p99 are per event (the time of its group); load and check figures are in Details.",
  "- The machine has 2 cores; with other work running (tests, builds) ratios drop by up to half, so record figures on",
  "  a quiet machine.",
  ""
)
// Keep the bundle-size section, which scripts/bundle-size.mjs owns.
const kept = previous.match(/<!-- bundle-size:start -->[\s\S]*?<!-- bundle-size:end -->/)?.[0]
// Sections measured by hand (e.g. the store's) are kept between manual markers.
const manual = previous.match(/<!-- manual:start -->[\s\S]*?<!-- manual:end -->/)?.[0]
writeFileSync(page, out.join("\n") + (manual ? `\n${manual}\n` : "") + (kept ? `\n${kept}\n` : ""))
console.log(`docs/benchmarks.md: ${rows.length} benchmarks`)

// The READMEs quote the same rows, between markers, so every page shows the figures of one run.
const section = (file, marker, body) => {
  const url = new URL(file, import.meta.url)
  const text = readFileSync(url, "utf8")
  const re = new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`)
  if (!re.test(text)) throw new Error(`${file}: no ${marker} markers`)
  writeFileSync(url, text.replace(re, `$1\n${body}\n$2`))
}
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`)
const verdict = (r) => (r.pass === null ? "—" : r.pass ? "pass" : "**MISS**")
const formatsRows = rows.filter((r) => r.name.startsWith("formats: validate"))
section(
  "../packages/formats/README.md",
  "bench:formats",
  formatsRows.length === 0
    ? "_No figures yet: run `pnpm bench formats`._"
    : [
        `Run ${[...new Set(formatsRows.map((r) => r.run ?? "before run ids"))].join(", ")} (${first.cpu ?? "?"}, ${first.cores ?? "?"} cores; load average ${formatsRows[0].load ?? "not recorded"}):`,
        "",
        "| benchmark | file | validation | `TextDecoder` pass | time ratio | target | peak RSS | result |",
        "|---|---:|---:|---:|---:|---|---:|---|",
        ...formatsRows.map(
          (r) =>
            `| ${r.name.replace("formats: validate ", "")} | ${r.fileMB ?? "—"} MB | ${ms(r.subjectMs)} | ${ms(r.referenceMs)} | ${r.timeRatio ?? "—"} | ${r.target} | ${r.peakRssMB !== undefined ? `${r.peakRssMB} MB` : r.perWorkerRssMB !== undefined ? `${r.perWorkerRssMB} MB per worker (process ${r.processPeakRssMB} MB)` : r.processPeakRssMB !== undefined ? `${r.processPeakRssMB} MB` : "—"} | ${verdict(r)} |`
        )
      ].join("\n")
)
const webRows = rows.filter((r) => r.name.startsWith("web:"))
section(
  "../apps/web/README.md",
  "bench:web",
  webRows.length === 0
    ? "_No figures yet: run `pnpm bench web`._"
    : webRows
        .map(
          (r) =>
            `Run ${r.run ?? "before run ids"} (${r.cpu ?? "?"}, ${r.cores ?? "?"} cores, load average ${r.load ?? "not recorded"}): ${r.name.replace("web: ", "")} took ${ms(r.subjectMs)} from click to summary, \`juki validate\` ${ms(r.referenceMs)} — **${r.timeRatio}x** (target 1.5x; inside the worker ${r.innerTimeRatio ?? "—"}x the CLI's own validation time); the page's renderer process peaked at **${r.pageRendererPeakPssMB} MB** PSS (target < 300 MB; all renderer processes ${r.allRenderersPeakPssMB} MB); ${r.networkRequests} network requests; counts ${r.sameCountsAsCli ? "equal" : "**differ from**"} the CLI's. Result: ${verdict(r)}.`
        )
        .join("\n\n")
)
console.log("packages/formats/README.md, apps/web/README.md: benchmark sections")
