// Measures what a vendor's bundle costs: small programs that use one verb of one identifier are bundled
// with esbuild exactly as `esbuild entry.js --bundle --minify --format=esm` does, against the built
// packages (run `pnpm build` first) and the workspace's effect. Writes the figures into the
// "Bundle size" section of docs/benchmarks.md (between the bundle-size markers; the rest of the page
// belongs to scripts/gen-benchmarks-doc.mjs) and fails when a case with a limit is over it.
// Run: node scripts/bundle-size.mjs [--check]   (--check: measure and enforce, do not write the page)
import { build } from "esbuild"
import { readFileSync, writeFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../", import.meta.url))
const KB = 1024
const cases = [
  {
    name: "only `MyNumber.isValid`",
    code: `import * as MyNumber from "@juki/mynumber/my-number"\nconsole.log(MyNumber.isValid(process.argv[2]))`,
    limit: 15 * KB
  },
  {
    name: "only `LocalGovernmentCode.isValid`",
    code: `import * as LocalGovernmentCode from "@juki/core/local-government-code"\nconsole.log(LocalGovernmentCode.isValid(process.argv[2]))`,
    limit: 15 * KB
  },
  {
    name: "only `MyNumber.validate`",
    code: `import * as MyNumber from "@juki/mynumber/my-number"\nconsole.log(MyNumber.validate(process.argv[2]))`,
    limit: 60 * KB
  },
  {
    name: "`LocalGovernmentCode.lookup` (brings the name table)",
    code: `import * as LocalGovernmentCode from "@juki/core/local-government-code"\nconsole.log(LocalGovernmentCode.lookup(process.argv[2]))`
  },
  {
    name: "`MyNumber.Schema` in a `Schema.Struct` (brings effect/Schema)",
    code: `import * as MyNumber from "@juki/mynumber/my-number"\nimport { Schema } from "effect"\nconsole.log(Schema.decodeUnknownSync(Schema.Struct({ myNumber: MyNumber.Schema }))({ myNumber: process.argv[2] }))`
  },
  {
    name: "`MyNumber.isValid` through the main entry `@juki/mynumber`",
    code: `import { MyNumber } from "@juki/mynumber"\nconsole.log(MyNumber.isValid(process.argv[2]))`
  }
]

const measure = async (c) => {
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent"
  })
  const bytes = result.outputFiles[0].contents
  return { ...c, bytes: bytes.length, gzip: gzipSync(bytes).length }
}

const rows = []
for (const c of cases) rows.push(await measure(c))

const kb = (n) => `${(n / KB).toFixed(1)} KB`
const table = [
  "| program | minified | gzip | limit | result |",
  "|---|---:|---:|---:|---|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${r.limit ? kb(r.limit) : "—"} | ${r.limit ? (r.bytes <= r.limit ? "pass" : "OVER") : "—"} |`
  )
]
for (const r of rows)
  console.log(
    `${r.limit && r.bytes > r.limit ? "OVER" : "ok  "} ${kb(r.bytes).padStart(9)} ${kb(r.gzip).padStart(9)} gzip  ${r.name}`
  )

const START = "<!-- bundle-size:start -->"
const END = "<!-- bundle-size:end -->"
const section = [
  START,
  "## Bundle size",
  "",
  "Measured by `node scripts/bundle-size.mjs` (CI runs it after the build): each program is bundled with esbuild",
  "(`--bundle --minify --format=esm`) against the built packages and effect " +
    JSON.parse(readFileSync(`${root}node_modules/effect/package.json`, "utf8")).version +
    ". The identifier programs import the identifier's own entry",
  "(`@juki/mynumber/my-number`, `@juki/core/local-government-code` …): esbuild keeps every export of a namespace",
  're-exported from a main entry (`import { MyNumber } from "@juki/mynumber"`), so the main entry brings',
  "effect/Schema along (last row). Sizes do not depend on the machine.",
  "",
  ...table,
  "",
  END
].join("\n")

if (!process.argv.includes("--check")) {
  const path = `${root}docs/benchmarks.md`
  const page = readFileSync(path, "utf8")
  const at = page.indexOf(START)
  const end = page.indexOf(END)
  const next =
    at >= 0 && end > at
      ? page.slice(0, at) + section + page.slice(end + END.length)
      : `${page.replace(/\n*$/, "\n")}\n${section}\n`
  if (next !== page) writeFileSync(path, next)
  console.log("docs/benchmarks.md: bundle-size section written")
}
const over = rows.filter((r) => r.limit && r.bytes > r.limit)
process.exit(over.length ? 1 : 0)
