// Checks the packed tarballs (pnpm pack) of every package, i.e. what `changeset publish` uploads: the manifest
// has real version ranges (no `workspace:`), every field a registry page and a vendor need, and the tarball
// holds README.md and LICENSE. Usage: node scripts/check-packed.mjs <dir with the .tgz files>
import { execFileSync } from "node:child_process"
import { readdirSync } from "node:fs"

const dir = process.argv[2]
const FIELDS = [
  "name",
  "version",
  "description",
  "keywords",
  "license",
  "repository",
  "homepage",
  "bugs",
  "engines",
  "sideEffects",
  "files",
  "exports",
  "peerDependencies"
]
let failed = 0
const tarballs = readdirSync(dir).filter((f) => f.endsWith(".tgz"))
if (tarballs.length < 7) {
  console.log(`FAIL expected 7 tarballs in ${dir}, found ${tarballs.length}`)
  failed++
}
for (const t of tarballs) {
  const path = `${dir}/${t}`
  const files = execFileSync("tar", ["-tzf", path], { encoding: "utf8" }).split("\n")
  const pkg = JSON.parse(execFileSync("tar", ["-xzOf", path, "package/package.json"], { encoding: "utf8" }))
  const problems = []
  for (const f of FIELDS) if (pkg[f] === undefined) problems.push(`missing field ${f}`)
  if (pkg.repository && !pkg.repository.directory) problems.push("repository has no directory")
  for (const kind of ["dependencies", "peerDependencies", "optionalDependencies"])
    for (const [n, r] of Object.entries(pkg[kind] ?? {}))
      if (String(r).startsWith("workspace:")) problems.push(`${kind}.${n} is ${r}`)
  if (pkg.dependencies?.effect) problems.push("effect is a dependency (must be a peer dependency)")
  if (!pkg.peerDependencies?.effect) problems.push("effect is not a peer dependency")
  for (const f of ["package/README.md", "package/LICENSE"])
    if (!files.includes(f)) problems.push(`tarball lacks ${f.slice(8)}`)
  if (files.some((f) => /\.test\.(js|d\.ts)$/.test(f))) problems.push("tarball holds test files")
  if (problems.length) failed++
  console.log(
    `${problems.length ? "FAIL" : "ok  "} ${t}: ${files.filter(Boolean).length} files${problems.length ? `: ${problems.join("; ")}` : ", manifest complete, no workspace: ranges"}`
  )
}
process.exit(failed ? 1 : 0)
