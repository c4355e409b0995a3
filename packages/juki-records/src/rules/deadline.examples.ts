/**
 * Examples of the `records.deadline.*` rules (`./deadline.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/deadline.json` (optional cases in
 * `conformance/optional/records/deadline.json`).
 */
import * as Event from "../events/index.js"
import { M } from "../test-utils/fixtures.js"
import {
  OK,
  A,
  NO,
  ex,
  type Example,
  gFamily,
  gEmpty,
  newcomer,
  tenkyoF5,
  hhChange
} from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "住基法52条2項"],
    "転入 filed 4 days after moving in is accepted",
    gEmpty(),
    Event.moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
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
