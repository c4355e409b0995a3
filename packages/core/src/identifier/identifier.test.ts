import fc from "fast-check"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { defineRule, makeError } from "../errors/index.js"
import {
  checkDigitFastPath,
  compactIdentifier,
  identifierIsValidFast,
  isAsciiDigits,
  makeIdentifier,
  scanAsciiDigits,
  weightedSum
} from "./index.js"

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
  it("is idempotent when upper-casing leaves a string that is not NFKC (ῗ, ΐ; found by fast-check)", () => {
    for (const s of ["ῗ", "ΐ", "ΰ", "ǰ", "a-\u0301", "1ῗ2"]) {
      expect(compactIdentifier(compactIdentifier(s))).toBe(compactIdentifier(s))
      expect(compactIdentifier(s)).toBe(compactIdentifier(s).normalize("NFKC"))
    }
  })
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(compactIdentifier(compactIdentifier(s))).toBe(compactIdentifier(s))
      })
    )
  })
  it("never changes a string of ASCII digits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,20}$/), (s) => {
        expect(compactIdentifier(s)).toBe(s)
      })
    )
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
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(typeof Toy.isValid(u)).toBe("boolean")
      })
    )
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

// Oracle for scanAsciiDigits, built from compactIdentifier (regex + NFKC) instead of a character loop: a
// non-ASCII string is left to the full path; otherwise the compacted string must be exactly the digits.
const scanOracle = (s: string, weights: ReadonlyArray<number>, checkAt: number): number | undefined => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return undefined
  const c = compactIdentifier(s)
  if (!/^[0-9]*$/.test(c) || c.length !== weights.length) return -1
  let sum = 0
  for (let k = 0; k < c.length; k++) if (k !== checkAt) sum += Number(c[k]) * (weights[k] as number)
  return sum * 10 + Number(c[checkAt])
}

describe("scanAsciiDigits (the fast paths of MyNumber / CorporateNumber isValid)", () => {
  const asciiChar = fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c))
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(..."0123456789") },
    { weight: 3, arbitrary: asciiChar },
    { weight: 1, arbitrary: fc.constantFrom("\u3000", "\u2212", "１", "\u00a0", "\u0080", "😴") }
  )

  it("agrees with compactIdentifier on every ASCII character, C0 controls and DEL included (property)", () => {
    const shape = fc
      .integer({ min: 1, max: 6 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
          fc.integer({ min: 0, max: n - 1 })
        )
      )
    fc.assert(
      fc.property(shape, fc.string({ unit, maxLength: 9 }), ([weights, checkAt], s) => {
        expect(scanAsciiDigits(s, weights, checkAt)).toBe(scanOracle(s, weights, checkAt))
      }),
      { numRuns: 2000 }
    )
  })

  it("skips exactly the separators compaction removes: TAB–CR, space, '-', '.', '_'", () => {
    for (const sep of ["\t", "\n", "\u000b", "\f", "\r", " ", "-", ".", "_"]) {
      expect(scanAsciiDigits(`1${sep}2`, [3, 0], 1)).toBe(32)
    }
    // C0 controls outside TAB–CR, the separators of file formats (FS–US), DEL and NUL are kept by compaction
    for (const kept of ["\u0000", "\u0008", "\u000e", "\u001c", "\u001f", "\u007f", "/", ":", "A", "a", "+"]) {
      expect(scanAsciiDigits(`1${kept}2`, [3, 0], 1)).toBe(-1)
    }
  })

  it("wants exactly weights.length digits; a character above U+007F defers to the full path", () => {
    expect(scanAsciiDigits("12", [1, 1, 0], 2)).toBe(-1)
    expect(scanAsciiDigits("1234", [1, 1, 0], 2)).toBe(-1)
    expect(scanAsciiDigits("", [1, 1, 0], 2)).toBe(-1)
    expect(scanAsciiDigits("123", [1, 1, 0], 2)).toBe(33)
    expect(scanAsciiDigits("923", [0, 1, 1], 0)).toBe(59)
    expect(scanAsciiDigits("1/2\u0080", [3, 0], 1)).toBeUndefined()
    expect(scanAsciiDigits("\u00801/2", [3, 0], 1)).toBeUndefined()
  })
})

describe("identifierIsValidFast", () => {
  const spec = {
    brand: "Toy" as const,
    label: { ja: "試験番号", en: "Toy number" },
    check: (v: string, o: { readonly allowZero: boolean }) =>
      isAsciiDigits(v, 4) && (o.allowZero || v !== "0000") ? undefined : makeError(Bad, { input: v }),
    defaults: { allowZero: false }
  }
  it("takes the fast answer where there is one, the full path (with options) where there is none, false for non-strings", () => {
    const seen: Array<string> = []
    const isValid = identifierIsValidFast(spec, (s) => {
      seen.push(s)
      return s === "fast-yes" ? true : s === "fast-no" ? false : undefined
    })
    expect(isValid("fast-yes")).toBe(true)
    expect(isValid("fast-no")).toBe(false)
    expect(isValid("0000")).toBe(false)
    expect(isValid("0000", { allowZero: true })).toBe(true)
    expect(isValid("１２３４")).toBe(true)
    expect(isValid(1234)).toBe(false)
    expect(isValid(null)).toBe(false)
    expect(seen).toEqual(["fast-yes", "fast-no", "0000", "0000", "１２３４"])
  })
})

describe("checkDigitFastPath", () => {
  // a toy identifier: two digits of weight 1 and 3, then a check digit = 9 − (sum mod 10) … any function of the sum
  const fast = checkDigitFastPath([1, 3, 0], 2, (sum) => 9 - (sum % 10))
  it("compares the check digit at checkAt with the function of the weighted sum of the others", () => {
    // 1·1 + 2·3 = 7 → 2
    expect(fast("122")).toBe(true)
    expect(fast("1 2-2")).toBe(true)
    for (const d of "013456789") expect(fast(`12${d}`)).toBe(false)
    expect(fast("12")).toBe(false)
    expect(fast("12\u00002")).toBe(false)
    expect(fast("１22")).toBeUndefined()
  })
  it("a string of the wrong shape is false even when the check function maps the no-match marker onto itself", () => {
    // sum % 10 would give -1 for the -1 that scanAsciiDigits returns for a wrong shape: it must never be compared
    const mod10 = checkDigitFastPath([1, 1, 0], 2, (sum) => sum % 10)
    expect(mod10("347")).toBe(true)
    for (const bad of ["34", "3478", "3a7", "", "\u001f347"]) expect(mod10(bad)).toBe(false)
  })
  it("the check digit may come first", () => {
    const first = checkDigitFastPath([0, 1, 3], 0, (sum) => 9 - (sum % 10))
    expect(first("212")).toBe(true)
    expect(first("312")).toBe(false)
  })
})

describe("identifier verbs: what an error carries, and checks that throw", () => {
  const Throws = defineRule({
    id: "test.throws",
    tag: "InvalidFormat",
    severity: "error",
    basis: [{ kind: "library", cite: "test", verified: true }],
    title: { ja: "試験", en: "Test" },
    message: { ja: "試験", en: "Test" }
  })
  const throwing = makeIdentifier<"Throwing", object>({
    brand: "Throwing",
    label: { ja: "試験", en: "Test" },
    check: (value) => {
      if (value === "BOOM") throw new Error("a check that throws")
      return value === "OK" ? undefined : makeError(Throws, { input: value })
    },
    defaults: {}
  })
  it("validate of a non-string reports core.input.type with the type as its only preview", () => {
    const r = throwing.validate(12345678)
    expect(Result.isFailure(r) && [r.failure.code, r.failure.preview]).toEqual(["core.input.type", "<number>"])
  })
  it("a check that throws is reported as core.input.type with an empty preview by validate, and is false for isValid", () => {
    const r = throwing.validate("boom")
    expect(Result.isFailure(r) && [r.failure.code, r.failure.preview]).toEqual(["core.input.type", ""])
    expect(throwing.isValid("boom")).toBe(false)
    expect([throwing.isValid("ok"), throwing.isValid("no")]).toEqual([true, false])
  })
  it("compact of a non-string is the empty string, also with a spec's own compact that would throw on it", () => {
    const own = makeIdentifier<"Own", object>({
      brand: "Own",
      label: { ja: "試験", en: "Test" },
      compact: (s) => s.trim(),
      check: () => undefined,
      defaults: {}
    })
    for (const u of [null, undefined, 42, ["1"]]) {
      expect(own.compact(u)).toBe("")
      expect(throwing.compact(u)).toBe("")
    }
  })
  it("isAsciiDigits is false for non-strings", () => {
    for (const u of [1234, null, undefined, ["1"], { length: 0 }]) expect(isAsciiDigits(u as string)).toBe(false)
  })
  it("checkDigitFastPath: a base of zeros (scan 0) still has its check digit compared", () => {
    const fast = checkDigitFastPath([1, 1, 0], 2, (sum) => (10 - (sum % 10)) % 10)
    expect([fast("000"), fast("001"), fast("190"), fast("191")]).toEqual([true, false, true, false])
  })
  it("scanAsciiDigits: digits past the weights make the scan -1 whatever they are", () => {
    for (const extra of ["0", "5", "9", "00"]) expect(scanAsciiDigits(`123${extra}`, [1, 2, 0], 2)).toBe(-1)
  })
})

describe("isAsciiDigits against a regular-expression oracle", () => {
  it("is /^[0-9]+$/ (and exactly `length` characters when given) on strings of digits, letters and near-digits", () => {
    const unit = fc.constantFrom(..."0123456789/:a１ ")
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 12 })), (s, length) => {
        const expected = /^[0-9]+$/.test(s) && (length === null || s.length === length)
        expect(isAsciiDigits(s, length ?? undefined)).toBe(expected)
      })
    )
    expect([
      isAsciiDigits(""),
      isAsciiDigits("", 0),
      isAsciiDigits("0"),
      isAsciiDigits("9/"),
      isAsciiDigits(":0")
    ]).toEqual([false, false, true, false, false])
  })
})
