/**
 * Examples of the `records.deadline.*` rules (`./deadline.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/deadline.json` (optional cases in
 * `conformance/optional/records/deadline.json`).
 */
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
  hhChange,
  moveIn
} from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "住基法52条2項"],
    "転入 filed 4 days after moving in is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
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
    moveIn({ records: [newcomer(9)], ...M, changeDate: "2024-03-01" }),
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
    ["住基法25条", "地方自治法4条の2第4項 (holiday roll-over)"],
    "with 2024-04-01 listed as a 休日, the same 世帯変更 is in time",
    gFamily(),
    { ...hhChange("子"), changeDate: "2024-03-18", filedOn: "2024-04-02", processedOn: "2024-04-02" },
    OK,
    { options: { holidays: ["2024-04-01"] }, optional: true }
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法23条", "地方自治法4条の2第4項 (holiday roll-over)"],
    "with a calendar without 休日, a 転居 filed on the Monday after a Saturday 14th day is late",
    gFamily(),
    tenkyoF5({ changeDate: "2024-03-23", filedOn: "2024-04-08", processedOn: "2024-04-08" }),
    NO(A("records.deadline.overdue")),
    { options: { holidays: "none" }, optional: true }
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "地方自治法4条の2第4項", "国民の祝日に関する法律3条2項"],
    "Golden Week: 転入 on 2024-04-19 filed on 2024-05-07 is in time (day 14 is 憲法記念日, then 5/4, 5/5 and the 振替休日 5/6)",
    gEmpty(),
    moveIn({ records: [newcomer(9)], changeDate: "2024-04-19", filedOn: "2024-05-07", processedOn: "2024-05-07" }),
    OK
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "地方自治法4条の2第4項", "国民の祝日に関する法律3条3項"],
    "シルバーウィーク 2015: 転入 on 2015-09-05 filed on 2015-09-24 is in time (day 14 is Saturday 9/19, then 敬老の日, 国民の休日 and 秋分の日)",
    gEmpty(),
    moveIn({ records: [newcomer(9)], changeDate: "2015-09-05", filedOn: "2015-09-24", processedOn: "2015-09-24" }),
    OK
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法25条", "地方自治法4条の2第2項3号", "地方自治法4条の2第4項"],
    "年末年始: 世帯変更 on 2023-12-15 filed on 2024-01-04 is in time (day 14 is 12/29; 12/29–1/3 are 休日)",
    gFamily(),
    { ...hhChange("子"), changeDate: "2023-12-15", filedOn: "2024-01-04", processedOn: "2024-01-04" },
    OK
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "地方自治法4条の2第4項"],
    "Golden Week: the same 転入 filed on 2024-05-08 raises an alert",
    gEmpty(),
    moveIn({ records: [newcomer(9)], changeDate: "2024-04-19", filedOn: "2024-05-08", processedOn: "2024-05-08" }),
    NO(A("records.deadline.overdue"))
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法22条", "地方自治法4条の2第4項"],
    "シルバーウィーク 2015: the same 転入 filed on 2015-09-25 raises an alert",
    gEmpty(),
    moveIn({ records: [newcomer(9)], changeDate: "2015-09-05", filedOn: "2015-09-25", processedOn: "2015-09-25" }),
    NO(A("records.deadline.overdue"))
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法25条", "地方自治法4条の2第4項"],
    "年末年始: the same 世帯変更 filed on 2024-01-05 raises an alert",
    gFamily(),
    { ...hhChange("子"), changeDate: "2023-12-15", filedOn: "2024-01-05", processedOn: "2024-01-05" },
    NO(A("records.deadline.overdue"))
  ),
  ex(
    "deadline",
    "records.deadline.overdue",
    ["住基法25条", "地方自治法4条の2第2項3号 (条例)"],
    "a municipality whose 条例 has no 年末年始 休日: the 世帯変更 filed on 2024-01-04 is late",
    gFamily(),
    { ...hhChange("子"), changeDate: "2023-12-15", filedOn: "2024-01-04", processedOn: "2024-01-04" },
    NO(A("records.deadline.overdue")),
    { options: { holidays: { yearEnd: false } }, optional: true }
  )
]
