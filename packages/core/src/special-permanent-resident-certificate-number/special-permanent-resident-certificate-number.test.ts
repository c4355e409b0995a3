import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as RC from "../residence-card-number/index.js"
import * as Sp from "./index.js"
import * as Arb from "./arbitraries.js"

const ALNUM = /^[A-Z0-9]{1,16}$/
const referenceNormalise = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\-‐−ー－]/g, "")
    .toUpperCase()

describe("SpecialPermanentResidentCertificateNumber (住基法 第30条の45; layout UNVERIFIED)", () => {
  it("assumed layout (default): same verdict as the 在留カード番号 on any input", () => {
    fc.assert(
      fc.property(fc.oneof(Arb.valid, Arb.typed, Arb.invalid, fc.string({ maxLength: 14 })), (s) => {
        expect(Sp.isValid(s)).toBe(RC.isValid(s))
        expect(Sp.isValid(s, { layout: "2+8+2" })).toBe(RC.isValid(s))
      })
    )
  })

  it("layout alphanumeric agrees with a regular-expression reference", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."AZaz09 -#あ"), maxLength: 18 }), (s) => {
        expect(Sp.isValid(s, { layout: "alphanumeric" })).toBe(ALNUM.test(referenceNormalise(s)))
      }),
      { numRuns: 2000 }
    )
    fc.assert(fc.property(Arb.alphanumeric, (s) => Sp.isValid(s, { layout: "alphanumeric" })))
  })

  it("UNVERIFIED layout: the rules' basis says verified: false and the numbers have their own rule ids", () => {
    for (const rule of Sp.rules) expect(rule.basis.some((b) => !b.verified)).toBe(true)
    const r = Sp.validate("A123456789")
    expect(Result.isFailure(r) && r.failure.code).toBe("core.special-permanent-resident-certificate-number.length")
    expect(Sp.isValid("A123456789", { layout: "alphanumeric" })).toBe(true)
    expect("checkDigit" in Sp).toBe(false)
  })

  it("isValid never throws, whatever the input", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof Sp.isValid(u, { layout: "alphanumeric" }) === "boolean"))
  })
})

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).

describe("SpecialPermanentResidentCertificateNumber alphanumeric layout: 1–16 characters (layout UNVERIFIED)", () => {
  const failure = (s: string) => {
    const r = Sp.validate(s, { layout: "alphanumeric" })
    if (!Result.isFailure(r)) throw new Error(`expected a failure for ${s.length} characters`)
    return r.failure
  }
  it("16 capital letters and digits are accepted, 17 and none are Length errors with the range and the length got", () => {
    expect(Sp.isValid("AB12345678CDEF90", { layout: "alphanumeric" })).toBe(true)
    const long = failure("AB12345678CDEF901")
    expect([long.code, long.preview, long.params]).toEqual([
      "core.special-permanent-resident-certificate-number.length",
      "…(17)****F901",
      { expected: "1–16", length: 17 }
    ])
    const none = failure("")
    expect([none.code, none.params]).toEqual([
      "core.special-permanent-resident-certificate-number.length",
      { expected: "1–16", length: 0 }
    ])
  })
  it("a character other than a capital letter or digit is a Format error with the masked value", () => {
    const e = failure("AB12#")
    expect([e.code, e.preview]).toEqual(["core.special-permanent-resident-certificate-number.format", "*****"])
  })
})
