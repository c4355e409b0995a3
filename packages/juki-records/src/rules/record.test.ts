// Cases of records.record.required beyond its examples (record.examples.ts), found by mutation testing
// (docs/quality.md): every required item of a 住民票 (標準仕様書1.1.6, 住基法7条; 外国人住民 30条の45) named exactly
// (path and params), checked against an independent table of the items for any set of blank items.
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type { ResidentRecord } from "../models/index.js"
import { fromJSON } from "../registry/load.js"
import { foreigner, japanese, movedOut, registryJson } from "../test-utils/fixtures.js"

const REQUIRED = "records.record.required"

/** The records.record.required violations of a registry holding `records`, exactly. */
const required = (records: ReadonlyArray<ResidentRecord>) => {
  const r = fromJSON(registryJson(records))
  return Result.isFailure(r)
    ? r.failure
        .filter((v) => v.code === REQUIRED)
        .map((v) => ({ code: v.code, severity: v.severity, path: v.path, params: v.params }))
    : []
}
const missing = (i: number, item: string, itemJa: string) => ({
  code: REQUIRED,
  severity: "error",
  path: ["records", i, ...item.split(".")],
  params: { item, itemJa }
})

describe("records.record.required: each item, named exactly (標準仕様書1.1.6)", () => {
  it("住基法7条: 宛名番号, 世帯番号, 続柄, 生年月日, 住所を定めた年月日 and 住民となった年月日 of a 日本人住民", () => {
    const r = japanese(1, {
      atenaNumber: "",
      householdNumber: " ",
      relationship: "　",
      birthDate: "",
      addressSince: "",
      residentSince: ""
    })
    expect(required([r])).toEqual([
      missing(0, "atenaNumber", "宛名番号"),
      missing(0, "householdNumber", "世帯番号"),
      missing(0, "relationship", "続柄"),
      missing(0, "birthDate", "生年月日"),
      missing(0, "addressSince", "住所を定めた年月日"),
      missing(0, "residentSince", "住民となった年月日")
    ])
  })
  it("住基法7条7号: 住所 needs its 市町村コード and its text", () => {
    const r = japanese(1, { address: { municipalityCode: "", text: "" } })
    expect(required([r])).toEqual([
      missing(0, "address.municipalityCode", "住所（市町村コード）"),
      missing(0, "address.text", "住所")
    ])
  })
  it("住基法7条13号: a current 住民票 needs its 住民票コード; a 除票 may lack it", () => {
    expect(required([japanese(1, { residentCode: "" })])).toEqual([missing(0, "residentCode", "住民票コード")])
    const { residentCode: _c, ...removed } = movedOut(japanese(1)) as ResidentRecord & { residentCode?: string }
    expect(required([removed as ResidentRecord])).toEqual([])
  })
  it("標準仕様書1.1.12: a 本籍 recorded as registered needs 本籍 and 筆頭者; なし / 不明 need neither", () => {
    const r = japanese(1, { honseki: { kind: "registered", place: "", head: "　" } })
    expect(required([r])).toEqual([missing(0, "honseki.place", "本籍"), missing(0, "honseki.head", "筆頭者")])
    expect(required([japanese(1, { honseki: { kind: "none" } })])).toEqual([])
  })
  it("住基法7条1号: a 日本人住民's 氏名 is the 漢字氏名: an 英字 name does not stand in for it", () => {
    const r = japanese(1, { name: { kanji: "", alphabet: "YAMADA TARO" } })
    expect(required([r])).toEqual([missing(0, "name", "氏名")])
  })
  it("住基法30条の45: a 外国人住民's 氏名 is the 英字氏名 or the 漢字氏名 (either one is enough)", () => {
    expect(required([foreigner(5, { name: { alphabet: "", kanji: "山田　花子" } })])).toEqual([])
    expect(required([foreigner(5, { name: { alphabet: "SMITH JOHN" } })])).toEqual([])
    expect(required([foreigner(5, { name: { alphabet: " ", kanji: "", katakana: "スミス" } })])).toEqual([
      missing(0, "name", "氏名")
    ])
  })
  it("住基法30条の45: 国籍・地域 and 外国人住民となった年月日 of a 外国人住民", () => {
    expect(required([foreigner(5, { nationality: "", foreignResidentSince: "" })])).toEqual([
      missing(0, "nationality", "国籍・地域"),
      missing(0, "foreignResidentSince", "外国人住民となった年月日")
    ])
  })
  it("the path names the record's position in the registry", () => {
    expect(required([japanese(1), foreigner(5, { nationality: "" })])).toEqual([
      missing(1, "nationality", "国籍・地域")
    ])
  })
})

// An independent table of the required items (標準仕様書1.1.6; 住基法7条, 30条の45), per kind.
type Item = readonly [item: string, itemJa: string]
const COMMON: ReadonlyArray<Item> = [
  ["atenaNumber", "宛名番号"],
  ["householdNumber", "世帯番号"],
  ["relationship", "続柄"],
  ["name", "氏名"],
  ["birthDate", "生年月日"],
  ["address.municipalityCode", "住所（市町村コード）"],
  ["address.text", "住所"],
  ["addressSince", "住所を定めた年月日"],
  ["residentCode", "住民票コード"]
]
const JAPANESE: ReadonlyArray<Item> = [
  ...COMMON,
  ["honseki.place", "本籍"],
  ["honseki.head", "筆頭者"],
  ["residentSince", "住民となった年月日"]
]
const FOREIGN: ReadonlyArray<Item> = [
  ...COMMON,
  ["nationality", "国籍・地域"],
  ["foreignResidentSince", "外国人住民となった年月日"]
]

/** Sets `item` (a dotted path) of a plain record to `value`. */
const setItem = (r: Record<string, unknown>, item: string, value: string): Record<string, unknown> => {
  const [k, sub] = item.split(".") as [string, string | undefined]
  if (k === "name") return { ...r, name: { ...(r["name"] as object), kanji: value, alphabet: value } }
  return sub === undefined ? { ...r, [k]: value } : { ...r, [k]: { ...(r[k] as object), [sub]: value } }
}

describe("records.record.required: property", () => {
  it("標準仕様書1.1.6: exactly the blank required items are reported (住民票コード not on a 除票), for either kind", () => {
    const blankValue = fc.constantFrom("", " ", "　", "\t")
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 6 }),
        blankValue,
        (isJapanese, removed, picks, value) => {
          const table = isJapanese ? JAPANESE : FOREIGN
          const blanked = new Set(picks.filter((i) => i < table.length).map((i) => (table[i] as Item)[0]))
          let r: Record<string, unknown> = { ...(isJapanese ? japanese(1) : foreigner(5)) }
          if (removed) r = { ...movedOut(r as ResidentRecord) }
          for (const item of blanked) r = setItem(r, item, value)
          const expected = table
            .filter(([item]) => blanked.has(item) && !(removed && item === "residentCode"))
            .map(([item, ja]) => missing(0, item, ja))
          expect(required([r as ResidentRecord])).toEqual(expected)
        }
      ),
      { numRuns: 200 }
    )
  })
})
