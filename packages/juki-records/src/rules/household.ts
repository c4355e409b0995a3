/**
 * The `records.household.*` rules: 世帯: at most one 世帯主, the 世帯主 leaving, one address, no address change with 世帯変更.
 *
 * Examples: `household.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/household.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, library, std } from "../basis.js"
import type { Event } from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { isPresent } from "../registry/index.js"
import { changedItems, groupOf, HOUSEHOLD_JIYU } from "./internal/helpers.js"
import { NONE, type EventContext } from "./types.js"
import { rule, at, jiyuP } from "./internal/define.js"

/**
 * 世帯分離 / 世帯合併 / 世帯変更 / 世帯主変更 never change the address.
 *
 * @category rules
 * @since 0.1.0
 */
export const HouseholdNoAddressChange = rule({
  id: "records.household.no-address-change",
  tag: "RuleViolation",
  severity: "error",
  group: "household",
  basis: [std("4.1.4.1"), BASIS.law25],
  title: { ja: "世帯変更と住所", en: "世帯変更 and the address" },
  message: {
    ja: "世帯変更等（{jiyuJa}）で住所（{item}）は変更できません。転居として処理してください",
    en: "A {jiyu} cannot change the address ({item}): record a 転居"
  },
  description: {
    ja: "世帯分離・世帯合併・世帯変更・世帯主変更で住所を変更することはできない（住所変更と組み合わせる機能は実装しない）。",
    en: "世帯分離, 世帯合併, 世帯変更 and 世帯主変更 never change the address (combining them with an address change is 実装しない)."
  },
  events: ["modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "modify" }>
    if (!HOUSEHOLD_JIYU.has(e.jiyu)) return NONE
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      if (s.before === undefined) continue
      for (const item of s.changed ?? changedItems(s.before, s.after))
        if (groupOf(item) === "address")
          out.push(at(HouseholdNoAddressChange, [...s.path.slice(0, 2), "set", item], { ...jiyuP(e.jiyu), item }))
    }
    return out
  }
})

/**
 * At most one 世帯主 per 世帯; none is allowed (標準仕様書 1.1.10).
 *
 * @category rules
 * @since 0.1.0
 */
export const HouseholdAtMostOneHead = rule({
  id: "records.household.at-most-one-head",
  tag: "RuleViolation",
  severity: "error",
  group: "household",
  basis: [
    std("1.1.10", "世帯主未設定を許容する"),
    BASIS.law7,
    library("'at most one' is implied by 法7条4号; explicit text UNVERIFIED")
  ],
  title: { ja: "世帯主は一人まで", en: "At most one head" },
  message: {
    ja: "一つの世帯に世帯主が{count}人います（一人まで、未設定は可）",
    en: "A household has {count} heads (at most one; none is allowed)"
  },
  description: {
    ja: "世帯の現存者のうち続柄が世帯主である者は一人まで。世帯主未設定は許容する（標準仕様書1.1.10）。",
    en: "Among a household's present members at most one has 続柄 世帯主. A household without a head is allowed (標準仕様書 1.1.10)."
  },
  onHousehold: (_no, members, ctx) => {
    let n = 0
    for (const m of members) if (m.relationship === "世帯主") n++
    return n > 1 ? [at(HouseholdAtMostOneHead, ctx.path, { count: n })] : NONE
  }
})

/**
 * The 世帯主 leaves a 世帯 of which two or more members stay, with no new
 * 世帯主: do a 世帯主変更 first (標準仕様書 4.0.4). With one member staying,
 * no alert: `apply` proposes that member as 職権 世帯主 (a `head-candidate`
 * effect).
 *
 * @category rules
 * @since 0.1.0
 */
export const HouseholdHeadLeaves = rule({
  id: "records.household.head-leaves",
  tag: "RuleViolation",
  severity: "alert",
  group: "household",
  basis: [std("4.0.4"), std("4.0.5")],
  title: { ja: "世帯主の異動", en: "The head leaves" },
  message: {
    ja: "世帯主が世帯を離れ、世帯員が{remaining}人残ります。先に世帯主変更を行ってください",
    en: "The head leaves and {remaining} members remain: record a 世帯主変更 first"
  },
  description: {
    ja: "世帯主が転出・死亡・転居・世帯変更等で世帯を離れ、2人以上が残り新しい世帯主がいない場合はアラート（他の世帯員の異動は可能）。1人だけ残る場合はその者を職権で世帯主とする候補として示す。",
    en: "When the head leaves (転出, 死亡, 転居, 世帯変更 …) and two or more members remain without a new head, raise an alert (the others' changes stay possible). When one member remains, that member is proposed as 職権 世帯主."
  },
  events: ["modify", "remove", "nationality-change", "cancel", "create"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const { remaining } of headDepartures(ctx))
      if (remaining.length >= 2) out.push(at(HouseholdHeadLeaves, ["household"], { remaining: remaining.length }))
    return out
  }
})

/**
 * 世帯 whose 世帯主 leaves in this event without a new 世帯主, with the members
 * that remain. Used by {@link HouseholdHeadLeaves} and by `apply` for the
 * `head-candidate` effect.
 *
 * @category getters
 * @since 0.1.0
 */
export const headDepartures = (
  ctx: EventContext
): ReadonlyArray<{ readonly householdNumber: string; readonly remaining: ReadonlyArray<ResidentRecord> }> => {
  if (ctx.event.type === "modify" && ctx.event.jiyu === "head-change") return []
  const out: Array<{ householdNumber: string; remaining: ReadonlyArray<ResidentRecord> }> = []
  const seen = new Set<string>()
  for (const s of ctx.steps) {
    const b = s.before
    if (b === undefined || b.relationship !== "世帯主" || !isPresent(b, ctx.asOf)) continue
    const hn = b.householdNumber
    if (seen.has(hn)) continue
    // A 世帯主 who stays 世帯主 of the same 世帯 is among `after` below, so that 世帯 keeps a head.
    seen.add(hn)
    const after = ctx.householdAfter(hn)
    if (after.some((m) => m.relationship === "世帯主")) continue
    if (after.length > 0) out.push({ householdNumber: hn, remaining: after })
  }
  return out
}

/**
 * All 現存 members of a 世帯 live at one address.
 *
 * @category rules
 * @since 0.1.0
 */
export const HouseholdSameAddress = rule({
  id: "records.household.same-address",
  tag: "RuleViolation",
  severity: "error",
  group: "household",
  basis: [
    BASIS.law6,
    std("4.1.4.1"),
    library("a 世帯 shares one 住所 (reference §4.2); 方書 differences allowed, UNVERIFIED")
  ],
  title: { ja: "世帯の住所", en: "Household address" },
  message: { ja: "同じ世帯の世帯員の住所が異なります", en: "Members of one household have different addresses" },
  description: {
    ja: "世帯の現存者は同一住所（市町村コード・住所）。方書の一致を必須とするかは未確認のため検査しない。",
    en: "A household's present members share one address (市町村コード and address text). Whether the 方書 must match is UNVERIFIED and not checked."
  },
  onHousehold: (_no, members, ctx) => {
    const first = members[0]
    if (first === undefined) return NONE
    for (const m of members)
      if (m.address.municipalityCode !== first.address.municipalityCode || m.address.text !== first.address.text)
        return [at(HouseholdSameAddress, ctx.path)]
    return NONE
  }
})

/**
 * In a 転居 a person's 続柄 changes only when the person joins another 世帯;
 * within the same 世帯 a new 続柄 is a 修正 of its own (続柄の修正), not part
 * of the 転居 (法23条: the 転居届 reports the new 住所 and, on joining a
 * 世帯, the 世帯主 and 続柄).
 *
 * @category rules
 * @since 0.2.0
 */
export const HouseholdRelationshipInMoveWithin = rule({
  id: "records.household.relationship-in-move-within",
  tag: "RuleViolation",
  severity: "error",
  group: "household",
  basis: [BASIS.law23, library("a 転居 changes the 続柄 only with the 世帯; otherwise it is a 修正 (issue #10)")],
  title: { ja: "転居での続柄変更", en: "続柄 change in a 転居" },
  message: {
    ja: "転居で世帯が変わらないのに続柄が変わっています。続柄の変更は修正として処理してください",
    en: "The 転居 keeps the 世帯 but changes the 続柄: change the 続柄 with a 修正"
  },
  description: {
    ja: "転居で同じ世帯にとどまる者の続柄は変えられない（別の世帯に入る場合のみ変わる）。",
    en: "A 転居 cannot change the 続柄 of a person who stays in the same 世帯 (it changes only when the person joins another 世帯)."
  },
  events: ["modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "modify" }>
    if (e.jiyu !== "move-within") return NONE
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      const b = s.before
      if (b === undefined || b.householdNumber !== s.after.householdNumber || b.relationship === s.after.relationship)
        continue
      out.push(at(HouseholdRelationshipInMoveWithin, [...s.path, "set", "relationship"]))
    }
    return out
  }
})
