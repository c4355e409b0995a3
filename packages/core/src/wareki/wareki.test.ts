import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Calendar from "../calendar/index.js"
import * as Wareki from "./index.js"
import * as Arb from "./arbitraries.js"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${String(r.failure)}`)
  return r.success
}
const code = (r: Result.Result<unknown, { readonly code: string }>): string | undefined =>
  Result.isFailure(r) ? r.failure.code : undefined

const R1 = { era: "reiwa", year: 1, month: 5, day: 1 } as const

describe("Wareki: JIS X 0301 era boundaries", () => {
  const table: ReadonlyArray<readonly [string, Wareki.EraId, number, number, number]> = [
    ["1873-01-01", "meiji", 6, 1, 1],
    ["1912-07-29", "meiji", 45, 7, 29],
    ["1912-07-30", "taisho", 1, 7, 30],
    ["1926-12-24", "taisho", 15, 12, 24],
    ["1926-12-25", "showa", 1, 12, 25],
    ["1989-01-07", "showa", 64, 1, 7],
    ["1989-01-08", "heisei", 1, 1, 8],
    ["2019-04-30", "heisei", 31, 4, 30],
    ["2019-05-01", "reiwa", 1, 5, 1]
  ]
  for (const [iso, era, year, month, day] of table) {
    it(`JIS X 0301 附属書1: ${iso} is ${era} ${year}/${month}/${day}`, () => {
      expect(ok(Wareki.fromIsoDate(iso))).toEqual({ era, year, month, day })
      expect(ok(Wareki.toIsoDate({ era, year, month, day }))).toBe(iso)
    })
  }

  it("JIS X 0301: 1989-01-07 is 昭和64年1月7日 and 1989-01-08 is 平成元年1月8日", () => {
    expect(ok(Wareki.formatIsoDate("1989-01-07"))).toBe("昭和64年1月7日")
    expect(ok(Wareki.formatIsoDate("1989-01-08"))).toBe("平成元年1月8日")
  })

  it("JIS X 0301: 明治 starts retroactively on 1868-01-25 (M01.01.01), not on Intl's 1868-10-23", () => {
    expect(Wareki.ERAS[0]!.start).toBe("1868-01-25")
    const r = ok(Wareki.fromIsoDate("1868-01-25", { allowLunisolar: true }))
    expect(r).toEqual({ era: "meiji", year: 1, month: 1, day: 25, lunisolar: true })
    expect(code(Wareki.fromIsoDate("1868-01-24", { allowLunisolar: true }))).toBe("core.wareki.before-meiji")
    expect(code(Wareki.fromIsoDate("1868-01-24"))).toBe("core.wareki.before-meiji")
    expect(Wareki.eraAt("1868-10-22")?.id).toBe("meiji")
    expect(Wareki.eraAt("1868-01-24")).toBeUndefined()
  })

  it("JIS X 0301: dates before 明治6年1月1日 (1873-01-01) are lunisolar and refused by default", () => {
    expect(code(Wareki.fromIsoDate("1872-12-31"))).toBe("core.wareki.lunisolar")
    expect(code(Wareki.parse("明治5年12月2日"))).toBe("core.wareki.lunisolar")
    expect(code(Wareki.toIsoDate({ era: "meiji", year: 5, month: 12, day: 31 }))).toBe("core.wareki.lunisolar")
    expect(ok(Wareki.fromIsoDate("1873-01-01"))).toEqual({ era: "meiji", year: 6, month: 1, day: 1 })
  })

  it("allowLunisolar converts proleptically and flags the result (not the lunisolar document date)", () => {
    expect(ok(Wareki.fromIsoDate("1872-12-31", { allowLunisolar: true }))).toEqual({
      era: "meiji",
      year: 5,
      month: 12,
      day: 31,
      lunisolar: true
    })
    expect(ok(Wareki.parse("明治5年12月2日", { allowLunisolar: true })).lunisolar).toBe(true)
    expect(ok(Wareki.toIsoDate({ era: "meiji", year: 5, month: 12, day: 2 }, { allowLunisolar: true }))).toBe(
      "1872-12-02"
    )
    // proleptically 明治元年1月1日 is 1868-01-01, before the era's first day
    expect(code(Wareki.parse("明治元年1月1日", { allowLunisolar: true }))).toBe("core.wareki.era-boundary")
  })

  it("the era table carries names, JIS letters, abbreviations, ligatures and a legal basis for every era", () => {
    expect(Wareki.ERAS.map((e) => `${e.name}${e.letter}${e.abbreviation}${e.ligature}`)).toEqual([
      "明治M明㍾",
      "大正T大㍽",
      "昭和S昭㍼",
      "平成H平㍻",
      "令和R令㋿"
    ])
    for (const e of Wareki.ERAS) {
      expect(e.basis.length).toBeGreaterThan(0)
      expect(e.basis.some((b) => b.kind === "jis")).toBe(true)
      if (e.end) {
        expect(Calendar.addDays(e.end, 1)).toBe(Wareki.ERAS[Wareki.ERAS.indexOf(e) + 1]!.start)
        expect(Number(e.end.slice(0, 4)) - e.startYear + 1).toBe(e.lastYear)
      }
    }
  })
})

describe("Wareki.parse: forms read", () => {
  const forms = [
    "令和元年5月1日",
    "令和1年5月1日",
    "令和01年05月01日",
    "R01.05.01",
    "R1.5.1",
    "r1.5.1",
    "R01/05/01",
    "R1-5-1",
    "R010501",
    "令1.5.1",
    "令和元年５月１日",
    "令和１年５月１日",
    "Ｒ０１．０５．０１",
    "㋿元年5月1日",
    "㋿1.5.1",
    "\uF9A8和元年5月1日",
    "令和元年五月一日",
    "令和一年五月一日",
    " 令和 元年 5月 1日 ",
    "令和元年　5月　1日"
  ]
  for (const f of forms) {
    it(`JIS X 0301 / common practice: ${JSON.stringify(f)} is 令和元年5月1日`, () => {
      expect(ok(Wareki.parse(f))).toEqual(R1)
    })
  }

  it("reads H31.4.30, 平成31年4月30日, ㍻31年4月30日 and 平成三十一年四月三十日 as the last day of 平成", () => {
    const h = { era: "heisei", year: 31, month: 4, day: 30 }
    for (const f of ["H31.4.30", "平成31年4月30日", "㍻31年4月30日", "平成三十一年四月三十日", "平31.04.30"]) {
      expect(ok(Wareki.parse(f))).toEqual(h)
    }
  })

  it("reads the ligatures ㍼ ㍽ ㍾ and kanji numerals with 十 and 〇", () => {
    expect(ok(Wareki.parse("㍼64年1月7日"))).toEqual({ era: "showa", year: 64, month: 1, day: 7 })
    expect(ok(Wareki.parse("㍽15年12月24日"))).toEqual({ era: "taisho", year: 15, month: 12, day: 24 })
    expect(ok(Wareki.parse("㍾45年7月29日"))).toEqual({ era: "meiji", year: 45, month: 7, day: 29 })
    expect(ok(Wareki.parse("昭和六十四年一月七日"))).toEqual({ era: "showa", year: 64, month: 1, day: 7 })
    expect(ok(Wareki.parse("昭和二〇年八月一五日"))).toEqual({ era: "showa", year: 20, month: 8, day: 15 })
    expect(ok(Wareki.parse("平成十年十月十日"))).toEqual({ era: "heisei", year: 10, month: 10, day: 10 })
  })

  it("rejects text that is not a 和暦 date with core.wareki.format", () => {
    for (const t of [
      "",
      "2019-05-01",
      "令和",
      "令和元年5月",
      "X01.05.01",
      "R01.05/01",
      "令和十十年1月1日",
      "天保3年1月1日",
      "令和元年5月1日頃",
      "R0105011"
    ]) {
      expect(code(Wareki.parse(t)), t).toBe("core.wareki.format")
    }
    expect(code(Wareki.parse("令".repeat(10_000)))).toBe("core.wareki.format")
    expect(code(Wareki.parse(20190501))).toBe("core.input.type")
  })
})

describe("Wareki strict mode: impossible era-years and days (JIS X 0301)", () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["平成32年1月1日", "core.wareki.era-range"],
    ["平成0年1月8日", "core.wareki.era-range"],
    ["昭和65年1月1日", "core.wareki.era-range"],
    ["令和0年5月1日", "core.wareki.era-range"],
    ["昭和64年1月8日", "core.wareki.era-boundary"],
    ["大正15年12月25日", "core.wareki.era-boundary"],
    ["明治45年7月30日", "core.wareki.era-boundary"],
    ["令和元年4月30日", "core.wareki.era-boundary"],
    ["平成元年1月7日", "core.wareki.era-boundary"],
    ["平成31年5月1日", "core.wareki.era-boundary"],
    ["令和元年2月30日", "core.wareki.calendar"],
    ["令和2年13月1日", "core.wareki.calendar"],
    ["令和3年2月29日", "core.wareki.calendar"],
    ["令和2年4月31日", "core.wareki.calendar"]
  ]
  for (const [text, rule] of cases) {
    it(`JIS X 0301: ${text} is rejected by ${rule}`, () => {
      const r = Wareki.parse(text)
      expect(code(r)).toBe(rule)
      if (Result.isFailure(r)) {
        expect(r.failure.messageIn("ja").length).toBeGreaterThan(0)
        expect(JSON.stringify(r.failure.toJSON())).not.toContain(text)
      }
    })
  }

  it("令和2年2月29日 (leap year) is accepted", () => {
    expect(ok(Wareki.parse("令和2年2月29日"))).toEqual({ era: "reiwa", year: 2, month: 2, day: 29 })
  })

  it("申合せ 2019-04-01: with acceptHeiseiAfterReiwa, 平成31年5月1日 and later are accepted as the 令和 date", () => {
    const o = { acceptHeiseiAfterReiwa: true }
    expect(ok(Wareki.parse("平成31年5月1日", o))).toEqual(R1)
    expect(ok(Wareki.parse("平成32年1月1日", o))).toEqual({ era: "reiwa", year: 2, month: 1, day: 1 })
    expect(ok(Wareki.toIsoDate({ era: "heisei", year: 37, month: 4, day: 1 }, o))).toBe("2025-04-01")
    // other eras are not extended
    expect(code(Wareki.parse("昭和64年1月8日", o))).toBe("core.wareki.era-boundary")
    expect(code(Wareki.parse("平成0年1月1日", o))).toBe("core.wareki.era-range")
  })

  it("validate checks shapes and returns canonical values; toIsoDate rejects non-objects", () => {
    expect(code(Wareki.validate({ era: "edo", year: 1, month: 1, day: 1 }))).toBe("core.wareki.era")
    expect(code(Wareki.validate({ era: "reiwa", year: 1.5, month: 5, day: 1 }))).toBe("core.wareki.era-range")
    expect(code(Wareki.validate({ era: "reiwa", year: 1, month: "5", day: 1 }))).toBe("core.wareki.calendar")
    expect(code(Wareki.toIsoDate(null))).toBe("core.wareki.format")
    expect(code(Wareki.fromIsoDate("2019-02-29"))).toBe("core.wareki.iso-date")
    expect(code(Wareki.fromIsoDate(20190501))).toBe("core.wareki.iso-date")
  })
})

describe("Wareki.format", () => {
  it("法務省民二第20号 (初年は元年): year 1 is 元年 by default; gannen: false writes 1年", () => {
    expect(Wareki.format(R1)).toBe("令和元年5月1日")
    expect(Wareki.format(R1, { gannen: false })).toBe("令和1年5月1日")
    expect(Wareki.format(R1, { style: "kanji-numerals" })).toBe("令和元年五月一日")
  })

  it("JIS X 0301 and fixed-width forms pad 01–09 (給与支払報告書 仕様: 元年分～9年分 は 01～09)", () => {
    expect(Wareki.format(R1, { style: "jis" })).toBe("R01.05.01")
    expect(Wareki.format(R1, { style: "jis-short" })).toBe("R1.5.1")
    expect(Wareki.format(R1, { style: "compact" })).toBe("R010501")
    expect(Wareki.format(R1, { style: "kanji-padded" })).toBe("令和01年05月01日")
    expect(Wareki.format(R1, { style: "abbreviation" })).toBe("令1.5.1")
    expect(Wareki.format(R1, { fullWidth: true })).toBe("令和元年５月１日")
    const h = { era: "heisei", year: 31, month: 4, day: 30 } as const
    expect(Wareki.format(h, { style: "kanji-numerals" })).toBe("平成三十一年四月三十日")
    expect(Wareki.format({ era: "showa", year: 20, month: 10, day: 11 }, { style: "kanji-numerals" })).toBe(
      "昭和二十年十月十一日"
    )
  })
})

describe("Wareki era codes and 元号区分 + 年月日 pairs", () => {
  it("the tables of identifiers.md §6.2 (sequential, odd (UNVERIFIED), java, jis-letter)", () => {
    expect(Wareki.ERAS.map((e) => Wareki.codeOfEra(e.id))).toEqual([1, 2, 3, 4, 5])
    expect(Wareki.ERAS.map((e) => Wareki.codeOfEra(e.id, "odd"))).toEqual([1, 3, 5, 7, 9])
    expect(Wareki.ERAS.map((e) => Wareki.codeOfEra(e.id, "java"))).toEqual([-1, 0, 1, 2, 3])
    expect(Wareki.ERAS.map((e) => Wareki.codeOfEra(e.id, "jis-letter"))).toEqual(["M", "T", "S", "H", "R"])
    expect(Wareki.eraCodeBasis.odd.verified).toBe(false)
    expect(Wareki.eraCodeBasis.sequential.verified).toBe(false)
  })

  it("eraFromCode reads numbers, digit strings, full-width digits and letters; rejects unknown codes", () => {
    expect(ok(Wareki.eraFromCode(4))).toBe("heisei")
    expect(ok(Wareki.eraFromCode("５"))).toBe("reiwa")
    expect(ok(Wareki.eraFromCode("7", "odd"))).toBe("heisei")
    expect(ok(Wareki.eraFromCode("-1", "java"))).toBe("meiji")
    expect(ok(Wareki.eraFromCode("r", "jis-letter"))).toBe("reiwa")
    for (const [c, t] of [
      [6, "sequential"],
      [0, "sequential"],
      [2, "odd"],
      ["R", "sequential"],
      [4, "java"],
      ["", "sequential"],
      [null, "sequential"],
      [1.5, "sequential"]
    ] as const) {
      expect(code(Wareki.eraFromCode(c, t)), String(c)).toBe("core.wareki.era")
    }
    expect(code(Wareki.eraFromCode(1, "nope" as Wareki.EraCodeTable))).toBe("core.wareki.era")
  })

  it("seed 別添2 (1): 生年月日_元号区分 + 生年月日_年月日 read as code + YYMMDD", () => {
    expect(ok(Wareki.fromCodedPair({ eraCode: "3", ymd: "640107" }))).toEqual({
      era: "showa",
      year: 64,
      month: 1,
      day: 7
    })
    expect(ok(Wareki.fromCodedPair({ eraCode: 9, ymd: "010501" }, "odd"))).toEqual(R1)
    expect(code(Wareki.fromCodedPair({ eraCode: "3", ymd: "640108" }))).toBe("core.wareki.era-boundary")
    expect(code(Wareki.fromCodedPair({ eraCode: "3", ymd: "64017" }))).toBe("core.wareki.format")
    expect(code(Wareki.fromCodedPair({ eraCode: "6", ymd: "010101" }))).toBe("core.wareki.era")
    expect(code(Wareki.fromCodedPair("3640107"))).toBe("core.wareki.format")
    expect(Wareki.toCodedPair({ era: "heisei", year: 31, month: 4, day: 30 })).toEqual({ eraCode: "4", ymd: "310430" })
    expect(Wareki.toCodedPair(R1, "jis-letter")).toEqual({ eraCode: "R", ymd: "010501" })
  })
})

describe("Wareki: exhaustive checks over every day 1873-01-01 … 2100-12-31", () => {
  const first = Calendar.toDayNumber("1873-01-01")
  const last = Calendar.toDayNumber("2100-12-31")

  it("fromIsoDate and toIsoDate are inverse on every day (83,220 days)", () => {
    let n = 0
    for (let d = first; d <= last; d++) {
      const iso = Calendar.fromDayNumber(d)
      const w = ok(Wareki.fromIsoDate(iso))
      if (ok(Wareki.toIsoDate(w)) !== iso) throw new Error(`round trip failed on ${iso}`)
      n++
    }
    expect(n).toBe(last - first + 1)
  })

  it("agrees with Intl ja-JP-u-ca-japanese (ICU) on every day from 1873-01-01 (test-only cross-check)", () => {
    const f = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
      era: "long",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC"
    })
    const names = new Map(Wareki.ERAS.map((e) => [e.name, e.id]))
    let mismatches = 0
    for (let d = first; d <= last; d++) {
      const iso = Calendar.fromDayNumber(d)
      const parts = f.formatToParts(new Date(d * 86_400_000))
      const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ""
      const year = get("year") === "元" ? 1 : Number(get("year"))
      const w = ok(Wareki.fromIsoDate(iso))
      if (
        names.get(get("era")) !== w.era ||
        year !== w.year ||
        Number(get("month")) !== w.month ||
        Number(get("day")) !== w.day
      )
        mismatches++
    }
    expect(mismatches).toBe(0)
  })

  it("the kanji form parses back on every day", () => {
    for (let d = first; d <= last; d++) {
      const w = ok(Wareki.fromIsoDate(Calendar.fromDayNumber(d)))
      const back = ok(Wareki.parse(Wareki.format(w)))
      if (back.era !== w.era || back.year !== w.year || back.month !== w.month || back.day !== w.day) {
        throw new Error(`parse(format) failed on ${Wareki.format(w)}`)
      }
    }
  })
})

// An independent second implementation: era starts as ISO strings and plain string comparison.
const oracle = (iso: string): { era: string; year: number } => {
  const starts: ReadonlyArray<readonly [string, string, number]> = [
    ["2019-05-01", "reiwa", 2018],
    ["1989-01-08", "heisei", 1988],
    ["1926-12-25", "showa", 1925],
    ["1912-07-30", "taisho", 1911],
    ["1868-01-25", "meiji", 1867]
  ]
  const hit = starts.find(([s]) => iso >= s)!
  return { era: hit[1], year: Number(iso.slice(0, 4)) - hit[2] }
}

describe("Wareki properties", () => {
  it("fromIsoDate agrees with an independent era-start oracle", () => {
    fc.assert(
      fc.property(Arb.isoDate, (iso) => {
        const w = ok(Wareki.fromIsoDate(iso))
        expect({ era: w.era, year: w.year }).toEqual(oracle(iso))
      })
    )
  })

  it("parse(text) gives the value back for every style, 元年/1年, full-width digits and ligatures", () => {
    fc.assert(
      fc.property(Arb.validText, ({ wareki, text }) => {
        expect(ok(Wareki.parse(text))).toEqual(wareki)
      }),
      { numRuns: 500 }
    )
  })

  it("invalid values are rejected by the rule they break (validate and parse)", () => {
    fc.assert(
      fc.property(Arb.invalidCase, ({ wareki, rule }) => {
        expect(code(Wareki.validate(wareki))).toBe(rule)
        expect(Wareki.isValid(wareki)).toBe(false)
      }),
      { numRuns: 300 }
    )
    fc.assert(
      fc.property(Arb.invalidText, ({ text, rule }) => {
        expect(code(Wareki.parse(text))).toBe(rule)
      }),
      { numRuns: 300 }
    )
  })

  it("toIsoDate preserves order: (era, year, month, day) order equals ISO order", () => {
    const index = (w: Wareki.Wareki) => Wareki.ERAS.findIndex((e) => e.id === w.era)
    fc.assert(
      fc.property(Arb.valid, Arb.valid, (a, b) => {
        const ka = [index(a), a.year, a.month, a.day]
        const kb = [index(b), b.year, b.month, b.day]
        const cmpKey = ka.findIndex((x, i) => x !== kb[i])
        const byKey = cmpKey < 0 ? 0 : Math.sign(ka[cmpKey]! - kb[cmpKey]!)
        expect(Math.sign(Calendar.compare(ok(Wareki.toIsoDate(a)), ok(Wareki.toIsoDate(b))))).toBe(byKey)
      })
    )
  })

  it("era codes round trip in every table, and 元号区分 + 年月日 pairs round trip", () => {
    const tables = Object.keys(Wareki.EraCodes) as ReadonlyArray<Wareki.EraCodeTable>
    fc.assert(
      fc.property(Arb.valid, fc.constantFrom(...tables), (w, t) => {
        expect(ok(Wareki.eraFromCode(Wareki.codeOfEra(w.era, t), t))).toBe(w.era)
        expect(ok(Wareki.fromCodedPair(Wareki.toCodedPair(w, t), t))).toEqual(w)
      })
    )
  })

  it("isValid, parse, validate, fromIsoDate and eraFromCode never throw, whatever the input", () => {
    const weird = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."令和平成昭元年月日0123456789.R/-十〇㋿ ") }),
      fc.constant("😀".repeat(5000))
    )
    fc.assert(
      fc.property(weird, (u) => {
        expect(typeof Wareki.isValid(u)).toBe("boolean")
        Wareki.parse(u)
        Wareki.validate(u)
        Wareki.fromIsoDate(u)
        Wareki.eraFromCode(u)
        Wareki.fromCodedPair(u)
        Wareki.getEra(u)
        Wareki.eraAt(u)
      }),
      { numRuns: 300 }
    )
    expect(Wareki.isValid(Symbol("x"))).toBe(false)
    expect(Wareki.isValid(Object.create(null))).toBe(false)
    expect(Wareki.isValid(R1)).toBe(true)
    expect(Wareki.isValid("令和元年5月1日")).toBe(true)
  })
})

describe("Wareki: hostile objects", () => {
  it("validate, toIsoDate and fromCodedPair return core.wareki.format instead of throwing on a throwing proxy", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        }
      }
    )
    expect(code(Wareki.validate(hostile))).toBe("core.wareki.format")
    expect(code(Wareki.toIsoDate(hostile))).toBe("core.wareki.format")
    expect(code(Wareki.fromCodedPair(hostile))).toBe("core.wareki.format")
    expect(Wareki.isValid(hostile)).toBe(false)
  })
})

describe("Wareki input limits (issue #11: the input cap and the 6-digit 年月日 were unpinned)", () => {
  it("parse reads at most 64 characters: a date padded to 64 is read, one more character is a Format error", () => {
    const date = "令和1年5月1日"
    const at64 = date + " ".repeat(64 - date.length)
    expect(ok(Wareki.parse(at64))).toEqual({ era: "reiwa", year: 1, month: 5, day: 1 })
    const r = Wareki.parse(`${at64} `)
    expect([code(r), Result.isFailure(r) && r.failure.preview]).toEqual(["core.wareki.format", "…(65)****    "])
  })
  it("fromCodedPair takes exactly 6 digits (YYMMDD): 5 and 7 digits are Format errors", () => {
    expect(ok(Wareki.fromCodedPair({ eraCode: "5", ymd: "010501" }))).toEqual({
      era: "reiwa",
      year: 1,
      month: 5,
      day: 1
    })
    for (const ymd of ["10501", "0010501", "0105011", "01-05-1"])
      expect(code(Wareki.fromCodedPair({ eraCode: "5", ymd })), ymd).toBe("core.wareki.format")
  })
})
