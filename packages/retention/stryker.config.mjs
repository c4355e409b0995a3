// `pnpm mutation retention`: mutation testing of @juki/retention (see docs/quality.md).
// Narrow a run by folder: JUKI_MUTATE=evaluate JUKI_TESTS=evaluate (scripts/stryker-base.mjs).
import { narrowedStrykerConfig } from "../../scripts/stryker-base.mjs"

export default narrowedStrykerConfig({
  pkg: "retention",
  src: "packages/retention/src",
  mutate: [
    "packages/retention/src/**/*.ts",
    "!packages/retention/src/**/*.test.ts",
    "!packages/retention/src/**/test-utils/**",
    "!packages/retention/src/**/arbitraries.ts"
  ]
})
