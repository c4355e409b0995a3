/**
 * The `records.move-out.*` rules: 転出: late filing, 消除日 = min(予定日, 転入日), destination.
 *
 * Examples: `move-out.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/move-out.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import { BASIS, std } from "../basis.js"
import { deadline } from "../deadline/index.js"
import type { Event } from "../events/index.js"
import { blank, isIso, minDate, MOVE_OUT_JIYU } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * A 転出届 filed more than 14 days after the move is recorded 職権.
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveOutLateFiling = rule({
  id: "records.move-out.late-filing",
  tag: "RuleViolation",
  severity: "error",
  group: "move-out",
  basis: [std("4.1.3.0.1"), BASIS.law24],
  title: { ja: "転出後14日超の転出届", en: "転出届 more than 14 days after the move" },
  message: {
    ja: "転出後{days}日を超えた転出届は職権で記録してください（期限 {deadline}）",
    en: "A 転出届 more than {days} days after the move must be recorded 職権 (limit {deadline})"
  },
  description: {
    ja: '転出日の翌日から14日（休日は翌日満了）を過ぎた届出日の転出は、届出ではなく職権で記録する。オプション lateMoveOut="convert" で自動的に職権扱いにできる。',
    en: 'A 転出 filed after 14 days from the move (next-day counting, 休日 roll-over) is recorded 職権, not as a 届出. With lateMoveOut = "convert" juki records it 職権 itself.'
  },
  options: ["lateMoveOut", "holidays"],
  events: ["remove"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "remove" }>
    if (!MOVE_OUT_JIYU.has(e.jiyu) || e.byAuthority === true || ctx.options.lateMoveOut === "convert") return NONE
    if (e.filedOn === undefined || !isIso(e.filedOn) || !isIso(e.changeDate)) return NONE
    const limit = deadline(e.changeDate, 14, ctx.options.holidays)
    return e.filedOn > limit ? [at(MoveOutLateFiling, ["filedOn"], { days: 14, deadline: limit })] : NONE
  }
})

/**
 * The 消除日 of a 転出 除票 is min(転出予定年月日, 転入日 of the 転入通知).
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveOutRemovalDate = rule({
  id: "records.move-out.removal-date",
  tag: "RuleViolation",
  severity: "error",
  group: "move-out",
  basis: [std("1.1.5"), std("4.1.3.1.1")],
  title: { ja: "転出の消除日", en: "Removal date of a 転出" },
  message: {
    ja: "転出による消除の年月日は {expected}（転出予定年月日と転入通知の転入日の早い方）でなければなりません",
    en: "The removal date of a 転出 must be {expected} (the earlier of the planned date and the 転入日 of the 転入通知)"
  },
  description: {
    ja: "転出の除票の消除日＝min(転出予定年月日, 転入通知の転入日)。転入通知前は転出予定年月日。予定値は確定値で上書きしない。",
    en: "The 消除日 of a 転出 除票 = min(転出予定年月日, 転入日 in the 転入通知); before the notice, the planned date. Confirmed values never overwrite the planned ones."
  },
  reads: ["removal", "moveOut"],
  onRecord: (r, ctx) => {
    if (r.removal === undefined || !MOVE_OUT_JIYU.has(r.removal.jiyu)) return NONE
    const planned = r.moveOut?.planned?.date
    if (planned === undefined) return [at(MoveOutRemovalDate, [...ctx.path, "moveOut"], { expected: "—" })]
    const confirmed = r.moveOut?.confirmed?.date
    const expected = confirmed === undefined ? planned : minDate(planned, confirmed)
    return r.removal.date === expected ? NONE : [at(MoveOutRemovalDate, [...ctx.path, "removal", "date"], { expected })]
  }
})

/**
 * A 転出 needs its 転出先 (the municipality name or a foreign address is enough).
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveOutDestination = rule({
  id: "records.move-out.destination",
  tag: "RuleViolation",
  severity: "error",
  group: "move-out",
  basis: [BASIS.law24, std("4.1.3.0.2")],
  title: { ja: "転出先", en: "Destination" },
  message: {
    ja: "転出には転出先住所（市町村名のみ・国外住所可）が必要です",
    en: "A 転出 needs its destination (a municipality name or a foreign address is enough)"
  },
  description: {
    ja: "転出届には転出先（予定）が必要。市町村名のみ、又は国外の住所でもよい。",
    en: "A 転出届 needs the planned destination; the municipality name alone or a foreign address is enough."
  },
  events: ["remove"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "remove" }>
    if (!MOVE_OUT_JIYU.has(e.jiyu)) return NONE
    return e.destination === undefined || blank(e.destination.text) ? [at(MoveOutDestination, ["destination"])] : NONE
  }
})
