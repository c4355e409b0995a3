import fc from "fast-check"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import * as P from "./index.js"
import * as Arb from "./arbitraries.js"

// Independent reference written as an explicit character scan (no regular expressions, no NFKC):
// fold full-width digits and the listed hyphens by table, skip 〒 and outer spaces, accept
// DDD[sep]DDDD with at most one separator (one hyphen, or spaces, or spaces around one hyphen).
const FULL = "０１２３４５６７８９"
const HYPHENS = new Set(["-", "－", "‐", "‑", "‒", "–", "—", "―", "−", "ー", "ｰ"])
const referenceCompact = (input: string): string | undefined => {
  let chars = Array.from(input).map((c) =>
    FULL.includes(c) ? String(FULL.indexOf(c)) : HYPHENS.has(c) ? "-" : c === "　" ? " " : c
  )
  chars = chars.filter((c) => c !== "〒")
  while (chars[0] === " ") chars.shift()
  while (chars.at(-1) === " ") chars.pop()
  const isD = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9"
  const head = chars.slice(0, 3)
  const tail = chars.slice(-4)
  if (chars.length < 7 || !head.every(isD) || !tail.every(isD)) return undefined
  const middle = chars.slice(3, chars.length - 4).filter((c) => c !== " ")
  if (middle.length > 1 || (middle.length === 1 && middle[0] !== "-")) return undefined
  return head.join("") + tail.join("")
}

describe("PostalCode (郵便番号, 7 digits since 1998-02-02)", () => {
  it("identifiers.md §7 valid forms are accepted and compact to 7 digits", () => {
    const cases: Record<string, string> = {
      "1000001": "1000001",
      "100-0001": "1000001",
      "0600000": "0600000",
      "060-0000": "0600000",
      "4980000": "4980000",
      "498-0000": "4980000",
      "〒100-0001": "1000001",
      "１００－０００１": "1000001",
      "１００−０００１": "1000001",
      "100 0001": "1000001",
      "100－0001": "1000001",
      "〒 060 - 0000 ": "0600000"
    }
    for (const [input, canonical] of Object.entries(cases)) {
      const r = P.validate(input)
      expect(Result.isSuccess(r) && r.success, input).toBe(canonical)
    }
  })

  it("identifiers.md §7 invalid forms are rejected with the right rule", () => {
    const code = (s: string) => {
      const r = P.validate(s)
      return Result.isFailure(r) ? r.failure.code : "ok"
    }
    expect(code("100001")).toBe("core.postal-code.length")
    expect(code("10000011")).toBe("core.postal-code.length")
    expect(code("")).toBe("core.postal-code.length")
    expect(code("1000-001")).toBe("core.postal-code.format")
    expect(code("60-0000")).toBe("core.postal-code.format")
    expect(code("ABC-DEFG")).toBe("core.postal-code.format")
    expect(code("100-00-01")).toBe("core.postal-code.format")
  })

  it("agrees with the independent character-scan reference on digits, hyphens, spaces and 〒", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("0", "1", "9", "０", "-", "－", "ー", " ", "　", "〒", "A"), maxLength: 12 }),
        (s) => {
          const ref = referenceCompact(s)
          const r = P.validate(s)
          expect(Result.isSuccess(r) ? r.success : undefined).toBe(ref)
        }
      ),
      { numRuns: 3000 }
    )
  })

  it("accepts valid and typed arbitraries, rejects invalid ones", () => {
    fc.assert(
      fc.property(Arb.valid, Arb.typed, (v, t) => {
        expect(P.isValid(v)).toBe(true)
        expect(P.compact(t)).toBe(referenceCompact(t))
        expect(P.isValid(t)).toBe(true)
      })
    )
    fc.assert(
      fc.property(Arb.invalid, (s) => {
        expect(P.isValid(s)).toBe(false)
        expect(referenceCompact(s)).toBeUndefined()
      })
    )
  })

  it("format gives NNN-NNNN and round-trips through validate; the Schema takes only 7 digits", () => {
    fc.assert(
      fc.property(Arb.valid, (v) => {
        const shown = P.format(v)
        expect(shown).toBe(`${v.slice(0, 3)}-${v.slice(3)}`)
        const r = P.validate(shown)
        expect(Result.isSuccess(r) && r.success).toBe(v)
      })
    )
    expect(P.format("〒0600000")).toBe("060-0000")
    expect(P.format("1000-001")).toBe("1000-001")
    const decode = S.decodeUnknownOption(P.Schema)
    expect(decode("1000001")._tag).toBe("Some")
    expect(decode("100-0001")._tag).toBe("None")
  })

  it("has no check digit, never throws, and masks every digit", () => {
    expect("checkDigit" in P).toBe(false)
    fc.assert(fc.property(fc.anything(), (u) => typeof P.isValid(u) === "boolean"))
    for (const u of [undefined, null, 1000001, {}, Symbol("p"), "🙂", "1".repeat(10_000)])
      expect(P.isValid(u)).toBe(false)
    expect(P.mask("1000001")).toBe("*******")
  })
})

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).

describe("PostalCode errors carry the masked value and the length (identifiers.md §7)", () => {
  const failure = (s: string) => {
    const r = P.validate(s)
    if (!Result.isFailure(r)) throw new Error(`expected a failure for ${s.length} characters`)
    return r.failure
  }
  it("Length carries the length got and the masked value; Format the masked value", () => {
    const l = failure("10000011")
    expect([l.code, l.preview, l.params]).toEqual(["core.postal-code.length", "****0011", { length: 8 }])
    const f = failure("ABC-DEFG")
    expect([f.code, f.preview]).toEqual(["core.postal-code.format", "****DEFG"])
  })
  it("compact of a non-string is the empty string (its own normalisation is never handed one)", () => {
    for (const u of [null, undefined, 1000001, ["100-0001"]]) expect(P.compact(u)).toBe("")
  })
})
