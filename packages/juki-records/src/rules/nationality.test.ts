// Cases of the records.nationality.carry-over rule beyond its examples (nationality.examples.ts), found by mutation
// testing (docs/quality.md): the exact violation for each item, a 住民種別 that does not fit the direction, persons the
// rule does not judge, and the 外国人住民となった年月日 of a 国籍喪失 (標準仕様書4.5.5) against an independent oracle.
import type { JukiError } from "@juki/core"
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import { atena, build, family, foreigner, japanese, movedOut } from "../test-utils/fixtures.js"
import { gFamily } from "../test-utils/example-kit.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"
import { NationalityCarryOver } from "./nationality.js"
import { lostNationality, natEvent, naturalised } from "./nationality.examples.js"
import type { EventContext } from "./types.js"
import type { ResidentRecord } from "../models/index.js"

const RULE = "records.nationality.carry-over"
const shape = (vs: ReadonlyArray<JukiError>) =>
  vs.filter((v) => v.code === RULE).map((v) => ({ severity: v.severity, path: v.path, params: v.params }))
const err = (item: string, itemJa: string, path: ReadonlyArray<string> = ["record", item]) => ({
  severity: "error",
  path,
  params: { item, itemJa }
})
const KIND = err("kind", "住民種別")
/** What `apply` says of the rule for a 国籍の取得・喪失 on the family registry. */
const viaApply = (direction: "acquisition" | "loss", record: unknown) =>
  shape(violationsOfRecordsExample({ given: gFamily(), event: natEvent(direction, record) }).violations)
/**
 * What `apply` says of the rule for an event built in code past `Event.decode` (whose schema ties the 住民種別 to the
 * direction): the rule still guards the kinds.
 */
const pastDecode = (direction: "acquisition" | "loss", record: unknown) => {
  const r = apply(build(family()), natEvent(direction, record))
  return shape(Result.isFailure(r) ? r.failure.violations : [])
}
/** The rule alone (a person the registry does not hold is stopped by other rules first in `apply`). */
const alone = (records: ReadonlyArray<ResidentRecord>, event: unknown, asOf = "2024-04-05") =>
  shape(NationalityCarryOver.onEvent?.({ registry: build(records), event, asOf } as unknown as EventContext) ?? [])

describe("records.nationality.carry-over (住基令8条の2, 標準仕様書4.5.3–4.5.5)", () => {
  it("住基令8条の2: 帰化 and 国籍喪失 carrying every item over give no violation of the rule", () => {
    expect(viaApply("acquisition", naturalised())).toEqual([])
    expect(viaApply("loss", lostNationality())).toEqual([])
  })
  it("標準仕様書4.5.3: 帰化 of a Japanese 住民 (built past Event.decode) is named at the 住民種別 and nothing else is compared", () => {
    const j3 = japanese(3, { relationship: "子", birthDate: "2015-07-07" })
    expect(pastDecode("acquisition", { ...j3 })).toEqual([KIND])
  })
  it("標準仕様書4.5.3: 帰化 that yields a foreign 住民票 (built past Event.decode) is named at the 住民種別", () => {
    expect(pastDecode("acquisition", { ...foreigner(5), birthDate: "1990-05-06" })).toEqual([KIND])
  })
  it("標準仕様書4.5.5: 国籍喪失 of a foreign 住民 (built past Event.decode) is named at the 住民種別", () => {
    expect(pastDecode("loss", { ...foreigner(5) })).toEqual([KIND])
  })
  it("標準仕様書4.5.5: 国籍喪失 that yields a Japanese 住民票 (built past Event.decode) is named at the 住民種別", () => {
    const j3 = japanese(3, { relationship: "子", birthDate: "2015-07-07" })
    expect(pastDecode("loss", { ...j3, name: { kanji: "山田　一郎", kana: "ヤマダ　イチロウ" } })).toEqual([KIND])
  })
  it("標準仕様書4.5.3: a 住民となった年月日 other than the former 外国人住民となった年月日 is named", () => {
    expect(viaApply("acquisition", naturalised({ residentSince: "2024-04-01" }))).toEqual([
      err("residentSince", "住民となった年月日")
    ])
  })
  it("住基令8条の2: a changed 生年月日 is named by its item", () => {
    expect(viaApply("acquisition", naturalised({ birthDate: "1990-05-06" }))).toEqual([err("birthDate", "生年月日")])
  })
  it("標準仕様書4.5.5: 国籍喪失 with the former 住民となった年月日 instead of the loss date is named", () => {
    expect(viaApply("loss", lostNationality({ foreignResidentSince: "2020-04-01" }))).toEqual([
      err("foreignResidentSince", "外国人住民となった年月日")
    ])
  })
  it("標準仕様書4.5.5: 国籍喪失 recording another 区分 than 国籍喪失による経過滞在者 is named", () => {
    expect(viaApply("loss", lostNationality({ status: foreigner(9).status }))).toEqual([
      err("status.kubun (transitional-nationality-loss)", "区分（国籍喪失による経過滞在者）", [
        "record",
        "status",
        "kubun"
      ])
    ])
  })
  it("住基令8条の2: a person the registry does not hold, or a 除票, is not judged by this rule", () => {
    expect(alone(family(), natEvent("acquisition", naturalised({ atenaNumber: atena(77) })))).toEqual([])
    const removed = movedOut(foreigner(5))
    expect(alone([removed], natEvent("acquisition", { ...foreigner(5), birthDate: "1990-05-06" }))).toEqual([])
    // the same event for the 現存 person is judged
    expect(alone([foreigner(5)], natEvent("acquisition", { ...foreigner(5) }))).toEqual([KIND])
  })
  it("標準仕様書4.5.5: on 国籍喪失 the 外国人住民となった年月日 must be the later of the loss date and the 住民となった日", () => {
    // Oracle: ISO dates compare as strings; the later one is the expected date.
    const day = fc
      .tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: undefined }), (residentSince, changeDate, other) => {
        const later = [residentSince, changeDate].sort()[1] as string
        const given = other ?? later
        const old = japanese(3, { relationship: "子", birthDate: "2015-07-07", residentSince })
        const event = { ...natEvent("loss", lostNationality({ foreignResidentSince: given })), changeDate }
        const want = given === later ? [] : [err("foreignResidentSince", "外国人住民となった年月日")]
        expect(alone([old], event, "2025-01-01")).toEqual(want)
      }),
      { numRuns: 60 }
    )
  })
})
