import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

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

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "conformance/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000
  }
})
