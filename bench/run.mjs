// Runs every bench/*.bench.mjs in its own process (so memory and JIT state do not leak between them).
import { readdirSync } from "node:fs"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL(".", import.meta.url))
const only = process.argv[2]
let failed = 0
for (const f of readdirSync(dir).filter((f) => f.endsWith(".bench.mjs")).sort()) {
  if (only && !f.includes(only)) continue
  console.log(`\n## ${f}`)
  const r = spawnSync(process.execPath, ["--expose-gc", `${dir}${f}`], { stdio: "inherit" })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
