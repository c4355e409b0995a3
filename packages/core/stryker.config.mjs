// `pnpm mutation core`: mutation testing of @juki/core (see docs/quality.md). Logic modules only: the
// generated tables (JIS X 0208, 全国地方公共団体コード) are data written by scripts/gen-*.mjs.
// Narrow a run by folder: JUKI_MUTATE=wareki,registry-date JUKI_TESTS=wareki,registry-date (scripts/stryker-base.mjs).
import { narrowedStrykerConfig } from "../../scripts/stryker-base.mjs"

export default narrowedStrykerConfig({
  pkg: "core",
  src: "packages/core/src",
  mutate: [
    "packages/core/src/**/*.ts",
    "!packages/core/src/**/*.test.ts",
    "!packages/core/src/**/test-utils/**",
    "!packages/core/src/**/arbitraries.ts",
    "!packages/core/src/text/jisx0208-table.ts",
    "!packages/core/src/local-government-code/table.ts"
  ]
})
