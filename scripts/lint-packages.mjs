// Packaging checks for every publishable package: publint (package.json and files) and
// @arethetypeswrong/cli (types resolve for ESM consumers; the packages are ESM-only on purpose,
// because effect 4 is ESM-only). Run after `pnpm build`.
import { readdirSync, readFileSync } from "node:fs"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../", import.meta.url))
const bin = (name) => `${root}node_modules/.bin/${name}`
const env = { ...process.env, PATH: `${root}node_modules/.bin:${process.env.PATH}` }
let failed = 0
const dirs = [
  ...readdirSync(`${root}packages`)
    .sort()
    .map((d) => `${root}packages/${d}`),
  `${root}conformance`
]
for (const cwd of dirs) {
  const pkg = JSON.parse(readFileSync(`${cwd}/package.json`, "utf8"))
  if (pkg.private) continue
  for (const [cmd, args] of [
    [bin("publint"), ["--strict"]],
    [bin("attw"), ["--pack", ".", "--profile", "esm-only", "--format", "table-flipped"]]
  ]) {
    const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8" })
    const ok = r.status === 0
    if (!ok) failed++
    console.log(`${ok ? "ok  " : "FAIL"} ${pkg.name}: ${cmd.split("/").pop()}`)
    if (!ok) console.log(r.stdout, r.stderr)
  }
}
process.exit(failed ? 1 : 0)
