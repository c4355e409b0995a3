/**
 * fast-check arbitraries of Japanese text: kana strings in every script and
 * width, JIS X 0208 text, and text with 外字 (characters outside JIS X 0208).
 * All data is synthetic: characters drawn from tables, never real names.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { Text } from "@juki/core/arbitraries"
 * import { Text as T } from "@juki/core"
 *
 * fc.assert(fc.property(Text.katakana, (s) => T.searchKey(s) === T.searchKey(T.katakanaToHiragana(s))))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { cp932OnlyCharacters, jisX0208Characters } from "./shift-jis.js"

const range = (from: number, to: number): ReadonlyArray<string> =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))

const stringOf = (chars: ReadonlyArray<string>, maxLength = 12, minLength = 0): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...chars), minLength, maxLength })

/** Hiragana U+3041–U+3096 (ぁ…ゖ) plus ゝゞ and ー. */
const HIRAGANA = [...range(0x3041, 0x3096), "ゝ", "ゞ", "ー"]
/** Katakana U+30A1–U+30FA (ァ…ヺ) plus ヽヾ, ー and ㇰ–ㇿ. */
const KATAKANA = [...range(0x30a1, 0x30fa), "ヽ", "ヾ", "ー", ...range(0x31f0, 0x31ff)]
/** Half-width katakana and punctuation U+FF61–U+FF9F. */
const HALF_WIDTH = range(0xff61, 0xff9f)

/**
 * Strings of hiragana (ぁ…ゖ, ゝゞ, ー).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const hiragana: fc.Arbitrary<string> = stringOf(HIRAGANA)

/**
 * Strings of full-width katakana (ァ…ヺ, ヽヾ, ー, ㇰ–ㇿ).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const katakana: fc.Arbitrary<string> = stringOf(KATAKANA)

/**
 * Strings of half-width katakana and punctuation (U+FF61–U+FF9F, ﾞﾟ included,
 * also where they cannot compose).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const halfWidthKatakana: fc.Arbitrary<string> = stringOf(HALF_WIDTH)

/**
 * Kana written as people type readings: all three scripts, standalone and
 * combining sound marks (゛゜, U+3099/U+309A), spaces (U+0020, U+3000), 中黒
 * and dash look-alikes mixed.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const kanaInput: fc.Arbitrary<string> = stringOf(
  [
    ...HIRAGANA,
    ...KATAKANA,
    ...HALF_WIDTH,
    "゛",
    "゜",
    "\u3099",
    "\u309A",
    " ",
    "\u3000",
    "・",
    "-",
    "－",
    "〜",
    "～",
    "―",
    "\u{1B132}",
    "\u{1B150}",
    "\u{1B155}",
    "\u{1B164}",
    "\u{1B167}",
    "A",
    "ａ",
    "１"
  ],
  16
)

let jisKanjiCache: ReadonlyArray<string> | undefined
let jisAllCache: ReadonlyArray<string> | undefined
const jisKanji = () => (jisKanjiCache ??= jisX0208Characters().slice(524))
const jisAll = () => (jisAllCache ??= jisX0208Characters())

/**
 * Strings of JIS X 0208 kanji (level 1 and level 2, rows 16–84).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const jisX0208Kanji: fc.Arbitrary<string> = fc
  .array(fc.nat({ max: 6879 - 524 - 1 }), { minLength: 1, maxLength: 8 })
  .map((is) => is.map((i) => jisKanji()[i] as string).join(""))

/**
 * Text representable in Shift_JIS under JIS X 0208: any JIS X 0208 character,
 * printable ASCII and half-width katakana.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const jisX0208Text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.nat({ max: 6878 }).map((i) => jisAll()[i] as string) },
      { weight: 1, arbitrary: fc.constantFrom(...range(0x20, 0x7e)) },
      { weight: 1, arbitrary: fc.constantFrom(...HALF_WIDTH) }
    ),
    { maxLength: 12 }
  )
  .map((cs) => cs.join(""))

/**
 * One 外字 (a character outside JIS X 0208 and JIS X 0201): IBM and NEC
 * extensions of CP932 (髙, 﨑, ①, Ⅰ …), CJK Extension B and other
 * supplementary-plane kanji (𠮷), IVS sequences (葛󠄀 = 葛 + U+E0100),
 * user-defined characters (U+E000–U+E757), and CJK unified ideographs outside
 * JIS X 0208.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const gaiji: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("𠮷", "髙", "﨑", "①", "Ⅰ", "㈱", "葛\u{E0100}", "辻\u{E0100}", "𩸽", "𡈽", "\uFA10", "丂"),
  fc.nat({ max: 1000 }).map((i) => {
    const only = cp932OnlyCharacters()
    return only[i % only.length] as string
  }),
  fc.integer({ min: 0x20000, max: 0x2a6df }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xe000, max: 0xe757 }).map((cp) => String.fromCodePoint(cp)),
  fc
    .tuple(fc.nat({ max: 6878 - 524 }), fc.integer({ min: 0xe0100, max: 0xe01ef }))
    .map(([i, vs]) => (jisKanji()[i] as string) + String.fromCodePoint(vs))
)

/**
 * JIS X 0208 text with one to three 外字 inserted at random places.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const withGaiji: fc.Arbitrary<string> = fc
  .tuple(jisX0208Text, fc.array(fc.tuple(gaiji, fc.nat()), { minLength: 1, maxLength: 3 }))
  .map(([text, inserts]) => {
    const chars = Array.from(text)
    for (const [g, at] of inserts) chars.splice(at % (chars.length + 1), 0, g)
    return chars.join("")
  })

/**
 * Text that `isShiftJisRepresentable` accepts with default options
 * ({@link jisX0208Text}).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = jisX0208Text

/**
 * Text that `isShiftJisRepresentable` rejects with default options
 * ({@link withGaiji}).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = withGaiji
