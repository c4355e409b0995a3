import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { ALL, exampleMapping, toCode, toJiyu, validateMapping, type JiyuMapping } from "./index.js"

/** (path, row, problem) of each violation, or "ok". */
const problems = (u: unknown) => {
  const r = validateMapping(u)
  return Result.isSuccess(r)
    ? "ok"
    : r.failure.map((e) => [e.code, e.severity, e.path, e.params["row"], e.params["problem"]] as const)
}

describe("validateMapping: a vendor's 異動事由 code table onto 標準仕様書1.2.2 (records.jiyu.mapping)", () => {
  it("標準仕様書1.2.2: input that is not a table is one violation on row 0", () => {
    for (const u of [null, 5, "01,国内転入", undefined])
      expect(problems(u)).toEqual([["records.jiyu.mapping", "error", [], 0, "not an object"]])
    for (const u of [{}, { entries: "01" }, { entries: { code: "01" } }])
      expect(problems(u)).toEqual([["records.jiyu.mapping", "error", [], 0, "entries missing"]])
  })
  it("標準仕様書1.2.2: each bad row is reported with its 1-based row number and what is wrong", () => {
    expect(
      problems({
        entries: [
          { code: "01", jiyu: "domestic-move-in" },
          null,
          { code: "", jiyu: "birth" },
          { code: 2, jiyu: "birth" },
          { code: "01", jiyu: "birth" },
          { code: "03", jiyu: "引越し" },
          { code: "04", jiyu: "転居取消" },
          { code: "05" },
          "01"
        ]
      })
    ).toEqual([
      ["records.jiyu.mapping", "error", ["entries", 1], 2, "not an object"],
      ["records.jiyu.mapping", "error", ["entries", 2], 3, "code must be a non-empty string"],
      ["records.jiyu.mapping", "error", ["entries", 3], 4, "code must be a non-empty string"],
      ["records.jiyu.mapping", "error", ["entries", 4], 5, "duplicated code"],
      ["records.jiyu.mapping", "error", ["entries", 5], 6, "unknown 異動事由"],
      ["records.jiyu.mapping", "error", ["entries", 6], 7, "転居取消 is forbidden"],
      ["records.jiyu.mapping", "error", ["entries", 7], 8, "unknown 異動事由"],
      ["records.jiyu.mapping", "error", ["entries", 8], 9, "not an object"]
    ])
  })
  it("標準仕様書1.2.2: a code left out after a bad row is not a duplicate; the first of two rows keeps its code", () => {
    // Row 1 fails on its 異動事由 after its code was seen: the code stays taken.
    expect(
      problems({
        entries: [
          { code: "01", jiyu: "引越し" },
          { code: "01", jiyu: "birth" }
        ]
      })
    ).toEqual([
      ["records.jiyu.mapping", "error", ["entries", 0], 1, "unknown 異動事由"],
      ["records.jiyu.mapping", "error", ["entries", 1], 2, "duplicated code"]
    ])
    // A row without a code takes none.
    expect(problems({ entries: [{ code: "" }, { code: "0", jiyu: "birth" }] })).toEqual([
      ["records.jiyu.mapping", "error", ["entries", 0], 1, "code must be a non-empty string"]
    ])
  })
  it("標準仕様書1.2.2: a valid table keeps codes, 異動事由 read from ids or names, detail and note (strings only), name and description", () => {
    const r = validateMapping({
      name: "A社 異動コード",
      example: false,
      description: "住記 v3",
      entries: [
        { code: "01", jiyu: "国内転入", detail: "一部", note: "国内" },
        { code: "001", jiyu: "death", detail: 3, note: null },
        // 再製 without a side is the 記載 (再製による記載).
        { code: "02", jiyu: "再製", extra: "ignored" }
      ]
    })
    expect(r).toEqual(
      Result.succeed({
        name: "A社 異動コード",
        example: false,
        description: "住記 v3",
        entries: [
          { code: "01", jiyu: "domestic-move-in", detail: "一部", note: "国内" },
          { code: "001", jiyu: "death" },
          { code: "02", jiyu: "remake-entry" }
        ]
      } satisfies JiyuMapping)
    )
  })
  it("a table without name or description is 'unnamed' with no description; only example: true marks an example", () => {
    for (const [example, want] of [
      [true, true],
      ["true", false],
      [1, false],
      [undefined, false]
    ] as const)
      expect(
        validateMapping({ entries: [], ...(example === undefined ? {} : { example }), name: 7, description: ["x"] })
      ).toEqual(Result.succeed({ name: "unnamed", example: want, description: "", entries: [] }))
  })
  it("never throws: a table whose reading fails is one violation 'unreadable input'", () => {
    const hostile = {
      get entries(): unknown {
        throw new Error("boom")
      }
    }
    expect(problems(hostile)).toEqual([["records.jiyu.mapping", "error", [], 0, "unreadable input"]])
    const row = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        }
      }
    )
    expect(problems({ entries: [row] })).toEqual([["records.jiyu.mapping", "error", [], 0, "unreadable input"]])
  })
})

describe("toJiyu / toCode", () => {
  const m: JiyuMapping = {
    name: "t",
    example: false,
    description: "",
    entries: [
      { code: "10", jiyu: "birth" },
      { code: "11", jiyu: "birth", detail: "職権" },
      { code: "20", jiyu: "death" }
    ]
  }
  it("標準仕様書1.2.2: a code reads to its category; an unknown code to nothing", () => {
    expect([toJiyu(m, "10"), toJiyu(m, "11"), toJiyu(m, "20"), toJiyu(m, "30"), toJiyu(m, "")]).toEqual([
      "birth",
      "birth",
      "death",
      undefined,
      undefined
    ])
  })
  it("標準仕様書1.2.2: a category reads to every code that maps onto it, in table order; an unmapped one to none", () => {
    expect(toCode(m, "birth")).toEqual(["10", "11"])
    expect(toCode(m, "death")).toEqual(["20"])
    expect(toCode(m, "move-within")).toEqual([])
  })
  it("the example table numbers the categories 01, 02, … in catalogue order (invented codes)", () => {
    expect(exampleMapping.entries).toHaveLength(ALL.length)
    expect(exampleMapping.entries.slice(0, 3)).toEqual([
      { code: "01", jiyu: ALL[0] },
      { code: "02", jiyu: ALL[1] },
      { code: "03", jiyu: ALL[2] }
    ])
    expect(exampleMapping.entries.at(-1)).toEqual({ code: String(ALL.length), jiyu: ALL.at(-1) })
    expect(exampleMapping.description).toContain("Not the codes of any real system")
  })
})
