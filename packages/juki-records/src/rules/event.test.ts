// Cases of records.event.malformed beyond its examples (event.examples.ts), found by mutation testing
// (docs/quality.md). Event.decode already refuses most malformed JSON; apply() must still refuse an event built in code
// that names nobody or the same person twice.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import * as Event from "../events/index.js"
import { atena, build, FORMER, family, household, input, japanese, M } from "../test-utils/fixtures.js"
import { moveIn } from "../test-utils/example-kit.js"

const violations = (e: Event.Event) => {
  const r = apply(build(family()), e)
  return Result.isFailure(r) ? r.failure.violations.map((v) => ({ code: v.code, path: v.path, params: v.params })) : []
}
const malformed = (detail: string) => [{ code: "records.event.malformed", path: [], params: { detail } }]

describe("records.event.malformed (an event names each person once, and at least one)", () => {
  it("標準仕様書4.1.1: a 転入 listing the same 宛名番号 twice is malformed", () => {
    const r = input(japanese(9, { householdNumber: household(9) }))
    expect(violations(moveIn({ records: [r, r], ...M }))).toEqual(malformed("duplicated 宛名番号"))
  })
  it("a 転出 naming the same person twice is malformed", () => {
    const e = Event.moveOut({ atenaNumbers: [atena(3), atena(3)], destination: FORMER, ...M })
    expect(violations(e)).toEqual(malformed("duplicated 宛名番号"))
  })
  it("a 記載 with no record, a 修正 with no change, a 消除 or 取消し with nobody are malformed", () => {
    const none = "no person"
    expect(violations(moveIn({ records: [], ...M }))).toEqual(malformed(none))
    expect(violations(Event.moveOut({ atenaNumbers: [], destination: FORMER, ...M }))).toEqual(malformed(none))
    expect(violations(Event.cancel({ atenaNumbers: [], ...M }))).toEqual(malformed(none))
    expect(
      violations({
        ...Event.moveWithin({
          persons: [{ atenaNumber: atena(3) }],
          address: FORMER,
          householdNumber: household(1),
          ...M
        }),
        changes: []
      } as Event.Event)
    ).toEqual(malformed(none))
  })
})
