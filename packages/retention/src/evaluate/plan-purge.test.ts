import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { day } from "../period/arbitraries.js"
import { dim, refLastDay } from "../test-utils/reference.js"
import { Kagoshima, type RetentionSettings } from "../policy/index.js"
import { valid } from "./arbitraries.js"
import { actionOf, evaluate, planPurge, type PurgeDecision, type RetentionItem, type RetentionStatus } from "./index.js"

// ---------------------------------------------------------------------------
// Independent reference of the policies, written from domain.md §7 and the seed,
// on top of the day-by-day period walk (no code shared with the implementation).
/** Steps a date string by whole days, one at a time. */
const stepDays = (s: string, n: number): string => {
  let y = Number(s.slice(0, 4))
  let m = Number(s.slice(5, 7))
  let d = Number(s.slice(8, 10))
  for (let i = 0; i < Math.abs(n); i++) {
    if (n > 0) {
      if (d < dim(y, m)) d++
      else if (m < 12) [m, d] = [m + 1, 1]
      else [y, m, d] = [y + 1, 1, 1]
    } else if (d > 1) d--
    else if (m > 1) [m, d] = [m - 1, dim(y, m - 1)]
    else [y, m, d] = [y - 1, 12, 31]
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}

interface RefSettings {
  readonly tenshutsuDays: number
  readonly deliveryDays: number
  readonly logYears: number | null
  readonly csCutoff: boolean
  readonly kagoshima: boolean
  readonly archiveYears: number
}

/** The last retained day by the reference (null: no end) and whether a former rule set it. */
const refEnd = (
  item: RetentionItem,
  s: RefSettings,
  asOf: string
): { readonly end: string | null; readonly former: boolean } => {
  const start = item.start
  const current = (end: string | null) => ({ end, former: false })
  // Before 2019-06-20 the former 5 years were the rule in force (令34条1項 before the 令和元年 amendment).
  const beforeExtension = asOf < "2019-06-20"
  switch (item.kind) {
    case "juminhyo-johyo":
    case "fuhyo-johyo": {
      const d = start as string
      const five = refLastDay(d, "years", 5)
      if (beforeExtension) {
        if (!s.kagoshima) return current(five)
        const ten = refLastDay(d, "years", 10)
        return current(d >= "2009-06-21" || ten < "2019-06-20" ? ten : "2019-06-19")
      }
      if (s.kagoshima && d >= "2009-06-21") return current(refLastDay(d, "years", 150))
      // Covered only if the 5-year period was still running on 2019-06-20.
      if (five >= "2019-06-20") return current(refLastDay(d, "years", 150))
      if (s.kagoshima) {
        const ten = refLastDay(d, "years", 10)
        return { end: ten < "2019-06-20" ? ten : "2019-06-19", former: true }
      }
      return { end: five, former: true }
    }
    case "cs-superseded":
    case "cs-deleted":
    case "fuhyo-cs-superseded":
    case "fuhyo-cs-deleted": {
      // 令34条2項・3項「…の日から起算して百五十年を経過する日」: the notice day is the first day.
      const d = start as string
      if (s.csCutoff) {
        // The UNVERIFIED former rule applies the 除票 cut-off as it is.
        const five = refLastDay(d, "years", 5)
        if (beforeExtension) return current(five)
        if (five < "2019-06-20") return { end: five, former: true }
      }
      return current(refLastDay(d, "years", 150, "included"))
    }
    case "paper":
      return current(refLastDay(start as string, "years", 1))
    case "tenshutsu-certificate-info":
      return current(item.tennyuRecorded === true ? null : stepDays(start as string, s.tenshutsuDays))
    case "delivery-address":
      return current(start === undefined ? null : stepDays(start, s.deliveryDays))
    case "operation-log":
      return current(s.logYears === null || start === undefined ? null : refLastDay(start, "years", s.logYears))
  }
}

/** The status by the reference. */
const refStatus = (item: RetentionItem, s: RefSettings, asOf: string): string => {
  const { end, former } = refEnd(item, s, asOf)
  if (end === null) return item.kind === "operation-log" && s.logYears === null ? "keep-forever" : "retained"
  if (asOf > end) return former ? "expired-under-former-rule" : "purge-due"
  const johyo = item.kind === "juminhyo-johyo" || item.kind === "fuhyo-johyo"
  if (johyo && item.archived !== true && asOf > refLastDay(item.start as string, "years", s.archiveYears))
    return "archive-due"
  return "retained"
}

const settingsArb: fc.Arbitrary<{ settings: RetentionSettings; ref: RefSettings }> = fc
  .record({
    tenshutsuDays: fc.integer({ min: 0, max: 60 }),
    deliveryDays: fc.integer({ min: 0, max: 10 }),
    logYears: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    csCutoff: fc.boolean(),
    kagoshima: fc.boolean(),
    archiveYears: fc.integer({ min: 1, max: 10 }),
    defaults: fc.boolean()
  })
  .map(({ defaults, ...r }) =>
    defaults
      ? {
          settings: {},
          ref: {
            tenshutsuDays: 30,
            deliveryDays: 0,
            logYears: null,
            csCutoff: false,
            kagoshima: false,
            archiveYears: 5
          }
        }
      : {
          settings: {
            tenshutsuCertificateDays: r.tenshutsuDays,
            deliveryAddressDays: r.deliveryDays,
            operationLogYears: r.logYears,
            csTransition: r.csCutoff ? "johyo-cutoff" : "none",
            override: r.kagoshima ? Kagoshima : null,
            archiveAfterYears: r.archiveYears
          },
          ref: r
        }
  )

const collect = <I>(it: Iterable<PurgeDecision<I>>) => Array.from(it)

describe("planPurge", () => {
  it("never selects an item whose retention has not ended, never keeps one past its end (day-by-day reference)", () => {
    fc.assert(
      fc.property(
        fc.array(valid, { minLength: 1, maxLength: 6 }),
        settingsArb,
        fc.nat(),
        fc.integer({ min: -2, max: 2 }),
        day,
        fc.constantFrom("random", "end", "archive", "former-end", "extension"),
        (items, { settings, ref }, pick, k, randomDay, mode) => {
          const target = items[pick % items.length] as RetentionItem
          const end = refEnd(target, ref, mode === "former-end" ? "2019-06-19" : "9999-12-31").end
          const archiveEnd =
            target.kind === "juminhyo-johyo" || target.kind === "fuhyo-johyo"
              ? refLastDay(target.start as string, "years", ref.archiveYears)
              : null
          const anchor =
            mode === "end" || mode === "former-end"
              ? end
              : mode === "archive"
                ? archiveEnd
                : mode === "extension"
                  ? "2019-06-20"
                  : null
          const asOf = anchor === null ? randomDay : stepDays(anchor, k)
          const decisions = collect(planPurge(items, asOf, settings))
          expect(decisions).toHaveLength(items.length)
          decisions.forEach((d, i) => {
            const item = items[i] as RetentionItem
            expect(d.index).toBe(i)
            expect(d.item).toBe(item)
            if (d.action === "invalid") throw new Error(`invalid: ${d.error.code}`)
            const { end } = refEnd(item, ref, asOf)
            expect(d.evaluation.lastRetainedDay).toBe(end)
            expect(d.action === "purge").toBe(end !== null && asOf > end)
            expect(d.evaluation.status).toBe(refStatus(item, ref, asOf))
          })
        }
      ),
      { numRuns: 400 }
    )
  })

  it("evaluate agrees with planPurge item by item", () => {
    fc.assert(
      fc.property(fc.array(valid, { minLength: 1, maxLength: 8 }), day, settingsArb, (items, asOf, { settings }) => {
        const plan = collect(planPurge(items, asOf, settings))
        items.forEach((item, i) => {
          const r = evaluate(item, asOf, settings)
          const d = plan[i]
          if (Result.isFailure(r) || d === undefined || d.action === "invalid") throw new Error("unexpected")
          expect(JSON.stringify(r.success)).toBe(JSON.stringify(d.evaluation))
        })
      })
    )
  })

  it("reports expired-under-former-rule exactly for 除票 whose 5-year period ended before 2019-06-20", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("juminhyo-johyo", "fuhyo-johyo"), (start, kind) => {
        const [d] = collect(planPurge([{ kind, start }], "9999-12-31"))
        if (d === undefined || d.action === "invalid") throw new Error("unexpected")
        const former = refLastDay(start, "years", 5) < "2019-06-20"
        expect(d.evaluation.status).toBe(former ? "expired-under-former-rule" : "purge-due")
        expect(former).toBe(start < "2014-06-20")
      })
    )
  })

  it("decisions carry their evaluation and serialise to JSON", () => {
    const [d] = collect(planPurge([{ id: 7, kind: "paper", start: "2024-04-01" }], "2025-04-02"))
    if (d === undefined || d.action === "invalid") throw new Error("unexpected")
    expect(d.evaluation.status).toBe("purge-due")
    expect(d.evaluation.lastRetainedDay).toBe("2025-04-01")
    expect(JSON.parse(JSON.stringify(d))).toMatchObject({
      action: "purge",
      index: 0,
      item: { id: 7, kind: "paper", start: "2024-04-01" },
      evaluation: { status: "purge-due", lastRetainedDay: "2025-04-01", regime: "rei34-4.1y" }
    })
  })

  it("closes the source when the consumer stops early", () => {
    let closed = false
    function* source() {
      try {
        for (;;) yield { kind: "paper", start: "2024-01-01" }
      } finally {
        closed = true
      }
    }
    for (const d of planPurge(source(), "2025-01-01")) if (d.index === 2) break
    expect(closed).toBe(true)
  })

  it("stopping early never throws: on an array (no source to close) and on an iterator without return()", () => {
    const items = [1, 2, 3].map(() => ({ kind: "paper", start: "2024-01-01" }))
    const seen: Array<number> = []
    for (const d of planPurge(items, "2025-01-01")) {
      seen.push(d.index)
      if (d.index === 1) break
    }
    expect(seen).toEqual([0, 1])
    let n = 0
    const bare: Iterable<unknown> = {
      [Symbol.iterator]: () => ({ next: () => ({ done: n >= 3, value: { kind: "paper", start: `2024-01-0${++n}` } }) })
    }
    for (const d of planPurge(bare, "2025-01-01")) if (d.index === 0) break
    expect(n).toBe(1)
  })
  it("streams lazily: decisions come before the source is exhausted (an endless source works)", () => {
    let pulled = 0
    function* endless() {
      for (;;) {
        pulled++
        yield { kind: "paper", start: "2024-01-01" }
      }
    }
    const out = planPurge(endless(), "2025-06-01")
    for (let i = 0; i < 5; i++) expect(out.next().value?.action).toBe("purge")
    expect(pulled).toBe(5)
  })

  it("async iterables give an async stream with the same decisions as the sync one", async () => {
    const items = fc.sample(valid, { numRuns: 50, seed: 7 })
    async function* source() {
      for (const i of items) yield i
    }
    const asyncOut: Array<PurgeDecision<RetentionItem>> = []
    for await (const d of planPurge(source(), "2030-01-01")) asyncOut.push(d)
    expect(asyncOut).toEqual(collect(planPurge(items, "2030-01-01")))
  })

  it("invalid items become invalid decisions in place (with the record position) and the stream goes on", () => {
    const out = collect(
      planPurge(
        [
          { kind: "paper", start: "2024-01-01" },
          { kind: "paper", start: "2024-02-30" },
          7,
          { kind: "x" },
          { kind: "paper", start: "2025-01-01" }
        ],
        "2025-06-01"
      )
    )
    expect(out.map((d) => d.action)).toEqual(["purge", "invalid", "invalid", "invalid", "keep"])
    const bad = out[1]
    if (bad?.action !== "invalid") throw new Error("expected invalid")
    expect(bad.error.code).toBe("retention.item.date")
    expect(bad.error.position).toEqual({ record: 2 })
    expect(out.map((d) => (d.action === "invalid" ? d.error.code : ""))).toEqual([
      "",
      "retention.item.date",
      "retention.item.type",
      "retention.item.kind",
      ""
    ])
  })

  it("a bad asOf or bad settings select nothing: every decision is invalid", () => {
    const items = [{ kind: "paper", start: "2000-01-01" }]
    const a = collect(planPurge(items, "yesterday"))
    expect(a.map((d) => (d.action === "invalid" ? d.error.code : d.action))).toEqual(["retention.as-of.date"])
    const b = collect(planPurge(items, "2025-01-01", { tenshutsuCertificateDays: 1.5 }))
    expect(b.map((d) => (d.action === "invalid" ? d.error.code : d.action))).toEqual(["retention.settings.value"])
  })

  it("an array with its own iterator is read through that iterator, not by index", () => {
    const items: Array<unknown> = [{ kind: "paper", start: "2024-01-01" }]
    Object.defineProperty(items, Symbol.iterator, {
      value: function* () {
        yield { kind: "paper", start: "2025-05-01" }
        yield 7
      }
    })
    const out = collect(planPurge(items as Iterable<unknown>, "2025-06-01"))
    expect(out.map((d) => (d.action === "invalid" ? d.error.code : d.action))).toEqual(["keep", "retention.item.type"])
    // A Set is iterable but has no indices.
    const set = collect(planPurge(new Set([{ kind: "paper", start: "2024-01-01" }]), "2025-06-01"))
    expect(set.map((d) => d.action)).toEqual(["purge"])
  })
  it("input that is not iterable gives one invalid decision and never throws", () => {
    for (const bad of [null, undefined, 42, { kind: "paper" }]) {
      const out = collect(planPurge(bad as unknown as Iterable<unknown>, "2025-01-01"))
      expect(out.map((d) => (d.action === "invalid" ? d.error.code : d.action))).toEqual(["retention.items.type"])
    }
    const strings = collect(planPurge("ab" as unknown as Iterable<unknown>, "2025-01-01"))
    expect(strings.map((d) => (d.action === "invalid" ? d.error.code : d.action))).toEqual([
      "retention.item.type",
      "retention.item.type"
    ])
  })
})

// The action each status leads to, as the module documentation states it (標準仕様書1.1.5: a 除票 past its archive
// period moves to the 除票 database; 令34条: a record past its period is erased; 永年 and running periods are kept).
const ACTION: Record<RetentionStatus, "purge" | "archive" | "keep"> = {
  "purge-due": "purge",
  "expired-under-former-rule": "purge",
  "archive-due": "archive",
  retained: "keep",
  "keep-forever": "keep"
}

describe("planPurge: the action of every decision", () => {
  it("標準仕様書1.1.5: a 除票 消除 2014-06-20 still in the live database is archived from 2019-06-21, kept once archived", () => {
    const items = [
      { kind: "juminhyo-johyo", start: "2014-06-20" },
      { kind: "juminhyo-johyo", start: "2014-06-20", archived: true },
      { kind: "fuhyo-johyo", start: "2014-06-20", archived: false }
    ]
    const actions = (asOf: string) =>
      collect(planPurge(items, asOf)).map((d) => (d.action === "invalid" ? d.error.code : d.action))
    expect(actions("2019-06-20")).toEqual(["keep", "keep", "keep"])
    expect(actions("2019-06-21")).toEqual(["archive", "keep", "archive"])
    expect(actions("2164-06-20")).toEqual(["archive", "keep", "archive"])
    // 令34条1項: past the 150 years the 除票 is erased, archived or not
    expect(actions("2164-06-21")).toEqual(["purge", "purge", "purge"])
  })

  it("the action follows the status as documented: purge / archive / keep (property)", () => {
    fc.assert(
      fc.property(fc.array(valid, { maxLength: 8 }), day, (items, asOf) => {
        for (const d of collect(planPurge(items, asOf))) {
          if (d.action === "invalid") {
            expect(d.error.code).toBe("retention.item.range")
            continue
          }
          expect(d.action).toBe(ACTION[d.evaluation.status])
          expect(actionOf(d.evaluation.status)).toBe(ACTION[d.evaluation.status])
        }
      })
    )
  })

  it("actionOf maps each of the five statuses", () => {
    for (const [status, action] of Object.entries(ACTION)) expect(actionOf(status as RetentionStatus)).toBe(action)
  })
})
