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

  it("isValidYmd and daysInMonth agree with the UTC calendar on every month of the leap-year cases and at the range ends", () => {
    // Oracle: Date.UTC rolls an impossible day into the next month, so a real date survives the round trip.
    const real = (y: number, m: number, d: number) => {
      const t = new Date(0)
      t.setUTCFullYear(y, m - 1, d)
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    }
    for (const y of [1, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 9996, 9999])
      for (let m = 1; m <= 12; m++) {
        const last = [28, 29, 30, 31].filter((d) => real(y, m, d)).at(-1)
        expect(Calendar.daysInMonth(y, m), `${y}-${m}`).toBe(last)
        for (let d = 0; d <= 32; d++)
          expect(Calendar.isValidYmd(y, m, d), `${y}-${m}-${d}`).toBe(d >= 1 && real(y, m, d))
      }
    expect([0, 13, -1].map((m) => Calendar.isValidYmd(2024, m, 1))).toEqual([false, false, false])
    expect([0, 10000, -1].map((y) => Calendar.isValidYmd(y, 1, 1))).toEqual([false, false, false])
    expect([Calendar.isValidYmd(1, 1, 1), Calendar.isValidYmd(9999, 12, 31)]).toEqual([true, true])
  })
  it("isValidYmd rejects fractions and NaN in each of year, month and day", () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(Calendar.isValidYmd(bad, 1, 1), `year ${bad}`).toBe(false)
      expect(Calendar.isValidYmd(2024, bad, 1), `month ${bad}`).toBe(false)
      expect(Calendar.isValidYmd(2024, 1, bad), `day ${bad}`).toBe(false)
    }
  })
  it("isIsoDate is false for non-strings, whatever they print as", () => {
    const looksLikeADate = { toString: () => "2024-01-01" }
    for (const u of [20240101, null, undefined, looksLikeADate, ["2024-01-01"], new Date("2024-01-01")])
      expect(Calendar.isIsoDate(u), String(u)).toBe(false)
  })
  it("fromDayNumber inverts toDayNumber around the end of every 400-year cycle (29 February 0400, 0800, … 9600)", () => {
    // The last day of a 400-year era is the only day where the era-of-day correction `doe / 146096` matters.
    const yyyy = (y: number) => String(y).padStart(4, "0")
    for (let y = 400; y <= 9600; y += 400)
      for (const iso of [`${yyyy(y)}-02-28`, `${yyyy(y)}-02-29`, `${yyyy(y)}-03-01`, `${yyyy(y - 1)}-12-31`]) {
        expect(Calendar.fromDayNumber(refDayNumber(iso)), iso).toBe(iso)
      }
  })
})
