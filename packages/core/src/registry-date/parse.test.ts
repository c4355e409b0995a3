// Tests of parse.ts that pin what a caller sees besides the date: the rule of each failure, its masked preview and
// params, the bounds of the written year, the lunisolar cut of 改暦ノ布告 for periods, the forms whose numerals do
// not read, and the options every parse entry point passes on. Expected values are written out from the era table of
// JIS X 0301 (eras' first and last days, 令和 open-ended), 住民記録システム標準仕様書 1.1.8 (the 不詳日 forms) and the
// masking rule of @juki/core errors (`maskPreview`, tested in errors/).
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { maskPreview } from "../errors/index.js"
import * as RegistryDate from "./index.js"

const REG = { mode: "registry" } as const

/** The failure's rule id, masked preview and params; `undefined` for a success. */
const failure = (r: Result.Result<unknown, { code: string; preview?: string | undefined; params: unknown }>) =>
  Result.isFailure(r) ? { code: r.failure.code, preview: r.failure.preview, params: r.failure.params } : undefined

const success = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${JSON.stringify(r.failure)}`)
  return r.success
}

const formatError = (input: string) => ({ code: "core.registry-date.format", preview: maskPreview(input), params: {} })

describe("RegistryDate.parse: the written year", () => {
  it("西暦: years 0001 and 9999 are read, year 0000 is not a date (Format, the input masked)", () => {
    expect(success(RegistryDate.parse("0001年1月1日"))).toEqual({
      _tag: "Exact",
      notation: "seireki",
      date: "0001-01-01"
    })
    expect(success(RegistryDate.parse("9999年12月31日"))).toEqual({
      _tag: "Exact",
      notation: "seireki",
      date: "9999-12-31"
    })
    expect(failure(RegistryDate.parse("0000年1月1日"))).toEqual({
      code: "core.registry-date.format",
      preview: "*****1月1日",
      params: {}
    })
    expect(failure(RegistryDate.parse("0000-01-01"))).toEqual(formatError("0000-01-01"))
  })

  it("JIS X 0301: 令和 has no last year, so its years run to 9999 (令和7981年); 令和7982年 is out of range with its params", () => {
    expect(success(RegistryDate.parse("令和7981年12月31日"))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "9999-12-31"
    })
    expect(failure(RegistryDate.parse("令和7982年1月1日"))).toEqual({
      code: "core.wareki.era-range",
      preview: "*******1月1日",
      params: { era: "令和", lastYear: 7981 }
    })
    expect(failure(RegistryDate.parse("平成32年1月1日"))).toEqual({
      code: "core.wareki.era-range",
      preview: "*****1月1日",
      params: { era: "平成", lastYear: 31 }
    })
    expect(failure(RegistryDate.parse("令和0年5月1日"))?.params).toEqual({ era: "令和", lastYear: 7981 })
  })

  it("申合せ of 2019-04-01 (acceptHeiseiAfterReiwa): 平成 runs on to 9999 (平成8011年), 昭和 does not", () => {
    const late = { acceptHeiseiAfterReiwa: true } as const
    expect(success(RegistryDate.parse("平成32年1月1日", late))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "2020-01-01"
    })
    expect(success(RegistryDate.parse("平成8011年12月31日", late))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "9999-12-31"
    })
    expect(failure(RegistryDate.parse("平成8012年1月1日", late))).toEqual({
      code: "core.wareki.era-range",
      preview: "*******1月1日",
      params: { era: "平成", lastYear: 31 }
    })
    expect(failure(RegistryDate.parse("昭和65年1月1日", late))).toEqual({
      code: "core.wareki.era-range",
      preview: "*****1月1日",
      params: { era: "昭和", lastYear: 64 }
    })
    // 昭和64年1月8日 is past 昭和's last day: with the option it stays a non-calendar day (平成's span alone is extended).
    expect(success(RegistryDate.parse("昭和64年1月8日", { ...late, ...REG }))).toMatchObject({
      _tag: "NonCalendar",
      reason: "era-overflow",
      normalised: "1989-01-08"
    })
  })

  it("改暦ノ布告 (明治5年太政官布告第337号): before 明治6年1月1日 a day is lunisolar; allowLunisolar converts it proleptically", () => {
    expect(success(RegistryDate.parse("明治6年1月1日"))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "1873-01-01"
    })
    expect(failure(RegistryDate.parse("明治5年12月2日"))).toEqual({
      code: "core.wareki.lunisolar",
      preview: "*****2月2日",
      params: {}
    })
    expect(success(RegistryDate.parse("明治5年12月2日", { allowLunisolar: true }))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "1872-12-02"
    })
  })
})

describe("RegistryDate.parse: days outside the written era (JIS X 0301 first and last days)", () => {
  it("the params name the era, its first and last day ('' for 令和, which has none) and the era the day belongs to", () => {
    expect(failure(RegistryDate.parse("平成1年1月7日"))).toEqual({
      code: "core.wareki.era-boundary",
      preview: "****1月7日",
      params: { era: "平成", start: "1989-01-08", end: "2019-04-30", span: "1989-01-08〜2019-04-30", actualEra: "昭和" }
    })
    expect(failure(RegistryDate.parse("令和1年4月30日"))).toEqual({
      code: "core.wareki.era-boundary",
      preview: "*****月30日",
      params: { era: "令和", start: "2019-05-01", end: "", span: "2019-05-01〜", actualEra: "平成" }
    })
    expect(failure(RegistryDate.parse("明治1年1月1日", { allowLunisolar: true }))).toEqual({
      code: "core.wareki.era-boundary",
      preview: "****1月1日",
      params: {
        era: "明治",
        start: "1868-01-25",
        end: "1912-07-29",
        span: "1868-01-25〜1912-07-29",
        actualEra: "明治以前"
      }
    })
  })

  it("1.1.8: a period wholly outside the era fails the same way (令和元年4月下旬, 平成31年5月上旬)", () => {
    expect(failure(RegistryDate.parse("令和元年4月下旬", REG))).toEqual({
      code: "core.wareki.era-boundary",
      preview: "****4月下旬",
      params: { era: "令和", start: "2019-05-01", end: "", span: "2019-05-01〜", actualEra: "平成" }
    })
    expect(failure(RegistryDate.parse("平成31年5月上旬", REG))).toEqual({
      code: "core.wareki.era-boundary",
      preview: "*****5月上旬",
      params: { era: "平成", start: "1989-01-08", end: "2019-04-30", span: "1989-01-08〜2019-04-30", actualEra: "令和" }
    })
  })
})

describe("RegistryDate.parse: month and day ranges (1.1.8)", () => {
  it("month 0 or 13 and day 0 or 32 fail with core.registry-date.calendar, in every form that reads a month", () => {
    for (const text of [
      "令和5年13月1日",
      "令和5年0月1日",
      "令和5年1月0日",
      "令和5年1月32日",
      "令和5年0月日不詳",
      "令和5年13月日不詳",
      "令和5年0月頃",
      "推定令和5年13月",
      "令和5年0月上旬",
      "令和5年13月下旬",
      "令和5年13月1日頃",
      "令和5年13月1日から2日までの間",
      "令和5年1月1日から13月2日までの間",
      "令和5年1月1日から32日までの間"
    ])
      expect(failure(RegistryDate.parse(text, REG)), text).toEqual({
        code: "core.registry-date.calendar",
        preview: maskPreview(text),
        params: {}
      })
  })

  it("month 12 is a month in every form (its December periods)", () => {
    expect(RegistryDate.range(success(RegistryDate.parse("令和5年12月日不詳", REG)))).toEqual([
      "2023-12-01",
      "2023-12-31"
    ])
    expect(RegistryDate.range(success(RegistryDate.parse("令和5年12月頃", REG)))).toEqual(["2023-12-01", "2023-12-31"])
    expect(RegistryDate.range(success(RegistryDate.parse("令和5年12月下旬", REG)))).toEqual([
      "2023-12-21",
      "2023-12-31"
    ])
    expect(RegistryDate.range(success(RegistryDate.parse("令和5年1月下旬", REG)))).toEqual(["2023-01-21", "2023-01-31"])
  })

  it("a year error comes before a month error (令和0年13月頃 reports the era range)", () => {
    expect(failure(RegistryDate.parse("令和0年13月頃", REG))?.code).toBe("core.wareki.era-range")
    expect(failure(RegistryDate.parse("令和0年13月上旬", REG))?.code).toBe("core.wareki.era-range")
    expect(failure(RegistryDate.parse("令和0年13月日不詳", REG))?.code).toBe("core.wareki.era-range")
  })
})

describe("RegistryDate.parse: periods before the Gregorian calendar (改暦ノ布告)", () => {
  it("明治6年冬 (winter: preceding) starts in lunisolar 明治5年12月, so it fails unless allowLunisolar", () => {
    const preceding = { ...REG, winter: "preceding" } as const
    expect(failure(RegistryDate.parse("明治6年冬", preceding))).toEqual({
      code: "core.wareki.lunisolar",
      preview: "*****",
      params: {}
    })
    expect(
      RegistryDate.range(success(RegistryDate.parse("明治6年冬", { ...preceding, allowLunisolar: true })))
    ).toEqual(["1872-12-01", "1873-02-28"])
    // 明治6年 itself starts on 1873-01-01, the first Gregorian day.
    expect(RegistryDate.range(success(RegistryDate.parse("明治6年月日不詳", REG)))).toEqual([
      "1873-01-01",
      "1873-12-31"
    ])
    expect(
      RegistryDate.range(success(RegistryDate.parse("明治5年月日不詳", { ...REG, allowLunisolar: true })))
    ).toEqual(["1872-01-01", "1872-12-31"])
  })

  it("西暦 periods are not 和暦: 1800年春 is read in any case", () => {
    expect(RegistryDate.range(success(RegistryDate.parse("1800年春", REG)))).toEqual(["1800-03-01", "1800-05-31"])
    expect(RegistryDate.range(success(RegistryDate.parse("1872年月日不詳", REG)))).toEqual(["1872-01-01", "1872-12-31"])
  })

  it("冬 of 9999 (winter: following) ends on 9999-12-31, the last day there is", () => {
    expect(RegistryDate.range(success(RegistryDate.parse("9999年冬", REG)))).toEqual(["9999-12-01", "9999-12-31"])
    expect(RegistryDate.range(success(RegistryDate.parse("9998年冬", REG)))).toEqual(["9998-12-01", "9999-02-28"])
  })
})

describe("RegistryDate.parse: 年月日不詳 with unknownRange", () => {
  it("a latest day before the earliest falls back to 9999-12-31; the same day is a one-day range", () => {
    const unknown = (earliest: string, latest: string) =>
      RegistryDate.range(success(RegistryDate.parse("年月日不詳", { ...REG, unknownRange: { earliest, latest } })))
    expect(unknown("2000-01-01", "1999-12-31")).toEqual(["2000-01-01", "9999-12-31"])
    expect(unknown("2000-01-01", "2000-01-01")).toEqual(["2000-01-01", "2000-01-01"])
    expect(unknown("2000-01-01", "2000-01-02")).toEqual(["2000-01-01", "2000-01-02"])
  })
})

describe("RegistryDate.parse: numerals that do not read are not a date (Format)", () => {
  // 十十 matches the kanji numeral pattern but is no number (readNumber), in each place of each form.
  it.each([
    "令和十十年月日不詳",
    "令和5年十十月日不詳",
    "令和十十年1月日不詳",
    "令和十十年1月1日から2日までの間",
    "令和5年十十月1日から2日までの間",
    "令和5年1月十十日から2日までの間",
    "令和5年1月1日から十十月2日までの間",
    "令和5年1月1日から十十日までの間",
    "令和十十年1月1日",
    "令和5年十十月1日",
    "令和5年1月十十日",
    "令和十十年頃",
    "令和5年十十月頃"
  ])("%s", (text) => {
    expect(failure(RegistryDate.parse(text, REG))).toEqual(formatError(text))
    expect(failure(RegistryDate.parse(text))).toEqual(formatError(text))
  })
})

describe("RegistryDate.parse: the input", () => {
  it("a non-string is core.input.type with its type as preview", () => {
    expect(failure(RegistryDate.parse(5))).toEqual({ code: "core.input.type", preview: "<number>", params: {} })
    expect(failure(RegistryDate.parse(null))).toEqual({ code: "core.input.type", preview: "<null>", params: {} })
  })

  it("text that matches no form is Format with the input masked", () => {
    expect(failure(RegistryDate.parse("hello"))).toEqual({
      code: "core.registry-date.format",
      preview: "*****",
      params: {}
    })
    expect(failure(RegistryDate.parse("令和5年1月1日から"))).toEqual(formatError("令和5年1月1日から"))
  })

  it("up to 128 characters are read (white space around the date trimmed); 129 are Format", () => {
    const pad = (n: number) => `${" ".repeat(n - "令和5年1月1日".length)}令和5年1月1日`
    expect(pad(128)).toHaveLength(128)
    expect(success(RegistryDate.parse(pad(128)))).toEqual({ _tag: "Exact", notation: "wareki", date: "2023-01-01" })
    expect(failure(RegistryDate.parse(pad(129)))).toEqual(formatError(pad(129)))
  })

  it("1.1.8: an uncertain date keeps the text as written, without the white space around it", () => {
    expect(success(RegistryDate.parse("  令和5年頃 ", REG))).toMatchObject({ _tag: "Uncertain", text: "令和5年頃" })
    expect(success(RegistryDate.parse("\t年月日不詳\n", REG))).toMatchObject({ _tag: "Uncertain", text: "年月日不詳" })
  })

  it("never throws: options whose reading throws give Format (no preview of the input)", () => {
    const throwing = new Proxy(
      { mode: "registry" },
      {
        get: (t, k) => {
          if (k === "mode") return t.mode
          throw new Error("boom")
        }
      }
    ) as RegistryDate.Options
    expect(failure(RegistryDate.parse("令和5年頃", throwing))).toEqual({
      code: "core.registry-date.format",
      preview: "<undefined>",
      params: {}
    })
  })
})

describe("RegistryDate.parseField and fromIsoDate pass their options on", () => {
  it("parseField of 生年月日 (1.1.8 field) uses representative and the other options", () => {
    const d = success(RegistryDate.parseField("生年月日", "令和5年3月頃", { representative: "latest" }))
    expect(RegistryDate.toIsoDate(d)).toBe("2023-03-31")
    const n = success(RegistryDate.parseField("birthDate", "令和5年2月30日", { invalidDay: "roll" }))
    expect(n).toMatchObject({ _tag: "NonCalendar", normalised: "2023-03-02" })
  })

  it("fromIsoDate with null options is 和暦 and never throws", () => {
    expect(success(RegistryDate.fromIsoDate("2019-05-01", null as never))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "2019-05-01"
    })
  })
})

describe("RegistryDate.fromCodedPair: the pair and its YYMMDD", () => {
  it("a pair that is no record is Format with its preview", () => {
    expect(failure(RegistryDate.fromCodedPair("abc"))).toEqual({
      code: "core.registry-date.format",
      preview: "***",
      params: {}
    })
    expect(failure(RegistryDate.fromCodedPair(null))).toEqual({
      code: "core.registry-date.format",
      preview: "<null>",
      params: {}
    })
  })

  it("YYMMDD must be a string of exactly 6 digits: a number, 5 or 7 digits are Format with the ymd's preview", () => {
    expect(failure(RegistryDate.fromCodedPair({ eraCode: "5", ymd: 10501 }))).toEqual({
      code: "core.registry-date.format",
      preview: "<number>",
      params: {}
    })
    for (const ymd of ["10501", "0105011", "1010501", "01-501"])
      expect(failure(RegistryDate.fromCodedPair({ eraCode: "5", ymd })), ymd).toEqual(formatError(ymd))
    expect(success(RegistryDate.fromCodedPair({ eraCode: "5", ymd: "010501" }))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "2019-05-01"
    })
  })
})
