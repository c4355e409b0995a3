// Vitest config for StrykerJS (`pnpm mutation`): the root config, with test files found relative to the package
// directory that scripts/stryker-base.mjs passes as `vitest.dir`. JUKI_TESTS=wareki,text runs only the tests in
// those folders of the package's src/ (narrowed runs, see narrowedStrykerConfig in scripts/stryker-base.mjs).
import { fileURLToPath } from "node:url"
import { defineConfig, mergeConfig } from "vitest/config"
import root from "../vitest.config.js"

const only = (process.env["JUKI_TESTS"] ?? "").split(",").filter((s) => s !== "")
// JUKI_NUMRUNS=25 caps every fast-check property at 25 runs (scripts/vitest.mutation.setup.ts).
const setupFiles = process.env["JUKI_NUMRUNS"]
  ? [fileURLToPath(new URL("./vitest.mutation.setup.ts", import.meta.url))]
  : []

const shared = mergeConfig(
  root,
  defineConfig({
    // isolate: false keeps modules loaded between the runs of one mutant and the next (instrumented once,
    // mutants switched at run time), which makes a run several times faster on 2 cores.
    // JUKI_MUTATION_RUN=1 tells a test it runs against Stryker's sandbox, where every source file carries an
    // added `// @ts-nocheck`: the checks that compare a committed generated file byte for byte skip there
    // (they still run in `pnpm test` and CI).
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      isolate: false,
      setupFiles,
      env: { JUKI_MUTATION_RUN: "1" }
    }
  })
)

// mergeConfig concatenates arrays: a narrowed run replaces `include` instead.
export default only.length === 0
  ? shared
  : { ...shared, test: { ...shared.test, include: only.map((d) => `src/${d}/**/*.test.ts`) } }
