/**
 * 届出期間 (filing periods) with a pluggable 休日 calendar: "X日以内" counts
 * from the day after the event (初日不算入), and a period whose last day is a
 * 休日 ends on the next day that is not.
 *
 * **When to use**
 *
 * Use {@link deadline} for the last day of a period, {@link isOverdue} to
 * flag a late 届出. The default calendar, {@link standard}, is the 休日 of
 * 地方自治法4条の2第2項 as almost every municipality's 条例 sets them; build
 * another with {@link municipal} when your 条例 differs (no 年末年始, or a
 * 4条の2第3項 day such as 沖縄県's 慰霊の日).
 *
 * **Details**
 *
 * - Counting. "転入をした日から十四日以内" (住基法22条, likewise 23条, 25条,
 *   30条の46/47): the day of the event is not counted (民法140条 初日不算入;
 *   the law runs from a day, not from 午前零時), so day 1 is the next day and
 *   the period ends at the end of day 14 (民法141条). 民法143条 (weeks, months
 *   and years by the calendar) does not apply to a period in days. 広島市 FAQ
 *   says the same ("事実が発生した日の翌日から数えて14日以内").
 * - Roll-over. When the last day is a 休日 of the municipality, the 届出 is in
 *   time on the next day that is not one (地方自治法4条の2第4項: the 期限 of a
 *   届出 to a 地方公共団体's 行政庁 falling on a 休日 set by 条例 is "the next
 *   day" after the 休日; consecutive 休日 roll to the first working day).
 * - {@link standard}: Saturdays, Sundays (4条の2第2項1号), 国民の祝日, 振替休日
 *   and 国民の休日 from `Holidays` of `@juki/core` (2号; years after
 *   `Holidays.LAST_ANNOUNCED_YEAR` are provisional), and 12月29日–1月3日 (3号:
 *   the days each 条例 sets; 12/29–1/3 is the common choice, not law).
 * - {@link weekendsAndYearEnd} (the former default) knows no 国民の祝日.
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
 * // 転入 on 2024-04-19: day 14 is 2024-05-03 (憲法記念日), then 5/4, 5/5, 5/6 (振替休日) → 5/7
 * Deadline.deadline("2024-04-19", 14) // => "2024-05-07"
 * // a 条例 without 年末年始 and with its own day
 * const cal = Deadline.municipal({ yearEnd: false, extra: ["2024-06-23"] })
 * Deadline.deadline("2024-12-17", 14, cal) // => "2024-12-31"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, Holidays } from "@juki/core"

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
 * Saturdays, Sundays and 12月29日–1月3日. National holidays are not included
 * (the former default; use {@link standard}).
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
 * What a municipality's 休日条例 sets beyond Saturdays, Sundays and the
 * 国民の祝日 (地方自治法4条の2第2項3号, 第3項).
 *
 * @category models
 * @since 0.2.0
 */
export interface MunicipalHolidayOptions {
  /** 12月29日–1月3日 are 休日 (default `true`; the 条例 sets the 年末年始 days). */
  readonly yearEnd?: boolean
  /** Further 休日 (`YYYY-MM-DD`), e.g. a 4条の2第3項 day. */
  readonly extra?: Iterable<string>
}

/**
 * The 休日 of a municipality (地方自治法4条の2): Saturdays, Sundays,
 * 国民の祝日 with 振替休日 and 国民の休日, 12月29日–1月3日 unless
 * `yearEnd: false`, and the `extra` days.
 *
 * @category constructors
 * @since 0.2.0
 */
export const municipal = (options: MunicipalHolidayOptions = {}): HolidayCalendar => {
  const yearEnd = options.yearEnd !== false
  const extra = new Set(options.extra ?? [])
  return {
    name: `weekends, 国民の祝日${yearEnd ? ", 12-29..01-03" : ""}${extra.size > 0 ? ` + ${extra.size} listed days` : ""}`,
    isHoliday: (date) => {
      const dow = Calendar.dayOfWeek(date)
      if (dow === 0 || dow === 6) return true
      if (yearEnd) {
        const md = date.slice(5)
        if (md >= "12-29" || md <= "01-03") return true
      }
      return extra.has(date) || Holidays.isNationalHoliday(date)
    }
  }
}

/**
 * The default 休日: Saturdays, Sundays, 国民の祝日 (with 振替休日 and
 * 国民の休日) and 12月29日–1月3日 — {@link municipal} with its defaults.
 *
 * @category constructors
 * @since 0.2.0
 */
export const standard: HolidayCalendar = municipal()

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
export const nextBusinessDay = (date: string, calendar: HolidayCalendar = standard): string => {
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
export const deadline = (eventDate: string, days: number, calendar: HolidayCalendar = standard): string => {
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
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the memo's memory; a cleared or never-cleared memo gives the same deadlines
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
  calendar: HolidayCalendar = standard
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
