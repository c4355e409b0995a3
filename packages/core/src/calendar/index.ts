/**
 * Proleptic Gregorian calendar dates as plain `YYYY-MM-DD` strings, with
 * exact day arithmetic. The base of 和暦 conversion, registry dates and
 * retention periods.
 *
 * **When to use**
 *
 * Use these functions for calendar dates (no time, no time zone). A resident
 * registry records days, so juki never uses `Date` for domain values (a `Date`
 * carries a time zone and shifts days across midnight).
 *
 * **Details**
 *
 * - {@link IsoDate} is a branded `YYYY-MM-DD` string for years 0001–9999.
 * - Day numbers count days since 1970-01-01 (negative before), so differences
 *   and comparisons are integer operations.
 * - {@link addYears} and {@link addMonths} clamp to the month's last day when
 *   the corresponding day does not exist (2024-02-29 plus one year is
 *   2025-02-28).
 *
 * **Gotchas**
 *
 * `addYears` is calendar arithmetic, not the end of a legal period: under
 * 民法140条・143条 the first day is not counted and a period of years ends on
 * the day before the corresponding day, so 5 years from an event on 2015-02-28
 * end on 2020-02-29, while `addYears("2015-02-28", 5)` is 2020-02-28. The
 * legal rule has one home: `Period.lastDay` in `@juki/retention`.
 *
 * **Example**
 *
 * ```ts
 * import { Calendar } from "@juki/core"
 * Calendar.addDays("2024-02-28", 1) // => "2024-02-29"
 * Calendar.addYears("2024-02-29", 1) // => "2025-02-28"
 * Calendar.isIsoDate("2023-02-29") // => false
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { Brand } from "effect"

/**
 * A valid Gregorian calendar date written `YYYY-MM-DD` (years 0001–9999).
 *
 * @category models
 * @since 0.1.0
 */
export type IsoDate = string & Brand.Brand<"IsoDate">

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isLeapYear = (year: number): boolean =>
  Number.isInteger(year) && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)

/**
 * Number of days of a month (1–12) in a year.
 *
 * @category getters
 * @since 0.1.0
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/**
 * Whether year, month and day form a real Gregorian date (years 1–9999).
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValidYmd = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 1 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month)

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Whether `u` is a valid `YYYY-MM-DD` calendar date. Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isIsoDate = (u: unknown): u is IsoDate => {
  if (typeof u !== "string") return false
  const m = ISO.exec(u)
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))
}

/**
 * Year, month and day of a date.
 *
 * @category models
 * @since 0.1.0
 */
export interface Ymd {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * Splits an {@link IsoDate} into numbers.
 *
 * @category getters
 * @since 0.1.0
 */
export const toYmd = (date: IsoDate | string): Ymd => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10))
})

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

/**
 * Writes year, month and day as an {@link IsoDate}. The caller guarantees a
 * valid date (see {@link isValidYmd}).
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromYmd = (year: number, month: number, day: number): IsoDate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate

/**
 * Days since 1970-01-01 of a year, month and day given as numbers (no string
 * parsing, for hot loops). The caller guarantees a valid date.
 *
 * @category conversions
 * @since 0.1.0
 */
export const dayNumberOfYmd = (year: number, month: number, day: number): number => {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * Days since 1970-01-01 (negative before). Exact for years 1–9999.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toDayNumber = (date: IsoDate | string): number => {
  const { year, month, day } = toYmd(date)
  return dayNumberOfYmd(year, month, day)
}

/**
 * The date of a day number (inverse of {@link toDayNumber}).
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromDayNumber = (days: number): IsoDate => {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return fromYmd(year, month, day)
}

/**
 * Adds (or with a negative `n`, subtracts) days.
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const addDays = (date: IsoDate | string, n: number): IsoDate => fromDayNumber(toDayNumber(date) + n)

/**
 * Adds calendar months; a day that does not exist in the target month becomes
 * that month's last day (2024-01-31 + 1 month = 2024-02-29).
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const addMonths = (date: IsoDate | string, n: number): IsoDate => {
  const { year, month, day } = toYmd(date)
  const index = year * 12 + (month - 1) + n
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)))
}

/**
 * Adds calendar years; 29 February becomes 28 February in a common year.
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const addYears = (date: IsoDate | string, n: number): IsoDate => addMonths(date, 12 * n)

/**
 * Days from `a` to `b` (`b − a`).
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const diffDays = (a: IsoDate | string, b: IsoDate | string): number => toDayNumber(b) - toDayNumber(a)

/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later.
 * `YYYY-MM-DD` strings also order correctly as plain strings.
 *
 * @category ordering
 * @since 0.1.0
 */
export const compare = (a: IsoDate | string, b: IsoDate | string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @category getters
 * @since 0.1.0
 */
export const dayOfWeek = (date: IsoDate | string): number => (((toDayNumber(date) + 4) % 7) + 7) % 7
