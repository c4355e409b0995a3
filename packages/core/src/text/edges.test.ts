// Edge cases of the text modules found by mutation testing (see docs/quality.md): search keys around the boundaries of
// the katakana blocks (U+30A1–30FA, U+31F0–31FF, U+1B155, U+1B164–1B167, Unicode 15), marks that do not compose, the
// small-kana letters of the Kana Extended/Small Kana Extension blocks, half-width conversion of katakana without a
// half-width form (JIS X 0201 has no ヰ ヱ), variation selectors (U+FE00–FE0F, U+E0100–E01EF) and non-string input.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Text from "./index.js"

describe("searchKey: look-alikes of ー after each kind of katakana (prolongedSoundMark keep)", () => {
  const keepSmall = { enlargeSmallKana: false } as const
  it("the first and last letters of each katakana block make a following - into ー", () => {
    expect(Text.searchKey("ァ-", keepSmall)).toBe("ァー") // U+30A1
    expect(Text.searchKey("ヺ-")).toBe("オー") // U+30FA (ヲ + ゛: 清音 ヲ, then 旧仮名 ヲ → オ)
    expect(Text.searchKey("ㇰ-", keepSmall)).toBe("ㇰー") // U+31F0
    expect(Text.searchKey("ㇿ-", keepSmall)).toBe("ㇿー") // U+31FF
    expect(Text.searchKey("\u{1B155}-", keepSmall)).toBe("\u{1B155}ー") // small ko, outside the BMP
    expect(Text.searchKey("\u{1B164}-", keepSmall)).toBe("\u{1B164}ー") // small wi
    expect(Text.searchKey("\u{1B167}-", keepSmall)).toBe("\u{1B167}ー") // small n
  })
  it("after ヽ, ヾ and ー too; not at the start nor after a non-kana", () => {
    expect(Text.searchKey("ヽ-", { iterationMarks: "keep" })).toBe("ヽー")
    expect(Text.searchKey("ヾ-", { iterationMarks: "keep", seion: false })).toBe("ヾー")
    expect(Text.searchKey("アー-")).toBe("アーー")
    expect(Text.searchKey("-ア")).toBe("-ア")
    expect(Text.searchKey("A-")).toBe("A-")
  })
  it("a mark that does not compose keeps the kana before it in effect (seion: false)", () => {
    expect(Text.searchKey("ン゛-", { seion: false })).toBe("ン゛ー")
    expect(Text.searchKey("ン゜-", { seion: false })).toBe("ン゜ー")
    expect(Text.searchKey("ア\u3099", { seion: false })).toBe("ア゛")
    expect(Text.searchKey("ア\u309A", { seion: false })).toBe("ア゜")
  })
  it("ヾ after a kana that has no voiced form repeats it with a spacing ゛ (seion: false)", () => {
    expect(Text.searchKey("アヾ", { seion: false })).toBe("アア゛")
    expect(Text.searchKey("スヾ", { seion: false })).toBe("スズ")
  })
})

describe("kana: the small letters outside the BMP and marks that do not compose", () => {
  it("katakana small ko, wi, we, wo become hiragana small ko, wi, we, wo; small n has no hiragana", () => {
    expect(Text.katakanaToHiragana("\u{1B155}")).toBe("\u{1B132}")
    expect(Text.katakanaToHiragana("\u{1B164}\u{1B165}\u{1B166}")).toBe("\u{1B150}\u{1B151}\u{1B152}")
    expect(Text.katakanaToHiragana("\u{1B167}")).toBe("\u{1B167}")
    expect(Text.hiraganaToKatakana("\u{1B132}\u{1B150}\u{1B151}\u{1B152}")).toBe("\u{1B155}\u{1B164}\u{1B165}\u{1B166}")
  })
  it("composeSoundMarks leaves a kana and a mark that have no composed form as written", () => {
    expect(Text.composeSoundMarks("ア゛")).toBe("ア゛")
    expect(Text.composeSoundMarks("ア\u309A")).toBe("ア\u309A")
    expect(Text.composeSoundMarks("カ゛ハ゜")).toBe("ガパ")
  })
})

describe("toHalfWidthKana: katakana without a half-width form (JIS X 0201) stay full-width", () => {
  it("ヰ ヱ and their voiced forms ヸ ヹ are kept; ヷ becomes ﾜﾞ", () => {
    expect(Text.toHalfWidthKana("ヰヱヸヹ")).toBe("ヰヱヸヹ")
    expect(Text.toHalfWidthKana("ヷ")).toBe("ﾜﾞ")
  })
})

describe("Shift_JIS: variation selectors, astral characters and non-string input", () => {
  it("a variation selector joins the character before it (both ranges, their bounds), not a lone selector", () => {
    for (const vs of ["\uFE00", "\uFE0F", "\u{E0100}", "\u{E01EF}"]) {
      const text = `葛${vs}`
      expect(Text.findUnrepresentable(text), vs).toEqual([
        {
          index: 0,
          length: text.length,
          codePoint: "U+845B",
          codePoints: ["U+845B", `U+${vs.codePointAt(0)!.toString(16).toUpperCase()}`]
        }
      ])
    }
    // U+FDFF and U+FE10 are no selectors: 葛 is representable and the other character is reported alone.
    expect(Text.findUnrepresentable("葛\uFE10")).toEqual([
      { index: 1, length: 1, codePoint: "U+FE10", codePoints: ["U+FE10"] }
    ])
    expect(Text.findUnrepresentable("葛\u{E01F0}")).toEqual([
      { index: 1, length: 2, codePoint: "U+E01F0", codePoints: ["U+E01F0"] }
    ])
    // Selectors join the character, however many; a selector with no character before it stands alone, and so
    // does the selector after it.
    expect(Text.countGaiji("葛\uFE00\uFE01")).toBe(1)
    expect(Text.countGaiji("\uFE00\uFE01")).toBe(2)
  })
  it("U+FFFF is one UTF-16 unit and U+10000 two; code points under U+1000 are written with 4 digits", () => {
    expect(Text.findUnrepresentable("\uFFFF\u{10000}\u00A9")).toEqual([
      { index: 0, length: 1, codePoint: "U+FFFF", codePoints: ["U+FFFF"] },
      { index: 1, length: 2, codePoint: "U+10000", codePoints: ["U+10000"] },
      { index: 3, length: 1, codePoint: "U+00A9", codePoints: ["U+00A9"] }
    ])
    expect(Text.toShiftJisCode("\uFFFF")).toBeUndefined()
  })
  it("toShiftJisCode takes one character of 1 or 2 UTF-16 units only", () => {
    expect(Text.toShiftJisCode("亜亜")).toBeUndefined()
    expect(Text.toShiftJisCode("亜亜亜")).toBeUndefined()
    expect(Text.toShiftJisCode("")).toBeUndefined()
    expect(Text.toShiftJisCode("\uD842")).toBeUndefined()
    expect(Text.isJisX0208("亜亜亜")).toBe(false)
  })
  it("non-string input: no unrepresentable characters, 0 外字, no byte length, core.input.type with its type", () => {
    expect(Text.findUnrepresentable(5 as unknown as string)).toEqual([])
    expect(Text.countGaiji(5 as unknown as string)).toBe(0)
    expect(Text.byteLengthShiftJis(5 as unknown as string)).toBeUndefined()
    const r = Text.validateShiftJis(5)
    expect(Result.isFailure(r) ? [r.failure.code, r.failure.preview] : r).toEqual(["core.input.type", "<number>"])
  })
})
