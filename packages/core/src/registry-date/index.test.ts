// Tests of index.ts beyond registry-date.test.ts: every option of format, the order of compare and every field that
// isRegistryDate reads (住民記録システム標準仕様書 1.1.8 forms; JIS X 0301 eras).
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as RegistryDate from "./index.js"

const REG = { mode: "registry" } as const
const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${String(r.failure)}`)
  return r.success
}
const reg = (text: string, options: RegistryDate.Options = {}) => ok(RegistryDate.parse(text, { ...REG, ...options }))

describe("RegistryDate.format, compare and isRegistryDate: every field is read", () => {
  it("an exact 西暦 day is written 2019年5月1日 (4-digit year) or, with seireki: iso, as the ISO date", () => {
    const d = ok(RegistryDate.parse("2019-05-01"))
    expect(RegistryDate.format(d)).toBe("2019年5月1日")
    expect(RegistryDate.format(d, { seireki: "iso" })).toBe("2019-05-01")
    expect(RegistryDate.format(ok(RegistryDate.parse("0999-01-02")))).toBe("0999年1月2日")
    expect(RegistryDate.format(ok(RegistryDate.parse("0999-01-02")), { seireki: "kanji" })).toBe("0999年1月2日")
  })

  it("an exact 和暦 day is written with 元年 unless gannen: false, lunisolar 明治 days too", () => {
    const d = ok(RegistryDate.parse("令和1年5月1日"))
    expect(RegistryDate.format(d)).toBe("令和元年5月1日")
    expect(RegistryDate.format(d, { gannen: true })).toBe("令和元年5月1日")
    expect(RegistryDate.format(d, { gannen: false })).toBe("令和1年5月1日")
    // 改暦ノ布告: a day before 1873-01-01 read with allowLunisolar is written back in 明治 (proleptic).
    expect(RegistryDate.format(ok(RegistryDate.parse("明治5年12月2日", { allowLunisolar: true })))).toBe(
      "明治5年12月2日"
    )
  })

  it("1.1.8 non-calendar and uncertain 西暦 dates are written with the 4-digit year", () => {
    expect(RegistryDate.format(reg("2023年2月30日"))).toBe("2023年2月30日")
    expect(RegistryDate.format(reg("0999年2月30日"))).toBe("0999年2月30日")
    expect(RegistryDate.format(reg("2023年頃"))).toBe("2023年頃")
    expect(RegistryDate.format(reg("令和5年2月30日"))).toBe("令和5年2月30日")
  })

  it("compare orders by the representative day, then earliest, then latest; equal dates compare 0", () => {
    const a = reg("令和5年3月頃")
    const b = reg("令和5年3月上旬")
    expect(RegistryDate.compare(a, a)).toBe(0)
    expect(RegistryDate.compare(a, reg("令和5年3月頃"))).toBe(0)
    expect(RegistryDate.compare(b, a)).toBe(-1)
    expect(RegistryDate.compare(a, b)).toBe(1)
  })

  it("isRegistryDate: each field of each variant is checked", () => {
    const exact = { _tag: "Exact", notation: "seireki", date: "2023-01-01" }
    expect(RegistryDate.isRegistryDate(exact)).toBe(true)
    // A function carrying the fields is no record (nor a string with them on its prototype).
    expect(RegistryDate.isRegistryDate(Object.assign(() => 0, exact))).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...exact, notation: "wareki" })).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...exact, notation: "kouki" })).toBe(false)
    const non = reg("2023年2月30日")
    expect(non).toEqual({
      _tag: "NonCalendar",
      notation: "seireki",
      year: 2023,
      month: 2,
      day: 30,
      reason: "invalid-day",
      normalised: "2023-02-28"
    })
    expect(RegistryDate.isRegistryDate(non)).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...non, era: "reiwa" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, year: "2023" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, year: 2023.5 })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, month: 2.5 })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, month: "2" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, day: 30.5 })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, normalised: "2023-02-29" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...non, reason: "era-overflow" })).toBe(true)
    const wareki = reg("令和5年2月30日")
    expect(RegistryDate.isRegistryDate(wareki)).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...wareki, era: "edo" })).toBe(false)
    const u = reg("令和5年3月頃")
    expect(RegistryDate.isRegistryDate(u)).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...u, text: 5 })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, form: "week" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, earliest: "2023-02-30" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, latest: "2023-03-32" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, representative: "2023-3-1" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, representative: "2023-02-28" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, representative: "2023-03-31" })).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...u, year: 0.5 })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...u, _tag: "Other" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...reg("年月日不詳"), text: "x" })).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...reg("年月日不詳"), text: ["年月日不詳"] })).toBe(false)
  })

  it("isValid never throws, even with options whose reading throws", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        }
      }
    ) as RegistryDate.Options
    expect(RegistryDate.isValid("令和5年1月1日", hostile)).toBe(false)
    expect(RegistryDate.isValid("令和5年1月1日", {})).toBe(true)
  })
})
