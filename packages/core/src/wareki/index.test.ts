// Tests of index.ts and model.ts beyond wareki.test.ts: the params and previews of each failure (JIS X 0301 era
// table), numerals that do not read, eraAt of non-dates, era codes as written, coded pairs and format of a value that
// is no Wareki.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Wareki from "./index.js"

describe("Wareki failures: rule, masked preview and params (JIS X 0301 era table)", () => {
  const failure = (r: Result.Result<unknown, { code: string; preview?: string | undefined; params: unknown }>) =>
    Result.isFailure(r) ? { code: r.failure.code, preview: r.failure.preview, params: r.failure.params } : undefined
  const w = (era: string, year: unknown, month: unknown, day: unknown) => ({ era, year, month, day })

  it("era-range names the era and its last year: 令和 runs to 7981 (9999-12-31), 平成 to 31", () => {
    expect(Result.getOrThrow(Wareki.toIsoDate(w("reiwa", 7981, 12, 31)))).toBe("9999-12-31")
    expect(failure(Wareki.toIsoDate(w("reiwa", 7982, 1, 1)))).toEqual({
      code: "core.wareki.era-range",
      preview: "<undefined>",
      params: { era: "令和", lastYear: 7981 }
    })
    expect(failure(Wareki.toIsoDate(w("heisei", 32, 1, 1)))?.params).toEqual({ era: "平成", lastYear: 31 })
    expect(failure(Wareki.toIsoDate(w("reiwa", 0, 5, 1)))?.code).toBe("core.wareki.era-range")
    expect(failure(Wareki.parse("令和7982年1月1日"))).toEqual({
      code: "core.wareki.era-range",
      preview: "*******1月1日",
      params: { era: "令和", lastYear: 7981 }
    })
    // 申合せ of 2019-04-01: 平成 after 令和 runs to 9999 (平成8011年), not further.
    const late = { acceptHeiseiAfterReiwa: true } as const
    expect(Result.getOrThrow(Wareki.toIsoDate(w("heisei", 8011, 12, 31), late))).toBe("9999-12-31")
    expect(failure(Wareki.toIsoDate(w("heisei", 8012, 1, 1), late))?.params).toEqual({ era: "平成", lastYear: 31 })
  })

  it("era-boundary's message names the era's span in both languages, with no empty end for 令和 (JIS X 0301)", () => {
    const open = Wareki.parse("令和1年4月30日")
    const closed = Wareki.parse("昭和64年1月8日")
    if (Result.isSuccess(open) || Result.isSuccess(closed)) throw new Error("expected failures")
    expect(open.failure.messageIn("ja")).toBe("令和の期間は2019-05-01〜です（この日は平成の日付です）")
    expect(open.failure.messageIn("en")).toBe("令和 spans 2019-05-01〜 (this day belongs to 平成)")
    expect(closed.failure.messageIn("ja")).toBe("昭和の期間は1926-12-25〜1989-01-07です（この日は平成の日付です）")
    expect(closed.failure.messageIn("en")).toBe("昭和 spans 1926-12-25〜1989-01-07 (this day belongs to 平成)")
  })

  it("era-boundary names the era, its first and last day ('' for 令和) and the era the day is in (明治以前 before 1868-01-25)", () => {
    expect(failure(Wareki.parse("令和1年4月30日"))).toEqual({
      code: "core.wareki.era-boundary",
      preview: "*****月30日",
      params: { era: "令和", start: "2019-05-01", end: "", span: "2019-05-01〜", actualEra: "平成" }
    })
    expect(failure(Wareki.toIsoDate(w("showa", 64, 1, 8)))?.params).toEqual({
      era: "昭和",
      start: "1926-12-25",
      end: "1989-01-07",
      span: "1926-12-25〜1989-01-07",
      actualEra: "平成"
    })
    expect(failure(Wareki.toIsoDate(w("meiji", 1, 1, 24), { allowLunisolar: true }))?.params).toEqual({
      era: "明治",
      start: "1868-01-25",
      end: "1912-07-29",
      span: "1868-01-25〜1912-07-29",
      actualEra: "明治以前"
    })
  })

  it("month 13 and day 32 are not calendar days", () => {
    expect(failure(Wareki.toIsoDate(w("reiwa", 5, 13, 1)))?.code).toBe("core.wareki.calendar")
    expect(failure(Wareki.toIsoDate(w("reiwa", 5, 1, 32)))?.code).toBe("core.wareki.calendar")
    expect(failure(Wareki.toIsoDate(w("reiwa", 5, "1", 1)))?.code).toBe("core.wareki.calendar")
  })

  it("a non-record and a non-string are reported with their own preview", () => {
    expect(failure(Wareki.toIsoDate(null))).toEqual({ code: "core.wareki.format", preview: "<null>", params: {} })
    expect(failure(Wareki.toIsoDate("令和1年5月1日"))).toEqual({
      code: "core.wareki.format",
      preview: "****5月1日",
      params: {}
    })
    expect(failure(Wareki.parse(20190501))).toEqual({ code: "core.input.type", preview: "<number>", params: {} })
  })

  it("numerals that do not read are Format (十十 matches the pattern but is no number)", () => {
    for (const text of ["令和十十年1月1日", "令和5年十十月1日", "令和5年1月十十日"])
      expect(failure(Wareki.parse(text)), text).toEqual({
        code: "core.wareki.format",
        preview: `${"*".repeat(Array.from(text).length - 4)}${Array.from(text).slice(-4).join("")}`,
        params: {}
      })
  })

  it("eraAt of what is not an ISO date is undefined", () => {
    for (const u of ["x", "2019-13-01", "20190501", 5, null]) expect(Wareki.eraAt(u), String(u)).toBeUndefined()
    expect(Wareki.eraAt("2019-05-01")?.id).toBe("reiwa")
  })

  it("fromIsoDate with null options refuses a lunisolar day and never throws (改暦ノ布告: Gregorian from 1873-01-01)", () => {
    expect(failure(Wareki.fromIsoDate("1872-12-31", null as never))?.code).toBe("core.wareki.lunisolar")
    expect(Result.getOrThrow(Wareki.fromIsoDate("1873-01-01", null as never))).toEqual({
      era: "meiji",
      year: 6,
      month: 1,
      day: 1
    })
  })

  it("isValid never throws, even with options whose reading throws", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        }
      }
    ) as Wareki.Options
    // 平成 reads acceptHeiseiAfterReiwa, which throws here.
    expect(Wareki.isValid("平成5年1月1日", hostile)).toBe(false)
    expect(Wareki.isValid("平成5年1月1日")).toBe(true)
  })
})

describe("Wareki.format of a value that is no Wareki never throws", () => {
  it("an unknown era is written by its id, and ? stands for its letter or abbreviation", () => {
    const edo = { era: "edo", year: 2, month: 3, day: 4 } as unknown as Wareki.Wareki
    expect(Wareki.format(edo)).toBe("edo2年3月4日")
    expect(Wareki.format(edo, { style: "jis" })).toBe("?02.03.04")
    expect(Wareki.format(edo, { style: "jis-short" })).toBe("?2.3.4")
    expect(Wareki.format(edo, { style: "abbreviation" })).toBe("?2.3.4")
    expect(Wareki.format(edo, { style: "compact" })).toBe("?020304")
  })
})

describe("Wareki era codes: the forms a code is written in", () => {
  const failure = (r: Result.Result<unknown, { code: string; preview?: string | undefined }>) =>
    Result.isFailure(r) ? { code: r.failure.code, preview: r.failure.preview } : undefined
  it("full-width and lower-case codes are read (５ → 令和, r → 令和 in jis-letter); a table named by an object is not a table", () => {
    expect(Result.getOrThrow(Wareki.eraFromCode("５"))).toBe("reiwa")
    expect(Result.getOrThrow(Wareki.eraFromCode(" 4 "))).toBe("heisei")
    expect(Result.getOrThrow(Wareki.eraFromCode("r", "jis-letter"))).toBe("reiwa")
    expect(failure(Wareki.eraFromCode(5.5))?.code).toBe("core.wareki.era")
    const odd = { toString: () => "odd" } as unknown as Wareki.EraCodeTable
    expect(failure(Wareki.eraFromCode(7, odd))?.code).toBe("core.wareki.era")
  })

  it("fromCodedPair: the era code's failure keeps its preview, the ymd's failures theirs, and options are passed on", () => {
    expect(failure(Wareki.fromCodedPair({ eraCode: 6, ymd: "010501" }))).toEqual({
      code: "core.wareki.era",
      preview: "<number>"
    })
    expect(failure(Wareki.fromCodedPair({ eraCode: "5", ymd: 10501 }))).toEqual({
      code: "core.wareki.format",
      preview: "<number>"
    })
    expect(failure(Wareki.fromCodedPair({ eraCode: "5", ymd: "10501" }))).toEqual({
      code: "core.wareki.format",
      preview: "*****"
    })
    expect(failure(Wareki.fromCodedPair({ eraCode: "1", ymd: "051202" }))?.code).toBe("core.wareki.lunisolar")
    expect(
      Result.getOrThrow(Wareki.fromCodedPair({ eraCode: "1", ymd: "051202" }, "sequential", { allowLunisolar: true }))
    ).toEqual({
      era: "meiji",
      year: 5,
      month: 12,
      day: 2,
      lunisolar: true
    })
  })
})
