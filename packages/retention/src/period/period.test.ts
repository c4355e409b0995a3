import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { leap, refLastDay } from "../test-utils/reference.js"
import { day } from "./arbitraries.js"
import * as Period from "./index.js"

describe("Period.lastDay (民法140条, 141条, 143条)", () => {
  it("agrees with a day-by-day walk for periods in years (1900–2300, 29 February included)", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(1, 4, 5, 10, 150), (event, n) => {
        expect(Period.lastDay(event, Period.years(n))).toBe(refLastDay(event, "years", n))
      })
    )
  })
  it("agrees with a day-by-day walk for every event from 26 February to 2 March, 1900–2300 (1 and 5 years)", () => {
    for (let y = 1900; y <= 2300; y++) {
      for (const event of [
        `${y}-02-26`,
        `${y}-02-27`,
        `${y}-02-28`,
        ...(leap(y) ? [`${y}-02-29`] : []),
        `${y}-03-01`
      ]) {
        for (const n of [1, 5]) expect(Period.lastDay(event, Period.years(n))).toBe(refLastDay(event, "years", n))
      }
    }
  })
  it("agrees with a day-by-day walk for periods in months and days", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 400 }), (event, m, d) => {
        expect(Period.lastDay(event, Period.months(m))).toBe(refLastDay(event, "months", m))
        expect(Period.lastDay(event, Period.days(d))).toBe(refLastDay(event, "days", d))
      })
    )
  })
  it("初日算入 (「…の日から起算して」) agrees with a day-by-day walk that starts on the event day", () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(1, 5, 150),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 400 }),
        (event, n, m, d) => {
          expect(Period.lastDay(event, Period.fromEventDay(Period.years(n)))).toBe(
            refLastDay(event, "years", n, "included")
          )
          expect(Period.lastDay(event, Period.fromEventDay(Period.months(m)))).toBe(
            refLastDay(event, "months", m, "included")
          )
          expect(Period.lastDay(event, Period.fromEventDay(Period.days(d)))).toBe(
            refLastDay(event, "days", d, "included")
          )
        }
      )
    )
  })
  it("令34条2項「通知の日から起算して百五十年を経過する日」: 2000-01-01 → 2149-12-31; 民法140条 would give 2150-01-01", () => {
    expect(Period.lastDay("2000-01-01", Period.fromEventDay(Period.years(150)))).toBe("2149-12-31")
    expect(Period.lastDay("2000-01-01", Period.years(150))).toBe("2150-01-01")
    expect(Period.lastDay("2024-02-29", Period.fromEventDay(Period.years(1)))).toBe("2025-02-28")
    expect(Period.countingOf(Period.fromEventDay(Period.years(1)))).toBe("event-day")
    expect(Period.countingOf(Period.years(1))).toBe("next-day")
    expect(Period.format(Period.fromEventDay(Period.years(150)), "ja")).toBe("150年（初日算入）")
    expect(Period.fromEventDay(Period.forever)).toEqual(Period.forever)
  })
  it("民法140条・143条2項: 5 years from a 消除 on 2014-06-19 end on 2019-06-19, from 2014-06-20 on 2019-06-20", () => {
    expect(Period.lastDay("2014-06-19", Period.years(5))).toBe("2019-06-19")
    expect(Period.lastDay("2014-06-20", Period.years(5))).toBe("2019-06-20")
    expect(Period.lastDay("2014-06-21", Period.years(5))).toBe("2019-06-21")
  })
  it("民法143条2項: an event on 28 February of a common year ends on 29 February of a leap year (not addYears)", () => {
    expect(Period.lastDay("2015-02-28", Period.years(5))).toBe("2020-02-29")
    expect(Period.lastDay("2018-02-28", Period.years(150))).toBe("2168-02-29")
    expect(Period.lastDay("2017-02-28", Period.years(150))).toBe("2167-02-28")
  })
  it("民法143条2項ただし書: 起算日 29 February with no 応当日 ends on the month's last day", () => {
    // Event 2024-02-28 → 起算日 2024-02-29; 2025 has no 29 February.
    expect(Period.lastDay("2024-02-28", Period.years(1))).toBe("2025-02-28")
    expect(Period.lastDay("2024-02-28", Period.years(4))).toBe("2028-02-28")
    // Event on 29 February → 起算日 1 March.
    expect(Period.lastDay("2024-02-29", Period.years(1))).toBe("2025-02-28")
    expect(Period.lastDay("2024-02-29", Period.years(4))).toBe("2028-02-29")
    // Months: 起算日 31 January, no 31 February.
    expect(Period.lastDay("2023-01-30", Period.months(1))).toBe("2023-02-28")
    expect(Period.lastDay("2023-03-31", Period.months(1))).toBe("2023-04-30")
  })
  it("民法140条: a period in days ends N days after the event; 0 days ends on the event day", () => {
    expect(Period.lastDay("2025-03-01", Period.days(30))).toBe("2025-03-31")
    expect(Period.lastDay("2024-02-28", Period.days(1))).toBe("2024-02-29")
    expect(Period.lastDay("2025-05-01", Period.days(0))).toBe("2025-05-01")
  })
  it("永年 has no end; an end after 9999-12-31 is undefined", () => {
    expect(Period.lastDay("2025-01-01", Period.forever)).toBeNull()
    expect(Period.lastDay("9900-01-01", Period.years(150))).toBeUndefined()
    expect(Period.lastDay("9999-12-31", Period.days(1))).toBeUndefined()
    expect(Period.lastDay("9999-12-30", Period.days(1))).toBe("9999-12-31")
  })
  it("formats every unit in English, singular and plural, with 初日算入 said as (first day counted)", () => {
    expect(Period.format(Period.months(1), "en")).toBe("1 month")
    expect(Period.format(Period.months(3), "en")).toBe("3 months")
    expect(Period.format(Period.days(1), "en")).toBe("1 day")
    expect(Period.format(Period.years(5), "en")).toBe("5 years")
    expect(Period.format(Period.forever, "en")).toBe("forever")
    expect(Period.format(Period.fromEventDay(Period.years(150)), "en")).toBe("150 years (first day counted)")
    expect(Period.format(Period.fromEventDay(Period.days(30)), "ja")).toBe("30日（初日算入）")
  })
  it("countingOf: 民法140条 (next day) unless 起算して (event day); 永年 has no first day to count", () => {
    expect(Period.countingOf(Period.days(30))).toBe("next-day")
    expect(Period.countingOf(Period.fromEventDay(Period.months(2)))).toBe("event-day")
    expect(Period.countingOf(Period.forever)).toBe("next-day")
    expect(Period.countingOf(Period.fromEventDay(Period.forever))).toBe("next-day")
  })
  it("formats periods in both languages", () => {
    expect(Period.format(Period.years(150))).toBe("150年")
    expect(Period.format(Period.days(30), "en")).toBe("30 days")
    expect(Period.format(Period.years(1), "en")).toBe("1 year")
    expect(Period.format(Period.months(3))).toBe("3か月")
    expect(Period.format(Period.forever)).toBe("永年")
  })
})

describe("the 9999-12-31 limit of Calendar", () => {
  it("民法143条: a period may end exactly on 9999-12-31 (its 応当日 lies in year 10000)", () => {
    expect(Period.lastDay("9849-12-31", Period.years(150))).toBe("9999-12-31")
    expect(Period.lastDay("9999-11-30", Period.months(1))).toBe("9999-12-31")
    expect(Period.lastDay("9999-11-30", Period.days(31))).toBe("9999-12-31")
  })
  it("a period ending after 9999-12-31 has no representable last day", () => {
    expect(Period.lastDay("9850-01-01", Period.years(150))).toBeUndefined()
    expect(Period.lastDay("9999-12-31", Period.months(1))).toBeUndefined()
  })
})
