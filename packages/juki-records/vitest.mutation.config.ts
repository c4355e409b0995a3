// Vitest config for `pnpm mutation records` (packages/juki-records/stryker.config.mjs): the shared mutation config,
// optionally narrowed by JUKI_TESTS=deadline,rules to the tests in those folders of src/. A whole-suite run covers
// the hot modules (deadline, the rules) with ~600 tests each, property tests among them, and tests about 8 mutants a
// minute on 2 loaded cores; a score measured with a folder's own tests is a lower bound of the whole suite's.
import type { TestSpecification } from "vitest/node"
import { BaseSequencer } from "vitest/node"
import shared from "../../scripts/vitest.mutation.config.js"

const only = (process.env["JUKI_TESTS"] ?? "").split(",").filter((s) => s !== "")

// Every event runs every rule, so each rule mutant is covered by every example and by rules/violations.test.ts,
// whose tests read the violations of all examples (~7 s together). Vitest's default order runs the longest file
// first; a mutant stops at its first failing test (bail), so the short, specific files run first and the
// whole-catalogue ones last: a killed mutant seldom waits for them. Which tests run is unchanged.
const rank = (f: TestSpecification): number =>
  /violations\.test\.ts$/.test(f.moduleId) ? 2 : /examples\.test\.ts$/.test(f.moduleId) ? 1 : 0

class ShortFirst extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : 1))
  }
}

const sequence = { ...shared.test?.sequence, sequencer: ShortFirst }

export default only.length === 0
  ? { ...shared, test: { ...shared.test, sequence } }
  : { ...shared, test: { ...shared.test, sequence, include: only.map((d) => `src/${d}/**/*.test.ts`) } }
