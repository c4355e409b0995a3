/**
 * Examples of the `records.event.*` rules (`./event.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/event.json` (optional cases in
 * `conformance/optional/records/event.json`).
 */
import * as Event from "../events/index.js"
import { atena, FORMER, M } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, gEmpty, newcomer, tenkyoF5, moveIn } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "event",
    "records.event.malformed",
    ["juki event form"],
    "a well-formed 転入 is accepted",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "event",
    "records.event.malformed",
    ["juki event form"],
    "a well-formed 転居 is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "event",
    "records.event.malformed",
    ["juki event form"],
    "an event with an unknown key is rejected",
    gFamily(),
    { ...tenkyoF5(), note: "x" },
    NO(E("records.event.malformed"))
  ),
  ex(
    "event",
    "records.event.malformed",
    ["juki event form"],
    "an event naming one person twice is rejected",
    gFamily(),
    Event.moveOut({ atenaNumbers: [atena(3), atena(3)], destination: FORMER, ...M }),
    NO(E("records.event.malformed"))
  ),
  ex(
    "event",
    "records.event.malformed",
    ["juki event form"],
    "an event without 異動日 is rejected",
    gFamily(),
    (({ changeDate: _c, ...e }) => e)(tenkyoF5()),
    NO(E("records.event.malformed"))
  )
]
