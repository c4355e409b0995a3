// Width folding (全角/半角): full-width ASCII ↔ ASCII, half-width katakana ↔ full-width katakana.
// Re-exported by ./index.ts, where the module documentation lives.

const IDEOGRAPHIC_SPACE = "\u3000"

/**
 * The 63 half-width katakana and punctuation U+FF61–U+FF9F (JIS X 0201 片仮名,
 * Shift_JIS bytes 0xA1–0xDF) and their full-width forms, in code point order:
 * ｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱ…ﾝﾞﾟ. ﾞ and ﾟ map to the spacing marks ゛ (U+309B) and
 * ゜ (U+309C), not to the combining U+3099/U+309A that NFKC gives.
 *
 * @category models
 * @since 0.1.0
 */
export const HALF_WIDTH_KANA_TABLE: ReadonlyArray<readonly [half: string, full: string]> = Array.from(
  "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜",
  (full, i) => [String.fromCharCode(0xff61 + i), full] as const
)

const HALF_TO_FULL = new Map<string, string>(HALF_WIDTH_KANA_TABLE)
const FULL_TO_HALF = new Map<string, string>(HALF_WIDTH_KANA_TABLE.map(([h, f]) => [f, h]))
const VOICED_HALF = "\uFF9E"
const SEMI_VOICED_HALF = "\uFF9F"

/**
 * Folds full-width ASCII (U+FF01–U+FF5E, `！`…`～`) to ASCII and the
 * ideographic space U+3000 to U+0020. Everything else is left alone (half-width
 * katakana, ￥ U+FFE5, ￣ U+FFE3 and the other full-width signs outside
 * U+FF01–U+FF5E are not ASCII).
 *
 * **Gotchas**
 *
 * U+3000 is handled explicitly: the naive `code − 0xFEE0` shift turns U+3000
 * into U+2120 (℠), not into a space.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toHalfWidthAscii("ＡＢＣ　１２３") // => "ABC 123"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toHalfWidthAscii = (text: string): string =>
  text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === IDEOGRAPHIC_SPACE ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)
  )

/**
 * Maps printable ASCII U+0021–U+007E to full width (U+FF01–U+FF5E) and the
 * space U+0020 to U+3000. Control characters are left alone.
 *
 * **Gotchas**
 *
 * `\` becomes `＼` (U+FF3C) and `~` becomes `～` (U+FF5E), the CP932 forms;
 * see {@link CP932_JIS_DIFFERENCES} for the JIS X 0208 forms.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toFullWidthAscii("ABC 123") // => "ＡＢＣ　１２３"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toFullWidthAscii = (text: string): string =>
  text.replace(/[\u0020-\u007E]/g, (c) =>
    c === " " ? IDEOGRAPHIC_SPACE : String.fromCharCode(c.charCodeAt(0) + 0xfee0)
  )

const composeWith = (base: string, mark: "\u3099" | "\u309A"): string | undefined => {
  const composed = (base + mark).normalize("NFC")
  return composed.length === 1 ? composed : undefined
}

/**
 * Maps half-width katakana and punctuation (U+FF61–U+FF9F) to full width and
 * composes a following ﾞ/ﾟ with its base where a precomposed character exists:
 * `ｶﾞ`→`ガ`, `ﾊﾟ`→`パ`, `ｳﾞ`→`ヴ`, `ﾜﾞ`→`ヷ`, `ｦﾞ`→`ヺ`. A ﾞ/ﾟ that cannot be
 * composed becomes the spacing mark ゛/゜ (`ｱﾞ`→`ア゛`).
 *
 * **Gotchas**
 *
 * Unlike NFKC, a standalone ﾞ becomes ゛ (U+309B), never U+0020 + U+3099.
 * Only half-width pairs compose: `カﾞ` gives `カ゛`; use
 * {@link composeSoundMarks} to compose mixed or decomposed input.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toFullWidthKana("ｶﾞｯｺｳ ﾜﾞｲﾝ") // => "ガッコウ ヷイン"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toFullWidthKana = (text: string): string =>
  text.replace(/[\uFF61-\uFF9F][\uFF9E\uFF9F]?/g, (pair) => {
    const full = HALF_TO_FULL.get(pair[0] as string) as string
    if (pair.length === 1) return full
    const composed = composeWith(full, pair[1] === VOICED_HALF ? "\u3099" : "\u309A")
    return composed ?? full + (HALF_TO_FULL.get(pair[1] as string) as string)
  })

/**
 * {@link toFullWidthAscii} and {@link toFullWidthKana}: ASCII and half-width
 * katakana to full width.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toFullWidth("ｽｽﾞｷ 1") // => "スズキ　１"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toFullWidth = (text: string): string => toFullWidthKana(toFullWidthAscii(text))

/**
 * Maps full-width katakana and the punctuation of {@link HALF_WIDTH_KANA_TABLE}
 * to half width, decomposing voiced and semi-voiced kana (`ガ`→`ｶﾞ`,
 * `パ`→`ﾊﾟ`, `ヴ`→`ｳﾞ`, `ヷ`→`ﾜﾞ`, `ヺ`→`ｦﾞ`); ゛゜ and the combining
 * U+3099/U+309A become ﾞﾟ.
 *
 * **Details**
 *
 * Left alone, because JIS X 0201 has no half-width form: hiragana, ヮヵヶ,
 * ヰヱ and ヸヹ, ヽヾ, ㇰ–ㇿ.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toHalfWidthKana("ガッコウ・パン") // => "ｶﾞｯｺｳ･ﾊﾟﾝ"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toHalfWidthKana = (text: string): string =>
  text.replace(/[\u3001\u3002\u300C\u300D\u3099-\u309C\u30A1-\u30FC]/g, (c) => {
    const direct = FULL_TO_HALF.get(c)
    if (direct !== undefined) return direct
    if (c === "\u3099") return VOICED_HALF
    if (c === "\u309A") return SEMI_VOICED_HALF
    const [base, mark] = Array.from(c.normalize("NFD"))
    const half = base === undefined ? undefined : FULL_TO_HALF.get(base)
    if (half === undefined || mark === undefined) return c
    return half + (mark === "\u3099" ? VOICED_HALF : SEMI_VOICED_HALF)
  })

/**
 * {@link toHalfWidthAscii} and {@link toHalfWidthKana}: full-width ASCII,
 * U+3000 and full-width katakana to half width.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toHalfWidth("スズキ　１") // => "ｽｽﾞｷ 1"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toHalfWidth = (text: string): string => toHalfWidthKana(toHalfWidthAscii(text))
