/**
 * Examples of the `records.state.*` rules (`./state.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/state.json` (optional cases in
 * `conformance/optional/records/state.json`).
 */
import * as Event from "../events/index.js"
import {
  ADDRESS_C,
  atena,
  family,
  FORMER,
  household,
  japanese,
  M,
  movedOut,
  registryJson
} from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, gRemoved, gVia, leavingF5, tenkyoF5 } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "state",
    "records.state.not-current",
    ["住基法8条"],
    "転居 of a current resident is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "state",
    "records.state.not-current",
    ["住基法24条"],
    "転出 of a current resident is accepted",
    gFamily(),
    Event.moveOut({ atenaNumbers: [atena(3)], destination: FORMER, ...M }),
    OK
  ),
  ex(
    "state",
    "records.state.not-current",
    ["住基法8条"],
    "転居 of a person not in the registry is rejected",
    gFamily(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(9) }], address: ADDRESS_C, householdNumber: household(9), ...M }),
    NO(E("records.state.not-current"))
  ),
  ex(
    "state",
    "records.state.not-current",
    ["住基法24条", "標準仕様書1.1.5"],
    "a second 転出 for a 転出予定 is rejected",
    registryJson([leavingF5()]),
    Event.moveOut({
      atenaNumbers: [atena(5)],
      destination: FORMER,
      changeDate: "2024-04-25",
      filedOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    NO(E("records.state.not-current"))
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書4.1.3.1.1"],
    "転入通知 on a 転出 除票 is accepted",
    gRemoved(),
    Event.transferInNotice({
      atenaNumber: atena(1),
      address: FORMER,
      changeDate: "2023-03-30",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    OK
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書4.6"],
    "異動の取消し（増） of a death restores the record",
    gVia(family(), [
      Event.death({
        atenaNumber: atena(3),
        changeDate: "2024-04-01",
        noticeOn: "2024-04-03",
        processedOn: "2024-04-03"
      })
    ]),
    Event.cancel({ atenaNumbers: [atena(3)], changeDate: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書1.1.5", "住基法15条の3"],
    "転居 of a 除票 is rejected",
    gRemoved(),
    Event.moveWithin({ persons: [{ atenaNumber: atena(1) }], address: ADDRESS_C, householdNumber: household(1), ...M }),
    NO(E("records.state.removed-immutable"))
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書1.1.5"],
    "death of a 転出予定 whose 予定日 has passed (a 除票) is rejected",
    registryJson([leavingF5()]),
    Event.death({ atenaNumber: atena(5), changeDate: "2024-04-21", noticeOn: "2024-04-22", processedOn: "2024-04-22" }),
    NO(E("records.state.removed-immutable"))
  ),
  ex(
    "state",
    "records.state.removed-immutable",
    ["標準仕様書4.1.3.1.1", "標準仕様書4.6"],
    "異動の取消し of a received 転入通知 is rejected",
    gVia(
      [movedOut(japanese(1))],
      [
        Event.transferInNotice({
          atenaNumber: atena(1),
          address: FORMER,
          changeDate: "2023-03-30",
          noticeOn: "2024-04-01",
          processedOn: "2024-04-01"
        })
      ]
    ),
    Event.cancel({ atenaNumbers: [atena(1)], changeDate: "2024-04-05", processedOn: "2024-04-05" }),
    NO(E("records.state.removed-immutable"))
  )
]
