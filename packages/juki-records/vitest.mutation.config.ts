// Vitest config for `pnpm mutation records` (packages/juki-records/stryker.config.mjs): the shared mutation config,
// optionally narrowed by JUKI_TESTS=deadline,rules to the tests in those folders of src/. A whole-suite run covers
// the hot modules (deadline, the rules) with ~600 tests each, property tests among them, and tests about 8 mutants a
// minute on 2 loaded cores; a score measured with a folder's own tests is a lower bound of the whole suite's.
import shared from "../../scripts/vitest.mutation.config.js"

const only = (process.env["JUKI_TESTS"] ?? "").split(",").filter((s) => s !== "")

export default only.length === 0
  ? shared
  : { ...shared, test: { ...shared.test, include: only.map((d) => `src/${d}/**/*.test.ts`) } }
