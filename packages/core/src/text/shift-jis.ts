// Shift_JIS (JIS X 0208 / CP932) representability, 外字 counting and byte lengths. Re-exported by ./index.ts.
import { Result } from "effect"
import { defineRule, makeError, type JukiError } from "../errors/index.js"
import { NotAString } from "../identifier/index.js"
import { CP932_EXTENSION_ROWS, JIS_X_0208_ROWS } from "./jisx0208-table.js"

/**
 * Which double-byte set counts as Shift_JIS.
 *
 * - `"jisx0208"` (default): the 6,879 graphic characters of JIS X 0208:1997
 *   (rows 1–8 non-kanji, 16–47 level 1, 48–84 level 2), each in its JIS form
 *   and in its CP932 form (see {@link CP932_JIS_DIFFERENCES}).
 * - `"cp932"`: Windows-31J as the WHATWG `shift_jis` decoder reads it: JIS
 *   X 0208 in CP932 forms only, plus NEC row 13 (①, Ⅰ, ㈱ …), the
 *   NEC-selected IBM extensions and the IBM extensions (髙, 﨑 …). Exactly the
 *   characters that round-trip through `new TextDecoder("shift_jis")`, except
 *   that Node's ICU decoder rotates the controls 0x1A, 0x1C and 0x7F
 *   (to U+001C, U+007F, U+001A), unlike the WHATWG standard.
 *
 * Both include the single-byte set: ASCII U+0000–U+007F and half-width
 * katakana U+FF61–U+FF9F. Neither includes the user-defined area
 * (0xF040–0xF9FC, U+E000–U+E757): its meaning is local to each system.
 *
 * @category models
 * @since 0.1.0
 */
export type Charset = "jisx0208" | "cp932"

/**
 * Options of the Shift_JIS functions.
 *
 * @category models
 * @since 0.1.0
 */
export interface ShiftJisOptions {
  /** Default `"jisx0208"`. */
  readonly charset?: Charset
}

/**
 * One JIS X 0208 character whose Unicode mapping differs between JIS
 * (JIS X 0208 / JIS X 0221 and the Unicode consortium's JIS0208.TXT) and
 * CP932 (Microsoft, WHATWG `shift_jis`, iconv-lite).
 *
 * @category models
 * @since 0.1.0
 */
export interface JisCp932Difference {
  /** The JIS form, e.g. `〜` U+301C WAVE DASH. */
  readonly jis: string
  /** The CP932 form, e.g. `～` U+FF5E FULLWIDTH TILDE. */
  readonly cp932: string
  /** The Shift_JIS code of the cell, e.g. `0x8160`. */
  readonly sjis: number
  /** 区 (row) of JIS X 0208. */
  readonly row: number
  /** 点 (cell) of JIS X 0208. */
  readonly cell: number
}

/**
 * The mapping policy for the seven JIS X 0208 cells that JIS and CP932 map to
 * different code points: 〜/～, ‖/∥, −/－, ¢/￠, £/￡, ¬/￢, —/―.
 *
 * **Details**
 *
 * - Under `"jisx0208"` both forms are representable and both encode to the
 *   same bytes (`sjis`); decoding with `TextDecoder("shift_jis")` gives the
 *   CP932 form back, so a byte-exact codec that must round-trip the JIS form
 *   has to map it back with this table.
 * - Under `"cp932"` only the CP932 form is representable (`〜` U+301C and
 *   `−` U+2212 are not in Windows-31J; iconv-lite writes `?` for them,
 *   encoding-japanese writes 0x8160 / 0x817C).
 * - `＼` (0x815F) is not listed: CP932 decodes it to U+FF3C and the ASCII
 *   `\` U+005C is the single byte 0x5C.
 *
 * @category models
 * @since 0.1.0
 */
export const CP932_JIS_DIFFERENCES: ReadonlyArray<JisCp932Difference> = [
  { jis: "\u2014", cp932: "\u2015", sjis: 0x815c, row: 1, cell: 29 },
  { jis: "\u301C", cp932: "\uFF5E", sjis: 0x8160, row: 1, cell: 33 },
  { jis: "\u2016", cp932: "\u2225", sjis: 0x8161, row: 1, cell: 34 },
  { jis: "\u2212", cp932: "\uFF0D", sjis: 0x817c, row: 1, cell: 61 },
  { jis: "\u00A2", cp932: "\uFFE0", sjis: 0x8191, row: 1, cell: 81 },
  { jis: "\u00A3", cp932: "\uFFE1", sjis: 0x8192, row: 1, cell: 82 },
  { jis: "\u00AC", cp932: "\uFFE2", sjis: 0x81ca, row: 2, cell: 44 }
]

/** The Shift_JIS code (two bytes as one number) of JIS row 1–120 and cell 1–94. */
const sjisCode = (row: number, cell: number): number => {
  const lead = row <= 62 ? 0x81 + ((row - 1) >> 1) : 0xe0 + ((row - 63) >> 1)
  const trail = row % 2 === 1 ? cell + 0x3f + (cell >= 64 ? 1 : 0) : cell + 0x9e
  return (lead << 8) | trail
}

interface Tables {
  /** code point → Shift_JIS code, JIS X 0208 rows (both forms of the differences). */
  readonly jis: ReadonlyMap<number, number>
  /** code point → Shift_JIS code, CP932 (WHATWG encoder choice for duplicates). */
  readonly cp932: ReadonlyMap<number, number>
}

let tables: Tables | undefined

const addRows = (map: Map<number, number>, rows: ReadonlyArray<readonly [number, string]>): void => {
  for (const [row, cells] of rows) {
    // Stryker disable next-line EqualityOperator: charCodeAt past the end is NaN, and no lookup asks for NaN
    for (let i = 0; i < cells.length; i++) {
      const cp = cells.charCodeAt(i)
      if (cp !== 0xfffd && !map.has(cp)) map.set(cp, sjisCode(row, i + 1))
    }
  }
}

/** Encoder preference: JIS rows and row 13 in row order, then IBM rows 115–119, then NEC-selected 89–92. */
const rank = (row: number): number => (row >= 89 && row <= 92 ? 1000 + row : row)

const getTables = (): Tables => {
  if (tables) return tables
  const jis = new Map<number, number>()
  addRows(jis, JIS_X_0208_ROWS)
  for (const d of CP932_JIS_DIFFERENCES) jis.set(d.jis.charCodeAt(0), d.sjis)
  // WHATWG "index Shift_JIS pointer": the first pointer wins and rows 89–92 (NEC-selected IBM) are never chosen.
  const cp932 = new Map<number, number>()
  addRows(
    cp932,
    [...JIS_X_0208_ROWS, ...CP932_EXTENSION_ROWS].sort(([a], [b]) => rank(a) - rank(b))
  )
  tables = { jis, cp932 }
  return tables
}

const charsetOf = (options: unknown): Charset => {
  if (typeof options !== "object" || options === null) return "jisx0208"
  const c = (options as { charset?: unknown }).charset
  return c === "cp932" ? "cp932" : "jisx0208"
}

/** The Shift_JIS code of one code point, or undefined. */
const codeOf = (cp: number, charset: Charset): number | undefined => {
  if (cp <= 0x7f) return cp
  if (cp >= 0xff61 && cp <= 0xff9f) return cp - 0xff61 + 0xa1
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the tables hold BMP code points only (U+FFFF none), so the lookup finds nothing either; the check only skips it
  if (cp > 0xffff) return undefined
  const t = getTables()
  return (charset === "cp932" ? t.cp932 : t.jis).get(cp)
}

const isVariationSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)

/** @internal */
export interface Unit {
  readonly index: number
  readonly codePoints: ReadonlyArray<number>
}

/** Splits text into code points, a variation selector joining the code point before it (IVS, SVS). */
/** @internal */
export const units = (text: string): Array<Unit> => {
  const out: Array<{ index: number; codePoints: Array<number> }> = []
  let i = 0
  while (i < text.length) {
    const cp = text.codePointAt(i) as number
    const last = out[out.length - 1]
    if (isVariationSelector(cp) && last !== undefined && !isVariationSelector(last.codePoints[0] as number)) {
      last.codePoints.push(cp)
    } else out.push({ index: i, codePoints: [cp] })
    i += cp > 0xffff ? 2 : 1
  }
  return out
}

const unitCode = (u: Unit, charset: Charset): number | undefined =>
  u.codePoints.length === 1 ? codeOf(u.codePoints[0] as number, charset) : undefined

const hex = (cp: number) => "U+" + cp.toString(16).toUpperCase().padStart(4, "0")

/**
 * Whether a single character is one of the 6,879 graphic characters of
 * JIS X 0208:1997, in its JIS or CP932 form (`〜` and `～` both count).
 * Never throws; `false` for anything but a one-code-point string.
 *
 * **Gotchas**
 *
 * ASCII and half-width katakana are JIS X 0201, not JIS X 0208: `isJisX0208("A")`
 * is `false` while `isJisX0208("Ａ")` is `true`.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.isJisX0208("亜") // => true
 * Text.isJisX0208("熙") // => true (84区6点, added 1990)
 * Text.isJisX0208("髙") // => false (IBM extension, 外字)
 * Text.isJisX0208("𠮷") // => false
 * Text.isJisX0208("①") // => false (NEC row 13, CP932 only)
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const isJisX0208 = (char: unknown): boolean => {
  if (typeof char !== "string" || char.length === 0 || char.length > 2) return false
  const cp = char.codePointAt(0) as number
  if (String.fromCodePoint(cp) !== char) return false
  return getTables().jis.has(cp)
}

/**
 * The Shift_JIS code of one character under a charset — a number of one byte
 * (`0x41` for `A`, `0xB1` for `ｱ`) or two (`0x88A0` for `亜`) — or `undefined`
 * when it has none. For duplicates in CP932 the WHATWG encoder's choice is
 * returned (`髙` → `0xFBFC`, `≒` → `0x81E0`).
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.toShiftJisCode("〜") // => 0x8160
 * Text.toShiftJisCode("〜", { charset: "cp932" }) // => undefined
 * Text.toShiftJisCode("髙", { charset: "cp932" }) // => 0xFBFC
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toShiftJisCode = (char: string, options: ShiftJisOptions = {}): number | undefined => {
  if (typeof char !== "string" || char.length === 0 || char.length > 2) return undefined
  const cp = char.codePointAt(0) as number
  if (String.fromCodePoint(cp) !== char) return undefined
  return codeOf(cp, charsetOf(options))
}

/**
 * A character (code point, or base plus variation selectors) that Shift_JIS
 * cannot represent. Only positions and code points: never the text around it.
 *
 * @category models
 * @since 0.1.0
 */
export interface UnrepresentableChar {
  /** 0-based UTF-16 offset (as `String.prototype.indexOf` counts). */
  readonly index: number
  /** Length in UTF-16 code units (2 for `𠮷`, 3 for `葛` + U+E0100). */
  readonly length: number
  /** The first code point, e.g. `"U+20BB7"`. */
  readonly codePoint: string
  /** Every code point of the character, e.g. `["U+845B", "U+E0100"]`. */
  readonly codePoints: ReadonlyArray<string>
}

/**
 * Lists the characters of `text` that Shift_JIS (per `options.charset`,
 * default `"jisx0208"`) cannot represent, with their position and code points.
 *
 * **Details**
 *
 * A variation selector (U+FE00–U+FE0F, U+E0100–U+E01EF) belongs to the
 * character before it: `葛󠄀` (葛 + U+E0100) is one unrepresentable character,
 * since the glyph variant it asks for cannot be encoded. A surrogate pair is
 * one character; a lone surrogate is one unrepresentable character.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.findUnrepresentable("吉田𠮷")
 * // => [{ index: 2, length: 2, codePoint: "U+20BB7", codePoints: ["U+20BB7"] }]
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const findUnrepresentable = (
  text: string,
  options: ShiftJisOptions = {}
): ReadonlyArray<UnrepresentableChar> => {
  if (typeof text !== "string") return []
  const charset = charsetOf(options)
  const out: Array<UnrepresentableChar> = []
  for (const u of units(text)) {
    if (unitCode(u, charset) !== undefined) continue
    const codePoints = u.codePoints.map(hex)
    const length = u.codePoints.reduce((n, cp) => n + (cp > 0xffff ? 2 : 1), 0)
    out.push({ index: u.index, length, codePoint: codePoints[0] as string, codePoints })
  }
  return out
}

/**
 * 外字数: the number of characters of `text` outside the character set, as
 * the CS files record it next to 漢字氏名 and 住所 (外字数(氏名), 外字数(住所)).
 *
 * **Details**
 *
 * With the default `"jisx0208"`, a 外字 is any character that is neither one
 * of the 6,879 JIS X 0208 characters (non-kanji rows 1–8, level 1 and 2
 * kanji) nor single-byte (ASCII, half-width katakana). So `髙` `﨑` (IBM
 * extensions), `①` (NEC row 13), `𠮷` (outside the BMP), user-defined
 * characters (U+E000–U+F8FF) and IVS sequences such as `葛󠄀` each count as
 * one 外字; a surrogate pair counts once. `{ charset: "cp932" }` counts only
 * what Windows-31J cannot encode.
 *
 * **Gotchas**
 *
 * - Which characters the 住基ネット counts as 外字 is defined by its own
 *   character set (統一文字); this count is the JIS X 0208 view, a decision of
 *   juki (UNVERIFIED as the CS rule).
 * - No normalisation is done: a decomposed `か\u3099` counts U+3099 as a 外字;
 *   normalise with NFC first if the data may be decomposed (NFC also replaces
 *   CJK compatibility ideographs, so do not apply it to 漢字氏名 blindly).
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.countGaiji("髙橋𠮷男") // => 2
 * Text.countGaiji("葛\u{E0100}飾") // => 1
 * Text.countGaiji("髙橋", { charset: "cp932" }) // => 0
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const countGaiji = (text: string, options: ShiftJisOptions = {}): number => {
  if (typeof text !== "string") return 0
  const charset = charsetOf(options)
  let n = 0
  for (const u of units(text)) if (unitCode(u, charset) === undefined) n++
  return n
}

/**
 * Whether every character of `text` is representable in Shift_JIS under
 * `options.charset` (default `"jisx0208"`). Never throws; `false` for
 * non-strings.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.isShiftJisRepresentable("山田 ﾀﾛｳ") // => true
 * Text.isShiftJisRepresentable("①") // => false
 * Text.isShiftJisRepresentable("①", { charset: "cp932" }) // => true
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const isShiftJisRepresentable = (text: unknown, options?: unknown): boolean => {
  if (typeof text !== "string") return false
  const charset = charsetOf(options)
  for (const u of units(text)) if (unitCode(u, charset) === undefined) return false
  return true
}

/**
 * The length of `text` in Shift_JIS bytes — 1 per ASCII or half-width
 * katakana character, 2 per double-byte character — for fixed-length fields;
 * `undefined` when some character is not representable (see
 * {@link findUnrepresentable}).
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * Text.byteLengthShiftJis("山田ﾀﾛｳ 1") // => 9
 * Text.byteLengthShiftJis("𠮷") // => undefined
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const byteLengthShiftJis = (text: string, options: ShiftJisOptions = {}): number | undefined => {
  if (typeof text !== "string") return undefined
  const charset = charsetOf(options)
  let n = 0
  for (const u of units(text)) {
    const code = unitCode(u, charset)
    if (code === undefined) return undefined
    // Stryker disable next-line EqualityOperator: no code is 0xFF (single bytes end at 0xDF, double bytes start at 0x8140)
    n += code > 0xff ? 2 : 1
  }
  return n
}

/**
 * Text must be representable in Shift_JIS (JIS X 0208 by default, or CP932).
 *
 * @category rules
 * @since 0.1.0
 */
export const Unrepresentable = defineRule({
  id: "text.shift-jis.unrepresentable",
  tag: "EncodeError",
  severity: "error",
  basis: [
    { kind: "jis", cite: "JIS X 0208:1997", verified: true },
    {
      kind: "library",
      cite: "juki: 外字 = outside JIS X 0208 and JIS X 0201 (CS 外字 rule UNVERIFIED)",
      verified: false
    }
  ],
  title: { ja: "Shift_JISで表せない文字（外字）", en: "Character not representable in Shift_JIS (gaiji)" },
  message: {
    ja: "{field}にShift_JIS（{charset}）で表せない文字が{count}文字あります（最初は{index}文字目）",
    en: "{field} has {count} character(s) not representable in Shift_JIS ({charset}); the first at index {index}"
  }
})

/**
 * Checks that `input` is a string representable in Shift_JIS; returns it
 * unchanged, or a {@link JukiError} (`text.shift-jis.unrepresentable`,
 * position = UTF-16 index of the first 外字; params `count`, `charset` and
 * `index`, never the characters) or `core.input.type`.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * import { Result } from "effect"
 *
 * Result.isSuccess(Text.validateShiftJis("山田")) // => true
 * const r = Text.validateShiftJis("山田𠮷")
 * if (Result.isFailure(r)) r.failure.position // => { index: 2 }
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const validateShiftJis = (input: unknown, options: ShiftJisOptions = {}): Result.Result<string, JukiError> => {
  if (typeof input !== "string") return Result.fail(makeError(NotAString, { input }))
  const charset = charsetOf(options)
  const bad = findUnrepresentable(input, { charset })
  const first = bad[0]
  if (first === undefined) return Result.succeed(input)
  return Result.fail(
    makeError(Unrepresentable, {
      input,
      params: { count: bad.length, charset, index: first.index },
      position: { index: first.index }
    })
  )
}

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Unrepresentable] as const

/**
 * Every JIS X 0208 character (6,879) in row/cell order, CP932 forms.
 *
 * @internal
 */
export const jisX0208Characters = (): ReadonlyArray<string> =>
  JIS_X_0208_ROWS.flatMap(([, cells]) => Array.from(cells).filter((c) => c !== "\uFFFD"))

/**
 * The characters CP932 adds to JIS X 0208 (NEC row 13, NEC-selected IBM and
 * IBM extensions), deduplicated, without those also in JIS X 0208 (≒, ∵, ￢ …),
 * in row/cell order.
 *
 * @internal
 */
export const cp932OnlyCharacters = (): ReadonlyArray<string> => {
  const jis = getTables().jis
  return [
    ...new Set(
      CP932_EXTENSION_ROWS.flatMap(([, cells]) =>
        Array.from(cells).filter((c) => c !== "\uFFFD" && !jis.has(c.charCodeAt(0)))
      )
    )
  ]
}
