// Cases of records.deadline.overdue beyond its examples (deadline.examples.ts), found by mutation testing
// (docs/quality.md): the 届出期間 binds a 届出, not a 職権 record.
import { describe, expect, it } from "vitest"
import { gFamily, tenkyoF5 } from "../test-utils/example-kit.js"
import { runRecords } from "../test-utils/runner.js"

describe("records.deadline.overdue", () => {
  it("住基法23条, 52条2項: a 転居 filed 35 days late raises the alert (the case below without 職権)", () => {
    expect(runRecords(gFamily(), { event: tenkyoF5({ changeDate: "2024-03-01" }) })).toEqual({
      accepted: false,
      errors: [{ rule: "records.deadline.overdue", severity: "alert" }]
    })
  })
  it("住基法8条 (職権記載): the same 転居 recorded 職権 is no late 届出 and raises no alert", () => {
    expect(runRecords(gFamily(), { event: tenkyoF5({ changeDate: "2024-03-01", byAuthority: true }) })).toEqual({
      accepted: true,
      errors: []
    })
  })
})
