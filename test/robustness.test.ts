// python-stdnum's robustness contract, for every juki package: every public predicate (`isValid` and every
// function named `is…`) returns a boolean for any input and never throws. The list of predicates is
// collected from the packages' exports, so a new module is covered without editing this file.
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Conformance from "@juki/conformance"
import * as Core from "@juki/core"
import * as Formats from "@juki/formats"
import * as MyNumberPkg from "@juki/mynumber"
import * as Records from "@juki/records"
import * as Retention from "@juki/retention"

const JUNK: ReadonlyArray<unknown> = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  123456789018,
  12345678901234567890n,
  true,
  false,
  "",
  " ",
  "　",
  "*&^%$",
  "€",
  "😴",
  "3²",
  "ⅷ",
  "⑱",
  "᭓",
  "１２３４５６７８９０１８",
  "1234 5678 9018",
  "e\u0301\u0301\u0301",
  "ｶﾞ\u3099\u309A",
  "葛\u{E0100}",
  "\u{20BB7}",
  "\uD800",
  "\u0000",
  "令和元年5月1日",
  "9".repeat(10_000),
  "あ".repeat(10_000),
  [],
  ["123456789018"],
  {},
  { toString: () => "123456789018" },
  {
    valueOf: () => {
      throw new Error("boom")
    }
  },
  Object.create(null),
  Symbol("x"),
  () => "123456789018",
  new Date(Number.NaN),
  new Map(),
  new Uint8Array([0x82, 0xa0])
]

type Fn = (...args: ReadonlyArray<unknown>) => unknown
const predicates: Array<[string, Fn]> = []
const collect = (prefix: string, ns: Record<string, unknown>, depth = 0) => {
  for (const [key, value] of Object.entries(ns)) {
    if (typeof value === "function" && /^is[A-Z]/.test(key) && !/^[A-Z]/.test(key)) {
      predicates.push([`${prefix}.${key}`, value as Fn])
    } else if (value && typeof value === "object" && depth < 1 && /^[A-Z]/.test(key) && !Array.isArray(value)) {
      collect(`${prefix}.${key}`, value as Record<string, unknown>, depth + 1)
    }
  }
}
collect("@juki/core", Core as unknown as Record<string, unknown>)
collect("@juki/mynumber", MyNumberPkg as unknown as Record<string, unknown>)
collect("@juki/records", Records as unknown as Record<string, unknown>)
collect("@juki/retention", Retention as unknown as Record<string, unknown>)
collect("@juki/formats", Formats as unknown as Record<string, unknown>)
collect("@juki/conformance", Conformance as unknown as Record<string, unknown>)

describe("robustness: every public predicate returns a boolean and never throws", () => {
  it("finds the predicates of every package (the collection itself can fail)", () => {
    const names = predicates.map(([n]) => n)
    expect(names).toContain("@juki/mynumber.MyNumber.isValid")
    expect(names).toContain("@juki/core.LocalGovernmentCode.isValid")
    expect(names.length).toBeGreaterThan(15)
  })
  for (const [name, fn] of predicates) {
    it(`${name} on junk`, () => {
      for (const junk of JUNK) {
        let out: unknown
        expect(
          () => {
            out = fn(junk)
          },
          `${name}(${typeof junk})`
        ).not.toThrow()
        expect(typeof out, `${name}(${String(typeof junk)})`).toBe("boolean")
        expect(() => fn(junk, junk, junk)).not.toThrow()
      }
    })
    it(`${name} on arbitrary values`, () => {
      fc.assert(
        fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (u) => {
          expect(typeof fn(u)).toBe("boolean")
        }),
        { numRuns: 60 }
      )
    })
  }
})

// Functions that return problems as data (never throw) although they are not predicates.
const neverThrow: Array<[string, (u: unknown) => unknown]> = [
  ["Formats.checkLayout", (u) => Formats.checkLayout(u as never)],
  ["Formats.validateLayout", (u) => Formats.validateLayout(u as never)],
  ["Formats.parseLayout", (u) => Formats.parseLayout(u as never)],
  ["Core.Wareki.parse", (u) => Core.Wareki.parse(u as never)],
  ["Core.RegistryDate.parse", (u) => Core.RegistryDate.parse(u as never)],
  ["MyNumber.validate", (u) => MyNumberPkg.MyNumber.validate(u)],
  ["Records.Event.decode", (u) => Records.Event.decode(u as never)],
  ["Retention.evaluate", (u) => Retention.evaluate(u as never, "2026-11-28")]
]

/** "accepted", "rejected" (problems as JukiError data: a failed Result, or a non-empty problem list) or "other". */
const verdict = (out: unknown): "accepted" | "rejected" | "other" => {
  const problems = (u: unknown) =>
    Core.isJukiError(u) || (Array.isArray(u) && u.length > 0 && u.every(Core.isJukiError))
  if (Array.isArray(out)) return out.length === 0 ? "accepted" : problems(out) ? "rejected" : "other"
  if (!Result.isResult(out)) return "other"
  return Result.isSuccess(out) ? "accepted" : problems(out.failure) ? "rejected" : "other"
}

describe("robustness: decoders and validators return problems as data, never throw", () => {
  it("the verdict helper can fail (a thrown-away value or a bare string is not problem data)", () => {
    expect([verdict(undefined), verdict("bad"), verdict(Result.fail("bad")), verdict(["bad"])]).toEqual([
      "other",
      "other",
      "other",
      "other"
    ])
  })
  for (const [name, fn] of neverThrow) {
    it(`${name} on junk and arbitrary values`, () => {
      let rejected = 0
      for (const junk of JUNK) {
        let out: unknown
        expect(() => {
          out = fn(junk)
        }, name).not.toThrow()
        const v = verdict(out)
        expect(v, `${name}(${typeof junk})`).not.toBe("other")
        if (v === "rejected") rejected++
      }
      // Junk is junk: at most a few entries (a well-formed My Number or 和暦 among them) are accepted.
      expect(rejected, name).toBeGreaterThanOrEqual(JUNK.length - 3)
      fc.assert(
        fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (u) => {
          expect(verdict(fn(u))).not.toBe("other")
        }),
        { numRuns: 60 }
      )
    })
  }
})
