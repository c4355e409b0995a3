import fc from "fast-check"
import { decorated, measureDetection, sampleBases } from "../test-utils/detection.js"
import { problemOf } from "../test-utils/problem.js"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import { MyNumber } from "@juki/mynumber"
import { MyNumber as Arb } from "@juki/mynumber/arbitraries"

// ---------------------------------------------------------------------------------------------
// Independent second implementation, written from the text of 平成26年総務省令第85号 第5条:
//   check = 11 − (Σ_{n=1..11} Pn × Qn mod 11); if (Σ mod 11) ≦ 1 then 0.
//   Pn = the n-th digit of the 11-digit base counted from the least significant digit (n = 1 rightmost);
//   Qn = n + 1 (1 ≦ n ≦ 6), n − 5 (7 ≦ n ≦ 11).
// Deliberately NOT the left-to-right weight table (6,5,4,3,2,7,6,5,4,3,2) the module uses.
// ---------------------------------------------------------------------------------------------
const ordinanceCheckDigit = (base: string): number => {
  let sum = 0
  for (let n = 1; n <= 11; n++) {
    const P = Number(base[base.length - n])
    const Q = n <= 6 ? n + 1 : n - 5
    sum += P * Q
  }
  const remainder = sum % 11
  return remainder <= 1 ? 0 : 11 - remainder
}
const ordinanceIsValid = (s: string): boolean =>
  /^[0-9]{12}$/.test(s) && ordinanceCheckDigit(s.slice(0, 11)) === Number(s[11])

const digit = fc.constantFrom(..."0123456789")
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n })

/** mulberry32: a fixed-seed PRNG, so measured fractions are reproducible. */
const sampleValid = (count: number, seed: number): ReadonlyArray<string> =>
  sampleBases(count, 11, seed).map((b) => b + String(ordinanceCheckDigit(b)))

const failureCode = (input: unknown): string | undefined => {
  const r = MyNumber.validate(input)
  return Result.isFailure(r) ? r.failure.code : undefined
}

describe("MyNumber.checkDigit", () => {
  it("総務省令第85号 第5条: agrees with the Pn/Qn formula counted from the right (property)", () => {
    fc.assert(fc.property(digits(11), (b) => MyNumber.checkDigit(b) === ordinanceCheckDigit(b)))
  })

  it("総務省令第85号 第5条: remainder 0 and remainder 1 both give 0 (703313072070, 646581699830)", () => {
    expect(MyNumber.checkDigit("70331307207")).toBe(0)
    expect(MyNumber.checkDigit("64658169983")).toBe(0)
  })

  it("総務省令第85号 第5条: remainder 10 gives 1 (420664327251)", () => {
    expect(MyNumber.checkDigit("42066432725")).toBe(1)
  })

  it("returns undefined for anything but 11 ASCII digits", () => {
    for (const bad of ["", "1234567890", "123456789012", "1234567890A", "１２３４５６７８９０１"]) {
      expect(MyNumber.checkDigit(bad)).toBeUndefined()
    }
    expect(MyNumber.checkDigit(null as unknown as string)).toBeUndefined()
    expect(MyNumber.checkDigit(12345678901 as unknown as string)).toBeUndefined()
  })
})

describe("MyNumber.validate / isValid", () => {
  it("総務省令第85号 第5条: a 12-digit string is valid iff its last digit is the ordinance check digit (property)", () => {
    fc.assert(
      fc.property(digits(12), (s) => {
        expect(MyNumber.isValid(s)).toBe(ordinanceIsValid(s))
        const r = MyNumber.validate(s)
        expect(Result.isSuccess(r)).toBe(ordinanceIsValid(s))
        if (Result.isSuccess(r)) expect(r.success).toBe(s)
      })
    )
  })

  it("総務省令第85号 第5条: exactly one of the ten possible last digits is valid for every base (property)", () => {
    fc.assert(
      fc.property(digits(11), (b) => {
        const ok = [..."0123456789"].filter((d) => MyNumber.isValid(b + d))
        expect(ok).toEqual([String(ordinanceCheckDigit(b))])
      })
    )
  })

  it("番号法施行令 第8条: the check digit is the LAST digit, and leading zeros are significant (023456789013)", () => {
    expect(MyNumber.isValid("023456789013")).toBe(true)
    expect(MyNumber.isValid("23456789013")).toBe(false)
    expect(failureCode("23456789013")).toBe("mynumber.my-number.length")
  })

  it("published examples: 621498320257, 123456789018, 111111111118, 983205673214 valid; 621498320258, 123456789019, 983205673210 not", () => {
    for (const ok of ["621498320257", "123456789018", "111111111118", "983205673214", "023456789013"]) {
      expect(MyNumber.isValid(ok)).toBe(true)
    }
    for (const bad of ["621498320258", "123456789019", "983205673210"]) {
      expect(failureCode(bad)).toBe("mynumber.my-number.checksum")
    }
  })

  it("checks length first, then digits, then the check digit", () => {
    expect(failureCode("1234567890A")).toBe("mynumber.my-number.length") // 11 characters, one a letter
    expect(failureCode("12345678901A")).toBe("mynumber.my-number.format")
    expect(failureCode("123456789019")).toBe("mynumber.my-number.checksum")
    expect(failureCode(123456789018)).toBe("core.input.type")
  })

  it("番号法施行令 第8条: a length error names the digits it got, and every error shows only a masked preview", () => {
    const problem = (input: string) => problemOf(MyNumber.validate, input)
    expect(problem("1234-5678-901")).toEqual({
      code: "mynumber.my-number.length",
      preview: "*******8901",
      ja: "個人番号は12桁です（入力は11桁）",
      en: "A My Number has 12 digits (got 11)"
    })
    expect(problem("1234567890123").en).toBe("A My Number has 12 digits (got 13)")
    expect(problem("")).toMatchObject({ preview: "", en: "A My Number has 12 digits (got 0)" })
    expect(problem("12345678901A")).toEqual({
      code: "mynumber.my-number.format",
      preview: "********901A",
      ja: "個人番号は数字のみで構成されます",
      en: "A My Number consists of digits only"
    })
  })

  it("the arbitraries: valid is accepted, each invalid family fails with its rule (property)", () => {
    fc.assert(fc.property(Arb.valid, (n) => MyNumber.isValid(n) && ordinanceIsValid(n)))
    fc.assert(fc.property(Arb.invalid, (s) => !MyNumber.isValid(s)))
    fc.assert(fc.property(Arb.wrongCheckDigit, (s) => failureCode(s) === "mynumber.my-number.checksum"))
    fc.assert(fc.property(Arb.wrongLength, (s) => failureCode(s) === "mynumber.my-number.length"))
    fc.assert(fc.property(Arb.nonDigit, (s) => failureCode(s) === "mynumber.my-number.format"))
    fc.assert(fc.property(Arb.base, (b) => b.length === 11 && MyNumber.checkDigit(b) !== undefined))
  })

  it("isValid (one-pass ASCII path) answers exactly like validate, on ASCII and non-ASCII strings (property)", () => {
    const ascii = fc.constantFrom(
      " ",
      "-",
      ".",
      "_",
      "\t",
      "\n",
      "\u000b",
      "\f",
      "\r",
      "A",
      "a",
      "#",
      "+",
      "/",
      "\u001f",
      "\u007f"
    )
    const other = fc.constantFrom("\u3000", "\u2212", "\uff0d", "\u30fc", "１", "８", "\u00a0", "\u200b", "😴", "①")
    const noise = fc.oneof({ weight: 3, arbitrary: ascii }, { weight: 1, arbitrary: other })
    const unit = fc.oneof({ weight: 8, arbitrary: digit }, { weight: 3, arbitrary: noise })
    // valid numbers with random characters inserted: valid iff every inserted character is a separator
    const sprinkled = fc
      .tuple(Arb.valid, fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), noise), { maxLength: 3 }))
      .map(([n, ins]) => ins.reduce((s, [at, ch]) => s.slice(0, at) + ch + s.slice(at), n as string))
    const near = fc.oneof(fc.string({ unit, minLength: 10, maxLength: 16 }), sprinkled)
    fc.assert(
      fc.property(near, (s) => {
        expect(MyNumber.isValid(s)).toBe(Result.isSuccess(MyNumber.validate(s)))
      }),
      { numRuns: 1000 }
    )
  })
})

describe("the blind spot of the check digit (総務省令第85号 第5条: remainders 0 and 1 both give 0)", () => {
  it("some single-digit substitutions stay valid: 358147292440 and 558147292440 are both checksum-valid", () => {
    expect(MyNumber.isValid("358147292440")).toBe(true)
    expect(MyNumber.isValid("558147292440")).toBe(true)
    expect(ordinanceIsValid("358147292440") && ordinanceIsValid("558147292440")).toBe(true)
  })

  it("so 'every single-digit substitution is detected' is false: a counterexample exists (property)", () => {
    const undetected = fc.check(
      fc.property(Arb.valid, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (n, i, k) => {
        const d = (Number(n[i]) + k) % 10
        return !MyNumber.isValid(`${n.slice(0, i)}${d}${n.slice(i + 1)}`)
      }),
      { seed: 42, numRuns: 10_000 }
    )
    expect(undetected.failed).toBe(true)
  })

  it("measured over 3,000 fixed-seed valid numbers: 1 %–3 % of single substitutions and adjacent transpositions go undetected", () => {
    const d = measureDetection(sampleValid(3000, 20260101), MyNumber.isValid, ordinanceIsValid)
    // Over 100,000 random numbers: 1.67 % of substitutions at all 12 positions (1.82 % within the 11-digit base; a
    // substituted check digit is always caught) and 1.84 % of adjacent transpositions. Samples of 1,000 numbers
    // of this test vary between about 1.5 % and 1.9 % by seed, hence the wide bounds. identifiers.md §1.3 gives 1.83 % and 2.00 % (3,000).
    expect(d.disagreements).toBe(0)
    expect(d.substitutions).toBeGreaterThan(0.01)
    expect(d.substitutions).toBeLessThan(0.03)
    expect(d.transpositions).toBeGreaterThan(0.01)
    expect(d.transpositions).toBeLessThan(0.03)
  })
})

describe("MyNumber.compact / format / mask", () => {
  it("compact accepts full-width digits, spaces, hyphens and U+2212 (property)", () => {
    fc.assert(
      fc.property(decorated(Arb.valid), ([n, s]) => {
        expect(MyNumber.compact(s)).toBe(n)
        const r = MyNumber.validate(s)
        expect(Result.isSuccess(r) && r.success).toBe(n)
        expect(MyNumber.isValid(s)).toBe(true)
      })
    )
  })

  it("examples: card display form, hyphens, U+2212, U+3000 and full-width digits compact to 123456789018", () => {
    for (const s of [
      "1234 5678 9018",
      "1234-5678-9018",
      "1234\u22125678\u22129018",
      "1234\u30005678\u30009018",
      "１２３４５６７８９０１８"
    ]) {
      expect(MyNumber.compact(s)).toBe("123456789018")
    }
    expect(MyNumber.compact(123456789018)).toBe("")
  })

  it("format gives NNNN NNNN NNNN and round-trips with compact (property)", () => {
    fc.assert(
      fc.property(Arb.valid, (n) => {
        const f = MyNumber.format(n)
        expect(f).toMatch(/^[0-9]{4} [0-9]{4} [0-9]{4}$/)
        expect(MyNumber.compact(f)).toBe(n)
        expect(MyNumber.format(MyNumber.compact(f))).toBe(f)
        expect(MyNumber.format(f)).toBe(f)
      })
    )
    expect(MyNumber.format("123456789018")).toBe("1234 5678 9018")
  })

  it("format leaves an invalid input compacted but unformatted", () => {
    expect(MyNumber.format("1234 5678 9019")).toBe("123456789019")
  })

  it("mask shows at most the last 4 digits (property)", () => {
    fc.assert(fc.property(Arb.valid, (n) => MyNumber.mask(n) === `********${n.slice(8)}`))
    expect(MyNumber.mask("1234 5678 9018")).toBe("********9018")
  })
})

describe("MyNumber.Schema", () => {
  const decode = S.decodeUnknownResult(MyNumber.Schema)

  it("accepts canonical 12-digit checksum-valid strings (property)", () => {
    fc.assert(
      fc.property(Arb.valid, (n) => {
        const r = decode(n)
        expect(Result.isSuccess(r) && r.success).toBe(n)
      })
    )
  })

  it("rejects everything else: display forms, full-width digits, wrong check digits, non-strings (property)", () => {
    fc.assert(fc.property(Arb.invalid, (s) => Result.isFailure(decode(s))))
    fc.assert(fc.property(Arb.valid, (n) => Result.isFailure(decode(MyNumber.format(n)))))
    for (const bad of [
      "1234 5678 9018",
      "1234-5678-9018",
      "１２３４５６７８９０１８",
      " 123456789018",
      "123456789019",
      123456789018,
      null
    ]) {
      expect(Result.isFailure(decode(bad))).toBe(true)
    }
  })
})

describe("robustness: isValid never throws and validate returns errors as data", () => {
  it("on any value (property)", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (u) => {
        expect(MyNumber.isValid(u)).toBe(false)
        expect(Result.isFailure(MyNumber.validate(u))).toBe(true)
      })
    )
  })

  it("on junk: undefined, null, symbols, objects, emoji, look-alike digits, 10 kB strings", () => {
    const junk: ReadonlyArray<unknown> = [
      undefined,
      null,
      0,
      123456789018,
      NaN,
      Symbol("x"),
      {},
      [],
      () => 1,
      new Date(0),
      "",
      "😴",
      "*&^%$",
      "3²",
      "ⅷ",
      "⑱",
      "᭓",
      "€",
      "1".repeat(10_000),
      "123456789018".repeat(1000),
      "\ud800",
      "١٢٣٤٥٦٧٨٩٠١٨"
    ]
    for (const u of junk) {
      expect(() => MyNumber.isValid(u)).not.toThrow()
      expect(MyNumber.isValid(u)).toBe(false)
      expect(() => MyNumber.validate(u)).not.toThrow()
      expect(Result.isFailure(MyNumber.validate(u))).toBe(true)
      expect(() => MyNumber.format(u as string)).not.toThrow()
      expect(() => MyNumber.mask(u as string)).not.toThrow()
    }
  })
})
