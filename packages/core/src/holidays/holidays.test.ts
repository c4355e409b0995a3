// The 国民の祝日 calendar against an independent source: the 内閣府 list packaged as @holiday-jp/holiday_jp
// (its data starts in 1970), day by day; the years before 1970 against the law's own dates.
import holidayJp from "@holiday-jp/holiday_jp"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "../calendar/index.js"
import {
  autumnalEquinoxDay,
  isNationalHoliday,
  LAST_ANNOUNCED_YEAR,
  nationalHolidayName,
  nationalHolidays,
  vernalEquinoxDay
} from "./index.js"

const official = holidayJp.holidays as Readonly<Record<string, { readonly name: string }>>

const days = (from: string, to: string): Array<string> => {
  const out: Array<string> = []
  for (let n = Calendar.toDayNumber(from); n <= Calendar.toDayNumber(to); n++) out.push(Calendar.fromDayNumber(n))
  return out
}

describe("国民の祝日に関する法律: against the 内閣府 list (@holiday-jp/holiday_jp)", () => {
  it(`agrees on every day from 1970-01-01 to ${LAST_ANNOUNCED_YEAR}-12-31 (the announced years)`, () => {
    const diff = days("1970-01-01", `${LAST_ANNOUNCED_YEAR}-12-31`).filter(
      (d) => isNationalHoliday(d) !== (official[d] !== undefined)
    )
    expect(diff).toEqual([])
  })
  it("agrees with the list's own projection up to 2050 (provisional years: 春分・秋分 by formula)", () => {
    const diff = days(`${LAST_ANNOUNCED_YEAR + 1}-01-01`, "2050-12-31").filter(
      (d) => isNationalHoliday(d) !== (official[d] !== undefined)
    )
    expect(diff).toEqual([])
  })
  it("calls a day 振替休日 exactly where the list does (its names: 「… 振替休日」; 国民の休日 is its 「休日」)", () => {
    let seen = 0
    for (const [d, h] of Object.entries(official)) {
      if (d > `${LAST_ANNOUNCED_YEAR}-12-31`) continue
      expect(nationalHolidayName(d) === "振替休日", d).toBe(h.name.endsWith("振替休日"))
      if (h.name === "休日") expect(nationalHolidayName(d), d).toBe("国民の休日")
      if (h.name.endsWith("振替休日")) seen++
    }
    expect(seen).toBeGreaterThan(50)
  })
})

// A fresh instance of this module only (its per-year cache empty), the calendar module shared: a year is computed
// once, by the first test that asks for it, so these tests compute every year they check themselves.
let instances = 0
const freshHolidays = (): Promise<typeof import("./index.js")> => {
  const url = `./index.js?instance=${++instances}`
  return import(/* @vite-ignore */ url)
}

// The 内閣府 list's names for the days whose name differs from the law's wording here.
const officialName = (date: string, name: string): string => {
  if (name.endsWith("振替休日")) return "振替休日"
  if (name === "休日") return "国民の休日"
  if (name === "大喪の礼") return "昭和天皇の大喪の礼"
  if (name === "結婚の儀") return date === "1959-04-10" ? "皇太子明仁親王の結婚の儀" : "皇太子徳仁親王の結婚の儀"
  if (name === "休日（祝日扱い）") return date === "2019-05-01" ? "天皇の即位の日" : "即位礼正殿の儀"
  if (name === "体育の日（スポーツの日）") return "体育の日"
  return name
}

describe("国民の祝日に関する法律 第2条: the name of every holiday, against the 内閣府 list", () => {
  it("names every holiday 1970–2050 as the list does (天皇誕生日 4-29 → みどりの日 1989 → 昭和の日 2007, 海の日, 山の日, スポーツの日 …)", async () => {
    const fresh = await freshHolidays()
    const diff: Array<string> = []
    for (const [d, h] of Object.entries(official)) {
      if (d < "1970-01-01" || d > "2050-12-31") continue
      const got = fresh.nationalHolidayName(d)
      if (got !== officialName(d, h.name)) diff.push(`${d}: ${got} / ${h.name}`)
    }
    expect(diff).toEqual([])
  })
  it("nationalHolidays lists every year 1948–2099 in strictly increasing date order, each day once", async () => {
    const fresh = await freshHolidays()
    for (let y = 1948; y <= 2099; y++) {
      const dates = fresh.nationalHolidays(y).map((h) => h.date)
      for (let i = 1; i < dates.length; i++) expect(dates[i - 1]! < dates[i]!, `${y}: ${dates.join(" ")}`).toBe(true)
      expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true)
    }
    // 2020: スポーツの日 7-24 comes after 海の日 7-23 though the law lists it after 秋分の日
    // the same fresh module for the law's first year, the first one-off law and the guards of the verbs
    expect(fresh.nationalHolidays(1948).map((h) => h.date)).toEqual(["1948-09-23", "1948-11-03", "1948-11-23"])
    expect(fresh.nationalHolidayName("1959-04-10")).toBe("皇太子明仁親王の結婚の儀")
    expect([fresh.isNationalHoliday("2024-01-01"), fresh.isNationalHoliday("2024-01-02")]).toEqual([true, false])
    const printsAsADate = { toString: () => "2024-01-01" }
    expect(fresh.nationalHolidayName(printsAsADate as unknown as string)).toBeUndefined()
    const summer = fresh.nationalHolidays(2020).filter((h) => h.date > "2020-07" && h.date < "2020-10")
    expect(summer.map((h) => `${h.date} ${h.name}`)).toEqual([
      "2020-07-23 海の日",
      "2020-07-24 スポーツの日",
      "2020-08-10 山の日",
      "2020-09-21 敬老の日",
      "2020-09-22 秋分の日"
    ])
  })
  it("the law's first and last years: 1948 (施行 1948-07-20) and 2099 are computed, 1947 and 2100 are not", () => {
    expect(nationalHolidayName("1948-09-23")).toBe("秋分の日")
    expect(nationalHolidayName("1948-11-23")).toBe("勤労感謝の日")
    expect(nationalHolidayName("2099-01-01")).toBe("元日")
    expect(nationalHolidayName("2100-01-01")).toBeUndefined()
    expect(nationalHolidays(2099).length).toBeGreaterThan(15)
    expect([
      nationalHolidays(1947),
      nationalHolidays(2100),
      nationalHolidays(2024.5),
      nationalHolidays(Number.NaN)
    ]).toEqual([[], [], [], []])
  })
})

describe("国民の祝日に関する法律: the years before 1970 and the one-off laws", () => {
  it("法 施行 1948-07-20: 1948 has 秋分の日, 文化の日 and 勤労感謝の日 only", () => {
    expect(nationalHolidays(1948).map((h) => h.date)).toEqual(["1948-09-23", "1948-11-03", "1948-11-23"])
  })
  it("1955: the nine holidays of the original law (春分 3-21, 秋分 9-24)", () => {
    expect(nationalHolidays(1955).map((h) => `${h.date} ${h.name}`)).toEqual([
      "1955-01-01 元日",
      "1955-01-15 成人の日",
      "1955-03-21 春分の日",
      "1955-04-29 天皇誕生日",
      "1955-05-03 憲法記念日",
      "1955-05-05 こどもの日",
      "1955-09-24 秋分の日",
      "1955-11-03 文化の日",
      "1955-11-23 勤労感謝の日"
    ])
  })
  it("昭和34年法律第16号: 1959-04-10 (皇太子明仁親王の結婚の儀); 1966 adds 敬老の日 and 体育の日, 1967 建国記念の日", () => {
    expect(isNationalHoliday("1959-04-10")).toBe(true)
    expect(isNationalHoliday("1966-09-15") && isNationalHoliday("1966-10-10")).toBe(true)
    expect([isNationalHoliday("1966-02-11"), isNationalHoliday("1967-02-11")]).toEqual([false, true])
  })
  it("平成31年法律第… (天皇の即位の日): 2019-04-27..05-06 is ten days off (04-30 and 05-02 国民の休日)", () => {
    expect(days("2019-04-29", "2019-05-06").map(nationalHolidayName)).toEqual([
      "昭和の日",
      "国民の休日",
      "天皇の即位の日",
      "国民の休日",
      "憲法記念日",
      "みどりの日",
      "こどもの日",
      "振替休日"
    ])
  })
  it("2020 and 2021: 海の日, スポーツの日 and 山の日 moved for the Olympics", () => {
    expect(
      ["2020-07-23", "2020-07-24", "2020-08-10", "2021-07-22", "2021-07-23", "2021-08-08", "2021-08-09"].map(
        isNationalHoliday
      )
    ).toEqual(Array(7).fill(true))
    expect(
      ["2020-07-20", "2020-10-12", "2020-08-11", "2021-07-19", "2021-10-11", "2021-08-11"].map(isNationalHoliday)
    ).toEqual(Array(6).fill(false))
  })
  it("シルバーウィーク 2015-09-19..23: 敬老の日 9-21, 国民の休日 9-22, 秋分の日 9-23", () => {
    expect(days("2015-09-21", "2015-09-23").map(nationalHolidayName)).toEqual(["敬老の日", "国民の休日", "秋分の日"])
  })
})

describe("properties", () => {
  it("never throws and is false for anything that is not a date of 1948–2099", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(isNationalHoliday(u as string)).toBe(typeof u === "string" && nationalHolidayName(u) !== undefined)
      })
    )
    expect([isNationalHoliday("1947-01-01"), isNationalHoliday("2100-01-01"), isNationalHoliday("2024-13-01")]).toEqual(
      [false, false, false]
    )
  })
  it("the equinox formulas give 3-19..3-22 and 9-21..9-24 in every year 1948–2099", () => {
    for (let y = 1948; y <= 2099; y++) {
      expect(vernalEquinoxDay(y)).toBeGreaterThanOrEqual(19)
      expect(vernalEquinoxDay(y)).toBeLessThanOrEqual(22)
      expect(autumnalEquinoxDay(y)).toBeGreaterThanOrEqual(21)
      expect(autumnalEquinoxDay(y)).toBeLessThanOrEqual(24)
    }
  })
  it("a 振替休日 (from 1973-04-12) always follows a run of holidays that includes a Sunday", () => {
    for (let y = 1973; y <= 2099; y++)
      for (const h of nationalHolidays(y).filter((x) => x.name === "振替休日")) {
        let n = Calendar.toDayNumber(h.date) - 1
        let sunday = false
        // the run of holidays just before it (the decrement must not sit inside a short-circuiting `||=`)
        for (; isNationalHoliday(Calendar.fromDayNumber(n)); n--)
          if (Calendar.dayOfWeek(Calendar.fromDayNumber(n)) === 0) sunday = true
        expect(sunday, h.date).toBe(true)
      }
  })
})
