/**
 * Examples of the `records.jiyu.*` rules (`./jiyu.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/jiyu.json` (optional cases in
 * `conformance/optional/records/jiyu.json`).
 */
import { ADDRESS_B, atena, foreigner, household, input, MUNI } from "../test-utils/fixtures.js"
import {
  OK,
  E,
  NO,
  ex,
  type Expected,
  type Example,
  type FunctionExample,
  gFamily,
  gEmpty,
  tenkyoF5,
  hhChange,
  modify1
} from "../test-utils/example-kit.js"

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

export const examples: ReadonlyArray<Example> = [
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2", "住基令30条の26"],
    "通称の記載 for a foreign resident is accepted",
    gFamily(),
    modify1("alias-entry", 5, { alias: { kanji: "山本　太郎", recordedOn: "2024-04-05", recordedBy: MUNI } }),
    OK
  ),
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2", "標準仕様書1.1.7"],
    "旧氏の記載 for a Japanese resident is accepted",
    gFamily(),
    modify1("former-surname-entry", 2, { formerSurname: { kanji: "佐藤", kana: "サトウ", requestedOn: "2024-04-05" } }),
    OK
  ),
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2"],
    "職権消除（帰化等） of a Japanese resident is rejected",
    gFamily(),
    {
      type: "remove",
      jiyu: "authority-removal-naturalisation",
      atenaNumbers: [atena(3)],
      byAuthority: true,
      changeDate: "2024-04-01",
      processedOn: "2024-04-05"
    },
    NO(E("records.jiyu.scope"))
  ),
  ex(
    "jiyu",
    "records.jiyu.scope",
    ["標準仕様書1.2.2"],
    "職権記載（帰化等） creating a foreign resident's 住民票 is rejected",
    gEmpty(),
    {
      type: "create",
      jiyu: "authority-entry-naturalisation",
      records: [input(foreigner(9, { householdNumber: household(9) }))],
      byAuthority: true,
      changeDate: "2024-04-01",
      processedOn: "2024-04-05"
    },
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
  ),
  ex(
    "jiyu",
    "records.jiyu.unknown",
    ["標準仕様書1.2.2"],
    "an event naming its 事由 in Japanese (転居) is accepted",
    gFamily(),
    { ...tenkyoF5(), jiyu: "転居" },
    OK
  ),
  ex(
    "jiyu",
    "records.jiyu.unknown",
    ["標準仕様書1.2.2"],
    "an event naming its 事由 by id is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "jiyu",
    "records.jiyu.unknown",
    ["標準仕様書1.2.2"],
    "an event with the 事由 引越し is rejected",
    gFamily(),
    { ...tenkyoF5(), jiyu: "引越し" },
    NO(E("records.jiyu.unknown"))
  ),
  ex(
    "jiyu",
    "records.jiyu.unknown",
    ["標準仕様書1.2.2"],
    "an event with a numeric 事由 code is rejected",
    gFamily(),
    { ...tenkyoF5(), jiyu: 42 },
    NO(E("records.jiyu.unknown"))
  ),
  ex(
    "jiyu",
    "records.jiyu.forbidden",
    ["標準仕様書1.2.2"],
    "世帯変更 named in Japanese is accepted",
    gFamily(),
    { ...hhChange("子"), jiyu: "世帯変更" },
    OK
  ),
  ex(
    "jiyu",
    "records.jiyu.forbidden",
    ["標準仕様書1.2.2", "標準仕様書4.6"],
    "異動の取消し（修正） named in Japanese is accepted",
    gFamily(),
    {
      ...modify1("minor-correction", 5, { address: { ...ADDRESS_B, text: "東京都千代田区丸の内二丁目3番1号" } }),
      jiyu: "軽微な修正"
    },
    OK
  ),
  ex(
    "jiyu",
    "records.jiyu.forbidden",
    ["標準仕様書1.2.2 (転居取消は実装しない)"],
    "the 事由 転居取消 is rejected",
    gFamily(),
    { ...tenkyoF5(), jiyu: "転居取消" },
    NO(E("records.jiyu.forbidden"))
  ),
  ex(
    "jiyu",
    "records.jiyu.forbidden",
    ["標準仕様書1.2.2 (転居取消は実装しない)"],
    "the 事由 転居取り消し is rejected",
    gFamily(),
    { ...tenkyoF5(), jiyu: "転居取り消し" },
    NO(E("records.jiyu.forbidden"))
  ),
  fx(
    "records.jiyu.mapping",
    "a mapping with ids is accepted",
    {
      name: "v",
      entries: [
        { code: "01", jiyu: "domestic-move-in" },
        { code: "02", jiyu: "move-within" }
      ]
    },
    OK
  ),
  fx(
    "records.jiyu.mapping",
    "a mapping with Japanese category names is accepted",
    {
      name: "v",
      entries: [
        { code: "A1", jiyu: "国内転入" },
        { code: "B1", jiyu: "異動の取消し（修正）" }
      ]
    },
    OK
  ),
  fx(
    "records.jiyu.mapping",
    "a mapping with a duplicated code is rejected",
    {
      name: "v",
      entries: [
        { code: "01", jiyu: "国内転入" },
        { code: "01", jiyu: "転居" }
      ]
    },
    NO(E("records.jiyu.mapping"))
  ),
  fx(
    "records.jiyu.mapping",
    "a mapping with a 転居取消 row is rejected",
    { name: "v", entries: [{ code: "01", jiyu: "転居取消" }] },
    NO(E("records.jiyu.mapping"))
  )
]
