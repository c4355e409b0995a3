import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { PMap } from "./pmap.js"

type Op = { readonly op: "set"; readonly k: string; readonly v: number } | { readonly op: "del"; readonly k: string }

// Few distinct keys, so sets overwrite and deletes hit; a second alphabet forces deep tries.
const key = fc.oneof(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), fc.string({ maxLength: 6 }))
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), k: key, v: fc.integer() }),
  fc.record({ op: fc.constant("del" as const), k: key })
)

describe("PMap (internal persistent map)", () => {
  it("behaves like a Map for any sequence of set/delete (model check)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        let p = PMap.empty<number>()
        const m = new Map<string, number>()
        for (const o of ops) {
          if (o.op === "set") {
            p = p.set(o.k, o.v)
            m.set(o.k, o.v)
          } else {
            p = p.delete(o.k)
            m.delete(o.k)
          }
          expect(p.size).toBe(m.size)
        }
        for (const [k, v] of m) expect(p.get(k)).toBe(v)
        for (const o of ops) expect([o.k, p.has(o.k)]).toEqual([o.k, m.has(o.k)])
        expect(new Map(p.entries())).toEqual(m)
        expect(new Set(p.keys())).toEqual(new Set(m.keys()))
        expect(new Set(p.values())).toEqual(new Set(m.values()))
        const seen = new Map<string, number>()
        p.forEach((v, k) => seen.set(k, v))
        expect(seen).toEqual(m)
      })
    )
  })

  it("old versions are unchanged by later updates (persistence)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 100 }), (ops) => {
        const versions: Array<[PMap<number>, Map<string, number>]> = []
        let p = PMap.empty<number>()
        const m = new Map<string, number>()
        for (const o of ops) {
          if (o.op === "set") {
            p = p.set(o.k, o.v)
            m.set(o.k, o.v)
          } else {
            p = p.delete(o.k)
            m.delete(o.k)
          }
          versions.push([p, new Map(m)])
        }
        for (const [pv, mv] of versions) expect(new Map(pv.entries())).toEqual(mv)
        // Random access order: forwards, backwards and interleaved versions all read their own contents.
        for (let i = versions.length - 1; i >= 0; i -= 3) {
          const [pv, mv] = versions[i] as [PMap<number>, Map<string, number>]
          expect(pv.size).toBe(mv.size)
          for (const [k, v] of mv) expect(pv.get(k)).toBe(v)
        }
      })
    )
  })

  it("keeps many keys distinct and retrievable", () => {
    let p = PMap.empty<number>()
    const keys: Array<string> = []
    for (let i = 0; i < 20000; i++) keys.push(`k${i}`)
    keys.forEach((k, i) => (p = p.set(k, i)))
    expect(p.size).toBe(20000)
    keys.forEach((k, i) => expect(p.get(k)).toBe(i))
    for (let i = 0; i < 20000; i += 2) p = p.delete(keys[i] as string)
    expect(p.size).toBe(10000)
    keys.forEach((k, i) => expect(p.get(k)).toBe(i % 2 === 0 ? undefined : i))
  })

  it("updating an old version forks without disturbing the newer one", () => {
    const v1 = PMap.empty<number>().set("a", 1)
    const v2 = v1.set("b", 2)
    const v3 = v1.set("c", 3) // fork from v1
    expect(v2.entries().sort()).toEqual([
      ["a", 1],
      ["b", 2]
    ])
    expect(v3.entries().sort()).toEqual([
      ["a", 1],
      ["c", 3]
    ])
    expect(v1.entries()).toEqual([["a", 1]])
    expect(v2.delete("a").entries()).toEqual([["b", 2]])
    expect(v2.get("a")).toBe(1)
  })

  it("setting the same value returns the same map", () => {
    const p = PMap.empty<number>().set("x", 1)
    expect(p.set("x", 1)).toBe(p)
    expect(p.delete("y")).toBe(p)
  })

  it("fromEntries holds the entries given (a later entry of the same key wins) and is a root version", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer())), (entries) => {
        const p = PMap.fromEntries(entries)
        const m = new Map(entries)
        expect(p.size).toBe(m.size)
        expect(new Map(p.entries())).toEqual(m)
        for (const [k] of entries) expect(p.get(k)).toBe(m.get(k))
        // Updating it leaves it as it was.
        const q = p.set("new-key", 1)
        expect([p.has("new-key") && !m.has("new-key"), q.size]).toEqual([false, m.has("new-key") ? m.size : m.size + 1])
      })
    )
    expect(PMap.fromEntries([]).size).toBe(0)
  })
})
