/**
 * 縮退 (degeneration): reducing a text to a target character set (JIS X 0208
 * by default) with a substitution map the user supplies, reporting every
 * substitution with its position and every character that has no mapping.
 * Nothing is ever replaced silently.
 *
 * **When to use**
 *
 * - Before writing a 氏名 or 住所 to a file whose character set is smaller
 *   than the registry's (the 代替文字 items of the 送付先情報, 別添2(3) 53–61;
 *   legacy Shift_JIS interfaces).
 * - {@link parseDegenerateMap} to load a map file (the official MJ縮退マップ
 *   converted to lines, or a municipality's own table), {@link makeDegenerateMap}
 *   to build one from an object, {@link SAMPLE_DEGENERATE_MAP} for tests and
 *   examples only.
 *
 * **Details**
 *
 * - A character is a code point plus the variation selectors after it (as
 *   `Text.findUnrepresentable` counts); `葛` + U+E0100 is one character.
 * - A character already in the target set is kept. Otherwise the map is
 *   looked up with the whole character; for a variation sequence whose base
 *   is not in the set, with the base alone; for a variation sequence whose
 *   base is in the set, the selector is dropped (`dropVariationSelectors`,
 *   on by default) — each of these is reported as a {@link Substitution}
 *   with its `via`.
 * - A character with no mapping is reported in `unmapped` and kept as it
 *   is, unless a `placeholder` (in the target set, e.g. `〓`) is given; then
 *   it is replaced by the placeholder and still reported. `complete` is true
 *   when every character of the result is in the target set.
 * - Positions are 0-based UTF-16 offsets (`index`) in the original text
 *   and in the result (`resultIndex`), so applying the substitutions (and
 *   placeholders) to the original in order gives the result.
 *
 * **Gotchas**
 *
 * - {@link SAMPLE_DEGENERATE_MAP} is a small sample of common 異体字 written
 *   for juki's tests and docs. It is **not** the official MJ縮退マップ (文字情報
 *   基盤 / 行政事務標準文字) and must not be used as one: load the official
 *   map or the municipality's own table with {@link parseDegenerateMap}.
 * - The 代替文字 rules of the 送付先情報 (which characters the 機構 accepts and
 *   how 位置情報 is written) were not obtained: UNVERIFIED.
 *
 * **Example** (縮退 with the sample map)
 *
 * ```ts
 * import { Text } from "@juki/core"
 *
 * const r = Text.degenerate("髙橋𠮷男", Text.SAMPLE_DEGENERATE_MAP)
 * r.text // => "高橋吉男"
 * r.substitutions.map((s) => [s.index, s.from, s.to]) // => [[0, "髙", "高"], [2, "𠮷", "吉"]]
 * r.complete // => true
 *
 * const u = Text.degenerate("鄧さん", Text.SAMPLE_DEGENERATE_MAP, { placeholder: "〓" })
 * u.text // => "〓さん"
 * u.unmapped.map((x) => x.codePoint) // => ["U+9127"]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { defineRule, makeError, type JukiError } from "../../errors/index.js"
import { isShiftJisRepresentable, units, type Charset } from "../shift-jis.js"

/**
 * A substitution map: character (one code point, optionally with variation
 * selectors) → replacement text in the target set. Plain JSON data.
 *
 * @category models
 * @since 0.1.0
 */
export interface DegenerateMap {
  /** Where the map comes from, e.g. "MJ縮退マップ (file …)". */
  readonly label: string
  /** True for juki's sample: never the official map. */
  readonly sample: boolean
  /** The character set the replacements were checked against. */
  readonly charset: Charset
  readonly entries: Readonly<Record<string, string>>
}

/**
 * One replacement the 縮退 made.
 *
 * @category models
 * @since 0.1.0
 */
export interface Substitution {
  /** 0-based UTF-16 offset in the original text. */
  readonly index: number
  /** Length in UTF-16 code units of the replaced character. */
  readonly length: number
  /** 0-based UTF-16 offset of the replacement in the result. */
  readonly resultIndex: number
  readonly from: string
  readonly to: string
  /** Code points of the replaced character, e.g. `["U+9AD9"]`. */
  readonly codePoints: ReadonlyArray<string>
  /** `map`: an entry of the map; `base`: the entry of the base of a variation sequence; `variation-selector`: the selector dropped. */
  readonly via: "map" | "base" | "variation-selector"
}

/**
 * A character outside the target set that the map does not cover.
 *
 * @category models
 * @since 0.1.0
 */
export interface UnmappedChar {
  readonly index: number
  readonly length: number
  readonly resultIndex: number
  /** The first code point, e.g. `"U+9127"`. */
  readonly codePoint: string
  readonly codePoints: ReadonlyArray<string>
  /** The placeholder written instead, when one was given. */
  readonly replacedWith?: string
}

/**
 * The result of {@link degenerate}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Degenerated {
  readonly text: string
  readonly substitutions: ReadonlyArray<Substitution>
  readonly unmapped: ReadonlyArray<UnmappedChar>
  /** Every character of `text` is in the target set. */
  readonly complete: boolean
}

/**
 * Options of {@link degenerate}.
 *
 * @category models
 * @since 0.1.0
 */
export interface DegenerateOptions {
  /** The target set: `"jisx0208"` (default; JIS X 0208 plus ASCII and half-width katakana) or `"cp932"`. */
  readonly charset?: Charset
  /** Written for an unmapped character (must be in the target set); default: keep the character. */
  readonly placeholder?: string
  /** Drop variation selectors after a base in the target set (default true). */
  readonly dropVariationSelectors?: boolean
}

const hex = (cp: number) => "U+" + cp.toString(16).toUpperCase().padStart(4, "0")
const charsetOf = (c: unknown): Charset => (c === "cp932" ? "cp932" : "jisx0208")
const inSet = (s: string, charset: Charset): boolean => s.length > 0 && isShiftJisRepresentable(s, { charset })

const entriesOf = (map: unknown): Readonly<Record<string, unknown>> => {
  if (typeof map !== "object" || map === null) return {}
  const e = (map as { entries?: unknown }).entries
  return typeof e === "object" && e !== null ? (e as Record<string, unknown>) : {}
}

const lookup = (entries: Readonly<Record<string, unknown>>, key: string, charset: Charset): string | undefined => {
  if (!Object.hasOwn(entries, key)) return undefined
  const v = entries[key]
  return typeof v === "string" && inSet(v, charset) ? v : undefined
}

/**
 * Reduces `text` to the target set with `map`: see the module docs. Never
 * throws; a non-string text gives an empty result, a malformed map is
 * treated as empty.
 *
 * @category conversions
 * @since 0.1.0
 */
export const degenerate = (text: string, map: DegenerateMap, options: DegenerateOptions = {}): Degenerated => {
  if (typeof text !== "string") return { text: "", substitutions: [], unmapped: [], complete: true }
  const o = typeof options === "object" && options !== null ? options : {}
  const charset = charsetOf(o.charset)
  const placeholder = typeof o.placeholder === "string" && inSet(o.placeholder, charset) ? o.placeholder : undefined
  const dropVs = o.dropVariationSelectors !== false
  const entries = entriesOf(map)
  const substitutions: Array<Substitution> = []
  const unmapped: Array<UnmappedChar> = []
  let out = ""
  for (const u of units(text)) {
    const ch = String.fromCodePoint(...u.codePoints)
    if (inSet(ch, charset)) {
      out += ch
      continue
    }
    const codePoints = u.codePoints.map(hex)
    const base = String.fromCodePoint(u.codePoints[0] as number)
    let to = lookup(entries, ch, charset)
    let via: Substitution["via"] = "map"
    if (to === undefined && u.codePoints.length > 1) {
      if (inSet(base, charset)) {
        if (dropVs) {
          to = base
          via = "variation-selector"
        }
      } else {
        to = lookup(entries, base, charset)
        via = "base"
      }
    }
    if (to !== undefined) {
      substitutions.push({ index: u.index, length: ch.length, resultIndex: out.length, from: ch, to, codePoints, via })
      out += to
    } else {
      unmapped.push({
        index: u.index,
        length: ch.length,
        resultIndex: out.length,
        codePoint: codePoints[0] as string,
        codePoints,
        ...(placeholder === undefined ? {} : { replacedWith: placeholder })
      })
      out += placeholder ?? ch
    }
  }
  return { text: out, substitutions, unmapped, complete: unmapped.length === 0 || placeholder !== undefined }
}

/**
 * A line of a 縮退 map file is malformed.
 *
 * @category rules
 * @since 0.1.0
 */
export const MapLine = defineRule({
  id: "text.degenerate.map-line",
  tag: "DecodeError",
  severity: "error",
  basis: [
    {
      kind: "library",
      cite: "juki: 縮退 map file format (one 'from<TAB or comma>to' per line, U+XXXX allowed)",
      verified: true
    }
  ],
  title: { ja: "縮退マップの行の形式", en: "Malformed 縮退 map line" },
  message: {
    ja: "縮退マップの{line}行目の形式が正しくありません（{detail}）",
    en: "Line {line} of the 縮退 map is malformed ({detail})"
  }
})

/**
 * A replacement of a 縮退 map is outside the target character set.
 *
 * @category rules
 * @since 0.1.0
 */
export const MapTarget = defineRule({
  id: "text.degenerate.map-target",
  tag: "DecodeError",
  severity: "error",
  basis: [{ kind: "jis", cite: "JIS X 0208:1997", verified: true }],
  title: { ja: "縮退先が対象文字集合にない", en: "Replacement outside the target set" },
  message: {
    ja: "縮退マップの{line}行目の縮退先（{codePoints}）が{charset}で表せません",
    en: "The replacement on line {line} of the 縮退 map ({codePoints}) is not in {charset}"
  }
})

/**
 * A character appears twice in a 縮退 map with different replacements.
 *
 * @category rules
 * @since 0.1.0
 */
export const MapDuplicate = defineRule({
  id: "text.degenerate.map-duplicate",
  tag: "DecodeError",
  severity: "error",
  basis: [{ kind: "library", cite: "juki: one replacement per character (no silent choice)", verified: true }],
  title: { ja: "縮退マップの重複", en: "Duplicate 縮退 map entry" },
  message: {
    ja: "縮退マップの{line}行目の縮退元（{codePoints}）が{first}行目と異なる縮退先で重複しています",
    en: "The character on line {line} of the 縮退 map ({codePoints}) already has another replacement on line {first}"
  }
})

/**
 * The rules of the 縮退 map loader.
 *
 * @category rules
 * @since 0.1.0
 */
export const degenerateRules = [MapLine, MapTarget, MapDuplicate] as const

const CODE_POINTS = /^U\+[0-9A-Fa-f]{4,6}(?:[ _]U\+[0-9A-Fa-f]{4,6})*$/

/** A token: literal text, or code points written `U+845B U+E0100`. */
const token = (t: string): string | undefined => {
  const s = t.trim()
  if (s === "") return undefined
  if (!CODE_POINTS.test(s)) return s
  const cps = s.split(/[ _]/).map((x) => parseInt(x.slice(2), 16))
  if (cps.some((cp) => cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return undefined
  return String.fromCodePoint(...cps)
}

interface Line {
  readonly line: number
  readonly from?: unknown
  readonly to?: unknown
  readonly problem?: string
}

const build = (
  lines: ReadonlyArray<Line>,
  options: { readonly label?: string; readonly charset?: Charset }
): Result.Result<DegenerateMap, ReadonlyArray<JukiError>> => {
  const charset = charsetOf(options.charset)
  const errors: Array<JukiError> = []
  const entries: Record<string, string> = Object.create(null) as Record<string, string>
  const firstLine = new Map<string, number>()
  for (const l of lines) {
    const line = l.line
    if (l.problem !== undefined) {
      errors.push(makeError(MapLine, { params: { line, detail: l.problem }, position: { line } }))
      continue
    }
    const { from, to } = l
    if (typeof from !== "string" || typeof to !== "string" || from === "" || to === "") {
      errors.push(
        makeError(MapLine, { params: { line, detail: "from and to must be non-empty text" }, position: { line } })
      )
      continue
    }
    if (units(from).length !== 1) {
      errors.push(makeError(MapLine, { params: { line, detail: "from must be one character" }, position: { line } }))
      continue
    }
    const cps = [...from].map((c) => hex(c.codePointAt(0) as number)).join(" ")
    if (!inSet(to, charset)) {
      const tcps = [...to].map((c) => hex(c.codePointAt(0) as number)).join(" ")
      errors.push(makeError(MapTarget, { params: { line, codePoints: tcps, charset }, position: { line } }))
      continue
    }
    const prev = firstLine.get(from)
    if (prev !== undefined) {
      if (entries[from] !== to)
        errors.push(makeError(MapDuplicate, { params: { line, codePoints: cps, first: prev }, position: { line } }))
      continue
    }
    firstLine.set(from, line)
    entries[from] = to
  }
  if (errors.length > 0) return Result.fail(errors)
  return Result.succeed({
    label: options.label ?? "user-supplied 縮退 map",
    sample: false,
    charset,
    entries: Object.freeze(entries)
  })
}

/**
 * Loads a 縮退 map file: one `from<TAB>to` (or `from,to`) per line, `#`
 * comments and blank lines ignored, characters written literally or as
 * code points (`U+9AD9`, `U+845B U+E0100`). Returns the map, or every
 * problem with its line number (`text.degenerate.map-line`,
 * `text.degenerate.map-target`, `text.degenerate.map-duplicate`). The file
 * is data: nothing in it is executed.
 *
 * **Example**
 *
 * ```ts
 * import { Text } from "@juki/core"
 * import { Result } from "effect"
 *
 * const m = Text.parseDegenerateMap("# municipality table\nU+9AD9\t高\n﨑,崎\n", { label: "市の縮退表" })
 * Result.isSuccess(m) && Text.degenerate("髙﨑", m.success).text // => "高崎"
 * const bad = Text.parseDegenerateMap("髙\t𠮷\n")
 * Result.isFailure(bad) && bad.failure.map((e) => e.code) // => ["text.degenerate.map-target"]
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const parseDegenerateMap = (
  text: string,
  options: { readonly label?: string; readonly charset?: Charset } = {}
): Result.Result<DegenerateMap, ReadonlyArray<JukiError>> => {
  if (typeof text !== "string")
    return Result.fail([makeError(MapLine, { params: { line: 0, detail: "not text" }, position: { line: 0 } })])
  const lines: Array<Line> = []
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = i + 1
      const s = raw.trim()
      if (s === "" || s.startsWith("#")) return
      const cols = s.includes("\t") ? s.split("\t") : s.split(",")
      if (cols.length !== 2) {
        lines.push({ line, problem: `expected 2 columns, found ${cols.length}` })
        return
      }
      const from = token(cols[0] as string)
      const to = token(cols[1] as string)
      if (from === undefined || to === undefined) {
        lines.push({ line, problem: "empty column or invalid code point" })
        return
      }
      lines.push({ line, from, to })
    })
  return build(lines, typeof options === "object" && options !== null ? options : {})
}

/**
 * Builds a 縮退 map from an object `{ from: to }` (e.g. parsed JSON), with
 * the checks of {@link parseDegenerateMap} (`line` is the 1-based entry
 * number).
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeDegenerateMap = (
  entries: unknown,
  options: { readonly label?: string; readonly charset?: Charset } = {}
): Result.Result<DegenerateMap, ReadonlyArray<JukiError>> => {
  if (typeof entries !== "object" || entries === null || Array.isArray(entries))
    return Result.fail([makeError(MapLine, { params: { line: 0, detail: "not an object" }, position: { line: 0 } })])
  const lines = Object.entries(entries as Record<string, unknown>).map(([from, to], i) => ({ line: i + 1, from, to }))
  return build(lines, typeof options === "object" && options !== null ? options : {})
}

/**
 * A **sample** of common 異体字 → JIS X 0208 replacements (髙→高, 﨑→崎,
 * 𠮷→吉 …), written for juki's examples and tests. Not the official
 * MJ縮退マップ, and not complete: supply the official map or the
 * municipality's own table for real data.
 *
 * @category constants
 * @since 0.1.0
 */
export const SAMPLE_DEGENERATE_MAP: DegenerateMap = Object.freeze({
  label: "juki sample (NOT the official MJ縮退マップ)",
  sample: true,
  charset: "jisx0208",
  entries: Object.freeze(
    Object.assign(Object.create(null) as Record<string, string>, {
      "\u9AD9": "\u9AD8", // 髙 → 高
      "\uFA11": "\u5D0E", // 﨑 → 崎
      "\u5FB7": "\u5FB3", // 德 → 徳
      "\u6FF5": "\u6D5C", // 濵 → 浜
      "\u7028": "\u702C", // 瀨 → 瀬
      "\u6801": "\u67F3", // 栁 → 柳
      "\u{20BB7}": "\u5409", // 𠮷 → 吉
      "\u663B": "\u6607", // 曻 → 昇
      "\u69D7": "\u6A4B", // 槗 → 橋
      "\u6852": "\u6851", // 桒 → 桑
      "\u6DF8": "\u6E05", // 淸 → 清
      "\u8CF4": "\u983C", // 賴 → 頼
      "\u5721": "\u571F", // 圡 → 土
      "\u{2123D}": "\u571F", // 𡈽 → 土
      "\u589E": "\u5897", // 增 → 増
      "\u9ED1": "\u9ED2", // 黑 → 黒
      "\uFA10": "\u585A", // 塚 (compatibility) → 塚
      "\uFA19": "\u795E", // 神 (compatibility) → 神
      "\uFA1A": "\u7965", // 祥 (compatibility) → 祥
      "\uFA1B": "\u798F", // 福 (compatibility) → 福
      "\uF9DC": "\u9686", // 隆 (compatibility) → 隆
      "\uFA12": "\u6674" // 晴 (compatibility) → 晴
    })
  )
})
