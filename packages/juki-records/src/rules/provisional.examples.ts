/**
 * Examples of the `records.provisional.*` rules (`./provisional.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/provisional.json` (optional cases in
 * `conformance/optional/records/provisional.json`).
 */
import * as Event from "../events/index.js"
import { ADDRESS_C, atena, family, FORMER, household, M, registryJson } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, newcomer, tenkyoF5, moveIn } from "../test-utils/example-kit.js"

const pendingJson = (events: ReadonlyArray<{ id: string; event: Event.Event }>) => events

const provMoveIn = () => moveIn({ records: [newcomer(9)], ...M })

export const examples: ReadonlyArray<Example> = [
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "決裁 of a pending 転入 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.approve({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "転居 of a registered person while another person is 仮登録 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    tenkyoF5(),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "転居 of a person who exists only as 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.moveWithin({ persons: [{ atenaNumber: atena(9) }], address: ADDRESS_C, householdNumber: household(9), ...M }),
    NO(E("records.provisional.not-registered"))
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "転出 of a person who exists only as 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.moveOut({ atenaNumbers: [atena(9)], destination: FORMER, ...M }),
    NO(E("records.provisional.not-registered"))
  ),
  ex(
    "provisional",
    "records.provisional.not-registered",
    ["標準仕様書4.0.8"],
    "a second 転入 for a person with a pending 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    provMoveIn(),
    NO(E("records.provisional.not-registered"))
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "決裁 of an existing 仮登録 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.approve({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "取下げ of an existing 仮登録 is accepted",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.discard({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    OK
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "決裁 of an unknown 仮登録 is rejected",
    gFamily(),
    Event.approve({ provisionalId: "P99", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    NO(E("records.provisional.unknown-id"))
  ),
  ex(
    "provisional",
    "records.provisional.unknown-id",
    ["標準仕様書4.0.8"],
    "取下げ of an unknown 仮登録 is rejected",
    registryJson(family(), { pending: pendingJson([{ id: "P1", event: provMoveIn() }]), provisionalCounter: 1 }),
    Event.discard({ provisionalId: "P2", changeDate: "2024-04-06", processedOn: "2024-04-06" }),
    NO(E("records.provisional.unknown-id"))
  )
]
