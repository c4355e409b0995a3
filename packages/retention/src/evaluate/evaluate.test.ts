import { Calendar, isJukiError } from "@juki/core"
import { Result } from "effect"
import { inspect } from "node:util"
import fc from "fast-check"
import { describe as group, expect, it } from "vitest"
import * as Period from "../period/index.js"
import { Kagoshima, type RetentionSettings } from "../policy/index.js"
import { day } from "../period/arbitraries.js"
import { invalid, invalidWithRule, valid } from "./arbitraries.js"
import { describe as describeEvaluation, evaluate, type Evaluation, type RetentionStatus } from "./index.js"

const ok = (item: unknown, asOf: string, settings?: RetentionSettings): Evaluation => {
  const r = evaluate(item, asOf, settings)
  if (Result.isFailure(r)) throw new Error(`unexpected failure ${r.failure.code}`)
  return r.success
}
const err = (item: unknown, asOf: string, settings?: RetentionSettings): string => {
  const r = evaluate(item, asOf, settings)
  if (Result.isSuccess(r)) throw new Error(`unexpected success ${r.success.status}`)
  return r.failure.code
}

/** Checks the day before, the day of and the day after `last`, with the status expected on each. */
const boundary = (
  item: object,
  last: string,
  statuses: readonly [RetentionStatus, RetentionStatus, RetentionStatus],
  settings?: RetentionSettings
) => {
  const days = [Calendar.addDays(last, -1), last, Calendar.addDays(last, 1)]
  days.forEach((asOf, i) => {
    const e = ok(item, asOf, settings)
    expect({ asOf, status: e.status, last: e.lastRetainedDay }).toEqual({ asOf, status: statuses[i], last })
  })
}

group("evaluate: 住民票の除票 (住民基本台帳法施行令 第34条第1項)", () => {
  it("住基法施行令34条1項: 除票 消除 2014-06-20 is kept 150 years, through 2164-06-20 (day before/of/after)", () => {
    boundary({ kind: "juminhyo-johyo", start: "2014-06-20", archived: true }, "2164-06-20", [
      "retained",
      "retained",
      "purge-due"
    ])
    expect(ok({ kind: "juminhyo-johyo", start: "2014-06-20" }, "2164-06-21").regime.id).toBe("rei34-1.150y")
  })
  it("令34条1項 経過措置: 除票 消除 2014-06-19 expired on 2019-06-19 under the former 5-year rule, never covered", () => {
    boundary({ kind: "juminhyo-johyo", start: "2014-06-19" }, "2019-06-19", [
      "retained",
      "retained",
      "expired-under-former-rule"
    ])
    const e = ok({ kind: "juminhyo-johyo", start: "2014-06-19" }, "2100-01-01")
    expect(e.status).toBe("expired-under-former-rule")
    expect(e.regime.id).toBe("rei34-1.former-5y")
    expect(e.basis[0]?.verified).toBe(false)
  })
  it("令34条1項 経過措置: on the day the 150-year rule came into force (2019-06-20) a 2014-06-20 除票 is still in its period", () => {
    const e = ok({ kind: "juminhyo-johyo", start: "2014-06-20", archived: true }, "2019-06-20")
    expect(e.status).toBe("retained")
    expect(e.lastRetainedDay).toBe("2164-06-20")
  })
  it("令34条1項: a 除票 消除 on or after 2019-06-20 is kept 150 years (2019-06-20 → 2169-06-20)", () => {
    boundary({ kind: "juminhyo-johyo", start: "2019-06-20", archived: true }, "2169-06-20", [
      "retained",
      "retained",
      "purge-due"
    ])
  })
  it("令34条1項 + 民法143条2項: a 除票 消除 2018-02-28 is kept through 2168-02-29", () => {
    boundary({ kind: "juminhyo-johyo", start: "2018-02-28", archived: true }, "2168-02-29", [
      "retained",
      "retained",
      "purge-due"
    ])
  })
  it("令34条1項 (former 5 years, in force then) + 民法143条2項: a 除票 消除 1900-02-28 ended on 1905-02-28 (1900 is no leap year)", () => {
    // Evaluated in 1905 the 5-year rule is the rule in force: purge-due, not "former".
    boundary({ kind: "juminhyo-johyo", start: "1900-02-28" }, "1905-02-28", ["retained", "retained", "purge-due"])
    expect(ok({ kind: "juminhyo-johyo", start: "1900-02-28" }, "2019-06-20").status).toBe("expired-under-former-rule")
  })
  it("令34条1項 経過措置: evaluated before 2019-06-20, a covered 除票 (消除 2014-06-20) shows the 5 years then in force", () => {
    const item = { kind: "juminhyo-johyo", start: "2014-06-20", archived: true }
    const before = ok(item, "2019-06-19")
    expect([before.status, before.lastRetainedDay, before.regime.id]).toEqual([
      "retained",
      "2019-06-20",
      "rei34-1.former-5y"
    ])
    const after = ok(item, "2019-06-20")
    expect([after.status, after.lastRetainedDay, after.regime.id]).toEqual(["retained", "2164-06-20", "rei34-1.150y"])
  })
  it("令34条1項 経過措置: evaluated in 2016, a 除票 消除 2010-01-01 was purge-due under the rule then in force (5 years)", () => {
    const e = ok({ kind: "juminhyo-johyo", start: "2010-01-01" }, "2016-01-01")
    expect([e.status, e.lastRetainedDay, e.regime.id]).toEqual(["purge-due", "2015-01-01", "rei34-1.former-5y"])
  })
})

group("evaluate: 除票DBへの移行 (住民記録システム標準仕様書 1.1.5, 9.3)", () => {
  it("標準仕様書1.1.5: a 除票 消除 2014-06-20 in the live DB is due for the 除票 database from 2019-06-21", () => {
    const item = { kind: "juminhyo-johyo", start: "2014-06-20" }
    expect(ok(item, "2019-06-20").status).toBe("retained")
    expect(ok(item, "2019-06-21").status).toBe("archive-due")
    expect(ok(item, "2019-06-21").archiveFrom).toBe("2019-06-21")
    expect(ok({ ...item, archived: true }, "2019-06-21").status).toBe("retained")
    expect(ok(item, "2164-06-20").status).toBe("archive-due")
    expect(ok(item, "2164-06-21").status).toBe("purge-due")
  })
  it("標準仕様書9.3: archiveAfterYears moves the archive day (10 years → from 2024-06-21)", () => {
    const item = { kind: "fuhyo-johyo", start: "2014-06-20" }
    expect(ok(item, "2024-06-20", { archiveAfterYears: 10 }).status).toBe("retained")
    expect(ok(item, "2024-06-21", { archiveAfterYears: 10 }).status).toBe("archive-due")
  })
  it("標準仕様書1.1.5: a 除票 expired under the former rule is purged, not archived", () => {
    const e = ok({ kind: "juminhyo-johyo", start: "2010-01-01" }, "2019-06-20")
    expect(e.status).toBe("expired-under-former-rule")
    expect(e.lastRetainedDay).toBe("2015-01-01")
  })
})

group("evaluate: 戸籍の附票の除票 (住民基本台帳法施行令 第34条第1項)", () => {
  it("令34条1項: 附票の除票 消除 2014-06-20 is kept through 2164-06-20", () => {
    boundary({ kind: "fuhyo-johyo", start: "2014-06-20", archived: true }, "2164-06-20", [
      "retained",
      "retained",
      "purge-due"
    ])
  })
  it("令34条1項 経過措置: 附票の除票 改製 2014-06-19 expired on 2019-06-19", () => {
    boundary({ kind: "fuhyo-johyo", start: "2014-06-19" }, "2019-06-19", [
      "retained",
      "retained",
      "expired-under-former-rule"
    ])
  })
})

group("evaluate: 本人確認情報 (住民基本台帳法施行令 第34条第2項)", () => {
  it("令34条2項1号「新たな本人確認情報の通知をした日から起算して百五十年を経過する日」: 初日算入, 2010-04-01 → 2160-03-31", () => {
    boundary({ kind: "cs-superseded", start: "2010-04-01" }, "2160-03-31", ["retained", "retained", "purge-due"])
  })
  it("令34条2項「起算して」: a notice on 2000-01-01 is kept through 2149-12-31 (not 2150-01-01)", () => {
    boundary({ kind: "cs-superseded", start: "2000-01-01" }, "2149-12-31", ["retained", "retained", "purge-due"])
    boundary({ kind: "cs-deleted", start: "2000-01-01" }, "2149-12-31", ["retained", "retained", "purge-due"])
  })
  it("令34条2項2号 + 民法143条2項ただし書: a 消除 image notified 2024-02-29 is kept through 2174-02-28 (no 応当日)", () => {
    boundary({ kind: "cs-deleted", start: "2024-02-29" }, "2174-02-28", ["retained", "retained", "purge-due"])
  })
  it("令34条2項 (UNVERIFIED former rule): csTransition johyo-cutoff ends a 2014-06-19 image on 2019-06-19", () => {
    const s = { csTransition: "johyo-cutoff" } as const
    boundary(
      { kind: "cs-deleted", start: "2014-06-19" },
      "2019-06-19",
      ["retained", "retained", "expired-under-former-rule"],
      s
    )
    boundary({ kind: "cs-superseded", start: "2014-06-20" }, "2164-06-19", ["retained", "retained", "purge-due"], s)
  })
})

group("evaluate: 附票本人確認情報 (住民基本台帳法施行令 第34条第3項)", () => {
  it("令34条3項1号「新たな附票本人確認情報の通知をした日から起算して百五十年を経過する日」: 2000-01-01 → 2149-12-31", () => {
    boundary({ kind: "fuhyo-cs-superseded", start: "2000-01-01" }, "2149-12-31", ["retained", "retained", "purge-due"])
    expect(ok({ kind: "fuhyo-cs-superseded", start: "2000-01-01" }, "2025-01-01").regime.basis[0]?.cite).toBe(
      "住民基本台帳法施行令 第34条第3項"
    )
  })
  it("令34条3項2号「当該附票本人確認情報の通知の日から起算して」: 消除 notice 2022-03-01 → 2172-02-29", () => {
    boundary({ kind: "fuhyo-cs-deleted", start: "2022-03-01" }, "2172-02-29", ["retained", "retained", "purge-due"])
  })
})

group("evaluate: 届出書等 (住民基本台帳法施行令 第34条第4項)", () => {
  it("令34条4項: a form received 2024-04-01 is kept 1 year, through 2025-04-01", () => {
    boundary({ kind: "paper", start: "2024-04-01" }, "2025-04-01", ["retained", "retained", "purge-due"])
  })
  it("令34条4項 + 民法143条2項: a form received 2024-02-29 is kept through 2025-02-28", () => {
    boundary({ kind: "paper", start: "2024-02-29" }, "2025-02-28", ["retained", "retained", "purge-due"])
  })
  it("令34条4項 + 民法143条2項: a form received 2023-02-28 is kept through 2024-02-29", () => {
    boundary({ kind: "paper", start: "2023-02-28" }, "2024-02-29", ["retained", "retained", "purge-due"])
  })
})

group("evaluate: 転出証明書情報 (大阪市 評価書 別添1 3-③, UNVERIFIED as law)", () => {
  it("別添1 3-③: erased when no 転入 by 30 days after the 転出予定年月日 (2025-03-01 → kept through 2025-03-31)", () => {
    boundary({ kind: "tenshutsu-certificate-info", start: "2025-03-01" }, "2025-03-31", [
      "retained",
      "retained",
      "purge-due"
    ])
  })
  it("別添1 3-③: 転出予定年月日 2024-02-14 → kept through 2024-03-15 (leap February)", () => {
    boundary({ kind: "tenshutsu-certificate-info", start: "2024-02-14" }, "2024-03-15", [
      "retained",
      "retained",
      "purge-due"
    ])
  })
  it("別添1 3-③: tenshutsuCertificateDays changes the period; a recorded 転入 stops the erasure rule", () => {
    boundary(
      { kind: "tenshutsu-certificate-info", start: "2025-03-01" },
      "2025-04-15",
      ["retained", "retained", "purge-due"],
      {
        tenshutsuCertificateDays: 45
      }
    )
    const e = ok({ kind: "tenshutsu-certificate-info", start: "2025-03-01", tennyuRecorded: true }, "2030-01-01")
    expect([e.status, e.lastRetainedDay, e.reason]).toEqual(["retained", null, "tennyu-recorded"])
  })
})

group("evaluate: 送付先情報 (大阪市 評価書 II 送付先情報ファイル, practice)", () => {
  it("評価書 II 送付先情報ファイル: deleted promptly once sent (sent 2025-05-01 → due from 2025-05-02)", () => {
    boundary({ kind: "delivery-address", start: "2025-05-01" }, "2025-05-01", ["retained", "retained", "purge-due"])
  })
  it("評価書 II 送付先情報ファイル: not yet sent means kept with no end; deliveryAddressDays extends", () => {
    const e = ok({ kind: "delivery-address" }, "2100-01-01")
    expect([e.status, e.lastRetainedDay, e.reason]).toEqual(["retained", null, "awaiting-start-event"])
    boundary({ kind: "delivery-address", start: "2025-05-01" }, "2025-05-08", ["retained", "retained", "purge-due"], {
      deliveryAddressDays: 7
    })
  })
})

group("evaluate: 操作ログ (大阪市 評価書 III-3 リスク2, practice)", () => {
  it("評価書 III-3: operation logs are kept for good by default (永年)", () => {
    for (const item of [{ kind: "operation-log" }, { kind: "operation-log", start: "1900-01-01" }]) {
      const e = ok(item, "2300-12-31")
      expect([e.status, e.lastRetainedDay]).toEqual(["keep-forever", null])
    }
  })
  it("評価書 別添3 (former system: 5 years): operationLogYears 5 ends a 2020-01-01 log on 2025-01-01", () => {
    boundary({ kind: "operation-log", start: "2020-01-01" }, "2025-01-01", ["retained", "retained", "purge-due"], {
      operationLogYears: 5
    })
  })
})

group("evaluate: municipality overrides (鹿児島市, practice)", () => {
  const s = { override: Kagoshima }
  it("鹿児島市: a 除票 消除 平成21年6月21日 (2009-06-21) is covered: kept through 2159-06-21", () => {
    boundary(
      { kind: "juminhyo-johyo", start: "2009-06-21", archived: true },
      "2159-06-21",
      ["retained", "retained", "purge-due"],
      s
    )
  })
  it("鹿児島市: a 除票 消除 2009-06-20 is not covered and ended on 2019-06-19, never on the 150-year day", () => {
    boundary(
      { kind: "juminhyo-johyo", start: "2009-06-20" },
      "2019-06-19",
      ["archive-due", "archive-due", "expired-under-former-rule"],
      s
    )
    expect(ok({ kind: "juminhyo-johyo", start: "2009-06-20" }, "2020-01-01", s).regime.id).toBe(
      "override.kagoshima.former"
    )
  })
  it("鹿児島市: a 除票 消除 2005-01-01 ended on 2015-01-01 under the city's 10 years (then in force)", () => {
    boundary(
      { kind: "juminhyo-johyo", start: "2005-01-01", archived: true },
      "2015-01-01",
      ["retained", "retained", "purge-due"],
      s
    )
    expect(ok({ kind: "juminhyo-johyo", start: "2005-01-01" }, "2019-06-20", s).status).toBe(
      "expired-under-former-rule"
    )
  })
  it("a valid override's regime: id override.<id>.former, its basis, wording and note in both languages", () => {
    const e = ok({ kind: "juminhyo-johyo", start: "2009-06-20" }, "2020-01-01", s)
    expect(e.basis).toEqual(Kagoshima.basis)
    expect(e.regime.wording.text).toBe("鹿児島市の旧規定（10年）")
    expect(e.regime.wording.verified).toBe(false)
    expect(e.regime.note).toEqual({
      ja: "鹿児島市の旧規定（10年）。2009-06-21より前の除票は期間満了。",
      en: "Kagoshima City former local rule (10 years). 除票 before 2009-06-21 ended."
    })
    // Without a name the id names the rule; a basis that is not an array becomes none.
    const bare = { id: "x-city", formerPeriod: Period.years(10), coveredFrom: "2009-06-21", basis: "none" }
    const b = ok({ kind: "juminhyo-johyo", start: "2009-06-20" }, "2020-01-01", { override: bare as never })
    expect([b.regime.id, b.regime.wording.text, b.basis]).toEqual([
      "override.x-city.former",
      "x-cityの旧規定（10年）",
      []
    ])
    expect(b.regime.note.en).toBe("x-city former local rule (10 years). 除票 before 2009-06-21 ended.")
  })
  it("with or without an override, a 除票 whose last day would lie after 9999-12-31 is retention.item.range", () => {
    // Evaluated in 2015 (the former 5 years in force): 9996-01-01 + 5 years and 9993-01-01 + 10 years (鹿児島市) pass 9999.
    for (const [start, settings] of [
      ["9996-01-01", {}],
      ["9996-01-01", s],
      ["9993-01-01", s]
    ] as const) {
      expect(err({ kind: "juminhyo-johyo", start }, "2015-01-01", settings)).toBe("retention.item.range")
    }
    expect(ok({ kind: "juminhyo-johyo", start: "9993-01-01" }, "2015-01-01").lastRetainedDay).toBe("9998-01-01")
    expect(ok({ kind: "juminhyo-johyo", start: "9989-01-01" }, "2015-01-01", s).lastRetainedDay).toBe("9999-01-01")
    // Evaluated after 2019-06-20 a covered 除票 keeps 150 years: 9850-01-01 passes 9999, 9849-12-31 ends on it.
    expect(err({ kind: "juminhyo-johyo", start: "9850-01-01" }, "2025-01-01", s)).toBe("retention.item.range")
    expect(ok({ kind: "juminhyo-johyo", start: "9849-12-31" }, "2025-01-01", s).lastRetainedDay).toBe("9999-12-31")
  })
  it("an override must name an id, a real coveredFrom and a former period with an end (0–366,000 whole units)", () => {
    const code = (override: unknown) => {
      const r = evaluate({ kind: "paper", start: "2024-01-01" }, "2025-01-01", { override: override as never })
      return Result.isFailure(r) ? [r.failure.code, r.failure.path] : "accepted"
    }
    const rejected = ["retention.settings.value", ["settings", "override"]]
    const period = (unit: unknown, amount: unknown) => ({ ...Kagoshima, formerPeriod: { unit, amount } })
    for (const ok of [null, undefined, Kagoshima, period("days", 0), period("months", 366_000), period("years", 1)]) {
      expect(code(ok)).toBe("accepted")
    }
    for (const bad of [
      "kagoshima",
      1,
      true,
      { ...Kagoshima, id: 1 },
      { ...Kagoshima, coveredFrom: "2009-02-30" },
      { ...Kagoshima, formerPeriod: Period.forever },
      { ...Kagoshima, formerPeriod: null },
      { ...Kagoshima, formerPeriod: "10 years" },
      period("weeks", 1),
      period("days", -1),
      period("days", 366_001),
      period("years", 1.5),
      period("years", "10")
    ]) {
      expect(code(bad)).toEqual(rejected)
    }
  })
  it("an override never keeps less than the law (a 5-year local rule with a late cut-off changes nothing)", () => {
    const weak = {
      ...Kagoshima,
      id: "weak",
      formerPeriod: { unit: "years", amount: 3 } as const,
      coveredFrom: "2016-01-01"
    }
    fc.assert(
      fc.property(valid, fc.integer({ min: -3, max: 3 }), (item, k) => {
        const base = ok(item, "2019-06-20")
        const asOf = base.lastRetainedDay === null ? "2019-06-20" : Calendar.addDays(base.lastRetainedDay, k)
        const a = ok(item, asOf)
        const b = ok(item, asOf, { override: weak })
        expect(b.lastRetainedDay).toBe(a.lastRetainedDay)
        expect(b.status).toBe(a.status)
      })
    )
  })
})

group("evaluate: invalid input gives typed JukiErrors and never throws", () => {
  it("retention.item.date: a missing or impossible start date", () => {
    expect(err({ kind: "juminhyo-johyo" }, "2025-01-01")).toBe("retention.item.date")
    expect(err({ kind: "juminhyo-johyo", start: "2023-02-29" }, "2025-01-01")).toBe("retention.item.date")
    expect(err({ kind: "paper", start: "2024/04/01" }, "2025-01-01")).toBe("retention.item.date")
    expect(err({ kind: "delivery-address", start: "" }, "2025-01-01")).toBe("retention.item.date")
  })
  it("retention.item.kind / .type / .flag / .range and retention.as-of.date, retention.settings.value", () => {
    expect(err({ kind: "koseki", start: "2025-01-01" }, "2025-01-01")).toBe("retention.item.kind")
    expect(err({ kind: "toString", start: "2025-01-01" }, "2025-01-01")).toBe("retention.item.kind")
    expect(err(null, "2025-01-01")).toBe("retention.item.type")
    expect(err(["juminhyo-johyo"], "2025-01-01")).toBe("retention.item.type")
    expect(err({ kind: "juminhyo-johyo", start: "2020-01-01", archived: "yes" }, "2025-01-01")).toBe(
      "retention.item.flag"
    )
    expect(err({ kind: "tenshutsu-certificate-info", start: "2020-01-01", tennyuRecorded: 1 }, "2025-01-01")).toBe(
      "retention.item.flag"
    )
    expect(err({ kind: "juminhyo-johyo", start: "9900-01-01" }, "2025-01-01")).toBe("retention.item.range")
    expect(err({ kind: "paper", start: "2024-01-01" }, "2025-02-30")).toBe("retention.as-of.date")
    expect(err({ kind: "paper", start: "2024-01-01" }, "2025-01-01", { archiveAfterYears: -1 })).toBe(
      "retention.settings.value"
    )
    expect(err({ kind: "paper", start: "2024-01-01" }, "2025-01-01", { csTransition: "maybe" as never })).toBe(
      "retention.settings.value"
    )
    expect(
      err({ kind: "paper", start: "2024-01-01" }, "2025-01-01", { override: { ...Kagoshima, coveredFrom: "H21.6.21" } })
    ).toBe("retention.settings.value")
  })
  it("every error family names its field (path) and shows its input only masked (preview)", () => {
    const detail = (item: unknown, asOf: string) => {
      const r = evaluate(item, asOf)
      return Result.isFailure(r) ? [r.failure.code, r.failure.path, r.failure.preview] : "accepted"
    }
    expect(detail(null, "2025-01-01")).toEqual(["retention.item.type", [], "<null>"])
    expect(detail({ kind: "koseki-fuhyo", start: "2025-01-01" }, "2025-01-01")).toEqual([
      "retention.item.kind",
      ["kind"],
      "********uhyo"
    ])
    expect(detail({ kind: "paper" }, "2025-01-01")).toEqual(["retention.item.date", ["start"], undefined])
    expect(detail({ kind: "juminhyo-johyo", start: "2020-01-01", archived: "yes" }, "2025-01-01")).toEqual([
      "retention.item.flag",
      ["archived"],
      "***"
    ])
    expect(
      detail({ kind: "tenshutsu-certificate-info", start: "2020-01-01", tennyuRecorded: 1 }, "2025-01-01")
    ).toEqual(["retention.item.flag", ["tennyuRecorded"], "<number>"])
    expect(detail({ kind: "juminhyo-johyo", start: "9900-01-01" }, "2025-01-01")).toEqual([
      "retention.item.range",
      ["start"],
      undefined
    ])
    expect(detail({ kind: "paper", start: "2024-01-01" }, "2025-02-30")).toEqual([
      "retention.as-of.date",
      ["asOf"],
      "******2-30"
    ])
    // evaluate has no record position; planPurge numbers records from 1.
    const r = evaluate(null, "2025-01-01")
    expect(Result.isFailure(r) && r.failure.position).toBeUndefined()
  })
  it("flags are read only where they mean something: archived for 除票, tennyuRecorded for 転出証明書情報", () => {
    // 令34条4項 書類 has no 除票 database and no 転入: the flags are ignored, whatever they hold.
    expect(ok({ kind: "paper", start: "2024-04-01", archived: "yes", tennyuRecorded: 1 }, "2024-05-01").status).toBe(
      "retained"
    )
    expect(ok({ kind: "juminhyo-johyo", start: "2014-06-20", tennyuRecorded: true }, "2020-01-01").status).toBe(
      "archive-due"
    )
    expect(ok({ kind: "juminhyo-johyo", start: "2014-06-20", archived: true }, "2020-01-01").status).toBe("retained")
  })
  it("errors carry the path, a masked preview and messages in both languages", () => {
    const r = evaluate({ kind: "paper", start: "2024-13-01" }, "2025-01-01")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure._tag).toBe("InvalidDate")
      expect(r.failure.path).toEqual(["start"])
      expect(r.failure.preview).toBe("******3-01")
      expect(r.failure.messageIn("en")).toBe("start must be a real date written YYYY-MM-DD")
      expect(r.failure.messageIn("ja")).toContain("YYYY-MM-DD")
    }
  })
  it("every valid item is accepted and every invalid one rejected with the exact rule id of its family", () => {
    fc.assert(fc.property(valid, (item) => Result.isSuccess(evaluate(item, "2025-01-01"))))
    const seen = new Set<string>()
    fc.assert(
      fc.property(invalidWithRule, day, ({ item, rule }, asOf) => {
        const r = evaluate(item, asOf)
        expect(Result.isFailure(r) && isJukiError(r.failure) ? r.failure.code : "accepted").toBe(rule)
        seen.add(rule)
      }),
      { numRuns: 300 }
    )
    expect([...seen].sort()).toEqual([
      "retention.item.date",
      "retention.item.flag",
      "retention.item.kind",
      "retention.item.type"
    ])
    fc.assert(fc.property(invalid, (item) => Result.isFailure(evaluate(item, "2025-01-01"))))
  })
  it("the start-date check accepts exactly what Calendar.isIsoDate accepts", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0")
    const isoLike = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      fc.string({ unit: fc.constantFrom(..."0123456789-/ ０"), minLength: 8, maxLength: 11 })
    )
    fc.assert(
      fc.property(isoLike, (start) => {
        const r = evaluate({ kind: "paper", start }, "2025-01-01")
        const dateError = Result.isFailure(r) && r.failure.code === "retention.item.date"
        expect(dateError).toBe(!Calendar.isIsoDate(start))
      }),
      { numRuns: 300 }
    )
  })
  it("the start-date check agrees with Calendar.isIsoDate for every one-character change of a date (each position)", () => {
    // Exhaustive over positions, not sampled: '/' and ':' are the characters just below '0' and just above '9'.
    const base = "2024-04-15"
    const chars = ["/", ":", "-", "0", "1", "2", "3", "9", "a", " ", "０"]
    let rejected = 0
    for (let i = 0; i < base.length; i++) {
      for (const c of chars) {
        const start = base.slice(0, i) + c + base.slice(i + 1)
        const r = evaluate({ kind: "paper", start }, "2025-01-01")
        const dateError = Result.isFailure(r) && r.failure.code === "retention.item.date"
        expect([start, dateError]).toEqual([start, !Calendar.isIsoDate(start)])
        if (dateError) rejected++
      }
    }
    expect(rejected).toBeGreaterThan(50)
    for (const start of [
      "0000-01-01",
      "2024-00-10",
      "2024-13-10",
      "2024-04-00",
      "2024-04-31",
      "2023-02-29",
      "2024-04-015"
    ]) {
      expect(err({ kind: "paper", start }, "2025-01-01")).toBe("retention.item.date")
    }
    expect(ok({ kind: "paper", start: "2024-02-29" }, "2024-03-01").lastRetainedDay).toBe("2025-02-28")
    expect(ok({ kind: "paper", start: "0001-01-01" }, "2024-03-01").lastRetainedDay).toBe("0002-01-01")
  })
  it("never throws on any item, asOf or settings", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (item, asOf, settings) => {
        const r = evaluate(item, asOf as string, settings as RetentionSettings)
        return Result.isSuccess(r) || isJukiError(r.failure)
      })
    )
  })
})

group("evaluate over the whole calendar (0001–9999)", () => {
  const anyDay = fc.oneof(
    fc
      .integer({ min: Calendar.toDayNumber("0001-01-01"), max: Calendar.toDayNumber("9999-12-31") })
      .map(Calendar.fromDayNumber),
    // The last starts whose end still fits before 10000-01-01 (150 years, 1 year).
    fc
      .tuple(fc.constantFrom("9849-12-31", "9998-12-31", "0001-01-01"), fc.integer({ min: 0, max: 3 }))
      .map(([d, k]) => (d === "0001-01-01" ? Calendar.addDays(d, k) : Calendar.addDays(d, -k)))
  )
  it("decides by the last day of the period, and reports retention.item.range exactly when it lies after 9999", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ["cs-deleted", Period.fromEventDay(Period.years(150))] as const,
          ["fuhyo-cs-superseded", Period.fromEventDay(Period.years(150))] as const,
          ["paper", Period.years(1)] as const
        ),
        anyDay,
        anyDay,
        ([kind, period], start, asOf) => {
          const end = Period.lastDay(start, period)
          const r = evaluate({ kind, start }, asOf)
          if (end === undefined || end === null) {
            expect(Result.isFailure(r) && r.failure.code).toBe("retention.item.range")
          } else {
            expect(Result.isSuccess(r) && [r.success.status, r.success.lastRetainedDay]).toEqual([
              asOf > end ? "purge-due" : "retained",
              end
            ])
          }
        }
      )
    )
  })
})

group("Evaluation objects", () => {
  it("expose days as strings and day numbers, and serialise to JSON with the regime id", () => {
    const e = ok({ kind: "juminhyo-johyo", start: "2014-06-20" }, "2020-01-01")
    expect(e.lastRetainedDayNumber).toBe(Calendar.toDayNumber("2164-06-20"))
    expect(e.archiveFromNumber).toBe(Calendar.toDayNumber("2019-06-21"))
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      kind: "juminhyo-johyo",
      status: "archive-due",
      lastRetainedDay: "2164-06-20",
      archiveFrom: "2019-06-21",
      regime: "rei34-1.150y",
      period: { unit: "years", amount: 150 },
      basis: [{ kind: "cabinet-order", cite: "住民基本台帳法施行令 第34条第1項", verified: true }],
      reason: "archive-period-passed"
    })
  })
})

group("Evaluation objects: days, archive and inspection", () => {
  it("令34条4項: a form has no archive day (no 除票 database); its last day is fixed by the period", () => {
    const e = ok({ kind: "paper", start: "2024-04-01" }, "2024-05-01")
    expect([e.lastRetainedDay, e.lastRetainedDayNumber]).toEqual(["2025-04-01", Calendar.toDayNumber("2025-04-01")])
    expect([e.archiveFrom, e.archiveFromNumber]).toEqual([null, null])
  })
  it("評価書 II: a 送付先情報 not yet sent has neither a last day nor an archive day", () => {
    const e = ok({ kind: "delivery-address" }, "2025-01-01")
    expect([e.status, e.reason, e.lastRetainedDay, e.lastRetainedDayNumber, e.archiveFromNumber]).toEqual([
      "retained",
      "awaiting-start-event",
      null,
      null,
      null
    ])
  })
  it("標準仕様書9.3: settings of one call never leak into the next call without settings on the same day", () => {
    const item = { kind: "juminhyo-johyo", start: "2014-06-20" }
    for (const asOf of ["2021-01-01", "2021-01-02"]) {
      expect(ok(item, asOf).status).toBe("archive-due")
      expect(ok(item, asOf, { archiveAfterYears: 10 }).status).toBe("retained")
      expect(ok(item, asOf).status).toBe("archive-due")
      expect(ok(item, asOf, { archiveAfterYears: 10 }).status).toBe("retained")
    }
    // A bad asOf after a good one with the default settings is still rejected.
    expect(err(item, "2021-01-32")).toBe("retention.as-of.date")
    expect(ok(item, "2021-01-02").status).toBe("archive-due")
  })
  it("util.inspect shows the JSON form (no getters, no internal outcome)", () => {
    const e = ok({ kind: "juminhyo-johyo", start: "2014-06-20" }, "2020-01-01")
    expect(inspect(e)).toBe(inspect(JSON.parse(JSON.stringify(e))))
    expect(inspect(e)).toContain("rei34-1.150y")
  })
})

group("describe", () => {
  it("renders the status, last retained day and basis without personal data", () => {
    const e = ok({ kind: "paper", start: "2024-04-01" }, "2025-04-02")
    expect(describeEvaluation(e, "en")).toBe(
      "notification forms and other papers: retention ended (purge due); last retained day 2025-04-01 (住民基本台帳法施行令 第34条第4項, 1 year)"
    )
    expect(describeEvaluation(e)).toBe(
      "届出書・通知書その他の書類: 保存期間満了（削除対象）、2025-04-01まで保存（住民基本台帳法施行令 第34条第4項、1年）"
    )
    const f = ok({ kind: "juminhyo-johyo", start: "2014-06-19" }, "2025-01-01")
    expect(describeEvaluation(f, "en")).toContain("[UNVERIFIED]")
  })
  it("評価書 III-3 (永年): a log kept for good has no end, said in both languages, its seed basis marked UNVERIFIED", () => {
    const e = ok({ kind: "operation-log", start: "2020-01-01" }, "2025-01-01")
    expect(describeEvaluation(e, "en")).toBe(
      "operation and access logs: kept for good; no end (大阪市 住民基本台帳事務 全項目評価書 III-3 リスク2, 別添3 [UNVERIFIED], forever)"
    )
    expect(describeEvaluation(e, "ja")).toBe(
      "操作ログ: 永年保存、終期なし（大阪市 住民基本台帳事務 全項目評価書 III-3 リスク2, 別添3 [UNVERIFIED]、永年）"
    )
  })
})

group("evaluate: the range of every setting (retention.settings.value), bounds included", () => {
  // [setting, an item the setting applies to, lowest accepted, highest accepted]
  const cases = [
    ["tenshutsuCertificateDays", { kind: "tenshutsu-certificate-info", start: "2020-01-01" }, 0, 36_600],
    ["deliveryAddressDays", { kind: "delivery-address", start: "2020-01-01" }, 0, 36_600],
    ["operationLogYears", { kind: "operation-log", start: "2020-01-01" }, 1, 1000],
    ["archiveAfterYears", { kind: "juminhyo-johyo", start: "2020-01-01" }, 1, 150]
  ] as const
  const settingError = (item: object, settings: RetentionSettings) => {
    const r = evaluate(item, "2025-01-01", settings)
    return Result.isFailure(r) ? { code: r.failure.code, path: r.failure.path } : "accepted"
  }
  for (const [setting, item, min, max] of cases) {
    it(`${setting}: ${min} and ${max} are accepted; ${min - 1}, ${max + 1}, fractions, NaN and strings are rejected with the setting's path`, () => {
      for (const v of [min, max]) expect(settingError(item, { [setting]: v })).toBe("accepted")
      for (const v of [min - 1, max + 1, min + 0.5, Number.NaN, Number.POSITIVE_INFINITY, String(min)]) {
        expect(settingError(item, { [setting]: v as never })).toEqual({
          code: "retention.settings.value",
          path: ["settings", setting]
        })
      }
    })
  }
  it("the highest days are used as given: 36,600 days after 2020-01-01 ends on 2120-03-17 (民法140条: the first day is not counted)", () => {
    const e = ok({ kind: "delivery-address", start: "2020-01-01" }, "2025-01-01", { deliveryAddressDays: 36_600 })
    expect(e.lastRetainedDay).toBe("2120-03-17")
    const t = ok({ kind: "tenshutsu-certificate-info", start: "2020-01-01" }, "2025-01-01", {
      tenshutsuCertificateDays: 36_600
    })
    expect(t.lastRetainedDay).toBe(Calendar.addDays("2020-01-01", 36_600))
  })
  it("operationLogYears 1000 keeps a log through 3020-01-01; null keeps it for good (seed: 永年)", () => {
    const e = ok({ kind: "operation-log", start: "2020-01-01" }, "2025-01-01", { operationLogYears: 1000 })
    expect(e.lastRetainedDay).toBe("3020-01-01")
    expect(ok({ kind: "operation-log", start: "2020-01-01" }, "3020-01-02", { operationLogYears: 1000 }).status).toBe(
      "purge-due"
    )
    expect(ok({ kind: "operation-log", start: "2020-01-01" }, "9999-12-31", { operationLogYears: null }).status).toBe(
      "keep-forever"
    )
  })
  it("標準仕様書1.1.5 / 令34条1項: archiveAfterYears 150 (the highest) moves a 除票 only when its 150 years end, so it is never archive-due", () => {
    const item = { kind: "juminhyo-johyo", start: "2014-06-20" }
    expect(ok(item, "2164-06-20", { archiveAfterYears: 150 }).status).toBe("retained")
    expect(ok(item, "2164-06-21", { archiveAfterYears: 150 }).status).toBe("purge-due")
    expect(ok(item, "2164-06-20", { archiveAfterYears: 149 }).status).toBe("archive-due")
    expect(ok(item, "2015-06-20", { archiveAfterYears: 1 }).status).toBe("retained")
    expect(ok(item, "2015-06-21", { archiveAfterYears: 1 }).status).toBe("archive-due")
  })
})
