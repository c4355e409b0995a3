/**
 * Examples of the `records.cs.*` rules (`./cs.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/cs.json` (optional cases in
 * `conformance/optional/records/cs.json`).
 */
import * as Event from "../events/index.js"
import {
  ADDRESS_A,
  ADDRESS_C,
  atena,
  foreigner,
  household,
  input,
  japanese,
  M,
  myNumber,
  registryJson
} from "../test-utils/fixtures.js"
import {
  OK,
  E,
  A,
  NO,
  ex,
  type Example,
  gFamily,
  gEmpty,
  gRemoved,
  leavingF5,
  newcomer,
  tenkyoF5,
  SEED,
  moveIn
} from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED, "標準仕様書4.0.1"],
    "国内転入 of a new person is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED, "標準仕様書4.1.1.2"],
    "国内転入 on the 宛名番号 of a 除票 (再転入) is accepted",
    gRemoved(),
    moveIn({ records: [input(japanese(1))], ...M }),
    OK
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED],
    "転入 for a current resident (same 宛名番号) is rejected",
    gFamily(),
    moveIn({ records: [input(japanese(1))], ...M }),
    NO(E("records.cs.move-in-resident"))
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED],
    "転入 under a new 宛名番号 with the 個人番号 of a current resident is rejected",
    gFamily(),
    moveIn({ records: [newcomer(9, { myNumber: myNumber(2) })], ...M }),
    NO(E("records.cs.move-in-resident"))
  ),
  ex(
    "cs",
    "records.cs.move-in-resident",
    [SEED],
    "国外転入 of a 転出予定 (still a resident) is rejected",
    registryJson([leavingF5()]),
    moveIn({ records: [input(foreigner(5))], from: "abroad", ...M }),
    NO(E("records.cs.move-in-resident"))
  ),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED, "住基法23条"],
    "転居 changing the address only is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "cs",
    "records.cs.move-within-address-only",
    [SEED, "標準仕様書4.0.2"],
    "転居 into a new 世帯 as its 世帯主 is accepted (the 世帯 may change with a 転居)",
    gFamily(),
    Event.moveWithin({
      persons: [{ atenaNumber: atena(3), relationship: "世帯主" }],
      address: ADDRESS_C,
      householdNumber: household(7),
      ...M
    }),
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
    Event.moveWithin({
      persons: [{ atenaNumber: atena(3), relationship: "世帯主" }],
      address: ADDRESS_C,
      householdNumber: household(7),
      ...M
    }),
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
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "平成26年総務省令第85号5条"],
    "転入 with well-formed identifiers is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "郵便番号"],
    "転居 to an address with a valid 郵便番号 is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "平成26年総務省令第85号5条"],
    "転入 with a 個人番号 whose check digit is wrong is rejected",
    gEmpty(),
    moveIn({
      records: [newcomer(9, { myNumber: `${myNumber(9).slice(0, 11)}${(Number(myNumber(9).slice(11)) + 1) % 10}` })],
      ...M
    }),
    NO(E("records.cs.item-format"))
  ),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "全国地方公共団体コード"],
    "転入 with a 市町村コード whose check digit is wrong is rejected",
    gEmpty(),
    moveIn({ records: [newcomer(9, { address: { ...ADDRESS_A, municipalityCode: "131017" } })], ...M }),
    NO(E("records.cs.item-format"), E("records.move-in.municipality"))
  ),
  ex(
    "cs",
    "records.cs.item-format",
    [SEED, "標準仕様書1.1.13"],
    "転入 with a new 宛名番号 whose M11W2-7 check digit is wrong is rejected",
    gEmpty(),
    moveIn({
      records: [newcomer(9, { atenaNumber: `${atena(9).slice(0, 9)}${(Number(atena(9).slice(9)) + 1) % 10}` })],
      ...M
    }),
    NO(E("records.cs.item-format"))
  ),
  ex(
    "cs",
    "records.cs.order",
    ["標準仕様書7.1.1.1"],
    "転居 dated after the latest change is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "cs",
    "records.cs.order",
    ["標準仕様書7.1.1.1"],
    "back-dated 職権 転居 acknowledged by the operator is accepted",
    gFamily(),
    {
      ...tenkyoF5({ changeDate: "2021-05-01", byAuthority: true }),
      filedOn: undefined,
      acknowledged: ["records.cs.order"]
    },
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
