// Kana conversions: hiragana ↔ katakana, sound-mark composition, 清音化, small → large kana and the
// spelling folds used by search keys. Re-exported by ./index.ts, where the module documentation lives.

/** 濁点 / 半濁点 in every form: combining, spacing (full width) and half width. */
const SOUND_MARKS = /[\u3099-\u309C\uFF9E\uFF9F]/g

/**
 * Hiragana to katakana: U+3041–U+3096 (ぁ…ゖ, including ゔ and ゕゖ) to
 * U+30A1–U+30F6, the iteration marks ゝゞ to ヽヾ and the small kana of the
 * Small Kana Extension (𛄲 U+1B132, 𛅐𛅑𛅒 U+1B150–U+1B152) to their katakana.
 *
 * **Details**
 *
 * Left alone: ゟ (U+309F, より), the sound marks ゛゜ (shared by both scripts),
 * ー, hentaigana, and everything that is not hiragana. Half-width katakana
 * stays half width (fold width first with {@link toFullWidthKana}).
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.hiraganaToKatakana("すゞき ゔぁ") // => "スヾキ ヴァ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const hiraganaToKatakana = (text: string): string =>
  text.replace(/[\u3041-\u3096\u309D\u309E]|\u{1B132}|[\u{1B150}-\u{1B152}]/gu, (c) => {
    const cp = c.codePointAt(0) as number
    if (cp === 0x1b132) return "\u{1B155}"
    if (cp >= 0x1b150) return String.fromCodePoint(cp + 0x14)
    return String.fromCharCode(cp + 0x60)
  })

/**
 * Katakana to hiragana: U+30A1–U+30F6 (ァ…ヶ, including ヴ and ヵヶ) to
 * U+3041–U+3096, ヽヾ to ゝゞ, and 𛅕 U+1B155, 𛅤𛅥𛅦 U+1B164–U+1B166 to
 * their small hiragana.
 *
 * **Details**
 *
 * Left alone, because no hiragana exists: ヷヸヹヺ (U+30F7–U+30FA), ㇰ–ㇿ
 * (U+31F0–U+31FF), ヿ (U+30FF), 𛅧 (small ン); also ー, ・ and half-width
 * katakana (fold width first).
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.katakanaToHiragana("スヾキ ヴァ ヷ") // => "すゞき ゔぁ ヷ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const katakanaToHiragana = (text: string): string =>
  text.replace(/[\u30A1-\u30F6\u30FD\u30FE]|\u{1B155}|[\u{1B164}-\u{1B166}]/gu, (c) => {
    const cp = c.codePointAt(0) as number
    if (cp === 0x1b155) return "\u{1B132}"
    if (cp >= 0x1b164) return String.fromCodePoint(cp - 0x14)
    return String.fromCharCode(cp - 0x60)
  })

const VOICED = new Set(["\u3099", "\u309B", "\uFF9E"])

/**
 * Composes a kana followed by a sound mark — spacing ゛゜ (U+309B/U+309C),
 * half-width ﾞﾟ (U+FF9E/U+FF9F) or combining U+3099/U+309A — into the
 * precomposed character when Unicode has one: `シ゛`→`ジ`, `ハ゜`→`パ`,
 * `か\u3099`→`が`, `ウ゛`→`ヴ`, `ワ゛`→`ヷ`, `ゝ゛`→`ゞ`.
 *
 * **Details**
 *
 * A mark that cannot be composed (`ア゛`, a mark at the start, a second mark)
 * is left exactly as it was. Half-width bases never compose here (`ｶﾞ` stays;
 * use {@link toFullWidthKana}).
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.composeSoundMarks("シ゛ャハ゛") // => "ジャバ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const composeSoundMarks = (text: string): string =>
  text.replace(/([^\u3099-\u309C\uFF9E\uFF9F])([\u3099-\u309C\uFF9E\uFF9F])/gu, (whole, base: string, mark: string) => {
    const composed = (base + (VOICED.has(mark) ? "\u3099" : "\u309A")).normalize("NFC")
    return composed.length === 1 && composed !== base ? composed : whole
  })

/**
 * 清音化: removes 濁点 and 半濁点 — `ガ`→`カ`, `パ`→`ハ`, `ヴ`→`ウ`, `ゔ`→`う`,
 * `ヷヸヹヺ`→`ワヰヱヲ`, `ゞ`→`ゝ`, `ヾ`→`ヽ` — and deletes every standalone
 * sound mark (゛゜, ﾞﾟ, U+3099/U+309A).
 *
 * **Details**
 *
 * On full-width kana this equals NFD, deleting U+3099/U+309A, NFC
 * (identifiers.md §8.2), but only kana are decomposed, so other text keeps
 * its form (NFD/NFC would, for example, replace CJK compatibility ideographs).
 * Half-width `ｶﾞ` becomes `ｶ`. Not an official rule: the 清音化 rules of the
 * 住民記録システム標準仕様書 are UNVERIFIED (see {@link searchKey}).
 *
 * **Gotchas**
 *
 * `ヸ` becomes `ヰ` (Unicode decomposition), not `イ` as some libraries do;
 * {@link foldArchaicKana} maps `ヰ` to `イ`.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.seionka("ジャバ ｶﾞ") // => "シャハ ｶ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const seionka = (text: string): string =>
  text
    .replace(/[\u3041-\u309F\u30A0-\u30FF]/g, (c) => {
      const d = c.normalize("NFD")
      return d.length === 1 ? c : d.replace(/[\u3099\u309A]/g, "")
    })
    .replace(SOUND_MARKS, "")

/**
 * Small kana (小書き) and their large kana, in every script the module knows:
 * ぁぃぅぇぉっゃゅょゎゕゖ, ァィゥェォッャュョヮヵヶ, ㇰ–ㇿ (U+31F0–U+31FF), half-width
 * ｧｨｩｪｫｬｭｮｯ, and the Small Kana Extension (𛄲𛅐𛅑𛅒𛅕𛅤𛅥𛅦𛅧).
 *
 * @category models
 * @since 0.1.0
 */
export const SMALL_TO_LARGE_KANA: ReadonlyMap<string, string> = new Map<string, string>([
  ...zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ"),
  ...zip("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ"),
  ...zip("ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ", "クシストヌハヒフヘホムラリルレロ"),
  ...zip("ｧｨｩｪｫｬｭｮｯ", "ｱｲｳｴｵﾔﾕﾖﾂ"),
  ...zip("\u{1B132}\u{1B150}\u{1B151}\u{1B152}", "こゐゑを"),
  ...zip("\u{1B155}\u{1B164}\u{1B165}\u{1B166}\u{1B167}", "コヰヱヲン")
])

function zip(small: string, large: string): ReadonlyArray<readonly [string, string]> {
  const l = Array.from(large)
  return Array.from(small, (s, i) => [s, l[i] as string] as const)
}

const SMALL_KANA = new RegExp(`[${[...SMALL_TO_LARGE_KANA.keys()].join("")}]`, "gu")

/**
 * Small → large kana (`キャッシュ`→`キヤツシユ`, `ヵ`→`カ`, `ㇰ`→`ク`,
 * `ｯ`→`ﾂ`) with the table {@link SMALL_TO_LARGE_KANA}. Legacy 住基 readings
 * are often stored 直音のみ (small kana written large), so search keys fold
 * them (identifiers.md §8.1). Script and width are kept.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.enlargeSmallKana("きゃっしゅ ヵ ㇰ ｯ") // => "きやつしゆ カ ク ﾂ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const enlargeSmallKana = (text: string): string =>
  text.replace(SMALL_KANA, (c) => SMALL_TO_LARGE_KANA.get(c) as string)

const ARCHAIC: Readonly<Record<string, string>> = { ヰ: "イ", ヱ: "エ", ヲ: "オ", ゐ: "い", ゑ: "え", を: "お", ｦ: "ｵ" }

/**
 * Folds the historical kana ヰヱヲ (ゐゑを, ｦ) to イエオ (いえお, ｵ), which are
 * pronounced alike today. A spelling fold for search keys (昔の表記ゆれ), not
 * a conversion of the record.
 *
 * **Gotchas**
 *
 * ヸヹヺ are left alone; run {@link seionka} first to fold them via ヰヱヲ.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.foldArchaicKana("ヱミ ゐ") // => "エミ い"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const foldArchaicKana = (text: string): string => text.replace(/[ヰヱヲゐゑをｦ]/g, (c) => ARCHAIC[c] as string)

const YOTSUGANA: Readonly<Record<string, string>> = { ヂ: "ジ", ヅ: "ズ", ぢ: "じ", づ: "ず" }

/**
 * Folds the 四つ仮名 ヂヅ (ぢづ) to ジズ (じず), pronounced alike in standard
 * Japanese (`チヂワ` and `チジワ`). Composed input only: run
 * {@link composeSoundMarks} first for `チ゛`.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.foldYotsugana("ちぢみ ツヅキ") // => "ちじみ ツズキ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const foldYotsugana = (text: string): string => text.replace(/[ヂヅぢづ]/g, (c) => YOTSUGANA[c] as string)
