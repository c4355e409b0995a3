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
import {
  addDays,
  daysInMonth,
  fromDayNumber,
  fromYmd,
  isIsoDate,
  isValidYmd,
  toDayNumber,
  toYmd,
  type IsoDate
} from "../calendar/index.js"
import { defineRule, makeError, type JukiError, type LegalBasis, type RuleDefinition } from "../errors/index.js"
import { NotAString } from "../identifier/index.js"
import { ERA_KANJI, KANJI_NUMERAL, eraOfToken, normaliseText, readNumber, readYear } from "../wareki/internal.js"
import {
  EraBoundary,
  EraRange,
  GREGORIAN_START,
  Lunisolar,
  MEIJI_START,
  NotIsoDate,
  eraAt,
  getEra,
  isRecord,
  readParts,
  type Era,
  type EraId,
  type Options as WarekiOptions
} from "../wareki/model.js"
import { eraFromCode, fromIsoDate as warekiFromIsoDate, format as formatWareki, type EraCodeTable } from "../wareki/index.js"

const STD: LegalBasis = { kind: "standard", cite: "住民記録システム標準仕様書 1.1.8 年月日の管理", verified: true }
const STD_CONVERSION: LegalBasis = {
  kind: "standard",
  cite: "住民記録システム標準仕様書 1.1.8: 住基ネットへ送付するコード定義",
  verified: false,
  note: "the code definition for 不詳日 and the conversion for 住基ネット were not obtained"
}

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

/**
 * The text is not a date in any form of the selected mode.
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "core.registry-date.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [STD, { kind: "library", cite: "juki: forms read by RegistryDate.parse", verified: true }],
  title: { ja: "年月日の形式", en: "Registry date format" },
  message: {
    ja: "{field}を年月日（暦上日、暦上日以外の日、不詳日）として読み取れません",
    en: "{field} is not a date (calendar, non-calendar or 不詳日 form)"
  }
})

/**
 * The month is not 1–12 or the day is not 1–31: not accepted even for the
 * fields of 1.1.8.
 *
 * @category rules
 * @since 0.1.0
 */
export const MonthDayRange = defineRule({
  id: "core.registry-date.calendar",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD, { kind: "library", cite: "juki: months 1–12 and days 1–31 in every mode", verified: true }],
  title: { ja: "月日の範囲", en: "Month and day range" },
  message: {
    ja: "{field}の月は1から12、日は1から31の範囲で指定してください",
    en: "{field}: the month must be 1–12 and the day 1–31"
  }
})

/**
 * The date is not a calendar day (2月29日 of a common year, 2月30日,
 * 明治45年7月30日, 大正15年12月25日); only the fields of
 * {@link REGISTRY_DATE_FIELDS} accept it, in `registry` mode.
 *
 * @category rules
 * @since 0.1.0
 */
export const NonCalendarNotAllowed = defineRule({
  id: "core.registry-date.non-calendar",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD],
  title: { ja: "暦上日以外の年月日", en: "Non-calendar date" },
  message: {
    ja: "{field}は暦上日ではありません（暦上日以外の年月日は生年月日等の項目に限り許容されます）",
    en: "{field} is not a calendar day (non-calendar dates are allowed only for 生年月日 and the other fields of 1.1.8)"
  }
})

/**
 * The text is a 不詳日 (令和5年頃, 年月日不詳 …); only the fields of
 * {@link REGISTRY_DATE_FIELDS} accept it, in `registry` mode.
 *
 * @category rules
 * @since 0.1.0
 */
export const UncertainNotAllowed = defineRule({
  id: "core.registry-date.uncertain",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD],
  title: { ja: "不詳日", en: "Uncertain date (不詳日)" },
  message: {
    ja: "{field}は不詳日です（不詳日は生年月日等の項目に限り許容されます）",
    en: "{field} is an uncertain date (不詳日 is allowed only for 生年月日 and the other fields of 1.1.8)"
  }
})

/**
 * In 「…から…までの間」 the end is before the start.
 *
 * @category rules
 * @since 0.1.0
 */
export const RangeOrder = defineRule({
  id: "core.registry-date.range-order",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD],
  title: { ja: "期間の順序", en: "Range order" },
  message: {
    ja: "{field}の「から」の日が「まで」の日より後になっています",
    en: "{field}: the start of the range is after its end"
  }
})

/**
 * The rules of this module (the 和暦 rules `core.wareki.era-range`,
 * `core.wareki.era-boundary` and `core.wareki.lunisolar` also apply).
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Format, MonthDayRange, NonCalendarNotAllowed, UncertainNotAllowed, RangeOrder] as const

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/**
 * Whether a date was written in 和暦 (with an era) or in 西暦 (4-digit year).
 *
 * @category models
 * @since 0.1.0
 */
export type Notation = "wareki" | "seireki"

/**
 * The year part of a date as written: the era (和暦 only) and the era-year or
 * Gregorian year.
 *
 * @category models
 * @since 0.1.0
 */
export interface WrittenYear {
  readonly notation: Notation
  /** Present when `notation` is `wareki`. */
  readonly era?: EraId
  /** Era-year (和暦) or Gregorian year (西暦). */
  readonly year: number
}

/**
 * A calendar day.
 *
 * @category models
 * @since 0.1.0
 */
export interface ExactDate {
  readonly _tag: "Exact"
  readonly notation: Notation
  readonly date: IsoDate
}

/**
 * A date that is not a calendar day, kept as written, with the day used
 * internally and for 住基ネット (`normalised`, see the module notes:
 * UNVERIFIED).
 *
 * @category models
 * @since 0.1.0
 */
export interface NonCalendarDate extends WrittenYear {
  readonly _tag: "NonCalendar"
  readonly month: number
  readonly day: number
  /** `era-overflow`: a real day after the era's end, in its last year; `invalid-day`: the month has no such day. */
  readonly reason: "era-overflow" | "invalid-day"
  readonly normalised: IsoDate
}

interface UncertainBase {
  readonly _tag: "Uncertain"
  /** The text as given (trimmed). */
  readonly text: string
  readonly earliest: IsoDate
  readonly latest: IsoDate
  readonly representative: IsoDate
}

/**
 * 「年月日不詳」.
 *
 * @category models
 * @since 0.1.0
 */
export interface UnknownDate extends UncertainBase {
  readonly form: "unknown"
}

/**
 * 「令和5年頃」 (`approximate`), 「推定令和5年」 (`estimated`),
 * 「令和5年 月日不詳」 (`unknown-rest`).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainYear extends UncertainBase, WrittenYear {
  readonly form: "year"
  readonly qualifier: "approximate" | "estimated" | "unknown-rest"
}

/**
 * 「令和5年3月頃」 (`approximate`), 「推定令和5年3月」 (`estimated`),
 * 「令和5年3月 日不詳」 (`unknown-rest`).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainMonth extends UncertainBase, WrittenYear {
  readonly form: "month"
  readonly month: number
  readonly qualifier: "approximate" | "estimated" | "unknown-rest"
}

/**
 * 「令和5年春」 (春 夏 秋 冬).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainSeason extends UncertainBase, WrittenYear {
  readonly form: "season"
  readonly season: "spring" | "summer" | "autumn" | "winter"
}

/**
 * 「令和5年3月上旬」, 「令和5年3月中旬頃」 (上旬 1–10日, 中旬 11–20日, 下旬 21日–月末).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainDekad extends UncertainBase, WrittenYear {
  readonly form: "dekad"
  readonly month: number
  readonly dekad: "early" | "middle" | "late"
  /** Written with 頃. */
  readonly approximate: boolean
}

/**
 * 「令和5年3月4日頃」 (`approximate`), 「推定令和5年3月4日」 (`estimated`).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainDay extends UncertainBase, WrittenYear {
  readonly form: "day"
  readonly month: number
  readonly day: number
  readonly qualifier: "approximate" | "estimated"
}

/**
 * One end of 「…から…までの間」: month, day and the 推定 / 頃 marks written on it.
 *
 * @category models
 * @since 0.1.0
 */
export interface RangeEnd {
  readonly month: number
  readonly day: number
  readonly estimated: boolean
  readonly approximate: boolean
}

/**
 * 「令和5年3月4日から3月10日頃までの間」, 「令和5年3月推定4日から10日までの間」,
 * 「令和5年3月4日頃から10日頃までの間」 (both ends in the same year).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainBetween extends UncertainBase, WrittenYear {
  readonly form: "between"
  readonly from: RangeEnd
  readonly to: RangeEnd
}

/**
 * A 不詳日 of 標準仕様書 1.1.8 with its range and representative day.
 *
 * @category models
 * @since 0.1.0
 */
export type UncertainDate = UnknownDate | UncertainYear | UncertainMonth | UncertainSeason | UncertainDekad | UncertainDay | UncertainBetween

/**
 * A date as a resident registry holds it.
 *
 * @category models
 * @since 0.1.0
 */
export type RegistryDate = ExactDate | NonCalendarDate | UncertainDate

// ---------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------

/**
 * A registry field that accepts more than calendar days (標準仕様書 1.1.8).
 *
 * @category models
 * @since 0.1.0
 */
export interface RegistryDateField {
  /** Stable English id, for records and code. */
  readonly id: string
  readonly ja: string
  readonly en: string
  /** Accepts non-calendar days. */
  readonly nonCalendar: boolean
  /** Accepts 不詳日. */
  readonly uncertain: boolean
  readonly basis: LegalBasis
}

/**
 * The fields that may hold non-calendar dates and 不詳日
 * (住民記録システム標準仕様書 1.1.8, citing 1.1.1, 1.1.2 and 1.2.2). 「旧外登法による
 * 登録年月日」 accepts 不詳 only (when it is not held). Every other date field
 * holds calendar days only.
 *
 * @category models
 * @since 0.1.0
 */
export const REGISTRY_DATE_FIELDS: ReadonlyArray<RegistryDateField> = [
  { id: "birthDate", ja: "生年月日", en: "date of birth", nonCalendar: true, uncertain: true, basis: STD },
  { id: "residentSince", ja: "住民となった年月日", en: "date of becoming a resident", nonCalendar: true, uncertain: true, basis: STD },
  { id: "addressSince", ja: "住所を定めた年月日", en: "date the address was set", nonCalendar: true, uncertain: true, basis: STD },
  {
    id: "foreignResidentSince",
    ja: "外国人住民となった年月日",
    en: "date of becoming a foreign resident",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  { id: "birthEventDate", ja: "出生に係る異動日", en: "event date of a birth", nonCalendar: true, uncertain: true, basis: STD },
  { id: "deathEventDate", ja: "死亡に係る異動日", en: "event date of a death", nonCalendar: true, uncertain: true, basis: STD },
  {
    id: "disappearanceEventDate",
    ja: "失踪に係る異動日",
    en: "event date of a disappearance (失踪)",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "alienRegistrationDate",
    ja: "旧外登法による登録年月日",
    en: "registration date under the former Alien Registration Act",
    nonCalendar: false,
    uncertain: true,
    basis: STD
  }
]

/**
 * The {@link RegistryDateField} with an id or Japanese name, or `undefined`.
 * Never throws.
 *
 * @category getters
 * @since 0.1.0
 */
export const getField = (idOrName: unknown): RegistryDateField | undefined =>
  typeof idOrName === "string" ? REGISTRY_DATE_FIELDS.find((f) => f.id === idOrName || f.ja === idOrName) : undefined

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

/**
 * Options of {@link parse}. The conversion choices are UNVERIFIED (the
 * 住基ネット code definition was not obtained) and have safe defaults.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options extends WarekiOptions {
  /** `strict` (default): calendar days only; `registry`: also non-calendar days and 不詳日 (1.1.8). */
  readonly mode?: "strict" | "registry"
  /** Day used for a day the month lacks: `clamp` (default, month end) or `roll` (into the next month). UNVERIFIED. */
  readonly invalidDay?: "clamp" | "roll"
  /** Representative day of a range: `earliest` (default), `middle` or `latest`. UNVERIFIED. */
  readonly representative?: "earliest" | "middle" | "latest"
  /** 冬 of year Y: `following` (default, Y-12 … Y+1-02) or `preceding` (Y-1-12 … Y-02). UNVERIFIED. */
  readonly winter?: "following" | "preceding"
  /** Range of 年月日不詳 (default 1868-01-25 … 9999-12-31). */
  readonly unknownRange?: { readonly earliest: string; readonly latest: string }
}

interface Accept {
  readonly nonCalendar: boolean
  readonly uncertain: boolean
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

type R<A> = Result.Result<A, JukiError>
const err = (rule: RuleDefinition, input: unknown, params?: Record<string, string | number>): R<never> =>
  Result.fail(makeError(rule, { input, ...(params ? { params } : {}) }))

const END_OF_TIME = "9999-12-31" as IsoDate

interface YearSpan {
  /** Gregorian year. */
  readonly gYear: number
  /** Days the written year may cover (the era's span for 和暦). */
  readonly lo: IsoDate
  readonly hi: IsoDate
  readonly era: Era | undefined
}

/** Checks the written year and returns its Gregorian year and the span it may cover. */
const checkYear = (head: WrittenYear, options: Options, input: unknown): R<YearSpan> => {
  if (head.notation === "seireki") {
    if (!Number.isInteger(head.year) || head.year < 1 || head.year > 9999) return err(Format, input)
    return Result.succeed({ gYear: head.year, lo: "0001-01-01" as IsoDate, hi: END_OF_TIME, era: undefined })
  }
  const era = getEra(head.era)
  if (era === undefined) return err(Format, input)
  const heiseiLate = era.id === "heisei" && options.acceptHeiseiAfterReiwa === true
  const last = era.lastYear ?? 9999 - era.startYear + 1
  const rangeParams = { era: era.name, lastYear: era.lastYear ?? last }
  if (!Number.isInteger(head.year) || head.year < 1) return err(EraRange, input, rangeParams)
  if (head.year > last && !heiseiLate) return err(EraRange, input, rangeParams)
  const gYear = era.startYear + head.year - 1
  if (gYear > 9999) return err(EraRange, input, rangeParams)
  if (era.id === "meiji" && head.year < 6 && options.allowLunisolar !== true) return err(Lunisolar, input)
  return Result.succeed({ gYear, lo: era.start, hi: heiseiLate ? END_OF_TIME : (era.end ?? END_OF_TIME), era })
}

const boundaryError = (span: YearSpan, day: IsoDate, input: unknown): R<never> =>
  err(EraBoundary, input, {
    era: span.era?.name ?? "",
    start: span.era?.start ?? "",
    end: span.era?.end ?? "",
    actualEra: eraAt(day)?.name ?? "明治以前"
  })

interface Day {
  readonly date: IsoDate
  readonly exact: boolean
  readonly reason?: "era-overflow" | "invalid-day"
}

/** Resolves a written day: exact, or non-calendar with its normalised day. */
const resolveDay = (head: WrittenYear, month: number, day: number, options: Options, accept: Accept, input: unknown): R<Day> => {
  const span = checkYear(head, options, input)
  if (Result.isFailure(span)) return Result.fail(span.failure)
  const { gYear } = span.success
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 31) {
    return err(MonthDayRange, input)
  }
  let date: IsoDate
  let reason: Day["reason"]
  if (isValidYmd(gYear, month, day)) date = fromYmd(gYear, month, day)
  else {
    const dim = daysInMonth(gYear, month)
    date = options.invalidDay === "roll" ? addDays(fromYmd(gYear, month, dim), day - dim) : fromYmd(gYear, month, dim)
    reason = "invalid-day"
  }
  if (date < span.success.lo) return boundaryError(span.success, date, input)
  if (date > span.success.hi) reason ??= "era-overflow"
  if (reason === undefined) return Result.succeed({ date, exact: true })
  if (!accept.nonCalendar) return err(NonCalendarNotAllowed, input)
  return Result.succeed({ date, exact: false, reason })
}

/** Cuts a Gregorian range to the span of the written year (the era), checking lunisolar days. */
const clip = (span: YearSpan, a: IsoDate, b: IsoDate, input: unknown): R<readonly [IsoDate, IsoDate]> => {
  const lo = a < span.lo ? span.lo : a
  const hi = b > span.hi ? span.hi : b
  if (lo > hi) return boundaryError(span, a < span.lo ? b : a, input)
  return Result.succeed([lo, hi] as const)
}

const pick = (lo: IsoDate, hi: IsoDate, options: Options): IsoDate =>
  options.representative === "latest"
    ? hi
    : options.representative === "middle"
      ? fromDayNumber(Math.floor((toDayNumber(lo) + toDayNumber(hi)) / 2))
      : lo

const lastDay = (y: number, m: number): IsoDate => fromYmd(y, m, daysInMonth(y, m))

const seasonRange = (season: UncertainSeason["season"], y: number, options: Options): readonly [IsoDate, IsoDate] => {
  switch (season) {
    case "spring":
      return [fromYmd(y, 3, 1), lastDay(y, 5)]
    case "summer":
      return [fromYmd(y, 6, 1), lastDay(y, 8)]
    case "autumn":
      return [fromYmd(y, 9, 1), lastDay(y, 11)]
    default:
      return options.winter === "preceding"
        ? [y > 1 ? fromYmd(y - 1, 12, 1) : fromYmd(1, 1, 1), lastDay(y, 2)]
        : [fromYmd(y, 12, 1), y < 9999 ? lastDay(y + 1, 2) : END_OF_TIME]
  }
}

const DEKADS = { early: "上旬", middle: "中旬", late: "下旬" } as const
const SEASONS = { spring: "春", summer: "夏", autumn: "秋", winter: "冬" } as const

const dekadRange = (dekad: UncertainDekad["dekad"], y: number, m: number): readonly [IsoDate, IsoDate] =>
  dekad === "early" ? [fromYmd(y, m, 1), fromYmd(y, m, 10)] : dekad === "middle" ? [fromYmd(y, m, 11), fromYmd(y, m, 20)] : [fromYmd(y, m, 21), lastDay(y, m)]

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

const YEAR = `元|\\d{1,4}|${KANJI_NUMERAL}`
const NUM = `\\d{1,2}|${KANJI_NUMERAL}`
const HEAD = `(?:(${ERA_KANJI})(${YEAR})|(?:西暦)?(\\d{4}))年`
const RE_UNKNOWN = /^年月日不詳$/u
const RE_YEAR_REST = new RegExp(`^${HEAD}月日不詳$`, "u")
const RE_MONTH_REST = new RegExp(`^${HEAD}(${NUM})月日不詳$`, "u")
const RE_BETWEEN = new RegExp(`^${HEAD}(${NUM})月(推定)?(${NUM})日(頃)?から(?:(${NUM})月)?(推定)?(${NUM})日(頃)?までの間$`, "u")
const RE_GENERAL = new RegExp(`^(推定)?${HEAD}(?:(${NUM})月(?:(${NUM})日|(上旬|中旬|下旬))?|(春|夏|秋|冬))?(頃)?$`, "u")
const RE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/u

const readHead = (eraToken: string | undefined, eraYear: string | undefined, gYear: string | undefined): WrittenYear | undefined => {
  if (gYear !== undefined) return { notation: "seireki", year: Number(gYear) }
  const era = eraOfToken(eraToken ?? "")
  const year = readYear(eraYear ?? "")
  if (era === undefined || year === undefined) return undefined
  return { notation: "wareki", era, year }
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : readNumber(s))

const headFields = (head: WrittenYear): WrittenYear =>
  head.era === undefined ? { notation: head.notation, year: head.year } : { notation: head.notation, era: head.era, year: head.year }

/** Builds Exact or NonCalendar from a written day. */
const dayValue = (head: WrittenYear, month: number, day: number, options: Options, accept: Accept, input: unknown): R<ExactDate | NonCalendarDate> =>
  Result.map(resolveDay(head, month, day, options, accept, input), (d): ExactDate | NonCalendarDate =>
    d.exact
      ? { _tag: "Exact", notation: head.notation, date: d.date }
      : { _tag: "NonCalendar", ...headFields(head), month, day, reason: d.reason ?? "invalid-day", normalised: d.date }
  )

type Pending = { readonly kind: "uncertain"; readonly build: () => R<UncertainDate> } | { readonly kind: "day"; readonly run: () => R<ExactDate | NonCalendarDate> }

const uncertainRange = <F extends Record<string, unknown>>(
  text: string,
  fields: F,
  lo: IsoDate,
  hi: IsoDate,
  options: Options
): F & UncertainBase => ({
  _tag: "Uncertain",
  ...fields,
  text,
  earliest: lo,
  latest: hi,
  representative: pick(lo, hi, options)
})

/** Classifies normalised text; returns undefined when no form matches. */
const classify = (s: string, text: string, options: Options, accept: Accept): Pending | undefined => {
  if (RE_UNKNOWN.test(s)) {
    return {
      kind: "uncertain",
      build: () => {
        const r = options.unknownRange
        const lo = r && isIsoDate(r.earliest) ? r.earliest : MEIJI_START
        const hi = r && isIsoDate(r.latest) && r.latest >= lo ? r.latest : END_OF_TIME
        return Result.succeed(uncertainRange(text, { form: "unknown" as const }, lo, hi, options))
      }
    }
  }
  const periodOf = (head: WrittenYear, make: (gYear: number) => readonly [IsoDate, IsoDate], fields: Record<string, unknown>): R<UncertainDate> => {
    const span = checkYear(head, options, text)
    if (Result.isFailure(span)) return Result.fail(span.failure)
    const [a, b] = make(span.success.gYear)
    const c = clip(span.success, a, b, text)
    if (Result.isFailure(c)) return Result.fail(c.failure)
    if (head.notation === "wareki" && c.success[0] < GREGORIAN_START && options.allowLunisolar !== true) return err(Lunisolar, text)
    return Result.succeed(uncertainRange(text, { ...fields, ...headFields(head) }, c.success[0], c.success[1], options) as UncertainDate)
  }
  const month12 = (m: number | undefined): m is number => m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12

  let m = RE_YEAR_REST.exec(s)
  if (m) {
    const head = readHead(m[1], m[2], m[3])
    if (!head) return undefined
    return { kind: "uncertain", build: () => periodOf(head, (y) => [fromYmd(y, 1, 1), fromYmd(y, 12, 31)], { form: "year", qualifier: "unknown-rest" }) }
  }
  m = RE_MONTH_REST.exec(s)
  if (m) {
    const head = readHead(m[1], m[2], m[3])
    const month = num(m[4])
    if (!head || month === undefined) return undefined
    return {
      kind: "uncertain",
      build: () =>
        Result.isFailure(checkYear(head, options, text)) || month12(month)
          ? periodOf(head, (y) => [fromYmd(y, month, 1), lastDay(y, month)], { form: "month", month, qualifier: "unknown-rest" })
          : err(MonthDayRange, text)
    }
  }
  m = RE_BETWEEN.exec(s)
  if (m) {
    const head = readHead(m[1], m[2], m[3])
    const fm = num(m[4])
    const fd = num(m[6])
    const tm = m[8] === undefined ? fm : num(m[8])
    const td = num(m[10])
    if (!head || fm === undefined || fd === undefined || tm === undefined || td === undefined) return undefined
    const from: RangeEnd = { month: fm, day: fd, estimated: m[5] !== undefined, approximate: m[7] !== undefined }
    const to: RangeEnd = { month: tm, day: td, estimated: m[9] !== undefined, approximate: m[11] !== undefined }
    return {
      kind: "uncertain",
      build: (): R<UncertainDate> => {
        const a = resolveDay(head, fm, fd, options, accept, text)
        if (Result.isFailure(a)) return Result.fail(a.failure)
        const b = resolveDay(head, tm, td, options, accept, text)
        if (Result.isFailure(b)) return Result.fail(b.failure)
        if (b.success.date < a.success.date) return err(RangeOrder, text)
        return Result.succeed(uncertainRange(text, { form: "between" as const, ...headFields(head), from, to }, a.success.date, b.success.date, options))
      }
    }
  }
  m = RE_GENERAL.exec(s)
  if (m) {
    const estimated = m[1] !== undefined
    const head = readHead(m[2], m[3], m[4])
    const month = num(m[5])
    const day = num(m[6])
    const dekadText = m[7]
    const seasonText = m[8]
    const approximate = m[9] !== undefined
    if (!head || (m[5] !== undefined && month === undefined) || (m[6] !== undefined && day === undefined)) return undefined
    if (estimated && approximate) return undefined
    if (seasonText !== undefined) {
      if (estimated || approximate) return undefined
      const season = (Object.keys(SEASONS) as ReadonlyArray<UncertainSeason["season"]>).find((k) => SEASONS[k] === seasonText)!
      return { kind: "uncertain", build: () => periodOf(head, (y) => seasonRange(season, y, options), { form: "season", season }) }
    }
    if (month === undefined) {
      if (!estimated && !approximate) return undefined
      return {
        kind: "uncertain",
        build: () => periodOf(head, (y) => [fromYmd(y, 1, 1), fromYmd(y, 12, 31)], { form: "year", qualifier: estimated ? "estimated" : "approximate" })
      }
    }
    if (dekadText !== undefined) {
      if (estimated) return undefined
      const dekad = (Object.keys(DEKADS) as ReadonlyArray<UncertainDekad["dekad"]>).find((k) => DEKADS[k] === dekadText)!
      return {
        kind: "uncertain",
        build: () =>
          Result.isFailure(checkYear(head, options, text)) || month12(month)
            ? periodOf(head, (y) => dekadRange(dekad, y, month), { form: "dekad", month, dekad, approximate })
            : err(MonthDayRange, text)
      }
    }
    if (day === undefined) {
      if (!estimated && !approximate) return undefined
      return {
        kind: "uncertain",
        build: () =>
          Result.isFailure(checkYear(head, options, text)) || month12(month)
            ? periodOf(head, (y) => [fromYmd(y, month, 1), lastDay(y, month)], { form: "month", month, qualifier: estimated ? "estimated" : "approximate" })
            : err(MonthDayRange, text)
      }
    }
    if (estimated || approximate) {
      return {
        kind: "uncertain",
        build: () =>
          Result.map(resolveDay(head, month, day, options, accept, text), (d) =>
            uncertainRange(text, { form: "day" as const, ...headFields(head), month, day, qualifier: estimated ? ("estimated" as const) : ("approximate" as const) }, d.date, d.date, options)
          )
      }
    }
    return { kind: "day", run: () => dayValue(head, month, day, options, accept, text) }
  }
  m = RE_ISO.exec(s)
  if (m) {
    const head: WrittenYear = { notation: "seireki", year: Number(m[1]) }
    const month = Number(m[2])
    const day = Number(m[3])
    return { kind: "day", run: () => dayValue(head, month, day, options, accept, text) }
  }
  const parts = readParts(s)
  if (parts) {
    const head: WrittenYear = { notation: "wareki", era: parts.era, year: parts.year }
    return { kind: "day", run: () => dayValue(head, parts.month, parts.day, options, accept, text) }
  }
  return undefined
}

const parseWith = (text: unknown, options: Options, accept: Accept): R<RegistryDate> => {
  try {
    return parseText(text, options, accept)
  } catch {
    return err(Format, undefined)
  }
}

const parseText = (text: unknown, options: Options, accept: Accept): R<RegistryDate> => {
  if (typeof text !== "string") return Result.fail(makeError(NotAString, { input: text }))
  if (text.length > 128) return err(Format, text)
  const trimmed = text.trim()
  const pending = classify(normaliseText(trimmed), trimmed, options, accept)
  if (pending === undefined) return err(Format, text)
  if (pending.kind === "day") return pending.run()
  if (!accept.uncertain) return err(UncertainNotAllowed, text)
  return pending.build()
}

const STRICT: Accept = { nonCalendar: false, uncertain: false }
const REGISTRY: Accept = { nonCalendar: true, uncertain: true }

/**
 * Parses a date as a resident registry holds it. Never throws.
 *
 * **Details**
 *
 * - `mode: "strict"` (default): calendar days only, in 和暦 (every form of
 *   `Wareki.parse`) or 西暦 (`2019-05-01`, `2019年5月1日`, `西暦2019年5月1日`).
 *   A non-calendar day fails with `core.registry-date.non-calendar`, a 不詳日
 *   with `core.registry-date.uncertain`.
 * - `mode: "registry"`: also non-calendar days (`NonCalendar`) and the 不詳日
 *   forms of 1.1.8 (`Uncertain`): 年月日不詳; Y年頃, 推定Y年, Y年 月日不詳;
 *   Y年M月頃, 推定Y年M月, Y年M月 日不詳; Y年春/夏/秋/冬; Y年M月上旬/中旬/下旬
 *   (頃 optional); Y年M月D日頃, 推定Y年M月D日; Y年M月D日(頃)から(M月)D日(頃)までの間
 *   with 推定 before either day. Y is an era and era-year (令和5年, 令和元年) or
 *   a 4-digit year.
 * - Era-years outside the era, days before the era's start and lunisolar days
 *   fail with the `core.wareki.*` rules in both modes.
 *
 * **Example**
 *
 * ```ts
 * import { RegistryDate } from "@juki/core"
 * RegistryDate.parse("令和元年5月1日") // => Result.succeed({ _tag: "Exact", notation: "wareki", date: "2019-05-01" })
 * RegistryDate.parse("令和5年頃") // => failure core.registry-date.uncertain
 * RegistryDate.parse("年月日不詳", { mode: "registry" }) // => Result.succeed({ _tag: "Uncertain", form: "unknown", … })
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parse = (text: unknown, options: Options = {}): R<RegistryDate> => {
  const o = options ?? {}
  return parseWith(text, o, o.mode === "registry" ? REGISTRY : STRICT)
}

/**
 * Parses the value of a named field: `registry` mode with what the field
 * accepts when it is one of {@link REGISTRY_DATE_FIELDS} (by id or Japanese
 * name), `strict` mode otherwise. `options.mode` is ignored. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { RegistryDate } from "@juki/core"
 * RegistryDate.parseField("生年月日", "大正15年12月25日") // => Result.succeed({ _tag: "NonCalendar", … })
 * RegistryDate.parseField("届出日", "大正15年12月25日") // => failure core.registry-date.non-calendar
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parseField = (field: unknown, text: unknown, options: Options = {}): R<RegistryDate> => {
  const f = getField(field)
  return parseWith(text, options ?? {}, f ? { nonCalendar: f.nonCalendar, uncertain: f.uncertain } : STRICT)
}

/**
 * An exact registry date from a Gregorian day, in 和暦 (default) or 西暦
 * notation. 和暦 needs a day from 1873-01-01 (or `allowLunisolar`). Never
 * throws.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromIsoDate = (date: unknown, options: WarekiOptions & { readonly notation?: Notation } = {}): R<ExactDate> => {
  const notation: Notation = options?.notation === "seireki" ? "seireki" : "wareki"
  if (notation === "wareki") {
    const w = warekiFromIsoDate(date, options)
    if (Result.isFailure(w)) return Result.fail(w.failure)
  } else if (!isIsoDate(date)) return err(NotIsoDate, date)
  return Result.succeed({ _tag: "Exact", notation, date: date as IsoDate })
}

/**
 * Reads a 元号区分 + 年月日 pair (`YYMMDD`, see `Wareki.CodedPair`) in
 * `registry` mode for non-calendar days (明治45年7月30日 as `1` + `450730`) but
 * without 不詳日, which have no agreed `YYMMDD` encoding (UNVERIFIED: e.g. `00`
 * for an unknown month is not read). Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const fromCodedPair = (
  pair: unknown,
  table: EraCodeTable = "sequential",
  options: Options = {}
): R<ExactDate | NonCalendarDate> => {
  try {
    return readCodedPair(pair, table, options ?? {})
  } catch {
    return err(Format, undefined)
  }
}

const readCodedPair = (pair: unknown, table: EraCodeTable, options: Options): R<ExactDate | NonCalendarDate> => {
  if (!isRecord(pair)) return err(Format, pair)
  const era = eraFromCode(pair["eraCode"], table)
  if (Result.isFailure(era)) return Result.fail(era.failure)
  const ymd = typeof pair["ymd"] === "string" ? pair["ymd"].normalize("NFKC") : ""
  if (!/^\d{6}$/.test(ymd)) return err(Format, pair["ymd"])
  const head: WrittenYear = { notation: "wareki", era: era.success, year: Number(ymd.slice(0, 2)) }
  return dayValue(head, Number(ymd.slice(2, 4)), Number(ymd.slice(4, 6)), options, options.mode === "strict" ? STRICT : { nonCalendar: true, uncertain: false }, ymd)
}

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
  if (h.notation === "seireki" || h.era === undefined) return `${String(h.year).padStart(4, "0")}年`
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
          return date.qualifier === "estimated" ? `推定${base}` : `${base}${date.qualifier === "approximate" ? "頃" : "日不詳"}`
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
