/**
 * 届出期間 (filing periods) with a pluggable 休日 calendar: "X日以内" counts
 * from the day after the event (初日不算入), and a period whose last day is a
 * 休日 ends on the next day that is not.
 *
 * **When to use**
 *
 * Use {@link deadline} for the last day of a period, {@link isOverdue} to
 * flag a late 届出. Pass the municipality's own {@link HolidayCalendar}: the
 * 休日 are set by each municipality's ordinance.
 *
 * **Details**
 *
 * - Counting per 広島市 FAQ ("事実が発生した日の翌日から数えて14日以内",
 *   "届出期間の最後の日が休日のときは、その翌日をもって期間満了"). The basis of
 *   the roll-over is presumably 地方自治法4条の2第4項 (UNVERIFIED citation).
 * - The default calendar, {@link weekendsAndYearEnd}, knows Saturdays,
 *   Sundays and 12月29日–1月3日 only. It does **not** know 国民の祝日: add
 *   them with {@link withHolidays}. Without them a deadline that falls on a
 *   national holiday is not rolled over, so juki may flag a filing as late
 *   one or more days too early (an alert, never a rejection of the data).
 *
 * **Example**
 *
 * ```ts
 * import { Deadline } from "@juki/records"
 *
 * // 2024-03-01 (Fri) + 14 = 2024-03-15 (Fri)
 * Deadline.deadline("2024-03-01", 14) // => "2024-03-15"
 * // 2024-03-02 (Sat) + 14 = 2024-03-16 (Sat) → Monday 2024-03-18
 * Deadline.deadline("2024-03-02", 14) // => "2024-03-18"
 * const cal = Deadline.withHolidays(Deadline.weekendsAndYearEnd, ["2024-03-20"])
 * Deadline.deadline("2024-03-06", 14, cal) // => "2024-03-21"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar } from "@juki/core"

/**
 * Which days are 休日.
 *
 * @category models
 * @since 0.1.0
 */
export interface HolidayCalendar {
  readonly name: string
  readonly isHoliday: (date: string) => boolean
}

/**
 * Saturdays, Sundays and 12月29日–1月3日. National holidays are not included.
 *
 * @category constructors
 * @since 0.1.0
 */
export const weekendsAndYearEnd: HolidayCalendar = {
  name: "weekends and 12-29..01-03 (no national holidays)",
  isHoliday: (date) => {
    const dow = Calendar.dayOfWeek(date)
    if (dow === 0 || dow === 6) return true
    const md = date.slice(5)
    return md >= "12-29" || md <= "01-03"
  }
}

/**
 * A calendar with no 休日 at all (for tests and for counting plain days).
 *
 * @category constructors
 * @since 0.1.0
 */
export const noHolidays: HolidayCalendar = { name: "no holidays", isHoliday: () => false }

/**
 * Adds listed dates (`YYYY-MM-DD`) to a calendar, e.g. 国民の祝日 and the
 * municipality's own 休日.
 *
 * @category constructors
 * @since 0.1.0
 */
export const withHolidays = (base: HolidayCalendar, dates: Iterable<string>): HolidayCalendar => {
  const set = new Set(dates)
  return { name: `${base.name} + ${set.size} listed days`, isHoliday: (d) => set.has(d) || base.isHoliday(d) }
}

/**
 * The first day on or after `date` that is not a 休日.
 *
 * @category getters
 * @since 0.1.0
 */
export const nextBusinessDay = (date: string, calendar: HolidayCalendar = weekendsAndYearEnd): string => {
  let d = date
  for (let i = 0; i < 366 && calendar.isHoliday(d); i++) d = Calendar.addDays(d, 1)
  return d
}

/**
 * The last day of a period of `days` days after `eventDate`: day 1 is the day
 * after the event, and a 休日 last day rolls forward.
 *
 * @category getters
 * @since 0.1.0
 */
export const deadline = (eventDate: string, days: number, calendar: HolidayCalendar = weekendsAndYearEnd): string => {
  // Memoised per calendar and period: a registry sees few distinct event dates.
  let byDays = memo.get(calendar)
  if (byDays === undefined) {
    byDays = new Map()
    memo.set(calendar, byDays)
  }
  let dates = byDays.get(days)
  if (dates === undefined) {
    dates = new Map()
    byDays.set(days, dates)
  }
  let d = dates.get(eventDate)
  if (d === undefined) {
    d = nextBusinessDay(Calendar.addDays(eventDate, days), calendar)
    if (dates.size > 50_000) dates.clear()
    dates.set(eventDate, d)
  }
  return d
}

const memo = new WeakMap<HolidayCalendar, Map<number, Map<string, string>>>()

/**
 * Whether `filedOn` is after the {@link deadline}. Never throws: invalid
 * dates, day counts or calendars give `false`.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isOverdue = (
  eventDate: string,
  filedOn: string,
  days: number,
  calendar: HolidayCalendar = weekendsAndYearEnd
): boolean =>
  Calendar.isIsoDate(eventDate) &&
  Calendar.isIsoDate(filedOn) &&
  Number.isInteger(days) &&
  days >= 0 &&
  days <= 3650 &&
  typeof calendar === "object" &&
  calendar !== null &&
  typeof calendar.isHoliday === "function" &&
  filedOn > deadline(eventDate, days, calendar)
