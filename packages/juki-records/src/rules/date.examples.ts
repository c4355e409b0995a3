/**
 * Examples of the `records.date.*` rules (`./date.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/date.json` (optional cases in
 * `conformance/optional/records/date.json`).
 */
import * as Event from "../events/index.js"
import { ADDRESS_C, atena, foreigner, household, input, M } from "../test-utils/fixtures.js"
import {
  OK,
  E,
  NO,
  ex,
  type Example,
  gFamily,
  gEmpty,
  newcomer,
  tenkyoF5,
  baby,
  out,
  hhChange,
  moveIn
} from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "date",
    "records.date.not-future",
    ["標準仕様書4.0.3"],
    "転居 dated on the 処理日 is accepted",
    gFamily(),
    tenkyoF5({ changeDate: "2024-04-05" }),
    OK
  ),
  ex(
    "date",
    "records.date.not-future",
    ["標準仕様書4.0.3"],
    "転出 with a future 転出予定年月日 is accepted",
    gFamily(),
    out({ changeDate: "2024-05-01" }),
    OK
  ),
  ex(
    "date",
    "records.date.not-future",
    ["標準仕様書4.0.3"],
    "転居 dated after the 処理日 is rejected",
    gFamily(),
    tenkyoF5({ changeDate: "2024-04-06", filedOn: "2024-04-05" }),
    NO(E("records.date.not-future"), E("records.date.filed-before-change"))
  ),
  ex(
    "date",
    "records.date.not-future",
    ["標準仕様書4.1.0.2"],
    "転入 whose 届出日 is after the 処理日 is rejected",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M, filedOn: "2024-04-06" }),
    NO(E("records.date.not-future"))
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8"],
    "転入 of a person whose 生年月日 is a 不詳日 (昭和20年頃) is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9, { birthDate: "昭和20年頃" })], ...M }),
    OK
  ),
  ex(
    "date",
    "records.date.calendar",
    ["標準仕様書1.1.8"],
    "転入 of a person whose 生年月日 is a non-calendar day (明治45年7月30日) is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9, { birthDate: "明治45年7月30日" })], ...M }),
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
    moveIn({
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            status: { ...(foreigner(9).status as object), expiryDate: "2027-13-01" } as never
          })
        )
      ],
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
    moveIn({ records: [newcomer(9, { birthDate: "不明な日" })], ...M }),
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
  ex(
    "date",
    "records.date.before-birth",
    ["inferred CS check (reference §5.2)"],
    "転居 after the birth is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "date",
    "records.date.before-birth",
    ["inferred CS check (reference §5.2)"],
    "転入 dated before the person's birth is rejected",
    gEmpty(),
    moveIn({ records: [newcomer(9, { birthDate: "2024-04-03" })], ...M }),
    NO(E("records.date.before-birth"))
  ),
  ex(
    "date",
    "records.date.before-birth",
    ["inferred CS check (reference §5.2)"],
    "職権記載 dated before the person's birth is rejected",
    gEmpty(),
    Event.authorityEntry({
      records: [newcomer(9, { birthDate: "2024-04-03" })],
      changeDate: "2024-04-01",
      processedOn: "2024-04-05"
    }),
    NO(E("records.date.before-birth"))
  ),
  ex(
    "date",
    "records.date.filed-before-change",
    ["住基法22条"],
    "転入 filed on the day of the move is accepted",
    gEmpty(),
    moveIn({
      records: [newcomer(9)],
      changeDate: "2024-04-05",
      filedOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    OK
  ),
  ex(
    "date",
    "records.date.filed-before-change",
    ["住基法24条"],
    "転出 filed before the planned move is accepted (only the 転出届 is made in advance)",
    gFamily(),
    out({ changeDate: "2024-04-20" }),
    OK
  ),
  ex(
    "date",
    "records.date.filed-before-change",
    ["住基法22条"],
    "転入 filed the day before the move is rejected",
    gEmpty(),
    moveIn({
      records: [newcomer(9)],
      changeDate: "2024-04-05",
      filedOn: "2024-04-04",
      processedOn: "2024-04-05"
    }),
    NO(E("records.date.filed-before-change"))
  ),
  ex(
    "date",
    "records.date.filed-before-change",
    ["住基法23条"],
    "転居 filed before the move is rejected",
    gFamily(),
    tenkyoF5({ changeDate: "2024-04-05", filedOn: "2024-04-03" }),
    NO(E("records.date.filed-before-change"))
  ),
  ex(
    "date",
    "records.date.filed-before-change",
    ["住基法25条"],
    "世帯変更 filed before the change is rejected",
    gFamily(),
    { ...hhChange("子"), changeDate: "2024-04-05", filedOn: "2024-04-02" },
    NO(E("records.date.filed-before-change"))
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法22条", "住基法7条"],
    "転入 whose 住所を定めた年月日 and 住民となった年月日 are the day of moving in is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法7条", "UNVERIFIED: 標準仕様書4.1.1"],
    "出生 recorded on the 生年月日 with 住民となった年月日 and 住所を定めた年月日 the same day is accepted",
    gFamily(),
    Event.birth({ record: baby(4), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法23条"],
    "転居 whose 住所を定めた年月日 is the 異動日 is accepted",
    gFamily(),
    tenkyoF5({ changeDate: "2024-04-03" }),
    OK
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法30条の46"],
    "30条の46 転入 whose 外国人住民となった年月日 is the day of moving in is accepted",
    gEmpty(),
    Event.foreignResidentFiling({
      article: "30-46",
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            addressSince: "2024-04-01",
            foreignResidentSince: "2024-04-01"
          })
        )
      ],
      ...M
    }),
    OK
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法22条", "住基法7条"],
    "転入 whose 住所を定めた年月日 is before the day of moving in is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { addressSince: "2024-03-20" })], ...M }),
    NO(E("records.date.equal-items"))
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法22条", "住基法7条"],
    "転入 whose 住民となった年月日 is the date of an earlier residence elsewhere is rejected",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9, { residentSince: "2015-04-01" })], ...M }),
    NO(E("records.date.equal-items"))
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法23条"],
    "転居 whose 住所を定めた年月日 differs from the 異動日 is rejected",
    gFamily(),
    Event.modify({
      jiyu: "move-within",
      changes: [
        {
          atenaNumber: atena(5),
          set: { address: ADDRESS_C, addressSince: "2024-03-25", householdNumber: household(2) }
        }
      ],
      ...M
    }),
    NO(E("records.date.equal-items"))
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法7条", "UNVERIFIED: 標準仕様書4.1.1"],
    "出生 whose 異動日 is not the 生年月日 is rejected",
    gFamily(),
    Event.birth({ record: baby(4), changeDate: "2024-04-02", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    NO(E("records.date.equal-items"))
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法7条", "UNVERIFIED: 標準仕様書4.1.1"],
    "出生 whose 住民となった年月日 is the day the 出生届 was made is rejected",
    gFamily(),
    Event.birth({
      record: baby(4, { residentSince: "2024-04-05" }),
      changeDate: "2024-04-01",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    NO(E("records.date.equal-items"))
  ),
  ex(
    "date",
    "records.date.equal-items",
    ["住基法30条の46"],
    "30条の46 転入 whose 外国人住民となった年月日 is an earlier date is rejected",
    gEmpty(),
    Event.foreignResidentFiling({
      article: "30-46",
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            addressSince: "2024-04-01",
            foreignResidentSince: "2023-04-01"
          })
        )
      ],
      ...M
    }),
    NO(E("records.date.equal-items"))
  )
]
