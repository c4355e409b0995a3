/**
 * The `records.deadline.*` rules: 14-day 届出期間 with 休日 roll-over (住基法22, 23, 25, 30条の46/47, 52条2項).
 *
 * Examples: `deadline.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/deadline.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import { BASIS } from "../basis.js"
import { deadline } from "../deadline/index.js"
import type { Event } from "../events/index.js"
import { info } from "../jiyu/index.js"
import { isIso } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * 転入・転居・世帯変更・30条の46/47 filed after the 14-day period: still
 * recorded, flagged for a 過料 notice (法52条2項).
 *
 * @category rules
 * @since 0.1.0
 */
export const DeadlineOverdue = rule({
  id: "records.deadline.overdue",
  tag: "RuleViolation",
  severity: "alert",
  group: "deadline",
  basis: [
    BASIS.law22,
    BASIS.law23,
    BASIS.law25,
    BASIS.law30_46,
    BASIS.law30_47,
    BASIS.law52_2,
    BASIS.civilCode140,
    BASIS.localAutonomy4_2,
    BASIS.localAutonomy4_2_2,
    BASIS.hiroshimaFaq
  ],
  title: { ja: "届出期間経過", en: "Filed late" },
  message: {
    ja: "届出期間（{days}日、期限 {deadline}）を過ぎた届出です。過料通知の要否を確認してください",
    en: "Filed after the {days}-day period (limit {deadline}); check whether a 過料 notice is due"
  },
  description: {
    ja: "転入・転居・世帯変更等・30条の46/47の届出日が、異動日の翌日から14日（民法140条の初日不算入。期間末日が休日なら地方自治法4条の2第4項により休日明けの日）を過ぎていればアラート。届出は受理し、過料（法52条2項）通知の判断材料とする。既定の休日は土日・国民の祝日（振替休日・国民の休日を含む）・12月29日〜1月3日。条例が異なる場合は holidays オプションで差し替える。",
    en: "A 転入, 転居, 世帯変更 or 30条の46/47 filing after 14 days counted from the day after the event (民法140条 初日不算入; a 休日 last day rolls to the next working day, 地方自治法4条の2第4項) is an alert; the filing is still accepted and flagged for a 過料 notice (法52条2項). Default 休日: Saturdays, Sundays, 国民の祝日 (with 振替休日 and 国民の休日) and 12-29..01-03; a different 条例 is the `holidays` option."
  },
  options: ["holidays"],
  events: ["create", "modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" | "modify" }>
    const d = info(e.jiyu).deadline
    if (d === undefined || !d.checked || e.byAuthority === true) return NONE
    // A 届出 without a filing date (undefined) is not an ISO date either.
    if (!isIso(e.filedOn) || !isIso(e.changeDate)) return NONE
    if (!(e.filedOn > deadline(e.changeDate, d.days, ctx.options.holidays))) return NONE
    return [
      at(DeadlineOverdue, ["filedOn"], { days: d.days, deadline: deadline(e.changeDate, d.days, ctx.options.holidays) })
    ]
  }
})
