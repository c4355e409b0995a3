// Three cases found by mutation testing after index.test.ts (see docs/quality.md): an entry for a whole variation
// sequence, spaces around the columns of a map line, and a code-point list with one invalid code point.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Text from "../index.js"

describe("degenerate edges", () => {
  it("an entry for a variation sequence (髙 + VS1) is used as a whole, via the map", () => {
    const map = Result.getOrThrow(Text.makeDegenerateMap({ "髙\uFE00": "高" }))
    const r = Text.degenerate("髙\uFE00", map)
    expect(r.text).toBe("高")
    expect(r.substitutions.map((s) => [s.from, s.to, s.via, s.codePoints])).toEqual([
      ["髙\uFE00", "高", "map", ["U+9AD9", "U+FE00"]]
    ])
  })

  it("spaces around a column are not part of it; a duplicate sequence names all its code points", () => {
    expect(Result.getOrThrow(Text.parseDegenerateMap("髙 , 高\n德\t 徳 ")).entries).toEqual({ 髙: "高", 德: "徳" })
    const dup = Text.parseDegenerateMap("葛\uFE00,高\n葛\uFE00,崎")
    expect(Result.isFailure(dup) ? dup.failure.map((e) => e.params) : dup).toEqual([
      { line: 2, codePoints: "U+845B U+FE00", first: 1 }
    ])
  })

  it("a code-point list with one surrogate is invalid as a whole", () => {
    const r = Text.parseDegenerateMap("髙,U+9AD8 U+D800")
    expect(Result.isFailure(r) ? r.failure.map((e) => e.params) : r).toEqual([
      { line: 1, detail: "empty column or invalid code point" }
    ])
  })
})
