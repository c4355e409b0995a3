// Runs the `function`-kind conformance vector files of the wareki and registry-date modules straight against a
// module namespace (independently of the reference runner in @juki/conformance), and checks that every rule of
// the module has at least 2 accepting and 2 rejecting cases in the required file.
// Test-only helper: excluded from the build by packages/core/tsconfig.json (src/**/test-utils/**).
import { readFileSync } from "node:fs"
import { Result } from "effect"
import type { VectorFile } from "@juki/conformance/vector-file"
import { describe, expect, it } from "vitest"
import { isJukiError, type RuleDefinition } from "../../errors/index.js"

type File = VectorFile<{ readonly function: string; readonly args: ReadonlyArray<unknown> }>

const load = (path: string): File =>
  JSON.parse(readFileSync(new URL(`../../../../../conformance/${path}`, import.meta.url), "utf8")) as File

const outcome = (out: unknown): { accepted: boolean; value?: unknown; rules: ReadonlyArray<string> } => {
  if (typeof out === "object" && out !== null && Result.isResult(out)) {
    const r = out as Result.Result<unknown, unknown>
    if (Result.isSuccess(r)) return { accepted: true, value: JSON.parse(JSON.stringify(r.success)), rules: [] }
    return { accepted: false, rules: [isJukiError(r.failure) ? r.failure.code : "unknown"] }
  }
  return { accepted: true, value: out === undefined ? undefined : JSON.parse(JSON.stringify(out)), rules: [] }
}

/** Declares tests running `conformance/<path>` against `ns`. */
export const runVectors = (
  path: string,
  ns: Readonly<Record<string, unknown>>,
  moduleRules: ReadonlyArray<RuleDefinition> | undefined
): void => {
  const file = load(path)
  describe(`conformance/${path}`, () => {
    it("has the expected shape (function kind, subject, basis on every case, optional flag matches the folder)", () => {
      expect(file.kind).toBe("function")
      expect(file.cases.length).toBeGreaterThan(0)
      const optionalDir = path.startsWith("optional/")
      for (const c of file.cases) {
        expect(c.basis.length).toBeGreaterThan(0)
        expect(c.given).toBeNull()
        expect(typeof ns[c.when.function]).toBe("function")
        expect(Boolean(c.optional ?? file.optional ?? false)).toBe(optionalDir)
      }
    })

    if (moduleRules) {
      it("has at least 2 accepting and 2 rejecting cases for every rule of the module", () => {
        for (const rule of moduleRules) {
          const rejecting = file.cases.filter(
            (c) => !c.expect.accepted && c.expect.errors.some((e) => e.rule === rule.id)
          )
          const accepting = file.cases.filter(
            (c) => c.expect.accepted && (c.rules ?? file.rules ?? []).includes(rule.id)
          )
          expect(rejecting.length, rule.id).toBeGreaterThanOrEqual(2)
          expect(accepting.length, rule.id).toBeGreaterThanOrEqual(2)
        }
      })
    }

    for (const c of file.cases) {
      it(`${c.basis.join("; ")}: ${c.description}`, () => {
        const fn = ns[c.when.function] as (...args: ReadonlyArray<unknown>) => unknown
        const got = outcome(fn(...c.when.args))
        expect(got.accepted).toBe(c.expect.accepted)
        if (c.expect.accepted) {
          if ("value" in c.expect) expect(got.value).toEqual(c.expect.value)
        } else {
          expect(got.rules).toEqual(c.expect.errors.map((e) => e.rule))
          for (const e of c.expect.errors) expect(e.severity).toBe("error")
        }
      })
    }
  })
}
