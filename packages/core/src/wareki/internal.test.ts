import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { kanjiNumeral, readNumber, readYear } from "./internal.js"

// Independent oracle of the numerals a 和暦 date may be written with (JIS X 0301 uses ASCII digits; documents
// also write 一 … 九十九 with 十, or positional 〇 as in 二〇): every accepted spelling is listed, nothing else.
const DIGITS = "〇一二三四五六七八九"
const TEN_FORMS = new Map<string, number>()
for (let n = 10; n < 100; n++) {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const tail = ones === 0 ? "" : DIGITS[ones]
  for (const head of tens === 1 ? ["", "一"] : [DIGITS[tens]]) TEN_FORMS.set(`${head}十${tail}`, n)
}
const oracle = (s: string): number | undefined => {
  if (/^[0-9]+$/.test(s)) return Number(s)
  if (s.includes("十")) return TEN_FORMS.get(s)
  if (s.length === 0) return undefined
  let n = 0
  for (const ch of s) {
    const d = ch === "零" ? 0 : DIGITS.indexOf(ch)
    if (d < 0) return undefined
    n = n * 10 + d
  }
  return n
}

const ALPHABET = [..."〇零一二三四五六七八九十"]

describe("wareki numerals (internal)", () => {
  it("readNumber agrees with the list of spellings for every kanji string of up to 4 characters", () => {
    let checked = 0
    const visit = (s: string, depth: number): void => {
      expect(readNumber(s), JSON.stringify(s)).toBe(oracle(s))
      checked++
      if (depth === 0) return
      for (const ch of ALPHABET) visit(s + ch, depth - 1)
    }
    visit("", 4)
    expect(checked).toBe(1 + 12 + 12 ** 2 + 12 ** 3 + 12 ** 4)
  })

  it("readNumber: ASCII digits, kanji and stray characters mixed agree with the oracle", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET, ..."0123456789", "元", "a", " ", "-", "1"), { maxLength: 6 }),
        (chars) => {
          const s = chars.join("")
          expect(readNumber(s)).toBe(oracle(s))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("readNumber: a 十 form with a 0 before or after the 十, two 十, or a head of two digits is no number", () => {
    for (const s of ["〇十", "零十五", "二十〇", "十零", "十十", "二十五十", "一二十", "十一二", "二十一二"])
      expect(readNumber(s), s).toBeUndefined()
    expect(readNumber("十")).toBe(10)
    expect(readNumber("一十一")).toBe(11)
    expect(readNumber("九十九")).toBe(99)
    expect(readNumber("二〇")).toBe(20)
    expect(readNumber("〇")).toBe(0)
    expect(readNumber("12a")).toBeUndefined()
    expect(readNumber("a12")).toBeUndefined()
  })

  it("readYear: 元年 is year 1 (元号法: the first year of an era is written 元年), other years as readNumber", () => {
    expect(readYear("元")).toBe(1)
    expect(readYear("元元")).toBeUndefined()
    expect(readYear("三十")).toBe(30)
  })

  it("kanjiNumeral writes 0–99 in 十 form and reads back; anything else as its decimal string", () => {
    for (let n = 0; n < 100; n++) {
      const s = kanjiNumeral(n)
      expect(readNumber(s), `${n} ${s}`).toBe(n)
      expect(s.startsWith("一十"), s).toBe(false)
      expect(s.length).toBeLessThanOrEqual(3)
    }
    expect([0, 7, 10, 11, 20, 31, 99].map(kanjiNumeral)).toEqual(["〇", "七", "十", "十一", "二十", "三十一", "九十九"])
    expect([100, 2024, -1, 1.5, Number.NaN].map(kanjiNumeral)).toEqual(["100", "2024", "-1", "1.5", "NaN"])
  })
})

describe("kanjiNumeral outside 0–99", () => {
  it("writes fractions and negative numbers in ASCII digits", () => {
    expect(kanjiNumeral(10.5)).toBe("10.5")
    expect(kanjiNumeral(1.5)).toBe("1.5")
    expect(kanjiNumeral(-15)).toBe("-15")
    expect(kanjiNumeral(-1)).toBe("-1")
  })
})
