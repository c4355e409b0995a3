// Setup of mutation runs only (scripts/vitest.mutation.config.ts; CI never loads it): JUKI_NUMRUNS=50 caps the runs
// of every fast-check property at 50, so a mutant covered by a 2,000-run property is not tested for minutes. The
// properties still run, with fewer cases: a score measured with a cap is a lower bound of the uncapped one.
import { vi } from "vitest"

const cap = Number(process.env["JUKI_NUMRUNS"] ?? "")

if (Number.isInteger(cap) && cap > 0) {
  vi.mock("fast-check", async (importOriginal) => {
    const fc = await importOriginal<typeof import("fast-check")>()
    const capped = <P>(params: P): P => {
      const p = (params ?? {}) as { numRuns?: number }
      return { ...p, numRuns: Math.min(p.numRuns ?? 100, cap) } as P
    }
    const assert: typeof fc.assert = ((property: never, params?: never) =>
      fc.assert(property, capped(params))) as typeof fc.assert
    const check: typeof fc.check = ((property: never, params?: never) =>
      fc.check(property, capped(params))) as typeof fc.check
    return { ...fc, assert, check, default: { ...fc.default, assert, check } }
  })
}
