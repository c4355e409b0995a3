// Cases of the records.state.* rules beyond their examples (state.examples.ts), found by mutation testing
// (docs/quality.md): which states an event may change, around 転出予定, 除票 and 異動の取消し.
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import { ADDRESS_C, atena, family, household, japanese, M, registryJson } from "../test-utils/fixtures.js"
import { gRemoved, gVia, leavingF5, notice } from "../test-utils/example-kit.js"
import { runRecords } from "../test-utils/runner.js"

const IMMUTABLE = { rule: "records.state.removed-immutable", severity: "error" }
const rulesOf = (o: { readonly errors: ReadonlyArray<{ readonly rule: string }> }) => o.errors.map((e) => e.rule)
const cancel = (n: number) =>
  Event.cancel({ atenaNumbers: [atena(n)], changeDate: "2024-04-25", processedOn: "2024-04-25" })
const death = (n: number, changeDate: string) =>
  Event.death({ atenaNumber: atena(n), changeDate, noticeOn: changeDate, processedOn: changeDate })

describe("records.state.not-current", () => {
  it("住基令8条: the death of a 転出予定者 before the 予定日 is recorded (only a second 転出 is refused)", () => {
    expect(rulesOf(runRecords(registryJson([leavingF5()]), { event: death(5, "2024-04-10") }))).not.toContain(
      "records.state.not-current"
    )
  })
})

describe("records.state.removed-immutable", () => {
  it("標準仕様書1.1.5: a 除票 just removed by a death is not changed by a 転居 (only 異動の取消し may restore it)", () => {
    const given = gVia(family(), [death(3, "2024-04-01")])
    const event = Event.moveWithin({
      persons: [{ atenaNumber: atena(3) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      ...M,
      changeDate: "2024-04-10",
      filedOn: "2024-04-10",
      processedOn: "2024-04-10"
    })
    expect(runRecords(given, { event })).toEqual({ accepted: false, errors: [IMMUTABLE] })
  })
  it("標準仕様書4.6: 異動の取消し of a 除票 loaded without history has nothing to restore and is rejected", () => {
    expect(runRecords(gRemoved(), { event: cancel(1) })).toEqual({ accepted: false, errors: [IMMUTABLE] })
  })
  it("標準仕様書4.1.3.1.1, 4.6: 異動の取消し after a 転入通知 for a 転出予定者 is rejected (確定 items stay)", () => {
    const given = gVia([leavingF5()], [notice(5, "2024-04-10")])
    expect(runRecords(given, { event: cancel(5) })).toEqual({ accepted: false, errors: [IMMUTABLE] })
  })
  it("a current record is no 除票 and its 異動の取消し is judged by other rules", () => {
    expect(rulesOf(runRecords(registryJson([japanese(1)]), { event: cancel(1) }))).not.toContain(IMMUTABLE.rule)
  })
})
