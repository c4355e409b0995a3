/**
 * The `records.transfer-in-notice.*` rules: 転入通知 (住基法9条1項): target and 確定 items.
 *
 * Examples: `transfer-in-notice.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/transfer-in-notice.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import { BASIS, std } from "../basis.js"
import type { Event } from "../events/index.js"
import { effectiveState } from "../registry/index.js"
import { NONE } from "./types.js"
import { rule, at, stateP } from "./internal/define.js"

/**
 * A 転入通知 applies to a 転出予定 or a 転出 / 職権消除 除票 only.
 *
 * @category rules
 * @since 0.1.0
 */
export const NoticeTarget = rule({
  id: "records.transfer-in-notice.target",
  tag: "RuleViolation",
  severity: "error",
  group: "transfer-in-notice",
  basis: [BASIS.law9_1, std("4.1.3.1.1"), std("4.1.3.1.2")],
  title: { ja: "転入通知の対象", en: "Target of a 転入通知" },
  message: {
    ja: "転入通知は転出予定者又は転出・職権消除の除票にのみ記録できます（状態: {stateJa}）",
    en: "A 転入通知 can be recorded only for a 転出予定 or a 転出 / 職権消除 除票 (state: {state})"
  },
  description: {
    ja: "転入通知（法9条1項）は転出予定者、国内転出の除票、職権消除の除票に対して受理する。現存者（転出届なし）は先に職権消除が必要。",
    en: "A 転入通知 (法9条1項) is recorded for a 転出予定, a 国内転出 除票 or a 職権消除 除票; for a current resident without a 転出届, remove 職権 first."
  },
  events: ["transfer-in-notice"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "transfer-in-notice" }>
    const p = ctx.registry.persons.get(e.atenaNumber)
    if (p === undefined) return NONE
    const st = effectiveState(p.record, ctx.asOf)
    const j = p.record.removal?.jiyu
    const ok =
      (st === "leaving" && j === "domestic-move-out") ||
      (st === "removed" && (j === "domestic-move-out" || j === "authority-removal"))
    return ok ? NONE : [at(NoticeTarget, ["atenaNumber"], stateP(st))]
  }
})

/**
 * The 確定 items of a 除票 are set once.
 *
 * @category rules
 * @since 0.1.0
 */
export const NoticeAlreadyConfirmed = rule({
  id: "records.transfer-in-notice.already-confirmed",
  tag: "RuleViolation",
  severity: "error",
  group: "transfer-in-notice",
  basis: [std("4.1.3.1.1")],
  title: { ja: "確定情報の重複", en: "Already confirmed" },
  message: {
    ja: "転入通知による確定情報は既に記録されています",
    en: "The 確定 items of a 転入通知 are already recorded"
  },
  description: {
    ja: "転出先住所(確定)・転出年月日(確定)・転入通知年月日は一度だけ付与する（上書きしない）。",
    en: "The confirmed destination, 転出年月日 and 転入通知年月日 are added once and never overwritten."
  },
  events: ["transfer-in-notice"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "transfer-in-notice" }>
    const p = ctx.registry.persons.get(e.atenaNumber)
    return p?.record.moveOut?.confirmed === undefined ? NONE : [at(NoticeAlreadyConfirmed, ["atenaNumber"])]
  }
})
