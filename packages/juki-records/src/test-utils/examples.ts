/**
 * The example table: at least two accepting and two rejecting examples for
 * every rule of the catalogue. The same table drives the example tests
 * (rules.examples.test.ts) and is written out as the conformance vectors of
 * conformance/vectors/records/ and conformance/optional/records/
 * (vectors.ts). Expected outcomes are written by hand from the rule texts.
 */
import { Result } from "effect"
import { apply, type JsonOptions } from "../apply/index.js"
import * as Event from "../events/index.js"
import type { RecordInput, ResidentRecord } from "../models/index.js"
import { toJSON, type RegistryJson } from "../registry/index.js"
import type { RuleGroup } from "../rules/types.js"
import {
  ADDRESS_A,
  ADDRESS_B,
  ADDRESS_C,
  atena,
  build,
  cardNumber,
  family,
  foreigner,
  FORMER,
  household,
  input,
  japanese,
  M,
  movedOut,
  MUNI,
  myNumber,
  registryJson,
  residentCode
} from "./fixtures.js"

export interface Expected {
  readonly accepted: boolean
  readonly errors?: ReadonlyArray<{ readonly rule: string; readonly severity: "error" | "alert" }>
}

export interface RecordsExample {
  readonly kind: "records"
  readonly group: RuleGroup
  /** The rule the example is about. */
  readonly rule: string
  readonly description: string
  readonly basis: ReadonlyArray<string>
  readonly given: unknown
  readonly event: unknown
  readonly options?: JsonOptions
  /** UNVERIFIED or configurable behaviour (conformance/optional). */
  readonly optional?: boolean
  readonly expect: Expected
}

export interface FunctionExample {
  readonly kind: "function"
  readonly group: RuleGroup
  readonly rule: string
  readonly description: string
  readonly basis: ReadonlyArray<string>
  readonly function: "Jiyu.validateMapping"
  readonly args: ReadonlyArray<unknown>
  readonly optional?: boolean
  readonly expect: Expected
}

export type Example = RecordsExample | FunctionExample

const OK: Expected = { accepted: true }
const E = (rule: string) => ({ rule, severity: "error" as const })
const A = (rule: string) => ({ rule, severity: "alert" as const })
const NO = (...errors: ReadonlyArray<{ rule: string; severity: "error" | "alert" }>): Expected => ({ accepted: false, errors })

const ex = (
  group: RuleGroup,
  rule: string,
  basis: ReadonlyArray<string>,
  description: string,
  given: unknown,
  event: unknown,
  expect: Expected,
  extra: { readonly options?: JsonOptions; readonly optional?: boolean } = {}
): RecordsExample => ({ kind: "records", group, rule, description, basis, given, event, expect, ...extra })

// ---------------------------------------------------------------------------------------------------------------
// Givens

const gFamily = (): RegistryJson => registryJson(family())
const gEmpty = (): RegistryJson => registryJson([])
const gRemoved = (): RegistryJson => registryJson([movedOut(japanese(1))])

/** A registry reached by applying events (so it carries real history rows). */
const gVia = (records: ReadonlyArray<ResidentRecord>, events: ReadonlyArray<Event.Event>): RegistryJson => {
  let reg = build(records)
  for (const e of events) {
    const r = apply(reg, e)
    if (Result.isFailure(r)) throw new Error(`given setup failed: ${r.failure.violations.map(String).join("; ")}`)
    reg = r.success.registry
  }
  return toJSON(reg)
}

/** F5 filed a 転出 on 04-05 to leave on 04-20. */
const leavingF5 = (): ResidentRecord =>
  ({
    ...foreigner(5),
    state: "leaving",
    removal: { jiyu: "domestic-move-out", date: "2024-04-20", filedOn: "2024-04-05", byAuthority: false },
    moveOut: { planned: { address: FORMER, date: "2024-04-20" } }
  }) as ResidentRecord

const authorityRemoved = (r: ResidentRecord): ResidentRecord =>
  ({ ...r, state: "removed", removal: { jiyu: "authority-removal", date: "2024-03-01", byAuthority: true } }) as ResidentRecord

const dead = (r: ResidentRecord): ResidentRecord =>
  ({ ...r, state: "removed", removal: { jiyu: "death", date: "2024-03-01", byAuthority: true } }) as ResidentRecord

/** A new Japanese person n alone in 世帯 n at ADDRESS_A. */
const newcomer = (n: number, o: Partial<ResidentRecord> = {}) =>
  input(japanese(n, { householdNumber: household(n), ...(o as object) }))

const withoutPrevious = (r: RecordInput): RecordInput => {
  const { previousAddress: _p, ...rest } = r as RecordInput & { previousAddress?: unknown }
  return rest as RecordInput
}

const tenkyoF5 = (extra: Partial<Event.Meta> & { readonly patch?: Event.RecordPatch } = {}) => {
  const { patch, ...m } = extra
  return Event.moveWithin({
    persons: [{ atenaNumber: atena(5) }],
    address: ADDRESS_C,
    householdNumber: household(2),
    ...(patch === undefined ? {} : { extra: patch }),
    ...M,
    ...m
  })
}

const hhChange = (relationship: string, atenaN = 3) =>
  Event.householdChange({
    jiyu: "household-change",
    members: [{ atenaNumber: atena(atenaN), householdNumber: household(1), relationship }],
    ...M
  })

// ---------------------------------------------------------------------------------------------------------------
// cs

const SEED = "評価書III 本人確認情報ファイル リスク3"

const cs: Array<Example> = [
  ex("cs", "records.cs.move-in-resident", [SEED, "標準仕様書4.0.1"], "国内転入 of a new person is accepted", gEmpty(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED, "標準仕様書4.1.1.2"],
    "国内転入 on the 宛名番号 of a 除票 (再転入) is accepted",
    gRemoved(),
    Event.moveIn({ records: [input(japanese(1))], ...M }),
    OK
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED],
    "転入 for a current resident (same 宛名番号) is rejected",
    gFamily(),
    Event.moveIn({ records: [input(japanese(1))], ...M }),
    NO(E("records.cs.move-in-resident"))
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED],
    "転入 under a new 宛名番号 with the 個人番号 of a current resident is rejected",
    gFamily(),
    Event.moveIn({ records: [newcomer(9, { myNumber: myNumber(2) })], ...M }),
    NO(E("records.cs.move-in-resident"))
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED],
    "国外転入 of a 転出予定 (still a resident) is rejected",
    registryJson([leavingF5()]),
    Event.moveIn({ records: [input(foreigner(5))], from: "abroad", ...M }),
    NO(E("records.cs.move-in-resident"))
  ),
  ex("cs", "records.cs.move-within-address-only", [SEED, "住基法23条"], "転居 changing the address only is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED, "標準仕様書4.0.2"],
    "転居 into a new 世帯 as its 世帯主 is accepted (the 世帯 may change with a 転居)",
    gFamily(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(3), relationship: "世帯主" }], address: ADDRESS_C, householdNumber: household(7), ...M }),
    OK
  ),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED],
    "転居 that also changes the 氏名 is rejected",
    gFamily(),
    tenkyoF5({ patch: { name: { alphabet: "SMITH JANE" } } }),
    NO(E("records.cs.move-within-address-only"))
  ),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED],
    "転居 that also changes the 生年月日 is rejected",
    gFamily(),
    tenkyoF5({ patch: { birthDate: "1990-05-06" } }),
    NO(E("records.cs.move-within-address-only"))
  ),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED, "UNVERIFIED: whether the CS treats 続柄 as part of a 転居"],
    "with moveWithinChangesHousehold = false, a 転居 into another 世帯 is rejected",
    gFamily(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(3), relationship: "世帯主" }], address: ADDRESS_C, householdNumber: household(7), ...M }),
    NO(E("records.cs.move-within-address-only")),
    { options: { moveWithinChangesHousehold: false }, optional: true }
  ),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED, "UNVERIFIED: whether the CS treats 続柄 as part of a 転居"],
    "with moveWithinChangesHousehold = false, a 転居 within the same 世帯 is accepted",
    gFamily(),
    tenkyoF5(),
    OK,
    { options: { moveWithinChangesHousehold: false }, optional: true }
  ),
  ex("cs", "records.cs.item-format", [SEED, "平成26年総務省令第85号5条"], "転入 with well-formed identifiers is accepted", gEmpty(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex("cs", "records.cs.item-format", [SEED, "郵便番号"], "転居 to an address with a valid 郵便番号 is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "平成26年総務省令第85号5条"],
    "転入 with a 個人番号 whose check digit is wrong is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { myNumber: `${myNumber(9).slice(0, 11)}${(Number(myNumber(9).slice(11)) + 1) % 10}` })], ...M }),
    NO(E("records.cs.item-format"))
  ),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "全国地方公共団体コード"],
    "転入 with a 市町村コード whose check digit is wrong is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { address: { ...ADDRESS_A, municipalityCode: "131017" } })], ...M }),
    NO(E("records.cs.item-format"))
  ),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "標準仕様書1.1.13"],
    "転入 with a new 宛名番号 whose M11W2-7 check digit is wrong is rejected",
    gEmpty(),
    Event.moveIn({
      records: [newcomer(9, { atenaNumber: `${atena(9).slice(0, 9)}${(Number(atena(9).slice(9)) + 1) % 10}` })],
      ...M
    }),
    NO(E("records.cs.item-format"))
  ),
  ex("cs", "records.cs.order", ["標準仕様書7.1.1.1"], "転居 dated after the latest change is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "cs",
    "records.cs.order",
    ["標準仕様書7.1.1.1"],
    "back-dated 職権 転居 acknowledged by the operator is accepted",
    gFamily(),
    { ...tenkyoF5({ changeDate: "2021-05-01", byAuthority: true }), filedOn: undefined, acknowledged: ["records.cs.order"] },
    OK
  ),
  ex(
    "cs",
    "records.cs.order",
    ["標準仕様書7.1.1.1"],
    "職権 転居 dated before the person's latest change raises an alert",
    gFamily(),
    (() => {
      const { filedOn: _f, ...e } = tenkyoF5({ changeDate: "2021-05-01", byAuthority: true })
      return e
    })(),
    NO(A("records.cs.order"))
  ),
  ex(
    "cs",
    "records.cs.order",
    ["標準仕様書7.1.1.1"],
    "death dated before the person's latest change raises an alert",
    gFamily(),
    Event.death({ atenaNumber: atena(3), changeDate: "2020-01-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    NO(A("records.cs.order"))
  )
]

// ---------------------------------------------------------------------------------------------------------------
// create / move-in / special-move-in

const baby = (n: number, o: Partial<ResidentRecord> = {}) => {
  const { previousAddress: _p, ...rest } = input(
    japanese(n, { relationship: "子", birthDate: "2024-04-01", residentSince: "2024-04-01", addressSince: "2024-04-01", ...(o as object) })
  ) as ReturnType<typeof input> & Record<string, unknown>
  return rest as ReturnType<typeof input>
}

const create: Array<Example> = [
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.0.1", "住基令12条"],
    "出生 of a new child into the 世帯 is accepted",
    gFamily(),
    Event.birth({ record: baby(4), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.2.1.1"],
    "職権記載 of a person not in the registry is accepted",
    gFamily(),
    Event.authorityEntry({ records: [newcomer(9)], changeDate: "2024-04-01", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.0.1"],
    "出生 recorded on the 宛名番号 of a current resident is rejected",
    gFamily(),
    Event.birth({ record: baby(3), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    NO(E("records.create.current-record-exists"))
  ),
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.0.1"],
    "職権記載 with the 住民票コード of a current resident is rejected",
    gFamily(),
    Event.authorityEntry({ records: [newcomer(9, { residentCode: residentCode(2) })], changeDate: "2024-04-01", processedOn: "2024-04-05" }),
    NO(E("records.create.current-record-exists"))
  )
]

const moveIn: Array<Example> = [
  ex("move-in", "records.move-in.reentry", ["標準仕様書4.1.1.2"], "再転入 on the same 宛名番号 is accepted", gRemoved(), Event.moveIn({ records: [input(japanese(1))], ...M }), OK),
  ex("move-in", "records.move-in.reentry", ["標準仕様書4.1.1.2"], "転入 without any match is accepted", gRemoved(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "転入 under a new 宛名番号 with the 住民票コード of a 除票 is rejected",
    gRemoved(),
    Event.moveIn({ records: [newcomer(9, { residentCode: residentCode(1) })], ...M }),
    NO(E("records.move-in.reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "転入 under a new 宛名番号 with the 個人番号 of a 除票 is rejected",
    gRemoved(),
    Event.moveIn({ records: [newcomer(9, { myNumber: myNumber(1) })], ...M }),
    NO(E("records.move-in.reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "国外転入 under a new 宛名番号 with the 在留カード番号 of a foreign 除票 is rejected",
    registryJson([movedOut(foreigner(5))]),
    Event.moveIn({
      records: [input(foreigner(9, { householdNumber: household(9), status: { ...(foreigner(5).status as object), cardNumber: cardNumber(5) } as never }))],
      from: "abroad",
      ...M
    }),
    NO(E("records.move-in.reentry"))
  ),
  ex("move-in", "records.move-in.possible-reentry", ["標準仕様書4.1.1.2"], "転入 of a person with other 3情報 is accepted", gRemoved(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "move-in",
    "records.move-in.possible-reentry",
    ["標準仕様書4.1.1.2"],
    "3情報 match with a 除票, confirmed by the operator, is accepted",
    gRemoved(),
    {
      ...Event.moveIn({ records: [newcomer(9, { name: japanese(1).name, birthDate: japanese(1).birthDate, sex: japanese(1).sex })], ...M }),
      acknowledged: ["records.move-in.possible-reentry"]
    },
    OK
  ),
  ex(
    "move-in",
    "records.move-in.possible-reentry",
    ["標準仕様書4.1.1.2"],
    "転入 whose 氏名・生年月日・性別 match a 除票 (no identifier match) raises an alert",
    gRemoved(),
    Event.moveIn({ records: [newcomer(9, { name: japanese(1).name, birthDate: japanese(1).birthDate, sex: japanese(1).sex })], ...M }),
    NO(A("records.move-in.possible-reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.possible-reentry",
    ["標準仕様書4.1.1.2"],
    "転入 whose 3情報 match a current resident (other identifiers) raises an alert",
    gFamily(),
    Event.moveIn({ records: [newcomer(9, { name: japanese(2).name, birthDate: japanese(2).birthDate, sex: japanese(2).sex })], ...M }),
    NO(A("records.move-in.possible-reentry"))
  ),
  ex("move-in", "records.move-in.previous-address", ["標準仕様書4.1.1.1", "住基法9条1項"], "国内転入 with the former address and 市町村コード is accepted", gEmpty(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "move-in",
    "records.move-in.previous-address",
    ["標準仕様書4.5.1", "住基法30条の46"],
    "30条の46 転入 without 転入前住所 is accepted",
    gEmpty(),
    Event.foreignResidentFiling({
      article: "30-46",
      records: [withoutPrevious(input(foreigner(9, { householdNumber: household(9) })))],
      ...M
    }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.previous-address",
    ["標準仕様書4.1.1.1"],
    "国内転入 without 転入前住所 is rejected",
    gEmpty(),
    Event.moveIn({ records: [withoutPrevious(newcomer(9))], ...M }),
    NO(E("records.move-in.previous-address"))
  ),
  ex(
    "move-in",
    "records.move-in.previous-address",
    ["住基法9条1項"],
    "国内転入 whose 転入前住所 lacks the former 市町村コード is rejected (no 転入通知 possible)",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { previousAddress: { text: "大阪府大阪市北区梅田一丁目1番" } })], ...M }),
    NO(E("records.move-in.previous-address"))
  )
]

const cert = (n: number, plannedDate: string, cardHolder: "self" | "head" = "self") => ({
  residentCode: residentCode(n),
  fromMunicipality: FORMER.municipalityCode,
  plannedDate,
  plannedAddress: { municipalityCode: MUNI, text: ADDRESS_A.text },
  receivedOn: "2024-03-20",
  cardHolder
})

const special = (records: ReadonlyArray<ReturnType<typeof input>>, m: Partial<Event.Meta> = {}) =>
  Event.moveIn({ records, route: "special", ...M, ...m })

const specialMoveIn: Array<Example> = [
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed 4 days after moving in and 11 days after the 転出予定日 is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)]),
    OK,
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed on the 14th day after moving in is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)], { filedOn: "2024-04-15", processedOn: "2024-04-15" }),
    OK,
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed 15 days after moving in is rejected (and the 転入 is late)",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)], { filedOn: "2024-04-16", processedOn: "2024-04-16" }),
    NO(E("records.special-move-in.window"), A("records.deadline.overdue")),
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed more than 30 days after the 転出予定日 is rejected",
    registryJson([], { certificates: [cert(9, "2024-03-01")] }),
    special([newcomer(9)]),
    NO(E("records.special-move-in.window")),
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "with a 40-day limit after the 転出予定日, the same filing is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-01")] }),
    special([newcomer(9)]),
    OK,
    { optional: true, options: { specialMoveIn: { afterPlannedMoveOut: 40 } } }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2第1項"],
    "特例転入 with the 転出証明書情報 received through the CS is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)]),
    OK
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2第2項"],
    "a member without a card moving in with the card-holding 世帯主 is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25"), cert(10, "2024-03-25", "head")] }),
    special([newcomer(9), newcomer(10, { householdNumber: household(9), relationship: "妻" })]),
    OK
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2", "評価書別添1 3-③"],
    "特例転入 without 転出証明書情報 is rejected",
    gEmpty(),
    special([newcomer(9)]),
    NO(E("records.special-move-in.certificate"))
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2第2項"],
    "a member without a card moving in without the 世帯主 is rejected",
    registryJson([], { certificates: [cert(10, "2024-03-25", "head")] }),
    special([newcomer(10)]),
    NO(E("records.special-move-in.certificate"))
  )
]

// ---------------------------------------------------------------------------------------------------------------
// state / provisional / transfer-in notice / move-out

const state: Array<Example> = [
  ex("state", "records.state.not-current", ["住基法8条"], "転居 of a current resident is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "state",
    "records.state.not-current",
    ["住基法24条"],
    "転出 of a current resident is accepted",
    gFamily(),
    Event.moveOut({ atenaNumbers: [atena(3)], destination: FORMER, ...M }),
    OK
  ),
  ex(
    "state",
    "records.state.not-current",
    ["住基法8条"],
    "転居 of a person not in the registry is rejected",
    gFamily(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(9) }], address: ADDRESS_C, householdNumber: household(9), ...M }),
    NO(E("records.state.not-current"))
  ),
  ex(
    "state",
    "records.state.not-current",
    ["住基法24条", "標準仕様書1.1.5"],
    "a second 転出 for a 転出予定 is rejected",
    registryJson([leavingF5()]),
    Event.moveOut({ atenaNumbers: [atena(5)], destination: FORMER, changeDate: "2024-04-25", filedOn: "2024-04-05", processedOn: "2024-04-05" }),
    NO(E("records.state.not-current"))
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書4.1.3.1.1"],
    "転入通知 on a 転出 除票 is accepted",
    gRemoved(),
    Event.transferInNotice({ atenaNumber: atena(1), address: FORMER, changeDate: "2023-03-30", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書4.6"],
    "異動の取消し（増） of a death restores the record",
    gVia(family(), [Event.death({ atenaNumber: atena(3), changeDate: "2024-04-01", noticeOn: "2024-04-03", processedOn: "2024-04-03" })]),
    Event.cancel({ atenaNumbers: [atena(3)], changeDate: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書1.1.5", "住基法15条の3"],
    "転居 of a 除票 is rejected",
    gRemoved(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(1) }], address: ADDRESS_C, householdNumber: household(1), ...M }),
    NO(E("records.state.removed-immutable"))
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書1.1.5"],
    "death of a 転出予定 whose 予定日 has passed (a 除票) is rejected",
    registryJson([leavingF5()]),
    Event.death({ atenaNumber: atena(5), changeDate: "2024-04-21", noticeOn: "2024-04-22", processedOn: "2024-04-22" }),
    NO(E("records.state.removed-immutable"))
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書4.1.3.1.1", "標準仕様書4.6"],
    "異動の取消し of a received 転入通知 is rejected",
    gVia(
      [movedOut(japanese(1))],
      [Event.transferInNotice({ atenaNumber: atena(1), address: FORMER, changeDate: "2023-03-30", noticeOn: "2024-04-01", processedOn: "2024-04-01" })]
    ),
    Event.cancel({ atenaNumbers: [atena(1)], changeDate: "2024-04-05", processedOn: "2024-04-05" }),
    NO(E("records.state.removed-immutable"))
  )
]

const pendingJson = (events: ReadonlyArray<{ id: string; event: Event.Event }>) => events
const provMoveIn = () => Event.moveIn({ records: [newcomer(9)], ...M })

const provisional: Array<Example> = [
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "決裁 of a pending 転入 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.approve({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "転居 of a registered person while another person is 仮登録 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    tenkyoF5(),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "転居 of a person who exists only as 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.moveWithin({ persons: [{ atenaNumber: atena(9) }], address: ADDRESS_C, householdNumber: household(9), ...M }),
    NO(E("records.provisional.not-registered"))
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "転出 of a person who exists only as 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.moveOut({ atenaNumbers: [atena(9)], destination: FORMER, ...M }),
    NO(E("records.provisional.not-registered"))
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "a second 転入 for a person with a pending 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    provMoveIn(),
    NO(E("records.provisional.not-registered"))
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "決裁 of an existing 仮登録 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.approve({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "取下げ of an existing 仮登録 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.discard({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "決裁 of an unknown 仮登録 is rejected",
    gFamily(),
    Event.approve({ provisionalId: "P99", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    NO(E("records.provisional.unknown-id"))
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "取下げ of an unknown 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.discard({ provisionalId: "P2", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    NO(E("records.provisional.unknown-id"))
  )
]

const notice = (n: number, changeDate = "2024-04-15") =>
  Event.transferInNotice({ atenaNumber: atena(n), address: FORMER, changeDate, noticeOn: "2024-04-16", processedOn: "2024-04-16" })

const transferInNotice: Array<Example> = [
  ex("transfer-in-notice", "records.transfer-in-notice.target", ["住基法9条1項", "標準仕様書4.1.3.1.1"], "転入通知 for a 転出予定 is accepted", registryJson([leavingF5()]), notice(5), OK),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["標準仕様書4.1.3.1.2"],
    "転入通知 for a 職権消除 除票 is accepted",
    registryJson([authorityRemoved(japanese(1))]),
    notice(1),
    OK
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["標準仕様書4.1.3.1.2"],
    "転入通知 for a current resident (no 転出届) is rejected",
    gFamily(),
    notice(5),
    NO(E("records.transfer-in-notice.target"))
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["住基法9条1項"],
    "転入通知 for a 死亡 除票 is rejected",
    registryJson([dead(japanese(1))]),
    notice(1),
    NO(E("records.transfer-in-notice.target"))
  ),
  ex("transfer-in-notice", "records.transfer-in-notice.already-confirmed", ["標準仕様書4.1.3.1.1"], "first 転入通知 for a 転出 除票 is accepted", gRemoved(), notice(1, "2023-03-30"), OK),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.1"],
    "first 転入通知 for a 転出予定 is accepted",
    registryJson([leavingF5()]),
    notice(5, "2024-04-10"),
    OK
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.1"],
    "a second 転入通知 is rejected (確定 items are never overwritten)",
    gVia([movedOut(japanese(1))], [notice(1, "2023-03-30")]),
    notice(1, "2023-03-29"),
    NO(E("records.transfer-in-notice.already-confirmed"))
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.2"],
    "a second 転入通知 for a 職権消除 除票 is rejected",
    gVia([authorityRemoved(japanese(1))], [notice(1)]),
    notice(1, "2024-04-14"),
    NO(E("records.transfer-in-notice.already-confirmed"))
  )
]

const out = (o: Partial<Event.Meta> & { readonly n?: number; readonly to?: "abroad"; readonly destination?: Event.RemoveEvent["destination"] }) => {
  const { n, to, destination, ...m } = o
  return Event.moveOut({ atenaNumbers: [atena(n ?? 3)], destination: destination ?? FORMER, ...(to === undefined ? {} : { to }), ...M, ...m })
}

const moveOut: Array<Example> = [
  ex("move-out", "records.move-out.late-filing", ["標準仕様書4.1.3.0.1", "住基法24条"], "転出届 filed before the move is accepted", gFamily(), out({ changeDate: "2024-04-20" }), OK),
  ex("move-out", "records.move-out.late-filing", ["標準仕様書4.1.3.0.1"], "転出届 filed 10 days after the move is accepted", gFamily(), out({ changeDate: "2024-03-26" }), OK),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1"],
    "転出 more than 14 days after the move recorded 職権 is accepted",
    gFamily(),
    out({ changeDate: "2024-03-01", byAuthority: true }),
    OK
  ),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1", "広島市FAQ (休日は翌日満了)"],
    "転出届 on the Monday after a 14th day falling on Saturday is accepted",
    gFamily(),
    out({ changeDate: "2024-03-23", filedOn: "2024-04-08", processedOn: "2024-04-08" }),
    OK
  ),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1"],
    "転出届 filed 35 days after the move is rejected (record it 職権)",
    gFamily(),
    out({ changeDate: "2024-03-01" }),
    NO(E("records.move-out.late-filing"))
  ),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1"],
    "転出届 filed 16 days after the move is rejected",
    gFamily(),
    out({ changeDate: "2024-03-20" }),
    NO(E("records.move-out.late-filing"))
  ),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1"],
    "with lateMoveOut = convert, a late 転出届 is recorded 職権 and accepted",
    gFamily(),
    out({ changeDate: "2024-03-01" }),
    OK,
    { options: { lateMoveOut: "convert" }, optional: true }
  ),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1", "UNVERIFIED: 地方自治法4条の2第4項 (holiday roll-over)"],
    "with a calendar without 休日, the Saturday 14th day is not rolled over",
    gFamily(),
    out({ changeDate: "2024-03-23", filedOn: "2024-04-08", processedOn: "2024-04-08" }),
    NO(E("records.move-out.late-filing")),
    { options: { holidays: "none" }, optional: true }
  ),
  ex(
    "move-out",
    "records.move-out.removal-date",
    ["標準仕様書1.1.5"],
    "a 転出 除票 removed on its 転出予定年月日 is consistent",
    gRemoved(),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "move-out",
    "records.move-out.removal-date",
    ["標準仕様書1.1.5", "標準仕様書4.1.3.1.1"],
    "転入通知 with a 転入日 before the 予定日 moves the 消除日 to the 転入日",
    registryJson([leavingF5()]),
    notice(5, "2024-04-10"),
    OK
  ),
  ex(
    "move-out",
    "records.move-out.removal-date",
    ["標準仕様書1.1.5"],
    "a 除票 whose 消除日 differs from its 転出予定年月日 is rejected",
    registryJson([{ ...movedOut(japanese(1)), removal: { jiyu: "domestic-move-out", date: "2023-04-02", byAuthority: false } } as ResidentRecord]),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.move-out.removal-date"))
  ),
  ex(
    "move-out",
    "records.move-out.removal-date",
    ["標準仕様書1.1.5"],
    "a confirmed 除票 whose 消除日 is not min(予定日, 転入日) is rejected",
    registryJson([
      {
        ...movedOut(japanese(1)),
        moveOut: { planned: { address: FORMER, date: "2023-03-31" }, confirmed: { address: FORMER, date: "2023-03-25", noticeReceivedOn: "2023-03-28" } }
      } as ResidentRecord
    ]),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.move-out.removal-date"))
  ),
  ex("move-out", "records.move-out.destination", ["住基法24条", "標準仕様書4.1.3.0.2"], "転出 to a municipality name only is accepted", gFamily(), out({ destination: { text: "大阪市" } }), OK),
  ex(
    "move-out",
    "records.move-out.destination",
    ["標準仕様書4.1.3.0.2"],
    "国外転出 to a foreign address is accepted",
    gFamily(),
    out({ to: "abroad", destination: { text: "UNITED KINGDOM", abroad: true } }),
    OK
  ),
  ex(
    "move-out",
    "records.move-out.destination",
    ["住基法24条"],
    "転出 without a destination is rejected",
    gFamily(),
    (({ destination: _d, ...e }) => e)(out({})),
    NO(E("records.move-out.destination"))
  ),
  ex("move-out", "records.move-out.destination", ["住基法24条"], "転出 with a blank destination is rejected", gFamily(), out({ destination: { text: " " } }), NO(E("records.move-out.destination")))
]

// ---------------------------------------------------------------------------------------------------------------
// date / deadline

const date: Array<Example> = [
  ex("date", "records.date.not-future", ["標準仕様書4.0.3"], "転居 dated on the 処理日 is accepted", gFamily(), tenkyoF5({ changeDate: "2024-04-05" }), OK),
  ex("date", "records.date.not-future", ["標準仕様書4.0.3"], "転出 with a future 転出予定年月日 is accepted", gFamily(), out({ changeDate: "2024-05-01" }), OK),
  ex(
    "date",
    "records.date.not-future",
    ["標準仕様書4.0.3"],
    "転居 dated after the 処理日 is rejected",
    gFamily(),
    tenkyoF5({ changeDate: "2024-04-06", filedOn: "2024-04-05" }),
    NO(E("records.date.not-future"))
  ),
  ex(
    "date",
    "records.date.not-future",
    ["標準仕様書4.1.0.2"],
    "転入 whose 届出日 is after the 処理日 is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9)], ...M, filedOn: "2024-04-06" }),
    NO(E("records.date.not-future"))
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8"],
    "転入 of a person whose 生年月日 is a 不詳日 (昭和20年頃) is accepted",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { birthDate: "昭和20年頃" })], ...M }),
    OK
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8"],
    "転入 of a person whose 生年月日 is a non-calendar day (明治45年7月30日) is accepted",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { birthDate: "明治45年7月30日" })], ...M }),
    OK
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8"],
    "転居 with 異動日 2024-02-30 is rejected",
    gFamily(),
    tenkyoF5({ changeDate: "2024-02-30" }),
    NO(E("records.date.calendar"))
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8", "標準仕様書1.1.2"],
    "転入 with 在留期間の満了の日 2027-13-01 is rejected",
    gEmpty(),
    Event.moveIn({
      records: [input(foreigner(9, { householdNumber: household(9), status: { ...(foreigner(9).status as object), expiryDate: "2027-13-01" } as never }))],
      from: "abroad",
      ...M
    }),
    NO(E("records.date.calendar"))
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8"],
    "転入 with a 生年月日 that is no date at all is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { birthDate: "不明な日" })], ...M }),
    NO(E("records.date.calendar"))
  ),
  ex(
    "date",
    "records.date.before-birth",
    ["inferred CS check (reference §5.2)"],
    "出生 dated on the 生年月日 is accepted",
    gFamily(),
    Event.birth({ record: baby(4), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex("date", "records.date.before-birth", ["inferred CS check (reference §5.2)"], "転居 after the birth is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "date",
    "records.date.before-birth",
    ["inferred CS check (reference §5.2)"],
    "転入 dated before the person's birth is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { birthDate: "2024-04-03" })], ...M }),
    NO(E("records.date.before-birth"))
  ),
  ex(
    "date",
    "records.date.before-birth",
    ["inferred CS check (reference §5.2)"],
    "職権記載 dated before the person's birth is rejected",
    gEmpty(),
    Event.authorityEntry({ records: [newcomer(9, { birthDate: "2024-04-03" })], changeDate: "2024-04-01", processedOn: "2024-04-05" }),
    NO(E("records.date.before-birth"))
  )
]

const deadline: Array<Example> = [
  ex("deadline", "records.deadline.overdue", ["住基法22条", "住基法52条2項"], "転入 filed 4 days after moving in is accepted", gEmpty(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法23条", "広島市FAQ (休日は翌日満了)"],
    "転居 filed on the Monday after a 14th day falling on Saturday is accepted",
    gFamily(),
    tenkyoF5({ changeDate: "2024-03-23", filedOn: "2024-04-08", processedOn: "2024-04-08" }),
    OK
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法23条", "住基法52条2項"],
    "late 転居 acknowledged by the operator is accepted",
    gFamily(),
    { ...tenkyoF5({ changeDate: "2024-03-01" }), acknowledged: ["records.deadline.overdue"] },
    OK
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "住基法52条2項"],
    "転入 filed 35 days after moving in raises an alert",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9)], ...M, changeDate: "2024-03-01" }),
    NO(A("records.deadline.overdue"))
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法25条", "住基法52条2項"],
    "世帯変更 filed on the 15th day raises an alert",
    gFamily(),
    { ...hhChange("子"), changeDate: "2024-03-18", filedOn: "2024-04-02", processedOn: "2024-04-02" },
    NO(A("records.deadline.overdue"))
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法25条", "UNVERIFIED: 地方自治法4条の2第4項 (holiday roll-over)"],
    "with 2024-04-01 listed as a 休日, the same 世帯変更 is in time",
    gFamily(),
    { ...hhChange("子"), changeDate: "2024-03-18", filedOn: "2024-04-02", processedOn: "2024-04-02" },
    OK,
    { options: { holidays: ["2024-04-01"] }, optional: true }
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法23条", "UNVERIFIED: 地方自治法4条の2第4項 (holiday roll-over)"],
    "with a calendar without 休日, a 転居 filed on the Monday after a Saturday 14th day is late",
    gFamily(),
    tenkyoF5({ changeDate: "2024-03-23", filedOn: "2024-04-08", processedOn: "2024-04-08" }),
    NO(A("records.deadline.overdue")),
    { options: { holidays: "none" }, optional: true }
  )
]

// ---------------------------------------------------------------------------------------------------------------
// modify / jiyu scope / household / relationship

const modify1 = (jiyu: Event.ModifyEvent["jiyu"], n: number, set: Event.RecordPatch, unset?: Event.Change["unset"]) =>
  Event.modify({ jiyu, changes: [{ atenaNumber: atena(n), set, ...(unset === undefined ? {} : { unset }) }], ...M })

const modify: Array<Example> = [
  ex("modify", "records.modify.allowed-fields", ["番号法7条2項", "標準仕様書4.4"], "個人番号の変更請求 changing the 個人番号 is accepted", gFamily(), modify1("mynumber-change-request", 5, { myNumber: myNumber(55) }), OK),
  ex(
    "modify",
    "records.modify.allowed-fields",
    ["標準仕様書4.2.3.2"],
    "軽微な修正 of the address text (住居表示) is accepted",
    gFamily(),
    modify1("minor-correction", 5, { address: { ...ADDRESS_B, text: "東京都千代田区丸の内二丁目3番1号" } }),
    OK
  ),
  ex(
    "modify",
    "records.modify.allowed-fields",
    ["標準仕様書1.2.2", "標準仕様書4.4"],
    "個人番号の変更請求 that also changes the 氏名 is rejected",
    gFamily(),
    modify1("mynumber-change-request", 5, { myNumber: myNumber(55), name: { alphabet: "SMITH JANE" } }),
    NO(E("records.modify.allowed-fields"))
  ),
  ex(
    "modify",
    "records.modify.allowed-fields",
    ["標準仕様書1.2.2", "住基法30条の4"],
    "住民票コードの変更請求 that also changes the 性別 is rejected",
    gFamily(),
    modify1("resident-code-change-request", 5, { residentCode: residentCode(55), sex: "female" }),
    NO(E("records.modify.allowed-fields"))
  ),
  ex(
    "modify",
    "records.modify.allowed-fields",
    ["住基法30条の45", "標準仕様書1.1.2"],
    "職権修正 setting a foreign-resident item (国籍) on a Japanese 住民票 is rejected",
    gFamily(),
    modify1("authority-correction", 3, { nationality: "英国" }),
    NO(E("records.modify.allowed-fields"))
  ),
  ex("jiyu", "records.jiyu.scope", ["標準仕様書1.2.2", "住基令30条の26"], "通称の記載 for a foreign resident is accepted", gFamily(), modify1("alias-entry", 5, { alias: { kanji: "山本　太郎", recordedOn: "2024-04-05", recordedBy: MUNI } }), OK),
  ex("jiyu", "records.jiyu.scope", ["標準仕様書1.2.2", "標準仕様書1.1.7"], "旧氏の記載 for a Japanese resident is accepted", gFamily(), modify1("former-surname-entry", 2, { formerSurname: { kanji: "佐藤", kana: "サトウ", requestedOn: "2024-04-05" } }), OK),
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2"],
    "職権消除（帰化等） of a Japanese resident is rejected",
    gFamily(),
    { type: "remove", jiyu: "authority-removal-naturalisation", atenaNumbers: [atena(3)], byAuthority: true, changeDate: "2024-04-01", processedOn: "2024-04-05" },
    NO(E("records.jiyu.scope"))
  ),
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2"],
    "職権記載（帰化等） creating a foreign resident's 住民票 is rejected",
    gEmpty(),
    { type: "create", jiyu: "authority-entry-naturalisation", records: [input(foreigner(9, { householdNumber: household(9) }))], byAuthority: true, changeDate: "2024-04-01", processedOn: "2024-04-05" },
    NO(E("records.jiyu.scope"))
  ),
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2", "住基令30条の26"],
    "通称の記載 for a Japanese resident is rejected (and 通称 is no item of a Japanese 住民票)",
    gFamily(),
    modify1("alias-entry", 3, { alias: { kanji: "山本　次郎" } }),
    NO(E("records.jiyu.scope"), E("records.modify.allowed-fields"))
  )
]

const household7 = (o: Partial<ResidentRecord> = {}) => japanese(6, { householdNumber: household(7), ...(o as object) })

const householdEx: Array<Example> = [
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1", "住基法25条"],
    "世帯分離 at the same address is accepted",
    gFamily(),
    Event.householdChange({ jiyu: "household-split", members: [{ atenaNumber: atena(3), householdNumber: household(7), relationship: "世帯主" }], ...M }),
    OK
  ),
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1", "住基法25条"],
    "世帯合併 of a one-person 世帯 at the same address is accepted",
    registryJson([...family(), household7()]),
    Event.householdChange({ jiyu: "household-merge", members: [{ atenaNumber: atena(6), householdNumber: household(1), relationship: "同居人" }], ...M }),
    OK
  ),
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1"],
    "世帯変更 that also changes the address is rejected",
    gFamily(),
    Event.modify({ jiyu: "household-change", changes: [{ atenaNumber: atena(3), set: { householdNumber: household(7), relationship: "世帯主", address: ADDRESS_C } }], ...M }),
    NO(E("records.household.no-address-change"))
  ),
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1"],
    "世帯主変更 that also changes 住所を定めた年月日 is rejected",
    gFamily(),
    Event.modify({ jiyu: "head-change", changes: [{ atenaNumber: atena(5), set: { relationship: "世帯主", addressSince: "2024-04-01" } }], ...M }),
    NO(E("records.household.no-address-change"))
  ),
  ex(
    "household",
    "records.household.at-most-one-head",
    ["標準仕様書1.1.10"],
    "世帯分離 making the child 世帯主 of a new 世帯 is accepted",
    gFamily(),
    Event.householdChange({ jiyu: "household-split", members: [{ atenaNumber: atena(3), householdNumber: household(7), relationship: "世帯主" }], ...M }),
    OK
  ),
  ex(
    "household",
    "records.household.at-most-one-head",
    ["標準仕様書1.1.10 (世帯主未設定を許容)"],
    "a 世帯 without 世帯主 is allowed",
    registryJson([japanese(2, { relationship: "妻" }), japanese(3, { relationship: "子" }), foreigner(5)]),
    tenkyoF5(),
    OK
  ),
  ex(
    "household",
    "records.household.at-most-one-head",
    ["標準仕様書1.1.10", "住基法7条4号"],
    "転入 into a 世帯 that has a 世帯主, as a second 世帯主, is rejected",
    gFamily(),
    Event.moveIn({ records: [input(japanese(9, { householdNumber: household(1), relationship: "世帯主" }))], ...M }),
    NO(E("records.household.at-most-one-head"))
  ),
  ex(
    "household",
    "records.household.at-most-one-head",
    ["標準仕様書1.1.10"],
    "世帯変更 making a member 世帯主 next to the current 世帯主 is rejected",
    gFamily(),
    hhChange("世帯主"),
    NO(E("records.household.at-most-one-head"))
  ),
  ex(
    "household",
    "records.household.at-most-one-head",
    ["標準仕様書1.1.10"],
    "a registry with two 世帯主 in one 世帯 is rejected",
    registryJson([japanese(1), japanese(2)]),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.household.at-most-one-head"))
  ),
  ex(
    "household",
    "records.household.head-leaves",
    ["標準仕様書4.0.4"],
    "世帯主 leaving with one member remaining is accepted (the member is proposed as 世帯主)",
    registryJson([japanese(1), japanese(2, { relationship: "妻" })]),
    out({ n: 1 }),
    OK
  ),
  ex(
    "household",
    "records.household.head-leaves",
    ["標準仕様書4.0.4"],
    "the whole 世帯 moving out together is accepted",
    gFamily(),
    Event.moveOut({ atenaNumbers: [atena(1), atena(2), atena(3)], destination: FORMER, ...M }),
    OK
  ),
  ex(
    "household",
    "records.household.head-leaves",
    ["標準仕様書4.0.4"],
    "世帯主 leaving two members, acknowledged by the operator, is accepted",
    gFamily(),
    { ...out({ n: 1 }), acknowledged: ["records.household.head-leaves"] },
    OK
  ),
  ex("household", "records.household.head-leaves", ["標準仕様書4.0.4"], "世帯主 moving out and leaving two members raises an alert", gFamily(), out({ n: 1 }), NO(A("records.household.head-leaves"))),
  ex(
    "household",
    "records.household.head-leaves",
    ["標準仕様書4.0.4"],
    "世帯主 splitting off and leaving two members raises an alert",
    gFamily(),
    Event.householdChange({ jiyu: "household-split", members: [{ atenaNumber: atena(1), householdNumber: household(7), relationship: "世帯主" }], ...M }),
    NO(A("records.household.head-leaves"))
  ),
  ex(
    "household",
    "records.household.same-address",
    ["住基法6条", "標準仕様書4.1.4.1"],
    "転居 of the whole 世帯 together is accepted",
    gFamily(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(1) }, { atenaNumber: atena(2) }, { atenaNumber: atena(3) }], address: ADDRESS_C, householdNumber: household(1), ...M }),
    OK
  ),
  ex("household", "records.household.same-address", ["住基法6条"], "転居 of a one-person 世帯 is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "household",
    "records.household.same-address",
    ["住基法6条", "UNVERIFIED: explicit text"],
    "転居 of one member who stays in the 世帯 is rejected",
    gFamily(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(3) }], address: ADDRESS_C, householdNumber: household(1), ...M }),
    NO(E("records.household.same-address"))
  ),
  ex(
    "household",
    "records.household.same-address",
    ["住基法6条", "UNVERIFIED: explicit text"],
    "a registry whose 世帯 members live at different addresses is rejected",
    registryJson([japanese(1), japanese(2, { relationship: "妻", address: ADDRESS_C })]),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.household.same-address"))
  )
]

const relationship: Array<Example> = [
  ex("relationship", "records.relationship.vocabulary", ["標準仕様書1.1.11"], "続柄 子の子 is accepted", gFamily(), hhChange("子の子"), OK),
  ex(
    "relationship",
    "records.relationship.vocabulary",
    ["標準仕様書1.1.11"],
    "転入 as 同居人 is accepted",
    gFamily(),
    Event.moveIn({ records: [input(japanese(9, { householdNumber: household(1), relationship: "同居人" }))], ...M }),
    OK
  ),
  ex("relationship", "records.relationship.vocabulary", ["標準仕様書1.1.11"], "続柄 長男 is rejected (written 子)", gFamily(), hhChange("長男"), NO(E("records.relationship.vocabulary"))),
  ex("relationship", "records.relationship.vocabulary", ["標準仕様書1.1.11"], "続柄 友人 is rejected", gFamily(), hhChange("友人"), NO(E("records.relationship.vocabulary"))),
  ex("relationship", "records.relationship.forbidden-term", ["標準仕様書1.1.11"], "続柄 子の子 (instead of 孫) is accepted", gFamily(), hhChange("子の子"), OK),
  ex("relationship", "records.relationship.forbidden-term", ["標準仕様書1.1.11"], "続柄 父の兄 (instead of おじ) is accepted", gFamily(), hhChange("父の兄"), OK),
  ex("relationship", "records.relationship.forbidden-term", ["標準仕様書1.1.11"], "続柄 孫 is rejected", gFamily(), hhChange("孫"), NO(E("records.relationship.forbidden-term"))),
  ex("relationship", "records.relationship.forbidden-term", ["標準仕様書1.1.11"], "続柄 叔父 is rejected", gFamily(), hhChange("叔父"), NO(E("records.relationship.forbidden-term"))),
  ex("relationship", "records.relationship.chain-length", ["標準仕様書1.1.11"], "続柄 子の子の子の子 (4 links) is accepted", gFamily(), hhChange("子の子の子の子"), OK),
  ex("relationship", "records.relationship.chain-length", ["標準仕様書1.1.11"], "続柄 縁故者 is accepted", gFamily(), hhChange("縁故者"), OK),
  ex(
    "relationship",
    "records.relationship.chain-length",
    ["標準仕様書1.1.11"],
    "続柄 子の子の子の子の子 (5 links) is rejected (write 縁故者)",
    gFamily(),
    hhChange("子の子の子の子の子"),
    NO(E("records.relationship.chain-length"))
  ),
  ex(
    "relationship",
    "records.relationship.chain-length",
    ["標準仕様書1.1.11"],
    "続柄 父の母の兄の子の子 (5 links) is rejected",
    gFamily(),
    hhChange("父の母の兄の子の子"),
    NO(E("records.relationship.chain-length"))
  )
]

// ---------------------------------------------------------------------------------------------------------------
// record / foreign / nationality / history / registry / event / jiyu

const record: Array<Example> = [
  ex("record", "records.record.required", ["標準仕様書1.1.6"], "転入 with every required item is accepted", gEmpty(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6", "標準仕様書1.1.12"],
    "a 除票 without 住民票コード and a 住民票 with 本籍 なし are allowed",
    registryJson([{ ...movedOut(japanese(1)), residentCode: undefined } as never, japanese(3, { householdNumber: household(3), honseki: { kind: "none" } })].map((r) => JSON.parse(JSON.stringify(r)))),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6"],
    "転入 with a blank 住所 is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { address: { ...ADDRESS_A, text: "" } })], ...M }),
    NO(E("records.record.required"))
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6", "住基法30条の45"],
    "国外転入 of a foreign resident without 国籍・地域 is rejected",
    gEmpty(),
    Event.moveIn({ records: [input(foreigner(9, { householdNumber: household(9), nationality: "" }))], from: "abroad", ...M }),
    NO(E("records.record.required"))
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6", "標準仕様書1.1.12"],
    "転入 with a 本籍 but no 筆頭者 is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "" } } as never)], ...M }),
    NO(E("records.record.required"))
  )
]

const spr = (n: number) => ({ kubun: "special-permanent" as const, certificateNumber: cardNumber(n) })

const foreign: Array<Example> = [
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45"],
    "特別永住者 with the 特別永住者証明書の番号 is accepted",
    gEmpty(),
    Event.moveIn({ records: [input(foreigner(9, { householdNumber: household(9), status: spr(9) }))], ...M, from: "abroad" }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45", "入管法22条の2"],
    "出生による経過滞在者 born here is accepted",
    registryJson([foreigner(5)]),
    Event.birth({
      record: (({ previousAddress: _p, ...r }) => r)(
        input(foreigner(6, { relationship: "子", birthDate: "2024-04-01", addressSince: "2024-04-01", foreignResidentSince: "2024-04-01", status: { kubun: "transitional-birth" } }))
      ) as never,
      changeDate: "2024-04-01",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45"],
    "中長期在留者 without 在留期間 is rejected",
    gEmpty(),
    Event.moveIn({ records: [input(foreigner(9, { householdNumber: household(9), status: { ...(foreigner(9).status as object), periodOfStay: "" } as never }))], ...M, from: "abroad" }),
    NO(E("records.foreign.kubun-items"))
  ),
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45"],
    "一時庇護許可者 without 上陸期間 is rejected",
    gEmpty(),
    Event.moveIn({ records: [input(foreigner(9, { householdNumber: household(9), status: { kubun: "temporary-refuge", landingPeriod: " " } }))], ...M, from: "abroad" }),
    NO(E("records.foreign.kubun-items"))
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の46"],
    "30条の46 転入 of a 中長期在留者 is accepted",
    gEmpty(),
    Event.foreignResidentFiling({ article: "30-46", records: [input(foreigner(9, { householdNumber: household(9) }))], ...M }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の47"],
    "30条の47 届出 of a person who became 特別永住者 is accepted",
    gEmpty(),
    Event.foreignResidentFiling({ article: "30-47", records: [input(foreigner(9, { householdNumber: household(9), status: spr(9) }))], ...M }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の46", "入管法22条の2"],
    "30条の46 転入 of an 出生による経過滞在者 is rejected",
    gEmpty(),
    Event.foreignResidentFiling({ article: "30-46", records: [input(foreigner(9, { householdNumber: household(9), status: { kubun: "transitional-birth" } }))], ...M }),
    NO(E("records.foreign.transitional-filing"))
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の47", "入管法22条の2"],
    "30条の47 届出 of a 国籍喪失による経過滞在者 is rejected",
    gEmpty(),
    Event.foreignResidentFiling({ article: "30-47", records: [input(foreigner(9, { householdNumber: household(9), status: { kubun: "transitional-nationality-loss" } }))], ...M }),
    NO(E("records.foreign.transitional-filing"))
  )
]

/** The Japanese 住民票 that 帰化 of F5 yields (carry-over done right). */
const naturalised = (o: Record<string, unknown> = {}) => {
  const f = foreigner(5)
  const { kind: _k, nationality: _n, foreignResidentSince, status: _s, alias: _a, oldRegistrationDate: _o, residenceNotified: _r, landingPermitMoveIn: _l, state: _st, entry: _e, ...common } = f as typeof f & Record<string, unknown>
  return { ...common, kind: "japanese", name: { kanji: "須見須　丈", kana: "スミス　ジョウ" }, honseki: { kind: "registered", place: "東京都千代田区丸の内二丁目3番", head: "須見須　丈" }, residentSince: foreignResidentSince, ...o }
}

/** The foreign 住民票 that 国籍喪失 of J3 yields. */
const lostNationality = (o: Record<string, unknown> = {}) => {
  const j = japanese(3, { relationship: "子", birthDate: "2015-07-07" })
  const { kind: _k, honseki: _h, residentSince: _rs, formerSurname: _f, voterRegistered: _v, state: _st, entry: _e, ...common } = j as typeof j & Record<string, unknown>
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

const natEvent = (direction: "acquisition" | "loss", record: unknown) =>
  Event.nationalityChange({ direction, record: record as never, changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" })

const nationality: Array<Example> = [
  ex("nationality", "records.nationality.carry-over", ["住基令8条の2", "標準仕様書4.5.3"], "帰化 carrying every item over is accepted", gFamily(), natEvent("acquisition", naturalised()), OK),
  ex("nationality", "records.nationality.carry-over", ["住基令8条の2", "標準仕様書4.5.5"], "国籍喪失 carrying every item over is accepted", gFamily(), natEvent("loss", lostNationality()), OK),
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

const history: Array<Example> = [
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "修正 prepared against the latest 履歴番号 is accepted",
    gFamily(),
    Event.modify({ jiyu: "mynumber-change-request", changes: [{ atenaNumber: atena(5), set: { myNumber: myNumber(55) }, baseHistoryNumber: 1 }], ...M }),
    OK
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書4.6"],
    "異動の取消し of the latest row is accepted",
    gVia(family(), [tenkyoF5()]),
    { ...Event.cancel({ atenaNumbers: [atena(5)], changeDate: "2024-04-05", processedOn: "2024-04-06" }), historyNumbers: [2] },
    OK
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "修正 prepared against an older 履歴番号 is rejected",
    gVia(family(), [tenkyoF5()]),
    Event.modify({ jiyu: "mynumber-change-request", changes: [{ atenaNumber: atena(5), set: { myNumber: myNumber(55) }, baseHistoryNumber: 1 }], ...M }),
    NO(E("records.history.append-only"))
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書4.6"],
    "異動の取消し of an older row is rejected",
    gVia(family(), [tenkyoF5()]),
    { ...Event.cancel({ atenaNumbers: [atena(5)], changeDate: "2024-04-05", processedOn: "2024-04-06" }), historyNumbers: [1] },
    NO(E("records.history.append-only"))
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "a registry whose history skips a 履歴番号 is rejected",
    (() => {
      const j = gVia(family(), [tenkyoF5()]) as RegistryJson & { history: Record<string, Array<Record<string, unknown>>> }
      const rows = j.history[atena(5)] as Array<Record<string, unknown>>
      rows[1] = { ...rows[1], historyNumber: 3 }
      return j
    })(),
    tenkyoF5(),
    NO(E("records.history.append-only"))
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "a registry whose current 住民票 differs from its latest history row is rejected",
    (() => {
      const j = gVia(family(), [tenkyoF5()])
      return { ...j, records: j.records.map((r) => (r.atenaNumber === atena(5) ? { ...r, remarks: "rewritten in place" } : r)) }
    })(),
    tenkyoF5(),
    NO(E("records.history.append-only"))
  )
]

const registry: Array<Example> = [
  ex("registry", "records.registry.unique-person", ["住基法6条"], "a registry with one present record per person is accepted", gFamily(), tenkyoF5(), OK),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "標準仕様書4.1.1.2"],
    "a 除票 and a present record may share a 個人番号 (only present records count)",
    registryJson([movedOut(japanese(8)), ...family().map((r) => (r.atenaNumber === atena(3) ? { ...r, myNumber: myNumber(8) } : r))]),
    tenkyoF5(),
    OK
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", SEED],
    "two present records with one 住民票コード are rejected",
    registryJson([...family(), japanese(9, { householdNumber: household(9), residentCode: residentCode(1) })]),
    tenkyoF5(),
    NO(E("records.registry.unique-person"))
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", SEED],
    "two present records with one 個人番号 are rejected",
    registryJson([...family(), japanese(9, { householdNumber: household(9), myNumber: myNumber(2) })]),
    tenkyoF5(),
    NO(E("records.registry.unique-person"))
  ),
  ex("registry", "records.registry.malformed", ["juki plain-JSON form"], "a minimal registry is accepted", { municipality: MUNI, records: [] }, Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex(
    "registry",
    "records.registry.malformed",
    ["juki plain-JSON form"],
    "a registry with history and certificates is accepted",
    registryJson(family(), { sequence: 7, certificates: [cert(9, "2024-03-25")] }),
    tenkyoF5(),
    OK
  ),
  ex("registry", "records.registry.malformed", ["juki plain-JSON form"], "a registry with an unknown key is rejected", { municipality: MUNI, records: [], extra: 1 }, Event.moveIn({ records: [newcomer(9)], ...M }), NO(E("records.registry.malformed"))),
  ex(
    "registry",
    "records.registry.malformed",
    ["juki plain-JSON form"],
    "a registry whose record lacks 性別 is rejected",
    { municipality: MUNI, records: [(({ sex: _s, ...r }) => r)(japanese(1))] },
    Event.moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.registry.malformed"))
  )
]

const eventEx: Array<Example> = [
  ex("event", "records.event.malformed", ["juki event form"], "a well-formed 転入 is accepted", gEmpty(), Event.moveIn({ records: [newcomer(9)], ...M }), OK),
  ex("event", "records.event.malformed", ["juki event form"], "a well-formed 転居 is accepted", gFamily(), tenkyoF5(), OK),
  ex("event", "records.event.malformed", ["juki event form"], "an event with an unknown key is rejected", gFamily(), { ...tenkyoF5(), note: "x" }, NO(E("records.event.malformed"))),
  ex(
    "event",
    "records.event.malformed",
    ["juki event form"],
    "an event naming one person twice is rejected",
    gFamily(),
    Event.moveOut({ atenaNumbers: [atena(3), atena(3)], destination: FORMER, ...M }),
    NO(E("records.event.malformed"))
  ),
  ex("event", "records.event.malformed", ["juki event form"], "an event without 異動日 is rejected", gFamily(), (({ changeDate: _c, ...e }) => e)(tenkyoF5()), NO(E("records.event.malformed")))
]

const jiyu: Array<Example> = [
  ex("jiyu", "records.jiyu.unknown", ["標準仕様書1.2.2"], "an event naming its 事由 in Japanese (転居) is accepted", gFamily(), { ...tenkyoF5(), jiyu: "転居" }, OK),
  ex("jiyu", "records.jiyu.unknown", ["標準仕様書1.2.2"], "an event naming its 事由 by id is accepted", gFamily(), tenkyoF5(), OK),
  ex("jiyu", "records.jiyu.unknown", ["標準仕様書1.2.2"], "an event with the 事由 引越し is rejected", gFamily(), { ...tenkyoF5(), jiyu: "引越し" }, NO(E("records.jiyu.unknown"))),
  ex("jiyu", "records.jiyu.unknown", ["標準仕様書1.2.2"], "an event with a numeric 事由 code is rejected", gFamily(), { ...tenkyoF5(), jiyu: 42 }, NO(E("records.jiyu.unknown"))),
  ex("jiyu", "records.jiyu.forbidden", ["標準仕様書1.2.2"], "世帯変更 named in Japanese is accepted", gFamily(), { ...hhChange("子"), jiyu: "世帯変更" }, OK),
  ex(
    "jiyu",
    "records.jiyu.forbidden",
    ["標準仕様書1.2.2", "標準仕様書4.6"],
    "異動の取消し（修正） named in Japanese is accepted",
    gFamily(),
    { ...modify1("minor-correction", 5, { address: { ...ADDRESS_B, text: "東京都千代田区丸の内二丁目3番1号" } }), jiyu: "軽微な修正" },
    OK
  ),
  ex("jiyu", "records.jiyu.forbidden", ["標準仕様書1.2.2 (転居取消は実装しない)"], "the 事由 転居取消 is rejected", gFamily(), { ...tenkyoF5(), jiyu: "転居取消" }, NO(E("records.jiyu.forbidden"))),
  ex("jiyu", "records.jiyu.forbidden", ["標準仕様書1.2.2 (転居取消は実装しない)"], "the 事由 転居取り消し is rejected", gFamily(), { ...tenkyoF5(), jiyu: "転居取り消し" }, NO(E("records.jiyu.forbidden")))
]

const fx = (rule: string, description: string, mapping: unknown, expect: Expected): FunctionExample => ({
  kind: "function",
  group: "jiyu",
  rule,
  description,
  basis: ["標準仕様書1.2.2"],
  function: "Jiyu.validateMapping",
  args: [mapping],
  expect
})

const mapping: Array<Example> = [
  fx("records.jiyu.mapping", "a mapping with ids is accepted", { name: "v", entries: [{ code: "01", jiyu: "domestic-move-in" }, { code: "02", jiyu: "move-within" }] }, OK),
  fx("records.jiyu.mapping", "a mapping with Japanese category names is accepted", { name: "v", entries: [{ code: "A1", jiyu: "国内転入" }, { code: "B1", jiyu: "異動の取消し（修正）" }] }, OK),
  fx("records.jiyu.mapping", "a mapping with a duplicated code is rejected", { name: "v", entries: [{ code: "01", jiyu: "国内転入" }, { code: "01", jiyu: "転居" }] }, NO(E("records.jiyu.mapping"))),
  fx("records.jiyu.mapping", "a mapping with a 転居取消 row is rejected", { name: "v", entries: [{ code: "01", jiyu: "転居取消" }] }, NO(E("records.jiyu.mapping")))
]

/**
 * Every example, in catalogue group order.
 */
export const examples: ReadonlyArray<Example> = [
  ...cs,
  ...create,
  ...moveIn,
  ...specialMoveIn,
  ...state,
  ...transferInNotice,
  ...moveOut,
  ...date,
  ...deadline,
  ...modify,
  ...householdEx,
  ...relationship,
  ...record,
  ...foreign,
  ...nationality,
  ...history,
  ...provisional,
  ...registry,
  ...eventEx,
  ...jiyu,
  ...mapping
]

