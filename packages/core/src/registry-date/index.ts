/**
 * Registry dates: the dates a resident registry really holds
 * (住民記録システム標準仕様書 1.1.8 年月日の管理) — exact calendar days,
 * non-calendar days kept as written (うるう年でない年の2月29日,
 * 明治45年7月30日, 大正15年12月25日) and 不詳日 (令和5年頃, 推定令和5年3月4日,
 * 令和5年3月上旬, 年月日不詳, …), each with an internal day.
 *
 * **When to use**
 *
 * Use {@link parse} with `mode: "registry"` (or {@link parseField}) for the
 * fields of {@link REGISTRY_DATE_FIELDS}: 生年月日, 住民となった年月日,
 * 住所を定めた年月日, 外国人住民となった年月日, 出生/死亡/失踪 の異動日 (and 不詳
 * for 旧外登法による登録年月日). Every other date is a calendar date: use
 * `mode: "strict"` (the default) or the `Wareki` module.
 *
 * **Details**
 *
 * - A {@link RegistryDate} is one of `Exact` (a calendar day), `NonCalendar`
 *   (the parts as written, a `reason` and a `normalised` day) and `Uncertain`
 *   (a 不詳日: the text as written, its `form`, a range `[earliest, latest]`
 *   and a `representative` day). {@link toIsoDate} gives the day to use
 *   internally and to send to 住基ネット; {@link compare} orders by it.
 * - 1.1.8 requires an internal date and conversion for 住基ネット, but the
 *   住基ネット code definition for 不詳日 was not obtained. Every choice below is
 *   therefore an option, documented as **UNVERIFIED**, with a default:
 *   - era overflow (明治45年7月30日, 大正15年12月25日, 昭和64年1月8日): the real
 *     Gregorian day (1912-07-30, 1926-12-25, 1989-01-08); accepted only in the
 *     era's last year.
 *   - a day the month does not have (2月29日 in a common year, 2月30日,
 *     4月31日): `invalidDay: "clamp"` (default) takes the month's last day
 *     (2023-02-29 → 2023-02-28); `"roll"` counts on into the next month
 *     (2023-02-29 → 2023-03-01). Days above 31 and months outside 1–12 are
 *     rejected in every mode.
 *   - representative day of a range: `representative: "earliest"` (default),
 *     `"middle"` or `"latest"`.
 *   - seasons: 春 = 3–5月, 夏 = 6–8月, 秋 = 9–11月; 冬 = 12月 to the next
 *     year's 2月 (`winter: "following"`, default) or the previous year's 12月
 *     to 2月 (`"preceding"`, as 気象庁 counts winters).
 *   - 年月日不詳: range `unknownRange` (default 1868-01-25 … 9999-12-31).
 * - Ranges of 和暦 forms are cut to the era's span (令和元年頃 runs from
 *   2019-05-01); 上旬 = 1–10日, 中旬 = 11–20日, 下旬 = 21日–月末.
 * - 和暦 or 西暦: 1.1.8 lets dates other than a Japanese 生年月日 be held in
 *   either, so every form also reads with a 4-digit year (`2019年頃`,
 *   `2019-05-01`); `notation` records which was used.
 *
 * **Gotchas**
 *
 * - Days before 1873-01-01 are refused as in `Wareki` unless `allowLunisolar`.
 * - `text` keeps the 不詳日 text as given; {@link format} writes the canonical
 *   text, so two spellings of one 不詳日 differ only in `text`.
 *
 * **Example** (Parsing registry dates)
 *
 * ```ts
 * import { RegistryDate } from "@juki/core"
 *
 * RegistryDate.parse("明治45年7月30日") // => failure core.registry-date.non-calendar
 * RegistryDate.parse("明治45年7月30日", { mode: "registry" })
 * // => Result.succeed({ _tag: "NonCalendar", era: "meiji", year: 45, month: 7, day: 30, reason: "era-overflow", normalised: "1912-07-30", … })
 * RegistryDate.parse("令和5年3月上旬", { mode: "registry" })
 * // => Result.succeed({ _tag: "Uncertain", form: "dekad", earliest: "2023-03-01", latest: "2023-03-10", representative: "2023-03-01", … })
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { isIsoDate, toYmd, type IsoDate } from "../calendar/index.js"
import type { LegalBasis } from "../errors/index.js"
import { getEra, isRecord } from "../wareki/model.js"
import { fromIsoDate as warekiFromIsoDate, format as formatWareki } from "../wareki/index.js"
import { STD_CONVERSION } from "./rules.js"
import type { WrittenYear, RangeEnd, RegistryDate, Options } from "./model.js"
import { DEKADS, parse, SEASONS } from "./parse.js"

export { Format, MonthDayRange, NonCalendarNotAllowed, RangeOrder, rules, UncertainNotAllowed } from "./rules.js"
export {
  getField,
  REGISTRY_DATE_FIELDS,
  type ExactDate,
  type NonCalendarDate,
  type Notation,
  type Options,
  type RangeEnd,
  type RegistryDate,
  type RegistryDateField,
  type UncertainBetween,
  type UncertainDate,
  type UncertainDay,
  type UncertainDekad,
  type UncertainMonth,
  type UncertainSeason,
  type UncertainYear,
  type UnknownDate,
  type WrittenYear
} from "./model.js"
export { fromCodedPair, fromIsoDate, parse, parseField } from "./parse.js"

// ---------------------------------------------------------------------------
// Formatting, ordering, guards
// ---------------------------------------------------------------------------

/**
 * Options of {@link format}.
 *
 * @category models
 * @since 0.1.0
 */
export interface FormatOptions {
  /** Write 和暦 year 1 as 元年 (default `true`). */
  readonly gannen?: boolean
  /** Write an exact 西暦 day as `2019年5月1日` (`kanji`, default) or `2019-05-01` (`iso`). */
  readonly seireki?: "kanji" | "iso"
}

const headText = (h: WrittenYear, options: FormatOptions): string => {
  // Stryker disable next-line LogicalOperator: a RegistryDate has an era exactly when its notation is "wareki"
  if (h.notation === "seireki" || h.era === undefined) return `${String(h.year).padStart(4, "0")}年`
  // Stryker disable next-line OptionalChaining: the era of a RegistryDate is a known era id
  const name = getEra(h.era)?.name ?? String(h.era)
  return `${name}${h.year === 1 && (options.gannen ?? true) ? "元" : String(h.year)}年`
}

/**
 * Writes the canonical text of a registry date (和暦 with 元年 by default).
 * `parse(format(d), { mode: "registry" })` gives `d` back (with `text` the
 * canonical text). Never throws for a {@link RegistryDate}.
 *
 * **Example**
 *
 * ```ts
 * import { RegistryDate } from "@juki/core"
 * import { Result } from "effect"
 * const d = Result.getOrThrow(RegistryDate.parse("推定令和5年03月", { mode: "registry" }))
 * RegistryDate.format(d) // => "推定令和5年3月"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const format = (date: RegistryDate, options: FormatOptions = {}): string => {
  switch (date._tag) {
    case "Exact": {
      if (date.notation === "seireki") {
        if (options.seireki === "iso") return date.date
        const { year, month, day } = toYmd(date.date)
        return `${String(year).padStart(4, "0")}年${month}月${day}日`
      }
      const w = warekiFromIsoDate(date.date, { allowLunisolar: true })
      return Result.isSuccess(w) ? formatWareki(w.success, { gannen: options.gannen ?? true }) : date.date
    }
    case "NonCalendar":
      return `${headText(date, options)}${date.month}月${date.day}日`
    case "Uncertain":
      switch (date.form) {
        case "unknown":
          return "年月日不詳"
        case "year":
          return date.qualifier === "estimated"
            ? `推定${headText(date, options)}`
            : `${headText(date, options)}${date.qualifier === "approximate" ? "頃" : "月日不詳"}`
        case "month": {
          const base = `${headText(date, options)}${date.month}月`
          return date.qualifier === "estimated"
            ? `推定${base}`
            : `${base}${date.qualifier === "approximate" ? "頃" : "日不詳"}`
        }
        case "season":
          return `${headText(date, options)}${SEASONS[date.season]}`
        case "dekad":
          return `${headText(date, options)}${date.month}月${DEKADS[date.dekad]}${date.approximate ? "頃" : ""}`
        case "day": {
          const base = `${headText(date, options)}${date.month}月${date.day}日`
          return date.qualifier === "estimated" ? `推定${base}` : `${base}頃`
        }
        case "between": {
          const end = (e: RangeEnd, withMonth: boolean) =>
            `${withMonth ? `${e.month}月` : ""}${e.estimated ? "推定" : ""}${e.day}日${e.approximate ? "頃" : ""}`
          return `${headText(date, options)}${end(date.from, true)}から${end(date.to, date.to.month !== date.from.month)}までの間`
        }
      }
  }
}

/**
 * The day used internally and sent to 住基ネット: the day of an `Exact` date,
 * the `normalised` day of a `NonCalendar` date, the `representative` day of a
 * 不詳日 (UNVERIFIED conversion, see the module notes).
 *
 * @category conversions
 * @since 0.1.0
 */
export const toIsoDate = (date: RegistryDate): IsoDate =>
  date._tag === "Exact" ? date.date : date._tag === "NonCalendar" ? date.normalised : date.representative

/**
 * The range of days a registry date may stand for: one day for `Exact` and
 * `NonCalendar`, `[earliest, latest]` for a 不詳日.
 *
 * @category getters
 * @since 0.1.0
 */
export const range = (date: RegistryDate): readonly [IsoDate, IsoDate] =>
  date._tag === "Uncertain" ? [date.earliest, date.latest] : [toIsoDate(date), toIsoDate(date)]

/**
 * Orders registry dates by {@link toIsoDate}, then by the earliest and the
 * latest day of their {@link range}: negative when `a` comes first.
 *
 * @category ordering
 * @since 0.1.0
 */
export const compare = (a: RegistryDate, b: RegistryDate): number => {
  const ka = [toIsoDate(a), ...range(a)]
  const kb = [toIsoDate(b), ...range(b)]
  // Stryker disable next-line EqualityOperator: a fourth round compares undefined with undefined, which returns nothing
  for (let i = 0; i < 3; i++) {
    if (ka[i]! < kb[i]!) return -1
    if (ka[i]! > kb[i]!) return 1
  }
  return 0
}

const FORMS = new Set(["unknown", "year", "month", "season", "dekad", "day", "between"])
const isInt = (u: unknown): u is number => typeof u === "number" && Number.isInteger(u)

const isHead = (u: Readonly<Record<string, unknown>>): boolean =>
  (u["notation"] === "seireki" && !("era" in u)) || (u["notation"] === "wareki" && getEra(u["era"]) !== undefined)
    ? isInt(u["year"])
    : false

/**
 * Whether `u` is a {@link RegistryDate} (structure, dates and range order).
 * Never throws, whatever the input.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isRegistryDate = (u: unknown): u is RegistryDate => {
  try {
    if (!isRecord(u)) return false
    switch (u["_tag"]) {
      case "Exact":
        return (u["notation"] === "wareki" || u["notation"] === "seireki") && isIsoDate(u["date"])
      case "NonCalendar":
        return (
          isHead(u) &&
          isInt(u["month"]) &&
          isInt(u["day"]) &&
          (u["reason"] === "era-overflow" || u["reason"] === "invalid-day") &&
          isIsoDate(u["normalised"])
        )
      case "Uncertain": {
        const { earliest, latest, representative } = u
        if (typeof u["text"] !== "string" || !FORMS.has(u["form"] as string)) return false
        if (!isIsoDate(earliest) || !isIsoDate(latest) || !isIsoDate(representative)) return false
        if (!(earliest <= representative && representative <= latest)) return false
        return u["form"] === "unknown" || isHead(u)
      }
      default:
        return false
    }
  } catch {
    return false
  }
}

/**
 * `true` when {@link parse} accepts the text with these options. Never
 * throws, whatever the input.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid = (text: unknown, options: Options = {}): boolean => {
  try {
    return Result.isSuccess(parse(text, options))
  } catch {
    return false
  }
}

/**
 * The conversion choices juki makes where 1.1.8 leaves them to the 住基ネット
 * code definition (not obtained), as a basis for catalogues.
 *
 * @category rules
 * @since 0.1.0
 */
export const conversionBasis: LegalBasis = STD_CONVERSION
