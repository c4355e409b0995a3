/**
 * Examples of the `records.special-move-in.*` rules (`./special-move-in.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/special-move-in.json` (optional cases in
 * `conformance/optional/records/special-move-in.json`).
 */
import type * as Event from "../events/index.js"
import { household, type input, M, registryJson } from "../test-utils/fixtures.js"
import { OK, E, A, NO, ex, type Example, gEmpty, newcomer, cert, moveIn } from "../test-utils/example-kit.js"

const special = (records: ReadonlyArray<ReturnType<typeof input>>, m: Partial<Event.Meta> = {}) =>
  moveIn({ records, route: "special", ...M, ...m })

export const examples: ReadonlyArray<Example> = [
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed 4 days after moving in and 11 days after the 転出予定日 is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)]),
    OK,
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed on the 14th day after moving in is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)], { filedOn: "2024-04-15", processedOn: "2024-04-15" }),
    OK,
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed 15 days after moving in is rejected (and the 転入 is late)",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)], { filedOn: "2024-04-16", processedOn: "2024-04-16" }),
    NO(E("records.special-move-in.window"), A("records.deadline.overdue")),
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "特例転入 filed more than 30 days after the 転出予定日 is rejected",
    registryJson([], { certificates: [cert(9, "2024-03-01")] }),
    special([newcomer(9)]),
    NO(E("records.special-move-in.window")),
    { optional: true }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.window",
    ["住基法24条の2", "UNVERIFIED: 住基令24条の2 (14日・30日)"],
    "with a 40-day limit after the 転出予定日, the same filing is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-01")] }),
    special([newcomer(9)]),
    OK,
    { optional: true, options: { specialMoveIn: { afterPlannedMoveOut: 40 } } }
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2第1項"],
    "特例転入 with the 転出証明書情報 received through the CS is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25")] }),
    special([newcomer(9)]),
    OK
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2第2項"],
    "a member without a card moving in with the card-holding 世帯主 is accepted",
    registryJson([], { certificates: [cert(9, "2024-03-25"), cert(10, "2024-03-25", "head")] }),
    special([newcomer(9), newcomer(10, { householdNumber: household(9), relationship: "妻" })]),
    OK
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2", "評価書別添1 3-③"],
    "特例転入 without 転出証明書情報 is rejected",
    gEmpty(),
    special([newcomer(9)]),
    NO(E("records.special-move-in.certificate"))
  ),
  ex(
    "special-move-in",
    "records.special-move-in.certificate",
    ["住基法24条の2第2項"],
    "a member without a card moving in without the 世帯主 is rejected",
    registryJson([], { certificates: [cert(10, "2024-03-25", "head")] }),
    special([newcomer(10)]),
    NO(E("records.special-move-in.certificate"))
  )
]
