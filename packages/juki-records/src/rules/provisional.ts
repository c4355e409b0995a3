/**
 * The `records.provisional.*` rules: 仮登録 and 決裁 (標準仕様書 4.0.8).
 *
 * Examples: `provisional.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/provisional.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { std } from "../basis.js"
import type { Event } from "../events/index.js"
import { isProvisional } from "../registry/index.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * A change that targets a person who exists only as a 仮登録: not in the
 * legal record yet (標準仕様書 4.0.8).
 *
 * @category rules
 * @since 0.1.0
 */
export const ProvisionalNotRegistered = rule({
  id: "records.provisional.not-registered",
  tag: "RuleViolation",
  severity: "error",
  group: "provisional",
  basis: [std("4.0.8")],
  title: { ja: "仮登録中", en: "Provisional only" },
  message: {
    ja: "対象は仮登録中で、住民基本台帳に記録されていません。決裁後に処理してください",
    en: "The person exists only as a 仮登録, not in the legal record: process after 決裁"
  },
  description: {
    ja: "仮登録は台帳・履歴・CS・他システムに現れない。仮登録のみの者に対する異動、及び仮登録中の者の重ねての記載はエラー（決裁又は取下げが先）。",
    en: "A 仮登録 is not in the legal record, the history, the CS or other systems; a change for a person who exists only as a 仮登録, or a second 記載 for a person with a pending 仮登録, is an error (approve or discard it first)."
  },
  events: ["create", "modify", "remove", "transfer-in-notice", "nationality-change", "reissue", "cancel"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    const e = ctx.event
    if (e.type === "create")
      e.records.forEach((r, i) => {
        if (isProvisional(ctx.registry, r.atenaNumber)) out.push(at(ProvisionalNotRegistered, ["records", i]))
      })
    else
      for (const t of ctx.targets)
        if (!ctx.registry.persons.has(t.atenaNumber) && isProvisional(ctx.registry, t.atenaNumber))
          out.push(at(ProvisionalNotRegistered, t.path))
    return out
  }
})

/**
 * 決裁 or 取下げ of a 仮登録 that does not exist.
 *
 * @category rules
 * @since 0.1.0
 */
export const ProvisionalUnknown = rule({
  id: "records.provisional.unknown-id",
  tag: "RuleViolation",
  severity: "error",
  group: "provisional",
  basis: [std("4.0.8")],
  title: { ja: "仮登録番号", en: "Provisional id" },
  message: { ja: "該当する仮登録がありません", en: "No such 仮登録" },
  description: {
    ja: "決裁・取下げの対象の仮登録が存在しない場合はエラー。",
    en: "Approving or discarding a 仮登録 that does not exist is an error."
  },
  events: ["approve", "discard"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "approve" | "discard" }>
    return ctx.registry.pending.has(e.provisionalId) ? NONE : [at(ProvisionalUnknown, ["provisionalId"])]
  }
})
