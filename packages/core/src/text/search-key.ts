// The 清音化 search-key pipeline (identifiers.md §8.3). Re-exported by ./index.ts.
import {
  composeSoundMarks,
  enlargeSmallKana,
  foldArchaicKana,
  foldYotsugana,
  hiraganaToKatakana,
  seionka
} from "./kana.js"
import { toFullWidthKana, toHalfWidthAscii } from "./width.js"

/**
 * The policy choices of {@link searchKey}. Every option is a decision of
 * juki, not a rule of the 住民記録システム標準仕様書 (whose 清音化 / あいまい検索
 * rules are UNVERIFIED); the defaults favour recall, so that a search for an
 * existing resident does not miss a spelling variant.
 *
 * @category models
 * @since 0.1.0
 */
export interface SearchKeyOptions {
  /**
   * 清音化: drop 濁点/半濁点 (`ガ`→`カ`, `パ`→`ハ`). Default `true`. With
   * `false`, sound marks are composed (`シ゛`→`ジ`) and any that cannot be
   * composed are kept as the spacing ゛゜.
   */
  readonly seion?: boolean
  /** Small → large kana (`ャ`→`ヤ`, `ッ`→`ツ`, `ヵ`→`カ`, `ㇰ`→`ク`). Default `true`. */
  readonly enlargeSmallKana?: boolean
  /**
   * Delete white space (U+0020, U+3000 and every other `\s`) and 中黒
   * (`・` U+30FB, `･` U+FF65, `·` U+00B7, `‧` U+2027). Default `true`: 氏名 are
   * stored both with and without the space between 氏 and 名.
   */
  readonly removeSeparators?: boolean
  /**
   * 長音 `ー`. `"keep"` (default) keeps it and turns a dash look-alike that
   * follows kana (`-` `‐` `–` `—` `―` `−` `－` `~` `〜` `～` `─` `━` `﹣` `ｰ`) into
   * `ー`; `"remove"` deletes `ー` and such look-alikes (`オーノ` matches
   * `オノ`, but not `オオノ`).
   */
  readonly prolongedSoundMark?: "keep" | "remove"
  /**
   * 踊り字 `ヽ` `ヾ` (and `ゝ` `ゞ`) after a kana: `"expand"` (default) writes the
   * repeated kana (`イスヾ` → `イスズ`, `サヽキ` → `ササキ`); `"keep"` leaves
   * them.
   */
  readonly iterationMarks?: "expand" | "keep"
  /** `ヂヅ`→`ジズ` (四つ仮名, applied before 清音化). Default `true`. */
  readonly yotsugana?: boolean
  /** `ヰヱヲ`→`イエオ` (applied after 清音化, so `ヸ`→`イ`). Default `true`. */
  readonly archaicKana?: boolean
}

/**
 * The defaults of {@link searchKey}.
 *
 * @category models
 * @since 0.1.0
 */
export const SEARCH_KEY_DEFAULTS: Required<SearchKeyOptions> = {
  seion: true,
  enlargeSmallKana: true,
  removeSeparators: true,
  prolongedSoundMark: "keep",
  iterationMarks: "expand",
  yotsugana: true,
  archaicKana: true
}

const SEPARATORS = /[\s\u30FB\uFF65\u00B7\u2027]/gu
const LOOKALIKES = new Set([
  "-",
  "\u2010",
  "\u2011",
  "\u2012",
  "\u2013",
  "\u2014",
  "\u2015",
  "\u2212",
  "\uFF0D",
  "~",
  "\u301C",
  "\uFF5E",
  "\u2500",
  "\u2501",
  "\uFE63",
  "\uFF70"
])
const PROLONGED = "\u30FC"
/** Sound marks are transparent when looking back for a kana. */
const isMark = (c: string) => c >= "\u3099" && c <= "\u309C"
/** Katakana letters (ァ…ヺ, ㇰ–ㇿ, small katakana of the Small Kana Extension): what an iteration mark may repeat. */
const isKatakanaLetter = (c: string) => {
  const cp = c.codePointAt(0) ?? 0
  return (
    c.length <= 2 &&
    ((cp >= 0x30a1 && cp <= 0x30fa) ||
      (cp >= 0x31f0 && cp <= 0x31ff) ||
      cp === 0x1b155 ||
      (cp >= 0x1b164 && cp <= 0x1b167))
  )
}
const isKanaLike = (c: string) => isKatakanaLetter(c) || c === PROLONGED || c === "\u30FD" || c === "\u30FE"

const prolonged = (text: string, mode: "keep" | "remove"): string => {
  let out = ""
  let afterKana = false
  for (const c of text) {
    if (isMark(c)) {
      out += c
      continue
    }
    if (c === PROLONGED || (afterKana && LOOKALIKES.has(c))) {
      if (mode === "keep") out += PROLONGED
      afterKana = true
      continue
    }
    out += c
    afterKana = isKanaLike(c)
  }
  return out
}

// Stryker disable next-line BlockStatement: voice is used only with seion off, where searchKey composes marks again at the end, so plain + ゛ (its undefined) gives the same key as the voiced kana
const voice = (c: string): string | undefined => {
  const v = (c + "\u3099").normalize("NFC")
  // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, plain + U+3099, plain + ゛ and the voiced kana all compose to the same key
  return v.length === 1 ? v : undefined
}

const expandIterationMarks = (text: string, seion: boolean, yotsugana: boolean): string => {
  const out: Array<string> = []
  for (const c of text) {
    const prev = out[out.length - 1]
    if ((c === "\u30FD" || c === "\u30FE") && prev !== undefined && isKatakanaLetter(prev)) {
      const plain = seionka(prev)
      if (c === "\u30FD" || seion) out.push(plain)
      else {
        const voiced = voice(plain)
        if (voiced === undefined) out.push(plain, "\u309B")
        else out.push(yotsugana ? foldYotsugana(voiced) : voiced)
      }
    } else out.push(c)
  }
  return out.join("")
}

const toSpacingMarks = (text: string): string =>
  text.replace(/[\u3099\u309A\uFF9E\uFF9F]/g, (c) => (c === "\u3099" || c === "\uFF9E" ? "\u309B" : "\u309C"))

/**
 * Builds a search key (検索キー) for kana 氏名 — the kind of value the CS
 * files hold as 清音化かな氏名 — so that spelling variants of one reading meet:
 * `ｽｽﾞｷ`, `すずき`, `スヾキ` and `ス　ズキ` all give `ススキ`.
 *
 * **When to use**
 *
 * Use it to index and to look up residents by reading (あいまい検索), to find
 * duplicate registrations, and to compare legacy 直音のみ readings with
 * 拗音・促音 ones. Never store it in place of the reading itself.
 *
 * **Details**
 *
 * The pipeline of identifiers.md §8.3, in this order:
 *
 * 1. width folding: {@link toHalfWidthAscii} (full-width ASCII → ASCII,
 *    U+3000 → space), then {@link toFullWidthKana} (`ｶﾞ`→`ガ`; no NFKC, so
 *    `゛` never becomes a space plus U+3099, and ①/㈱ are left alone);
 * 2. `removeSeparators`: spaces and 中黒;
 * 3. {@link hiraganaToKatakana} (ゝゞ → ヽヾ);
 * 4. `enlargeSmallKana` ({@link enlargeSmallKana}), before composing, so
 *    that `ッ゛` meets `ツ゛`;
 * 5. {@link composeSoundMarks} (`シ゛`, `シﾞ`, `シ\u3099` → `ジ`), so that the
 *    later steps see one form; with `seion`, marks that cannot be composed
 *    are deleted here;
 * 6. `prolongedSoundMark`, then `iterationMarks` (with `seion: false`,
 *    marks are composed once more afterwards: `フヽ゜` → `フプ`);
 * 7. `yotsugana` ({@link foldYotsugana});
 * 8. `seion`: {@link seionka} (NFD, drop U+3099/U+309A, NFC on kana);
 * 9. `archaicKana` ({@link foldArchaicKana}).
 *
 * The key is idempotent (`searchKey(searchKey(x)) === searchKey(x)`) for
 * every option set, the same for hiragana, katakana and half-width input, and
 * with the defaults contains no sound mark and no small kana. Kanji, Latin
 * letters (case is kept) and digits pass through.
 *
 * **Gotchas**
 *
 * - NOT an official rule. The normative 清音化 / あいまい検索 rules of the
 *   住民記録システム標準仕様書 are UNVERIFIED (not found in public text); a key
 *   built here need not equal the 清音化かな氏名 another system stored.
 * - `ヴァ` gives `ウア`, not `ハ` (`バ`): ヴ/バ are not folded together.
 * - `ー` is kept by default (`オーノ` ≠ `オオノ`); only dash look-alikes after
 *   kana become `ー`.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 *
 * Text.searchKey("ｷｬｯｼｭ") // => "キヤツシユ"
 * Text.searchKey("いすゞ　ぢろう") // => "イススシロウ"
 * Text.searchKey("ジャバ", { seion: false, enlargeSmallKana: false }) // => "ジャバ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const searchKey = (text: string, options: SearchKeyOptions = {}): string => {
  const o = { ...SEARCH_KEY_DEFAULTS, ...definedOnly(options) }
  let s = toFullWidthKana(toHalfWidthAscii(text))
  if (o.removeSeparators) s = s.replace(SEPARATORS, "")
  s = hiraganaToKatakana(s)
  // Small → large before composing: `ッ゛` must meet `ツ゛` (→ ヅ), and a later step must not create a new base.
  if (o.enlargeSmallKana) s = enlargeSmallKana(s)
  s = composeSoundMarks(s)
  s = o.seion ? s.replace(/[\u3099-\u309C\uFF9E\uFF9F]/g, "") : toSpacingMarks(s)
  s = prolonged(s, o.prolongedSoundMark)
  if (o.iterationMarks === "expand") s = expandIterationMarks(s, o.seion, o.yotsugana)
  // Removing ー (`トー゛`) or expanding ヽ (`フヽ゜`) may put a kept mark after a kana: compose once more.
  if (!o.seion) s = toSpacingMarks(composeSoundMarks(s))
  if (o.yotsugana) s = foldYotsugana(s)
  if (o.seion) s = seionka(s)
  if (o.archaicKana) s = foldArchaicKana(s)
  return s
}

const definedOnly = (options: SearchKeyOptions): SearchKeyOptions =>
  Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) as SearchKeyOptions
