/**
 * Periods counted the way the Civil Code counts them (民法 第140条–第143条),
 * exact to the day: the last day a record must still be kept.
 *
 * **When to use**
 *
 * Use {@link lastDay} whenever a rule says "X年間", "X日" or "Xか月" from an
 * event (消除, 受理, 転出予定日, 送付). Never add years to the event date with a
 * plain `addYears`: that is one day short in a case that occurs every four
 * years (see **Gotchas**).
 *
 * **Details**
 *
 * The convention, applied to an event that happens during a day (a 消除, a
 * 受理, a 送付 — none of them starts at midnight):
 *
 * 1. 民法140条: the day of the event is not counted. The period starts on the
 *    next day, the 起算日 `S = event + 1 day`.
 * 2. 民法143条2項: a period in years or months is counted by the calendar; it
 *    ends at the end of the day *before* the day of the last year (month) that
 *    corresponds to `S` (the 応当日).
 * 3. 民法143条2項 ただし書: when that year (month) has no corresponding day, the
 *    period ends on the last day of that month.
 * 4. 民法141条: the period ends at the *end* of its last day, so that day is still
 *    a retained day. The record may go from the next day on.
 * 5. A period in days (民法140条): `N` days after the event, the last day is
 *    `event + N` (14日以内 of a 届出 and 30日後 of a 転出予定日 are the same rule).
 *
 * For years this usually equals "the same month and day, N years after the
 * event": a 除票 消除 on 2014-06-20 is kept for 5 years through 2019-06-20
 * (S = 2014-06-21, the 応当日 is 2019-06-21, the day before is 2019-06-20).
 *
 * **Gotchas**
 *
 * - An event on 28 February of a common year makes `S` = 1 March. If the last
 *   year is a leap year the period ends on 29 February: a 5-year period from
 *   2015-02-28 ends on **2020-02-29**, while `addYears("2015-02-28", 5)` gives
 *   2020-02-28, one day too early.
 * - An event on 28 February of a leap year makes `S` = 29 February. In a common
 *   last year there is no 応当日 and ただし書 applies: 1 year from 2024-02-28
 *   ends on 2025-02-28.
 * - A statute that says 「…の日から起算して」 names the event day as the first
 *   day (初日算入): {@link fromEventDay} counts that way (住民基本台帳法施行令
 *   第34条第2項・第3項). A bare 「…の日から」 is 民法140条, the default.
 *
 * **Example** (Last retained days)
 *
 * ```ts
 * import { Period } from "@juki/retention"
 *
 * Period.lastDay("2014-06-20", Period.years(5)) // => "2019-06-20"
 * Period.lastDay("2015-02-28", Period.years(5)) // => "2020-02-29"
 * Period.lastDay("2024-05-01", Period.days(30)) // => "2024-05-31"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar } from "@juki/core"

/**
 * A length of time a rule keeps a record for. `forever` has no end (永年).
 *
 * @category models
 * @since 0.1.0
 */
export type Period =
  | {
      readonly unit: "years" | "months" | "days"
      readonly amount: number
      /**
       * How the first day is counted. Absent or `"next-day"`: 民法140条, the
       * event day is not counted (a bare 「…の日から」). `"event-day"`: the
       * event day is the first day of the period (初日算入), as a statute says
       * with 「…の日から起算して」.
       */
      readonly counting?: Counting
    }
  | { readonly unit: "forever" }

/**
 * The first day of a period: `"next-day"` (民法140条 初日不算入, the default)
 * or `"event-day"` (初日算入, 「…の日から起算して」).
 *
 * @category models
 * @since 0.2.0
 */
export type Counting = "next-day" | "event-day"

/**
 * The same period counted from the event day itself (初日算入): the reading of
 * 「…の日から起算して…を経過する日」 (住民基本台帳法施行令 第34条第2項・第3項).
 * `forever` stays `forever`.
 *
 * **Example**
 *
 * ```ts
 * import { Period } from "@juki/retention"
 *
 * Period.lastDay("2000-01-01", Period.fromEventDay(Period.years(150))) // => "2149-12-31"
 * Period.lastDay("2000-01-01", Period.years(150)) // => "2150-01-01"
 * ```
 *
 * @category constructors
 * @since 0.2.0
 */
export const fromEventDay = (period: Period): Period =>
  period.unit === "forever" ? period : { unit: period.unit, amount: period.amount, counting: "event-day" }

/**
 * How a period counts its first day (`"next-day"` when not said).
 *
 * @category getters
 * @since 0.2.0
 */
export const countingOf = (period: Period): Counting =>
  // A forever period has no `counting` (its type has none, and fromEventDay returns it unchanged).
  (period as { readonly counting?: Counting }).counting === "event-day" ? "event-day" : "next-day"

/**
 * A period of `n` years (…年間).
 *
 * @category constructors
 * @since 0.1.0
 */
export const years = (n: number): Period => ({ unit: "years", amount: n })

/**
 * A period of `n` months (…か月).
 *
 * @category constructors
 * @since 0.1.0
 */
export const months = (n: number): Period => ({ unit: "months", amount: n })

/**
 * A period of `n` days (…日).
 *
 * @category constructors
 * @since 0.1.0
 */
export const days = (n: number): Period => ({ unit: "days", amount: n })

/**
 * A period without end (永年保存).
 *
 * @category constructors
 * @since 0.1.0
 */
export const forever: Period = { unit: "forever" }

/** The largest day number Calendar can write (9999-12-31). */
const MAX_DAY = Calendar.toDayNumber("9999-12-31")

// Days since 1970-01-01 of a valid date, on numbers, so the hot path of a purge
// over millions of rows builds no strings.
const { dayNumberOfYmd } = Calendar

/**
 * The last retained day number (see {@link Calendar.toDayNumber}) of `period`
 * after an event on the valid date `year`-`month`-`day`: `null` for
 * {@link forever}, `undefined` when the end lies after 9999-12-31. Builds no
 * strings: the allocation-free core of {@link lastDay}.
 *
 * @category conversions
 * @since 0.1.0
 */
export const lastDayNumberOfYmd = (
  year: number,
  month: number,
  day: number,
  period: Period
): number | null | undefined => {
  if (period.unit === "forever") return null
  const eventDay = period.counting === "event-day"
  if (period.unit === "days") {
    // 初日算入: the event day is day 1, so N days end on event + N - 1 (0 days: nothing is kept past the event).
    const end = dayNumberOfYmd(year, month, day) + (eventDay ? Math.max(period.amount - 1, 0) : period.amount)
    return end > MAX_DAY ? undefined : end
  }
  // 民法140条: the 起算日 S is the day after the event; 初日算入: the event day itself.
  let sm = month
  let sd = eventDay ? day : day + 1
  if (sd > Calendar.daysInMonth(year, month)) {
    sd = 1
    sm++ // month 13 is January of the next year in `index` below
  }
  const index = year * 12 + (sm - 1) + (period.unit === "years" ? 12 * period.amount : period.amount)
  const ty = Math.floor(index / 12)
  const tm = index - ty * 12 + 1
  // year 10000 can still end on 9999-12-31 (the day before its 応当日); a later year ends after it.
  // Stryker disable next-line ConditionalExpression: equivalent, a year past 10000 gives an end past MAX_DAY, which the last line maps to undefined too (dayNumberOfYmd is monotone); the early return only skips the arithmetic
  if (ty > 10000) return undefined
  const dim = Calendar.daysInMonth(ty, tm)
  // 143条2項: the day before the 応当日; ただし書: the month's last day when there is none.
  const end = sd <= dim ? dayNumberOfYmd(ty, tm, sd) - 1 : dayNumberOfYmd(ty, tm, dim)
  return end > MAX_DAY ? undefined : end
}

/**
 * {@link lastDayNumberOfYmd} for a date written `YYYY-MM-DD` (the caller
 * guarantees a valid date, e.g. with `Calendar.isIsoDate`).
 *
 * @category conversions
 * @since 0.1.0
 */
export const lastDayNumberOfDate = (date: Calendar.IsoDate | string, period: Period): number | null | undefined =>
  lastDayNumberOfYmd(
    (date.charCodeAt(0) - 48) * 1000 +
      (date.charCodeAt(1) - 48) * 100 +
      (date.charCodeAt(2) - 48) * 10 +
      date.charCodeAt(3) -
      48,
    (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48,
    (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48,
    period
  )

/**
 * {@link lastDayNumberOfYmd} for an event given as a day number.
 *
 * @category conversions
 * @since 0.1.0
 */
export const lastDayNumber = (event: number, period: Period): number | null | undefined => {
  const { day, month, year } = Calendar.toYmd(Calendar.fromDayNumber(event))
  return lastDayNumberOfYmd(year, month, day, period)
}

/**
 * The last day a record must be kept when `period` runs from an event on
 * `event` (民法140条, 141条, 143条): `null` for {@link forever}, `undefined`
 * when the end lies after 9999-12-31. The caller passes a valid date.
 *
 * **Example**
 *
 * ```ts
 * import { Period } from "@juki/retention"
 *
 * Period.lastDay("2014-06-19", Period.years(5)) // => "2019-06-19"
 * Period.lastDay("2018-02-28", Period.years(150)) // => "2168-02-29"
 * Period.lastDay("2023-03-31", Period.months(1)) // => "2023-04-30"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const lastDay = (event: Calendar.IsoDate | string, period: Period): Calendar.IsoDate | null | undefined => {
  const end = lastDayNumberOfDate(event, period)
  return end === null || end === undefined ? end : Calendar.fromDayNumber(end)
}

/**
 * Describes a period in words (`150年`, `30日`, `永年`; English `150 years`).
 *
 * @category formatting
 * @since 0.1.0
 */
export const format = (period: Period, lang: "ja" | "en" = "ja"): string => {
  if (period.unit === "forever") return lang === "ja" ? "永年" : "forever"
  const n = period.amount
  const eventDay = period.counting === "event-day"
  if (lang === "ja") {
    return `${n}${period.unit === "years" ? "年" : period.unit === "months" ? "か月" : "日"}${eventDay ? "（初日算入）" : ""}`
  }
  const unit = period.unit === "years" ? "year" : period.unit === "months" ? "month" : "day"
  return `${n} ${unit}${n === 1 ? "" : "s"}${eventDay ? " (first day counted)" : ""}`
}
