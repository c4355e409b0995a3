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
const extras = rows.filter((r) => r.notes)
if (extras.length) out.push("## Notes", "", ...extras.map((r) => `- **${r.name}**: ${r.notes}`), "")
writeFileSync(new URL("../docs/benchmarks.md", import.meta.url), out.join("\n"))
console.log(`docs/benchmarks.md: ${rows.length} benchmarks`)
