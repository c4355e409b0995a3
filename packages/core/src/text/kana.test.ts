import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as A from "./arbitraries.js"
import * as Text from "./index.js"
import { JIS_X_0208_ROWS } from "./jisx0208-table.js"

const row = (n: number) => (JIS_X_0208_ROWS.find(([r]) => r === n)?.[1] ?? "").replace(/\uFFFD/g, "")
/** JIS X 0208 row 4 (ぁ…ん, 83 hiragana) and row 5 (ァ…ヶ, 86 katakana): an independent table. */
const ROW4 = row(4)
const ROW5 = row(5)

const fullKanaWithCombining = fc.string({
  unit: fc.constantFrom(...Array.from(ROW4 + ROW5 + "ヷヸヹヺゝゞヽヾー"), "\u3099", "\u309A"),
  maxLength: 16
})
/** Second implementation of 清音化 (identifiers.md §8.2): NFD, delete U+3099/U+309A, NFC. */
const seionReference = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u3099\u309A]/g, "")
    .normalize("NFC")

describe("hiraganaToKatakana / katakanaToHiragana", () => {
  it("JIS X 0208 row 4 (hiragana) maps onto the first 83 cells of row 5 (katakana)", () => {
    expect(ROW4).toHaveLength(83)
    expect(ROW5).toHaveLength(86)
    expect(Text.hiraganaToKatakana(ROW4)).toBe(ROW5.slice(0, 83))
    expect(Text.katakanaToHiragana(ROW5.slice(0, 83))).toBe(ROW4)
  })
  it("ゔ→ヴ, ゕゖ→ヵヶ, ゝゞ→ヽヾ (jaconv (Py) hira2kata behaviour, identifiers.md §8.2)", () => {
    expect(Text.hiraganaToKatakana("ゔぁいおりん")).toBe("ヴァイオリン")
    expect(Text.hiraganaToKatakana("ヵヶゕゖ")).toBe("ヵヶヵヶ")
    expect(Text.hiraganaToKatakana("ゝゞ")).toBe("ヽヾ")
    expect(Text.hiraganaToKatakana("\u{1B132}\u{1B150}\u{1B151}\u{1B152}")).toBe("\u{1B155}\u{1B164}\u{1B165}\u{1B166}")
  })
  it("leaves ゟ, ゛゜, ー, half-width kana and kanji alone", () => {
    expect(Text.hiraganaToKatakana("ゟ゛゜ーｶﾅ漢")).toBe("ゟ゛゜ーｶﾅ漢")
  })
  it("katakanaToHiragana leaves ヷヸヹヺ, ㇰ–ㇿ, ヿ and 𛅧 (no hiragana exists)", () => {
    expect(Text.katakanaToHiragana("ヷヸヹヺㇰㇿヿ\u{1B167}")).toBe("ヷヸヹヺㇰㇿヿ\u{1B167}")
    expect(Text.katakanaToHiragana("スヾキ ヴァ")).toBe("すゞき ゔぁ")
  })
  it("property: katakanaToHiragana inverts hiraganaToKatakana on hiragana", () => {
    fc.assert(fc.property(A.hiragana, (h) => Text.katakanaToHiragana(Text.hiraganaToKatakana(h)) === h))
  })
  it("property: hiraganaToKatakana leaves no hiragana of U+3041–U+3096 behind", () => {
    fc.assert(fc.property(A.kanaInput, (s) => !/[\u3041-\u3096\u309D\u309E]/.test(Text.hiraganaToKatakana(s))))
  })
})

describe("composeSoundMarks", () => {
  it("シ゛ャハ゛ → ジャバ (japanese-string-utils toFullwidthKana behaviour, identifiers.md §8.2)", () => {
    expect(Text.composeSoundMarks("シ゛ャハ゛")).toBe("ジャバ")
    expect(Text.composeSoundMarks("シ\u3099ャハ\u3099")).toBe("ジャバ")
    expect(Text.composeSoundMarks("ハ゜ハﾟ")).toBe("パパ")
    expect(Text.composeSoundMarks("ウ゛ワ゛ゝ゛")).toBe("ヴヷゞ")
  })
  it("leaves marks that cannot compose exactly as they were", () => {
    expect(Text.composeSoundMarks("ア゛゛ガ゛")).toBe("ア゛゛ガ゛")
    expect(Text.composeSoundMarks("゛カ")).toBe("゛カ")
    expect(Text.composeSoundMarks("ｶﾞ")).toBe("ｶﾞ")
  })
  it("property: on kana with combining marks it equals NFC (second implementation)", () => {
    fc.assert(fc.property(fullKanaWithCombining, (s) => Text.composeSoundMarks(s) === s.normalize("NFC")))
  })
})

describe("seionka (清音化; library rule, 標準仕様書 rules UNVERIFIED)", () => {
  it("identifiers.md §8.2 column 'NFD, drop U+3099/309A, NFC'", () => {
    expect(Text.seionka("シ\u3099ャハ\u3099")).toBe("シャハ")
    expect(Text.seionka("ジャバ")).toBe("シャハ")
    expect(Text.seionka("ヴァイオリン")).toBe("ウァイオリン")
    expect(Text.seionka("ヷヸヹヺ")).toBe("ワヰヱヲ")
    expect(Text.seionka("ゔぁいおりん")).toBe("うぁいおりん")
    expect(Text.seionka("ゝゞヽヾ")).toBe("ゝゝヽヽ")
  })
  it("also deletes standalone ゛゜ and ﾞﾟ (where NFD leaves them)", () => {
    expect(Text.seionka("シ゛ャハ゛")).toBe("シャハ")
    expect(Text.seionka("ﾊﾟﾋﾟﾌﾟ")).toBe("ﾊﾋﾌ")
    expect(Text.seionka("ㇷ゚")).toBe("ㇷ")
  })
  it("does not touch non-kana (CJK compatibility ideographs keep their code point, unlike NFD/NFC)", () => {
    expect(Text.seionka("\uF91F\uFA11é")).toBe("\uF91F\uFA11é")
  })
  it("property: equals NFD, drop, NFC on full-width kana (second implementation)", () => {
    fc.assert(fc.property(fullKanaWithCombining, (s) => Text.seionka(s) === seionReference(s)))
  })
  it("property: no sound mark and no voiced kana remain", () => {
    fc.assert(
      fc.property(A.kanaInput, (s) => {
        const out = Text.seionka(s)
        expect(out).not.toMatch(/[\u3099-\u309C\uFF9E\uFF9F]/)
        for (const c of out) expect(c.normalize("NFD")).not.toMatch(/[\u3099\u309A]/)
      })
    )
  })
  it("property: idempotent", () => {
    fc.assert(fc.property(A.kanaInput, (s) => Text.seionka(Text.seionka(s)) === Text.seionka(s)))
  })
})

describe("enlargeSmallKana", () => {
  it("identifiers.md §8.2 inputs: ヵヶゕゖ → カケかけ, ㇰㇱㇲ → クシス, ｷｬｯｼｭ → ｷﾔﾂｼﾕ", () => {
    expect(Text.enlargeSmallKana("ヵヶゕゖ")).toBe("カケかけ")
    expect(Text.enlargeSmallKana("ㇰㇱㇲ")).toBe("クシス")
    expect(Text.enlargeSmallKana("ｷｬｯｼｭ")).toBe("ｷﾔﾂｼﾕ")
    expect(Text.enlargeSmallKana("きゃっしゅ ヮ ゎ")).toBe("きやつしゆ ワ わ")
  })
  it("covers ㇰ–ㇿ in order (クシストヌハヒフヘホムラリルレロ)", () => {
    const all = Array.from({ length: 16 }, (_, i) => String.fromCharCode(0x31f0 + i)).join("")
    expect(Text.enlargeSmallKana(all)).toBe("クシストヌハヒフヘホムラリルレロ")
  })
  it("table cross-check: ぁ…ゎ and ァ…ヮ sit one code point before their large kana", () => {
    for (const [small, large] of Text.SMALL_TO_LARGE_KANA) {
      if (/[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ]/.test(small)) {
        expect(large.codePointAt(0)).toBe((small.codePointAt(0) as number) + 1)
      }
    }
  })
  it("property: no small kana remain and the length in code points is kept", () => {
    fc.assert(
      fc.property(A.kanaInput, (s) => {
        const out = Text.enlargeSmallKana(s)
        for (const c of out) expect(Text.SMALL_TO_LARGE_KANA.has(c)).toBe(false)
        expect(Array.from(out)).toHaveLength(Array.from(s).length)
      })
    )
  })
})

describe("foldArchaicKana / foldYotsugana (search-key policies, not rules)", () => {
  it("ヰヱヲ → イエオ in every script; ヸヹヺ left", () => {
    expect(Text.foldArchaicKana("ヰヱヲゐゑをｦヸ")).toBe("イエオいえおｵヸ")
  })
  it("ヂヅ → ジズ, ぢづ → じず", () => {
    expect(Text.foldYotsugana("ちぢみ ツヅキ")).toBe("ちじみ ツズキ")
  })
})
