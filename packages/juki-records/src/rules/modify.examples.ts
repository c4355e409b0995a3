/**
 * Examples of the `records.modify.*` rules (`./modify.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/modify.json` (optional cases in
 * `conformance/optional/records/modify.json`).
 */
import * as Event from "../events/index.js"
import { ADDRESS_B, atena, household, M, myNumber, residentCode } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, modify1, tenkyoF5 } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "modify",
    "records.modify.allowed-fields",
    ["番号法7条2項", "標準仕様書4.4"],
    "個人番号の変更請求 changing the 個人番号 is accepted",
    gFamily(),
    modify1("mynumber-change-request", 5, { myNumber: myNumber(55) }),
    OK
  ),
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
  ex(
    "modify",
    "records.modify.address-municipality",
    ["住基法23条"],
    "転居 within 千代田区 is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "modify",
    "records.modify.address-municipality",
    ["住基法8条"],
    "職権修正 of the address text within this municipality is accepted",
    gFamily(),
    modify1("authority-correction", 5, { address: { ...ADDRESS_B, text: "東京都千代田区丸の内二丁目3番4号" } }),
    OK
  ),
  ex(
    "modify",
    "records.modify.address-municipality",
    ["住基法23条", "住基法24条"],
    "転居 to 中央区 recorded in the 千代田区 registry is rejected (leaving the municipality is a 転出)",
    gFamily(),
    Event.moveWithin({
      persons: [{ atenaNumber: atena(5) }],
      address: { municipalityCode: "131024", text: "東京都中央区銀座一丁目1番" },
      householdNumber: household(2),
      ...M
    }),
    NO(E("records.modify.address-municipality"))
  ),
  ex(
    "modify",
    "records.modify.address-municipality",
    ["住基法8条"],
    "職権修正 moving the address to another municipality is rejected",
    gFamily(),
    modify1("authority-correction", 5, {
      address: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" }
    }),
    NO(E("records.modify.address-municipality"))
  )
]
