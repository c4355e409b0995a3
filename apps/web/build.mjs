// Builds apps/web/dist/juki.html: one self-contained HTML file (inlined JS, CSS, worker and conformance
// vectors) that works from file:// with no network. Usage: node apps/web/build.mjs [--no-minify]
//
// - Sources are bundled from the workspace packages' TypeScript (root tsconfig `paths`), so the page runs
//   exactly the code the CLI runs.
// - The streaming validator runs in a Web Worker created from a Blob of its own inlined bundle.
// - Node built-ins (only reachable from code paths the page never calls, e.g. loading vector files from
//   disk) are replaced by an empty module.
// - The Content-Security-Policy allows the two inline scripts by their SHA-256 hashes only (no
//   'unsafe-inline' for scripts), workers only from blob:, and no connection of any kind.
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import standaloneCode from "ajv/dist/standalone/index.js"
import * as esbuild from "esbuild"

const here = fileURLToPath(new URL(".", import.meta.url))
const repo = join(here, "../..")
const minify = !process.argv.includes("--no-minify")
const out = join(here, "dist/juki.html")

/** The built-in conformance vectors, with the paths `juki audit` prints when run from the repository root. */
const vectors = (dir) => {
  const walk = (p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .flatMap((f) => walk(join(p, f)))
      : p.endsWith(".json")
        ? [p]
        : []
  return walk(join(repo, dir)).map((p) => {
    const bytes = readFileSync(p)
    return {
      path: relative(repo, p),
      data: JSON.parse(bytes.toString("utf8")),
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length
    }
  })
}

/**
 * The vector-file JSON Schema compiled ahead of time (Ajv standalone code, the options `juki audit` uses): the page
 * checks loaded vector files without `eval`, which its CSP forbids.
 */
const vectorSchemaModule = () => {
  const schema = JSON.parse(readFileSync(join(repo, "conformance/schema/vector-file.schema.json"), "utf8"))
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true } })
  return (standaloneCode.default ?? standaloneCode)(ajv, ajv.compile(schema))
}

const nodeStub = {
  name: "node-stub",
  setup(build) {
    build.onResolve({ filter: /^node:|^(fs|path|url|os|stream|child_process|crypto)$/ }, (a) => ({
      path: a.path,
      namespace: "node-stub"
    }))
    build.onLoad({ filter: /.*/, namespace: "node-stub" }, () => ({ contents: "module.exports = {}", loader: "js" }))
    build.onResolve({ filter: /^virtual:vectors$/ }, () => ({ path: "vectors", namespace: "virtual" }))
    build.onResolve({ filter: /^virtual:vector-schema$/ }, () => ({ path: "vector-schema", namespace: "virtual" }))
    build.onLoad({ filter: /.*/, namespace: "virtual" }, (a) =>
      a.path === "vector-schema"
        ? { contents: vectorSchemaModule(), loader: "js", resolveDir: repo }
        : {
            contents: `export default ${JSON.stringify({ required: vectors("conformance/vectors"), optional: vectors("conformance/optional") })}`,
            loader: "js"
          }
    )
  }
}

// The versions `juki audit` prints: the CLI's package version and the runner's.
const version = (dir) => JSON.parse(readFileSync(join(repo, dir, "package.json"), "utf8")).version ?? "unknown"
const versions = { juki: version("packages/cli"), runner: `@juki/conformance ${version("conformance")}` }

const common = {
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: ["chrome110", "firefox115", "safari16"],
  tsconfig: join(repo, "tsconfig.json"),
  minify,
  legalComments: "none",
  charset: "utf8",
  define: {
    "import.meta.url": '"file:///juki/"',
    "process.env.NODE_ENV": '"production"',
    __JUKI_VERSIONS__: JSON.stringify(versions)
  },
  plugins: [nodeStub],
  logLevel: "warning"
}

const worker = await esbuild.build({ ...common, entryPoints: [join(here, "src/worker.ts")] })
const workerJs = worker.outputFiles[0].text
const app = await esbuild.build({
  ...common,
  entryPoints: [join(here, "src/main.ts")],
  define: { ...common.define, __JUKI_WORKER_SOURCE__: JSON.stringify(workerJs) }
})
// `</script` inside the bundle would end the element early; escape it (JS strings read the same).
const appJs = app.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1")
const css = readFileSync(join(here, "src/style.css"), "utf8")
const sha = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`

const csp = [
  "default-src 'none'",
  "connect-src 'none'",
  `script-src ${sha(appJs)}`,
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'"
].join("; ")

const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>juki — 住民記録ファイルの検証（オフライン）</title>
<style>${css}</style>
</head>
<body>
<noscript>このページは JavaScript を使います。/ This page needs JavaScript.</noscript>
<div id="app"></div>
<script>${appJs}</script>
</body>
</html>
`
mkdirSync(join(here, "dist"), { recursive: true })
writeFileSync(out, html)
console.log(
  `wrote ${relative(process.cwd(), out)} (${(html.length / 1024).toFixed(0)} KiB; worker ${(workerJs.length / 1024).toFixed(0)} KiB)`
)
