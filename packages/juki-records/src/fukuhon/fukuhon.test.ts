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
    const ok = {
      id: "a",
      kind: "provision",
      recipient: "r",
      business: "b",
      basis: "x",
      items: ["name"],
      verified: false
    }
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
