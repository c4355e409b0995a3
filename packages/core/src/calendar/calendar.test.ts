import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "./index.js"

// Independent reference: JavaScript's UTC calendar (proleptic Gregorian), used only in tests.
const refDayNumber = (iso: string) => {
  const d = new Date(0)
  d.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
  d.setUTCHours(0, 0, 0, 0)
  return Math.round(d.getTime() / 86_400_000)
}
const isoArb = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => Calendar.fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()))

describe("Calendar", () => {
  it("day numbers agree with the UTC calendar for every date 0001–9999", () => {
    fc.assert(
      fc.property(isoArb, (iso) => {
        expect(Calendar.toDayNumber(iso)).toBe(refDayNumber(iso))
      })
    )
  })
  it("fromDayNumber inverts toDayNumber", () => {
    fc.assert(
      fc.property(isoArb, (iso) => {
        expect(Calendar.fromDayNumber(Calendar.toDayNumber(iso))).toBe(iso)
      })
    )
  })
  it("1970-01-01 is day 0 and a Thursday", () => {
    expect(Calendar.toDayNumber("1970-01-01")).toBe(0)
    expect(Calendar.dayOfWeek("1970-01-01")).toBe(4)
    expect(Calendar.dayOfWeek("2019-05-01")).toBe(3)
  })
  it("isIsoDate accepts only real dates and never throws", () => {
    expect(Calendar.isIsoDate("2024-02-29")).toBe(true)
    expect(Calendar.isIsoDate("2023-02-29")).toBe(false)
    expect(Calendar.isIsoDate("1900-02-29")).toBe(false)
    expect(Calendar.isIsoDate("2000-02-29")).toBe(true)
    expect(Calendar.isIsoDate("2024-13-01")).toBe(false)
    expect(Calendar.isIsoDate("0000-01-01")).toBe(false)
    expect(Calendar.isIsoDate("2024-1-01")).toBe(false)
    fc.assert(fc.property(fc.anything(), (u) => typeof Calendar.isIsoDate(u) === "boolean"))
  })
  it("民法143条2項: a year from 2024-02-29 ends on the last day of February (month-end clamping)", () => {
    expect(Calendar.addYears("2024-02-29", 1)).toBe("2025-02-28")
    expect(Calendar.addYears("2024-02-29", 4)).toBe("2028-02-29")
    expect(Calendar.addMonths("2024-01-31", 1)).toBe("2024-02-29")
    expect(Calendar.addMonths("2024-03-31", -1)).toBe("2024-02-29")
  })
  it("addDays and diffDays are inverse", () => {
    fc.assert(
      fc.property(
        isoArb.filter((d) => d > "0002" && d < "9998"),
        fc.integer({ min: -300, max: 300 }),
        (d, n) => {
          expect(Calendar.diffDays(d, Calendar.addDays(d, n))).toBe(n)
        }
      )
    )
  })
  it("addMonths keeps the day when it exists and never overflows into the next month", () => {
    fc.assert(
      fc.property(
        isoArb.filter((d) => d > "0010" && d < "9990"),
        fc.integer({ min: -60, max: 60 }),
        (d, n) => {
          const r = Calendar.toYmd(Calendar.addMonths(d, n))
          const src = Calendar.toYmd(d)
          expect(r.year * 12 + r.month - 1 - (src.year * 12 + src.month - 1)).toBe(n)
          expect(r.day).toBe(Math.min(src.day, Calendar.daysInMonth(r.year, r.month)))
        }
      )
    )
  })
  it("compare orders like day numbers", () => {
    fc.assert(
      fc.property(isoArb, isoArb, (a, b) => {
        expect(Math.sign(Calendar.compare(a, b))).toBe(Math.sign(Calendar.toDayNumber(a) - Calendar.toDayNumber(b)))
      })
    )
  })
})
