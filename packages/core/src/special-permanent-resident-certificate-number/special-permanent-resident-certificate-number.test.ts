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
