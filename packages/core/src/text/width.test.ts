import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as A from "./arbitraries.js"
import * as Text from "./index.js"

const HALF_KANA = Array.from({ length: 0xff9f - 0xff61 + 1 }, (_, i) => String.fromCharCode(0xff61 + i))
const halfKana = fc.string({ unit: fc.constantFrom(...HALF_KANA), maxLength: 16 })
const printableAscii = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 20
})

/** Second implementation: NFKC, with the combining marks NFKC leaves turned into the spacing ゛゜. */
const nfkcKana = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/\u3099/g, "゛")
    .replace(/\u309A/g, "゜")

describe("toHalfWidthAscii", () => {
  it("JIS X 0208 full-width alphanumerics and U+3000 fold to ASCII (identifiers.md §8.2 input)", () => {
    expect(Text.toHalfWidthAscii("ＡＢＣ\u3000１２３")).toBe("ABC 123")
    expect(Text.toHalfWidthAscii("！＂＃～")).toBe('!"#~')
  })
  it("U+3000 becomes U+0020, not U+2120 (the naive −0xFEE0 trap, kujirahand/nadesiko3#1999)", () => {
    expect(Text.toHalfWidthAscii("\u3000")).toBe(" ")
    expect(Text.toHalfWidthAscii("\u3000")).not.toBe(String.fromCharCode(0x3000 - 0xfee0))
  })
  it("leaves ￥ ￣ half-width kana and kanji alone", () => {
    expect(Text.toHalfWidthAscii("￥￣ｶﾅ漢字")).toBe("￥￣ｶﾅ漢字")
  })
  it("agrees with NFKC on every character of U+FF01–U+FF5E and U+3000 (second implementation)", () => {
    for (let cp = 0xff01; cp <= 0xff5e; cp++) {
      const c = String.fromCharCode(cp)
      expect(Text.toHalfWidthAscii(c)).toBe(c.normalize("NFKC"))
    }
    expect(Text.toHalfWidthAscii("\u3000")).toBe("\u3000".normalize("NFKC"))
  })
  it("property: inverse of toFullWidthAscii on printable ASCII", () => {
    fc.assert(fc.property(printableAscii, (s) => Text.toHalfWidthAscii(Text.toFullWidthAscii(s)) === s))
  })
  it("property: identity on text without full-width ASCII or U+3000", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const clean = s.replace(/[\uFF01-\uFF5E\u3000]/g, "")
        expect(Text.toHalfWidthAscii(clean)).toBe(clean)
      })
    )
  })
})

describe("toFullWidthAscii / toFullWidth", () => {
  it("space becomes U+3000 and printable ASCII U+FF01–U+FF5E", () => {
    expect(Text.toFullWidthAscii("ABC 123")).toBe("ＡＢＣ\u3000１２３")
    expect(Text.toFullWidthAscii("\\~")).toBe("＼～")
    expect(Text.toFullWidthAscii("\t\n")).toBe("\t\n")
  })
  it("toFullWidth folds ASCII and half-width kana together", () => {
    expect(Text.toFullWidth("ｽｽﾞｷ 1")).toBe("スズキ\u3000１")
  })
  it("property: toFullWidthAscii output has no printable ASCII", () => {
    fc.assert(fc.property(printableAscii, (s) => !/[\x20-\x7e]/.test(Text.toFullWidthAscii(s))))
  })
})

describe("toFullWidthKana", () => {
  it("HALF_WIDTH_KANA_TABLE covers the 63 code points U+FF61–U+FF9F (JIS X 0201 片仮名 0xA1–0xDF)", () => {
    expect(Text.HALF_WIDTH_KANA_TABLE).toHaveLength(63)
    expect(Text.HALF_WIDTH_KANA_TABLE.map(([h]) => h).join("")).toBe(HALF_KANA.join(""))
  })
  it("every table entry agrees with NFKC, except ﾞﾟ which become the spacing ゛゜", () => {
    for (const [half, full] of Text.HALF_WIDTH_KANA_TABLE) {
      if (half === "ﾞ" || half === "ﾟ") expect(full).toBe(half === "ﾞ" ? "\u309B" : "\u309C")
      else expect(full).toBe(half.normalize("NFKC"))
    }
  })
  it("composes ﾞﾟ: ｶﾞ→ガ, ｳﾞ→ヴ, ﾜﾞ→ヷ, ｦﾞ→ヺ, ﾊﾟ→パ (identifiers.md §8.2, moji's table)", () => {
    expect(Text.toFullWidthKana("ｶﾞ")).toBe("ガ")
    expect(Text.toFullWidthKana("ｳﾞ")).toBe("ヴ")
    expect(Text.toFullWidthKana("ﾜﾞ")).toBe("ヷ")
    expect(Text.toFullWidthKana("ｦﾞ")).toBe("ヺ")
    expect(Text.toFullWidthKana("ﾊﾟﾋﾟﾌﾟ")).toBe("パピプ")
    expect(Text.toFullWidthKana("ｶﾞｯｺｳ")).toBe("ガッコウ")
  })
  it("a ﾞ that cannot compose becomes ゛, never a space (unlike NFKC)", () => {
    expect(Text.toFullWidthKana("ｱﾞ")).toBe("ア゛")
    expect(Text.toFullWidthKana("ﾞ")).toBe("゛")
    expect(Text.toFullWidthKana("ﾞ")).not.toContain(" ")
  })
  it("property: equals NFKC with combining marks made spacing (second implementation)", () => {
    fc.assert(fc.property(halfKana, (s) => Text.toFullWidthKana(s) === nfkcKana(s)))
  })
  it("property: toHalfWidthKana inverts it on half-width kana", () => {
    fc.assert(fc.property(A.halfWidthKatakana, (s) => Text.toHalfWidthKana(Text.toFullWidthKana(s)) === s))
  })
})

describe("toHalfWidthKana / toHalfWidth", () => {
  it("decomposes voiced kana into base + ﾞ/ﾟ", () => {
    expect(Text.toHalfWidthKana("ガッコウ・パン")).toBe("ｶﾞｯｺｳ･ﾊﾟﾝ")
    expect(Text.toHalfWidthKana("ヴヷヺ")).toBe("ｳﾞﾜﾞｦﾞ")
    expect(Text.toHalfWidthKana("カ\u3099ハ\u309A")).toBe("ｶﾞﾊﾟ")
    expect(Text.toHalfWidth("スズキ\u3000１")).toBe("ｽｽﾞｷ 1")
  })
  it("leaves what JIS X 0201 cannot write: hiragana, ヮヵヶ, ヰヱ, ヸヹ, ヽヾ, ㇰ", () => {
    expect(Text.toHalfWidthKana("ひらがなヮヵヶヰヱヸヹヽヾㇰ")).toBe("ひらがなヮヵヶヰヱヸヹヽヾㇰ")
  })
  it("property: toFullWidthKana inverts it on katakana without ヮヵヶヰヱヸヹヽヾㇰ–ㇿ", () => {
    fc.assert(
      fc.property(A.katakana, (k) => {
        const s = k.replace(/[ヮヵヶヰヱヸヹヽヾ\u31F0-\u31FF]/g, "")
        expect(Text.toFullWidthKana(Text.toHalfWidthKana(s))).toBe(s)
      })
    )
  })
})
