// Cases of the records.transfer-in-notice.* rules beyond their examples (transfer-in-notice.examples.ts), found by
// mutation testing (docs/quality.md): which 除票 / 転出予定 a 転入通知 (住基法9条1項) may reach.
import { describe, expect, it } from "vitest"
import type { ResidentRecord } from "../models/index.js"
import { FORMER, foreigner, japanese, registryJson } from "../test-utils/fixtures.js"
import { notice } from "../test-utils/example-kit.js"
import { runRecords } from "../test-utils/runner.js"

const TARGET = { rule: "records.transfer-in-notice.target", severity: "error" }

// 国外転出 (住基法24条) with a planned date after the 異動日 of the notice: the person is 転出予定, but abroad.
const leavingAbroad = (n: number): ResidentRecord =>
  ({
    ...foreigner(n),
    state: "leaving",
    removal: { jiyu: "move-out-abroad", date: "2024-04-20", filedOn: "2024-04-05", byAuthority: false },
    moveOut: { planned: { address: FORMER, date: "2024-04-20" } }
  }) as ResidentRecord

describe("records.transfer-in-notice.target", () => {
  it("住基法9条1項: a 転入通知 answers a 国内転出 only: a 国外転出予定 is not its target", () => {
    expect(runRecords(registryJson([leavingAbroad(5)]), { event: notice(5) })).toEqual({
      accepted: false,
      errors: [TARGET]
    })
  })
  it("a 転入通知 for a 宛名番号 the registry does not hold is a state problem, not a target one", () => {
    const got = runRecords(registryJson([japanese(1)]), { event: notice(7) })
    expect(got.accepted).toBe(false)
    expect(got.errors.map((e) => e.rule)).not.toContain(TARGET.rule)
  })
})
