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
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 10 }), (persons) => {
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
    expect(flows).toBeGreaterThan(300)
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
