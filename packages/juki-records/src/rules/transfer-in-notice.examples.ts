/**
 * Examples of the `records.transfer-in-notice.*` rules (`./transfer-in-notice.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/transfer-in-notice.json` (optional cases in
 * `conformance/optional/records/transfer-in-notice.json`).
 */
import type { ResidentRecord } from "../models/index.js"
import { japanese, movedOut, registryJson } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, gRemoved, gVia, leavingF5, notice } from "../test-utils/example-kit.js"

const authorityRemoved = (r: ResidentRecord): ResidentRecord =>
  ({
    ...r,
    state: "removed",
    removal: { jiyu: "authority-removal", date: "2024-03-01", byAuthority: true }
  }) as ResidentRecord

const dead = (r: ResidentRecord): ResidentRecord =>
  ({ ...r, state: "removed", removal: { jiyu: "death", date: "2024-03-01", byAuthority: true } }) as ResidentRecord

export const examples: ReadonlyArray<Example> = [
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["住基法9条1項", "標準仕様書4.1.3.1.1"],
    "転入通知 for a 転出予定 is accepted",
    registryJson([leavingF5()]),
    notice(5),
    OK
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["標準仕様書4.1.3.1.2"],
    "転入通知 for a 職権消除 除票 is accepted",
    registryJson([authorityRemoved(japanese(1))]),
    notice(1),
    OK
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["標準仕様書4.1.3.1.2"],
    "転入通知 for a current resident (no 転出届) is rejected",
    gFamily(),
    notice(5),
    NO(E("records.transfer-in-notice.target"))
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.target",
    ["住基法9条1項"],
    "転入通知 for a 死亡 除票 is rejected",
    registryJson([dead(japanese(1))]),
    notice(1),
    NO(E("records.transfer-in-notice.target"))
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.1"],
    "first 転入通知 for a 転出 除票 is accepted",
    gRemoved(),
    notice(1, "2023-03-30"),
    OK
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.1"],
    "first 転入通知 for a 転出予定 is accepted",
    registryJson([leavingF5()]),
    notice(5, "2024-04-10"),
    OK
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.1"],
    "a second 転入通知 is rejected (確定 items are never overwritten)",
    gVia([movedOut(japanese(1))], [notice(1, "2023-03-30")]),
    notice(1, "2023-03-29"),
    NO(E("records.transfer-in-notice.already-confirmed"))
  ),
  ex(
    "transfer-in-notice",
    "records.transfer-in-notice.already-confirmed",
    ["標準仕様書4.1.3.1.2"],
    "a second 転入通知 for a 職権消除 除票 is rejected",
    gVia([authorityRemoved(japanese(1))], [notice(1)]),
    notice(1, "2024-04-14"),
    NO(E("records.transfer-in-notice.already-confirmed"))
  )
]
