import fc from "fast-check"
import { Calendar } from "@juki/core"
import { describe, expect, it } from "vitest"
import { deadline, isOverdue, nextBusinessDay, noHolidays, weekendsAndYearEnd, withHolidays } from "./index.js"

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
const date = fc.integer({ min: Calendar.toDayNumber("1990-01-01"), max: Calendar.toDayNumber("2040-12-31") }).map((n) => Calendar.fromDayNumber(n))

describe("届出期間 (初日不算入, 休日 roll-over)", () => {
  it("広島市FAQ: day 1 is the day after the event; a 休日 last day rolls to the next business day (vs a Date-based walk)", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(deadline(d, n)).toBe(brute(d, n, weekendOrYearEnd))
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
  it("年末年始: a period ending on 12-29 runs to 01-04 (when not a weekend)", () => {
    expect(deadline("2025-12-15", 14)).toBe("2026-01-05")
    expect(nextBusinessDay("2026-01-01")).toBe("2026-01-05")
  })
  it("national holidays are added by the municipality (2024-03-20 春分の日)", () => {
    const cal = withHolidays(weekendsAndYearEnd, ["2024-03-20"])
    expect(deadline("2024-03-06", 14, cal)).toBe("2024-03-21")
    expect(deadline("2024-03-06", 14)).toBe("2024-03-20")
  })
})
