// The branches of a municipality override (鹿児島市 and synthetic local rules) at their boundaries, and edge inputs of
// evaluate / planPurge: a start that is null or a non-string of length 10, an archive day past 9999, a basis of two
// entries, input that is not iterable.
import { maskPreview } from "@juki/core"
import { Result } from "effect"
import { describe as group, expect, it } from "vitest"
import * as Period from "../period/index.js"
import { Kagoshima, type MunicipalityOverride, type RetentionSettings } from "../policy/index.js"
import { refLastDay } from "../test-utils/reference.js"
import { describe, evaluate, planPurge, type Evaluation } from "./index.js"

const ok = (item: unknown, asOf: string, settings?: RetentionSettings): Evaluation => {
  const r = evaluate(item, asOf, settings)
  if (Result.isFailure(r)) throw new Error(`unexpected failure ${r.failure.code}`)
  return r.success
}
const seen = (e: Evaluation) => [e.status, e.lastRetainedDay, e.regime.id]
const kagoshima: RetentionSettings = { override: Kagoshima }
const local = (id: string, coveredFrom: string, years: number): MunicipalityOverride => ({
  id,
  name: { ja: id, en: id },
  coveredFrom: coveredFrom as MunicipalityOverride["coveredFrom"],
  formerPeriod: Period.years(years),
  basis: []
})

group(
  "鹿児島市 (10 years, covered from 2009-06-21), evaluated before 2019-06-20: the former law and the local rule",
  () => {
    it("a covered 除票 (消除 2009-06-21) keeps the city's 10 years uncut: through 2019-06-21", () => {
      expect(refLastDay("2009-06-21", "years", 10)).toBe("2019-06-21")
      expect(
        seen(ok({ kind: "juminhyo-johyo", start: "2009-06-21", archived: true }, "2015-01-01", kagoshima))
      ).toEqual(["retained", "2019-06-21", "override.kagoshima.former"])
      // Not covered (消除 2009-06-20): its 10 years are cut to the day before 2019-06-20.
      expect(
        seen(ok({ kind: "juminhyo-johyo", start: "2009-06-20", archived: true }, "2015-01-01", kagoshima))
      ).toEqual(["retained", "2019-06-19", "override.kagoshima.former"])
    })
    it("標準仕様書1.1.5: on 2015-01-01 a 除票 消除 2009-12-31 is due for the 除票 database (5 years ended 2014-12-31), one of 2010-01-01 not yet", () => {
      const status = (start: string) => ok({ kind: "juminhyo-johyo", start }, "2015-01-01", kagoshima).status
      expect([status("2009-12-31"), status("2010-01-01")]).toEqual(["archive-due", "retained"])
    })
    it("retention.item.range with the path of the start: the law's 5 years or the city's 10 years would end after 9999", () => {
      for (const start of ["9996-01-01", "9993-01-01"]) {
        const r = evaluate({ kind: "juminhyo-johyo", start }, "2015-01-01", kagoshima)
        expect(Result.isFailure(r) && [r.failure.code, r.failure.path]).toEqual(["retention.item.range", ["start"]])
      }
    })
  }
)

group("鹿児島市, evaluated after 2019-06-20: a covered 除票 follows 令34条1項 (150 years)", () => {
  it("a 除票 消除 2009-06-21 still in the live database is archive-due (標準仕様書1.1.5), kept through 2159-06-21", () => {
    const item = { kind: "juminhyo-johyo", start: "2009-06-21" }
    expect(seen(ok(item, "2025-01-01", kagoshima))).toEqual(["archive-due", "2159-06-21", "rei34-1.150y"])
    expect(seen(ok({ ...item, archived: true }, "2025-01-01", kagoshima))).toEqual([
      "retained",
      "2159-06-21",
      "rei34-1.150y"
    ])
  })
  it("a local rule covering 除票 from 1850 (synthetic): archive-due exactly when the archiveAfterYears period ended", () => {
    const settings: RetentionSettings = { override: local("old-city", "1850-01-01", 200), archiveAfterYears: 100 }
    expect(refLastDay("1925-01-01", "years", 100)).toBe("2025-01-01")
    const status = (start: string) => ok({ kind: "juminhyo-johyo", start }, "2025-01-01", settings).status
    expect([status("1924-12-31"), status("1925-01-01"), status("1925-01-02")]).toEqual([
      "archive-due",
      "retained",
      "retained"
    ])
  })
})

group("an override never replaces the law where it keeps no longer", () => {
  it("a local 5 years (the law's period): the law's regime decides, before and after 2019-06-20", () => {
    const settings: RetentionSettings = { override: local("five", "2012-01-01", 5) }
    // Covered start, evaluated in 2015 (former rules in force).
    expect(seen(ok({ kind: "juminhyo-johyo", start: "2013-01-01", archived: true }, "2015-01-01", settings))).toEqual([
      "retained",
      "2018-01-01",
      "rei34-1.former-5y"
    ])
    // Not covered, evaluated in 2025: ended under the former law.
    expect(seen(ok({ kind: "juminhyo-johyo", start: "2010-01-01" }, "2025-01-01", settings))).toEqual([
      "expired-under-former-rule",
      "2015-01-01",
      "rei34-1.former-5y"
    ])
  })
  it("a local 3 years: the law's 5 years decide, before and after 2019-06-20", () => {
    const settings: RetentionSettings = { override: local("three", "2012-01-01", 3) }
    expect(seen(ok({ kind: "juminhyo-johyo", start: "2013-01-01", archived: true }, "2015-01-01", settings))).toEqual([
      "retained",
      "2018-01-01",
      "rei34-1.former-5y"
    ])
    expect(seen(ok({ kind: "juminhyo-johyo", start: "2010-01-01" }, "2025-01-01", settings))).toEqual([
      "expired-under-former-rule",
      "2015-01-01",
      "rei34-1.former-5y"
    ])
  })
  it("the local rule's two bases are both cited by describe, joined with '; '", () => {
    const two: MunicipalityOverride = {
      ...local("two-city", "2012-01-01", 10),
      basis: [
        { kind: "seed-practice", cite: "A city rule", verified: false },
        { kind: "seed-practice", cite: "A city notice", verified: true }
      ]
    }
    const e = ok({ kind: "juminhyo-johyo", start: "2010-01-01" }, "2025-01-01", { override: two })
    expect(seen(e)).toEqual(["expired-under-former-rule", "2019-06-19", "override.two-city.former"])
    expect(describe(e, "en")).toBe(
      "removed resident record (住民票の除票): ended under the former rule (purge due); last retained day 2019-06-19 (A city rule [UNVERIFIED]; A city notice, 10 years)"
    )
  })
})

group("edge inputs", () => {
  it("評価書 II: a start of null is no start (a 送付先情報 not yet sent), not a bad date", () => {
    const e = ok({ kind: "delivery-address", start: null }, "2025-01-01")
    expect([e.status, e.reason, e.lastRetainedDay]).toEqual(["retained", "awaiting-start-event", null])
    const r = evaluate({ kind: "paper", start: null }, "2025-01-01")
    expect(Result.isFailure(r) && [r.failure.code, r.failure.path]).toEqual(["retention.item.date", ["start"]])
  })
  it("retention.item.date for a start that is not a string but has length 10 (an array, an object), never a throw", () => {
    for (const start of [Array.from({ length: 10 }, () => "1"), { length: 10 }, new String("2020-01-01")]) {
      const r = evaluate({ kind: "paper", start }, "2025-01-01")
      expect(Result.isFailure(r) && r.failure.code).toBe("retention.item.date")
    }
  })
  it("標準仕様書1.1.5: an archive day after 9999-12-31 is none (archiveFrom null), the last retained day stays", () => {
    // Evaluated in 2015 (the former 5 years): 9990-01-01 + 5 years ends 9995-01-01; + 150 archive years passes 9999.
    const e = ok({ kind: "juminhyo-johyo", start: "9990-01-01" }, "2015-01-01", { archiveAfterYears: 150 })
    expect([e.status, e.lastRetainedDay, e.archiveFrom]).toEqual(["retained", "9995-01-01", null])
    expect(ok({ kind: "juminhyo-johyo", start: "9990-01-01" }, "2015-01-01").archiveFrom).toBe("9995-01-02")
  })
  it("retention.items.type: input that is not iterable shows its masked preview", () => {
    for (const items of [5, null, true, { a: 1 }]) {
      const [d] = [...planPurge(items as unknown as Iterable<unknown>, "2025-01-01")]
      expect(d?.action === "invalid" && [d.error.code, d.error.preview]).toEqual([
        "retention.items.type",
        maskPreview(items)
      ])
    }
  })
})
