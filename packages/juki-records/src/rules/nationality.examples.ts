/**
 * Examples of the `records.nationality.*` rules (`./nationality.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/nationality.json` (optional cases in
 * `conformance/optional/records/nationality.json`).
 */
import * as Event from "../events/index.js"
import { foreigner, japanese } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily } from "../test-utils/example-kit.js"

/** The Japanese 住民票 that 帰化 of F5 yields (carry-over done right). */
export const naturalised = (o: Record<string, unknown> = {}) => {
  const f = foreigner(5)
  const {
    kind: _k,
    nationality: _n,
    foreignResidentSince,
    status: _s,
    alias: _a,
    oldRegistrationDate: _o,
    residenceNotified: _r,
    landingPermitMoveIn: _l,
    state: _st,
    entry: _e,
    ...common
  } = f as typeof f & Record<string, unknown>
  return {
    ...common,
    kind: "japanese",
    name: { kanji: "須見須　丈", kana: "スミス　ジョウ" },
    honseki: { kind: "registered", place: "東京都千代田区丸の内二丁目3番", head: "須見須　丈" },
    residentSince: foreignResidentSince,
    ...o
  }
}

/** The foreign 住民票 that 国籍喪失 of J3 yields. */
export const lostNationality = (o: Record<string, unknown> = {}) => {
  const j = japanese(3, { relationship: "子", birthDate: "2015-07-07" })
  const {
    kind: _k,
    honseki: _h,
    residentSince: _rs,
    formerSurname: _f,
    voterRegistered: _v,
    state: _st,
    entry: _e,
    ...common
  } = j as typeof j & Record<string, unknown>
  return {
    ...common,
    kind: "foreign",
    name: { alphabet: "YAMADA ICHIRO", kanji: "山田　一郎" },
    nationality: "米国",
    foreignResidentSince: "2024-04-01",
    status: { kubun: "transitional-nationality-loss" },
    ...o
  }
}

export const natEvent = (direction: "acquisition" | "loss", record: unknown) =>
  Event.nationalityChange({
    direction,
    record: record as never,
    changeDate: "2024-04-01",
    noticeOn: "2024-04-05",
    processedOn: "2024-04-05"
  })

export const examples: ReadonlyArray<Example> = [
  ex(
    "nationality",
    "records.nationality.carry-over",
    ["住基令8条の2", "標準仕様書4.5.3"],
    "帰化 carrying every item over is accepted",
    gFamily(),
    natEvent("acquisition", naturalised()),
    OK
  ),
  ex(
    "nationality",
    "records.nationality.carry-over",
    ["住基令8条の2", "標準仕様書4.5.5"],
    "国籍喪失 carrying every item over is accepted",
    gFamily(),
    natEvent("loss", lostNationality()),
    OK
  ),
  ex(
    "nationality",
    "records.nationality.carry-over",
    ["住基令8条の2", "標準仕様書4.5.3"],
    "帰化 that changes the 生年月日 is rejected",
    gFamily(),
    natEvent("acquisition", naturalised({ birthDate: "1990-05-06" })),
    NO(E("records.nationality.carry-over"))
  ),
  ex(
    "nationality",
    "records.nationality.carry-over",
    ["標準仕様書4.5.5"],
    "国籍喪失 recording a 中長期在留者 instead of a 国籍喪失による経過滞在者 is rejected",
    gFamily(),
    natEvent("loss", lostNationality({ status: foreigner(9).status })),
    NO(E("records.nationality.carry-over"))
  ),
  ex(
    "nationality",
    "records.nationality.carry-over",
    ["標準仕様書4.5.3"],
    "帰化 whose 住民となった年月日 is not the former 外国人住民となった年月日 is rejected",
    gFamily(),
    natEvent("acquisition", naturalised({ residentSince: "2024-04-01" })),
    NO(E("records.nationality.carry-over"))
  )
]
