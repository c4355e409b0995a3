/**
 * Examples of the `records.history.*` rules (`./history.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/history.json` (optional cases in
 * `conformance/optional/records/history.json`).
 */
import * as Event from "../events/index.js"
import type { RegistryJson } from "../registry/index.js"
import { atena, family, M, myNumber } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, gVia, tenkyoF5 } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "修正 prepared against the latest 履歴番号 is accepted",
    gFamily(),
    Event.modify({
      jiyu: "mynumber-change-request",
      changes: [{ atenaNumber: atena(5), set: { myNumber: myNumber(55) }, baseHistoryNumber: 1 }],
      ...M
    }),
    OK
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書4.6"],
    "異動の取消し of the latest row is accepted",
    gVia(family(), [tenkyoF5()]),
    {
      ...Event.cancel({ atenaNumbers: [atena(5)], changeDate: "2024-04-05", processedOn: "2024-04-06" }),
      historyNumbers: [2]
    },
    OK
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "修正 prepared against an older 履歴番号 is rejected",
    gVia(family(), [tenkyoF5()]),
    Event.modify({
      jiyu: "mynumber-change-request",
      changes: [{ atenaNumber: atena(5), set: { myNumber: myNumber(55) }, baseHistoryNumber: 1 }],
      ...M
    }),
    NO(E("records.history.append-only"))
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書4.6"],
    "異動の取消し of an older row is rejected",
    gVia(family(), [tenkyoF5()]),
    {
      ...Event.cancel({ atenaNumbers: [atena(5)], changeDate: "2024-04-05", processedOn: "2024-04-06" }),
      historyNumbers: [1]
    },
    NO(E("records.history.append-only"))
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "a registry whose history skips a 履歴番号 is rejected",
    (() => {
      const j = gVia(family(), [tenkyoF5()]) as RegistryJson & {
        history: Record<string, Array<Record<string, unknown>>>
      }
      const rows = j.history[atena(5)] as Array<Record<string, unknown>>
      rows[1] = { ...rows[1], historyNumber: 3 }
      return j
    })(),
    tenkyoF5(),
    NO(E("records.history.append-only"))
  ),
  ex(
    "history",
    "records.history.append-only",
    ["標準仕様書1.2.1"],
    "a registry whose current 住民票 differs from its latest history row is rejected",
    (() => {
      const j = gVia(family(), [tenkyoF5()])
      return {
        ...j,
        records: j.records.map((r) => (r.atenaNumber === atena(5) ? { ...r, remarks: "rewritten in place" } : r))
      }
    })(),
    tenkyoF5(),
    NO(E("records.history.append-only"))
  )
]
