import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as A from "./arbitraries.js"
import * as Text from "./index.js"

const LIB = "library pipeline of identifiers.md §8.3 (not an official rule; 標準仕様 rules UNVERIFIED)"

/** identifiers.md §8.2 test inputs and the keys juki defines for them (default options). */
const TABLE: ReadonlyArray<readonly [input: string, key: string]> = [
  ["ｶﾞｯｺｳ", "カツコウ"],
  ["ｷｬｯｼｭ", "キヤツシユ"],
  ["シ゛ャハ゛", "シヤハ"],
  ["シ\u3099ャハ\u3099", "シヤハ"],
  ["ヴァイオリン", "ウアイオリン"],
  ["ヷヸヹヺ", "ワイエオ"],
  ["ゔぁいおりん", "ウアイオリン"],
  ["ヵヶゕゖ", "カケカケ"],
  ["ㇰㇱㇲ", "クシス"],
  ["ゝゞヽヾ", "ヽヽヽヽ"],
  ["ＡＢＣ\u3000１２３", "ABC123"],
  ["ﾊﾟﾋﾟﾌﾟ", "ハヒフ"]
]

const options: fc.Arbitrary<Text.SearchKeyOptions> = fc.record(
  {
    seion: fc.boolean(),
    enlargeSmallKana: fc.boolean(),
    removeSeparators: fc.boolean(),
    prolongedSoundMark: fc.constantFrom("keep" as const, "remove" as const),
    iterationMarks: fc.constantFrom("expand" as const, "keep" as const),
    yotsugana: fc.boolean(),
    archaicKana: fc.boolean()
  },
  { requiredKeys: [] }
)

const SMALL = new RegExp(`[${[...Text.SMALL_TO_LARGE_KANA.keys()].join("")}]`, "u")

/**
 * Second implementation of the default pipeline for kana without ー-look-alikes or iteration marks, built the
 * way identifiers.md §8.3 states it: marks to combining form, NFKC, spaces and 中黒 removed, +0x60,
 * small→large by its own table (before composing), NFC, ヂヅ→ジズ, NFD/drop/NFC, ヰヱヲ→イエオ.
 */
const SMALL_REF: Readonly<Record<string, string>> = {
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
  ㇰ: "ク",
  ㇱ: "シ",
  ㇲ: "ス",
  ㇳ: "ト",
  ㇴ: "ヌ",
  ㇵ: "ハ",
  ㇶ: "ヒ",
  ㇷ: "フ",
  ㇸ: "ヘ",
  ㇹ: "ホ",
  ㇺ: "ム",
  ㇻ: "ラ",
  ㇼ: "リ",
  ㇽ: "ル",
  ㇾ: "レ",
  ㇿ: "ロ"
}
const reference = (s: string): string => {
  let t = s
    .replace(/[゛ﾞ]/g, "\u3099")
    .replace(/[゜ﾟ]/g, "\u309A")
    .normalize("NFKC")
    .replace(/[\s・]/g, "")
  t = Array.from(t, (c) => {
    const cp = c.codePointAt(0) as number
    return cp >= 0x3041 && cp <= 0x3096 ? String.fromCharCode(cp + 0x60) : c
  }).join("")
  t = Array.from(t, (c) => SMALL_REF[c] ?? c)
    .join("")
    .normalize("NFC")
  t = t.replace(/ヂ/g, "ジ").replace(/ヅ/g, "ズ")
  t = t
    .normalize("NFD")
    .replace(/[\u3099\u309A]/g, "")
    .normalize("NFC")
  return t.replace(/ヰ/g, "イ").replace(/ヱ/g, "エ").replace(/ヲ/g, "オ")
}
const plainKana = fc.string({
  unit: fc.constantFrom(
    ...Array.from(
      "ぁあぃいうゔがぱぢづゐゑをゕゖアァイィヴガパヂヅヰヱヲヷヸヹヺヮヵヶッャㇰㇱㇿーｶｷｬｯﾞﾟｳﾜｦｰ･｡「」、 　・゛゜"
    ),
    "\u3099",
    "\u309A"
  ),
  maxLength: 16
})

describe("searchKey: identifiers.md §8.2 inputs (library pipeline, 標準仕様 清音化 rules UNVERIFIED)", () => {
  for (const [input, key] of TABLE) {
    it(`${LIB}: ${JSON.stringify(input)} → ${key}`, () => {
      expect(Text.searchKey(input)).toBe(key)
    })
  }
  it("variants of one reading meet: ｽｽﾞｷ, すずき, スヾキ, ス　ズキ, す゛ずき-less forms → ススキ", () => {
    for (const v of ["ｽｽﾞｷ", "すずき", "スヾキ", "ス\u3000ズキ", "ス・ス゛キ", "すす\u3099き"])
      expect(Text.searchKey(v)).toBe("ススキ")
  })
  it("legacy 直音のみ readings meet 拗音・促音 ones (identifiers.md §8.1, 宇治市 conversion)", () => {
    expect(Text.searchKey("キヨウコ")).toBe(Text.searchKey("きょうこ"))
    expect(Text.searchKey("ハツトリ")).toBe(Text.searchKey("はっとり"))
  })
})

describe("searchKey options (each a juki policy, UNVERIFIED as 標準仕様)", () => {
  it("seion: false composes marks and keeps 濁音", () => {
    expect(Text.searchKey("シ゛ャハ゛", { seion: false })).toBe("ジヤバ")
    expect(Text.searchKey("ｱﾞ", { seion: false })).toBe("ア゛")
    expect(Text.searchKey("ア\u3099", { seion: false })).toBe("ア゛")
  })
  it("enlargeSmallKana: false keeps 拗音", () => {
    expect(Text.searchKey("ｷｬｯｼｭ", { enlargeSmallKana: false })).toBe("キャッシュ")
  })
  it("removeSeparators: false keeps spaces (folded to U+0020) and 中黒", () => {
    expect(Text.searchKey("ヤマダ　タロウ", { removeSeparators: false })).toBe("ヤマタ タロウ")
    expect(Text.searchKey("ジョン・スミス", { removeSeparators: false })).toBe("シヨン・スミス")
    expect(Text.searchKey("ジョン・スミス")).toBe("シヨンスミス")
  })
  it("prolongedSoundMark: dash look-alikes after kana become ー; 'remove' drops them", () => {
    expect(Text.searchKey("オ-ノ")).toBe("オーノ")
    expect(Text.searchKey("オ－ノ")).toBe("オーノ")
    expect(Text.searchKey("ｵｰﾉ")).toBe("オーノ")
    expect(Text.searchKey("オ〜ノ")).toBe("オーノ")
    expect(Text.searchKey("オーノ", { prolongedSoundMark: "remove" })).toBe("オノ")
    expect(Text.searchKey("A-1")).toBe("A-1")
  })
  it("iterationMarks: 'expand' writes the repeated kana, 'keep' leaves ヽヾ", () => {
    expect(Text.searchKey("いすゞ")).toBe("イスス")
    expect(Text.searchKey("いすゞ", { seion: false })).toBe("イスズ")
    expect(Text.searchKey("サヽキ")).toBe("ササキ")
    expect(Text.searchKey("いすゞ", { iterationMarks: "keep" })).toBe("イスヽ")
    expect(Text.searchKey("いすゞ", { iterationMarks: "keep", seion: false })).toBe("イスヾ")
  })
  it("yotsugana: ヂヅ meet ジズ (before 清音化); false keeps チ/シ apart", () => {
    expect(Text.searchKey("ちぢわ")).toBe(Text.searchKey("ちじわ"))
    expect(Text.searchKey("ちぢわ", { yotsugana: false })).toBe("チチワ")
    expect(Text.searchKey("チ゛", { seion: false })).toBe("ジ")
    expect(Text.searchKey("ッ゛ヶ゛", { seion: false })).toBe("ズゲ")
  })
  it("seion: false stays idempotent when ー removal or ヽ expansion brings a mark next to a kana (found by fast-check)", () => {
    expect(Text.searchKey("ㇳｰﾞ", { seion: false, prolongedSoundMark: "remove" })).toBe("ド")
    expect(Text.searchKey("ふヽ゜", { seion: false })).toBe("フプ")
  })
  it("archaicKana: ヰヱヲ meet イエオ; false keeps them", () => {
    expect(Text.searchKey("ヱミ")).toBe("エミ")
    expect(Text.searchKey("ゑみ", { archaicKana: false })).toBe("ヱミ")
  })
  it("undefined options fall back to the defaults", () => {
    expect(Text.searchKey("がっこう", { seion: undefined } as unknown as Text.SearchKeyOptions)).toBe("カツコウ")
    expect(Text.SEARCH_KEY_DEFAULTS.seion).toBe(true)
  })
  it("kanji, Latin letters (case kept) and digits pass through", () => {
    expect(Text.searchKey("山田Ab12")).toBe("山田Ab12")
  })
})

describe("searchKey properties", () => {
  it("idempotent with the defaults: searchKey(searchKey(x)) = searchKey(x)", () => {
    fc.assert(fc.property(A.kanaInput, (s) => Text.searchKey(Text.searchKey(s)) === Text.searchKey(s)))
  })
  it("idempotent for every option set", () => {
    fc.assert(
      fc.property(A.kanaInput, options, (s, o) => {
        const k = Text.searchKey(s, o)
        expect(Text.searchKey(k, o)).toBe(k)
      }),
      { numRuns: 300 }
    )
  })
  it("the same for hiragana, katakana and half-width spellings of a reading", () => {
    fc.assert(
      fc.property(A.katakana, options, (k, o) => {
        const key = Text.searchKey(k, o)
        expect(Text.searchKey(Text.katakanaToHiragana(k), o)).toBe(key)
        expect(Text.searchKey(Text.toHalfWidthKana(k), o)).toBe(key)
        expect(Text.searchKey(k.normalize("NFD"), o)).toBe(key)
      })
    )
  })
  it("the same whether sound marks are precomposed, combining, spacing or half width", () => {
    fc.assert(
      fc.property(A.katakana, (k) => {
        const d = k.normalize("NFD")
        const key = Text.searchKey(k)
        expect(Text.searchKey(d.replace(/\u3099/g, "゛").replace(/\u309A/g, "゜"))).toBe(key)
        expect(Text.searchKey(d.replace(/\u3099/g, "ﾞ").replace(/\u309A/g, "ﾟ"))).toBe(key)
      })
    )
  })
  it("with the defaults the key has no sound mark, no voiced kana, no small kana, no space or 中黒", () => {
    fc.assert(
      fc.property(A.kanaInput, (s) => {
        const key = Text.searchKey(s)
        expect(key).not.toMatch(/[\u3099-\u309C\uFF9E\uFF9F\s・･]/)
        expect(key).not.toMatch(SMALL)
        for (const c of key) expect(c.normalize("NFD")).not.toMatch(/[\u3099\u309A]/)
        expect(key).not.toMatch(/[\u3041-\u3096\uFF61-\uFF9F]/)
      })
    )
  })
  it("equals the literal §8.3 steps (NFKC, +0x60, NFD/drop/NFC, tables) on plain kana (second implementation)", () => {
    fc.assert(
      fc.property(plainKana, (s) => Text.searchKey(s) === reference(s)),
      { numRuns: 300 }
    )
  })
})
