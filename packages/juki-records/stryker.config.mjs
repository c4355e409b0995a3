// `pnpm mutation records`: mutation testing of @juki/records (see docs/quality.md, section "@juki/records").
// Logic modules only: no tests, examples (rules/*.examples.ts), test-utils, arbitraries, docs generators
// (src/docs) or conformance glue (src/conformance).
// The package is large for 2 cores: JUKI_MUTATE=rules,apply narrows the run to those folders of src/
// (a file at the top of src/ is named without ".ts", e.g. JUKI_MUTATE=basis). Incremental mode keeps the
// results of earlier runs in reports/mutation/records-incremental.json (not committed), so a folder run is
// not repeated for unchanged code and tests.
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

export default {
  ...base,
  // vitest does not type-check, and the default (a `// @ts-nocheck` line in every src/lib/test file of the sandbox)
  // also lands in examples/quick-start.mjs, which the README test compares with the README verbatim.
  disableTypeChecks: false,
  // The initial run of the whole records suite with per-test coverage takes 5+ minutes on 2 loaded cores.
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: "reports/mutation/records-incremental.json",
  // The records suite runs about a minute per mutant-free pass on 2 cores; one mutant seldom needs more than
  // a few seconds of its covering tests, so a mutant that runs far longer has made a loop endless.
  timeoutMS: 30_000
}
