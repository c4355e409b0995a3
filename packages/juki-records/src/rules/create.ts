/**
 * The `records.create.*` rules: 記載 for a person who already has a current 住民票.
 *
 * Examples: `create.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/create.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, std } from "../basis.js"
import type { Event } from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { MOVE_IN_JIYU, presentMatch } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at, matched, jiyuP } from "./internal/define.js"

/**
 * Any other creating 事由 (出生, 職権記載, …) for a person who already has a
 * current 住民票.
 *
 * @category rules
 * @since 0.1.0
 */
export const CreateCurrentExists = rule({
  id: "records.create.current-record-exists",
  tag: "RuleViolation",
  severity: "error",
  group: "create",
  basis: [std("4.0.1"), BASIS.law8],
  title: { ja: "現存者への記載", en: "Entry for a current resident" },
  message: {
    ja: "現存する住民票がある者に記載（{jiyuJa}）はできません（{matchedByJa}が一致）",
    en: "A new record ({jiyu}) cannot be made for a person with a current record ({matchedBy} matches)"
  },
  description: {
    ja: "転入以外の記載事由（出生・職権記載・改製等）で、現存者と宛名番号・住民票コード・個人番号・在留カード等番号が一致する場合はエラー。",
    en: "A creating 事由 other than 転入 (出生, 職権記載, …) for a person matching a present resident by 宛名番号, 住民票コード, 個人番号 or card number is an error."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (MOVE_IN_JIYU.has(e.jiyu)) return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      const m = presentMatch(ctx.registry, r as ResidentRecord, ctx.asOf)
      if (m !== undefined) out.push(at(CreateCurrentExists, ["records", i], { ...jiyuP(e.jiyu), ...matched(m) }))
    })
    return out
  }
})
