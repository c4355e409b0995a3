// A municipality's former local rule whose end from a start lies after 9999-12-31 (more than ~7,990 years: settings
// accept up to 366,000 units), and a local rule shorter than the law's 5 years near 9999.
import { Result } from "effect"
import { describe as group, expect, it } from "vitest"
import * as Period from "../period/index.js"
import type { MunicipalityOverride, RetentionSettings } from "../policy/index.js"
import { evaluate } from "./index.js"

const local = (id: string, years: number): RetentionSettings => ({
  override: {
    id,
    name: { ja: id, en: id },
    coveredFrom: "2012-01-01" as MunicipalityOverride["coveredFrom"],
    formerPeriod: Period.years(years),
    basis: []
  }
})
const result = (start: string, asOf: string, settings: RetentionSettings) => {
  const r = evaluate({ kind: "juminhyo-johyo", start, archived: true }, asOf, settings)
  return Result.isFailure(r)
    ? [r.failure.code, r.failure.path]
    : [r.success.status, r.success.lastRetainedDay, r.success.regime.id]
}

group("令34条1項 経過措置 with a local rule of 8,000 years (covered from 2012-01-01)", () => {
  const long = local("long", 8000)
  it("a 除票 消除 2010-01-01 (not covered) is kept by the local rule until 2019-06-19, never by the law's 5 years alone", () => {
    expect(result("2010-01-01", "2016-01-01", long)).toEqual(["retained", "2019-06-19", "override.long.former"])
    expect(result("2010-01-01", "2019-06-19", long)).toEqual(["retained", "2019-06-19", "override.long.former"])
    expect(result("2010-01-01", "2025-01-01", long)).toEqual([
      "expired-under-former-rule",
      "2019-06-19",
      "override.long.former"
    ])
  })
  it("a covered 除票 (消除 2013-01-01) is kept in full before 2019-06-20, past 9999: retention.item.range; after, 150 years", () => {
    expect(result("2013-01-01", "2016-01-01", long)).toEqual(["retention.item.range", ["start"]])
    expect(result("2013-01-01", "2025-01-01", long)).toEqual(["retained", "2163-01-01", "rei34-1.150y"])
  })
})

group("a local rule of 1 year (shorter than the law's 5), evaluated in 2015", () => {
  it("a 除票 消除 9995-06-01: the law's 5 years pass 9999, so retention.item.range although the local year does not", () => {
    expect(result("9995-06-01", "2015-01-01", local("short", 1))).toEqual(["retention.item.range", ["start"]])
    expect(result("9994-06-01", "2015-01-01", local("short", 1))).toEqual([
      "retained",
      "9999-06-01",
      "rei34-1.former-5y"
    ])
  })
})
