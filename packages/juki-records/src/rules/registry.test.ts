// Cases of records.registry.unique-person beyond its examples (registry.examples.ts), found by mutation testing
// (docs/quality.md): 住基法6条 (one 住民票 per person) judged on the registry as an event leaves it.
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import {
  atena,
  family,
  household,
  input,
  japanese,
  M,
  movedOut,
  myNumber,
  registryJson
} from "../test-utils/fixtures.js"
import { gFamily, moveIn } from "../test-utils/example-kit.js"
import { runRecords } from "../test-utils/runner.js"

const UNIQUE = "records.registry.unique-person"
const rulesOf = (o: { readonly errors: ReadonlyArray<{ readonly rule: string }> }) => o.errors.map((e) => e.rule)
const change = (changes: ReadonlyArray<Event.Change>) =>
  Event.modify({ jiyu: "mynumber-change-request", changes, ...M })

describe("records.registry.unique-person on an event", () => {
  it("住基法6条: a 個人番号 change taking another present resident's 個人番号 is rejected", () => {
    expect(
      rulesOf(runRecords(gFamily(), { event: change([{ atenaNumber: atena(3), set: { myNumber: myNumber(2) } }]) }))
    ).toContain(UNIQUE)
  })
  it("住基法6条: two persons of one event swapping their 個人番号 leave one present record per number", () => {
    const event = change([
      { atenaNumber: atena(2), set: { myNumber: myNumber(3) } },
      { atenaNumber: atena(3), set: { myNumber: myNumber(2) } }
    ])
    expect(rulesOf(runRecords(gFamily(), { event }))).not.toContain(UNIQUE)
  })
  it("住基法6条: taking the 個人番号 of a 除票 is not a second present record", () => {
    const given = registryJson([...family(), movedOut(japanese(8))])
    expect(
      rulesOf(runRecords(given, { event: change([{ atenaNumber: atena(3), set: { myNumber: myNumber(8) } }]) }))
    ).not.toContain(UNIQUE)
  })
  it("住基法6条: two records of one 転入 with one 個人番号 are rejected", () => {
    const a = input(japanese(8, { householdNumber: household(8) }))
    const b = input(japanese(9, { householdNumber: household(8), relationship: "妻", myNumber: myNumber(8) }))
    expect(rulesOf(runRecords(gFamily(), { event: moveIn({ records: [a, b], ...M }) }))).toContain(UNIQUE)
  })
})
