// Runs every bench/*.bench.mjs in its own process (so memory and JIT state do not leak between them).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL(".", import.meta.url))
const only = process.argv[2]
let failed = 0
// One id for the whole run: docs/benchmarks.md and the package READMEs quote the figures of a single run.
const run = process.env["JUKI_BENCH_RUN"] ?? new Date().toISOString()
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith(".bench.mjs"))
  .sort()) {
  if (only && !f.includes(only)) continue
  console.log(`\n## ${f}`)
  // This benchmark's rows of earlier runs are dropped first, so no page mixes its figures with an older run's.
  const out = new URL("./out/results.json", import.meta.url)
  if (existsSync(out)) {
    const all = JSON.parse(readFileSync(out, "utf8"))
    // Rows written before rows named their source: the formats bench's own names (not reconcile's "formats: reconcile").
    const legacy = (name) =>
      f === "formats.bench.mjs" && (name.startsWith("formats: validate") || name.startsWith("formats: Shift_JIS"))
    for (const [name, row] of Object.entries(all))
      if (row.source === f || (!row.source && legacy(name))) delete all[name]
    writeFileSync(out, JSON.stringify(all, null, 2) + "\n")
  }
  const r = spawnSync(process.execPath, ["--expose-gc", `${dir}${f}`], {
    stdio: "inherit",
    env: { ...process.env, JUKI_BENCH_RUN: run }
  })
  if (r.status !== 0) failed++
}
console.log(`\nrun ${run}: regenerate the pages with node scripts/gen-benchmarks-doc.mjs`)
process.exit(failed ? 1 : 0)
