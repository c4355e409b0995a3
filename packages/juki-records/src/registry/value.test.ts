// The registry is a value: whatever its accessors and toJSON return is frozen (or a fresh copy), so mutating it
// never changes any registry; neither does mutating the JSON it was loaded from or the event it was built by.
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import * as Event from "../events/index.js"
import { cert, moveIn, newcomer, tenkyoF5 } from "../test-utils/example-kit.js"
import {
  atena,
  family,
  foreigner,
  FORMER,
  household,
  japanese,
  M,
  movedOut,
  registryJson
} from "../test-utils/fixtures.js"
import * as Registry from "./public.js"

/** A registry from JSON plus some accepted events, so it has history, a 除票, a 仮登録 and a 転出証明書情報. */
const registryOf = (
  extra: ReadonlyArray<number>,
  events: { move: boolean; out: boolean; pending: boolean; cert: boolean }
) => {
  const json = registryJson([
    ...family(),
    ...extra.map((n, i) =>
      i % 2 === 0 ? japanese(20 + n, { householdNumber: household(20 + n) }) : movedOut(foreigner(40 + n))
    )
  ])
  const loaded = Registry.fromJSON(JSON.parse(JSON.stringify(json)))
  if (Result.isFailure(loaded)) throw new Error(loaded.failure.map(String).join("; "))
  let reg = loaded.success
  const run = (e: Event.Event): void => {
    const r = apply(reg, e)
    if (Result.isFailure(r)) throw new Error(r.failure.violations.map(String).join("; "))
    reg = r.success.registry
  }
  if (events.move) run(tenkyoF5())
  if (events.out) run(Event.moveOut({ atenaNumbers: [atena(3)], destination: FORMER, ...M, changeDate: "2024-04-05" }))
  if (events.pending) run({ ...moveIn({ records: [newcomer(9)], ...M }), provisional: true })
  if (events.cert) run(Event.receiveCertificate({ certificate: cert(11, "2024-04-10"), ...M }))
  return reg
}

const snapshot = (reg: Registry.Registry): string => JSON.stringify(Registry.toJSON(reg))

/** Every value a caller can get out of a registry. */
const outputs = (reg: Registry.Registry): Array<unknown> => [
  Registry.records(reg),
  Registry.getRecord(reg, atena(1)),
  Registry.getRecord(reg, atena(5)),
  Registry.getHistory(reg, atena(5)),
  Registry.getHistory(reg, atena(3)),
  Registry.householdMembers(reg, household(1)),
  Registry.headOf(reg, household(1)),
  Registry.households(reg),
  Registry.pending(reg),
  Registry.certificates(reg),
  Registry.toJSON(reg)
]

/** Follows `choices` into `root` and tries to change what it reaches (set, delete, push); never throws. */
const mutate = (root: unknown, choices: ReadonlyArray<number>, how: number): boolean => {
  let o: unknown = root
  for (const c of choices) {
    if (typeof o !== "object" || o === null) break
    const keys = Object.keys(o)
    if (keys.length === 0) break
    const next = (o as Record<string, unknown>)[keys[c % keys.length] as string]
    if (typeof next !== "object" || next === null) break
    o = next
  }
  if (typeof o !== "object" || o === null) return false
  const keys = Object.keys(o)
  const k = keys[how % Math.max(1, keys.length)] ?? "x"
  try {
    if (how % 3 === 0) (o as Record<string, unknown>)[k] = "改ざん"
    else if (how % 3 === 1) delete (o as Record<string, unknown>)[k]
    else if (Array.isArray(o)) o.push("改ざん")
    else (o as Record<string, unknown>)["extra"] = { x: 1 }
    return true
  } catch {
    return false // frozen: strict-mode assignment throws
  }
}

const arbRegistry = fc
  .record({
    extra: fc.array(fc.nat(9), { maxLength: 6 }).map((xs) => [...new Set(xs)]),
    move: fc.boolean(),
    out: fc.boolean(),
    pending: fc.boolean(),
    cert: fc.boolean()
  })
  .map(({ extra, ...events }) => registryOf(extra, events))

const arbMutation = fc.tuple(fc.nat(10), fc.array(fc.nat(40), { minLength: 0, maxLength: 6 }), fc.nat(40))

describe("the registry is an immutable value", () => {
  it("mutating anything an accessor or toJSON returns never changes the registry (300 random registries × 20 mutations)", () => {
    let attempts = 0
    let runs = 0
    fc.assert(
      fc.property(arbRegistry, fc.array(arbMutation, { minLength: 20, maxLength: 20 }), (reg, muts) => {
        runs++
        const before = snapshot(reg)
        for (const [which, path, how] of muts) {
          mutate(outputs(reg)[which], path, how)
          attempts++
        }
        expect(snapshot(reg)).toBe(before)
      }),
      { numRuns: 300 }
    )
    // Every run tried its 20 mutations (runs is 300, or fewer under JUKI_NUMRUNS in mutation runs).
    expect(runs).toBeGreaterThan(0)
    expect(attempts).toBe(runs * 20)
  })

  it("records, history rows, 仮登録 and 転出証明書情報 handed out are frozen all the way down", () => {
    const reg = registryOf([1, 2, 3], { move: true, out: true, pending: true, cert: true })
    const deepFrozen = (v: unknown, depth = 0): boolean =>
      typeof v !== "object" ||
      v === null ||
      (Object.isFrozen(v) && Object.values(v).every((x) => deepFrozen(x, depth + 1)))
    for (const r of Registry.records(reg)) expect(deepFrozen(r)).toBe(true)
    for (const r of Registry.getHistory(reg, atena(5))) expect(deepFrozen(r)).toBe(true)
    expect(Registry.pending(reg).every((p) => deepFrozen(p))).toBe(true)
    expect(Registry.certificates(reg).every((c) => deepFrozen(c))).toBe(true)
    const json = Registry.toJSON(reg)
    expect(json.records.every((r) => deepFrozen(r))).toBe(true)
    // The containers are fresh copies: changing them changes nothing.
    ;(json.records as Array<unknown>).length = 0
    expect(Registry.records(reg).length).toBeGreaterThan(0)
  })

  it("mutating the JSON a registry was loaded from, or the event that changed it, changes no registry", () => {
    fc.assert(
      fc.property(fc.array(arbMutation, { minLength: 10, maxLength: 10 }), (muts) => {
        const json = JSON.parse(JSON.stringify(registryJson(family())))
        const loaded = Registry.fromJSON(json)
        if (Result.isFailure(loaded)) throw new Error("fixture")
        const e = moveIn({ records: [newcomer(9)], ...M })
        const r = apply(loaded.success, e)
        if (Result.isFailure(r)) throw new Error("fixture")
        const a = snapshot(loaded.success)
        const b = snapshot(r.success.registry)
        for (const [, path, how] of muts) {
          mutate(json, path, how)
          mutate(e, path, how)
        }
        expect(snapshot(loaded.success)).toBe(a)
        expect(snapshot(r.success.registry)).toBe(b)
      }),
      { numRuns: 200 }
    )
  })
})
