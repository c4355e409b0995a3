// Cases of the records.modify.* rules beyond their examples (modify.examples.ts), found by mutation testing
// (docs/quality.md): which items each 修正 事由 may change (標準仕様書 1.2.2) and where an address may go.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import {
  ADDRESS_B,
  build,
  family,
  household,
  myNumber,
  registryJson,
  foreigner,
  OTHER_MUNI
} from "../test-utils/fixtures.js"
import { gFamily, modify1 } from "../test-utils/example-kit.js"
import { runRecords } from "../test-utils/runner.js"

const rulesOf = (o: { readonly errors: ReadonlyArray<{ readonly rule: string }> }) => o.errors.map((e) => e.rule)
const ALLOWED = "records.modify.allowed-fields"

describe("records.modify.allowed-fields", () => {
  it("番号法施行令 / 標準仕様書1.2.2: a 個人番号の変更請求 may carry the system items of the update (端末ID, 処理ID)", () => {
    const got = runRecords(gFamily(), {
      event: modify1("mynumber-change-request", 5, {
        myNumber: myNumber(55),
        system: { terminalId: "T01", processId: "P9" }
      })
    })
    expect(got).toEqual({ accepted: true, errors: [] })
  })
  it("標準仕様書1.2.2: a 個人番号の変更請求 cannot move the person to another 世帯", () => {
    const got = runRecords(gFamily(), {
      event: modify1("mynumber-change-request", 3, { myNumber: myNumber(55), householdNumber: household(5) })
    })
    expect(rulesOf(got)).toContain(ALLOWED)
  })
  it("標準仕様書1.2.2: even a 職権修正 (every item) built in code past Event.decode cannot rewrite a managed item (記載事由)", () => {
    const e = modify1("authority-correction", 3, {})
    const event = {
      ...e,
      changes: [{ ...e.changes[0], set: { entry: { jiyu: "birth", date: "2015-07-07", byAuthority: true } } }]
    }
    const r = apply(build(family()), event as never)
    expect(Result.isFailure(r) ? r.failure.violations.map((v) => v.code) : []).toContain(ALLOWED)
  })
})

describe("records.modify.address-municipality", () => {
  it("住基法23条: a 修正 that leaves the address as it is is not judged, even for a record kept outside the 市町村", () => {
    const outside = foreigner(5, { address: { ...ADDRESS_B, municipalityCode: OTHER_MUNI } })
    const got = runRecords(registryJson([outside]), {
      event: modify1("mynumber-change-request", 5, { myNumber: myNumber(55) })
    })
    expect(got).toEqual({ accepted: true, errors: [] })
  })
})
