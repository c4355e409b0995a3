// describe() for each of the five statuses in both languages, and the record position of a plan's first item.
// The texts are also read from a fresh instance of the module: its tables and helpers are built when it loads.
import { Result } from "effect"
import { inspect } from "node:util"
import { describe as group, expect, it } from "vitest"
import { describe, evaluate, planPurge, type Evaluation } from "./index.js"

let instances = 0
const freshModule = (): Promise<typeof import("./index.js")> => {
  const url = `./index.js?instance=${++instances}`
  return import(/* @vite-ignore */ url)
}

const ok = (item: unknown, asOf: string): Evaluation => {
  const r = evaluate(item, asOf)
  if (Result.isFailure(r)) throw new Error(`unexpected failure ${r.failure.code}`)
  return r.success
}
const PAPER = "住民基本台帳法施行令 第34条第4項"
const REI34_1 = "住民基本台帳法施行令 第34条第1項"

group("describe: the status in words, for each of the five statuses", () => {
  const cases: ReadonlyArray<readonly [object, string, string, string, string]> = [
    [
      { kind: "paper", start: "2024-04-01" },
      "2025-04-01",
      "retained",
      `届出書・通知書その他の書類: 保存期間中、2025-04-01まで保存（${PAPER}、1年）`,
      `notification forms and other papers: retained; last retained day 2025-04-01 (${PAPER}, 1 year)`
    ],
    [
      { kind: "juminhyo-johyo", start: "2014-06-20" },
      "2020-01-01",
      "archive-due",
      `住民票の除票: 除票DBへの移行対象、2164-06-20まで保存（${REI34_1}、150年）`,
      `removed resident record (住民票の除票): due for the 除票 database; last retained day 2164-06-20 (${REI34_1}, 150 years)`
    ],
    [
      { kind: "paper", start: "2024-04-01" },
      "2025-04-02",
      "purge-due",
      `届出書・通知書その他の書類: 保存期間満了（削除対象）、2025-04-01まで保存（${PAPER}、1年）`,
      `notification forms and other papers: retention ended (purge due); last retained day 2025-04-01 (${PAPER}, 1 year)`
    ],
    [
      { kind: "fuhyo-johyo", start: "2014-06-19" },
      "2025-01-01",
      "expired-under-former-rule",
      `戸籍の附票の除票: 旧規定により保存期間満了（削除対象）、2019-06-19まで保存（${REI34_1} (令和元年6月20日施行の改正、附則の経過措置) [UNVERIFIED]、5年）`,
      `removed family-register annex (戸籍の附票の除票): ended under the former rule (purge due); last retained day 2019-06-19 (${REI34_1} (令和元年6月20日施行の改正、附則の経過措置) [UNVERIFIED], 5 years)`
    ],
    [
      { kind: "operation-log", start: "2020-01-01" },
      "2025-01-01",
      "keep-forever",
      "操作ログ: 永年保存、終期なし（大阪市 住民基本台帳事務 全項目評価書 III-3 リスク2, 別添3 [UNVERIFIED]、永年）",
      "operation and access logs: kept for good; no end (大阪市 住民基本台帳事務 全項目評価書 III-3 リスク2, 別添3 [UNVERIFIED], forever)"
    ],
    [
      { kind: "delivery-address" },
      "2025-01-01",
      "retained",
      "送付先情報: 保存期間中、終期なし（大阪市 住民基本台帳事務 全項目評価書 II 送付先情報ファイル 6.②, III リスク2 [UNVERIFIED]、0日）",
      "delivery addresses sent to 機構: retained; no end (大阪市 住民基本台帳事務 全項目評価書 II 送付先情報ファイル 6.②, III リスク2 [UNVERIFIED], 0 days)"
    ]
  ]
  for (const [item, asOf, status, ja, en] of cases) {
    it(`${status} on ${asOf}: ${en}`, async () => {
      const e = ok(item, asOf)
      expect(e.status).toBe(status)
      expect(describe(e)).toBe(ja)
      expect(describe(e, "ja")).toBe(ja)
      expect(describe(e, "en")).toBe(en)
      const fresh = await freshModule()
      const f = fresh.evaluate(item, asOf)
      expect(Result.isSuccess(f) && [fresh.describe(f.success), fresh.describe(f.success, "en")]).toEqual([ja, en])
    })
  }
})

group("a fresh instance of the module: JSON, util.inspect and actionOf", () => {
  it("an evaluation serialises to its JSON form and util.inspect shows that form", async () => {
    const fresh = await freshModule()
    const r = fresh.evaluate({ kind: "paper", start: "2024-04-01" }, "2025-04-02")
    const json = {
      kind: "paper",
      status: "purge-due",
      lastRetainedDay: "2025-04-01",
      archiveFrom: null,
      regime: "rei34-4.1y",
      period: { unit: "years", amount: 1 },
      basis: [{ kind: "cabinet-order", cite: PAPER, verified: true }],
      reason: "period-ended"
    }
    if (!Result.isSuccess(r)) throw new Error("unexpected failure")
    expect(JSON.parse(JSON.stringify(r.success))).toEqual(json)
    expect(inspect(r.success)).toBe(inspect(json))
    const [d] = [...fresh.planPurge([{ kind: "paper", start: "2024-04-01" }], "2025-04-02")]
    expect(JSON.parse(JSON.stringify(d))).toEqual({
      action: "purge",
      index: 0,
      item: { kind: "paper", start: "2024-04-01" },
      evaluation: json
    })
  })
  it("actionOf: purge for purge-due and expired-under-former-rule, archive for archive-due, keep otherwise", async () => {
    const fresh = await freshModule()
    const statuses = ["retained", "archive-due", "purge-due", "expired-under-former-rule", "keep-forever"] as const
    expect(statuses.map((s) => fresh.actionOf(s))).toEqual(["keep", "archive", "purge", "purge", "keep"])
  })
})

group("planPurge: record positions", () => {
  it("the first item is record 1 (evaluate alone has no position)", () => {
    const [first, second] = [...planPurge([{ kind: "nope" }, { kind: "paper" }], "2025-01-01")]
    expect(first?.action === "invalid" && first.error.position).toEqual({ record: 1 })
    expect(second?.action === "invalid" && second.error.position).toEqual({ record: 2 })
    const r = evaluate({ kind: "nope" }, "2025-01-01")
    expect(Result.isFailure(r) && r.failure.position).toBeUndefined()
  })
})
