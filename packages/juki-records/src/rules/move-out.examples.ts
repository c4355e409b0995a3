/**
 * Examples of the `records.move-out.*` rules (`./move-out.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/move-out.json` (optional cases in
 * `conformance/optional/records/move-out.json`).
 */
import type { ResidentRecord } from "../models/index.js"
import { FORMER, japanese, M, movedOut, registryJson } from "../test-utils/fixtures.js"
import {
  OK,
  E,
  NO,
  ex,
  type Example,
  gFamily,
  gRemoved,
  leavingF5,
  newcomer,
  notice,
  out,
  moveIn
} from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1", "住基法24条"],
    "転出届 filed before the move is accepted",
    gFamily(),
    out({ changeDate: "2024-04-20" }),
    OK
  ),
  ex(
    "move-out",
    "records.move-out.late-filing",
    ["標準仕様書4.1.3.0.1"],
    "転出届 filed 10 days after the move is accepted",
    gFamily(),
    out({ changeDate: "2024-03-26" }),
    OK
  ),
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
    moveIn({ records: [newcomer(9)], ...M }),
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
    registryJson([
      {
        ...movedOut(japanese(1)),
        removal: { jiyu: "domestic-move-out", date: "2023-04-02", byAuthority: false }
      } as ResidentRecord
    ]),
    moveIn({ records: [newcomer(9)], ...M }),
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
        moveOut: {
          planned: { address: FORMER, date: "2023-03-31" },
          confirmed: { address: FORMER, date: "2023-03-25", noticeReceivedOn: "2023-03-28" }
        }
      } as ResidentRecord
    ]),
    moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.move-out.removal-date"))
  ),
  ex(
    "move-out",
    "records.move-out.destination",
    ["住基法24条", "標準仕様書4.1.3.0.2"],
    "転出 to a municipality name only is accepted",
    gFamily(),
    out({ destination: { text: "大阪市" } }),
    OK
  ),
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
  ex(
    "move-out",
    "records.move-out.destination",
    ["住基法24条"],
    "転出 with a blank destination is rejected",
    gFamily(),
    out({ destination: { text: " " } }),
    NO(E("records.move-out.destination"))
  )
]
