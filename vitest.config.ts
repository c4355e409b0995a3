import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { defineConfig, type Plugin } from "vitest/config"
import { blocksOf, toModule } from "./scripts/doctest/extract.js"

// Resolve every workspace package `@juki/<name>` (and its subpaths) to its sources, so tests need no build.
const repo = fileURLToPath(new URL("./", import.meta.url))
const dirs = [...readdirSync(`${repo}packages`).map((d) => `${repo}packages/${d}/`), `${repo}conformance/`]
const alias = dirs.flatMap((dir) => {
  const { name } = JSON.parse(readFileSync(`${dir}package.json`, "utf8")) as { name: string }
  const esc = name.replace(/[/]/g, "\\/")
  return [
    { find: new RegExp(`^${esc}$`), replacement: `${dir}src/index.ts` },
    { find: new RegExp(`^${esc}/arbitraries$`), replacement: `${dir}src/arbitraries.ts` },
    { find: new RegExp(`^${esc}/(.*)$`), replacement: `${dir}src/$1/index.ts` }
  ]
})

// Doc examples that run (test/doctest.test.ts): `virtual:doctest:<file>:<n>` is the n-th ```ts block of the JSDoc
// of <file>, as a module whose default export runs it with its `// =>` comments as assertions.
const doctest: Plugin = {
  name: "juki-doctest",
  resolveId: (id) => (id.startsWith("virtual:doctest:") ? `\0${id}` : undefined),
  load: (id) => {
    if (!id.startsWith("\0virtual:doctest:")) return undefined
    const [file, n] = id.slice("\0virtual:doctest:".length).split(":") as [string, string]
    const block = blocksOf(repo, `${repo}${file}`)[Number(n)]
    if (!block) throw new Error(`no example ${n} in ${file}`)
    return toModule(block, `${repo}scripts/doctest/runtime.ts`)
  }
}

export default defineConfig({
  plugins: [doctest],
  resolve: { alias },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "conformance/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts"
    ],
    testTimeout: 120_000,
    hookTimeout: 60_000
  }
})
