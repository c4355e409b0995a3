import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Text from "../index.js"
import { jisX0208Characters } from "../shift-jis.js"

const JIS = jisX0208Characters()
// Characters outside JIS X 0208 (IBM extensions, compatibility ideographs, non-BMP, user-defined area).
const OUTSIDE = [
  "\u9AD9",
  "\uFA11",
  "\u{20BB7}",
  "\u9127",
  "\uE000",
  "\uFA10",
  "\u2460",
  "\u{2123D}",
  "\u663B",
  "\u6852"
]
const VS = ["\u{E0100}", "\u{E0101}", "\uFE00"]

/** Independent oracle of the target set: decode the Shift_JIS bytes of every JIS X 0208 cell (from the table) plus ASCII and half-width katakana. */
const TARGET = new Set<string>([...JIS, ...Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i))])
for (let cp = 0xff61; cp <= 0xff9f; cp++) TARGET.add(String.fromCharCode(cp))

const ch = fc.oneof(
  fc.constantFrom(...JIS.slice(0, 600), ...JIS.slice(3000, 3400)),
  fc.constantFrom(...OUTSIDE),
  fc.tuple(fc.constantFrom(...JIS.slice(1000, 1200), ...OUTSIDE), fc.constantFrom(...VS)).map(([a, b]) => a + b)
)
const text = fc.array(ch, { maxLength: 16 }).map((a) => a.join(""))
const mapArb = fc
  .subarray(OUTSIDE)
  .chain((keys) =>
    fc.tuple(
      fc.constant(keys),
      fc.array(fc.constantFrom(...JIS.slice(1500, 2500)), { minLength: keys.length, maxLength: keys.length })
    )
  )
  .map(([keys, vals]) =>
    Result.getOrThrow(Text.makeDegenerateMap(Object.fromEntries(keys.map((k, i) => [k, vals[i]]))))
  )

/** Applies reported replacements to the original text, in order (an independent re-assembly). */
const replay = (original: string, r: Text.Degenerated): string => {
  const edits = [
    ...r.substitutions.map((s) => ({ index: s.index, length: s.length, to: s.to })),
    ...r.unmapped
      .filter((u) => u.replacedWith !== undefined)
      .map((u) => ({ index: u.index, length: u.length, to: u.replacedWith as string }))
  ].sort((a, b) => a.index - b.index)
  let out = ""
  let at = 0
  for (const e of edits) {
    out += original.slice(at, e.index) + e.to
    at = e.index + e.length
  }
  return out + original.slice(at)
}

describe("Text.degenerate (縮退)", () => {
  it("the sample map is labelled as a sample, maps only characters outside JIS X 0208, to characters in it", () => {
    const m = Text.SAMPLE_DEGENERATE_MAP
    expect(m.sample).toBe(true)
    expect(m.label).toMatch(/NOT the official MJ縮退マップ/)
    const entries = Object.entries(m.entries)
    expect(entries.length).toBeGreaterThanOrEqual(20)
    for (const [from, to] of entries) {
      expect(TARGET.has(from), from).toBe(false)
      expect(
        [...to].every((c) => TARGET.has(c)),
        to
      ).toBe(true)
    }
  })

  it("髙橋𠮷男 → 高橋吉男 with both substitutions and their positions", () => {
    const r = Text.degenerate("髙橋𠮷男", Text.SAMPLE_DEGENERATE_MAP)
    expect(r.text).toBe("高橋吉男")
    expect(r.substitutions.map((s) => [s.index, s.resultIndex, s.from, s.to, s.via])).toEqual([
      [0, 0, "髙", "高", "map"],
      [2, 2, "𠮷", "吉", "map"]
    ])
    expect(r.unmapped).toEqual([])
    expect(r.complete).toBe(true)
  })

  it("a character without mapping is reported, never replaced silently (kept, or the placeholder written and reported)", () => {
    const kept = Text.degenerate("鄧小", Text.SAMPLE_DEGENERATE_MAP)
    expect(kept.text).toBe("鄧小")
    expect(kept.unmapped).toEqual([
      { index: 0, length: 1, resultIndex: 0, codePoint: "U+9127", codePoints: ["U+9127"] }
    ])
    expect(kept.complete).toBe(false)
    const ph = Text.degenerate("鄧小", Text.SAMPLE_DEGENERATE_MAP, { placeholder: "〓" })
    expect(ph.text).toBe("〓小")
    expect(ph.unmapped[0]?.replacedWith).toBe("〓")
    expect(ph.complete).toBe(true)
    // A placeholder outside the set is ignored (the character is kept and reported).
    expect(Text.degenerate("鄧", Text.SAMPLE_DEGENERATE_MAP, { placeholder: "髙" }).text).toBe("鄧")
  })

  it("variation sequences: the selector is dropped after a JIS base; the base's entry is used otherwise", () => {
    const r = Text.degenerate("葛\u{E0100}飾髙\u{E0101}", Text.SAMPLE_DEGENERATE_MAP)
    expect(r.text).toBe("葛飾高")
    expect(r.substitutions.map((s) => [s.index, s.length, s.via])).toEqual([
      [0, 3, "variation-selector"],
      [4, 3, "base"]
    ])
    const keep = Text.degenerate("葛\u{E0100}", Text.SAMPLE_DEGENERATE_MAP, { dropVariationSelectors: false })
    expect(keep.unmapped.map((u) => u.codePoints)).toEqual([["U+845B", "U+E0100"]])
  })

  it("never throws on malformed input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (t, m, o) => {
        const r = Text.degenerate(t as string, m as Text.DegenerateMap, o as Text.DegenerateOptions)
        expect(typeof r.text).toBe("string")
      }),
      { numRuns: 300 }
    )
  })

  it("round trip: the reported substitutions applied to the original give the result, and a complete result is all in the target set", () => {
    fc.assert(
      fc.property(text, mapArb, fc.boolean(), (t, m, usePlaceholder) => {
        const r = Text.degenerate(t, m, usePlaceholder ? { placeholder: "〓" } : {})
        expect(replay(t, r)).toBe(r.text)
        // Every character outside the set is accounted for exactly once.
        const outside = Text.findUnrepresentable(t)
        expect(r.substitutions.length + r.unmapped.length).toBe(outside.length)
        expect(r.complete).toBe(usePlaceholder || r.unmapped.length === 0)
        if (r.complete) for (const c of r.text) expect(TARGET.has(c), c).toBe(true)
        // Positions in the result point at the replacement.
        for (const s of r.substitutions) expect(r.text.slice(s.resultIndex, s.resultIndex + s.to.length)).toBe(s.to)
        // Characters in the set are never touched.
        for (const s of r.substitutions) expect(TARGET.has(s.from)).toBe(false)
      }),
      { numRuns: 500 }
    )
  })
})

describe("Text.parseDegenerateMap (a map file is data)", () => {
  it("reads tab and comma lines, U+XXXX code points, comments and a BOM", () => {
    const r = Text.parseDegenerateMap("\uFEFF# 市の縮退表\nU+9AD9\t高\n\n﨑,崎\nU+845B U+E0100\t葛\n", {
      label: "市の縮退表"
    })
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isFailure(r)) return
    expect(r.success.label).toBe("市の縮退表")
    expect(r.success.sample).toBe(false)
    expect({ ...r.success.entries }).toEqual({ 髙: "高", 﨑: "崎", "葛\u{E0100}": "葛" })
  })

  it("reports every problem with its line number, never the first only", () => {
    const r = Text.parseDegenerateMap("髙\t高\tx\n髙髙\t高\n﨑\t𠮷\n𠮷\t吉\n𠮷\t土\nU+D800\tA\n")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    expect(r.failure.map((e) => [e.code, e.position?.line])).toEqual([
      ["text.degenerate.map-line", 1],
      ["text.degenerate.map-line", 2],
      ["text.degenerate.map-target", 3],
      ["text.degenerate.map-duplicate", 5],
      ["text.degenerate.map-line", 6]
    ])
    // Messages name code points and lines, never the text around them.
    expect(r.failure[2]?.messageIn("en")).toContain("U+20BB7")
  })

  it("never throws, on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        Text.parseDegenerateMap(u as string)
        Text.makeDegenerateMap(u)
      }),
      { numRuns: 300 }
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        Text.parseDegenerateMap(s)
      }),
      { numRuns: 300 }
    )
  })

  it("an identical duplicate is accepted; __proto__ is an ordinary key", () => {
    expect(Result.isSuccess(Text.parseDegenerateMap("髙\t高\n髙\t高\n"))).toBe(true)
    const r = Text.makeDegenerateMap(JSON.parse('{"__proto__":"x"}'))
    expect(Result.isFailure(r)).toBe(true)
  })
})
