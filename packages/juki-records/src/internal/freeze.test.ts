// deepFreeze: what a registry accessor returns can be shared and never changes the registry, so every object
// reachable from a stored record is frozen; an object already frozen is taken as frozen all the way down.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { deepFreeze } from "./freeze.js"

/** Every object reachable from `u` (an independent walk, recursive). */
const objects = (u: unknown, out: Array<object> = []): Array<object> => {
  if (typeof u !== "object" || u === null || out.includes(u)) return out
  out.push(u)
  for (const v of Object.values(u)) objects(v, out)
  return out
}

describe("deepFreeze (internal)", () => {
  it("property: freezes every object and array reachable from the value and returns the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        // structuredClone keeps -0 (a JSON round trip would make it 0, and toEqual tells them apart).
        const copy = structuredClone(v) as unknown
        expect(deepFreeze(copy)).toBe(copy)
        for (const o of objects(copy)) expect(Object.isFrozen(o)).toBe(true)
        expect(copy).toEqual(v)
      })
    )
  })

  it("a record's nested items are frozen: writing to them throws in strict mode and changes nothing", () => {
    const r = { name: { kanji: "山田　太郎" }, history: [{ jiyu: "birth" }] }
    deepFreeze(r)
    expect(() => {
      ;(r.name as { kanji: string }).kanji = "x"
    }).toThrow(TypeError)
    expect(() => (r.history as Array<unknown>).push({})).toThrow(TypeError)
    expect(r).toEqual({ name: { kanji: "山田　太郎" }, history: [{ jiyu: "birth" }] })
  })

  it("primitives and null are returned as they are", () => {
    for (const v of [undefined, null, 0, "", "a", true, 1n]) expect(deepFreeze(v)).toBe(v)
  })

  it("an object already frozen is taken as frozen all the way down (its members are not visited again)", () => {
    const inner = { a: 1 }
    const outer = Object.freeze({ inner })
    expect(deepFreeze(outer)).toBe(outer)
    expect(Object.isFrozen(inner)).toBe(false)
    // A frozen member of an unfrozen object is not descended into either.
    const deep = { x: 1 }
    const mid = Object.freeze({ deep })
    const top = { mid, other: { y: 2 } }
    deepFreeze(top)
    expect([Object.isFrozen(top), Object.isFrozen(top.other), Object.isFrozen(deep)]).toEqual([true, true, false])
  })
})

describe("deepFreeze: only data is frozen", () => {
  it("a function, held or given, is not frozen (a registry holds JSON data only)", () => {
    const f = () => 1
    const holder = { f, data: { a: 1 } }
    deepFreeze(holder)
    expect([Object.isFrozen(holder), Object.isFrozen(holder.data), Object.isFrozen(f)]).toEqual([true, true, false])
    const g = () => 2
    expect(deepFreeze(g)).toBe(g)
    expect(Object.isFrozen(g)).toBe(false)
    expect(deepFreeze({ n: null }).n).toBeNull()
  })
})
