// Writes docs/benchmarks.md from bench/out/results.json (written by `pnpm bench`).
// Run: pnpm bench && node scripts/gen-benchmarks-doc.mjs
import { readFileSync, writeFileSync } from "node:fs"

const results = JSON.parse(readFileSync(new URL("../bench/out/results.json", import.meta.url), "utf8"))
const rows = Object.values(results).sort((a, b) => a.name.localeCompare(b.name))
const first = rows[0] ?? {}
const fmt = (n) => n.toLocaleString("en-US")
const out = [
  "# Benchmarks",
  "",
  "Measured by `pnpm bench` (each benchmark in its own Node process; best of several rounds after a warm-up).",
  "Every figure is a ratio against a reference implemented and measured **in the same run**, so the ratios, not",
  "the absolute numbers, are what carries over to other machines. Regenerate this page with",
  "`pnpm bench && node scripts/gen-benchmarks-doc.mjs`.",
  "",
  `Machine: ${first.cpu ?? "?"}, ${first.cores ?? "?"} cores; Node ${first.node ?? "?"}; date ${first.date ?? "?"}.`,
  "",
  "| benchmark | subject | reference | n | subject /s | reference /s | ratio | target | result |",
  "|---|---|---|---:|---:|---:|---:|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.subject} | ${r.reference} | ${fmt(r.count)} ${r.unit} | ${fmt(r.subjectPerSecond)} | ${fmt(r.referencePerSecond)} | ${r.ratio} | ${r.target} | ${r.pass === null ? "—" : r.pass ? "pass" : "MISS"} |`
  ),
  ""
]
// Extra figures a benchmark recorded (time ratios, peak RSS …), listed as they were measured.
const standard = new Set(["name", "unit", "count", "subject", "reference", "subjectMs", "referenceMs", "subjectPerSecond", "referencePerSecond", "ratio", "target", "pass", "node", "cpu", "cores", "date"])
const details = rows
  .map((r) => [r, Object.entries(r).filter(([k]) => !standard.has(k))])
  .filter(([, extra]) => extra.length > 0)
if (details.length) {
  out.push("## Details", "")
  for (const [r, extra] of details) out.push(`- **${r.name}**: ${extra.map(([k, v]) => `${k} ${typeof v === "object" ? JSON.stringify(v) : v}`).join(", ")}`)
  out.push("")
}
out.push(
  "## Reading the figures",
  "",
  "- `ratio` is subject throughput / reference throughput. For the time targets (formats, retention) the time ratio",
  "  is its inverse: formats must stay within 2x a plain chunked `TextDecoder` pass (with peak RSS under 150 MB),",
  "  retention within 3x a bare loop that only computes end dates.",
  "- retention's `lastRetainedDay` is computed when read; the second retention row reads it for every item and is",
  "  informational (it is above 3x).",
  "- The machine has 2 cores; with other work running (tests, builds) ratios drop by up to half, so record figures on",
  "  a quiet machine.",
  ""
)
// Keep the bundle-size section, which scripts/bundle-size.mjs owns.
const page = new URL("../docs/benchmarks.md", import.meta.url)
let previous = ""
try {
  previous = readFileSync(page, "utf8")
} catch {}
const kept = previous.match(/<!-- bundle-size:start -->[\s\S]*?<!-- bundle-size:end -->/)?.[0]
writeFileSync(page, out.join("\n") + (kept ? `\n${kept}\n` : ""))
console.log(`docs/benchmarks.md: ${rows.length} benchmarks`)
