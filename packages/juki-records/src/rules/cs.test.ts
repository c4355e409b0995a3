// Cases of the records.cs.* rules beyond their examples (cs.examples.ts), found by mutation testing (docs/quality.md):
// a 転居 (住民基本台帳法 第23条) may carry the system items of the update, and the exact violation of an item it
// may not change.
import type { JukiError } from "@juki/core"
import { describe, expect, it } from "vitest"
import { gFamily, tenkyoF5 } from "../test-utils/example-kit.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"

const RULE = "records.cs.move-within-address-only"
const of = (event: unknown) => {
  const r = violationsOfRecordsExample({ given: gFamily(), event })
  expect(r.fromRegistry).toBe(false)
  return r.violations
    .filter((v: JukiError) => v.code === RULE)
    .map((v) => ({ severity: v.severity, path: v.path, params: v.params }))
}

describe("records.cs.move-within-address-only (住基法23条, 標準仕様書4.1.2)", () => {
  it("住基法23条: a 転居 carrying the system items of the update (端末ID, 処理ID) changes the address only", () => {
    const event = tenkyoF5({ patch: { system: { terminalId: "T01", processId: "P9" } } as never })
    expect(violationsOfRecordsExample({ given: gFamily(), event }).violations).toEqual([])
  })
  it("住基法23条: a 転居 that changes the 生年月日 is named at that item of the person", () => {
    const event = tenkyoF5({ patch: { birthDate: "1990-05-06" } })
    // the path names the item in the event itself
    expect((event as unknown as { changes: Array<{ set: Record<string, unknown> }> }).changes[0]?.set.birthDate).toBe(
      "1990-05-06"
    )
    expect(of(event)).toEqual([
      { severity: "error", path: ["changes", 0, "set", "birthDate"], params: { item: "birthDate" } }
    ])
  })
})
