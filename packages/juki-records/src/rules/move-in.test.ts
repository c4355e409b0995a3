// Cases of the records.move-in.* rules beyond their examples (move-in.examples.ts), found by mutation testing
// (docs/quality.md): which identifier a 再転入 is matched by, when a 3情報 match is not raised, the exact parameters of
// each violation, and which 異動事由 each rule judges (住民基本台帳法 第22条 転入届, 標準仕様書4.1.1).
import type { JukiError } from "@juki/core"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import {
  ADDRESS_A,
  cardNumber,
  foreigner,
  FORMER,
  household,
  input,
  japanese,
  M,
  movedOut,
  MUNI,
  myNumber,
  OTHER_MUNI,
  registryJson,
  residentCode
} from "../test-utils/fixtures.js"
import { baby, gFamily, gRemoved, moveIn, newcomer } from "../test-utils/example-kit.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"

const of = (rule: string, given: unknown, event: unknown) => {
  const r = violationsOfRecordsExample({ given, event })
  expect(r.fromRegistry).toBe(false)
  return r.violations
    .filter((v: JukiError) => v.code === rule)
    .map((v) => ({ severity: v.severity, path: v.path, params: v.params }))
}
const REENTRY = "records.move-in.reentry"
const POSSIBLE = "records.move-in.possible-reentry"
const PREVIOUS = "records.move-in.previous-address"
const MUNICIPALITY = "records.move-in.municipality"
const SAME = "records.move-in.same-municipality"
const matched = (matchedBy: string, matchedByJa: string) => [
  { severity: "error", path: ["records", 0, "atenaNumber"], params: { matchedBy, matchedByJa } }
]
/** A foreign newcomer 9 carrying the 在留カード番号 of person n. */
const withCard = (n: number, o: Record<string, unknown> = {}) =>
  input(
    foreigner(9, {
      householdNumber: household(9),
      status: { ...(foreigner(5).status as object), cardNumber: cardNumber(n) } as never,
      ...o
    })
  )
const threeInfoOf = (n: number) => ({ name: japanese(n).name, birthDate: japanese(n).birthDate, sex: japanese(n).sex })

describe("records.move-in.reentry (標準仕様書4.1.1.2)", () => {
  it("標準仕様書4.1.1.2: each identifier of a 除票 is named by what matched (住民票コード, 個人番号, 在留カード等番号)", () => {
    const ev = (r: unknown, from?: "abroad") =>
      moveIn({ records: [r as never], ...(from === undefined ? {} : { from }), ...M })
    expect(of(REENTRY, gRemoved(), ev(newcomer(9, { residentCode: residentCode(1) })))).toEqual(
      matched("residentCode", "住民票コード")
    )
    expect(of(REENTRY, gRemoved(), ev(newcomer(9, { myNumber: myNumber(1) })))).toEqual(matched("myNumber", "個人番号"))
    expect(of(REENTRY, registryJson([movedOut(foreigner(5))]), ev(withCard(5), "abroad"))).toEqual(
      matched("cardNumber", "在留カード等番号")
    )
  })
  it("標準仕様書4.1.1.2: the 住民票コード is named first when several identifiers of the 除票 match", () => {
    const r = newcomer(9, { residentCode: residentCode(1), myNumber: myNumber(1) })
    expect(of(REENTRY, gRemoved(), moveIn({ records: [r], ...M }))).toEqual(matched("residentCode", "住民票コード"))
  })
  it("標準仕様書4.1.1.2: 再転入 on the 除票's own 宛名番号 is no violation", () => {
    expect(of(REENTRY, gRemoved(), moveIn({ records: [input(japanese(1))], ...M }))).toEqual([])
  })
  it("標準仕様書4.1.1.2: an identifier of a current resident is no 再転入 (it is judged as a duplicate elsewhere)", () => {
    const r = newcomer(9, { residentCode: residentCode(2), myNumber: myNumber(3) })
    expect(of(REENTRY, gFamily(), moveIn({ records: [r], ...M }))).toEqual([])
  })
})

describe("records.move-in.possible-reentry (標準仕様書4.1.1.2)", () => {
  const alert = (stateName: string, stateJa: string) => [
    { severity: "alert", path: ["records", 0], params: { state: stateName, stateJa } }
  ]
  it("標準仕様書4.1.1.2: the alert names the state of the matching 住民票 (現存 or 除票)", () => {
    expect(of(POSSIBLE, gFamily(), moveIn({ records: [newcomer(9, threeInfoOf(2))], ...M }))).toEqual(
      alert("current", "現存")
    )
    expect(of(POSSIBLE, gRemoved(), moveIn({ records: [newcomer(9, threeInfoOf(1))], ...M }))).toEqual(
      alert("removed", "除票")
    )
  })
  it("標準仕様書4.1.1.2: a 3情報 match is not raised when any one identifier already matches a person", () => {
    const only = (o: Record<string, unknown>) =>
      of(POSSIBLE, gFamily(), moveIn({ records: [newcomer(9, { ...threeInfoOf(2), ...o })], ...M }))
    expect(only({ residentCode: residentCode(1) })).toEqual([])
    expect(only({ myNumber: myNumber(1) })).toEqual([])
    const f = foreigner(5)
    const card = withCard(5, { name: f.name, birthDate: f.birthDate, sex: f.sex })
    expect(of(POSSIBLE, gFamily(), moveIn({ records: [card], from: "abroad", ...M }))).toEqual([])
  })
  it("標準仕様書4.1.1.2: the person's own 除票 (same 宛名番号, other identifiers) is no other person", () => {
    const self = input(japanese(1, { residentCode: residentCode(91), myNumber: myNumber(91) }))
    expect(of(POSSIBLE, gRemoved(), moveIn({ records: [self], ...M }))).toEqual([])
  })
  it("標準仕様書4.1.1.2: a 出生 is never a 再転入 (a newborn's 3情報 match is not raised)", () => {
    const b = baby(9, { ...threeInfoOf(2), householdNumber: household(1) })
    const ev = Event.birth({ record: b, changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" })
    expect(of(POSSIBLE, gFamily(), ev)).toEqual([])
    // the same person moving in is raised
    expect(of(POSSIBLE, gFamily(), moveIn({ records: [newcomer(9, threeInfoOf(2))], ...M }))).toHaveLength(1)
  })
})

describe("records.move-in.previous-address (標準仕様書4.1.1.1, 住基法9条1項)", () => {
  const { previousAddress: _p, ...noPrevious } = newcomer(9) as ReturnType<typeof newcomer> & Record<string, unknown>
  it("標準仕様書4.1.1.1: a 転入 without 転入前住所 is named at it (item text)", () => {
    expect(of(PREVIOUS, gFamily(), moveIn({ records: [noPrevious as never], ...M }))).toEqual([
      { severity: "error", path: ["records", 0, "previousAddress"], params: { item: "text" } }
    ])
  })
  it("住基法9条1項: a 国内転入 without the former 市町村コード is named at it (item municipalityCode)", () => {
    const r = newcomer(9, { previousAddress: { text: FORMER.text } })
    expect(of(PREVIOUS, gFamily(), moveIn({ records: [r], ...M }))).toEqual([
      {
        severity: "error",
        path: ["records", 0, "previousAddress", "municipalityCode"],
        params: { item: "municipalityCode" }
      }
    ])
  })
  it("住基法30条の46, 30条の47: a filing by either article may leave 転入前住所 blank (標準仕様書4.5.1)", () => {
    for (const route of ["art-30-46", "art-30-47"] as const) {
      const r = input(foreigner(9, { householdNumber: household(9) }))
      const { previousAddress: _q, ...rest } = r as typeof r & Record<string, unknown>
      const ev = Event.moveIn({ records: [rest as never], from: "abroad", route, ...M })
      expect(of(PREVIOUS, gFamily(), ev)).toEqual([])
    }
  })
})

describe("records.move-in.municipality and same-municipality (住基法22条, 23条)", () => {
  it("住基法22条: only a 転入 is judged by the municipality of its address (a 出生 is not)", () => {
    const elsewhere = { ...ADDRESS_A, municipalityCode: OTHER_MUNI }
    const b = baby(9, { address: elsewhere })
    const ev = Event.birth({ record: b, changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" })
    expect(of(MUNICIPALITY, gFamily(), ev)).toEqual([])
    expect(of(MUNICIPALITY, gFamily(), moveIn({ records: [newcomer(9, { address: elsewhere })], ...M }))).toEqual([
      {
        severity: "error",
        path: ["records", 0, "address", "municipalityCode"],
        params: { code: OTHER_MUNI, municipality: MUNI }
      }
    ])
  })
  it("住基法23条: only a 国内転入 is judged by its 転入前住所 (a 国外転入 from a former address here is not)", () => {
    const here = { ...FORMER, municipalityCode: MUNI }
    const f = input(foreigner(9, { householdNumber: household(9), previousAddress: here }))
    expect(of(SAME, gFamily(), moveIn({ records: [f], from: "abroad", ...M }))).toEqual([])
    expect(of(SAME, gFamily(), moveIn({ records: [newcomer(9, { previousAddress: here })], ...M }))).toEqual([
      { severity: "error", path: ["records", 0, "previousAddress", "municipalityCode"], params: {} }
    ])
  })
})
