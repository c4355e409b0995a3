// `pnpm mutation records`: mutation testing of @juki/records (see docs/quality.md, section "@juki/records").
// Logic modules only: no tests, examples (rules/*.examples.ts), test-utils, arbitraries, docs generators
// (src/docs) or conformance glue (src/conformance).
// The package is large for 2 cores: JUKI_MUTATE=rules,apply narrows the run to those folders of src/
// (a file without ".ts": JUKI_MUTATE=basis or rules/internal/helpers), JUKI_TESTS=rules to the tests of those
// folders. Incremental mode keeps earlier results in reports/mutation/<tag>-incremental.json (not committed), so
// a rerun tests only the mutants of changed code or tests.
import { strykerConfig } from "../../scripts/stryker-base.mjs"

const src = "packages/juki-records/src"
const only = (process.env.JUKI_MUTATE ?? "").split(",").filter((s) => s !== "")
const base = strykerConfig({
  pkg: "records",
  testDir: "packages/juki-records",
  mutate: [
    ...(only.length === 0 ? [`${src}/**/*.ts`] : only.flatMap((d) => [`${src}/${d}/**/*.ts`, `${src}/${d}.ts`])),
    `!${src}/**/*.test.ts`,
    `!${src}/**/*.examples.ts`,
    `!${src}/test-utils/**`,
    `!${src}/**/arbitraries.ts`,
    `!${src}/docs/**`,
    `!${src}/conformance/**`
  ]
})

// A narrowed run keeps its own report and incremental file, named after its folders.
const tag = only.length === 0 ? "records" : `records-${only.join("+").replace(/\//g, "-")}`

export default {
  ...base,
  jsonReporter: { fileName: `reports/mutation/${tag}.json` },
  htmlReporter: { fileName: `reports/mutation/${tag}.html` },
  // JUKI_TESTS=deadline,rules runs only the tests in those folders of src/ (see vitest.mutation.config.ts here).
  vitest: { ...base.vitest, configFile: "packages/juki-records/vitest.mutation.config.ts" },
  // vitest does not type-check, and the default (a `// @ts-nocheck` line in every src/lib/test file of the sandbox)
  // also lands in examples/quick-start.mjs, which the README test compares with the README verbatim.
  disableTypeChecks: false,
  // The initial run of the whole records suite with per-test coverage takes 5+ minutes on 2 loaded cores.
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: `reports/mutation/${tag}-incremental.json`,
  // One mutant seldom needs more than a few seconds of its covering tests; one that runs far longer has made a
  // loop endless.
  timeoutMS: 30_000
}
