import fc from "fast-check"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import * as A from "./index.js"
import * as Arb from "./arbitraries.js"

// Independent second implementation of M11W2-7 (住民記録システム標準仕様書 1.1.13): reverse the serial, pair it
// with the weight sequence 2,3,4,5,6,7,2,3,…, and apply "11 − remainder, remainder 0 → 0"; remainder 1 per option.
const WEIGHT_CYCLE = [2, 3, 4, 5, 6, 7]
const referenceCheckDigit = (serial: string, remainderOne: "zero" | "reject" = "zero"): number | undefined => {
  const reversed = serial.split("").reverse()
  const sum = reversed.reduce((acc, d, i) => acc + Number(d) * WEIGHT_CYCLE[i % 6]!, 0)
  const remainder = sum % 11
  if (remainder === 0) return 0
  if (remainder === 1) return remainderOne === "zero" ? 0 : undefined
  return 11 - remainder
}
const referenceIsValid = (s: string, length: number, remainderOne: "zero" | "reject" = "zero"): boolean =>
  s.length === length && /^[0-9]+$/.test(s) && referenceCheckDigit(s.slice(0, -1), remainderOne) === Number(s.at(-1))

const digitString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), minLength: min, maxLength: max })

describe("AtenaNumber check digit (標準仕様書 1.1.13 M11W2-7)", () => {
  it("checkDigit agrees with the independent implementation for serials of 1–15 digits, both conventions", () => {
    fc.assert(
      fc.property(digitString(1, 15), fc.constantFrom<A.RemainderOne>("zero", "reject"), (serial, r1) => {
        expect(A.checkDigit(serial, r1)).toBe(referenceCheckDigit(serial, r1))
      }),
      { numRuns: 1000 }
    )
  })

  it("1.1.13: weights 2–7 cycle from the right (worked example 1234 → 30 mod 11 = 8 → 3)", () => {
    expect(A.checkDigit("1234")).toBe(3)
    // The 7th digit from the right has weight 2 again: 1000000 → 1·2 = 2 → 9; 100000 (6th) → 1·7 = 7 → 4.
    expect(A.checkDigit("1000000")).toBe(9)
    expect(A.checkDigit("100000")).toBe(4)
    // Leading zeros do not change the sum.
    expect(A.checkDigit("0001234")).toBe(3)
  })

  it("1.1.13: remainder 0 gives check digit 0 (12345678901234 sums to a multiple of 11)", () => {
    expect(A.checkDigit("12345678901234")).toBe(0)
    expect(A.isValid("123456789012340")).toBe(true)
    expect(A.isValid("123456789012341")).toBe(false)
  })

  it("UNVERIFIED remainder 1: 0 by default, no valid check digit with remainderOne reject", () => {
    expect(A.checkDigit("6")).toBe(0) // 6·2 = 12, r = 1
    expect(A.checkDigit("6", "reject")).toBeUndefined()
    expect(A.isValid("60", { length: 2 })).toBe(true)
    expect(A.isValid("60", { length: 2, remainderOne: "reject" })).toBe(false)
    fc.assert(
      fc.property(Arb.remainderOne, (s) => {
        expect(A.isValid(s)).toBe(true)
        expect(A.isValid(s, { remainderOne: "reject" })).toBe(false)
        for (let d = 1; d <= 9; d++) expect(A.isValid(`${s.slice(0, -1)}${d}`)).toBe(false)
      }),
      { numRuns: 30 }
    )
    expect(A.Checksum.basis.some((b) => !b.verified)).toBe(true)
  })

  it("checkDigit returns undefined for what is not 1–15 ASCII digits", () => {
    for (const bad of ["", "12a", "１２３", "1".repeat(16), 123 as unknown as string])
      expect(A.checkDigit(bad)).toBeUndefined()
  })
})

describe("AtenaNumber validate", () => {
  it("agrees with the independent implementation on arbitrary digit strings and every length 2–16", () => {
    fc.assert(
      fc.property(
        digitString(0, 17),
        fc.integer({ min: 2, max: 16 }),
        fc.constantFrom<A.RemainderOne>("zero", "reject"),
        (s, length, r1) => {
          expect(A.isValid(s, { length, remainderOne: r1 })).toBe(referenceIsValid(s, length, r1))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("accepts valid and validSized arbitraries, rejects invalid ones", () => {
    fc.assert(
      fc.property(Arb.valid, (s) => {
        expect(A.isValid(s)).toBe(true)
        expect(referenceIsValid(s, 15)).toBe(true)
      })
    )
    fc.assert(
      fc.property(Arb.validSized, ({ value, length }) => {
        expect(A.isValid(value, { length })).toBe(true)
        expect(A.isValid(value, { length: "any" })).toBe(true)
      })
    )
    fc.assert(
      fc.property(Arb.invalid, (s) => {
        const r = A.validate(s)
        expect(Result.isFailure(r)).toBe(true)
        expect(referenceIsValid(A.compact(s), 15)).toBe(false)
      })
    )
  })

  it("every wrong check digit is core.atena-number.checksum; checksum none accepts it (legacy numbers)", () => {
    fc.assert(
      fc.property(Arb.wrongCheckDigit, (s) => {
        const r = A.validate(s)
        expect(Result.isFailure(r) && r.failure.code).toBe("core.atena-number.checksum")
        expect(A.isValid(s, { checksum: "none" })).toBe(true)
      })
    )
  })

  it("juki default length is 15 (UNVERIFIED); other lengths are options; out-of-range lengths reject everything", () => {
    expect(A.DEFAULT_LENGTH).toBe(15)
    expect(A.defaults).toEqual({ length: 15, remainderOne: "zero", checksum: "m11w27" })
    const r = A.validate("12343")
    expect(Result.isFailure(r) && r.failure.code).toBe("core.atena-number.length")
    expect(Result.isFailure(r) && r.failure.params).toEqual({ expected: "15", length: 5 })
    expect(A.isValid("12343", { length: 5 })).toBe(true)
    expect(A.isValid("78", { length: "any" })).toBe(true)
    expect(A.isValid("7", { length: "any" })).toBe(false)
    for (const length of [1, 17, 2.5, Number.NaN]) expect(A.isValid("78", { length })).toBe(false)
    expect(A.Length.basis.every((b) => !b.verified)).toBe(true)
  })

  it("compacts full-width digits and separators; the Schema is strict with default options", () => {
    expect(A.compact("１２３４５ ６７８９０-１２３４０")).toBe("123456789012340")
    expect(A.isValid("１２３４５ ６７８９０-１２３４０")).toBe(true)
    const decode = S.decodeUnknownOption(A.Schema)
    expect(decode("123456789012340")._tag).toBe("Some")
    expect(decode("12345 6789012340")._tag).toBe("None")
    expect(decode("12343")._tag).toBe("None")
  })

  it("isValid never throws, whatever the input and options", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof A.isValid(u) === "boolean"))
    for (const u of [undefined, null, 123456789012340, {}, [], Symbol("x"), "🙂", "1".repeat(10_000)]) {
      expect(typeof A.isValid(u, { length: "any" })).toBe("boolean")
    }
  })

  it("masks all but the last 4 digits and never leaks the number in errors", () => {
    expect(A.mask("123456789012340")).toBe("***********2340")
    const r = A.validate("123456789012341")
    expect(Result.isFailure(r) && JSON.stringify(r.failure)).not.toContain("12345678901234")
  })
})

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).

describe("AtenaNumber errors and the length option (標準仕様書 1.1.13; length UNVERIFIED)", () => {
  const failure = (s: string, options?: Parameters<typeof A.validate>[1]) => {
    const r = A.validate(s, options)
    if (!Result.isFailure(r)) throw new Error(`expected a failure for ${s.length} characters`)
    return r.failure
  }
  it('length "any" allows 2–16 digits and reports the range "2–16" with the length got', () => {
    expect([
      A.isValid("78", { length: "any" }),
      A.isValid(`${"1".repeat(15)}`, { length: "any", checksum: "none" })
    ]).toEqual([true, true])
    expect(A.isValid("1".repeat(16), { length: "any", checksum: "none" })).toBe(true)
    const long = failure("1".repeat(17), { length: "any" })
    expect([long.code, long.params]).toEqual(["core.atena-number.length", { expected: "2–16", length: 17 }])
    const short = failure("7", { length: "any" })
    expect([short.code, short.preview, short.params]).toEqual([
      "core.atena-number.length",
      "*",
      { expected: "2–16", length: 1 }
    ])
  })
  it("a fixed length outside 2–16 or not an integer rejects even a value of exactly that length", () => {
    expect(failure("7", { length: 1, checksum: "none" }).params).toEqual({ expected: "1", length: 1 })
    expect(failure("1".repeat(17), { length: 17, checksum: "none" }).params).toEqual({ expected: "17", length: 17 })
    expect(failure("12", { length: 2.5, checksum: "none" }).params).toEqual({ expected: "2.5", length: 2 })
    expect(A.isValid("1".repeat(16), { length: 16, checksum: "none" })).toBe(true)
  })
  it("Format and Checksum carry the masked value", () => {
    const f = failure("12345678901234X")
    expect([f.code, f.preview]).toEqual(["core.atena-number.format", "***********234X"])
    const good = `12345678901234${A.checkDigit("12345678901234")}`
    const bad = `${good.slice(0, 14)}${(Number(good[14]) + 1) % 10}`
    const c = failure(bad)
    expect([c.code, c.preview]).toEqual(["core.atena-number.checksum", `***********${bad.slice(11)}`])
  })
})
