// The internal plan module (settings resolved into per-kind plans, start-day thresholds): its checks of the
// settings and the override, the fixed outcomes, and the threshold searches at both ends of the calendar
// (0001-01-01 and 9999-12-31), which the whole-calendar properties seldom reach. Oracles: the day-by-day period walk
// of test-utils/reference.ts and the documented contract of each field.
import { Calendar } from "@juki/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Period from "../period/index.js"
import { Kagoshima, policies, type RecordKind, type RetentionSettings } from "../policy/index.js"
import { refLastDay } from "../test-utils/reference.js"
import { evaluate, type Evaluation } from "./index.js"
import { type KindPlan, resolve, Resolved, thresholdsOf } from "./plan.js"

const ok = (item: unknown, asOf: string, settings?: RetentionSettings): Evaluation => {
  const r = evaluate(item, asOf, settings)
  if (Result.isFailure(r)) throw new Error(`unexpected failure ${r.failure.code}`)
  return r.success
}
const failure = (item: unknown, asOf: string, settings?: unknown) => {
  const r = evaluate(item, asOf, settings as RetentionSettings)
  return Result.isFailure(r)
    ? { code: r.failure.code, path: r.failure.path, params: r.failure.params }
    : `accepted: ${r.success.status}`
}
const planOf = (r: Resolved | unknown, kind: RecordKind): KindPlan => {
  if (!(r instanceof Resolved)) throw new Error("settings rejected")
  const plan = r.get(kind)
  if (plan === undefined) throw new Error(`no plan for ${kind}`)
  return plan
}
const settingError = (setting: string) => ({
  code: "retention.settings.value",
  path: ["settings", setting],
  params: { setting }
})
const item = { kind: "paper", start: "2024-01-01" }

describe("plan: settings", () => {
  it("retention.settings.value: settings that are not an object (null, a number, a string, a boolean, a function) are rejected as a whole", () => {
    for (const bad of [null, 5, "{}", true, () => ({})]) {
      expect(failure(item, "2025-01-01", bad)).toEqual(settingError("settings"))
    }
    // An empty object and undefined are the defaults.
    expect(ok(item, "2025-01-02", {}).status).toBe("purge-due")
    expect(resolve(undefined)).toBeInstanceOf(Resolved)
    expect(resolve(undefined)).toStrictEqual(resolve({}))
  })
  it("retention.settings.value names the setting in params (used by the message) and in the path, for every setting", () => {
    const cases: ReadonlyArray<readonly [string, unknown]> = [
      ["tenshutsuCertificateDays", -1],
      ["deliveryAddressDays", 36_601],
      ["operationLogYears", 0],
      ["archiveAfterYears", 151],
      ["csTransition", "johyo"],
      ["override", 1]
    ]
    for (const [setting, value] of cases) {
      expect(failure(item, "2025-01-01", { [setting]: value })).toEqual(settingError(setting))
    }
    const r = evaluate(item, "2025-01-01", { csTransition: "x" as never })
    expect(Result.isFailure(r) && [r.failure.messageIn("en"), r.failure.messageIn("ja")]).toEqual([
      "Setting csTransition has an invalid value",
      "設定csTransitionの値が不正です"
    ])
  })
  it("an override or its former period given as a function is rejected, even with the right properties", () => {
    const fnOverride = Object.assign(() => undefined, {
      id: "fn-city",
      coveredFrom: "2009-06-21",
      formerPeriod: Period.years(10)
    })
    expect(failure(item, "2025-01-01", { override: fnOverride })).toEqual(settingError("override"))
    const fnPeriod = Object.assign(() => undefined, { unit: "years", amount: 10 })
    expect(failure(item, "2025-01-01", { override: { ...Kagoshima, formerPeriod: fnPeriod } })).toEqual(
      settingError("override")
    )
    // The same values as plain objects are accepted.
    expect(failure(item, "2025-01-01", { override: { ...Kagoshima, formerPeriod: Period.years(10) } })).toMatch(
      /^accepted/
    )
  })
})

describe("plan: the regime an override builds", () => {
  it("鹿児島市: the former local rule is an UNVERIFIED regime with the city's basis, wording (reading, source) and note", () => {
    const plans = resolve({ override: Kagoshima })
    for (const kind of ["juminhyo-johyo", "fuhyo-johyo"] as const) {
      expect(planOf(plans, kind).override).toStrictEqual({
        coveredFrom: "2009-06-21",
        formerPeriod: { unit: "years", amount: 10 },
        regime: {
          id: "override.kagoshima.former",
          from: null,
          period: { unit: "years", amount: 10 },
          basis: Kagoshima.basis,
          wording: {
            text: "鹿児島市の旧規定（10年）",
            reading: {
              ja: "市町村の公表する対象日を事実として用いる（数え方は未確認）。",
              en: "The municipality's published cut-off is taken as the fact (how it counts is UNVERIFIED)."
            },
            source: "override kagoshima",
            verified: false
          },
          note: {
            ja: "鹿児島市の旧規定（10年）。2009-06-21より前の除票は期間満了。",
            en: "Kagoshima City former local rule (10 years). 除票 before 2009-06-21 ended."
          }
        }
      })
    }
    // Only the 除票 kinds (令34条1項) take the override; it adds one slot after their regimes.
    for (const p of policies) {
      const plan = planOf(plans, p.kind)
      const johyo = p.kind === "juminhyo-johyo" || p.kind === "fuhyo-johyo"
      expect(plan.override === null).toBe(!johyo)
      expect(plan.slots.length).toBe(plan.regimes.length + (johyo ? 1 : 0))
    }
    // The evaluation shows that regime, wording included.
    const e = ok({ kind: "juminhyo-johyo", start: "2009-06-20" }, "2020-01-01", { override: Kagoshima })
    expect(e.regime.wording.source).toBe("override kagoshima")
    expect(e.regime.wording.reading.en).toContain("UNVERIFIED")
  })
})

describe("plan: the outcomes without a period to count", () => {
  it("評価書 II / III-3: no start yet gives awaiting-start-event (or no-fixed-period for a log kept for good), 転入 tennyu-recorded, 永年 no-fixed-period", () => {
    const reasonOf = (e: Evaluation) => [e.status, e.reason, e.lastRetainedDay, e.archiveFrom]
    expect(reasonOf(ok({ kind: "delivery-address" }, "2025-01-01"))).toEqual([
      "retained",
      "awaiting-start-event",
      null,
      null
    ])
    // Also with explicit settings, so the plans are resolved in the call (the default ones are built when the module loads).
    expect(reasonOf(ok({ kind: "operation-log" }, "2025-01-01", {}))).toEqual([
      "keep-forever",
      "no-fixed-period",
      null,
      null
    ])
    expect(reasonOf(ok({ kind: "operation-log" }, "2025-01-01"))).toEqual([
      "keep-forever",
      "no-fixed-period",
      null,
      null
    ])
    expect(reasonOf(ok({ kind: "operation-log" }, "2025-01-01", { operationLogYears: 5 }))).toEqual([
      "retained",
      "awaiting-start-event",
      null,
      null
    ])
    expect(reasonOf(ok({ kind: "operation-log", start: "2020-01-01" }, "9999-12-31"))).toEqual([
      "keep-forever",
      "no-fixed-period",
      null,
      null
    ])
    expect(
      reasonOf(ok({ kind: "tenshutsu-certificate-info", start: "2020-01-01", tennyuRecorded: true }, "2025-01-01"))
    ).toEqual(["retained", "tennyu-recorded", null, null])
  })
  it("Outcome.noEnd is set exactly on the outcomes without a period to count (no start, 転入, 永年), for every kind and setting", () => {
    for (const settings of [
      {},
      { operationLogYears: 10, csTransition: "johyo-cutoff" as const, override: Kagoshima }
    ]) {
      const plans = resolve(settings)
      for (const p of policies) {
        const plan = planOf(plans, p.kind)
        expect([plan.noStart.noEnd, plan.tennyu.noEnd, plan.forever.noEnd]).toEqual([true, true, true])
        // No start yet: kept for good when the current period has no end, else awaiting the event.
        expect([plan.noStart.status, plan.noStart.reason]).toEqual(
          plan.current.unit === "forever" ? ["keep-forever", "no-fixed-period"] : ["retained", "awaiting-start-event"]
        )
        for (const slot of plan.slots) for (const o of slot) expect(o.noEnd).toBe(false)
        expect([plan.tennyu.status, plan.tennyu.reason, plan.forever.status, plan.forever.reason]).toEqual([
          "retained",
          "tennyu-recorded",
          "keep-forever",
          "no-fixed-period"
        ])
      }
    }
  })
})

// Kinds with one fixed period and no archive move, with the reference's reading of that period.
type Counted = readonly [
  RecordKind,
  RetentionSettings,
  "years" | "days",
  number,
  "excluded" | "included",
  archived?: boolean
]
const COUNTED: ReadonlyArray<Counted> = [
  ["paper", {}, "years", 1, "excluded"],
  ["tenshutsu-certificate-info", {}, "days", 30, "excluded"],
  ["tenshutsu-certificate-info", { tenshutsuCertificateDays: 0 }, "days", 0, "excluded"],
  ["delivery-address", {}, "days", 0, "excluded"],
  ["delivery-address", { deliveryAddressDays: 1 }, "days", 1, "excluded"],
  ["operation-log", { operationLogYears: 1 }, "years", 1, "excluded"],
  ["cs-superseded", {}, "years", 150, "included"],
  ["fuhyo-cs-deleted", {}, "years", 150, "included"]
]

/** Status and last day on asOf, by the reference: kept through the last day, due from the next. */
const expected = (start: string, asOf: string, [, , unit, n, firstDay]: Counted) => {
  const last = refLastDay(start, unit, n, firstDay)
  // The walk writes year 10000 with five digits: past 9999-12-31 whatever the string order says.
  return last.length > 10 || last > "9999-12-31"
    ? "retention.item.range"
    : { status: asOf <= last ? "retained" : "purge-due", lastRetainedDay: last }
}
const actual = (start: string, asOf: string, [kind, settings]: Counted) => {
  const r = evaluate({ kind, start }, asOf, settings)
  return Result.isFailure(r) ? r.failure.code : { status: r.success.status, lastRetainedDay: r.success.lastRetainedDay }
}
const around = (d: string): ReadonlyArray<string> =>
  [-1, 0, 1]
    .map((k) => Calendar.toDayNumber(d) + k)
    .filter((n) => n >= Calendar.toDayNumber("0001-01-01") && n <= Calendar.toDayNumber("9999-12-31"))
    .map((n) => Calendar.fromDayNumber(n))

describe("plan: the threshold searches at both ends of the calendar (民法140条・143条, reference walk)", () => {
  it("starts on 0001-01-01 to 0001-01-03: retained through the last day, due from the next (evaluated around that day)", () => {
    for (const c of COUNTED) {
      for (const start of ["0001-01-01", "0001-01-02", "0001-01-03"]) {
        const last = refLastDay(start, c[2], c[3], c[4])
        for (const asOf of [start, ...around(last)]) {
          expect({ c, start, asOf, r: actual(start, asOf, c) }).toEqual({ c, start, asOf, r: expected(start, asOf, c) })
        }
      }
    }
  })
  it("starts in the last days of 9999: a period ending by 9999-12-31 is decided, one ending later is retention.item.range", () => {
    for (const c of COUNTED) {
      for (const start of ["9999-12-29", "9999-12-30", "9999-12-31", "9998-12-31", "9849-12-31", "9850-01-01"]) {
        for (const asOf of ["9999-12-30", "9999-12-31"]) {
          expect({ c, start, asOf, r: actual(start, asOf, c) }).toEqual({ c, start, asOf, r: expected(start, asOf, c) })
        }
      }
    }
  })
  it("令34条1項 (former 5 years then in force) and 標準仕様書1.1.5: a 除票 消除 0001-01-01 is archive-due after archiveAfterYears, purge-due after 5 years", () => {
    const johyo = { kind: "juminhyo-johyo", start: "0001-01-01" }
    const archiveLast = refLastDay("0001-01-01", "years", 1)
    const last = refLastDay("0001-01-01", "years", 5)
    expect([archiveLast, last]).toEqual(["0002-01-01", "0006-01-01"])
    const status = (asOf: string) => ok(johyo, asOf, { archiveAfterYears: 1 }).status
    expect([archiveLast, "0002-01-02", last, "0006-01-02"].map(status)).toEqual([
      "retained",
      "archive-due",
      "archive-due",
      "purge-due"
    ])
    expect(ok({ ...johyo, archived: true }, last).status).toBe("retained")
  })
})

describe("plan: thresholdsOf, the contract of each field", () => {
  const day = Calendar.toDayNumber("2025-01-01")
  it("評価書 III-3 (永年): a period without end keeps every start and has no start whose end lies by 9999-12-31", () => {
    const plan = planOf(resolve({}), "operation-log")
    expect(plan.current).toEqual(Period.forever)
    expect(thresholdsOf(plan, day)).toEqual({
      reach: [""],
      rangeMax: [""],
      keepFrom: [""],
      archiveUntil: "",
      inForce: 0
    })
  })
  it("a timeline of three regimes: reach never decreases, rangeMax is the smallest of the slots up to i", () => {
    // A 除票 plan given a third regime (1 year from 2030-01-01) after the 150 years: the 150-year slot is reached
    // from 2014-06-20 (its 5 years run into 2019-06-20), so the third is reached from 2014-06-20 too, although
    // 150 years from 1880 already run into 2030.
    const johyo = planOf(resolve({}), "juminhyo-johyo")
    const from3 = Calendar.toDayNumber("2030-01-01")
    const three: KindPlan = {
      ...johyo,
      periods: [Period.years(5), Period.years(150), Period.years(1)],
      froms: [...johyo.froms, from3]
    }
    const t = thresholdsOf(three, from3)
    expect(t.reach).toEqual(["", "2014-06-20", "2014-06-20"])
    expect(t.inForce).toBe(2)
    // The last starts whose periods end by 9999-12-31: 5 years 9994-12-31, 150 years 9849-12-31, 1 year 9998-12-31.
    expect(refLastDay("9849-12-31", "years", 150)).toBe("9999-12-31")
    expect(refLastDay("9998-12-31", "years", 1)).toBe("9999-12-31")
    expect(t.rangeMax).toEqual(["9994-12-31", "9849-12-31", "9849-12-31"])
    // Shorter after longer: 150 years, then 1 year.
    const shrinking: KindPlan = { ...johyo, periods: [Period.years(150), Period.years(1)] }
    expect(thresholdsOf(shrinking, day).rangeMax).toEqual(["9849-12-31", "9849-12-31"])
  })
})
