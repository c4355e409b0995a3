// 異動集計表・人口統計 (評価書 別添1(1) 6): the monthly statistics against an independent day-by-day count written here,
// over random histories (backdated rows, 転出予定 reached inside or after the period, 性別 corrections), and the
// balance 前月末人口 + 増 − 減 = 当月末人口 for every group.
import { Calendar } from "@juki/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ENTRY, MODIFICATION, REMOVAL, type IdouJiyu } from "../jiyu/index.js"
import type { HistoryRow, ResidentRecord } from "../models/index.js"
import * as Registry from "../registry/public.js"
import { unsafeBuild } from "../registry/index.js"
import { atena, foreigner, household, japanese, MUNI } from "../test-utils/fixtures.js"
import * as Stats from "./index.js"

const BASE = Calendar.toDayNumber("2023-11-15")
const iso = (d: number) => Calendar.fromDayNumber(BASE + d)
const FROM = "2023-12"
const TO = "2024-03"

interface RowSpec {
  readonly day: number
  readonly state: "current" | "leaving" | "removed"
  readonly plannedIn: number
  readonly female: boolean
  readonly hh: number
  readonly jiyu: number
}
const rowArb: fc.Arbitrary<RowSpec> = fc.record({
  day: fc.integer({ min: 0, max: 150 }),
  state: fc.constantFrom("current", "current", "leaving", "removed"),
  plannedIn: fc.integer({ min: 0, max: 60 }),
  female: fc.boolean(),
  hh: fc.integer({ min: 1, max: 4 }),
  jiyu: fc.nat()
})
const personArb = fc.record({
  foreign: fc.boolean(),
  birth: fc.constantFrom("1950-01-31", "2000-02-29", "2023-12-10", "1980-00-00", "2010-03-01"),
  rows: fc.array(rowArb, { minLength: 1, maxLength: 5 })
})

const pickJiyu = (state: RowSpec["state"], n: number): IdouJiyu => {
  const list: ReadonlyArray<IdouJiyu> = state === "current" ? (n % 3 === 0 ? MODIFICATION : ENTRY) : REMOVAL
  return list[n % list.length] as IdouJiyu
}

type Person = typeof personArb extends fc.Arbitrary<infer T> ? T : never
const build = (persons: ReadonlyArray<Person>) => {
  const records: Array<ResidentRecord> = []
  const history: Record<string, Array<HistoryRow>> = {}
  persons.forEach((p, i) => {
    const n = i + 1
    const rows = p.rows.map((r, k): HistoryRow => {
      const base = p.foreign ? foreigner(n) : japanese(n)
      const snapshot = {
        ...base,
        birthDate: p.birth,
        sex: r.female ? "female" : "male",
        householdNumber: household(r.hh),
        state: r.state,
        ...(r.state === "leaving"
          ? {
              moveOut: {
                planned: { address: { municipalityCode: "271276", text: "大阪府" }, date: iso(r.day + r.plannedIn) }
              }
            }
          : {})
      } as ResidentRecord
      return {
        historyNumber: k + 1,
        jiyu: pickJiyu(r.state, r.jiyu),
        changeDate: iso(r.day),
        processedOn: iso(r.day),
        byAuthority: false,
        snapshot
      }
    })
    history[atena(n)] = rows
    records.push(rows[rows.length - 1]?.snapshot as ResidentRecord)
  })
  return unsafeBuild({ municipality: MUNI, records, history })
}

// ------------------------------------------------------------------------------------------ the independent count
// Day by day over the period: who is present (the governing row found by a linear scan), and every change between
// two consecutive days counted in the month of the later day.
const oracle = (registry: Registry.Registry, months: ReturnType<typeof Stats.monthsOf>) => {
  const governing = (rows: ReadonlyArray<HistoryRow>, day: string) => {
    let best: { row: HistoryRow; i: number } | undefined
    rows.forEach((row, i) => {
      if (row.changeDate > day) return
      if (
        best === undefined ||
        row.changeDate > best.row.changeDate ||
        (row.changeDate === best.row.changeDate && i > best.i)
      )
        best = { row, i }
    })
    return best?.row
  }
  const presentOn = (row: HistoryRow | undefined, day: string) => {
    if (row === undefined) return false
    const s = row.snapshot
    if (s.state === "current") return true
    if (s.state === "removed") return false
    const planned = s.moveOut?.planned?.date
    return planned === undefined || day < planned
  }
  const keys = (r: ResidentRecord) => {
    const nat = r.kind === "japanese" ? "japanese" : "foreign"
    return ["total", r.sex, nat, `${nat}.${r.sex}`]
  }
  const result = months.map((m) => ({
    month: m.month,
    start: new Map<string, number>(),
    end: new Map<string, number>(),
    inc: new Map<string, number>(),
    dec: new Map<string, number>(),
    moved: new Map<string, number>(),
    households: new Set<string>()
  }))
  const add = (map: Map<string, number>, k: string, v = 1) => map.set(k, (map.get(k) ?? 0) + v)
  const persons = Registry.records(registry).map((r) => Registry.getHistory(registry, r.atenaNumber))
  const first = months[0]
  if (!first) return result
  for (const rows of persons) {
    let day = Calendar.toDayNumber(first.before)
    let prevRow = governing(rows, Calendar.fromDayNumber(day))
    let prev = presentOn(prevRow, Calendar.fromDayNumber(day))
    months.forEach((m, i) => {
      const x = result[i] as (typeof result)[number]
      if (prev && prevRow) for (const k of keys(prevRow.snapshot)) add(x.start, k)
      const lastDay = Calendar.toDayNumber(m.last)
      while (day < lastDay) {
        day++
        const d = Calendar.fromDayNumber(day)
        const row = governing(rows, d)
        const now = presentOn(row, d)
        if (now && !prev && row) for (const k of keys(row.snapshot)) add(x.inc, `${k} ${row.jiyu}`)
        if (!now && prev && prevRow && row) for (const k of keys(prevRow.snapshot)) add(x.dec, `${k} ${row.jiyu}`)
        if (now && prev && row && prevRow) {
          const a = new Set(keys(prevRow.snapshot))
          const b = new Set(keys(row.snapshot))
          for (const k of a) if (!b.has(k)) add(x.moved, `${k} out`)
          for (const k of b) if (!a.has(k)) add(x.moved, `${k} in`)
        }
        prev = now
        prevRow = row
      }
      if (prev && prevRow) {
        for (const k of keys(prevRow.snapshot)) add(x.end, k)
        x.households.add(prevRow.snapshot.householdNumber)
      }
    })
  }
  return result
}

const flat = (x: Partial<Record<string, number>>, group: string) =>
  Object.entries(x)
    .filter(([, v]) => (v ?? 0) > 0)
    .map(([j, v]) => `${group} ${j}=${v}`)

describe("Stats (異動集計表・人口統計, 評価書 別添1(1) 6)", () => {
  it("property (300 runs): agrees with an independent day-by-day count over random histories, and every group balances", () => {
    const months = Stats.monthsOf(FROM, TO)
    expect(months.map((m) => m.month)).toEqual(["2023-12", "2024-01", "2024-02", "2024-03"])
    let flows = 0
    let runs = 0
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 10 }), (persons) => {
        runs++
        const registry = build(persons)
        const report = Stats.monthly(registry, { from: FROM, to: TO })
        const want = oracle(registry, months)
        report.months.forEach((m, i) => {
          const w = want[i] as (typeof want)[number]
          for (const g of Stats.GROUPS) {
            const x = m.groups[g]
            expect([g, x.start, x.end]).toEqual([g, w.start.get(g) ?? 0, w.end.get(g) ?? 0])
            expect([g, x.movedIn, x.movedOut]).toEqual([g, w.moved.get(`${g} in`) ?? 0, w.moved.get(`${g} out`) ?? 0])
          }
          const got = Stats.GROUPS.flatMap((g) => [
            ...flat(m.groups[g].increase, `${g} +`),
            ...flat(m.groups[g].decrease, `${g} -`)
          ]).sort()
          const exp = [
            ...[...w.inc].map(([k, v]) => `${k.replace(" ", " + ")}=${v}`),
            ...[...w.dec].map(([k, v]) => `${k.replace(" ", " - ")}=${v}`)
          ].sort()
          expect(got).toEqual(exp)
          flows += got.length
          expect(m.households.end.total).toBe(w.households.size)
          expect(m.ageBands.reduce((n, b) => n + b.total, 0)).toBe(m.groups.total.end)
          // 前月末人口 + 増 − 減 = 当月末人口, summed independently here, for every group.
          for (const g of Stats.GROUPS) {
            const x = m.groups[g]
            const inc = Object.values(x.increase).reduce((n: number, v) => n + (v ?? 0), 0)
            const dec = Object.values(x.decrease).reduce((n: number, v) => n + (v ?? 0), 0)
            expect(x.start + inc - dec + x.movedIn - x.movedOut).toBe(x.end)
          }
          expect(m.groups.total.movedIn).toBe(0)
          expect(m.groups.total.start + m.natural.total + m.social.total + m.other.total).toBe(m.groups.total.end)
          expect(m.groups.japanese.end + m.groups.foreign.end).toBe(m.groups.total.end)
          expect(m.groups.male.end + m.groups.female.end).toBe(m.groups.total.end)
        })
        expect(Stats.balanceFailures(report)).toEqual([])
        expect(report.period.groups.total.start).toBe(report.months[0]?.groups.total.start)
      }),
      { numRuns: 300 }
    )
    // More than one 増減 per history on average (runs is 300, or fewer under JUKI_NUMRUNS in mutation runs).
    expect(flows).toBeGreaterThan(runs)
  })

  it("a 転出予定 is 消除 on its planned day, under the 事由 of the 転出届 (標準仕様書 1.1.5)", () => {
    const r = japanese(1)
    const rows: Array<HistoryRow> = [
      {
        historyNumber: 1,
        jiyu: "birth",
        changeDate: "2024-01-05",
        processedOn: "2024-01-05",
        byAuthority: false,
        snapshot: r
      },
      {
        historyNumber: 2,
        jiyu: "domestic-move-out",
        changeDate: "2024-01-20",
        processedOn: "2024-01-20",
        byAuthority: false,
        snapshot: {
          ...r,
          state: "leaving",
          moveOut: { planned: { address: { municipalityCode: "271276", text: "大阪府" }, date: "2024-02-10" } }
        } as ResidentRecord
      }
    ]
    const report = Stats.monthly(
      unsafeBuild({
        municipality: MUNI,
        records: [rows[1]?.snapshot as ResidentRecord],
        history: { [r.atenaNumber]: rows }
      }),
      { from: "2024-01", to: "2024-02" }
    )
    const [jan, feb] = report.months
    expect(jan?.groups.total).toMatchObject({ start: 0, end: 1, increase: { birth: 1 } })
    expect(feb?.groups.total).toMatchObject({ start: 1, end: 0, decrease: { "domestic-move-out": 1 } })
    expect(jan?.natural.total).toBe(1)
    expect(feb?.social.total).toBe(-1)
    expect(report.movements).toEqual([
      expect.objectContaining({
        direction: "out",
        counterpartCode: "271276",
        yearMonth: "2024-02",
        jiyu: "domestic-move-out",
        sex: r.sex,
        birthDate: r.birthDate
      })
    ])
  })

  it("ages in full years on the month's last day; 不詳 birth dates are 'unknown'", () => {
    expect(Stats.ageOn("2000-02-29", "2024-02-28")).toBe(23)
    expect(Stats.ageOn("2000-02-29", "2024-02-29")).toBe(24)
    expect(Stats.ageOn("1980-00-00", "2024-02-29")).toBeUndefined()
    expect(Stats.monthsOf("2024-13", "2024-01")).toEqual([])
    expect(Stats.monthsOf("2024-03", "2024-01")).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Exact results (mutation testing: the month table, age bands, the 自然/社会/その他 split, 世帯数 by kind, the
// 人口移動報告 records and the period totals were reached but not asserted).

type Step = readonly [date: string, jiyu: IdouJiyu, state: ResidentRecord["state"], patch?: Partial<ResidentRecord>]
const person = (base: ResidentRecord, steps: ReadonlyArray<Step>): ReadonlyArray<HistoryRow> =>
  steps.map(([date, jiyu, state, patch], k) => ({
    historyNumber: k + 1,
    jiyu,
    changeDate: date,
    processedOn: date,
    byAuthority: false,
    snapshot: { ...base, state, ...(patch ?? {}) } as ResidentRecord
  }))
const registryOf = (people: ReadonlyArray<ReadonlyArray<HistoryRow>>) =>
  unsafeBuild({
    municipality: MUNI,
    records: people.map((rows) => rows[rows.length - 1]?.snapshot as ResidentRecord),
    history: Object.fromEntries(people.map((rows) => [rows[0]?.snapshot.atenaNumber as string, rows]))
  })
const OSAKA = { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" }

describe("Stats.monthsOf", () => {
  it("each month with its first and last day and the last day of the month before (leap February, year change)", () => {
    expect(Stats.monthsOf("2023-11", "2024-02")).toEqual([
      { month: "2023-11", first: "2023-11-01", last: "2023-11-30", before: "2023-10-31" },
      { month: "2023-12", first: "2023-12-01", last: "2023-12-31", before: "2023-11-30" },
      { month: "2024-01", first: "2024-01-01", last: "2024-01-31", before: "2023-12-31" },
      { month: "2024-02", first: "2024-02-01", last: "2024-02-29", before: "2024-01-31" }
    ])
    expect(Stats.monthsOf("2023-03", "2023-03")).toEqual([
      { month: "2023-03", first: "2023-03-01", last: "2023-03-31", before: "2023-02-28" }
    ])
    expect(Stats.monthsOf("1900-02", "1900-02")[0]?.last).toBe("1900-02-28")
    expect(Stats.monthsOf("2000-03", "2000-03")[0]?.before).toBe("2000-02-29")
  })
  it("malformed, out-of-range or reversed periods give no months", () => {
    for (const [a, b] of [
      ["2024-00", "2024-03"],
      ["2024-13", "2025-01"],
      ["2024-01", "2024-00"],
      ["2024-01", "2024-13"],
      ["2024-1", "2024-03"],
      ["2024-01", "2024/03"],
      ["x2024-01", "2024-03"],
      ["2024-01", "2024-03x"],
      ["2024-02", "2024-01"],
      ["2025-01", "2024-12"]
    ])
      expect([a, b, Stats.monthsOf(a as string, b as string)]).toEqual([a, b, []])
  })
  it("at most 1,200 months (100 years) from the first", () => {
    const m = Stats.monthsOf("1900-01", "2200-12")
    expect(m).toHaveLength(1200)
    expect(m[1199]?.month).toBe("1999-12")
    expect(Stats.monthsOf("1900-01", "1999-11")).toHaveLength(1199)
  })
  it("property: consecutive months, each first day the day after the previous last day, counted independently", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (y, m, span) => {
          const p = (n: number, w = 2) => String(n).padStart(w, "0")
          const endIndex = y * 12 + (m - 1) + span
          const to = `${p(Math.floor(endIndex / 12), 4)}-${p((endIndex % 12) + 1)}`
          const months = Stats.monthsOf(`${y}-${p(m)}`, to)
          expect(months).toHaveLength(span + 1)
          let prevLast = Calendar.toDayNumber(`${y}-${p(m)}-01`) - 1
          for (const x of months) {
            expect(x.before).toBe(Calendar.fromDayNumber(prevLast))
            expect(x.first).toBe(Calendar.fromDayNumber(prevLast + 1))
            expect(x.month).toBe(x.first.slice(0, 7))
            // The last day: the day before the first of the next month.
            const ny = x.month.slice(5) === "12" ? Number(x.month.slice(0, 4)) + 1 : Number(x.month.slice(0, 4))
            const nm = x.month.slice(5) === "12" ? 1 : Number(x.month.slice(5)) + 1
            expect(x.last).toBe(Calendar.fromDayNumber(Calendar.toDayNumber(`${p(ny, 4)}-${p(nm)}-01`) - 1))
            prevLast = Calendar.toDayNumber(x.last)
          }
          expect(months[months.length - 1]?.month).toBe(to)
        }
      )
    )
  })
})

describe("Stats.ageOn (full years)", () => {
  it("one more year on the birthday, none the day before; undefined before the birth or for 不詳 dates", () => {
    expect(Stats.ageOn("1980-04-01", "2024-03-31")).toBe(43)
    expect(Stats.ageOn("1980-04-01", "2024-04-01")).toBe(44)
    expect(Stats.ageOn("1980-04-01", "1980-04-01")).toBe(0)
    expect(Stats.ageOn("1980-04-01", "1980-03-31")).toBeUndefined()
    expect(Stats.ageOn("1980-12-31", "1981-12-30")).toBe(0)
    expect(Stats.ageOn("1980-04-00", "2024-04-30")).toBeUndefined()
    expect(Stats.ageOn("1980-04", "2024-04-30")).toBeUndefined()
    expect(Stats.ageOn("1980-04-01", "2024-04")).toBeUndefined()
    expect(Stats.ageOn("x1980-04-01", "2024-04-30")).toBeUndefined()
    expect(Stats.ageOn("1980-04-01", "2024-04-30x")).toBeUndefined()
  })
  it("property: agrees with counting birthdays passed (day numbers, independent of string comparison)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 40_000 }), (b, d) => {
        const birth = Calendar.fromDayNumber(b)
        const day = Calendar.fromDayNumber(b + d)
        let years = 0
        // Count the anniversaries (same month and day; 29 Feb counts on 1 Mar in other years) on or before `day`.
        for (let k = 1; k <= 120; k++) {
          const y = Number(birth.slice(0, 4)) + k
          const md = birth.slice(5)
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
          const anniv =
            md === "02-29" && !leap ? `${String(y).padStart(4, "0")}-03-01` : `${String(y).padStart(4, "0")}-${md}`
          if (Calendar.toDayNumber(anniv) <= b + d) years = k
          else break
        }
        expect(Stats.ageOn(birth, day)).toBe(years)
      })
    )
  })
})

describe("Stats.monthly: exact counts", () => {
  const april = { from: "2024-04", to: "2024-04" }
  it("人口動態: 自然 (出生 − 死亡), 社会 (転入 + 国外転入 − 転出 − 国外転出) and その他, for 日本人 and 外国人", () => {
    const j = (n: number) => japanese(n, { householdNumber: household(n) })
    const f = (n: number) => foreigner(n, { householdNumber: household(n) })
    const reg = registryOf([
      person(j(1), [["2024-04-02", "birth", "current"]]),
      person(j(2), [["2024-04-03", "birth", "current"]]),
      person(j(3), [
        ["2020-01-01", "domestic-move-in", "current"],
        ["2024-04-04", "death", "removed"]
      ]),
      person(j(4), [["2024-04-05", "domestic-move-in", "current"]]),
      person(f(5), [["2024-04-06", "move-in-from-abroad", "current"]]),
      person(f(6), [["2024-04-07", "move-in-from-abroad", "current"]]),
      person(f(7), [
        ["2020-01-01", "move-in-from-abroad", "current"],
        ["2024-04-08", "move-out-abroad", "removed"]
      ]),
      person(j(8), [["2024-04-09", "authority-entry", "current"]]),
      person(j(9), [
        ["2020-01-01", "birth", "current"],
        ["2024-04-10", "authority-removal", "removed"]
      ]),
      person(j(10), [
        ["2020-01-01", "birth", "current"],
        ["2024-04-11", "authority-removal", "removed"]
      ])
    ])
    const m = Stats.monthly(reg, april).months[0] as Stats.MonthStats
    expect([m.natural, m.social, m.other]).toEqual([
      { total: 1, japanese: 1, foreign: 0 },
      { total: 2, japanese: 1, foreign: 1 },
      { total: -1, japanese: -1, foreign: 0 }
    ])
    expect(m.groups.total).toEqual({
      start: 4,
      end: 6,
      movedIn: 0,
      movedOut: 0,
      increase: { birth: 2, "domestic-move-in": 1, "move-in-from-abroad": 2, "authority-entry": 1 },
      decrease: { death: 1, "move-out-abroad": 1, "authority-removal": 2 }
    })
    expect([m.groups.japanese.start, m.groups.japanese.end, m.groups.foreign.start, m.groups.foreign.end]).toEqual([
      3, 4, 1, 2
    ])
  })
  it("性別の修正 while present moves a person between groups without 増減 (movedIn / movedOut), not in 総数", () => {
    const r = japanese(1)
    const reg = registryOf([
      person(r, [
        ["2020-01-01", "birth", "current"],
        ["2024-04-10", "authority-correction", "current", { sex: "female" }]
      ])
    ])
    const m = Stats.monthly(reg, april).months[0] as Stats.MonthStats
    expect([m.groups.male.movedOut, m.groups.female.movedIn, m.groups["japanese.male"].movedOut]).toEqual([1, 1, 1])
    expect([m.groups.total.movedIn, m.groups.total.movedOut, m.groups.japanese.movedIn]).toEqual([0, 0, 0])
    expect([m.groups.male.start, m.groups.male.end, m.groups.female.start, m.groups.female.end]).toEqual([1, 0, 0, 1])
    expect(Stats.balanceFailures(Stats.monthly(reg, april))).toEqual([])
  })
  it("世帯数: 日本人のみ, 外国人のみ and 混合 世帯 at the start and the end of the month", () => {
    const reg = registryOf([
      person(japanese(1, { householdNumber: household(1) }), [["2020-01-01", "birth", "current"]]),
      person(japanese(2, { householdNumber: household(1) }), [["2020-01-01", "birth", "current"]]),
      person(foreigner(3, { householdNumber: household(1) }), [["2024-04-10", "move-in-from-abroad", "current"]]),
      person(foreigner(4, { householdNumber: household(4) }), [["2020-01-01", "move-in-from-abroad", "current"]]),
      person(japanese(5, { householdNumber: household(5) }), [["2020-01-01", "birth", "current"]]),
      person(foreigner(6, { householdNumber: household(6) }), [["2020-01-01", "move-in-from-abroad", "current"]]),
      person(foreigner(7, { householdNumber: household(6) }), [
        ["2020-01-01", "move-in-from-abroad", "current"],
        ["2024-04-20", "move-out-abroad", "removed"]
      ])
    ])
    const report = Stats.monthly(reg, april)
    const m = report.months[0] as Stats.MonthStats
    expect(m.households).toEqual({
      start: { total: 4, japaneseOnly: 2, foreignOnly: 2, mixed: 0 },
      end: { total: 4, japaneseOnly: 1, foreignOnly: 2, mixed: 1 }
    })
    expect(report.period.households).toEqual(m.households)
  })
  it("age bands: 5-year bands by default (0-4 … 95-99, 100-, unknown); custom bounds sorted, deduplicated, invalid ones dropped", () => {
    const reg = registryOf([
      person(japanese(1, { birthDate: "2024-04-01" }), [["2024-04-01", "birth", "current"]]),
      person(japanese(2, { birthDate: "1980-05-01", sex: "female" }), [["2020-01-01", "birth", "current"]]),
      person(japanese(3, { birthDate: "1980-04-30" }), [["2020-01-01", "birth", "current"]]),
      person(japanese(4, { birthDate: "1920-01-01" }), [["2020-01-01", "birth", "current"]]),
      person(japanese(5, { birthDate: "1950-00-00" }), [["2020-01-01", "birth", "current"]])
    ])
    const def = (Stats.monthly(reg, april).months[0] as Stats.MonthStats).ageBands
    expect(def.map((b) => b.band)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `${i * 5}-${i * 5 + 4}`),
      "100-",
      "unknown"
    ])
    const nonEmpty = def.filter((b) => b.total > 0).map((b) => [b.band, b.male, b.female, b.total])
    expect(nonEmpty).toEqual([
      ["0-4", 1, 0, 1],
      ["40-44", 1, 1, 2],
      ["100-", 0, 1, 1],
      ["unknown", 1, 0, 1]
    ])
    const custom = Stats.monthly(reg, { ...april, ageBands: [65, 15, 15, 0, -5, 2.5] }).months[0] as Stats.MonthStats
    expect(custom.ageBands.map((b) => [b.band, b.total])).toEqual([
      ["0-14", 1],
      ["15-64", 2],
      ["65-", 1],
      ["unknown", 1]
    ])
    // Below the first bound is unknown; no valid bound means the default bands.
    const adults = Stats.monthly(reg, { ...april, ageBands: [20] }).months[0] as Stats.MonthStats
    expect(adults.ageBands.map((b) => [b.band, b.total])).toEqual([
      ["20-", 3],
      ["unknown", 2]
    ])
    const none = Stats.monthly(reg, { ...april, ageBands: [-1, 0.5] }).months[0] as Stats.MonthStats
    expect(none.ageBands.map((b) => b.band)).toEqual(def.map((b) => b.band))
  })
  it("住民基本台帳人口移動報告: one record per 転入 / 転出 with the counterpart 市区町村コード, none abroad, ordered by 異動日", () => {
    const j = japanese(1, { previousAddress: OSAKA })
    const f = foreigner(2, { householdNumber: household(2) })
    const leaver = japanese(3, { householdNumber: household(3) })
    const confirmed = {
      planned: { address: { municipalityCode: "271276", text: "大阪府" }, date: "2024-04-20" },
      confirmed: { address: { municipalityCode: "141003", text: "神奈川県横浜市" }, date: "2024-04-18" }
    }
    const reg = registryOf([
      person(j, [["2024-04-15", "domestic-move-in", "current"]]),
      person(f, [
        ["2020-01-01", "move-in-from-abroad", "current"],
        ["2024-04-05", "move-out-abroad", "removed", { moveOut: confirmed } as never]
      ]),
      person(leaver, [
        ["2020-01-01", "birth", "current"],
        ["2024-04-10", "domestic-move-out", "removed", { moveOut: confirmed } as never]
      ]),
      // 出生 and 職権 are no movements.
      person(japanese(4, { householdNumber: household(4) }), [["2024-04-02", "birth", "current"]]),
      person(japanese(6, { householdNumber: household(6) }), [["2024-04-03", "authority-entry", "current"]])
    ])
    expect(Stats.monthly(reg, april).movements).toEqual([
      {
        municipalityCode: MUNI,
        direction: "out",
        abroad: true,
        sex: f.sex,
        birthDate: f.birthDate,
        nationality: "foreign",
        jiyu: "move-out-abroad",
        yearMonth: "2024-04",
        date: "2024-04-05"
      },
      {
        municipalityCode: MUNI,
        direction: "out",
        counterpartCode: "141003",
        abroad: false,
        sex: leaver.sex,
        birthDate: leaver.birthDate,
        nationality: "japanese",
        jiyu: "domestic-move-out",
        yearMonth: "2024-04",
        date: "2024-04-10"
      },
      {
        municipalityCode: MUNI,
        direction: "in",
        counterpartCode: "271276",
        abroad: false,
        sex: j.sex,
        birthDate: j.birthDate,
        nationality: "japanese",
        jiyu: "domestic-move-in",
        yearMonth: "2024-04",
        date: "2024-04-15"
      }
    ])
  })
  it("the period: start of the first month, end of the last, 増減 summed by 事由; a malformed period is empty", () => {
    const reg = registryOf([
      person(japanese(1), [["2024-01-10", "birth", "current"]]),
      person(japanese(2, { householdNumber: household(2) }), [["2024-02-10", "birth", "current"]]),
      person(japanese(3, { householdNumber: household(3) }), [
        ["2020-01-01", "birth", "current"],
        ["2024-03-10", "death", "removed"]
      ])
    ])
    const report = Stats.monthly(reg, { from: "2024-01", to: "2024-03" })
    expect([report.municipality, report.from, report.to, report.period.from, report.period.to]).toEqual([
      MUNI,
      "2024-01-01",
      "2024-03-31",
      "2024-01-01",
      "2024-03-31"
    ])
    expect(report.period.groups.total).toEqual({
      start: 1,
      end: 2,
      movedIn: 0,
      movedOut: 0,
      increase: { birth: 2 },
      decrease: { death: 1 }
    })
    expect([report.period.natural.total, report.period.social.total, report.period.other.total]).toEqual([1, 0, 0])
    expect(report.period.households).toEqual({
      start: { total: 1, japaneseOnly: 1, foreignOnly: 0, mixed: 0 },
      end: { total: 2, japaneseOnly: 2, foreignOnly: 0, mixed: 0 }
    })
    expect(report.period.ageBands).toBe(report.months[2]?.ageBands)
    const empty = Stats.monthly(reg, { from: "2024-03", to: "2024-01" })
    const zero = { total: 0, japaneseOnly: 0, foreignOnly: 0, mixed: 0 }
    expect(empty).toMatchObject({ from: "", to: "", months: [], movements: [] })
    expect(empty.period).toMatchObject({ from: "", to: "", ageBands: [], households: { start: zero, end: zero } })
    expect(empty.period.groups.total).toEqual({ start: 0, end: 0, movedIn: 0, movedOut: 0, increase: {}, decrease: {} })
  })
  it("a 転出予定 whose planned day is after the period stays a resident to its end; one on the last day leaves in it", () => {
    const r = japanese(1)
    const planned = (date: string) =>
      ({ planned: { address: { municipalityCode: "271276", text: "大阪府" }, date } }) as never
    const reg = (date: string) =>
      registryOf([
        person(r, [
          ["2020-01-01", "birth", "current"],
          ["2024-04-10", "domestic-move-out", "leaving", { moveOut: planned(date) } as never]
        ])
      ])
    const after = Stats.monthly(reg("2024-05-01"), april).months[0] as Stats.MonthStats
    expect([after.groups.total.end, after.groups.total.decrease]).toEqual([1, {}])
    const last = Stats.monthly(reg("2024-04-30"), april).months[0] as Stats.MonthStats
    expect([last.groups.total.end, last.groups.total.decrease]).toEqual([0, { "domestic-move-out": 1 }])
    const may = Stats.monthly(reg("2024-05-01"), { from: "2024-04", to: "2024-05" }).months[1] as Stats.MonthStats
    expect([may.groups.total.start, may.groups.total.end, may.groups.total.decrease]).toEqual([
      1,
      0,
      { "domestic-move-out": 1 }
    ])
  })
  it("rows of the same 異動日 count in 履歴番号 order, and rows given out of date order are read in 異動日 order", () => {
    const r = japanese(1)
    const rows: Array<HistoryRow> = [
      ...person(r, [
        ["2024-04-20", "death", "removed"],
        ["2020-01-01", "birth", "current"]
      ])
    ]
    const m = Stats.monthly(registryOf([rows]), april).months[0] as Stats.MonthStats
    expect([m.groups.total.start, m.groups.total.end, m.groups.total.decrease]).toEqual([1, 0, { death: 1 }])
    const same = person(r, [
      ["2024-04-10", "birth", "current"],
      ["2024-04-10", "death", "removed"]
    ])
    const n = Stats.monthly(registryOf([same]), april).months[0] as Stats.MonthStats
    expect([n.groups.total.end, n.groups.total.increase, n.groups.total.decrease]).toEqual([0, {}, {}])
  })
})

describe("Stats.balanceFailures", () => {
  it("names the month and group whose balance fails, and a start that is not the previous end", () => {
    const reg = registryOf([person(japanese(1), [["2024-01-10", "birth", "current"]])])
    const report = Stats.monthly(reg, { from: "2024-01", to: "2024-02" })
    expect(Stats.balanceFailures(report)).toEqual([])
    const [jan, feb] = report.months as [Stats.MonthStats, Stats.MonthStats]
    const broken: Stats.Report = {
      ...report,
      months: [
        { ...jan, groups: { ...jan.groups, male: { ...jan.groups.male, end: 2 } } },
        { ...feb, groups: { ...feb.groups, female: { ...feb.groups.female, movedIn: 1 } } }
      ]
    }
    expect(Stats.balanceFailures(broken)).toEqual(["2024-01 male", "2024-02 male start", "2024-02 female"])
  })
})
