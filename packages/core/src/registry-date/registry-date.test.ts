import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Calendar from "../calendar/index.js"
import * as RegistryDate from "./index.js"
import * as Arb from "./arbitraries.js"

const REG = { mode: "registry" } as const
const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${String(r.failure)}`)
  return r.success
}
const code = (r: Result.Result<unknown, { readonly code: string }>): string | undefined =>
  Result.isFailure(r) ? r.failure.code : undefined
const reg = (text: string, options: RegistryDate.Options = {}) => ok(RegistryDate.parse(text, { ...REG, ...options }))
const span = (d: RegistryDate.RegistryDate) => [...RegistryDate.range(d), RegistryDate.toIsoDate(d)]

describe("RegistryDate: 不詳日入力一覧 of 住民記録システム標準仕様書 1.1.8", () => {
  const table: ReadonlyArray<readonly [string, string, Record<string, unknown>, string, string]> = [
    ["「令和○○年頃」", "令和5年頃", { form: "year", qualifier: "approximate" }, "2023-01-01", "2023-12-31"],
    [
      "「令和○○年○月頃」",
      "令和5年3月頃",
      { form: "month", month: 3, qualifier: "approximate" },
      "2023-03-01",
      "2023-03-31"
    ],
    [
      "「令和○○年〇月〇日頃」",
      "令和5年3月4日頃",
      { form: "day", month: 3, day: 4, qualifier: "approximate" },
      "2023-03-04",
      "2023-03-04"
    ],
    [
      "「推定令和○○年○月○日」",
      "推定令和5年3月4日",
      { form: "day", month: 3, day: 4, qualifier: "estimated" },
      "2023-03-04",
      "2023-03-04"
    ],
    [
      "「推定令和○○年○月」",
      "推定令和5年2月",
      { form: "month", month: 2, qualifier: "estimated" },
      "2023-02-01",
      "2023-02-28"
    ],
    ["「令和○○年春」", "令和5年春", { form: "season", season: "spring" }, "2023-03-01", "2023-05-31"],
    [
      "「令和○○年○月上旬」",
      "令和5年3月上旬",
      { form: "dekad", month: 3, dekad: "early", approximate: false },
      "2023-03-01",
      "2023-03-10"
    ],
    [
      "「令和○○年○月中旬頃」",
      "令和5年3月中旬頃",
      { form: "dekad", month: 3, dekad: "middle", approximate: true },
      "2023-03-11",
      "2023-03-20"
    ],
    [
      "「令和○○年 月日不詳」",
      "令和5年 月日不詳",
      { form: "year", qualifier: "unknown-rest" },
      "2023-01-01",
      "2023-12-31"
    ],
    [
      "「令和○○年○○月 日不詳」",
      "令和5年10月 日不詳",
      { form: "month", month: 10, qualifier: "unknown-rest" },
      "2023-10-01",
      "2023-10-31"
    ],
    [
      "「令和○○年○○月○日から○○月○日頃までの間」",
      "令和5年10月1日から11月5日頃までの間",
      {
        form: "between",
        from: { month: 10, day: 1, estimated: false, approximate: false },
        to: { month: 11, day: 5, estimated: false, approximate: true }
      },
      "2023-10-01",
      "2023-11-05"
    ],
    [
      "「令和○○年○○月推定○日から○日までの間」",
      "令和5年10月推定1日から5日までの間",
      {
        form: "between",
        from: { month: 10, day: 1, estimated: true, approximate: false },
        to: { month: 10, day: 5, estimated: false, approximate: false }
      },
      "2023-10-01",
      "2023-10-05"
    ],
    [
      "「令和○○年○○月○日頃から○日頃までの間」",
      "令和5年10月1日頃から5日頃までの間",
      {
        form: "between",
        from: { month: 10, day: 1, estimated: false, approximate: true },
        to: { month: 10, day: 5, estimated: false, approximate: true }
      },
      "2023-10-01",
      "2023-10-05"
    ]
  ]
  for (const [pattern, text, fields, earliest, latest] of table) {
    it(`標準仕様書 1.1.8 ${pattern}: ${text} is [${earliest}, ${latest}]`, () => {
      const d = reg(text)
      expect(d).toMatchObject({
        _tag: "Uncertain",
        notation: "wareki",
        era: "reiwa",
        year: 5,
        text,
        ...fields,
        earliest,
        latest,
        representative: earliest
      })
      expect(code(RegistryDate.parse(text))).toBe("core.registry-date.uncertain")
    })
  }

  it("標準仕様書 1.1.8 「年月日不詳」: kept with the default range 1868-01-25 … 9999-12-31 (UNVERIFIED)", () => {
    expect(reg("年月日不詳")).toEqual({
      _tag: "Uncertain",
      form: "unknown",
      text: "年月日不詳",
      earliest: "1868-01-25",
      latest: "9999-12-31",
      representative: "1868-01-25"
    })
    const d = reg("年月日不詳", {
      unknownRange: { earliest: "1900-01-01", latest: "2026-11-28" },
      representative: "latest"
    })
    expect(span(d)).toEqual(["1900-01-01", "2026-11-28", "2026-11-28"])
  })

  it("ranges of 和暦 forms are cut to the era (令和元年頃, 昭和64年頃, 明治45年7月下旬, 平成31年4月下旬)", () => {
    expect(span(reg("令和元年頃"))).toEqual(["2019-05-01", "2019-12-31", "2019-05-01"])
    expect(span(reg("昭和64年頃"))).toEqual(["1989-01-01", "1989-01-07", "1989-01-01"])
    expect(span(reg("明治45年7月下旬"))).toEqual(["1912-07-21", "1912-07-29", "1912-07-21"])
    expect(span(reg("平成元年1月頃"))).toEqual(["1989-01-08", "1989-01-31", "1989-01-08"])
    expect(code(RegistryDate.parse("令和元年4月頃", REG))).toBe("core.wareki.era-boundary")
    expect(code(RegistryDate.parse("平成32年頃", REG))).toBe("core.wareki.era-range")
  })

  it("seasons and the winter option (UNVERIFIED): 冬 defaults to 12月 … 翌年2月", () => {
    expect(span(reg("令和5年夏"))).toEqual(["2023-06-01", "2023-08-31", "2023-06-01"])
    expect(span(reg("令和5年秋"))).toEqual(["2023-09-01", "2023-11-30", "2023-09-01"])
    expect(span(reg("令和5年冬"))).toEqual(["2023-12-01", "2024-02-29", "2023-12-01"])
    expect(span(reg("令和5年冬", { winter: "preceding" }))).toEqual(["2022-12-01", "2023-02-28", "2022-12-01"])
    expect(span(reg("令和5年冬", { representative: "middle" }))[2]).toBe("2024-01-15")
  })

  it("西暦 forms are read too (1.1.8: 和暦・西暦どちらを用いても差し支えない)", () => {
    expect(reg("2023年頃")).toMatchObject({ form: "year", notation: "seireki", year: 2023, earliest: "2023-01-01" })
    expect(reg("西暦1999年3月上旬")).toMatchObject({ form: "dekad", notation: "seireki", year: 1999 })
    expect(reg("2019-05-01")).toEqual({ _tag: "Exact", notation: "seireki", date: "2019-05-01" })
    expect(reg("2019年5月1日")).toEqual({ _tag: "Exact", notation: "seireki", date: "2019-05-01" })
  })

  it("full-width digits, ligatures, kanji numerals and spaces are read; format writes the canonical text", () => {
    const d = reg("㋿５年　３月　上旬頃")
    expect(d).toMatchObject({
      form: "dekad",
      month: 3,
      dekad: "early",
      approximate: true,
      text: "㋿５年　３月　上旬頃"
    })
    expect(RegistryDate.format(d)).toBe("令和5年3月上旬頃")
    expect(RegistryDate.format(reg("推定令和5年三月"))).toBe("推定令和5年3月")
    expect(RegistryDate.format(reg("令和1年頃"))).toBe("令和元年頃")
    expect(RegistryDate.format(reg("令和1年頃"), { gannen: false })).toBe("令和1年頃")
  })
})

describe("RegistryDate: non-calendar dates (標準仕様書 1.1.8 暦上日以外の年月日)", () => {
  it("1.1.8: 明治45年7月30日 and 大正15年12月25日 are accepted for registry fields and mapped to the real day", () => {
    expect(reg("明治45年7月30日")).toEqual({
      _tag: "NonCalendar",
      notation: "wareki",
      era: "meiji",
      year: 45,
      month: 7,
      day: 30,
      reason: "era-overflow",
      normalised: "1912-07-30"
    })
    expect(RegistryDate.toIsoDate(reg("大正15年12月25日"))).toBe("1926-12-25")
    expect(RegistryDate.toIsoDate(reg("昭和64年1月8日"))).toBe("1989-01-08")
    expect(code(RegistryDate.parse("明治45年7月30日"))).toBe("core.registry-date.non-calendar")
  })

  it("1.1.8: 2月29日 of a common year is kept; normalised by clamping (default) or rolling (UNVERIFIED)", () => {
    const d = reg("令和5年2月29日")
    expect(d).toMatchObject({
      _tag: "NonCalendar",
      year: 5,
      month: 2,
      day: 29,
      reason: "invalid-day",
      normalised: "2023-02-28"
    })
    expect(RegistryDate.toIsoDate(reg("令和5年2月29日", { invalidDay: "roll" }))).toBe("2023-03-01")
    expect(RegistryDate.toIsoDate(reg("令和5年2月31日", { invalidDay: "roll" }))).toBe("2023-03-03")
    expect(RegistryDate.toIsoDate(reg("1999年4月31日"))).toBe("1999-04-30")
    expect(RegistryDate.format(d)).toBe("令和5年2月29日")
    expect(code(RegistryDate.parse("令和5年2月29日"))).toBe("core.registry-date.non-calendar")
  })

  it("month 13, day 32 and day 0 are rejected in every mode (core.registry-date.calendar)", () => {
    for (const t of ["令和5年13月1日", "令和5年2月32日", "令和5年2月0日", "2023-13-01", "R05.00.10"]) {
      expect(code(RegistryDate.parse(t, REG)), t).toBe("core.registry-date.calendar")
    }
  })

  it("an era-year out of range and a day before the era's first day stay errors in registry mode", () => {
    expect(code(RegistryDate.parse("平成32年1月1日", REG))).toBe("core.wareki.era-range")
    expect(code(RegistryDate.parse("令和元年4月30日", REG))).toBe("core.wareki.era-boundary")
    expect(code(RegistryDate.parse("明治5年12月2日", REG))).toBe("core.wareki.lunisolar")
    expect(reg("平成31年5月1日", { acceptHeiseiAfterReiwa: true })).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "2019-05-01"
    })
  })
})

describe("RegistryDate: fields (標準仕様書 1.1.8)", () => {
  it("REGISTRY_DATE_FIELDS lists 生年月日, 住民となった年月日, 住所を定めた年月日, 外国人住民となった年月日, 出生/死亡/失踪 異動日 and 旧外登法 登録年月日 (不詳 only)", () => {
    expect(RegistryDate.REGISTRY_DATE_FIELDS.map((f) => f.ja)).toEqual([
      "生年月日",
      "住民となった年月日",
      "住所を定めた年月日",
      "外国人住民となった年月日",
      "出生に係る異動日",
      "死亡に係る異動日",
      "失踪に係る異動日",
      "旧外登法による登録年月日"
    ])
    expect(RegistryDate.getField("alienRegistrationDate")).toMatchObject({ nonCalendar: false, uncertain: true })
  })

  it("parseField applies what each field accepts; other fields are strict", () => {
    expect(ok(RegistryDate.parseField("生年月日", "大正15年12月25日"))._tag).toBe("NonCalendar")
    expect(ok(RegistryDate.parseField("birthDate", "年月日不詳"))._tag).toBe("Uncertain")
    expect(ok(RegistryDate.parseField("旧外登法による登録年月日", "年月日不詳"))._tag).toBe("Uncertain")
    expect(code(RegistryDate.parseField("旧外登法による登録年月日", "令和5年2月29日"))).toBe(
      "core.registry-date.non-calendar"
    )
    expect(code(RegistryDate.parseField("届出日", "大正15年12月25日"))).toBe("core.registry-date.non-calendar")
    expect(code(RegistryDate.parseField("届出日", "令和5年頃"))).toBe("core.registry-date.uncertain")
    expect(ok(RegistryDate.parseField("届出日", "令和5年3月4日"))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "2023-03-04"
    })
  })
})

describe("RegistryDate: constructors, coded pairs, ordering, guard", () => {
  it("fromIsoDate builds exact dates in 和暦 (default) or 西暦", () => {
    expect(ok(RegistryDate.fromIsoDate("2019-05-01"))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "2019-05-01"
    })
    expect(ok(RegistryDate.fromIsoDate("1850-01-01", { notation: "seireki" })).notation).toBe("seireki")
    expect(code(RegistryDate.fromIsoDate("1850-01-01"))).toBe("core.wareki.before-meiji")
    expect(code(RegistryDate.fromIsoDate("2023-02-29", { notation: "seireki" }))).toBe("core.wareki.iso-date")
  })

  it("seed 別添2 (1): 生年月日_元号区分 + 生年月日_年月日 may hold 明治45年7月30日 (1 + 450730)", () => {
    expect(ok(RegistryDate.fromCodedPair({ eraCode: "1", ymd: "450730" }))).toMatchObject({
      _tag: "NonCalendar",
      normalised: "1912-07-30"
    })
    expect(ok(RegistryDate.fromCodedPair({ eraCode: "3", ymd: "640107" }))).toEqual({
      _tag: "Exact",
      notation: "wareki",
      date: "1989-01-07"
    })
    expect(code(RegistryDate.fromCodedPair({ eraCode: "1", ymd: "450730" }, "sequential", { mode: "strict" }))).toBe(
      "core.registry-date.non-calendar"
    )
    expect(code(RegistryDate.fromCodedPair({ eraCode: "5", ymd: "050000" }))).toBe("core.registry-date.calendar")
    expect(code(RegistryDate.fromCodedPair({ eraCode: "8", ymd: "050101" }))).toBe("core.wareki.era")
  })

  it("compare orders by the internal day, then by range", () => {
    const a = reg("令和5年頃")
    const b = reg("令和5年1月1日")
    const c = reg("令和5年1月上旬")
    expect(RegistryDate.compare(b, a)).toBe(-1)
    expect(RegistryDate.compare(c, a)).toBe(-1)
    expect(RegistryDate.compare(a, a)).toBe(0)
    expect(RegistryDate.compare(reg("大正15年12月25日"), reg("昭和元年12月25日"))).toBe(0)
  })

  it("isRegistryDate accepts parse results and rejects look-alikes", () => {
    expect(RegistryDate.isRegistryDate(reg("令和5年頃"))).toBe(true)
    expect(RegistryDate.isRegistryDate({ _tag: "Exact", notation: "wareki", date: "2023-02-29" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...reg("令和5年頃"), representative: "2024-01-01" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...reg("令和5年頃"), era: "edo" })).toBe(false)
    expect(RegistryDate.isRegistryDate({ ...reg("明治45年7月30日"), reason: "other" })).toBe(false)
  })

  it("rejections: strict mode, unreadable text, ranges ending before they start", () => {
    expect(code(RegistryDate.parse("令和5年"))).toBe("core.registry-date.format")
    expect(code(RegistryDate.parse("令和5年", REG))).toBe("core.registry-date.format")
    expect(code(RegistryDate.parse("推定令和5年頃", REG))).toBe("core.registry-date.format")
    expect(code(RegistryDate.parse("令和5年3月10日から3日までの間", REG))).toBe("core.registry-date.range-order")
    expect(code(RegistryDate.parse(20230304, REG))).toBe("core.input.type")
    expect(code(RegistryDate.parse("年".repeat(1000), REG))).toBe("core.registry-date.format")
  })
})

// ---------------------------------------------------------------------------
// Independent oracle of the ranges: era spans hard-coded, plain arithmetic.
// ---------------------------------------------------------------------------
const SPANS: Readonly<Record<string, readonly [number, string, string]>> = {
  meiji: [1868, "1868-01-25", "1912-07-29"],
  taisho: [1912, "1912-07-30", "1926-12-24"],
  showa: [1926, "1926-12-25", "1989-01-07"],
  heisei: [1989, "1989-01-08", "2019-04-30"],
  reiwa: [2019, "2019-05-01", "9999-12-31"]
}
const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const oracleRange = (d: RegistryDate.UncertainDate): readonly [string, string] | undefined => {
  if (d.form === "unknown" || d.form === "day" || d.form === "between") return undefined
  const era = d.notation === "wareki" ? SPANS[d.era!]! : ([1, "0001-01-01", "9999-12-31"] as const)
  const y = d.notation === "wareki" ? era[0] + d.year - 1 : d.year
  let lo: string
  let hi: string
  switch (d.form) {
    case "year":
      ;[lo, hi] = [ymd(y, 1, 1), ymd(y, 12, 31)]
      break
    case "month":
      ;[lo, hi] = [ymd(y, d.month, 1), ymd(y, d.month, monthEnd(y, d.month))]
      break
    case "dekad": {
      const [a, b] = d.dekad === "early" ? [1, 10] : d.dekad === "middle" ? [11, 20] : [21, monthEnd(y, d.month)]
      ;[lo, hi] = [ymd(y, d.month, a), ymd(y, d.month, b)]
      break
    }
    case "season": {
      const first = { spring: 3, summer: 6, autumn: 9, winter: 12 }[d.season]
      lo = ymd(y, first, 1)
      hi = d.season === "winter" ? ymd(y + 1, 2, monthEnd(y + 1, 2)) : ymd(y, first + 2, monthEnd(y, first + 2))
      break
    }
  }
  return [lo < era[1] ? era[1] : lo, hi > era[2] ? era[2] : hi]
}

describe("RegistryDate properties", () => {
  it("parse(format(d)) gives d back for every kind and form (text = canonical text)", () => {
    fc.assert(
      fc.property(Arb.validCase, ({ text, value }) => {
        expect(RegistryDate.format(value)).toBe(text)
        expect(ok(RegistryDate.parse(RegistryDate.format(value), REG))).toEqual(value)
      }),
      { numRuns: 600 }
    )
  })

  it("ranges agree with an independent oracle; earliest ≤ representative ≤ latest; values pass isRegistryDate", () => {
    let compared = 0
    fc.assert(
      fc.property(Arb.valid, (d) => {
        expect(RegistryDate.isRegistryDate(d)).toBe(true)
        const [lo, hi] = RegistryDate.range(d)
        expect(lo <= RegistryDate.toIsoDate(d) && RegistryDate.toIsoDate(d) <= hi).toBe(true)
        if (d._tag === "Uncertain") {
          const o = oracleRange(d)
          if (o) {
            expect([d.earliest, d.latest]).toEqual(o)
            compared++
          }
        }
      }),
      { numRuns: 600 }
    )
    // The oracle covers the year, month, 旬 and season forms; it must actually have been consulted.
    expect(compared).toBeGreaterThan(50)
  })

  it("non-calendar days: clamp = the month's last day, roll = days counted past it (independent arithmetic)", () => {
    fc.assert(
      fc.property(Arb.nonCalendarCase, ({ text, value }) => {
        const era = value.notation === "wareki" ? SPANS[value.era!]! : ([1] as const)
        const y = value.notation === "wareki" ? era[0] + value.year - 1 : value.year
        const end = monthEnd(y, value.month)
        if (value.reason === "invalid-day") {
          expect(value.day).toBeGreaterThan(end)
          expect(value.normalised).toBe(ymd(y, value.month, end))
          const rolled = reg(text, { invalidDay: "roll" })
          expect(RegistryDate.toIsoDate(rolled)).toBe(Calendar.addDays(ymd(y, value.month, end), value.day - end))
        } else {
          expect(value.normalised).toBe(ymd(y, value.month, value.day))
          expect(value.normalised > SPANS[value.era!]![2]).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
  })

  it("strict mode accepts exactly the exact days, with the same value as registry mode", () => {
    fc.assert(
      fc.property(Arb.validCase, ({ text, value }) => {
        const strict = RegistryDate.parse(text)
        if (value._tag === "Exact") expect(ok(strict)).toEqual(value)
        else
          expect(code(strict)).toBe(
            value._tag === "NonCalendar" ? "core.registry-date.non-calendar" : "core.registry-date.uncertain"
          )
      }),
      { numRuns: 300 }
    )
  })

  it("the representative option picks the earliest, middle or latest day of the range", () => {
    fc.assert(
      fc.property(
        Arb.uncertainCase,
        fc.constantFrom("earliest", "middle", "latest") as fc.Arbitrary<"earliest" | "middle" | "latest">,
        ({ text }, representative) => {
          const d = reg(text, { representative }) as RegistryDate.UncertainDate
          const mid = Calendar.fromDayNumber(
            Math.floor((Calendar.toDayNumber(d.earliest) + Calendar.toDayNumber(d.latest)) / 2)
          )
          expect(d.representative).toBe(
            representative === "earliest" ? d.earliest : representative === "latest" ? d.latest : mid
          )
        }
      ),
      { numRuns: 200 }
    )
  })

  it("invalid texts are rejected by the rule they break", () => {
    fc.assert(
      fc.property(Arb.invalidCase, ({ text, rule }) => {
        expect(code(RegistryDate.parse(text, REG))).toBe(rule)
        expect(RegistryDate.isValid(text, REG)).toBe(false)
      }),
      { numRuns: 300 }
    )
  })

  it("compare is antisymmetric and agrees with toIsoDate", () => {
    fc.assert(
      fc.property(Arb.valid, Arb.valid, (a, b) => {
        expect(RegistryDate.compare(a, b)).toBe(0 - RegistryDate.compare(b, a)) // 0 - x, not -x: -0 is not +0 for toBe
        const byDay = Calendar.compare(RegistryDate.toIsoDate(a), RegistryDate.toIsoDate(b))
        if (byDay !== 0) expect(RegistryDate.compare(a, b)).toBe(byDay)
      })
    )
  })

  it("parse, parseField, isValid and isRegistryDate never throw, whatever the input", () => {
    const weird = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."令和平成元年月日頃推定上中下旬春冬不詳からまでの間0123456789-西暦 ") }),
      fc.constant("😀".repeat(5000))
    )
    fc.assert(
      fc.property(
        weird,
        fc.constantFrom<RegistryDate.Options>({}, REG, { mode: "registry", invalidDay: "roll", winter: "preceding" }),
        (u, o) => {
          expect(typeof RegistryDate.isValid(u, o)).toBe("boolean")
          expect(typeof RegistryDate.isRegistryDate(u)).toBe("boolean")
          RegistryDate.parse(u, o)
          RegistryDate.parseField("生年月日", u, o)
          RegistryDate.fromCodedPair(u)
          RegistryDate.fromIsoDate(u)
        }
      ),
      { numRuns: 400 }
    )
    expect(RegistryDate.isRegistryDate(Symbol("x"))).toBe(false)
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        },
        has: () => {
          throw new Error("boom")
        }
      }
    )
    expect(RegistryDate.isRegistryDate(hostile)).toBe(false)
    expect(code(RegistryDate.fromCodedPair(hostile))).toBe("core.registry-date.format")
  })
})
