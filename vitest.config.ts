import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@juki\/core$/, replacement: `${pkg("core")}/index.ts` },
      { find: /^@juki\/core\/(.*)$/, replacement: `${pkg("core")}/$1/index.ts` },
      { find: /^@juki\/mynumber$/, replacement: `${pkg("mynumber")}/index.ts` },
      { find: /^@juki\/mynumber\/(.*)$/, replacement: `${pkg("mynumber")}/$1/index.ts` }
    ]
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "conformance/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
