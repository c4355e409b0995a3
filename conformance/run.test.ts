// Runs every conformance vector (required and optional) through the reference runner.
import { describe, expect, it } from "vitest"
import { builtinVectorDirs, compare, loadVectorFiles, runFile, summarise } from "@juki/conformance"

const dirs = builtinVectorDirs()
const files = [...loadVectorFiles(dirs.required), ...loadVectorFiles(dirs.optional)]

describe("conformance runner", () => {
  it("compare detects a wrong expectation (the runner can fail)", () => {
    expect(compare({ accepted: true }, { accepted: false, errors: [{ rule: "a.b", severity: "error" }] })).toMatch(
      /expected acceptance/
    )
    expect(
      compare(
        { accepted: false, errors: [{ rule: "a.b", severity: "error" }] },
        { accepted: false, errors: [{ rule: "a.c", severity: "error" }] }
      )
    ).toMatch(/missing a.b\/error/)
    expect(compare({ accepted: true, value: 1 }, { accepted: true, value: 2, errors: [] })).toMatch(/expected value/)
    expect(
      compare(
        { accepted: false, exhaustive: false, errors: [{ rule: "a.b", severity: "error" }] },
        {
          accepted: false,
          errors: [
            { rule: "a.b", severity: "error" },
            { rule: "a.x", severity: "alert" }
          ]
        }
      )
    ).toBeUndefined()
  })
  for (const file of files) {
    describe(file.path, () => {
      for (const r of runFile(file)) {
        it(`${r.subject}: ${r.description}`, () => {
          expect(r.reason ?? "").toBe("")
          expect(r.passed).toBe(true)
        })
      }
    })
  }
  it("finds the vector files, required and optional", () => {
    expect(loadVectorFiles(dirs.required).length).toBeGreaterThanOrEqual(20)
    expect(loadVectorFiles(dirs.optional).length).toBeGreaterThanOrEqual(5)
  })
  it("summarise counts accepting and rejecting cases per rule", () => {
    const base = {
      file: "f",
      subject: "S",
      kind: "identifier",
      description: "d",
      basis: ["b"],
      actual: undefined
    } as const
    const s = summarise([
      { ...base, optional: false, rules: ["a.b"], expected: { accepted: true }, passed: true },
      {
        ...base,
        optional: true,
        rules: ["a.b", "a.c"],
        expected: { accepted: false, errors: [{ rule: "a.b", severity: "error" }] },
        passed: false
      },
      {
        ...base,
        optional: false,
        rules: ["a.c"],
        expected: { accepted: false, errors: [{ rule: "a.c", severity: "alert" }] },
        passed: true
      }
    ])
    expect(s).toEqual({
      cases: 3,
      passed: 2,
      failed: 1,
      optional: 1,
      perRule: { "a.b": { accepting: 1, rejecting: 1, failed: 1 }, "a.c": { accepting: 0, rejecting: 2, failed: 1 } }
    })
    const all = summarise(files.flatMap((f) => runFile(f)))
    expect(all.cases).toBeGreaterThan(0)
    expect(all.failed).toBe(0)
  })
})
