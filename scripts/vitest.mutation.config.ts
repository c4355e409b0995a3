// Vitest config for StrykerJS (`pnpm mutation`): the root config, with test files found relative to the package
// directory that scripts/stryker-base.mjs passes as `vitest.dir`.
import { defineConfig, mergeConfig } from "vitest/config"
import root from "../vitest.config.js"

export default mergeConfig(
  root,
  defineConfig({
    // isolate: false keeps modules loaded between the runs of one mutant and the next (instrumented once,
    // mutants switched at run time), which makes a run several times faster on 2 cores.
    test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], isolate: false }
  })
)
