/**
 * Examples of the `records.household.*` rules (`./household.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/household.json` (optional cases in
 * `conformance/optional/records/household.json`).
 */
import * as Event from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import {
  ADDRESS_A,
  ADDRESS_C,
  atena,
  family,
  foreigner,
  FORMER,
  household,
  input,
  japanese,
  M,
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
  newcomer,
  tenkyoF5,
  hhChange,
  out,
  moveIn
} from "../test-utils/example-kit.js"

const household7 = (o: Partial<ResidentRecord> = {}) => japanese(6, { householdNumber: household(7), ...(o as object) })

export const examples: ReadonlyArray<Example> = [
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1", "住基法25条"],
    "世帯分離 at the same address is accepted",
    gFamily(),
    Event.householdChange({
      jiyu: "household-split",
      members: [{ atenaNumber: atena(3), householdNumber: household(7), relationship: "世帯主" }],
      ...M
    }),
    OK
  ),
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1", "住基法25条"],
    "世帯合併 of a one-person 世帯 at the same address is accepted",
    registryJson([...family(), household7()]),
    Event.householdChange({
      jiyu: "household-merge",
      members: [{ atenaNumber: atena(6), householdNumber: household(1), relationship: "同居人" }],
      ...M
    }),
    OK
  ),
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1"],
    "世帯変更 that also changes the address is rejected",
    gFamily(),
    Event.modify({
      jiyu: "household-change",
      changes: [
        { atenaNumber: atena(3), set: { householdNumber: household(7), relationship: "世帯主", address: ADDRESS_C } }
      ],
      ...M
    }),
    NO(E("records.household.no-address-change"))
  ),
  ex(
    "household",
    "records.household.no-address-change",
    ["標準仕様書4.1.4.1"],
    "世帯主変更 that also changes 住所を定めた年月日 is rejected",
    gFamily(),
    Event.modify({
      jiyu: "head-change",
      changes: [{ atenaNumber: atena(5), set: { relationship: "世帯主", addressSince: "2024-04-01" } }],
      ...M
    }),
    NO(E("records.household.no-address-change"))
  ),
  ex(
    "household",
    "records.household.at-most-one-head",
    ["標準仕様書1.1.10"],
    "世帯分離 making the child 世帯主 of a new 世帯 is accepted",
    gFamily(),
    Event.householdChange({
      jiyu: "household-split",
      members: [{ atenaNumber: atena(3), householdNumber: household(7), relationship: "世帯主" }],
      ...M
    }),
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
    moveIn({ records: [input(japanese(9, { householdNumber: household(1), relationship: "世帯主" }))], ...M }),
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
    moveIn({ records: [newcomer(9)], ...M }),
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
  ex(
    "household",
    "records.household.head-leaves",
    ["標準仕様書4.0.4"],
    "世帯主 moving out and leaving two members raises an alert",
    gFamily(),
    out({ n: 1 }),
    NO(A("records.household.head-leaves"))
  ),
  ex(
    "household",
    "records.household.head-leaves",
    ["標準仕様書4.0.4"],
    "世帯主 splitting off and leaving two members raises an alert",
    gFamily(),
    Event.householdChange({
      jiyu: "household-split",
      members: [{ atenaNumber: atena(1), householdNumber: household(7), relationship: "世帯主" }],
      ...M
    }),
    NO(A("records.household.head-leaves"))
  ),
  ex(
    "household",
    "records.household.same-address",
    ["住基法6条", "標準仕様書4.1.4.1"],
    "転居 of the whole 世帯 together is accepted",
    gFamily(),
    Event.moveWithin({
      persons: [{ atenaNumber: atena(1) }, { atenaNumber: atena(2) }, { atenaNumber: atena(3) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      ...M
    }),
    OK
  ),
  ex(
    "household",
    "records.household.same-address",
    ["住基法6条"],
    "転居 of a one-person 世帯 is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
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
    moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.household.same-address"))
  ),
  ex(
    "household",
    "records.household.relationship-in-move-within",
    ["住基法23条"],
    "転居 of the whole 世帯 keeping every 続柄 is accepted",
    gFamily(),
    Event.moveWithin({
      persons: [{ atenaNumber: atena(1) }, { atenaNumber: atena(2) }, { atenaNumber: atena(3) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      ...M
    }),
    OK
  ),
  ex(
    "household",
    "records.household.relationship-in-move-within",
    ["住基法23条"],
    "転居 into another 世帯 with a new 続柄 (同居人) is accepted",
    gFamily(),
    Event.moveWithin({
      persons: [{ atenaNumber: atena(5), relationship: "同居人" }],
      address: ADDRESS_A,
      householdNumber: household(1),
      ...M
    }),
    OK
  ),
  ex(
    "household",
    "records.household.relationship-in-move-within",
    ["住基法23条"],
    "転居 of the whole 世帯 that changes the child's 続柄 is rejected (a 修正 of its own)",
    gFamily(),
    Event.moveWithin({
      persons: [
        { atenaNumber: atena(1) },
        { atenaNumber: atena(2) },
        { atenaNumber: atena(3), relationship: "子の妻" }
      ],
      address: ADDRESS_C,
      householdNumber: household(1),
      ...M
    }),
    NO(E("records.household.relationship-in-move-within"))
  ),
  ex(
    "household",
    "records.household.relationship-in-move-within",
    ["住基法23条"],
    "転居 of a one-person 世帯 that changes the 続柄 is rejected",
    gFamily(),
    Event.moveWithin({
      persons: [{ atenaNumber: atena(5), relationship: "同居人" }],
      address: ADDRESS_C,
      householdNumber: household(2),
      ...M
    }),
    NO(E("records.household.relationship-in-move-within"))
  )
]
