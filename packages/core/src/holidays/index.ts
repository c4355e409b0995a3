/**
 * 国民の祝日 (国民の祝日に関する法律, 昭和23年法律第178号, in force from
 * 1948-07-20) with 振替休日 and 国民の休日, computed for any year.
 *
 * **When to use**
 *
 * Use {@link nationalHolidayName} or {@link isNationalHoliday} to know whether
 * a day is a 国民の祝日 or a 休日 under that law, for example to roll a
 * 届出期間 forward (地方自治法4条の2: the 休日 of a municipality are Sundays,
 * Saturdays, 国民の祝日 and the days its 条例 sets, usually 12月29日–1月3日).
 *
 * **Details**
 *
 * - The holidays as the law has stood year by year: 成人の日 and 体育の日 on
 *   fixed days until 1999 and on Mondays from 2000 (ハッピーマンデー), 海の日 from
 *   1996 and 敬老の日 on a Monday from 2003, みどりの日 on 4月29日 (1989–2006)
 *   then 5月4日 with 昭和の日 on 4月29日 (2007–), 天皇誕生日 on 4月29日,
 *   12月23日 (1989–2018) and 2月23日 (2020–), 山の日 from 2016, スポーツの日
 *   from 2020, and the days moved for the Tokyo Olympics in 2020 and 2021.
 * - One-off holidays set by their own laws: 1959-04-10, 1989-02-24,
 *   1990-11-12, 1993-06-09, 2019-05-01 and 2019-10-22.
 * - 振替休日 from 1973-04-12 (the Monday after a Sunday holiday; from 2007 the
 *   next day that is not a holiday), 国民の休日 from 1985-12-27 (a day between
 *   two 国民の祝日; this makes 2019-04-30 and 2019-05-02 休日).
 * - 春分の日 and 秋分の日 are fixed each February for the next year only
 *   (国立天文台, 官報). Up to {@link LAST_ANNOUNCED_YEAR} they are the announced
 *   days; later years use the usual formula and are **provisional**: check
 *   them against the 官報 when it is published, and future laws may add or
 *   move holidays.
 *
 * **Example**
 *
 * ```ts
 * import { Holidays } from "@juki/core"
 *
 * Holidays.nationalHolidayName("2019-04-30") // => "国民の休日"
 * Holidays.isNationalHoliday("2015-09-22") // => true
 * Holidays.nationalHolidayName("2024-05-06") // => "振替休日"
 * ```
 *
 * @since 0.2.0
 * @module
 */
import { dayOfWeek, fromYmd, toDayNumber, fromDayNumber } from "../calendar/index.js"

/**
 * The last year whose 春分の日 and 秋分の日 were announced (官報, February of
 * the year before). Later years are computed and provisional.
 *
 * @category constants
 * @since 0.2.0
 */
export const LAST_ANNOUNCED_YEAR = 2027

/** The first day of the law (昭和23年7月20日). */
const LAW_START = "1948-07-20"

/**
 * The day of March of 春分の日 by the usual formula (valid 1900–2099).
 *
 * @category getters
 * @since 0.2.0
 */
export const vernalEquinoxDay = (year: number): number =>
  year < 1980
    ? Math.floor(20.8357 + 0.242194 * (year - 1980) - Math.trunc((year - 1983) / 4))
    : Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4))

/**
 * The day of September of 秋分の日 by the usual formula (valid 1900–2099).
 *
 * @category getters
 * @since 0.2.0
 */
export const autumnalEquinoxDay = (year: number): number =>
  year < 1980
    ? Math.floor(23.2588 + 0.242194 * (year - 1980) - Math.trunc((year - 1983) / 4))
    : Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4))

/** The n-th Monday of a month. */
const nthMonday = (year: number, month: number, n: number): string => {
  const first = fromYmd(year, month, 1)
  const offset = (8 - dayOfWeek(first)) % 7
  return fromYmd(year, month, 1 + offset + 7 * (n - 1))
}

const ONE_OFF: ReadonlyArray<readonly [string, string]> = [
  ["1959-04-10", "皇太子明仁親王の結婚の儀"],
  ["1989-02-24", "昭和天皇の大喪の礼"],
  ["1990-11-12", "即位礼正殿の儀"],
  ["1993-06-09", "皇太子徳仁親王の結婚の儀"],
  ["2019-05-01", "天皇の即位の日"],
  ["2019-10-22", "即位礼正殿の儀"]
]

/** The 国民の祝日 proper of a year (no 振替休日 or 国民の休日). */
const feasts = (y: number): Map<string, string> => {
  const out = new Map<string, string>()
  const add = (date: string, name: string) => {
    if (date >= LAW_START) out.set(date, name)
  }
  const d = (m: number, day: number) => fromYmd(y, m, day)
  add(d(1, 1), "元日")
  add(y < 2000 ? d(1, 15) : nthMonday(y, 1, 2), "成人の日")
  if (y >= 1967) add(d(2, 11), "建国記念の日")
  if (y >= 2020) add(d(2, 23), "天皇誕生日")
  add(d(3, vernalEquinoxDay(y)), "春分の日")
  add(d(4, 29), y <= 1988 ? "天皇誕生日" : y <= 2006 ? "みどりの日" : "昭和の日")
  add(d(5, 3), "憲法記念日")
  if (y >= 2007) add(d(5, 4), "みどりの日")
  add(d(5, 5), "こどもの日")
  if (y === 2020) add(d(7, 23), "海の日")
  else if (y === 2021) add(d(7, 22), "海の日")
  else if (y >= 2003) add(nthMonday(y, 7, 3), "海の日")
  else if (y >= 1996) add(d(7, 20), "海の日")
  if (y === 2020) add(d(8, 10), "山の日")
  else if (y === 2021) add(d(8, 8), "山の日")
  else if (y >= 2016) add(d(8, 11), "山の日")
  if (y >= 2003) add(nthMonday(y, 9, 3), "敬老の日")
  else if (y >= 1966) add(d(9, 15), "敬老の日")
  add(d(9, autumnalEquinoxDay(y)), "秋分の日")
  if (y === 2020) add(d(7, 24), "スポーツの日")
  else if (y === 2021) add(d(7, 23), "スポーツの日")
  else if (y >= 2020) add(nthMonday(y, 10, 2), "スポーツの日")
  else if (y >= 2000) add(nthMonday(y, 10, 2), "体育の日")
  else if (y >= 1966) add(d(10, 10), "体育の日")
  add(d(11, 3), "文化の日")
  add(d(11, 23), "勤労感謝の日")
  if (y >= 1989 && y <= 2018) add(d(12, 23), "天皇誕生日")
  for (const [date, name] of ONE_OFF) if (date.startsWith(`${y}-`)) add(date, name)
  return out
}

const byYear = new Map<number, ReadonlyMap<string, string>>()

/** Every 休日 under the law in a year: 国民の祝日, 振替休日 and 国民の休日. */
const holidaysOf = (y: number): ReadonlyMap<string, string> => {
  const hit = byYear.get(y)
  if (hit !== undefined) return hit
  const f = feasts(y)
  const all = new Map(f)
  // 振替休日 (法第3条第2項): no 祝日 falls on 31 December, so a 振替休日 never crosses into the next year and the
  // year's own 祝日 are enough. From 2007 (平成17年法律第43号) it is the first day after the Sunday that is no 祝日.
  for (const date of f.keys()) {
    if (date < "1973-04-12" || dayOfWeek(date) !== 0) continue
    let n = toDayNumber(date) + 1
    if (date >= "2007-01-01") while (all.has(fromDayNumber(n))) n++
    const next = fromDayNumber(n)
    if (!all.has(next)) all.set(next, "振替休日")
  }
  for (const date of f.keys()) {
    const between = fromDayNumber(toDayNumber(date) + 2)
    const mid = fromDayNumber(toDayNumber(date) + 1)
    if (mid >= "1985-12-27" && f.has(between) && !all.has(mid) && dayOfWeek(mid) !== 0) all.set(mid, "国民の休日")
  }
  const sorted = new Map([...all].sort(([a], [b]) => (a < b ? -1 : 1)))
  byYear.set(y, sorted)
  return sorted
}

const YMD = /^(\d{4})-\d{2}-\d{2}$/

/**
 * The name of the 国民の祝日 or 休日 (振替休日, 国民の休日) on `date`
 * (`YYYY-MM-DD`), or `undefined`. Never throws.
 *
 * @category getters
 * @since 0.2.0
 */
export const nationalHolidayName = (date: string): string | undefined => {
  if (typeof date !== "string") return undefined
  const m = YMD.exec(date)
  if (m === null) return undefined
  const y = Number(m[1])
  if (y < 1948 || y > 2099) return undefined
  return holidaysOf(y).get(date)
}

/**
 * Whether `date` is a 国民の祝日, 振替休日 or 国民の休日. Never throws.
 *
 * @category predicates
 * @since 0.2.0
 */
export const isNationalHoliday = (date: string): boolean => nationalHolidayName(date) !== undefined

/**
 * Every 国民の祝日, 振替休日 and 国民の休日 of a year (1948–2099), in date
 * order. Years after {@link LAST_ANNOUNCED_YEAR} are provisional.
 *
 * @category getters
 * @since 0.2.0
 */
export const nationalHolidays = (year: number): ReadonlyArray<{ readonly date: string; readonly name: string }> =>
  Number.isInteger(year) && year >= 1948 && year <= 2099
    ? [...holidaysOf(year)].map(([date, name]) => ({ date, name }))
    : []
