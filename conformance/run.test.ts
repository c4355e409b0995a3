// Runs every conformance vector (required and optional) through the reference runner.
import { describe, expect, it } from "vitest"
import { builtinVectorDirs, compare, loadVectorFiles, runFile, summarise } from "@juki/conformance"

const dirs = builtinVectorDirs()
const files = [...loadVectorFiles(dirs.required), ...loadVectorFiles(dirs.optional)]

describe("conformance runner", () => {
  it("compare detects a wrong expectation (the runner can fail)", () => {
    expect(compare({ accepted: true }, { accepted: false, errors: [{ rule: "a.b", severity: "error" }] })).toMatch(/expected acceptance/)
    expect(compare({ accepted: false, errors: [{ rule: "a.b", severity: "error" }] }, { accepted: false, errors: [{ rule: "a.c", severity: "error" }] })).toMatch(/missing a.b\/error/)
    expect(compare({ accepted: true, value: 1 }, { accepted: true, value: 2, errors: [] })).toMatch(/expected value/)
    expect(compare({ accepted: false, exhaustive: false, errors: [{ rule: "a.b", severity: "error" }] }, { accepted: false, errors: [{ rule: "a.b", severity: "error" }, { rule: "a.x", severity: "alert" }] })).toBeUndefined()
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
  it("summarise counts accepting and rejecting cases per rule", () => {
    const s = summarise(files.flatMap((f) => runFile(f)))
    expect(s.cases).toBe(s.passed + s.failed)
  })
})
