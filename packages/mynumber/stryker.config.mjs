// `pnpm mutation mynumber`: mutation testing of @juki/mynumber (see docs/quality.md).
import { strykerConfig } from "../../scripts/stryker-base.mjs"

export default strykerConfig({
  pkg: "mynumber",
  mutate: [
    "packages/mynumber/src/**/*.ts",
    "!packages/mynumber/src/**/*.test.ts",
    "!packages/mynumber/src/**/test-utils/**",
    "!packages/mynumber/src/**/arbitraries.ts"
  ]
})
