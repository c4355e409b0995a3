// `pnpm mutation retention`: mutation testing of @juki/retention (see docs/quality.md).
import { strykerConfig } from "../../scripts/stryker-base.mjs"

export default strykerConfig({
  pkg: "retention",
  mutate: [
    "packages/retention/src/**/*.ts",
    "!packages/retention/src/**/*.test.ts",
    "!packages/retention/src/**/test-utils/**",
    "!packages/retention/src/**/arbitraries.ts"
  ]
})
