// The working-set property: for random registries and random events, a registry built from just the rows the
// working set names gives exactly the verdict, the violations (code, severity, path, params, in order), the
// alerts and the effects of the full registry; and the rows the change writes (WorkingSet.changes on the small
// registry) are exactly the rows that changed in the full registry. A rule that reads a row the working set
// does not declare makes this property fail.
//
// Random registries: the `given` of a rule example (every rule group has examples, accepting and rejecting),
// then 0..6 events of other examples applied to it (accepted ones change it, rejected ones are skipped);
// the fixtures share 宛名番号, 世帯番号, 住民票コード and 3情報 across examples, so these events collide with the
// persons already there. The random event is any example's event, sometimes with a later 処理日 (a 転出予定
// becomes a 除票), as a 仮登録, or with every alert acknowledged.
import fc from "fast-check"
import type { JukiError } from "@juki/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply, optionsFromJSON } from "../apply/index.js"
import * as Event from "../events/index.js"
import { fromJSON } from "../registry/load.js"
import type { Registry } from "../registry/index.js"
import { catalogue } from "../rules/index.js"
import type { Options } from "../rules/types.js"
import { examples } from "../test-utils/examples.js"
import * as WorkingSet from "./index.js"

interface Case {
  readonly rule: string
  readonly registry: Registry | undefined
  readonly event: Event.Event
  readonly options: Options | undefined
}

const cases: ReadonlyArray<Case> = examples.flatMap((ex): Array<Case> => {
  if (ex.kind !== "records") return []
  const options = optionsFromJSON(ex.options)
  const ev = Event.decode(JSON.parse(JSON.stringify(ex.event)))
  if (Result.isFailure(ev)) return []
  const reg = fromJSON(JSON.parse(JSON.stringify(ex.given)), options)
  return [{ rule: ex.rule, registry: Result.isSuccess(reg) ? reg.success : undefined, event: ev.success, options }]
})
const bases = cases.filter((c) => c.registry !== undefined)
const ALERTS = catalogue.filter((r) => r.severity === "alert").map((r) => r.id)

const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return iso
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

const variant = (e: Event.Event, v: number, shift: number): Event.Event => {
  switch (v) {
    case 1:
      return { ...e, processedOn: addDays(e.processedOn, shift) } as Event.Event
    case 2:
      return e.type === "approve" || e.type === "discard" ? e : ({ ...e, provisional: true } as Event.Event)
    case 3:
      return { ...e, acknowledged: ALERTS } as Event.Event
    default:
      return e
  }
}

const norm = (v: JukiError) => ({ code: v.code, severity: v.severity, path: v.path, params: v.params })

const run = (reg: Registry, e: Event.Event, options: Options | undefined) => {
  const full = apply(reg, e, options)
  const rows = WorkingSet.resolve(e, (ws) => WorkingSet.rowsOf(reg, ws), options)
  const small = WorkingSet.fromRows(rows)
  const part = apply(small, e, options)
  return { full, part, small }
}

const stats = { accepted: 0, rejected: 0, codes: new Set<string>(), rows: 0, persons: 0 }

const scenario = fc.record({
  base: fc.nat({ max: bases.length - 1 }),
  prefix: fc.array(
    fc.record({ i: fc.nat({ max: cases.length - 1 }), v: fc.nat({ max: 3 }), shift: fc.integer({ min: 0, max: 60 }) }),
    { maxLength: 6 }
  ),
  last: fc.record({
    i: fc.nat({ max: cases.length - 1 }),
    v: fc.nat({ max: 5 }),
    shift: fc.integer({ min: 0, max: 60 })
  })
})

describe("WorkingSet", () => {
  it("a registry of just the working-set rows gives the full registry's verdict, violations, effects and written rows (10,000 random registries and events)", () => {
    fc.assert(
      fc.property(scenario, ({ base, prefix, last }) => {
        const b = bases[base] as Case
        let reg = b.registry as Registry
        const options = b.options
        for (const p of prefix) {
          const r = apply(reg, variant((cases[p.i] as Case).event, p.v, p.shift), options)
          if (Result.isSuccess(r)) reg = r.success.registry
        }
        const e = variant((cases[last.i] as Case).event, last.v, last.shift)
        const { full, part, small } = run(reg, e, options)
        stats.persons += reg.persons.size
        stats.rows += small.persons.size
        expect(Result.isSuccess(part)).toBe(Result.isSuccess(full))
        if (Result.isFailure(full) && Result.isFailure(part)) {
          stats.rejected++
          for (const v of full.failure.violations) stats.codes.add(v.code)
          expect(part.failure.violations.map(norm)).toEqual(full.failure.violations.map(norm))
        }
        if (Result.isSuccess(full) && Result.isSuccess(part)) {
          stats.accepted++
          for (const v of full.success.alerts) stats.codes.add(v.code)
          expect(JSON.stringify(part.success.effects)).toBe(JSON.stringify(full.success.effects))
          expect(part.success.alerts.map(norm)).toEqual(full.success.alerts.map(norm))
          expect(part.success.provisionalId).toBe(full.success.provisionalId)
          // The rows the change writes, from the small registry, are the rows that changed in the full one.
          const written = WorkingSet.changes(small, part.success.registry)
          const expected = WorkingSet.changes(reg, full.success.registry)
          expect(written).toEqual(expected)
          // Writing them into the full registry (the in-memory store's commit) gives the full registry's result.
          expect(WorkingSet.changes(reg, WorkingSet.applyChanges(reg, written))).toEqual(expected)
        }
      }),
      { numRuns: 10_000 }
    )
    // The property saw both verdicts, rules of every group that checks events, and working sets smaller than the registry.
    expect(stats.accepted).toBeGreaterThan(1000)
    expect(stats.rejected).toBeGreaterThan(1000)
    const groups = new Set([...stats.codes].map((c) => catalogue.find((r) => r.id === c)?.group))
    const eventGroups = new Set(
      catalogue
        .filter((r) => r.onEvent !== undefined || r.onRecord !== undefined || r.onHousehold !== undefined)
        .map((r) => r.group)
    )
    expect([...eventGroups].filter((g) => !groups.has(g))).toEqual([])
    expect(stats.rows).toBeLessThan(stats.persons)
  }, 900_000)

  it("every example (each rule's accepting and rejecting cases) gives the same outcome on its working set", () => {
    let n = 0
    for (const c of bases) {
      const { full, part } = run(c.registry as Registry, c.event, c.options)
      expect(Result.isSuccess(part), c.rule).toBe(Result.isSuccess(full))
      if (Result.isFailure(full) && Result.isFailure(part))
        expect(part.failure.violations.map(norm), c.rule).toEqual(full.failure.violations.map(norm))
      if (Result.isSuccess(full) && Result.isSuccess(part))
        expect(JSON.stringify(part.success.effects), c.rule).toBe(JSON.stringify(full.success.effects))
      n++
    }
    expect(n).toBeGreaterThan(100)
  })

  it("an event that reads nothing reads only the registry-wide row and the 仮登録", () => {
    const reg = (bases[0] as Case).registry as Registry
    const e = Event.purgeCertificates({ changeDate: "2024-04-01", processedOn: "2024-04-01" })
    expect(WorkingSet.of(e, WorkingSet.fromRows(WorkingSet.emptyRows(WorkingSet.metaOf(reg))))).toEqual({
      ...WorkingSet.empty,
      certificates: "all"
    })
  })

  it("restrict keeps exactly the rows under the working set's keys: the same rows, the same verdict and effects (1,000 random registries and events)", () => {
    fc.assert(
      fc.property(scenario, ({ base, prefix, last }) => {
        const b = bases[base] as Case
        let reg = b.registry as Registry
        const options = b.options
        for (const p of prefix) {
          const r = apply(reg, variant((cases[p.i] as Case).event, p.v, p.shift), options)
          if (Result.isSuccess(r)) reg = r.success.registry
        }
        const e = variant((cases[last.i] as Case).event, last.v, last.shift)
        // Every key the event needs, read round by round (as resolve does), absent rows included.
        let ws = WorkingSet.empty
        for (let round = 0; round < 16; round++) {
          const miss = WorkingSet.missing(WorkingSet.of(e, WorkingSet.restrict(reg, ws), options), ws)
          if (miss === undefined) break
          ws = WorkingSet.union(ws, miss)
        }
        const small = WorkingSet.restrict(reg, ws)
        expect(WorkingSet.rowsOf(small, ws)).toEqual(WorkingSet.rowsOf(reg, ws))
        expect(small.persons.size).toBe(WorkingSet.rowsOf(reg, ws).persons.length)
        const full = apply(reg, e, options)
        const part = apply(small, e, options)
        expect(Result.isSuccess(part)).toBe(Result.isSuccess(full))
        if (Result.isFailure(full) && Result.isFailure(part))
          expect(part.failure.violations.map(norm)).toEqual(full.failure.violations.map(norm))
        if (Result.isSuccess(full) && Result.isSuccess(part))
          expect(JSON.stringify(part.success.effects)).toBe(JSON.stringify(full.success.effects))
      }),
      { numRuns: 1_000 }
    )
  }, 300_000)

  it("missing is empty when the keys read cover the keys needed, and lists only what is not read", () => {
    const a: WorkingSet.WorkingSet = { ...WorkingSet.empty, atenaNumbers: ["1", "2"], certificates: ["x"] }
    const b: WorkingSet.WorkingSet = { ...WorkingSet.empty, atenaNumbers: ["2", "3"], certificates: "all" }
    expect(WorkingSet.missing(a, WorkingSet.union(a, b))).toBeUndefined()
    expect(WorkingSet.missing(b, a)).toEqual({ ...WorkingSet.empty, atenaNumbers: ["3"], certificates: "all" })
  })
})
