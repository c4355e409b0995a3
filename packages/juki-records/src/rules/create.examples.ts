/**
 * Examples of the `records.create.*` rules (`./create.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/create.json` (optional cases in
 * `conformance/optional/records/create.json`).
 */
import * as Event from "../events/index.js"
import { residentCode } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, newcomer, baby } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.0.1", "住基令12条"],
    "出生 of a new child into the 世帯 is accepted",
    gFamily(),
    Event.birth({ record: baby(4), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.2.1.1"],
    "職権記載 of a person not in the registry is accepted",
    gFamily(),
    Event.authorityEntry({ records: [newcomer(9)], changeDate: "2024-04-01", processedOn: "2024-04-05" }),
    OK
  ),
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.0.1"],
    "出生 recorded on the 宛名番号 of a current resident is rejected",
    gFamily(),
    Event.birth({ record: baby(3), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" }),
    NO(E("records.create.current-record-exists"))
  ),
  ex(
    "create",
    "records.create.current-record-exists",
    ["標準仕様書4.0.1"],
    "職権記載 with the 住民票コード of a current resident is rejected",
    gFamily(),
    Event.authorityEntry({
      records: [newcomer(9, { residentCode: residentCode(2) })],
      changeDate: "2024-04-01",
      processedOn: "2024-04-05"
    }),
    NO(E("records.create.current-record-exists"))
  )
]
