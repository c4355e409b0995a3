// `pnpm mutation [pkg...]`: runs StrykerJS with packages/<pkg>/stryker.config.mjs for each package named
// (default: mynumber core retention records). Not part of CI: a run takes from minutes to an hour on 2 cores.
// Scores go to reports/mutation/<pkg>.json and .html; record them in docs/quality.md.
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"

const dirs = { records: "juki-records" }
const pkgs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["mynumber", "core", "retention", "records"]
let failed = 0
for (const pkg of pkgs) {
  const config = `packages/${dirs[pkg] ?? pkg}/stryker.config.mjs`
  if (!existsSync(config)) {
    console.error(`no ${config}`)
    failed++
    continue
  }
  const r = spawnSync("npx", ["stryker", "run", config], { stdio: "inherit" })
  if (r.status !== 0) failed++
}
process.exitCode = failed === 0 ? 0 : 1
