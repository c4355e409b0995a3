/**
 * The `records.state.*` rules: Which record states an event may change (現存, 転出予定, 除票).
 *
 * Examples: `state.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/state.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, std } from "../basis.js"
import { info } from "../jiyu/index.js"
import { effectiveState, isPresent, isProvisional } from "../registry/index.js"
import { MOVE_OUT_JIYU } from "./internal/helpers.js"
import { rule, at, stateP } from "./internal/define.js"

/**
 * A change of a person who has no 住民票 here (or, for a 転出, who is already
 * 転出予定).
 *
 * @category rules
 * @since 0.1.0
 */
export const StateNotCurrent = rule({
  id: "records.state.not-current",
  tag: "RuleViolation",
  severity: "error",
  group: "state",
  basis: [BASIS.law8, std("4.0.1")],
  title: { ja: "対象の住民票", en: "Target record" },
  message: {
    ja: "この異動には現存する住民票が必要です（状態: {stateJa}）",
    en: "This change needs a current record (state: {state})"
  },
  description: {
    ja: "修正・消除・取消し等の対象は住民票が存在する者に限る。転出は転出予定者には重ねて行えない。",
    en: "Modifications, removals and cancellations need an existing record; a 転出 cannot be filed again for a 転出予定."
  },
  events: ["modify", "remove", "transfer-in-notice", "nationality-change", "reissue", "cancel"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    const e = ctx.event
    for (const t of ctx.targets) {
      const p = ctx.registry.persons.get(t.atenaNumber)
      if (p === undefined) {
        if (!isProvisional(ctx.registry, t.atenaNumber)) out.push(at(StateNotCurrent, t.path, stateP("none")))
        continue
      }
      if (e.type === "remove" && MOVE_OUT_JIYU.has(e.jiyu) && effectiveState(p.record, ctx.asOf) === "leaving")
        out.push(at(StateNotCurrent, t.path, stateP("leaving")))
    }
    return out
  }
})

/**
 * A 除票 is never modified: only the 転入通知 adds its 確定 items, and 異動の
 * 取消し or a 再転入 append a new row.
 *
 * @category rules
 * @since 0.1.0
 */
export const StateRemovedImmutable = rule({
  id: "records.state.removed-immutable",
  tag: "RuleViolation",
  severity: "error",
  group: "state",
  basis: [std("1.1.5"), std("4.1.3.1.1"), std("4.6"), BASIS.law15_3],
  title: { ja: "除票は変更不可", en: "A 除票 is not modified" },
  message: {
    ja: "除票は変更できません（転入通知による確定情報の付与、異動の取消し、再転入を除く）",
    en: "A 除票 cannot be changed (except by the 確定 items of a 転入通知, a cancellation or a re-entry)"
  },
  description: {
    ja: "除票（転出予定日到来後を含む）に対する修正・消除・国籍変更・改製、転入通知受理の取消し、及び消除以外の異動の取消しはエラー。",
    en: "Modifying, removing, re-making or changing the nationality of a 除票 (including a 転出予定 past its date), cancelling a received 転入通知, or cancelling anything but the removal of a 除票, is an error."
  },
  events: ["modify", "remove", "nationality-change", "reissue", "cancel"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    const e = ctx.event
    for (const t of ctx.targets) {
      const p = ctx.registry.persons.get(t.atenaNumber)
      if (p === undefined) continue
      if (e.type === "cancel") {
        // A received 転入通知 cannot be cancelled; on a 除票 only the removal itself can be (to restore the record).
        // Restoring a 除票 is allowed only when it makes the person a 現存者 again.
        const last = p.row
        const prev = p.prev?.row.snapshot
        const restores = info(last.jiyu).effect === "delete" && prev !== undefined && isPresent(prev, ctx.asOf)
        if (last.operation === "transfer-in-notice" || (effectiveState(p.record, ctx.asOf) === "removed" && !restores))
          out.push(at(StateRemovedImmutable, t.path))
      } else if (effectiveState(p.record, ctx.asOf) === "removed") out.push(at(StateRemovedImmutable, t.path))
    }
    return out
  }
})
