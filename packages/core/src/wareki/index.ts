/**
 * 和暦 (wareki): Japanese era dates of JIS X 0301 — 明治, 大正, 昭和, 平成 and
 * 令和 — converted to and from ISO `YYYY-MM-DD` days, parsed strictly,
 * formatted, and written as the 元号区分 + 年月日 pairs of fixed-width layouts.
 *
 * **When to use**
 *
 * Use {@link fromIsoDate} and {@link toIsoDate} to convert, {@link parse} to
 * read what people and files write (`令和元年5月1日`, `R01.05.01`, `㋿1.5.1`,
 * `平成三十一年四月三十日`), {@link format} to write it, and
 * {@link fromCodedPair} / {@link toCodedPair} for numeric 元号区分 columns.
 * Registry fields that may hold non-calendar and 不詳 dates (生年月日 …) use
 * the `RegistryDate` module, which builds on this one.
 *
 * **Details**
 *
 * - The era table is data ({@link ERAS}), taken from JIS X 0301:2019 追補1
 *   附属書1: 明治 starts 1868-01-25 (retroactive to 慶応4年1月1日), 大正
 *   1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01. `Intl` is
 *   deliberately not used: ICU starts 明治 on 1868-10-23.
 * - Before 明治6年1月1日 (1873-01-01) Japan used the lunisolar calendar, and
 *   JIS X 0301 leaves those dates out of scope. juki refuses them by default
 *   (`core.wareki.lunisolar`). With `allowLunisolar: true` it converts them
 *   *proleptically* (the Gregorian month and day, era-year = Gregorian year −
 *   1867) and flags the result `lunisolar: true`: such a result does **not**
 *   match the lunisolar date written in documents of that time.
 * - Strict: an era-year the era never reached (平成32年, 平成0年), a day of an
 *   existing era-year outside the era (昭和64年1月8日, 明治45年7月30日,
 *   大正15年12月25日, 令和元年4月30日) and a day that is not in the calendar
 *   (令和元年2月30日) are each rejected with their own rule id.
 * - Documents dated 平成31年5月1日 or later stay legally valid
 *   (関係省庁連絡会議申合せ 2019-04-01). `acceptHeiseiAfterReiwa: true` accepts
 *   them and returns the canonical 令和 date; the default rejects them.
 *
 * **Gotchas**
 *
 * - 元年: year 1 is written 元年 by {@link format} (`gannen: false` writes
 *   1年); {@link parse} reads both.
 * - A Wareki value is canonical: {@link validate} never returns 平成31年5月1日,
 *   always 令和元年5月1日.
 * - There is no single official numeric era code for 住基ネット; the code
 *   tables of {@link EraCodes} are selectable and partly UNVERIFIED.
 *
 * **Example** (Converting, parsing and formatting)
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * import { Result } from "effect"
 *
 * Wareki.fromIsoDate("1989-01-07") // => Result.succeed({ era: "showa", year: 64, month: 1, day: 7 })
 * Wareki.toIsoDate({ era: "reiwa", year: 1, month: 5, day: 1 }) // => Result.succeed("2019-05-01")
 * const w = Result.getOrThrow(Wareki.parse("R01.05.01"))
 * Wareki.format(w) // => "令和元年5月1日"
 * Wareki.format(w, { style: "jis" }) // => "R01.05.01"
 * Wareki.parse("昭和64年1月8日") // => failure core.wareki.era-boundary
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { isIsoDate, type IsoDate } from "../calendar/index.js"
import { makeError, type JukiError, type LegalBasis } from "../errors/index.js"
import { NotAString } from "../identifier/index.js"
import { kanjiNumeral, normaliseText, toFullWidthDigits } from "./internal.js"
import {
  BeforeMeiji,
  ERAS,
  Format,
  GREGORIAN_START,
  JIS_BASIS,
  Lunisolar,
  MEIJI_START,
  NotIsoDate,
  UnknownEra,
  fail,
  getEra,
  isRecord,
  readParts,
  resolveParts,
  warekiOf,
  type EraId,
  type Options,
  type Wareki
} from "./model.js"

export {
  BeforeMeiji,
  ERAS,
  EraBoundary,
  EraRange,
  Format,
  GREGORIAN_START,
  Lunisolar,
  MEIJI_START,
  NotCalendarDate,
  NotIsoDate,
  UnknownEra,
  eraAt,
  getEra,
  rules
} from "./model.js"
export type { Era, EraId, Options, Wareki } from "./model.js"

// ---------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------

/**
 * The 和暦 of a Gregorian day (JIS X 0301).
 *
 * **Details**
 *
 * Fails with `core.wareki.iso-date` for anything that is not a `YYYY-MM-DD`
 * calendar date, `core.wareki.before-meiji` before 1868-01-25, and
 * `core.wareki.lunisolar` before 1873-01-01 unless `allowLunisolar` is set
 * (the result is then flagged `lunisolar: true`). Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.fromIsoDate("2019-04-30") // => Result.succeed({ era: "heisei", year: 31, month: 4, day: 30 })
 * Wareki.fromIsoDate("2019-05-01") // => Result.succeed({ era: "reiwa", year: 1, month: 5, day: 1 })
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromIsoDate = (date: unknown, options: Options = {}): Result.Result<Wareki, JukiError> => {
  if (!isIsoDate(date)) return fail(NotIsoDate, date)
  if (date < MEIJI_START) return fail(BeforeMeiji, date)
  if (date < GREGORIAN_START && options?.allowLunisolar !== true) return fail(Lunisolar, date)
  return Result.succeed(warekiOf(date))
}

/**
 * The Gregorian day of a 和暦 date, after the checks of {@link validate}.
 * Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.toIsoDate({ era: "showa", year: 64, month: 1, day: 7 }) // => Result.succeed("1989-01-07")
 * Wareki.toIsoDate({ era: "showa", year: 64, month: 1, day: 8 }) // => failure core.wareki.era-boundary
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toIsoDate = (wareki: unknown, options: Options = {}): Result.Result<IsoDate, JukiError> => {
  try {
    if (!isRecord(wareki)) return fail(Format, wareki)
    return resolveParts(wareki["era"], wareki["year"], wareki["month"], wareki["day"], options ?? {}, undefined)
  } catch {
    // a hostile object (throwing getter or proxy): report it as malformed rather than throw
    return fail(Format, undefined)
  }
}

/**
 * Checks a 和暦 value and returns it in canonical form (the era the day
 * belongs to, `lunisolar` flag set as needed). Never throws.
 *
 * @category validation
 * @since 0.1.0
 */
export const validate = (wareki: unknown, options: Options = {}): Result.Result<Wareki, JukiError> =>
  Result.map(toIsoDate(wareki, options), warekiOf)

/**
 * `true` when `u` is a valid 和暦: a {@link Wareki} object accepted by
 * {@link validate} or a text accepted by {@link parse}. Never throws, whatever
 * the input.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid = (u: unknown, options: Options = {}): boolean => {
  try {
    return Result.isSuccess(typeof u === "string" ? parse(u, options) : validate(u, options))
  } catch {
    return false
  }
}

/**
 * Parses a 和暦 date strictly and returns its canonical value.
 *
 * **Details**
 *
 * Reads, after NFKC (full-width digits, ㋿ ㍻ ㍼ ㍽ ㍾) and with white space
 * ignored:
 *
 * - kanji: `令和元年5月1日`, `令和1年5月1日`, `令和01年05月01日`,
 *   `令1年5月1日`, kanji numerals `平成三十一年四月三十日`, `令和二〇年…`;
 * - JIS X 0301: `R01.05.01`, `R1.5.1`, `H31.4.30`, also with `/` or `-`,
 *   lower-case letters, or the kanji symbol (`平31.4.30`);
 * - compact: `R010501` (letter + YYMMDD).
 *
 * Rejects: unreadable text (`core.wareki.format`), era-years outside the era
 * (`core.wareki.era-range`: 平成32年, 平成0年), days outside the era
 * (`core.wareki.era-boundary`: 昭和64年1月8日, 大正15年12月25日,
 * 明治45年7月30日), non-calendar days (`core.wareki.calendar`: 令和元年2月30日)
 * and lunisolar days (`core.wareki.lunisolar`). Never throws for any `text`
 * (`options` are the caller's own settings, read as given: a getter that
 * throws is not caught).
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.parse("㋿1.5.1") // => Result.succeed({ era: "reiwa", year: 1, month: 5, day: 1 })
 * Wareki.parse("平成31年5月1日") // => failure core.wareki.era-boundary
 * Wareki.parse("平成31年5月1日", { acceptHeiseiAfterReiwa: true }) // => Result.succeed({ era: "reiwa", year: 1, month: 5, day: 1 })
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parse = (text: unknown, options: Options = {}): Result.Result<Wareki, JukiError> => {
  if (typeof text !== "string") return Result.fail(makeError(NotAString, { input: text }))
  if (text.length > 64) return fail(Format, text)
  const parts = readParts(normaliseText(text))
  if (parts === undefined) return fail(Format, text)
  return Result.map(resolveParts(parts.era, parts.year, parts.month, parts.day, options ?? {}, text), warekiOf)
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

/**
 * How {@link format} writes a 和暦 date:
 *
 * | style | 2019-05-01 |
 * |---|---|
 * | `kanji` (default) | 令和元年5月1日 |
 * | `kanji-padded` | 令和01年05月01日 |
 * | `kanji-numerals` | 令和元年五月一日 |
 * | `jis` | R01.05.01 |
 * | `jis-short` | R1.5.1 |
 * | `abbreviation` | 令1.5.1 |
 * | `compact` | R010501 |
 *
 * @category models
 * @since 0.1.0
 */
export type Style = "kanji" | "kanji-padded" | "kanji-numerals" | "jis" | "jis-short" | "abbreviation" | "compact"

/**
 * Options of {@link format}.
 *
 * @category models
 * @since 0.1.0
 */
export interface FormatOptions {
  readonly style?: Style
  /** Write year 1 as 元年 in the `kanji` and `kanji-numerals` styles (default `true`). */
  readonly gannen?: boolean
  /** Full-width digits in the `kanji` and `kanji-padded` styles (default `false`). */
  readonly fullWidth?: boolean
}

const pad2 = (n: number): string => String(n).padStart(2, "0")

/**
 * Writes a 和暦 date. Does not validate (use {@link validate} first for
 * untrusted values); never throws for a {@link Wareki}.
 *
 * **Details**
 *
 * Year 1 is 元年 by default (「初年は『平成元年』とする」, 法務省民二第20号,
 * quoted secondarily: UNVERIFIED wording), `gannen: false` writes `1年`.
 * Fixed-width styles pad years 01–09 with a zero.
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * const w = { era: "reiwa", year: 1, month: 5, day: 1 } as const
 * Wareki.format(w) // => "令和元年5月1日"
 * Wareki.format(w, { gannen: false }) // => "令和1年5月1日"
 * Wareki.format(w, { style: "jis" }) // => "R01.05.01"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const format = (wareki: Wareki, options: FormatOptions = {}): string => {
  const era = getEra(wareki.era)
  const name = era?.name ?? String(wareki.era)
  const { year, month, day } = wareki
  const gannen = options.gannen ?? true
  const digits = (s: string) => (options.fullWidth === true ? toFullWidthDigits(s) : s)
  // Stryker disable next-line StringLiteral: no case is "kanji" (it is the default branch), so any other stand-in writes the same
  switch (options.style ?? "kanji") {
    case "kanji-padded":
      return digits(`${name}${pad2(year)}年${pad2(month)}月${pad2(day)}日`)
    case "kanji-numerals":
      return `${name}${year === 1 && gannen ? "元" : kanjiNumeral(year)}年${kanjiNumeral(month)}月${kanjiNumeral(day)}日`
    case "jis":
      return `${era?.letter ?? "?"}${pad2(year)}.${pad2(month)}.${pad2(day)}`
    case "jis-short":
      return `${era?.letter ?? "?"}${year}.${month}.${day}`
    case "abbreviation":
      return `${era?.abbreviation ?? "?"}${year}.${month}.${day}`
    case "compact":
      return `${era?.letter ?? "?"}${pad2(year)}${pad2(month)}${pad2(day)}`
    default:
      return digits(`${name}${year === 1 && gannen ? "元" : String(year)}年${month}月${day}日`)
  }
}

/**
 * Formats a Gregorian day as 和暦, or fails like {@link fromIsoDate}.
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.formatIsoDate("1989-01-08") // => Result.succeed("平成元年1月8日")
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatIsoDate = (date: unknown, options: FormatOptions & Options = {}): Result.Result<string, JukiError> =>
  Result.map(fromIsoDate(date, options), (w) => format(w, options))

// ---------------------------------------------------------------------------
// Era codes
// ---------------------------------------------------------------------------

/**
 * Numeric (and letter) era codes used by files and systems. **No official
 * code table for 住基ネット or the 住民記録システム標準仕様書 has been found
 * (UNVERIFIED)**, so the table is always chosen explicitly.
 *
 * | table | 明治 | 大正 | 昭和 | 平成 | 令和 | source |
 * |---|---|---|---|---|---|---|
 * | `sequential` (default) | 1 | 2 | 3 | 4 | 5 | de-facto (COBOL dates such as `3600214`; .NET `JapaneseCalendar` era numbers) |
 * | `odd` | 1 | 3 | 5 | 7 | 9 | reported for 日本年金機構/社会保険 forms — attribution UNVERIFIED |
 * | `java` | −1 | 0 | 1 | 2 | 3 | Java `JapaneseEra.getValue()` |
 * | `jis-letter` | M | T | S | H | R | JIS X 0301 |
 *
 * @category models
 * @since 0.1.0
 */
export const EraCodes = {
  sequential: { meiji: 1, taisho: 2, showa: 3, heisei: 4, reiwa: 5 },
  odd: { meiji: 1, taisho: 3, showa: 5, heisei: 7, reiwa: 9 },
  java: { meiji: -1, taisho: 0, showa: 1, heisei: 2, reiwa: 3 },
  "jis-letter": { meiji: "M", taisho: "T", showa: "S", heisei: "H", reiwa: "R" }
} as const satisfies Readonly<Record<string, Readonly<Record<EraId, number | string>>>>

/**
 * The name of an era-code table of {@link EraCodes}.
 *
 * @category models
 * @since 0.1.0
 */
export type EraCodeTable = keyof typeof EraCodes

/**
 * The basis of each era-code table (`verified: false` where UNVERIFIED).
 *
 * @category models
 * @since 0.1.0
 */
export const eraCodeBasis: Readonly<Record<EraCodeTable, LegalBasis>> = {
  sequential: {
    kind: "library",
    cite: "de-facto sequential codes (COBOL 元号区分, .NET JapaneseCalendar)",
    verified: false,
    note: "most common; no official 住基ネット table found"
  },
  odd: { kind: "library", cite: "odd-number scheme (日本年金機構/社会保険 forms, reported)", verified: false },
  java: { kind: "library", cite: "Java SE java.time.chrono.JapaneseEra.getValue()", verified: true },
  "jis-letter": JIS_BASIS
}

const isTable = (t: unknown): t is EraCodeTable => typeof t === "string" && Object.hasOwn(EraCodes, t)

/**
 * The era of a code in a table (default `sequential`). Accepts numbers and
 * strings (`5`, `"5"`, `"５"`, `"R"`, `"r"`). Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.eraFromCode(4) // => Result.succeed("heisei")
 * Wareki.eraFromCode("7", "odd") // => Result.succeed("heisei")
 * Wareki.eraFromCode(6) // => failure core.wareki.era
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const eraFromCode = (code: unknown, table: EraCodeTable = "sequential"): Result.Result<EraId, JukiError> => {
  if (!isTable(table)) return fail(UnknownEra, code)
  const written =
    typeof code === "number" && Number.isInteger(code)
      ? String(code)
      : typeof code === "string"
        ? normaliseText(code).toUpperCase()
        : undefined
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: no code of any table is "" or undefined, so the loop below fails the same way with the same input
  if (written === undefined || written === "") return fail(UnknownEra, code)
  const codes: Readonly<Record<EraId, number | string>> = EraCodes[table]
  for (const era of ERAS) if (String(codes[era.id]) === written) return Result.succeed(era.id)
  return fail(UnknownEra, code)
}

/**
 * The code of an era in a table (default `sequential`).
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.codeOfEra("reiwa") // => 5
 * Wareki.codeOfEra("reiwa", "jis-letter") // => "R"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const codeOfEra = (era: EraId, table: EraCodeTable = "sequential"): number | string =>
  (EraCodes[table] as Readonly<Record<EraId, number | string>>)[era]

/**
 * A 和暦 date as two columns of a fixed-width layout: 元号区分 (one code of an
 * {@link EraCodes} table) and 年月日 (6 digits `YYMMDD`, era-year first).
 *
 * **Details**
 *
 * The 大阪市 住民基本台帳ファイル (seed 別添2 (1)) stores 15 dates this way,
 * each as an item `…_元号区分` followed by `…_年月日` (改製年月日, 住定異動日,
 * 住定届出日, 消除事由 異動/届出年月日, 確定転出先住所 処理/異動/届出年月日,
 * 生年月日, 市民日, 市届出日, 記載事由 異動/届出年月日, 在留期間等の満了の日,
 * 交付日). The seed gives neither widths nor code values: the 1-character code
 * and 6-digit 和暦 `YYMMDD` are juki's reading (UNVERIFIED). 在留期間等の満了の日
 * has a 元号区分 although 標準仕様書 1.1.2 shows it in 西暦, which suggests a
 * code for 西暦 in that layout (not supported here). The 本人確認情報ファイル
 * (別添2 (2)) has single date items without 元号区分.
 *
 * @category models
 * @since 0.1.0
 */
export interface CodedPair {
  /** 元号区分 as written in the file. */
  readonly eraCode: string | number
  /** 年月日 as `YYMMDD` (era-year, month, day; zero-padded). */
  readonly ymd: string
}

/**
 * Reads a 元号区分 + 年月日 pair (see {@link CodedPair}) with the checks of
 * {@link validate}. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.fromCodedPair({ eraCode: "3", ymd: "640107" }) // => Result.succeed({ era: "showa", year: 64, month: 1, day: 7 })
 * Wareki.fromCodedPair({ eraCode: "9", ymd: "010501" }, "odd") // => Result.succeed({ era: "reiwa", year: 1, month: 5, day: 1 })
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromCodedPair = (
  pair: unknown,
  table: EraCodeTable = "sequential",
  options: Options = {}
): Result.Result<Wareki, JukiError> => {
  try {
    return readCodedPair(pair, table, options ?? {})
  } catch {
    return fail(Format, undefined)
  }
}

const readCodedPair = (pair: unknown, table: EraCodeTable, options: Options): Result.Result<Wareki, JukiError> => {
  if (!isRecord(pair)) return fail(Format, pair)
  const era = eraFromCode(pair["eraCode"], table)
  if (Result.isFailure(era)) return Result.fail(era.failure)
  const ymd = typeof pair["ymd"] === "string" ? pair["ymd"].normalize("NFKC") : ""
  if (!/^\d{6}$/.test(ymd)) return fail(Format, pair["ymd"])
  const y = Number(ymd.slice(0, 2))
  const m = Number(ymd.slice(2, 4))
  const d = Number(ymd.slice(4, 6))
  return Result.map(resolveParts(era.success, y, m, d, options, ymd), warekiOf)
}

/**
 * Writes a 和暦 date as a 元号区分 + 年月日 pair (`YYMMDD`).
 *
 * **Example**
 *
 * ```ts
 * import { Wareki } from "@juki/core"
 * Wareki.toCodedPair({ era: "heisei", year: 31, month: 4, day: 30 }) // => { eraCode: "4", ymd: "310430" }
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toCodedPair = (
  wareki: Wareki,
  table: EraCodeTable = "sequential"
): { readonly eraCode: string; readonly ymd: string } => ({
  eraCode: String(codeOfEra(wareki.era, table)),
  ymd: `${pad2(wareki.year)}${pad2(wareki.month)}${pad2(wareki.day)}`
})
