import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { invalid, valid } from "./arbitraries.js"
import {
  ALL,
  catalogue,
  effectOf,
  ENTRY,
  exampleMapping,
  fromName,
  info,
  isJiyu,
  isValid,
  MODIFICATION,
  REMOVAL,
  toCode,
  toJiyu,
  validateMapping
} from "./index.js"

// The hand-compiled reference data of the project (../shared/data, beside the repository in CI).
type JiyuData = Readonly<
  Record<"記載" | "消除" | "修正", ReadonlyArray<{ readonly name: string; readonly scope?: string }>>
>
const dataFile = fileURLToPath(new URL("../../../../../shared/data/std_idou_jiyu_v1.json", import.meta.url))
const hasData = existsSync(dataFile)
const data: JiyuData = hasData ? JSON.parse(readFileSync(dataFile, "utf8")) : { 記載: [], 消除: [], 修正: [] }

const norm = (s: string) => s.normalize("NFKC").replace(/\(/g, "（").replace(/\)/g, "）")

describe("異動事由 catalogue (標準仕様書1.2.2)", () => {
  it.skipIf(!hasData)(
    "標準仕様書1.2.2: 9 記載, 9 消除 and 19 修正 categories, the same names as the reference data",
    () => {
      expect([ENTRY.length, REMOVAL.length, MODIFICATION.length]).toEqual([9, 9, 19])
      const names = (group: "記載" | "消除" | "修正") =>
        catalogue.filter((i) => i.group === group).map((i) => norm(i.ja))
      expect(names("記載")).toEqual(data["記載"].map((x) => norm(x.name)))
      expect(names("消除")).toEqual(data["消除"].map((x) => norm(x.name)))
      expect(names("修正")).toEqual(data["修正"].map((x) => norm(x.name)))
    }
  )
  it.skipIf(!hasData)(
    "標準仕様書1.2.2: the scope notes (日本人住民のみ / 外国人住民のみ) match the reference data",
    () => {
      for (const group of ["記載", "消除"] as const)
        for (const x of data[group]) {
          const i = catalogue.find((c) => c.group === group && norm(c.ja) === norm(x.name))
          const scope = "scope" in x ? (x.scope === "日本人住民のみ" ? "japanese" : "foreign") : "all"
          expect(i?.scope, x.name).toBe(scope)
        }
    }
  )
  it("標準仕様書1.2.2: effects follow the groups; 転居 may change address and 世帯 only", () => {
    for (const i of catalogue)
      expect(i.effect).toBe(i.group === "記載" ? "create" : i.group === "消除" ? "delete" : "modify")
    expect(info("move-within").mutable).toEqual(["address", "household"])
    expect(info("mynumber-change-request").mutable).toEqual(["myNumber"])
  })
  it("住基法22・23・25条: 転入, 転居 and 世帯変更 have a 14-day checked deadline", () => {
    for (const id of [
      "domestic-move-in",
      "move-in-from-abroad",
      "move-within",
      "household-split",
      "household-merge",
      "household-change",
      "head-change"
    ] as const)
      expect(info(id).deadline).toMatchObject({ days: 14, checked: true })
    expect(info("birth").deadline).toMatchObject({ days: 14, filing: "koseki", checked: false })
  })
  it("every id and every name reads back to the same category", () => {
    for (const i of catalogue) {
      expect(Result.getOrThrow(fromName(i.id))).toBe(i.id)
      expect(Result.getOrThrow(fromName(i.ja, { side: i.group === "消除" ? "消除" : "記載" }))).toBe(i.id)
    }
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
  it("標準仕様書1.2.2 (実装しない): 転居取消 is rejected with records.jiyu.forbidden", () => {
    const r = fromName("転居取消")
    expect(Result.isFailure(r) && r.failure.code).toBe("records.jiyu.forbidden")
    const u = fromName("引越し")
    expect(Result.isFailure(u) && u.failure.code).toBe("records.jiyu.unknown")
  })
  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(typeof isValid(u)).toBe("boolean")
        expect(typeof isJiyu(u)).toBe("boolean")
        expect(Result.isResult(validateMapping(u))).toBe(true)
      })
    )
  })
})

describe("code mappings (data the user supplies)", () => {
  it("the shipped mapping is labelled as an example and covers every category once", () => {
    expect(exampleMapping.example).toBe(true)
    expect(exampleMapping.name).toMatch(/EXAMPLE/)
    expect(Result.isSuccess(validateMapping(exampleMapping))).toBe(true)
    for (const id of ALL) expect(toCode(exampleMapping, id)).toHaveLength(1)
    for (const e of exampleMapping.entries) expect(toJiyu(exampleMapping, e.code)).toBe(e.jiyu)
  })
  it("a mapping with every problem reports each row", () => {
    const r = validateMapping({
      entries: [{ code: "01", jiyu: "転入" }, { code: "01", jiyu: "国内転入" }, { code: "02", jiyu: "転居取消" }, 5]
    })
    expect(Result.isFailure(r) && r.failure.map((e) => e.path)).toEqual([
      ["entries", 0],
      ["entries", 1],
      ["entries", 2],
      ["entries", 3]
    ])
  })
  it("mappings read from JSON map codes to categories and back (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[0-9A-Z]{2,4}$/), fc.constantFrom(...ALL)), {
          selector: ([c]) => c,
          maxLength: 20
        }),
        (rows) => {
          const m = validateMapping({
            name: "t",
            entries: rows.map(([code, jiyu]) => ({
              code,
              jiyu: info(jiyu).ja === "改製" || info(jiyu).ja === "再製" ? jiyu : info(jiyu).ja
            }))
          })
          expect(Result.isSuccess(m)).toBe(true)
          if (Result.isSuccess(m)) for (const [code, jiyu] of rows) expect(toJiyu(m.success, code)).toBe(jiyu)
        }
      )
    )
  })
})

describe("fromName: reading a 異動事由 from its name (標準仕様書1.2.2)", () => {
  const read = (u: unknown, side?: "記載" | "消除") => {
    const r = side === undefined ? fromName(u) : fromName(u, { side })
    return Result.isSuccess(r) ? r.success : r.failure.code
  }
  it("標準仕様書1.2.2: names are read without white space and with half-width parentheses", () => {
    expect(read(" 国内 転入\t")).toBe("domestic-move-in")
    expect(read("国内　転入")).toBe("domestic-move-in")
    expect(read("異動の取消し(修正)")).toBe("cancel-modification")
    expect(read("異動の取消し（修正）")).toBe("cancel-modification")
    expect(read("異動の取消し（修正")).toBe("records.jiyu.unknown")
  })
  it("標準仕様書1.2.2: 改製 and 再製 read to the 記載 side unless the 消除 side is asked for; other names ignore the side", () => {
    expect([read("改製"), read("改製", "記載"), read("改製", "消除")]).toEqual([
      "reissue-entry",
      "reissue-entry",
      "reissue-removal"
    ])
    expect([read("再製"), read("再製", "消除")]).toEqual(["remake-entry", "remake-removal"])
    expect([read("死亡", "記載"), read("出生", "消除")]).toEqual(["death", "birth"])
  })
  it("標準仕様書1.2.2 (実装しない): every spelling of 転居取消, with spaces, is records.jiyu.forbidden", () => {
    for (const n of ["転居取消", "転居取り消し", "転居取消し", " 転居 取消 "])
      expect(read(n), n).toBe("records.jiyu.forbidden")
  })
  it("an id reads to itself; anything else that is not a name is records.jiyu.unknown", () => {
    for (const id of ALL) expect(read(id)).toBe(id)
    for (const u of [undefined, null, 3, {}, "", "DOMESTIC-MOVE-IN", "転居 取り"])
      expect(read(u)).toBe("records.jiyu.unknown")
    const f = fromName(42)
    expect(Result.isFailure(f) && f.failure.severity).toBe("error")
  })
  it("effectOf and info: the group of each 異動事由 decides its effect", () => {
    expect([effectOf("birth"), effectOf("death"), effectOf("move-within"), effectOf("cancel-increase")]).toEqual([
      "create",
      "delete",
      "modify",
      "create"
    ])
    expect(info("death")).toMatchObject({ id: "death", ja: "死亡", group: "消除" })
    for (const id of ALL) expect(info(id).id).toBe(id)
  })
  it("isJiyu: only the ids are 異動事由 ids (names are not)", () => {
    expect([isJiyu("birth"), isJiyu("出生"), isJiyu("Birth"), isJiyu(undefined), isJiyu(["birth"])]).toEqual([
      true,
      false,
      false,
      false,
      false
    ])
  })
})
