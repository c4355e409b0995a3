// Runs a conformance vector file (conformance/vectors/mynumber/*.json) straight against an identifier module,
// independently of the reference runner in @juki/conformance, and also checks that isValid agrees with validate.
// Test-only helper: excluded from the build by packages/mynumber/tsconfig.json.
import { readFileSync } from "node:fs"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type { JukiError, RuleDefinition } from "@juki/core"
import type { VectorFile } from "@juki/conformance/vector-file"

type IdentifierVectorFile = VectorFile<{ readonly input: unknown; readonly options?: object }>

interface Subject {
  readonly validate: (input: unknown, options?: never) => Result.Result<string, JukiError>
  readonly isValid: (input: unknown) => boolean
  readonly rules: ReadonlyArray<RuleDefinition>
}

const RULE_ID = /^[a-z0-9]+(\.[a-z0-9-]+)+$/

/** Reads `conformance/vectors/mynumber/<name>.json` from the repository root. */
export const loadVectors = (name: string): IdentifierVectorFile =>
  JSON.parse(
    readFileSync(new URL(`../../../../conformance/vectors/mynumber/${name}.json`, import.meta.url), "utf8")
  ) as IdentifierVectorFile

/** Declares the tests that run every case of a vector file and check its shape. */
export const runVectorFile = (name: string, subject: Subject): void => {
  const file = loadVectors(name)

  describe(`conformance/vectors/mynumber/${name}.json`, () => {
    it("has the shape of conformance/schema/vector-file.schema.json", () => {
      expect(Object.keys(file).sort()).toEqual(["cases", "description", "kind", "rules", "subject"])
      expect([...(file.rules ?? [])].sort()).toEqual(subject.rules.map((r) => r.id).sort())
      expect(file.subject).toBe(name)
      expect(file.kind).toBe("identifier")
      expect(file.cases.length).toBeGreaterThan(0)
      for (const c of file.cases) {
        for (const k of Object.keys(c)) {
          expect(["description", "basis", "given", "when", "expect", "optional", "comment", "rules"]).toContain(k)
        }
        expect(c.description.length).toBeGreaterThan(0)
        expect(c.basis.length).toBeGreaterThan(0)
        expect(c.given).toBeNull()
        expect("input" in c.when).toBe(true)
        for (const r of c.rules ?? []) expect(r).toMatch(RULE_ID)
        if (!c.expect.accepted) {
          expect(c.expect.errors.length).toBeGreaterThan(0)
          for (const e of c.expect.errors) {
            expect(e.rule).toMatch(RULE_ID)
            expect(["error", "alert"]).toContain(e.severity)
          }
        }
      }
    })

    it("has at least 2 accepting and 2 rejecting cases for every rule of the module", () => {
      for (const rule of subject.rules) {
        const rejecting = file.cases.filter(
          (c) => !c.expect.accepted && c.expect.errors.some((e) => e.rule === rule.id)
        )
        const accepting = file.cases.filter((c) => c.expect.accepted && (c.rules ?? file.rules ?? []).includes(rule.id))
        expect(rejecting.length, rule.id).toBeGreaterThanOrEqual(2)
        expect(accepting.length, rule.id).toBeGreaterThanOrEqual(2)
      }
    })

    for (const c of file.cases) {
      it(`${c.basis.join("; ")}: ${c.description}`, () => {
        const r = subject.validate(c.when.input)
        expect(subject.isValid(c.when.input)).toBe(c.expect.accepted)
        if (c.expect.accepted) {
          expect(Result.isSuccess(r)).toBe(true)
          if (Result.isSuccess(r) && "value" in c.expect) expect(r.success).toBe(c.expect.value)
        } else {
          expect(Result.isFailure(r)).toBe(true)
          if (Result.isFailure(r)) {
            // validate reports the first problem, so every case lists exactly one error
            expect(c.expect.errors).toHaveLength(1)
            expect({ rule: r.failure.code, severity: r.failure.severity }).toEqual(c.expect.errors[0])
          }
        }
      })
    }
  })
}
