import fc from "fast-check"
import { decorated, measureDetection, sampleBases } from "../test-utils/detection.js"
import { problemOf } from "../test-utils/problem.js"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import { CorporateNumber } from "@juki/mynumber"
import { CorporateNumber as Arb } from "@juki/mynumber/arbitraries"

// ---------------------------------------------------------------------------------------------
// Independent second implementation, written from the text of 平成26年財務省令第70号 第2条
// (with the parentheses as intended, see the erratum test below):
//   check = 9 − ((Σ_{n=1..12} Pn × Qn) mod 9)
//   Pn = the n-th digit of the 12-digit 基礎番号 counted from the least significant digit (n = 1 rightmost);
//   Qn = 1 when n is odd, 2 when n is even.
// 番号法施行令 第35条第1項: the check digit is placed IN FRONT of the 基礎番号.
// ---------------------------------------------------------------------------------------------
const ordinanceCheckDigit = (base: string): number => {
  let sum = 0
  for (let n = 1; n <= 12; n++) sum += Number(base[base.length - n]) * (n % 2 === 1 ? 1 : 2)
  return 9 - (sum % 9)
}
const ordinanceIsValid = (s: string): boolean =>
  /^[0-9]{13}$/.test(s) && ordinanceCheckDigit(s.slice(1)) === Number(s[0])

/** The literal reading of the printed 第2条: Σ (Pn × Qn mod 9), then 9 minus that. */
const literalReading = (base: string): number => {
  let sum = 0
  for (let n = 1; n <= 12; n++) sum += (Number(base[base.length - n]) * (n % 2 === 1 ? 1 : 2)) % 9
  return 9 - sum
}

const digit = fc.constantFrom(..."0123456789")
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n })

const failureCode = (input: unknown): string | undefined => {
  const r = CorporateNumber.validate(input)
  return Result.isFailure(r) ? r.failure.code : undefined
}

describe("CorporateNumber.checkDigit", () => {
  it("財務省令第70号 第2条: agrees with the Pn/Qn formula counted from the right (property)", () => {
    fc.assert(fc.property(digits(12), (b) => CorporateNumber.checkDigit(b) === ordinanceCheckDigit(b)))
  })

  it("財務省令第70号 第2条: the check digit is always 1..9, never 0 (property)", () => {
    fc.assert(
      fc.property(digits(12), (b) => {
        const d = CorporateNumber.checkDigit(b) as number
        return d >= 1 && d <= 9
      })
    )
  })

  it("財務省令第70号 第2条 worked example: 基礎番号 123456789012 gives Σ = 74, 74 mod 9 = 2, check 7", () => {
    expect(CorporateNumber.checkDigit("123456789012")).toBe(7)
  })

  it("財務省令第70号 第2条 erratum: the literal Σ(Pn×Qn mod 9) reading is not even a digit for 5835678256246; (ΣPn×Qn) mod 9 gives 5", () => {
    expect(literalReading("835678256246")).toBe(-49)
    expect(CorporateNumber.checkDigit("835678256246")).toBe(5)
  })

  it("returns undefined for anything but 12 ASCII digits", () => {
    for (const bad of ["", "12345678901", "1234567890123", "12345678901A", "１２３４５６７８９０１２"]) {
      expect(CorporateNumber.checkDigit(bad)).toBeUndefined()
    }
    expect(CorporateNumber.checkDigit(undefined as unknown as string)).toBeUndefined()
  })
})

describe("CorporateNumber.validate / isValid", () => {
  it("a 13-digit string is valid iff its FIRST digit is the ordinance check digit of the other 12 (property)", () => {
    fc.assert(
      fc.property(digits(13), (s) => {
        expect(CorporateNumber.isValid(s)).toBe(ordinanceIsValid(s))
        const r = CorporateNumber.validate(s)
        expect(Result.isSuccess(r)).toBe(ordinanceIsValid(s))
        if (Result.isSuccess(r)) expect(r.success).toBe(s)
      })
    )
  })

  it("番号法施行令 第35条第1項: the check digit comes first; a leading 0 is always a checksum error (property)", () => {
    fc.assert(fc.property(digits(12), (b) => failureCode(`0${b}`) === "mynumber.corporate-number.checksum"))
    expect(failureCode("0000020130001")).toBe("mynumber.corporate-number.checksum")
  })

  it("published examples: 5835678256246, 7000012050002, 7010705000725, 4011001098993, 1020281079130, 9863806292730 valid; 2835678256246 not", () => {
    for (const ok of [
      "5835678256246",
      "7000012050002",
      "7010705000725",
      "4011001098993",
      "1020281079130",
      "9863806292730"
    ]) {
      expect(CorporateNumber.isValid(ok)).toBe(true)
    }
    expect(failureCode("2835678256246")).toBe("mynumber.corporate-number.checksum")
  })

  it("地方公共団体: 000020 + 団体コード, e.g. 東京都 8000020130001 (real designation UNVERIFIED); 9/7/1000020130001 fail", () => {
    expect(CorporateNumber.isValid("8000020130001")).toBe(true)
    for (const bad of ["9000020130001", "7000020130001", "1000020130001"])
      expect(failureCode(bad)).toBe("mynumber.corporate-number.checksum")
  })

  it("番号法施行令 第35条第1項: a length error names the digits it got, and every error shows only a masked preview", () => {
    const problem = (input: string) => problemOf(CorporateNumber.validate, input)
    expect(problem("583567825624")).toEqual({
      code: "mynumber.corporate-number.length",
      preview: "********5624",
      ja: "法人番号は13桁です（入力は12桁）",
      en: "A Corporate Number has 13 digits (got 12)"
    })
    expect(problem("T8000020130001").en).toBe("A Corporate Number has 13 digits (got 14)")
    expect(problem("583567825624O")).toEqual({
      code: "mynumber.corporate-number.format",
      preview: "*********624O",
      ja: "法人番号は数字のみで構成されます",
      en: "A Corporate Number consists of digits only"
    })
  })

  it("checks length first, then digits, then the check digit", () => {
    expect(failureCode("000020130001")).toBe("mynumber.corporate-number.length") // the 基礎番号 alone
    expect(failureCode("80000201300011")).toBe("mynumber.corporate-number.length")
    expect(failureCode("800002013000A")).toBe("mynumber.corporate-number.format")
    expect(failureCode("2835678256246")).toBe("mynumber.corporate-number.checksum")
    expect(failureCode(8000020130001)).toBe("core.input.type")
  })

  it("適格請求書 登録番号: T + 法人番号 is rejected; the caller must strip the T (property)", () => {
    fc.assert(
      fc.property(Arb.valid, fc.constantFrom("T", "t", "Ｔ"), (n, t) => {
        expect(failureCode(`${t}${n}`)).toBe("mynumber.corporate-number.length")
        expect(CorporateNumber.isValid(`${t}${n}`)).toBe(false)
        expect(CorporateNumber.isValid(`${t}${n}`.slice(1))).toBe(true)
      })
    )
  })

  it("the arbitraries: valid is accepted, each invalid family fails with its rule (property)", () => {
    fc.assert(fc.property(Arb.valid, (n) => CorporateNumber.isValid(n) && ordinanceIsValid(n)))
    fc.assert(fc.property(Arb.invalid, (s) => !CorporateNumber.isValid(s)))
    fc.assert(fc.property(Arb.wrongCheckDigit, (s) => failureCode(s) === "mynumber.corporate-number.checksum"))
    fc.assert(fc.property(Arb.wrongLength, (s) => failureCode(s) === "mynumber.corporate-number.length"))
    fc.assert(fc.property(Arb.nonDigit, (s) => failureCode(s) === "mynumber.corporate-number.format"))
    fc.assert(fc.property(Arb.base, (b) => b.length === 12 && CorporateNumber.checkDigit(b) !== undefined))
  })

  it("isValid (one-pass ASCII path) answers exactly like validate (property)", () => {
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
      "T",
      "t",
      "#",
      "+",
      "/",
      "\u001f",
      "\u007f"
    )
    const other = fc.constantFrom("\u3000", "\u2212", "\uff0d", "\u30fc", "５", "Ｔ", "\u00a0", "\u200b", "😴", "①")
    const noise = fc.oneof({ weight: 3, arbitrary: ascii }, { weight: 1, arbitrary: other })
    const unit = fc.oneof({ weight: 8, arbitrary: digit }, { weight: 3, arbitrary: noise })
    const sprinkled = fc
      .tuple(Arb.valid, fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), noise), { maxLength: 3 }))
      .map(([n, ins]) => ins.reduce((s, [at, ch]) => s.slice(0, at) + ch + s.slice(at), n as string))
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, minLength: 11, maxLength: 17 }), sprinkled), (s) => {
        expect(CorporateNumber.isValid(s)).toBe(Result.isSuccess(CorporateNumber.validate(s)))
      }),
      { numRuns: 1000 }
    )
  })
})

describe("the blind spot of the check digit (modulus 9 cannot tell 0 from 9)", () => {
  it("7012345678900 and 7912345678900 are both checksum-valid", () => {
    expect(CorporateNumber.isValid("7012345678900")).toBe(true)
    expect(CorporateNumber.isValid("7912345678900")).toBe(true)
  })

  it("replacing any 0 of the 基礎番号 by 9, or any 9 by 0, keeps a valid number valid (property)", () => {
    fc.assert(
      fc.property(Arb.valid, fc.integer({ min: 1, max: 12 }), (n, i) => {
        const d = n[i]
        if (d !== "0" && d !== "9") return true
        const swapped = `${n.slice(0, i)}${d === "0" ? "9" : "0"}${n.slice(i + 1)}`
        return CorporateNumber.isValid(swapped)
      })
    )
  })

  it("every other substitution in the 基礎番号 is detected (property)", () => {
    fc.assert(
      fc.property(Arb.valid, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (n, i, k) => {
        const from = Number(n[i])
        const to = (from + k) % 10
        if ((from === 0 && to === 9) || (from === 9 && to === 0)) return true
        return !CorporateNumber.isValid(`${n.slice(0, i)}${to}${n.slice(i + 1)}`)
      })
    )
  })

  it("measured over 3,000 fixed-seed valid numbers: 1 %–3 % of single substitutions and adjacent transpositions go undetected", () => {
    const valid = sampleBases(3000, 12, 20260102).map((b) => `${ordinanceCheckDigit(b)}${b}`)
    const d = measureDetection(valid, CorporateNumber.isValid, ordinanceIsValid)
    // identifiers.md §2.2 measured 2.06 % and 2.05 % on 3,000 numbers; 100,000 random numbers give 2.05 % and 2.05 %.
    expect(d.disagreements).toBe(0)
    expect(d.substitutions).toBeGreaterThan(0.01)
    expect(d.substitutions).toBeLessThan(0.03)
    expect(d.transpositions).toBeGreaterThan(0.01)
    expect(d.transpositions).toBeLessThan(0.03)
  })
})

describe("CorporateNumber.compact / format / mask", () => {
  it("compact accepts full-width digits, spaces, hyphens and U+2212 (property)", () => {
    fc.assert(
      fc.property(decorated(Arb.valid), ([n, s]) => {
        expect(CorporateNumber.compact(s)).toBe(n)
        const r = CorporateNumber.validate(s)
        expect(Result.isSuccess(r) && r.success).toBe(n)
        expect(CorporateNumber.isValid(s)).toBe(true)
      })
    )
    expect(CorporateNumber.compact("５−８３５６−７８２５−６２４６")).toBe("5835678256246")
  })

  it("format gives C-NNNN-NNNN-NNNN (5-8356-7825-6246) and round-trips with compact (property)", () => {
    expect(CorporateNumber.format("5835678256246")).toBe("5-8356-7825-6246")
    fc.assert(
      fc.property(Arb.valid, (n) => {
        const f = CorporateNumber.format(n)
        expect(f).toMatch(/^[1-9]-[0-9]{4}-[0-9]{4}-[0-9]{4}$/)
        expect(CorporateNumber.compact(f)).toBe(n)
        expect(CorporateNumber.format(f)).toBe(f)
      })
    )
    expect(CorporateNumber.format("2-8356-7825-6246")).toBe("2835678256246")
  })

  it("mask shows at most the last 4 digits (property)", () => {
    fc.assert(fc.property(Arb.valid, (n) => CorporateNumber.mask(n) === `*********${n.slice(9)}`))
    expect(CorporateNumber.mask("5-8356-7825-6246")).toBe("*********6246")
  })
})

describe("CorporateNumber.kind (UNVERIFIED classification of the 基礎番号)", () => {
  it("base 00… is a national or local government; 地方公共団体 000020 + 団体コード (東京都, 北海道, 国税庁)", () => {
    for (const n of ["8000020130001", "7000020010006", "7000012050002", "4000020270008"]) {
      expect(CorporateNumber.kind(n)).toBe("national-or-local-government")
    }
  })

  it("base 0–5 but not 00 is a 設立登記法人 (会社法人等番号); 7 is other; 6, 8, 9 are unclassified", () => {
    expect(CorporateNumber.kind("4011001098993")).toBe("registered")
    expect(CorporateNumber.kind("7010705000725")).toBe("registered")
    expect(CorporateNumber.kind("1700000012345")).toBe("other")
    expect(CorporateNumber.kind("5835678256246")).toBe("unclassified")
    expect(CorporateNumber.kind("9863806292730")).toBe("unclassified")
  })

  it("follows the first two digits of the 基礎番号 and is undefined for invalid input (property)", () => {
    fc.assert(
      fc.property(Arb.valid, (n) => {
        const k = CorporateNumber.kind(n)
        const b = n.slice(1)
        const expected = b.startsWith("00")
          ? "national-or-local-government"
          : "012345".includes(b[0] as string)
            ? "registered"
            : b[0] === "7"
              ? "other"
              : "unclassified"
        expect(k).toBe(expected)
        expect(CorporateNumber.kind(CorporateNumber.format(n))).toBe(expected)
      })
    )
    fc.assert(fc.property(Arb.invalid, (s) => CorporateNumber.kind(s) === undefined))
    expect(CorporateNumber.kind(null)).toBeUndefined()
  })

  it("the basis of kind is marked unverified", () => {
    expect(CorporateNumber.kindBasis.every((b) => b.verified === false)).toBe(true)
  })
})

describe("CorporateNumber.Schema", () => {
  const decode = S.decodeUnknownResult(CorporateNumber.Schema)

  it("accepts canonical 13-digit checksum-valid strings only (property)", () => {
    fc.assert(fc.property(Arb.valid, (n) => Result.isSuccess(decode(n))))
    fc.assert(fc.property(Arb.invalid, (s) => Result.isFailure(decode(s))))
    fc.assert(fc.property(Arb.valid, (n) => Result.isFailure(decode(CorporateNumber.format(n)))))
    for (const bad of ["T5835678256246", "５８３５６７８２５６２４６", 5835678256246, undefined]) {
      expect(Result.isFailure(decode(bad))).toBe(true)
    }
  })
})

describe("robustness: isValid and kind never throw", () => {
  it("on any value (property)", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (u) => {
        expect(CorporateNumber.isValid(u)).toBe(false)
        expect(CorporateNumber.kind(u)).toBeUndefined()
        expect(Result.isFailure(CorporateNumber.validate(u))).toBe(true)
      })
    )
  })

  it("on junk: undefined, null, symbols, objects, emoji, 10 kB strings", () => {
    const junk: ReadonlyArray<unknown> = [
      undefined,
      null,
      0,
      5835678256246,
      Symbol("x"),
      {},
      [],
      "",
      "😴",
      "⑱",
      "T",
      "5".repeat(10_000),
      "\udfff"
    ]
    for (const u of junk) {
      expect(() => CorporateNumber.isValid(u)).not.toThrow()
      expect(CorporateNumber.isValid(u)).toBe(false)
      expect(() => CorporateNumber.validate(u)).not.toThrow()
      expect(Result.isFailure(CorporateNumber.validate(u))).toBe(true)
      expect(() => CorporateNumber.kind(u)).not.toThrow()
      expect(CorporateNumber.kind(u)).toBeUndefined()
    }
  })
})
