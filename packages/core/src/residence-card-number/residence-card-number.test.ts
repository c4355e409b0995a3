import fc from "fast-check"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import * as RC from "./index.js"
import * as Arb from "./arbitraries.js"

// Independent reference: the 2+8+2 layout as a regular expression, applied after a hand-written normalisation
// (NFKC, drop white space and ASCII/full-width hyphens, upper-case).
const LAYOUT = /^[A-Z]{2}[0-9]{8}[A-Z]{2}$/
const referenceNormalise = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\-‐−ー－]/g, "")
    .toUpperCase()

describe("ResidenceCardNumber (入管法 第19条の4)", () => {
  it("出入国在留管理庁 sample AB12345678CD and the identifiers.md §5 valid examples are accepted", () => {
    for (const s of ["AB12345678CD", "XY00000000ZZ", "AA99999999AA", "MK31415926JP"]) {
      const r = RC.validate(s)
      expect(Result.isSuccess(r) && r.success).toBe(s)
    }
  })

  it("identifiers.md §5 invalid examples are rejected with the right rule", () => {
    const code = (s: string) => {
      const r = RC.validate(s)
      return Result.isFailure(r) ? r.failure.code : "ok"
    }
    for (const s of ["AB1234567CD", "AB123456789CD", "A12345678CD", "AB12345678C", "AB12345678CDE", ""]) {
      expect(code(s)).toBe("core.residence-card-number.length")
    }
    expect(code("1B12345678CD")).toBe("core.residence-card-number.format")
    // Accepted after compaction (the strict Schema rejects them).
    for (const s of ["ab12345678cd", "ＡＢ１２３４５６７８ＣＤ", "AB 12345678 CD"]) expect(code(s)).toBe("ok")
    const decode = S.decodeUnknownOption(RC.Schema)
    expect(decode("ab12345678cd")._tag).toBe("None")
    expect(decode("AB12345678CD")._tag).toBe("Some")
  })

  it("agrees with the regular-expression reference on letters, digits and separators", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ABZab0189 -#"), maxLength: 16 }), (s) => {
        expect(RC.isValid(s)).toBe(LAYOUT.test(referenceNormalise(s)))
      }),
      { numRuns: 2000 }
    )
  })

  it("accepts valid and typed arbitraries (canonical value = reference normalisation), rejects invalid ones", () => {
    fc.assert(
      fc.property(Arb.valid, Arb.typed, (v, t) => {
        expect(RC.isValid(v)).toBe(true)
        const r = RC.validate(t)
        expect(Result.isSuccess(r) && r.success).toBe(referenceNormalise(t))
      })
    )
    fc.assert(
      fc.property(Arb.invalid, (s) => {
        expect(RC.isValid(s)).toBe(false)
        expect(LAYOUT.test(referenceNormalise(s))).toBe(false)
      })
    )
  })

  it("has no check digit: no checkDigit export, and any digits are accepted (Microsoft Purview: Checksum: No)", () => {
    expect("checkDigit" in RC).toBe(false)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => RC.isValid(`AB${String(n).padStart(8, "0")}CD`))
    )
  })

  it("isValid never throws; masks keep only the last 4 characters; errors do not leak the number", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof RC.isValid(u) === "boolean"))
    for (const u of [undefined, null, 12, {}, Symbol("s"), "🙂".repeat(12), "A".repeat(10_000)])
      expect(RC.isValid(u)).toBe(false)
    expect(RC.mask("AB12345678CD")).toBe("********78CD")
    const r = RC.validate("QZ9081726XPQ")
    expect(Result.isFailure(r) && JSON.stringify(r.failure)).not.toContain("9081726")
  })
})

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).

describe("ResidenceCardNumber errors carry the masked value and the length (住基法 第30条の45)", () => {
  const failure = (s: string) => {
    const r = RC.validate(s)
    if (!Result.isFailure(r)) throw new Error(`expected a failure for ${s.length} characters`)
    return r.failure
  }
  it("Length: 12 characters expected, the length got and the masked value", () => {
    const e = failure("AB1234567CD")
    expect([e.code, e.preview, e.params]).toEqual([
      "core.residence-card-number.length",
      "*******67CD",
      { expected: 12, length: 11 }
    ])
  })
  it("Format carries the masked value", () => {
    const e = failure("AB1234567CDE")
    expect([e.code, e.preview]).toEqual(["core.residence-card-number.format", "********7CDE"])
  })
  it("isCardLayout is false for any length but 12, even when the first 12 characters fit", async () => {
    const { isCardLayout } = await import("./layout.js")
    expect(isCardLayout("AB12345678CD")).toBe(true)
    for (const s of ["AB12345678CDE", "AB12345678CD1", "AB12345678C", ""]) expect(isCardLayout(s), s).toBe(false)
  })
})
