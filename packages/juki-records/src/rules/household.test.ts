// Cases of the records.household.* rules beyond their examples (household.examples.ts), found by mutation testing
// (docs/quality.md): which 世帯 a leaving 世帯主 leaves without a head, and what one address means.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply, plan, resolveOptions } from "../apply/index.js"
import * as Event from "../events/index.js"
import {
  ADDRESS_A,
  ADDRESS_C,
  atena,
  build,
  family,
  FORMER,
  household,
  japanese,
  M,
  OTHER_MUNI,
  registryJson
} from "../test-utils/fixtures.js"
import { moveIn, newcomer } from "../test-utils/example-kit.js"
import { runRecords } from "../test-utils/runner.js"
import { makeContext } from "./engine.js"
import { headDepartures } from "./household.js"

const HEAD_LEAVES = "records.household.head-leaves"
const rulesOf = (o: { readonly errors: ReadonlyArray<{ readonly rule: string }> }) => o.errors.map((e) => e.rule)
/** What `headDepartures` reports for an event on a registry (the context `apply` builds). */
const departures = (records: Parameters<typeof build>[0], event: Event.Event) => {
  const reg = build(records)
  return headDepartures(makeContext(reg, event, plan(reg, event), resolveOptions()))
}
/** A 世帯 without 世帯主 (allowed, 標準仕様書1.1.10): 妻 (2), 子 (3), 子 (4). */
const headless = () => [
  japanese(2, { relationship: "妻" }),
  japanese(3, { relationship: "子", birthDate: "2015-07-07" }),
  japanese(4, { relationship: "子", birthDate: "2017-08-08" })
]

describe("records.household.head-leaves / headDepartures", () => {
  it("標準仕様書1.1.10, 4.0.4: a member leaving a 世帯 that has no 世帯主 is no departure of a 世帯主", () => {
    const event = Event.moveOut({ atenaNumbers: [atena(4)], destination: FORMER, ...M })
    expect(departures(headless(), event)).toEqual([])
    expect(runRecords(registryJson(headless()), { event })).toEqual({ accepted: true, errors: [] })
  })

  it("標準仕様書4.0.4: the 世帯主 leaving (転出) two members reports that 世帯 with both remaining members", () => {
    const got = departures(family(), Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M }))
    expect(got.map((d) => [d.householdNumber, d.remaining.map((r) => r.atenaNumber)])).toEqual([
      [household(1), [atena(2), atena(3)]]
    ])
  })

  it("標準仕様書4.0.4: a 世帯 that every member leaves is no departure (nobody remains to head it)", () => {
    const event = Event.moveOut({ atenaNumbers: [atena(1), atena(2), atena(3)], destination: FORMER, ...M })
    expect(departures(family(), event)).toEqual([])
  })

  it("標準仕様書4.0.4: a 世帯主 who stays 世帯主 of the same 世帯 (転居 of the whole 世帯) is no departure", () => {
    const event = Event.moveWithin({
      persons: [{ atenaNumber: atena(1) }, { atenaNumber: atena(2) }, { atenaNumber: atena(3) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      ...M
    })
    expect(departures(family(), event)).toEqual([])
  })

  it("標準仕様書4.0.4, 4.1.4: the 世帯主 splitting off while the 妻 becomes 世帯主 in the same event raises no alert", () => {
    const event = Event.householdChange({
      jiyu: "household-split",
      members: [
        { atenaNumber: atena(1), householdNumber: household(7), relationship: "世帯主" },
        { atenaNumber: atena(2), householdNumber: household(1), relationship: "世帯主" }
      ],
      ...M
    })
    expect(departures(family(), event)).toEqual([])
    expect(runRecords(registryJson(family()), { event })).toEqual({ accepted: true, errors: [] })
  })

  it("標準仕様書4.1.4.2: a 世帯主変更 is itself the change the alert asks for: no alert even when it leaves no 世帯主", () => {
    const event = Event.householdChange({
      jiyu: "head-change",
      members: [{ atenaNumber: atena(1), householdNumber: household(1), relationship: "夫" }],
      ...M
    })
    expect(departures(family(), event)).toEqual([])
    expect(rulesOf(runRecords(registryJson(family()), { event }))).not.toContain(HEAD_LEAVES)
  })

  it("標準仕様書4.0.4: the same 変更 as a 世帯変更 (not a 世帯主変更) leaves the 世帯 without head and raises the alert", () => {
    const event = Event.householdChange({
      jiyu: "household-change",
      members: [{ atenaNumber: atena(1), householdNumber: household(1), relationship: "夫" }],
      ...M
    })
    expect(departures(family(), event).map((d) => d.householdNumber)).toEqual([household(1)])
    expect(rulesOf(runRecords(registryJson(family()), { event }))).toContain(HEAD_LEAVES)
  })

  it("標準仕様書4.0.4: one alert per 世帯, even for a 転出 naming its 世帯主 twice (built in code past Event.decode)", () => {
    const e = Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M })
    const event = { ...e, atenaNumbers: [atena(1), atena(1)] } as Event.Event
    expect(departures(family(), event)).toHaveLength(1)
    const r = apply(build(family()), event)
    const violations = Result.isFailure(r) ? r.failure.violations : []
    expect(violations.filter((v) => v.code === HEAD_LEAVES)).toHaveLength(1)
  })
})

describe("records.household.same-address", () => {
  it("住基法6条: members with the same address text under another 市町村コード do not share one address", () => {
    const other = japanese(2, { relationship: "妻", address: { ...ADDRESS_A, municipalityCode: OTHER_MUNI } })
    const got = runRecords(registryJson([japanese(1), other]), { event: moveIn({ records: [newcomer(9)], ...M }) })
    expect(rulesOf(got)).toContain("records.household.same-address")
  })
})
