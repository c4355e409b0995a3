/**
 * Examples of the `records.move-in.*` rules (`./move-in.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/move-in.json` (optional cases in
 * `conformance/optional/records/move-in.json`).
 */
import type { RecordInput } from "../models/index.js"
import {
  cardNumber,
  foreigner,
  household,
  input,
  japanese,
  M,
  movedOut,
  MUNI,
  myNumber,
  registryJson,
  residentCode
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
  newcomer,
  moveIn,
  foreignResidentFiling
} from "../test-utils/example-kit.js"

const withoutPrevious = (r: RecordInput): RecordInput => {
  const { previousAddress: _p, ...rest } = r as RecordInput & { previousAddress?: unknown }
  return rest as RecordInput
}

export const examples: ReadonlyArray<Example> = [
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "再転入 on the same 宛名番号 is accepted",
    gRemoved(),
    moveIn({ records: [input(japanese(1))], ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "転入 without any match is accepted",
    gRemoved(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "転入 under a new 宛名番号 with the 住民票コード of a 除票 is rejected",
    gRemoved(),
    moveIn({ records: [newcomer(9, { residentCode: residentCode(1) })], ...M }),
    NO(E("records.move-in.reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "転入 under a new 宛名番号 with the 個人番号 of a 除票 is rejected",
    gRemoved(),
    moveIn({ records: [newcomer(9, { myNumber: myNumber(1) })], ...M }),
    NO(E("records.move-in.reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.reentry",
    ["標準仕様書4.1.1.2"],
    "国外転入 under a new 宛名番号 with the 在留カード番号 of a foreign 除票 is rejected",
    registryJson([movedOut(foreigner(5))]),
    moveIn({
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            status: { ...(foreigner(5).status as object), cardNumber: cardNumber(5) } as never
          })
        )
      ],
      from: "abroad",
      ...M
    }),
    NO(E("records.move-in.reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.possible-reentry",
    ["標準仕様書4.1.1.2"],
    "転入 of a person with other 3情報 is accepted",
    gRemoved(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.possible-reentry",
    ["標準仕様書4.1.1.2"],
    "3情報 match with a 除票, confirmed by the operator, is accepted",
    gRemoved(),
    {
      ...moveIn({
        records: [newcomer(9, { name: japanese(1).name, birthDate: japanese(1).birthDate, sex: japanese(1).sex })],
        ...M
      }),
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
    moveIn({
      records: [newcomer(9, { name: japanese(1).name, birthDate: japanese(1).birthDate, sex: japanese(1).sex })],
      ...M
    }),
    NO(A("records.move-in.possible-reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.possible-reentry",
    ["標準仕様書4.1.1.2"],
    "転入 whose 3情報 match a current resident (other identifiers) raises an alert",
    gFamily(),
    moveIn({
      records: [newcomer(9, { name: japanese(2).name, birthDate: japanese(2).birthDate, sex: japanese(2).sex })],
      ...M
    }),
    NO(A("records.move-in.possible-reentry"))
  ),
  ex(
    "move-in",
    "records.move-in.previous-address",
    ["標準仕様書4.1.1.1", "住基法9条1項"],
    "国内転入 with the former address and 市町村コード is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.previous-address",
    ["標準仕様書4.5.1", "住基法30条の46"],
    "30条の46 転入 without 転入前住所 is accepted",
    gEmpty(),
    foreignResidentFiling({
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
    moveIn({ records: [withoutPrevious(newcomer(9))], ...M }),
    NO(E("records.move-in.previous-address"))
  ),
  ex(
    "move-in",
    "records.move-in.previous-address",
    ["住基法9条1項"],
    "国内転入 whose 転入前住所 lacks the former 市町村コード is rejected (no 転入通知 possible)",
    gEmpty(),
    moveIn({ records: [newcomer(9, { previousAddress: { text: "大阪府大阪市北区梅田一丁目1番" } })], ...M }),
    NO(E("records.move-in.previous-address"))
  ),
  ex(
    "move-in",
    "records.move-in.municipality",
    ["住基法22条"],
    "国内転入 to an address in this municipality is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.municipality",
    ["住基法30条の46"],
    "国外転入 to an address in this municipality is accepted",
    gEmpty(),
    moveIn({ records: [input(foreigner(9, { householdNumber: household(9) }))], from: "abroad", ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.municipality",
    ["住基法22条"],
    "国内転入 recording an address in 中央区 into the 千代田区 registry is rejected",
    gEmpty(),
    moveIn({
      records: [newcomer(9, { address: { municipalityCode: "131024", text: "東京都中央区銀座一丁目1番" } })],
      ...M
    }),
    NO(E("records.move-in.municipality"))
  ),
  ex(
    "move-in",
    "records.move-in.municipality",
    ["住基法30条の46"],
    "国外転入 recording an address in 大阪市北区 is rejected",
    gEmpty(),
    moveIn({
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            address: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" }
          })
        )
      ],
      from: "abroad",
      ...M
    }),
    NO(E("records.move-in.municipality"))
  ),
  ex(
    "move-in",
    "records.move-in.same-municipality",
    ["住基法22条"],
    "国内転入 from 大阪市北区 is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.same-municipality",
    ["住基法22条"],
    "国外転入 (no former 市町村) is accepted",
    gEmpty(),
    moveIn({ records: [input(foreigner(9, { householdNumber: household(9) }))], from: "abroad", ...M }),
    OK
  ),
  ex(
    "move-in",
    "records.move-in.same-municipality",
    ["住基法23条"],
    "国内転入 whose 転入前住所 is in this municipality is rejected (that move is a 転居)",
    gEmpty(),
    moveIn({
      records: [newcomer(9, { previousAddress: { municipalityCode: MUNI, text: "東京都千代田区丸の内二丁目3番" } })],
      ...M
    }),
    NO(E("records.move-in.same-municipality"))
  ),
  ex(
    "move-in",
    "records.move-in.same-municipality",
    ["住基法23条"],
    "国内転入 of two persons from an address in this municipality is rejected for each",
    gEmpty(),
    moveIn({
      records: [
        newcomer(8, { previousAddress: { municipalityCode: MUNI, text: "東京都千代田区外神田四丁目5番" } }),
        newcomer(9, { previousAddress: { municipalityCode: MUNI, text: "東京都千代田区外神田四丁目5番" } })
      ],
      ...M
    }),
    NO(E("records.move-in.same-municipality"))
  )
]
