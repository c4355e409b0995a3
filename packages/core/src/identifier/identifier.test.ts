import fc from "fast-check"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { defineRule, makeError } from "../errors/index.js"
import { compactIdentifier, isAsciiDigits, makeIdentifier, weightedSum } from "./index.js"

const Bad = defineRule({
  id: "test.four-digits",
  tag: "InvalidFormat",
  severity: "error",
  basis: [{ kind: "library", cite: "test", verified: true }],
  title: { ja: "四桁", en: "Four digits" },
  message: { ja: "4桁の数字", en: "four digits" }
})
const Toy = makeIdentifier({
  brand: "Toy",
  label: { ja: "試験番号", en: "Toy number" },
  check: (v: string, o: { readonly allowZero: boolean }) =>
    isAsciiDigits(v, 4) && (o.allowZero || v !== "0000") ? undefined : makeError(Bad, { input: v }),
  format: (v) => `${v.slice(0, 2)}-${v.slice(2)}`,
  defaults: { allowZero: false }
})

describe("compactIdentifier", () => {
  it("strips spaces, hyphen look-alikes and folds full-width digits", () => {
    expect(compactIdentifier("１２３４−５６７８　９０１８")).toBe("123456789018")
    expect(compactIdentifier("1234-5678‐9012 ー3")).toBe("1234567890123")
    expect(compactIdentifier("ab１２ｃｄ")).toBe("AB12CD")
    expect(compactIdentifier(42)).toBe("")
  })
  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
      expect(compactIdentifier(compactIdentifier(s))).toBe(compactIdentifier(s))
    }))
  })
  it("never changes a string of ASCII digits", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{0,20}$/), (s) => {
      expect(compactIdentifier(s)).toBe(s)
    }))
  })
})

describe("makeIdentifier", () => {
  it("validate compacts, checks, and brands; Schema accepts only the canonical form", () => {
    const ok = Toy.validate("１２ ３４")
    expect(Result.isSuccess(ok) && ok.success).toBe("1234")
    expect(Schema.is(Toy.Schema)("1234")).toBe(true)
    expect(Schema.is(Toy.Schema)("12 34")).toBe(false)
  })
  it("options override defaults per call", () => {
    expect(Toy.isValid("0000")).toBe(false)
    expect(Toy.isValid("0000", { allowZero: true })).toBe(true)
  })
  it("non-strings fail with core.input.type, never throw", () => {
    const r = Toy.validate(1234)
    expect(Result.isFailure(r) && r.failure.code).toBe("core.input.type")
    fc.assert(fc.property(fc.anything(), (u) => {
      expect(typeof Toy.isValid(u)).toBe("boolean")
    }))
  })
  it("format shows valid values in display form and leaves others compacted", () => {
    expect(Toy.format("1234")).toBe("12-34")
    expect(Toy.format("12 3")).toBe("123")
  })
  it("mask never shows a whole 4-digit value", () => {
    expect(Toy.mask("1234")).toBe("****")
  })
  it("weightedSum is Σ d·w left to right", () => {
    expect(weightedSum("123", [1, 10, 100])).toBe(321)
  })
})
