/**
 * The lifecycle of a 住民票 as data: the states a person can be in and every
 * transition `apply` makes, with its trigger and basis. docs/lifecycle.md is
 * generated from this table, and the model-based tests check that every
 * state change `apply` makes is listed here.
 *
 * **Details**
 *
 * | state | meaning |
 * |---|---|
 * | `none` | not in the registry |
 * | `provisional` | 仮登録: validated, waiting for 決裁; not in the legal record (標準仕様書 4.0.8) |
 * | `current` | 現存 |
 * | `leaving` | 転出予定: still a 現存者 until the 転出予定年月日 (1.1.5) |
 * | `removed` | 除票, with its 消除事由 |
 *
 * Moving 除票 to the 除票DB after 5 years and deleting them 150 years after
 * the 消除 (令34条1項; 1.1.5, 9.3) are retention matters, handled by
 * `@juki/retention`, and are not transitions of `apply`.
 *
 * **Example**
 *
 * ```ts
 * import { Lifecycle } from "@juki/records"
 *
 * Lifecycle.allows("current", "leaving", "remove") // => true
 * Lifecycle.allows("removed", "current", "modify") // => false
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { LegalBasis } from "@juki/core"
import { BASIS, std } from "../basis.js"

/**
 * A lifecycle state.
 *
 * @category models
 * @since 0.1.0
 */
export type State = "none" | "provisional" | "current" | "leaving" | "removed"

/**
 * What causes a transition: an event type, or the passing of the 転出予定年月日.
 *
 * @category models
 * @since 0.1.0
 */
export type Trigger =
  | "create"
  | "modify"
  | "remove"
  | "transfer-in-notice"
  | "nationality-change"
  | "reissue"
  | "cancel"
  | "approve"
  | "discard"
  | "date"

/**
 * One allowed transition.
 *
 * @category models
 * @since 0.1.0
 */
export interface Transition {
  readonly from: State
  readonly to: State
  readonly trigger: Trigger
  readonly label: { readonly ja: string; readonly en: string }
  readonly basis: ReadonlyArray<LegalBasis>
}

/**
 * Japanese names of the states.
 *
 * @category models
 * @since 0.1.0
 */
export const STATE_NAMES: Readonly<Record<State, { readonly ja: string; readonly en: string }>> = {
  none: { ja: "記録なし", en: "not recorded" },
  provisional: { ja: "仮登録", en: "provisional" },
  current: { ja: "現存", en: "current" },
  leaving: { ja: "転出予定", en: "moving out" },
  removed: { ja: "除票", en: "removed" }
}

/**
 * Every transition `apply` makes.
 *
 * @category models
 * @since 0.1.0
 */
export const transitions: ReadonlyArray<Transition> = [
  {
    from: "none",
    to: "provisional",
    trigger: "create",
    label: { ja: "記載（仮登録）", en: "entry, provisional" },
    basis: [std("4.0.8")]
  },
  {
    from: "provisional",
    to: "current",
    trigger: "approve",
    label: { ja: "決裁（本登録）", en: "approval" },
    basis: [std("4.0.8")]
  },
  {
    from: "provisional",
    to: "none",
    trigger: "discard",
    label: { ja: "取下げ", en: "discarded" },
    basis: [std("4.0.8")]
  },
  {
    from: "none",
    to: "current",
    trigger: "create",
    label: { ja: "転入・出生・職権記載・30条の46/47", en: "move-in, birth, authority entry, 30条の46/47" },
    basis: [BASIS.law8, BASIS.law22, BASIS.law30_46, BASIS.law30_47, BASIS.order12]
  },
  {
    from: "removed",
    to: "provisional",
    trigger: "create",
    label: { ja: "再転入（仮登録）", en: "re-entry, provisional" },
    basis: [std("4.1.1.2"), std("4.0.8")]
  },
  {
    from: "removed",
    to: "current",
    trigger: "create",
    label: { ja: "再転入（同じ宛名番号）", en: "re-entry (same 宛名番号)" },
    basis: [std("4.1.1.2")]
  },
  {
    from: "removed",
    to: "current",
    trigger: "approve",
    label: { ja: "再転入の決裁", en: "approval of a re-entry" },
    basis: [std("4.1.1.2"), std("4.0.8")]
  },
  {
    from: "current",
    to: "current",
    trigger: "modify",
    label: { ja: "転居・世帯変更・修正", en: "move within, household change, correction" },
    basis: [BASIS.law23, BASIS.law25, BASIS.order12]
  },
  {
    from: "leaving",
    to: "leaving",
    trigger: "modify",
    label: { ja: "修正（転出予定者）", en: "correction of a 転出予定" },
    basis: [std("1.1.5")]
  },
  {
    from: "current",
    to: "leaving",
    trigger: "remove",
    label: { ja: "転出届（予定日が未来）", en: "転出 with a future date" },
    basis: [BASIS.law24, std("1.1.5")]
  },
  {
    from: "current",
    to: "removed",
    trigger: "remove",
    label: { ja: "転出・死亡・職権消除", en: "move-out, death, authority removal" },
    basis: [BASIS.law24, BASIS.order12]
  },
  {
    from: "leaving",
    to: "removed",
    trigger: "date",
    label: { ja: "転出予定日到来", en: "planned date reached" },
    basis: [std("1.1.5")]
  },
  {
    from: "leaving",
    to: "removed",
    trigger: "transfer-in-notice",
    label: { ja: "転入通知受理（確定）", en: "転入通知 received" },
    basis: [BASIS.law9_1, std("4.1.3.1.1")]
  },
  {
    from: "leaving",
    to: "removed",
    trigger: "remove",
    label: { ja: "死亡・職権消除（転出予定者）", en: "death or authority removal of a 転出予定" },
    basis: [BASIS.order12]
  },
  {
    from: "removed",
    to: "removed",
    trigger: "transfer-in-notice",
    label: { ja: "転入通知受理（確定情報付与）", en: "転入通知 adds the 確定 items" },
    basis: [BASIS.law9_1, std("4.1.3.1.1"), std("4.1.3.1.2")]
  },
  {
    from: "current",
    to: "current",
    trigger: "nationality-change",
    label: { ja: "国籍取得・喪失（旧票消除＋新票記載）", en: "nationality change (old 消除 + new 記載)" },
    basis: [BASIS.order8_2, std("4.5.3"), std("4.5.5")]
  },
  {
    from: "current",
    to: "current",
    trigger: "reissue",
    label: { ja: "改製・再製（旧票消除＋新票記載）", en: "reissue (old 消除 + new 記載)" },
    basis: [std("1.1.4")]
  },
  {
    from: "current",
    to: "removed",
    trigger: "cancel",
    label: { ja: "異動の取消し（減）", en: "cancel an entry" },
    basis: [std("4.6")]
  },
  {
    from: "current",
    to: "current",
    trigger: "cancel",
    label: { ja: "異動の取消し（修正）", en: "cancel a modification" },
    basis: [std("4.6")]
  },
  {
    from: "leaving",
    to: "current",
    trigger: "cancel",
    label: { ja: "異動の取消し（増）: 転出予定の取消し", en: "cancel a 転出 (planned)" },
    basis: [std("4.6")]
  },
  {
    from: "leaving",
    to: "leaving",
    trigger: "cancel",
    label: { ja: "異動の取消し（修正）", en: "cancel a modification" },
    basis: [std("4.6")]
  },
  {
    from: "removed",
    to: "current",
    trigger: "cancel",
    label: { ja: "異動の取消し（増）", en: "cancel a removal" },
    basis: [std("4.6")]
  },
  {
    from: "removed",
    to: "leaving",
    trigger: "cancel",
    label: { ja: "異動の取消し（増）: 転出予定に戻す", en: "cancel a removal of a 転出予定" },
    basis: [std("4.6")]
  },
  {
    from: "current",
    to: "removed",
    trigger: "cancel",
    label: { ja: "異動の取消し（減）: 再転入の取消し", en: "cancel a re-entry" },
    basis: [std("4.6")]
  },
  {
    from: "current",
    to: "leaving",
    trigger: "cancel",
    label: {
      ja: "異動の取消し（減）: 取消しの取消しで転出予定に戻す",
      en: "cancel a restoring cancellation (back to 転出予定)"
    },
    basis: [std("4.6")]
  }
]

/**
 * Whether the table lists a transition.
 *
 * @category predicates
 * @since 0.1.0
 */
export const allows = (from: State, to: State, trigger: Trigger): boolean =>
  transitions.some((t) => t.from === from && t.to === to && t.trigger === trigger)

/**
 * The transition table as a Mermaid `stateDiagram-v2`.
 *
 * @category formatting
 * @since 0.1.0
 */
export const mermaid = (): string => {
  const id = (s: State): string => (s === "none" ? "[*]" : s)
  const lines = ["stateDiagram-v2"]
  for (const s of ["provisional", "current", "leaving", "removed"] as const)
    lines.push(`  ${s}: ${STATE_NAMES[s].ja} (${s})`)
  const seen = new Map<string, Array<string>>()
  for (const t of transitions) {
    const key = `${id(t.from)} --> ${id(t.to)}`
    const list = seen.get(key) ?? []
    list.push(`${t.trigger}: ${t.label.ja}`)
    seen.set(key, list)
  }
  for (const [key, labels] of seen) lines.push(`  ${key}: ${labels.join("<br/>")}`)
  return lines.join("\n")
}
