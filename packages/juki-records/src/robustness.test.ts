// Every public predicate and decoder of @juki/records returns (never throws) on hostile input.
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Event, Jiyu, Registry, Relationship } from "./index.js"

const hostile: ReadonlyArray<unknown> = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  Infinity,
  10n,
  true,
  "",
  "😴".repeat(2000),
  "x".repeat(10_000),
  Symbol("s"),
  [],
  [1, 2],
  {},
  Object.create(null),
  () => 1,
  new Date(0),
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("boom")
      },
      has: () => {
        throw new Error("boom")
      },
      ownKeys: () => {
        throw new Error("boom")
      }
    }
  ),
  Object.defineProperty({}, "entries", {
    get: () => {
      throw new Error("boom")
    },
    enumerable: true
  }),
  { type: "create", jiyu: "転居取消" },
  { _tag: "Registry" }
]

describe("robustness: never throws, whatever the input", () => {
  it("predicates answer a boolean", () => {
    for (const u of hostile) {
      expect(typeof Jiyu.isValid(u)).toBe("boolean")
      expect(typeof Jiyu.isJiyu(u)).toBe("boolean")
      expect(typeof Relationship.isValid(u)).toBe("boolean")
      expect(typeof Relationship.isHead(u)).toBe("boolean")
      expect(typeof Registry.isRegistry(u)).toBe("boolean")
    }
  })
  it("decoders return a Result", () => {
    for (const u of hostile) {
      expect(Result.isResult(Event.decode(u))).toBe(true)
      expect(Result.isResult(Registry.fromJSON(u))).toBe(true)
      expect(Result.isResult(Jiyu.validateMapping(u))).toBe(true)
      expect(Result.isResult(Jiyu.fromName(u))).toBe(true)
    }
  })
  it("random JSON-like values (property)", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (u) => {
        expect(typeof Jiyu.isValid(u)).toBe("boolean")
        expect(Result.isResult(Event.decode(u))).toBe(true)
        expect(Result.isResult(Registry.fromJSON(u))).toBe(true)
      })
    )
  })
})
