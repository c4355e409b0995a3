import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { ResidentRecord } from "../models/index.js"
import { foreigner, japanese } from "../test-utils/fixtures.js"
import * as Fukuhon from "./index.js"

const NAMES = Object.keys(Fukuhon.ITEMS) as ReadonlyArray<Fukuhon.Item>

const listArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom("provision" as const, "transfer" as const),
  recipient: fc.constant("課（例）"),
  business: fc.constant("事務（例）"),
  basis: fc.constant("項番（例）"),
  items: fc.subarray([...NAMES]),
  verified: fc.boolean()
})

/** A valid provision allow list (the 氏名 only) in its JSON form. */
const OK_LIST = {
  id: "a",
  kind: "provision",
  recipient: "r",
  business: "b",
  basis: "x",
  items: ["name"],
  verified: false
}

const recordArb: fc.Arbitrary<ResidentRecord> = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([n, foreign, katagaki, noNumber]) => {
    const r: ResidentRecord = foreign ? foreigner(n) : japanese(n)
    const withK = katagaki ? ({ ...r, address: { ...r.address, katagaki: "ハイツ101" } } as ResidentRecord) : r
    if (!noNumber) return withK
    const { myNumber: _m, ...rest } = withK
    return rest as ResidentRecord
  })

/** Every string value anywhere in a JSON value. */
const strings = (u: unknown): Array<string> =>
  typeof u === "string"
    ? [u]
    : Array.isArray(u)
      ? u.flatMap(strings)
      : u !== null && typeof u === "object"
        ? Object.values(u).flatMap(strings)
        : []

describe("Fukuhon.project (中間サーバ 副本 and 庁内 移転, 評価書 §III 5 リスク3)", () => {
  it("property: no row carries an item its allow-list lacks; a 個人番号 only reaches a transfer list naming it", () => {
    fc.assert(
      fc.property(recordArb, listArb, fc.boolean(), (r, list, prot) => {
        const row = Fukuhon.project(r, list, { protectedPersons: prot ? [r.atenaNumber] : [] })
        for (const k of Object.keys(row.items)) expect(list.items).toContain(k)
        const entitled = list.kind === "transfer" && list.items.includes("myNumber")
        if (r.myNumber !== undefined) expect(strings(row).includes(r.myNumber)).toBe(entitled)
        expect(row.autoResponseBlocked).toBe(prot)
        expect(row.key).toBe(r.atenaNumber)
        // Values are the record's.
        if ("birthDate" in row.items) expect(row.items["birthDate"]).toBe(r.birthDate)
        if ("sex" in row.items) expect(row.items["sex"]).toBe(r.sex)
        if ("nationality" in row.items) expect(r.kind).toBe("foreign")
        if ("honseki" in row.items) expect(r.kind).toBe("japanese")
      }),
      { numRuns: 1000 }
    )
  })

  it("住所 includes the 方書; the sample lists decode and are marked unverified", () => {
    const r = { ...japanese(1), address: { ...japanese(1).address, katagaki: "ハイツ101" } } as ResidentRecord
    const l = Fukuhon.SAMPLE_ALLOW_LISTS[0] as Fukuhon.AllowList
    expect(Fukuhon.project(r, l).items["address"]).toMatchObject({ text: "東京都千代田区千代田一丁目1番　ハイツ101" })
    const d = Fukuhon.decodeAllowLists(JSON.parse(JSON.stringify(Fukuhon.SAMPLE_ALLOW_LISTS)))
    expect(Result.isSuccess(d)).toBe(true)
    expect(Fukuhon.SAMPLE_ALLOW_LISTS.every((x) => !x.verified)).toBe(true)
  })

  it("番号法19条8号: a provision list naming the 個人番号 is rejected, as are unknown items and duplicate ids (every problem)", () => {
    const ok = OK_LIST
    const r = Fukuhon.decodeAllowLists([
      ok,
      { ...ok, id: "b", items: ["myNumber"] },
      { ...ok, id: "c", items: ["welfare"] },
      ok,
      { ...ok, id: "" }
    ])
    expect(Result.isFailure(r) && r.failure.map((e) => e.code)).toEqual([
      "records.fukuhon.provision-my-number",
      "records.fukuhon.allow-list",
      "records.fukuhon.allow-list",
      "records.fukuhon.allow-list"
    ])
    expect(Result.isSuccess(Fukuhon.decodeAllowLists([{ ...ok, kind: "transfer", items: ["myNumber", "name"] }]))).toBe(
      true
    )
    // Even an undecoded provision list never yields a 個人番号.
    expect(
      Fukuhon.project(japanese(1), { ...ok, kind: "provision", items: ["myNumber", "name"] } as never).items
    ).not.toHaveProperty("myNumber")
  })

  it("decodeAllowLists and checkFile never throw", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string({ maxLength: 60 }), (u, v, t) => {
        Fukuhon.decodeAllowLists(u)
        Fukuhon.decodeAllowLists([u, { items: [u, v] }])
        Fukuhon.checkFile(u as string, v as never)
        Fukuhon.checkFile(t, Fukuhon.SAMPLE_ALLOW_LISTS)
        Fukuhon.checkFile(
          JSON.stringify({ key: "k", allowList: "sample-provision-1", autoResponseBlocked: false, items: { u: t } }),
          [v] as never
        )
      }),
      { numRuns: 300 }
    )
  })
})

describe("Fukuhon.checkFile (評価書 §III 7: インポートデータの形式チェック)", () => {
  const lists = Fukuhon.SAMPLE_ALLOW_LISTS
  const p1 = lists[0] as Fukuhon.AllowList

  it("property: rows projected from records pass the check; any row with an extra item fails at its line", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (rs, at) => {
        const uniq = [...new Map(rs.map((r) => [r.atenaNumber, r])).values()]
        const rows = uniq.map((r) => Fukuhon.project(r, p1))
        const text = rows.map((x) => JSON.stringify(x)).join("\n")
        expect(Result.isSuccess(Fukuhon.checkFile(text, lists))).toBe(true)
        if (rows.length === 0) return
        const i = at % rows.length
        const bad = rows.map((x, j) => (j === i ? { ...x, items: { ...x.items, residentCode: "20000000001" } } : x))
        const r = Fukuhon.checkFile(bad.map((x) => JSON.stringify(x)).join("\n"), lists)
        expect(Result.isFailure(r) && r.failure.map((e) => e.position?.line)).toEqual([i + 1])
      }),
      { numRuns: 300 }
    )
  })

  it("reports every problem with its line: not JSON, wrong shape, unknown or transfer list, 個人番号, duplicates", () => {
    const row = Fukuhon.project(japanese(1), p1)
    const text = [
      "{not json",
      JSON.stringify({ key: "x" }),
      JSON.stringify({ ...row, allowList: "nope" }),
      JSON.stringify({ ...row, allowList: "sample-transfer-1" }),
      JSON.stringify({ ...row, items: { ...row.items, myNumber: "100000000013" } }),
      JSON.stringify(row),
      JSON.stringify(row)
    ].join("\n")
    const r = Fukuhon.checkFile(text, lists)
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.position?.line])).toEqual([
      ["records.fukuhon.import-format", 1],
      ["records.fukuhon.import-format", 2],
      ["records.fukuhon.import-format", 3],
      ["records.fukuhon.import-format", 4],
      ["records.fukuhon.import-format", 5],
      ["records.fukuhon.import-format", 6],
      ["records.fukuhon.import-format", 7]
    ])
    // Messages never contain the 個人番号.
    if (Result.isFailure(r)) for (const e of r.failure) expect(e.messageIn("en")).not.toContain("100000000013")
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Exact results (mutation testing: the details, paths and item values were asserted only by their codes).

const ALL: ReadonlyArray<Fukuhon.Item> = NAMES
const transferAll: Fukuhon.AllowList = {
  id: "t-all",
  kind: "transfer",
  recipient: "課（例）",
  business: "事務（例）",
  basis: "番号法9条1項 別表（例）",
  items: ALL,
  verified: false
}

describe("Fukuhon.decodeAllowLists: every problem with its position and detail", () => {
  const ok = OK_LIST
  const details = (u: unknown) => {
    const r = Fukuhon.decodeAllowLists(u)
    return Result.isFailure(r) ? r.failure.map((e) => [e.code, e.path, e.params]) : Result.getOrThrow(r)
  }
  it("評価書§III 5 リスク3: not an array is one error at list 0", () => {
    expect(details({ lists: [ok] })).toEqual([["records.fukuhon.allow-list", [], { index: 0, detail: "not an array" }]])
  })
  it("names the unknown items (each cut to 40 characters, others by type), else the expected shape", () => {
    const long = `x${"y".repeat(60)}`
    expect(details([{ ...ok, items: ["toString"] }])).toEqual([
      ["records.fukuhon.allow-list", [0], { index: 1, detail: "unknown item toString" }]
    ])
    expect(
      details([ok, { ...ok, id: "b", items: ["name", "welfare", long, 7] }, { ...ok, id: "c", kind: "other" }])
    ).toEqual([
      ["records.fukuhon.allow-list", [1], { index: 2, detail: `unknown item welfare, ${long.slice(0, 40)}, number` }],
      [
        "records.fukuhon.allow-list",
        [2],
        { index: 3, detail: "shape (id, kind, recipient, business, basis, items, verified)" }
      ]
    ])
    expect(details([null])).toEqual([
      [
        "records.fukuhon.allow-list",
        [0],
        { index: 1, detail: "shape (id, kind, recipient, business, basis, items, verified)" }
      ]
    ])
  })
  it("an empty or repeated id is reported at the list's id; the first of a repeated id is kept", () => {
    expect(details([ok, { ...ok, id: "" }, { ...ok, items: ["sex"] }])).toEqual([
      ["records.fukuhon.allow-list", [1, "id"], { index: 2, detail: "empty id" }],
      ["records.fukuhon.allow-list", [2, "id"], { index: 3, detail: "duplicate id a" }]
    ])
  })
  it("番号法19条8号: a provision list naming the 個人番号 is reported at its items with its id", () => {
    expect(details([ok, { ...ok, id: "p2", items: ["name", "myNumber"] }])).toEqual([
      ["records.fukuhon.provision-my-number", [1, "items"], { index: 2, id: "p2" }]
    ])
  })
  it("valid lists come back in order, decoded", () => {
    const t = { ...ok, id: "t", kind: "transfer", items: ["myNumber", "address"] }
    expect(details([ok, t])).toEqual([ok, t])
  })
})

describe("Fukuhon.project: the value of each item (別添2 の項目)", () => {
  it("a Japanese resident: 氏名 without the カタカナ表記, 住所 with 方書 and 郵便番号, 住民となった年月日 and 本籍", () => {
    const r = {
      ...japanese(1),
      name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ", katakana: "ヤマダ" },
      address: {
        municipalityCode: "131016",
        postalCode: "1000001",
        text: "東京都千代田区千代田一丁目1番",
        katakana: undefined,
        katagaki: "ハイツ101"
      }
    } as unknown as ResidentRecord
    const row = Fukuhon.project(r, transferAll)
    expect(row.items).toEqual({
      residentCode: r.residentCode,
      myNumber: r.myNumber,
      name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
      birthDate: r.birthDate,
      sex: r.sex,
      relationship: r.relationship,
      householdNumber: r.householdNumber,
      address: { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番　ハイツ101" },
      addressSince: r.addressSince,
      residentSince: (r as ReturnType<typeof japanese>).residentSince,
      honseki: (r as ReturnType<typeof japanese>).honseki,
      entry: r.entry,
      previousAddress: r.previousAddress,
      state: "current"
    })
  })
  it("a foreign resident: カタカナ表記, 通称, 国籍・地域, 在留 items and 外国人住民となった年月日; no 本籍", () => {
    const alias = { kanji: "鈴木　一郎", kana: "スズキ　イチロウ" }
    const f = { ...foreigner(5), alias, address: { municipalityCode: "131016", text: "東京都千代田区丸の内二丁目3番" } }
    const row = Fukuhon.project(f as ResidentRecord, transferAll)
    expect(row.items).toEqual({
      residentCode: f.residentCode,
      myNumber: f.myNumber,
      name: { alphabet: "SMITH JOHN5" },
      katakanaName: "スミス　ジョン",
      alias,
      birthDate: f.birthDate,
      sex: f.sex,
      relationship: f.relationship,
      householdNumber: f.householdNumber,
      address: { municipalityCode: "131016", text: "東京都千代田区丸の内二丁目3番" },
      addressSince: f.addressSince,
      entry: f.entry,
      previousAddress: f.previousAddress,
      state: "current",
      nationality: "英国",
      foreignStatus: f.status,
      foreignResidentSince: "2021-06-01"
    })
  })
  it("a 除票's 消除事由 and 転出先 are items of their own", () => {
    const gone = {
      ...japanese(2),
      state: "removed",
      removal: { jiyu: "domestic-move-out", date: "2024-04-20", filedOn: "2024-04-05", byAuthority: false },
      moveOut: { planned: { address: { municipalityCode: "271276", text: "大阪府" }, date: "2024-04-20" } }
    } as ResidentRecord
    const row = Fukuhon.project(gone, { ...transferAll, items: ["removal", "moveOut", "state"] })
    expect(row.items).toEqual({ removal: gone.removal, moveOut: gone.moveOut, state: "removed" })
  })
  it("DV等支援措置: the 自動応答不可フラグ is set for a protected person given as an array or a set, only for them", () => {
    const l = Fukuhon.SAMPLE_ALLOW_LISTS[0] as Fukuhon.AllowList
    expect(
      Fukuhon.project(japanese(1), l, { protectedPersons: new Set([japanese(1).atenaNumber]) }).autoResponseBlocked
    ).toBe(true)
    expect(
      Fukuhon.project(japanese(1), l, { protectedPersons: new Set([japanese(2).atenaNumber]) }).autoResponseBlocked
    ).toBe(false)
    expect(Fukuhon.project(japanese(1), l, { protectedPersons: [japanese(2).atenaNumber] }).autoResponseBlocked).toBe(
      false
    )
    expect(Fukuhon.project(japanese(1), l).autoResponseBlocked).toBe(false)
    expect(Fukuhon.project(japanese(1), l).allowList).toBe("sample-provision-1")
  })
  it("an item outside the catalogue in an undecoded list is left out, also a name every object has (toString); the row's values are copies", () => {
    const r = japanese(1)
    const row = Fukuhon.project(r, {
      ...transferAll,
      items: ["welfare", "toString", "constructor", "__proto__", "honseki"] as never
    })
    expect(row.items).toEqual({ honseki: r.honseki })
    expect(row.items["honseki"]).not.toBe(r.honseki)
  })
  it("projectAll gives one row per list, by id", () => {
    const rows = Fukuhon.projectAll(japanese(1), Fukuhon.SAMPLE_ALLOW_LISTS)
    expect([...rows.keys()]).toEqual(Fukuhon.SAMPLE_ALLOW_LISTS.map((l) => l.id))
    for (const l of Fukuhon.SAMPLE_ALLOW_LISTS) expect(rows.get(l.id)).toEqual(Fukuhon.project(japanese(1), l))
  })
})

describe("Fukuhon.checkFile: exact problems", () => {
  const lists = Fukuhon.SAMPLE_ALLOW_LISTS
  const p1 = lists[0] as Fukuhon.AllowList
  const problems = (text: string, l: unknown = lists) => {
    const r = Fukuhon.checkFile(text, l as never)
    return Result.isFailure(r)
      ? r.failure.map((e) => [e.position?.line, e.params["detail"]])
      : Result.getOrThrow(r).length
  }
  it("評価書§III 7: each problem with its line and detail; blank lines and CRLF are accepted", () => {
    const row = Fukuhon.project(japanese(1), p1)
    const row2 = Fukuhon.project(japanese(2), p1)
    expect(problems([JSON.stringify(row), "", "  ", JSON.stringify(row2)].join("\r\n"))).toBe(2)
    expect(
      problems(
        [
          JSON.stringify({ ...row, key: "" }),
          JSON.stringify({ ...row, items: { ...row.items, residentCode: "x", honseki: "y" } }),
          JSON.stringify({ ...row, allowList: "sample-transfer-1" }),
          "[1]",
          JSON.stringify(row)
        ].join("\n")
      )
    ).toEqual([
      [1, "empty key"],
      [2, "items outside the allow-list: residentCode, honseki"],
      [3, "unknown provision allow-list sample-transfer-1"],
      [4, "not a 副本 row (key, allowList, autoResponseBlocked, items)"],
      [5, "the same key and allow-list twice"]
    ])
  })
  it("番号法19条8号: a 個人番号 in a row is outside the allow-list even when an undecoded provision list names it", () => {
    const loose = [{ ...p1, items: [...p1.items, "myNumber"] }]
    const row = { ...Fukuhon.project(japanese(1), p1), items: { name: {}, myNumber: "x" } }
    expect(problems(JSON.stringify(row), loose)).toEqual([[1, "items outside the allow-list: myNumber"]])
  })
  it("the same key under two lists is no duplicate", () => {
    const p2 = lists[1] as Fukuhon.AllowList
    const text = [Fukuhon.project(japanese(1), p1), Fukuhon.project(japanese(1), p2)]
      .map((x) => JSON.stringify(x))
      .join("\n")
    expect(problems(text)).toBe(2)
  })
  it("text that is not a string is one problem at line 0; lists that are not an array know no list", () => {
    expect(problems(5 as never)).toEqual([[0, "not text"]])
    const row = JSON.stringify(Fukuhon.project(japanese(1), p1))
    expect(problems(row, { lists })).toEqual([[1, "unknown provision allow-list sample-provision-1"]])
    expect(problems(row, [null, { id: "sample-provision-1" }, ...lists])).toBe(1)
  })
})

describe("Fukuhon.project: items of the other kind of record are never provided", () => {
  const all = { ...transferAll, items: ALL }
  it("住基法7条・30条の45: a Japanese record carrying foreign items (as unchecked JSON may) yields none of them", () => {
    const odd = {
      ...japanese(1),
      name: { ...japanese(1).name, katakana: "ヤマダ" },
      alias: { kanji: "通称" },
      nationality: "英国",
      status: foreigner(5).status,
      foreignResidentSince: "2021-06-01"
    } as unknown as ResidentRecord
    const items = Fukuhon.project(odd, all).items
    for (const k of ["katakanaName", "alias", "nationality", "foreignStatus", "foreignResidentSince"])
      expect([k, k in items]).toEqual([k, false])
    expect(items["name"]).toEqual({ kanji: japanese(1).name.kanji, kana: japanese(1).name.kana })
  })
  it("住基法30条の45: a foreign record carrying 本籍 or 住民となった年月日 yields neither", () => {
    const odd = {
      ...foreigner(5),
      honseki: japanese(1).honseki,
      residentSince: "2020-04-01"
    } as unknown as ResidentRecord
    const items = Fukuhon.project(odd, all).items
    expect(["honseki" in items, "residentSince" in items, "foreignResidentSince" in items]).toEqual([
      false,
      false,
      true
    ])
  })
  it("an empty 方書 adds nothing to the 住所; no 郵便番号 leaves the item out", () => {
    const r = {
      ...japanese(1),
      address: { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番", katagaki: "" }
    } as ResidentRecord
    expect(Fukuhon.project(r, all).items["address"]).toEqual({
      municipalityCode: "131016",
      text: "東京都千代田区千代田一丁目1番"
    })
  })
})

describe("Fukuhon.checkFile: lines that are not JSON, lists given without decoding", () => {
  const p1 = Fukuhon.SAMPLE_ALLOW_LISTS[0] as Fukuhon.AllowList
  it("評価書§III 7: a line that is not JSON is reported as such", () => {
    const r = Fukuhon.checkFile(
      `{"key":\n${JSON.stringify(Fukuhon.project(japanese(1), p1))}`,
      Fukuhon.SAMPLE_ALLOW_LISTS
    )
    expect(Result.isFailure(r) && r.failure.map((e) => [e.position?.line, e.params["detail"]])).toEqual([
      [1, "not JSON"]
    ])
  })
  it("a list without items is not a list; a list whose id is not a string matches no row", () => {
    const row = JSON.stringify(Fukuhon.project(japanese(1), p1))
    const unknown = [[1, "unknown provision allow-list sample-provision-1"]]
    const detail = (lists: unknown) => {
      const r = Fukuhon.checkFile(row, lists as never)
      return Result.isFailure(r) ? r.failure.map((e) => [e.position?.line, e.params["detail"]]) : "ok"
    }
    expect(detail([{ ...p1, items: undefined }])).toEqual(unknown)
    expect(detail([{ ...p1, id: ["sample-provision-1"] }])).toEqual(unknown)
    expect(detail("sample-provision-1")).toEqual(unknown)
    expect(detail([p1])).toBe("ok")
  })
})
