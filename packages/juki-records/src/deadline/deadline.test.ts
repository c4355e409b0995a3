import holidayJp from "@holiday-jp/holiday_jp"
import fc from "fast-check"
import { Calendar } from "@juki/core"
import { describe, expect, it } from "vitest"
import {
  deadline,
  isOverdue,
  municipal,
  nextBusinessDay,
  noHolidays,
  standard,
  weekendsAndYearEnd,
  withHolidays
} from "./index.js"

// The independent list of 国民の祝日 (内閣府, packaged as @holiday-jp/holiday_jp; 1970–2050).
const official = holidayJp.holidays as Readonly<Record<string, unknown>>

// Second implementation with JavaScript Date (UTC) and a day-by-day walk: day 1 is the day after the event.
const brute = (event: string, days: number, holiday: (d: string) => boolean): string => {
  const t = new Date(`${event}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  let d = t.toISOString().slice(0, 10)
  while (holiday(d)) {
    const u = new Date(`${d}T00:00:00Z`)
    u.setUTCDate(u.getUTCDate() + 1)
    d = u.toISOString().slice(0, 10)
  }
  return d
}
const weekendOrYearEnd = (d: string): boolean => {
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
  const md = d.slice(5)
  return dow === 0 || dow === 6 || md >= "12-29" || md <= "01-03"
}
// 地方自治法4条の2第2項: weekends, 国民の祝日 (the independent list) and 12/29–1/3.
const officialMunicipal = (d: string): boolean => weekendOrYearEnd(d) || official[d] !== undefined
const date = fc
  .integer({ min: Calendar.toDayNumber("1990-01-01"), max: Calendar.toDayNumber("2040-12-31") })
  .map((n) => Calendar.fromDayNumber(n))

describe("届出期間 (初日不算入, 休日 roll-over)", () => {
  it("広島市FAQ: day 1 is the day after the event; a 休日 last day rolls to the next business day (vs a Date-based walk)", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(deadline(d, n)).toBe(brute(d, n, officialMunicipal))
        expect(deadline(d, n, weekendsAndYearEnd)).toBe(brute(d, n, weekendOrYearEnd))
        expect(deadline(d, n, noHolidays)).toBe(brute(d, n, () => false))
      })
    )
  })
  it("広島市FAQ: filing on the deadline is in time, the day after is late", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const last = deadline(d, n)
        expect(isOverdue(d, last, n)).toBe(false)
        expect(isOverdue(d, Calendar.addDays(last, 1), n)).toBe(true)
      })
    )
  })
  it("住基法22条: 2024-03-02 (Sat) + 14 days = Saturday 2024-03-16, rolled to Monday 2024-03-18", () => {
    expect(deadline("2024-03-02", 14)).toBe("2024-03-18")
    expect(deadline("2024-03-01", 14)).toBe("2024-03-15")
  })
  it("年末年始: a period ending on 12-29 runs to the first working day of January", () => {
    expect(deadline("2025-12-15", 14)).toBe("2026-01-05")
  })
  it("listed days are added to a calendar (2024-03-20 春分の日 on the weekend-only calendar)", () => {
    const cal = withHolidays(weekendsAndYearEnd, ["2024-03-20"])
    expect(deadline("2024-03-06", 14, cal)).toBe("2024-03-21")
    expect(deadline("2024-03-06", 14, weekendsAndYearEnd)).toBe("2024-03-20")
  })
})

describe("the default 休日 calendar (地方自治法4条の2第2項, 第4項)", () => {
  const days = (from: string, to: string): Array<string> => {
    const out: Array<string> = []
    for (let n = Calendar.toDayNumber(from); n <= Calendar.toDayNumber(to); n++) out.push(Calendar.fromDayNumber(n))
    return out
  }
  it("地方自治法4条の2第2項: standard agrees with weekends + the 内閣府 list + 12/29–1/3 on every day 1970–2050", () => {
    const diff = days("1970-01-01", "2050-12-31").filter((d) => standard.isHoliday(d) !== officialMunicipal(d))
    expect(diff).toEqual([])
  })
  it("条例 without 年末年始 (yearEnd: false): exactly weekends + 国民の祝日 + the extra days", () => {
    const cal = municipal({ yearEnd: false, extra: ["2024-06-23"] })
    const diff = days("2000-01-01", "2030-12-31").filter((d) => {
      const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
      return cal.isHoliday(d) !== (dow === 0 || dow === 6 || official[d] !== undefined || d === "2024-06-23")
    })
    expect(diff).toEqual([])
  })
  it("住基法22条 + 地方自治法4条の2第4項: 転入 2024-04-19, day 14 = 05-03 (憲法記念日) → 05-07 after the 振替休日", () => {
    expect(deadline("2024-04-19", 14)).toBe("2024-05-07")
    expect(isOverdue("2024-04-19", "2024-05-07", 14)).toBe(false)
    expect(isOverdue("2024-04-19", "2024-05-08", 14)).toBe(true)
    // The former default did not know 国民の祝日 and flagged it (the false alert of issue #10).
    expect(isOverdue("2024-04-19", "2024-05-07", 14, weekendsAndYearEnd)).toBe(true)
  })
  it("シルバーウィーク 2015: day 14 = 09-19 (Sat) → 09-24 after 敬老の日, 国民の休日 and 秋分の日", () => {
    expect(deadline("2015-09-05", 14)).toBe("2015-09-24")
    expect(deadline("2015-09-07", 14)).toBe("2015-09-24")
    expect(deadline("2015-09-10", 14)).toBe("2015-09-24")
  })
  it("年末年始: day 14 = 12-29 rolls to the first working day of January", () => {
    expect(deadline("2023-12-15", 14)).toBe("2024-01-04")
    expect(deadline("2024-12-15", 14)).toBe("2025-01-06")
    expect(nextBusinessDay("2026-01-01")).toBe("2026-01-05")
  })
})

describe("isOverdue and nextBusinessDay on odd input (a public predicate never throws)", () => {
  it("住基法22条 (14日以内): periods from 0 to 3650 days are judged; anything else is not a period and is never overdue", () => {
    // 2024-04-01 is a Monday; with no 休日 the last day of a 0-day period is the event day itself.
    expect(isOverdue("2024-04-01", "2024-04-01", 0, noHolidays)).toBe(false)
    expect(isOverdue("2024-04-01", "2024-04-02", 0, noHolidays)).toBe(true)
    expect(isOverdue("2024-01-01", "2034-12-31", 3650, noHolidays)).toBe(true)
    expect(isOverdue("2024-01-01", "2034-12-31", 3651, noHolidays)).toBe(false)
    expect(isOverdue("2024-04-01", "2024-05-01", -1, noHolidays)).toBe(false)
    expect(isOverdue("2024-04-01", "2024-05-01", 1.5, noHolidays)).toBe(false)
    expect(isOverdue("2024-04-01", "2024-05-01", Number.NaN, noHolidays)).toBe(false)
  })

  it("property: never throws and is false for a non-date or a calendar that is not one (undefined means the default)", () => {
    const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("2024-02-30", "2024/04/01", "", "2024-4-1"))
    const badCalendar = fc.constantFrom<unknown>(null, 0, "standard", {}, { isHoliday: "no" })
    fc.assert(
      fc.property(date, junk, fc.integer({ min: 0, max: 30 }), (d, j, n) => {
        fc.pre(!Calendar.isIsoDate(j))
        const late = Calendar.addDays(d, 400)
        expect(isOverdue(j, late, n)).toBe(false)
        expect(isOverdue(d, j, n)).toBe(false)
        expect(isOverdue(d, late, n)).toBe(true)
      }),
      { numRuns: 200 }
    )
    fc.assert(
      fc.property(date, badCalendar, (d, cal) => {
        expect(isOverdue(d, Calendar.addDays(d, 400), 14, cal as never)).toBe(false)
      }),
      { numRuns: 50 }
    )
  })

  it("a function carrying an isHoliday method is not a HolidayCalendar (an object): never overdue, like other non-calendars", () => {
    const fnCalendar = Object.assign(() => true, { isHoliday: () => false })
    expect(isOverdue("2024-04-01", "2025-04-01", 14, fnCalendar as never)).toBe(false)
    // The same method on an object is a calendar, and a year later is overdue.
    expect(isOverdue("2024-04-01", "2025-04-01", 14, { name: "obj", isHoliday: () => false })).toBe(true)
  })

  it("a calendar on which every day is a 休日 stops the roll-over after 366 days (no endless loop)", () => {
    const always = { name: "always", isHoliday: () => true }
    expect(nextBusinessDay("2024-01-01", always)).toBe("2025-01-01")
    expect(nextBusinessDay("2025-01-01", always)).toBe("2026-01-02")
    expect(deadline("2024-01-01", 0, always)).toBe("2025-01-01")
  })

  it("a business day is its own next business day; a Saturday rolls to Monday", () => {
    expect(nextBusinessDay("2024-04-05")).toBe("2024-04-05")
    expect(nextBusinessDay("2024-04-06")).toBe("2024-04-08")
    expect(nextBusinessDay("2024-04-06", noHolidays)).toBe("2024-04-06")
  })
})

describe("calendar names (shown in reports of which 休日 calendar was used)", () => {
  it("say what the calendar counts as 休日", () => {
    expect(standard.name).toBe("weekends, 国民の祝日, 12-29..01-03")
    expect(municipal({ yearEnd: false }).name).toBe("weekends, 国民の祝日")
    expect(municipal({ extra: ["2024-06-23", "2024-06-23", "2024-11-03"] }).name).toBe(
      "weekends, 国民の祝日, 12-29..01-03 + 2 listed days"
    )
    expect(withHolidays(noHolidays, ["2024-06-23", "2024-06-23"]).name).toBe("no holidays + 1 listed days")
    expect(noHolidays.name).toBe("no holidays")
    expect(weekendsAndYearEnd.name).toBe("weekends and 12-29..01-03 (no national holidays)")
  })

  it("地方自治法4条の2第3項: an extra 休日 of the 条例 rolls a deadline over; yearEnd: false keeps 12-29 a business day", () => {
    // 2024-06-23 is a Sunday; 2024-06-24 (Monday) listed as 休日 moves a deadline falling on it to 06-25.
    const cal = municipal({ extra: ["2024-06-24"] })
    expect(deadline("2024-06-10", 14, cal)).toBe("2024-06-25")
    expect(deadline("2024-06-10", 14)).toBe("2024-06-24")
    // 2025-12-29 is a Monday.
    expect(deadline("2025-12-15", 14, municipal({ yearEnd: false }))).toBe("2025-12-29")
    expect(weekendsAndYearEnd.isHoliday("2025-12-29")).toBe(true)
    expect(weekendsAndYearEnd.isHoliday("2026-01-03")).toBe(true)
    expect(weekendsAndYearEnd.isHoliday("2026-01-05")).toBe(false)
    expect(weekendsAndYearEnd.isHoliday("2025-12-26")).toBe(false)
  })
})
