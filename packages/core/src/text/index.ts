/**
 * Japanese text for registry data: width folding (全角/半角), hiragana ↔
 * katakana, 清音化 search keys for kana 氏名, and Shift_JIS (JIS X 0208 /
 * CP932) representability with the 外字数 the CS files record.
 *
 * **When to use**
 *
 * - {@link searchKey} to index or look up residents by reading
 *   (清音化かな氏名-style keys; not an official rule, see its Gotchas).
 * - {@link countGaiji}, {@link findUnrepresentable}, {@link validateShiftJis}
 *   and {@link byteLengthShiftJis} before writing a field to a Shift_JIS
 *   fixed-length file (外字数(氏名), 外字数(住所), 項目長).
 * - The single steps ({@link toHalfWidthAscii}, {@link toFullWidthKana},
 *   {@link hiraganaToKatakana}, {@link seionka}, {@link enlargeSmallKana} …)
 *   when you need one of them on its own.
 * - {@link degenerate} (縮退) to reduce a text to JIS X 0208 with a
 *   substitution map the user supplies ({@link parseDegenerateMap}), with
 *   every substitution and every unmapped character reported.
 *
 * **Details**
 *
 * - Pure functions without dependencies. The JIS X 0208 and CP932 tables are
 *   generated from Node's `TextDecoder("shift_jis")` by
 *   `scripts/gen-jisx0208-table.mjs` and committed; nothing is decoded at
 *   run time, so the module also works on small-ICU builds and in browsers.
 * - JIS X 0208:1997 has 6,879 graphic characters: 524 non-kanji (rows 1–8),
 *   2,965 level-1 kanji (rows 16–47) and 3,390 level-2 kanji (rows 48–84).
 * - Seven cells map to different code points in JIS and in CP932 (〜/～,
 *   −/－ …): {@link CP932_JIS_DIFFERENCES} states the policy as data.
 *
 * **Gotchas**
 *
 * - NFKC is not used for width folding: it turns a standalone `゛` into a
 *   space plus U+3099, `①` into `1` and `㈱` into `(株)`.
 * - The 清音化 / あいまい検索 rules of the 住民記録システム標準仕様書 and the CS
 *   definition of 外字 are UNVERIFIED; both are juki decisions, documented and
 *   configurable.
 *
 * **Example** (Search keys and 外字数)
 *
 * ```ts
 * import { Text } from "@juki/core"
 *
 * Text.searchKey("ｶﾞｯｺｳ") // => "カツコウ"
 * Text.searchKey("がっこう") // => "カツコウ"
 * Text.countGaiji("髙橋") // => 1
 * Text.byteLengthShiftJis("ﾀﾅｶ 花子") // => 8
 * ```
 *
 * @since 0.1.0
 * @module
 */
export {
  HALF_WIDTH_KANA_TABLE,
  toFullWidth,
  toFullWidthAscii,
  toFullWidthKana,
  toHalfWidth,
  toHalfWidthAscii,
  toHalfWidthKana
} from "./width.js"
export {
  SMALL_TO_LARGE_KANA,
  composeSoundMarks,
  enlargeSmallKana,
  foldArchaicKana,
  foldYotsugana,
  hiraganaToKatakana,
  katakanaToHiragana,
  seionka
} from "./kana.js"
export { SEARCH_KEY_DEFAULTS, searchKey, type SearchKeyOptions } from "./search-key.js"
export {
  CP932_JIS_DIFFERENCES,
  Unrepresentable,
  byteLengthShiftJis,
  countGaiji,
  findUnrepresentable,
  isJisX0208,
  isShiftJisRepresentable,
  rules,
  toShiftJisCode,
  validateShiftJis,
  type Charset,
  type JisCp932Difference,
  type ShiftJisOptions,
  type UnrepresentableChar
} from "./shift-jis.js"
export {
  MapDuplicate as DegenerateMapDuplicate,
  MapLine as DegenerateMapLine,
  MapTarget as DegenerateMapTarget,
  SAMPLE_DEGENERATE_MAP,
  degenerate,
  degenerateRules,
  makeDegenerateMap,
  parseDegenerateMap,
  type DegenerateMap,
  type DegenerateOptions,
  type Degenerated,
  type Substitution,
  type UnmappedChar
} from "./degenerate/index.js"
