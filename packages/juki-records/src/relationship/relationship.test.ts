import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { invalid, valid } from "./arbitraries.js"
import { classify, isHead, isValid, normalise } from "./index.js"

// An independent second implementation of 標準仕様書 1.1.11, written from the text with a regular expression.
const BASE = "(?:夫（未届）|妻（未届）|子（子の夫）|子（子の妻）|夫|妻|子|父|母|兄|姉|弟|妹)"
const UP_TO_4 = new RegExp(`^${BASE}(?:の${BASE}){0,3}$`)
const ANY_CHAIN = new RegExp(`^${BASE}(?:の${BASE})*$`)
const FORBIDDEN = /祖父|祖母|おじ|おば|伯父|叔父|伯母|叔母|甥|姪|孫|家事使用人|準世帯主/
const oracle = (s: string): "ok" | "forbidden" | "chain-length" | "unknown" => {
  const t = s.normalize("NFKC").replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）")
  if (t === "世帯主" || t === "縁故者" || t === "同居人") return "ok"
  if (FORBIDDEN.test(t)) return "forbidden"
  if (UP_TO_4.test(t)) return "ok"
  return ANY_CHAIN.test(t) ? "chain-length" : "unknown"
}

const outcome = (s: string) => {
  const c = classify(s)
  return c.ok ? "ok" : c.problem
}

describe("Relationship.classify (標準仕様書1.1.11)", () => {
  it("標準仕様書1.1.11: agrees with an independent regular-expression implementation", () => {
    fc.assert(
      fc.property(fc.oneof(valid, invalid, fc.string({ maxLength: 12 })), (s) => {
        expect(outcome(s)).toBe(oracle(s))
      })
    )
  })
  it("標準仕様書1.1.11: every generated valid 続柄 is accepted, every invalid one rejected", () => {
    fc.assert(
      fc.property(valid, (s) => {
        expect(isValid(s)).toBe(true)
      })
    )
    fc.assert(
      fc.property(invalid, (s) => {
        expect(isValid(s)).toBe(false)
      })
    )
  })
  it("標準仕様書1.1.11: 子の子の子の子 has 4 links; 5 links must be 縁故者", () => {
    expect(classify("子の子の子の子")).toEqual({ ok: true, kind: "chain", links: 4 })
    expect(classify("子の子の子の子の子")).toEqual({ ok: false, problem: "chain-length", links: 5 })
    expect(classify("縁故者")).toEqual({ ok: true, kind: "other", links: 0 })
    expect(classify("同居人")).toEqual({ ok: true, kind: "other", links: 0 })
    expect(classify("世帯主")).toEqual({ ok: true, kind: "head", links: 0 })
    expect(classify("世帯主　")).toEqual({ ok: true, kind: "head", links: 0 })
  })
  it("標準仕様書1.1.11: の inside 子（子の夫） is not a link; half-width parentheses read the same", () => {
    expect(classify("子（子の夫）")).toEqual({ ok: true, kind: "base", links: 1 })
    expect(classify("父の子(子の妻)")).toEqual({ ok: true, kind: "chain", links: 2 })
    expect(normalise("夫 (未届)")).toBe("夫（未届）")
  })
  it("標準仕様書1.1.11: 孫, おじ and 叔母 are forbidden even inside a chain", () => {
    for (const s of ["孫", "父のおじ", "叔母"]) expect(classify(s)).toEqual({ ok: false, problem: "forbidden" })
  })
  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(typeof isValid(u)).toBe("boolean")
      })
    )
    for (const u of [undefined, null, 0, {}, [], Symbol("x"), "😴".repeat(5000)]) expect(isValid(u)).toBe(false)
    expect(isHead("世帯主")).toBe(true)
    expect(isHead("子")).toBe(false)
  })
})

describe("Relationship input limits and 世帯主", () => {
  it("標準仕様書1.1.11: white space is ignored up to the 200-character input cap; a longer input is unknown", () => {
    expect(classify(`子${" ".repeat(199)}`)).toEqual({ ok: true, kind: "base", links: 1 })
    expect(classify(`子${" ".repeat(200)}`)).toEqual({ ok: false, problem: "unknown" })
    expect(classify("")).toEqual({ ok: false, problem: "unknown" })
    // Asked twice (the second answer comes from the cache) the answer is the same.
    expect(classify("妻の父")).toEqual({ ok: true, kind: "chain", links: 2 })
    expect(classify("妻の父")).toEqual({ ok: true, kind: "chain", links: 2 })
  })

  it("標準仕様書1.1.11: the parentheses of 夫（未届） close before a link; a stray closing one does not open a level", () => {
    expect(classify("子（子の夫）の父")).toEqual({ ok: true, kind: "chain", links: 2 })
    expect(classify("妻（未届）の子の子")).toEqual({ ok: true, kind: "chain", links: 3 })
    expect(outcome("）の子")).toBe("unknown")
    expect(outcome("子）の父")).toBe("unknown")
  })

  it("標準仕様書1.1.11: 世帯主 written with spaces or in half-width form is still the 世帯主; nothing else is", () => {
    for (const s of ["世帯主", "世帯主　", " 世帯主", "世 帯 主"]) expect(isHead(s), s).toBe(true)
    for (const s of ["世帯主の子", "準世帯主", "子", "", "世帯"]) expect(isHead(s), s).toBe(false)
    for (const u of [undefined, null, 1, ["世帯主"], { 世帯主: true }]) expect(isHead(u)).toBe(false)
  })

  it("標準仕様書1.1.11: 世帯主, 縁故者 and 同居人 with white space anywhere are the head and the other kinds", () => {
    const spaced = (term: string) =>
      fc
        .array(fc.constantFrom("", " ", "　", "  ", "\t", " 　", "\n"), {
          minLength: term.length + 1,
          maxLength: term.length + 1
        })
        .map((ws) => [...term].map((ch, i) => `${ws[i]}${ch}`).join("") + ws[term.length])
    fc.assert(
      fc.property(spaced("縁故者"), spaced("同居人"), spaced("世帯主"), (a, b, h) => {
        expect(classify(a)).toEqual({ ok: true, kind: "other", links: 0 })
        expect(classify(b)).toEqual({ ok: true, kind: "other", links: 0 })
        expect(classify(h)).toEqual({ ok: true, kind: "head", links: 0 })
      }),
      { numRuns: 200 }
    )
  })

  it("property: isHead agrees with classify (世帯主 with any white space, up to the input cap)", () => {
    const unit = fc.constantFrom("世", "帯", "主", " ", "　", "子", "の")
    expect(isHead(`世帯主${" ".repeat(20)}`)).toBe(true)
    expect(isHead(`世帯主${" ".repeat(198)}`)).toBe(false)
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (s) => {
        expect(isHead(s)).toBe(classify(s).ok && (classify(s) as { kind: string }).kind === "head")
      }),
      { numRuns: 500 }
    )
  })
})
