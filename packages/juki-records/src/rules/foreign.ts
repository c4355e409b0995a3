/**
 * The `records.foreign.*` rules: 外国人住民: 30条の45 区分 items, 30条の46/47 filers.
 *
 * Examples: `foreign.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/foreign.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, std } from "../basis.js"
import type { Event } from "../events/index.js"
import { blank, isIso, MOVE_IN_JIYU } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * The items of the 30条の45 区分 must be filled in.
 *
 * @category rules
 * @since 0.1.0
 */
export const ForeignKubunItems = rule({
  id: "records.foreign.kubun-items",
  tag: "RuleViolation",
  severity: "error",
  group: "foreign",
  basis: [BASIS.law30_45, std("1.1.2"), std("1.1.6")],
  title: { ja: "30条の45区分の記載事項", en: "Items of the 30条の45 category" },
  message: { ja: "{kubunJa}の記載事項「{itemJa}」が空欄です", en: 'The {kubun} item "{item}" is blank' },
  description: {
    ja: "外国人住民は30条の45の区分のいずれか一つに該当し、その記載事項を記載する: 中長期在留者（在留資格・在留期間・満了の日・在留カード番号〔除票を除く〕）、特別永住者（特別永住者証明書番号）、一時庇護許可者（上陸期間）、仮滞在許可者（仮滞在期間）、経過滞在者（その旨）。",
    en: "A foreign resident is in exactly one 30条の45 category and has its items: 中長期在留者 (在留資格, 在留期間, 満了の日, 在留カード番号 except on a 除票), 特別永住者 (証明書番号), 一時庇護許可者 (上陸期間), 仮滞在許可者 (仮滞在期間), 経過滞在者 (the category itself)."
  },
  reads: ["status", "state"],
  onRecord: (r, ctx) => {
    if (r.kind !== "foreign") return NONE
    const s = r.status
    let out: Array<JukiError> | undefined
    const need = (v: string | undefined, key: string, item: string, kubun: string): void => {
      if (blank(v))
        (out ??= []).push(
          at(ForeignKubunItems, [...ctx.path, "status", key], {
            kubun: s.kubun,
            kubunJa: kubun,
            item: key,
            itemJa: item
          })
        )
    }
    switch (s.kubun) {
      case "mid-to-long-term":
        need(s.statusOfResidence, "statusOfResidence", "在留資格", "中長期在留者")
        need(s.periodOfStay, "periodOfStay", "在留期間", "中長期在留者")
        need(s.expiryDate, "expiryDate", "在留期間の満了の日", "中長期在留者")
        if (r.state !== "removed") need(s.cardNumber, "cardNumber", "在留カードの番号", "中長期在留者")
        break
      case "special-permanent":
        need(s.certificateNumber, "certificateNumber", "特別永住者証明書の番号", "特別永住者")
        break
      case "temporary-refuge":
        need(s.landingPeriod, "landingPeriod", "上陸期間", "一時庇護許可者")
        break
      case "provisional-stay":
        need(s.provisionalStayPeriod, "provisionalStayPeriod", "仮滞在期間", "仮滞在許可者")
        break
      // Stryker disable next-line ConditionalExpression: the 経過滞在者 区分 record no items; an empty last branch changes nothing
      default:
        break
    }
    return out ?? NONE
  }
})

/**
 * 30条の46 and 30条の47 filings are for 中長期在留者等, never for 経過滞在者.
 *
 * @category rules
 * @since 0.1.0
 */
export const ForeignTransitionalFiling = rule({
  id: "records.foreign.transitional-filing",
  tag: "RuleViolation",
  severity: "error",
  group: "foreign",
  basis: [BASIS.law30_46, BASIS.law30_47, BASIS.immigration22_2],
  title: { ja: "30条の46・47の届出者", en: "Who files under 30条の46/47" },
  message: {
    ja: "30条の46・47の届出は中長期在留者・特別永住者・一時庇護許可者・仮滞在許可者に限ります（{problemJa}）",
    en: "30条の46/47 filings are for 中長期在留者, 特別永住者, 一時庇護許可者 and 仮滞在許可者 only ({problem})"
  },
  description: {
    ja: "30条の46（国外からの転入）・30条の47（中長期在留者等となった）の届出は中長期在留者等に限る。出生・国籍喪失による経過滞在者及び日本人住民は対象外。",
    en: "30条の46 (転入 from abroad) and 30条の47 (became a 中長期在留者等) filings are for 中長期在留者等 only, never for 経過滞在者 (by birth or loss of nationality) or Japanese residents."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (e.route !== "art-30-46" && e.route !== "art-30-47") return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      if (r.kind !== "foreign")
        out.push(
          at(ForeignTransitionalFiling, ["records", i, "kind"], {
            problem: "a Japanese resident",
            problemJa: "日本人住民"
          })
        )
      else if (r.status.kubun === "transitional-birth" || r.status.kubun === "transitional-nationality-loss")
        out.push(
          at(ForeignTransitionalFiling, ["records", i, "status", "kubun"], {
            problem: "a transitional stay",
            problemJa: "経過滞在者"
          })
        )
    })
    return out
  }
})

/**
 * A 中長期在留者 whose 在留期間の満了の日 is already past on the 転入 date: an
 * alert, not an error (入管法20条6項 lets a person who applied for renewal in
 * time stay while the application is pending).
 *
 * @category rules
 * @since 0.2.0
 */
export const ForeignPeriodExpired = rule({
  id: "records.foreign.period-expired",
  tag: "RuleViolation",
  severity: "alert",
  group: "foreign",
  basis: [BASIS.immigration20_6, BASIS.law30_45],
  title: { ja: "在留期間の満了", en: "Period of stay expired" },
  message: {
    ja: "在留期間の満了の日（{expiryDate}）が異動日より前です。更新申請中（特例期間）か確認してください",
    en: "The period of stay ended ({expiryDate}) before the date of the change: check whether a renewal is pending (特例期間)"
  },
  description: {
    ja: "転入（国内転入・国外転入等）で、中長期在留者の在留期間の満了の日が異動日より前ならアラート。入管法20条6項の特例期間（更新申請中）ならば確認のうえ受け付ける。",
    en: "On a 転入 (国内転入, 国外転入等), a 中長期在留者 whose 在留期間の満了の日 is before the date of the change raises an alert; during the 特例期間 of 入管法20条6項 (renewal pending) the operator acknowledges it."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (!MOVE_IN_JIYU.has(e.jiyu)) return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      if (r.kind !== "foreign" || r.status.kubun !== "mid-to-long-term") return
      const x = r.status.expiryDate
      if (isIso(x) && isIso(e.changeDate) && x < e.changeDate)
        out.push(at(ForeignPeriodExpired, ["records", i, "status", "expiryDate"], { expiryDate: x }))
    })
    return out
  }
})
