import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

// Resolve every workspace package `@juki/<name>` (and its subpaths) to its sources, so tests need no build.
const root = fileURLToPath(new URL("./packages/", import.meta.url))
const alias = readdirSync(root).flatMap((dir) => {
  const { name } = JSON.parse(readFileSync(`${root}${dir}/package.json`, "utf8")) as { name: string }
  const esc = name.replace(/[/]/g, "\\/")
  return [
    { find: new RegExp(`^${esc}$`), replacement: `${root}${dir}/src/index.ts` },
    { find: new RegExp(`^${esc}/arbitraries$`), replacement: `${root}${dir}/src/arbitraries.ts` },
    { find: new RegExp(`^${esc}/(.*)$`), replacement: `${root}${dir}/src/$1/index.ts` }
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
