/**
 * The example table: every `src/rules/<group>.examples.ts`, in catalogue
 * group order. The same table drives the example tests
 * (rules/examples.test.ts) and is written out as the conformance vectors of
 * conformance/vectors/records/ and conformance/optional/records/
 * (vectors.ts).
 */
import { examples as cs } from "../rules/cs.examples.js"
import { examples as create } from "../rules/create.examples.js"
import { examples as moveIn } from "../rules/move-in.examples.js"
import { examples as specialMoveIn } from "../rules/special-move-in.examples.js"
import { examples as state } from "../rules/state.examples.js"
import { examples as provisional } from "../rules/provisional.examples.js"
import { examples as transferInNotice } from "../rules/transfer-in-notice.examples.js"
import { examples as moveOut } from "../rules/move-out.examples.js"
import { examples as date } from "../rules/date.examples.js"
import { examples as deadline } from "../rules/deadline.examples.js"
import { examples as modify } from "../rules/modify.examples.js"
import { examples as jiyu } from "../rules/jiyu.examples.js"
import { examples as household } from "../rules/household.examples.js"
import { examples as relationship } from "../rules/relationship.examples.js"
import { examples as record } from "../rules/record.examples.js"
import { examples as foreign } from "../rules/foreign.examples.js"
import { examples as nationality } from "../rules/nationality.examples.js"
import { examples as history } from "../rules/history.examples.js"
import { examples as registry } from "../rules/registry.examples.js"
import { examples as event } from "../rules/event.examples.js"
import { examples as inbound } from "../rules/inbound.examples.js"
import { examples as filer } from "../rules/filer.examples.js"
import type { Example } from "./example-kit.js"

export type { Example, Expected, FunctionExample, RecordsExample } from "./example-kit.js"

/**
 * Every example, in catalogue group order.
 */
export const examples: ReadonlyArray<Example> = [
  ...cs,
  ...create,
  ...moveIn,
  ...specialMoveIn,
  ...state,
  ...provisional,
  ...transferInNotice,
  ...moveOut,
  ...date,
  ...deadline,
  ...modify,
  ...jiyu,
  ...household,
  ...filer,
  ...relationship,
  ...record,
  ...foreign,
  ...nationality,
  ...history,
  ...registry,
  ...event,
  ...inbound
]
