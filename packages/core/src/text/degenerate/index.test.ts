// Tests of degenerate/index.ts beyond degenerate.test.ts: what each map error carries (rule, params, position), the
// edges of a map file (BOM, blank and indented comment lines, U+XXXX bounds), options that are not objects, and how
// `degenerate` treats a malformed map and its placeholder. Characters and code points are JIS X 0208:1997 (髙 U+9AD9
// and 𠮷 U+20BB7 are outside it, 高 and 吉 inside) and CP932 (髙 is an IBM extension, so inside CP932).
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Text from "../index.js"

type Problem = { readonly code: string; readonly params: unknown; readonly position?: unknown }
const problems = (r: Result.Result<unknown, ReadonlyArray<Problem>>) =>
  Result.isFailure(r) ? r.failure.map((e) => ({ code: e.code, params: e.params, position: e.position })) : undefined
const line = (n: number, detail: string) => ({
  code: "text.degenerate.map-line",
  params: { line: n, detail },
  position: { line: n }
})

describe("parseDegenerateMap: each problem with its line", () => {
  it("columns, empty columns, invalid code points, several characters and targets outside the set", () => {
    const text = [
      "a,b,c", // 1
      ",高", // 2
      "U+D800,高", // 3: a surrogate is no character
      "髙,U+DFFF", // 4
      "U+110000,高", // 5: past U+10FFFF
      "ab,高", // 6
      "髙,髙", // 7: 髙 is not in JIS X 0208
      "𠮷,吉", // 8
      "𠮷,告" // 9: a second, different target
    ].join("\n")
    expect(problems(Text.parseDegenerateMap(text))).toEqual([
      line(1, "expected 2 columns, found 3"),
      line(2, "empty column or invalid code point"),
      line(3, "empty column or invalid code point"),
      line(4, "empty column or invalid code point"),
      line(5, "empty column or invalid code point"),
      line(6, "from must be one character"),
      {
        code: "text.degenerate.map-target",
        params: { line: 7, codePoints: "U+9AD9", charset: "jisx0208" },
        position: { line: 7 }
      },
      {
        code: "text.degenerate.map-duplicate",
        params: { line: 9, codePoints: "U+20BB7", first: 8 },
        position: { line: 9 }
      }
    ])
  })

  it("U+XXXX up to U+10FFFF and up to U+D7FF / from U+E000 are characters; a BOM counts only at the start", () => {
    const ok = Result.getOrThrow(Text.parseDegenerateMap("U+10FFFF,高\nU+D7FF,吉\nU+E000,崎"))
    expect(ok.entries).toEqual({ "\u{10FFFF}": "高", "\uD7FF": "吉", "\uE000": "崎" })
    expect(Result.getOrThrow(Text.parseDegenerateMap("\uFEFF髙,高")).entries).toEqual({ 髙: "高" })
    // A BOM inside a target is a character outside the set, not a mark to strip.
    expect(problems(Text.parseDegenerateMap("髙,高\uFEFF高"))).toEqual([
      {
        code: "text.degenerate.map-target",
        params: { line: 1, codePoints: "U+9AD8 U+FEFF U+9AD8", charset: "jisx0208" },
        position: { line: 1 }
      }
    ])
  })

  it("blank and indented comment lines are skipped; the default label says the map is the user's", () => {
    const m = Result.getOrThrow(Text.parseDegenerateMap("   \n  # comment, with a comma\n髙,高"))
    expect(m).toEqual({ label: "user-supplied 縮退 map", sample: false, charset: "jisx0208", entries: { 髙: "高" } })
    expect(Result.getOrThrow(Text.parseDegenerateMap("髙,高", { label: "city map" })).label).toBe("city map")
  })

  it("not text, or options that are not an object: line 0, or the defaults", () => {
    expect(problems(Text.parseDegenerateMap(5 as unknown as string))).toEqual([line(0, "not text")])
    const m = Result.getOrThrow(Text.parseDegenerateMap("髙,高", null as never))
    expect(m.label).toBe("user-supplied 縮退 map")
    expect(m.charset).toBe("jisx0208")
  })
})

describe("makeDegenerateMap: entries as an object", () => {
  it("lines are numbered from 1 in entry order; empty or non-text sides are one problem each", () => {
    expect(problems(Text.makeDegenerateMap({ 髙: "高", 德: "髙", "": "高", 濵: "", 瀨: 5 }))).toEqual([
      {
        code: "text.degenerate.map-target",
        params: { line: 2, codePoints: "U+9AD9", charset: "jisx0208" },
        position: { line: 2 }
      },
      line(3, "from and to must be non-empty text"),
      line(4, "from and to must be non-empty text"),
      line(5, "from and to must be non-empty text")
    ])
  })

  it("not an object (an array, null) is line 0; options that are not an object give the defaults; cp932 takes 髙", () => {
    expect(problems(Text.makeDegenerateMap([]))).toEqual([line(0, "not an object")])
    expect(problems(Text.makeDegenerateMap(null))).toEqual([line(0, "not an object")])
    expect(Result.getOrThrow(Text.makeDegenerateMap({ 髙: "高" }, null as never))).toEqual({
      label: "user-supplied 縮退 map",
      sample: false,
      charset: "jisx0208",
      entries: { 髙: "高" }
    })
    expect(Result.getOrThrow(Text.makeDegenerateMap({ 髙: "高" }, "cp932" as never)).charset).toBe("jisx0208")
    const cp = Result.getOrThrow(Text.makeDegenerateMap({ 𠮷: "髙" }, { charset: "cp932", label: "x" }))
    expect(cp).toEqual({ label: "x", sample: false, charset: "cp932", entries: { 𠮷: "髙" } })
  })
})

describe("degenerate: malformed input and the placeholder", () => {
  const map = Result.getOrThrow(Text.makeDegenerateMap({ 髙: "高" }))
  it("a non-string text gives the empty, complete result", () => {
    expect(Text.degenerate(5 as unknown as string, map)).toStrictEqual({
      text: "",
      substitutions: [],
      unmapped: [],
      complete: true
    })
  })

  it("a mapped single character is substituted via the map, with its code point in upper-case hex", () => {
    expect(Text.degenerate("髙", map, null as never)).toStrictEqual({
      text: "高",
      substitutions: [
        { index: 0, length: 1, resultIndex: 0, from: "髙", to: "高", codePoints: ["U+9AD9"], via: "map" }
      ],
      unmapped: [],
      complete: true
    })
  })

  it("an unmapped character is kept without replacedWith, or replaced by a placeholder in the set ('' is none)", () => {
    const kept = {
      index: 0,
      length: 1,
      resultIndex: 0,
      codePoint: "U+00A9",
      codePoints: ["U+00A9"]
    }
    expect(Text.degenerate("©", map)).toStrictEqual({ text: "©", substitutions: [], unmapped: [kept], complete: false })
    expect(Text.degenerate("©", map, { placeholder: "" })).toStrictEqual({
      text: "©",
      substitutions: [],
      unmapped: [kept],
      complete: false
    })
    expect(Text.degenerate("©", map, { placeholder: "〓" })).toStrictEqual({
      text: "〓",
      substitutions: [],
      unmapped: [{ ...kept, replacedWith: "〓" }],
      complete: true
    })
  })

  it("CP932 keeps 髙 (an IBM extension) and the JIS X 0208 default replaces it", () => {
    expect(Text.degenerate("髙", map, { charset: "cp932" }).text).toBe("髙")
    expect(Text.degenerate("髙", map, { charset: "jisx0208" }).text).toBe("高")
  })

  it("a malformed map is empty: null, no entries, entries null, inherited or non-text or out-of-set values", () => {
    const inherited = { entries: Object.create({ 髙: "高" }) as Record<string, string> }
    for (const bad of [
      null,
      5,
      {},
      { entries: null },
      { entries: 5 },
      inherited,
      { entries: { 髙: 5 } },
      { entries: { 髙: "髙" } },
      { entries: { 髙: "" } }
    ]) {
      const r = Text.degenerate("髙", bad as never)
      expect(r.text, JSON.stringify(bad)).toBe("髙")
      expect(r.unmapped).toHaveLength(1)
    }
  })
})
