// Shared StrykerJS settings for `pnpm mutation <package>`: each packages/<pkg>/stryker.config.mjs names its
// logic modules (`mutate`) and the tests that run against them (`vitest.dir`). Run from the repository root:
// vitest resolves @juki/* to sources through the root vitest.config.ts, so no build is needed.
/**
 * @param {{ pkg: string, mutate: string[], testDir?: string }} o
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export const strykerConfig = ({ pkg, mutate, testDir }) => ({
  packageManager: "pnpm",
  // With pnpm the plugin is not found by the default @stryker-mutator/* glob: name it.
  plugins: ["@stryker-mutator/vitest-runner"],
  testRunner: "vitest",
  // related: the tests reach the sources through the @juki/* alias, which vitest's related-file search misses.
  vitest: { configFile: "scripts/vitest.mutation.config.ts", dir: testDir ?? `packages/${pkg}`, related: false },
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants, rule tables) would rerun every test for each mutant.
  ignoreStatic: true,
  // Only the mutated sources get `// @ts-nocheck`: the default also rewrites examples/*.mjs, which READMEs embed verbatim.
  disableTypeChecks: "packages/*/src/**/*.ts",
  mutate,
  ignorePatterns: ["dist", "docs/api", "bench/out", ".ci-audit", "juki-demo", "juki-audit", "reports", "coverage"],
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: `reports/mutation/${pkg}.json` },
  htmlReporter: { fileName: `reports/mutation/${pkg}.html` },
  tempDirName: `.stryker-tmp/${pkg}`,
  cleanTempDir: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  thresholds: { high: 95, low: 88, break: null }
})

/**
 * Narrows a package config by folder, as the records config does: `JUKI_MUTATE=wareki,text/kana` mutates only those
 * folders or files (without ".ts") of `src`, keeping the exclusions (`!…`) of `mutate`; `JUKI_TESTS=wareki` runs only
 * the tests of those folders (read by scripts/vitest.mutation.config.ts). A narrowed run keeps its own report and
 * incremental file (`reports/mutation/<pkg>-<folders>.*`); every run is incremental, so a rerun after a change tests
 * only the mutants whose code or covering tests changed.
 * @param {{ pkg: string, src: string, mutate: string[], testDir?: string }} o
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export const narrowedStrykerConfig = ({ pkg, src, mutate, testDir }) => {
  const only = (process.env.JUKI_MUTATE ?? "").split(",").filter((s) => s !== "")
  const files =
    only.length === 0
      ? mutate
      : [...only.flatMap((d) => [`${src}/${d}/**/*.ts`, `${src}/${d}.ts`]), ...mutate.filter((m) => m.startsWith("!"))]
  const tag = only.length === 0 ? pkg : `${pkg}-${only.join("+").replace(/\//g, "-")}`
  return {
    ...strykerConfig({ pkg, mutate: files, ...(testDir === undefined ? {} : { testDir }) }),
    jsonReporter: { fileName: `reports/mutation/${tag}.json` },
    htmlReporter: { fileName: `reports/mutation/${tag}.html` },
    incremental: true,
    incrementalFile: `reports/mutation/${tag}-incremental.json`,
    dryRunTimeoutMinutes: 30
  }
}
