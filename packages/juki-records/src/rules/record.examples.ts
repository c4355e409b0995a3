/**
 * Examples of the `records.record.*` rules (`./record.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/record.json` (optional cases in
 * `conformance/optional/records/record.json`).
 */
import { ADDRESS_A, foreigner, household, input, japanese, M, movedOut, registryJson } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gEmpty, newcomer, moveIn } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6"],
    "転入 with every required item is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6", "標準仕様書1.1.12"],
    "a 除票 without 住民票コード and a 住民票 with 本籍 なし are allowed",
    registryJson(
      [
        { ...movedOut(japanese(1)), residentCode: undefined } as never,
        japanese(3, { householdNumber: household(3), honseki: { kind: "none" } })
      ].map((r) => JSON.parse(JSON.stringify(r)))
    ),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6"],
    "転入 with a blank 住所 is rejected",
    gEmpty(),
    moveIn({ records: [newcomer(9, { address: { ...ADDRESS_A, text: "" } })], ...M }),
    NO(E("records.record.required"))
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6", "住基法30条の45"],
    "国外転入 of a foreign resident without 国籍・地域 is rejected",
    gEmpty(),
    moveIn({
      records: [input(foreigner(9, { householdNumber: household(9), nationality: "" }))],
      from: "abroad",
      ...M
    }),
    NO(E("records.record.required"))
  ),
  ex(
    "record",
    "records.record.required",
    ["標準仕様書1.1.6", "標準仕様書1.1.12"],
    "転入 with a 本籍 but no 筆頭者 is rejected",
    gEmpty(),
    moveIn({
      records: [
        newcomer(9, { honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "" } } as never)
      ],
      ...M
    }),
    NO(E("records.record.required"))
  )
]
