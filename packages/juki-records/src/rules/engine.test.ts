// Cases of the rule engine's options and dispatch (engine.ts) found by mutation testing (docs/quality.md): an option
// given as a falsy value is kept, not replaced by its default; a disabled rule is not dispatched.
import { describe, expect, it } from "vitest"
import type { JukiError } from "@juki/core"
import type { Event } from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import type { Registry } from "../registry/index.js"
import { atena, build, foreigner, household, japanese, movedOut } from "../test-utils/fixtures.js"
import { DEFAULTS, type Dispatch, dispatchOf, makeContext, resolveOptions, runRules } from "./engine.js"
import { catalogue } from "./index.js"
import type { RecordContext, RecordRule, Step } from "./types.js"

describe("resolveOptions", () => {
  it("library options: values given are kept (false and 0 too), values not given are the defaults", () => {
    const pick = (r: ReturnType<typeof resolveOptions>) => [
      r.moveWithinChangesHousehold,
      r.certificateRetentionDays,
      r.filerMinimumAge
    ]
    expect(
      pick(resolveOptions({ moveWithinChangesHousehold: false, certificateRetentionDays: 0, filerMinimumAge: 0 }))
    ).toEqual([false, 0, 0])
    expect(pick(resolveOptions({ certificateRetentionDays: 60, filerMinimumAge: 18 }))).toEqual([true, 60, 18])
    expect(pick(resolveOptions({}))).toEqual([true, 30, 15])
    expect(pick(DEFAULTS)).toEqual([true, 30, 15])
  })
  it("住民票コード (UNVERIFIED checksum, off by default): a checksum mode given is kept", () => {
    const r = resolveOptions({ identifiers: { residentCode: { checksum: "assumed-mod11" } } })
    expect(r.identifiers.residentCode).toEqual({ checksum: "assumed-mod11" })
  })
  it("disable: none given is an empty set; the ids given are the set", () => {
    expect([...resolveOptions({}).disable]).toEqual([])
    expect([...resolveOptions({ disable: ["records.cs.order"] }).disable]).toEqual(["records.cs.order"])
  })
  it("the same options object resolves to the same result (cached)", () => {
    const o = { filerMinimumAge: 18 }
    expect(resolveOptions(o)).toBe(resolveOptions(o))
  })
})

describe("dispatchOf", () => {
  it("a disabled rule is dispatched in no scope; the others are, each in the scopes it has", () => {
    const d = dispatchOf(resolveOptions({ disable: ["records.household.same-address", "records.cs.order"] }))
    const ids = (rs: ReadonlyArray<{ readonly id: string }>) => rs.map((r) => r.id)
    expect(ids(d.household)).toEqual(
      ids(catalogue.filter((r) => r.onHousehold !== undefined && r.id !== "records.household.same-address"))
    )
    expect(ids(d.event.get("create") ?? [])).not.toContain("records.cs.order")
    expect(ids(d.event.get("create") ?? []).length).toBeGreaterThan(0)
    expect(ids(d.record)).toEqual(ids(catalogue.filter((r) => r.onRecord !== undefined)))
  })
})

// ---------------------------------------------------------------------------------------------------------------
// runRules and makeContext, with rules that only record what the engine hands them (the catalogue's rules would
// hide most of it: they return nothing for valid records).

interface Seen {
  readonly scope: "event" | "record" | "household"
  readonly key: string
  readonly ctx?: RecordContext
  readonly members?: ReadonlyArray<string>
}

const spyRules = (reads?: ReadonlyArray<string>) => {
  const seen: Array<Seen> = []
  const rule = (id: string, r: Partial<RecordRule>): RecordRule => ({ id, group: "cs", ...r }) as unknown as RecordRule
  const mark = (id: string): JukiError => ({ code: id }) as unknown as JukiError
  return {
    seen,
    event: rule("t.event", {
      onEvent: (ctx) => {
        seen.push({ scope: "event", key: ctx.event.type })
        return [mark("t.event")]
      }
    }),
    record: rule("t.record", {
      ...(reads === undefined ? {} : { reads }),
      onRecord: (r, ctx) => {
        seen.push({ scope: "record", key: r.atenaNumber, ctx })
        return [mark("t.record")]
      }
    }),
    household: rule("t.household", {
      onHousehold: (hn, members) => {
        seen.push({ scope: "household", key: hn, members: members.map((m) => m.atenaNumber) })
        return [mark("t.household")]
      }
    })
  }
}

const H1 = household(1)
const H2 = household(2)
const H9 = household(9)
const reg = () => build([japanese(1), japanese(2, { relationship: "妻" }), japanese(3, { relationship: "子" })])
const ev = (type: Event["type"]): Event =>
  ({ type, processedOn: "2024-04-05", changes: [], atenaNumbers: [], records: [] }) as unknown as Event
const step = (s: Partial<Step> & Pick<Step, "after">): Step => ({
  atenaNumber: s.after.atenaNumber,
  path: ["records", 0],
  jiyu: "move-within",
  op: "modify",
  before: undefined,
  changed: undefined,
  ...s
})
const run = (registry: Registry, event: Event, steps: ReadonlyArray<Step>, d: Partial<Dispatch>) =>
  runRules(makeContext(registry, event, steps, DEFAULTS), {
    event: new Map(),
    record: [],
    household: [],
    ...d
  })

describe("runRules", () => {
  it("event rules run only for their event type, before the record and 世帯 rules; no step, no record rule", () => {
    const s = spyRules()
    const d = { event: new Map([["modify", [s.event]]]) as Dispatch["event"], record: [s.record] }
    expect(run(reg(), ev("modify"), [], d).map((e) => e.code)).toEqual(["t.event"])
    expect(run(reg(), ev("remove"), [], d)).toEqual([])
    const after = japanese(1)
    expect(
      run(reg(), ev("modify"), [step({ after, before: japanese(1) })], { ...d, household: [s.household] }).map(
        (e) => e.code
      )
    ).toEqual(["t.event", "t.record", "t.household"])
  })

  it("a 修正 step of a 修正 event: the record rule's path ends in `set`; other steps and events keep the step's path", () => {
    const s = spyRules()
    const after = japanese(1)
    const paths = (type: Event["type"], op: Step["op"]) => {
      s.seen.length = 0
      run(reg(), ev(type), [step({ after, before: japanese(1), op, path: ["changes", 0] })], { record: [s.record] })
      return s.seen[0]?.ctx?.path
    }
    expect(paths("modify", "modify")).toEqual(["changes", 0, "set"])
    expect(paths("transfer-in-notice", "modify")).toEqual(["changes", 0])
    expect(paths("modify", "remove")).toEqual(["changes", 0])
  })

  it("isNew: a first 記載 of a 宛名番号 the registry does not hold (check digits are checked on new numbers only)", () => {
    const s = spyRules()
    const isNew = (op: Step["op"], n: number) => {
      s.seen.length = 0
      run(reg(), ev("create"), [step({ after: japanese(n), op })], { record: [s.record] })
      return s.seen[0]?.ctx?.isNew
    }
    expect(isNew("create", 7)).toBe(true)
    expect(isNew("create", 1)).toBe(false)
    expect(isNew("modify", 7)).toBe(false)
  })

  it("isNewHousehold: the 世帯番号 changed to one the registry does not hold", () => {
    const s = spyRules()
    const isNewHh = (before: ResidentRecord | undefined, hn: string) => {
      s.seen.length = 0
      run(reg(), ev("modify"), [step({ before, after: japanese(1, { householdNumber: hn }) })], {
        record: [s.record]
      })
      return s.seen[0]?.ctx?.isNewHousehold
    }
    expect(isNewHh(japanese(1), H1)).toBe(false) // unchanged
    expect(isNewHh(japanese(1), H9)).toBe(true) // changed to a new one
    expect(isNewHh(japanese(1, { householdNumber: H9 }), H1)).toBe(false) // changed to one the registry holds
    expect(isNewHh(undefined, H9)).toBe(true) // first 記載 into a new 世帯
    expect(isNewHh(undefined, H1)).toBe(false) // first 記載 into a 世帯 the registry holds
    // Unchanged is never new, even for a 世帯番号 the registry does not index (a hand-built record before).
    expect(isNewHh(japanese(1, { householdNumber: H9 }), H9)).toBe(false)
  })

  it("before: handed to a record rule only when the record keeps its kind (a 国籍変更 starts the new record afresh)", () => {
    const s = spyRules()
    const beforeOf = (before: ResidentRecord | undefined, after: ResidentRecord) => {
      s.seen.length = 0
      run(reg(), ev("modify"), [step({ before, after })], { record: [s.record] })
      return s.seen[0]?.ctx?.before
    }
    const b = japanese(1, { name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" } })
    expect(beforeOf(b, japanese(1))).toBe(b)
    expect(beforeOf(foreigner(1), japanese(1))).toBeUndefined()
    expect(beforeOf(b, foreigner(1))).toBeUndefined()
    expect(beforeOf(undefined, japanese(1))).toBeUndefined()
  })

  it("an update re-checks only the rules that read a changed item; a 記載 checks every rule", () => {
    const runs = (
      reads: ReadonlyArray<string> | undefined,
      op: Step["op"],
      changed: ReadonlyArray<string> | undefined
    ) => {
      const s = spyRules(reads)
      run(reg(), ev("modify"), [step({ after: japanese(1), before: japanese(1), op, changed })], { record: [s.record] })
      return s.seen.length
    }
    expect(runs(["name"], "modify", ["address"])).toBe(0)
    expect(runs(["name", "address"], "modify", ["address"])).toBe(1)
    expect(runs(["name"], "modify", ["sex", "name"])).toBe(1)
    expect(runs(["name"], "modify", [])).toBe(0)
    expect(runs(undefined, "modify", ["address"])).toBe(1)
    expect(runs(["name"], "modify", undefined)).toBe(1)
    expect(runs(["name"], "remove", ["state"])).toBe(0)
    // A 記載 of a person the registry held before (the step carries what changed): every rule runs.
    expect(runs(["name"], "create", ["address"])).toBe(1)
  })

  it("世帯 rules: each 世帯 a step leaves or joins, once, in step order, with its members after the change", () => {
    const s = spyRules()
    const moved = japanese(2, { relationship: "世帯主", householdNumber: H2 })
    run(
      reg(),
      ev("modify"),
      [
        step({ before: japanese(2, { relationship: "妻" }), after: moved }),
        step({ before: japanese(1), after: japanese(1) })
      ],
      { household: [s.household] }
    )
    expect(s.seen).toEqual([
      { scope: "household", key: H1, members: [atena(1), atena(3)] },
      { scope: "household", key: H2, members: [atena(2)] }
    ])
  })

  it("世帯 rules: a 世帯 left empty, or only left by a 除票, is not checked; a 除票 joins no 世帯", () => {
    const s = spyRules()
    const r = build([japanese(1)])
    // The only member moves to another 世帯: the old one has no member after it.
    run(r, ev("modify"), [step({ before: japanese(1), after: japanese(1, { householdNumber: H2 }) })], {
      household: [s.household]
    })
    expect(s.seen.map((x) => x.key)).toEqual([H2])
    // A 除票 (removed before and after): no 世帯 is touched.
    s.seen.length = 0
    const gone = movedOut(japanese(1))
    run(r, ev("modify"), [step({ before: gone, after: { ...gone, householdNumber: H2 } as ResidentRecord })], {
      household: [s.household]
    })
    expect(s.seen).toEqual([])
  })
})

describe("makeContext", () => {
  it("householdAfter: members after the planned steps (moved out of the 世帯, moved in, removed), never a stale entry", () => {
    const base = reg()
    // The registry's 世帯 list also names a 宛名番号 it holds no person for (a hand-built registry): skipped.
    const r: Registry = {
      ...base,
      households: base.households.set(H1, [...(base.households.get(H1) ?? []), atena(99)])
    }
    const steps = [
      step({
        before: japanese(2, { relationship: "妻" }),
        after: japanese(2, { relationship: "世帯主", householdNumber: H2 })
      }),
      step({ before: japanese(3, { relationship: "子" }), after: movedOut(japanese(3, { relationship: "子" })) }),
      step({ after: japanese(7, { relationship: "子" }), op: "create" })
    ]
    const ctx = makeContext(r, ev("modify"), steps, DEFAULTS)
    expect(ctx.householdAfter(H1).map((x) => x.atenaNumber)).toEqual([atena(1), atena(7)])
    expect(ctx.householdAfter(H2).map((x) => x.atenaNumber)).toEqual([atena(2)])
    expect(ctx.householdBefore(H1).map((x) => x.atenaNumber)).toEqual([atena(1), atena(2), atena(3)])
    expect(ctx.householdAfter(H9)).toEqual([])
  })

  it("targets: the persons a 消除 names, with their paths; a 記載 names none", () => {
    const remove = { ...ev("remove"), atenaNumbers: [atena(1), atena(2)] } as unknown as Event
    expect(makeContext(reg(), remove, [], DEFAULTS).targets).toEqual([
      { atenaNumber: atena(1), path: ["atenaNumbers", 0] },
      { atenaNumber: atena(2), path: ["atenaNumbers", 1] }
    ])
    expect(makeContext(reg(), ev("create"), [], DEFAULTS).targets).toEqual([])
    expect(makeContext(reg(), ev("create"), [], DEFAULTS).asOf).toBe("2024-04-05")
  })
})

describe("dispatchOf (cache)", () => {
  it("the same resolved options give the same dispatch", () => {
    const o = resolveOptions({ disable: ["records.cs.order"] })
    expect(dispatchOf(o)).toBe(dispatchOf(o))
  })
})
