/**
 * The `records.special-move-in.*` rules: 特例転入 (住基法24条の2): 転出証明書情報 and time limits.
 *
 * Examples: `special-move-in.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/special-move-in.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS } from "../basis.js"
import { deadline } from "../deadline/index.js"
import type { Event } from "../events/index.js"
import { isIso } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * 特例転入 is possible only within 14 days of moving in and 30 days of the
 * 転出予定年月日 (municipal guidance; 令24条の2 text UNVERIFIED).
 *
 * @category rules
 * @since 0.1.0
 */
export const SpecialMoveInWindow = rule({
  id: "records.special-move-in.window",
  tag: "RuleViolation",
  severity: "error",
  group: "special-move-in",
  basis: [BASIS.law24_2, BASIS.order24_2, BASIS.muniTokurei],
  title: { ja: "特例転入の期間", en: "特例転入 time limits" },
  message: {
    ja: "特例転入の期限（{limitJa}）を過ぎています。転出証明書による転入が必要です",
    en: "The 特例転入 limit ({limit}) has passed: a paper 転出証明書 is needed"
  },
  description: {
    ja: "特例転入の転入届は転入日から14日以内かつ転出予定年月日から30日以内（市町村案内による。令24条の2の文言は未確認のため日数はオプション）。期間は翌日起算・休日は翌日満了。",
    en: "A 特例転入 must be filed within 14 days of moving in and within 30 days of the 転出予定年月日 (municipal guidance; 令24条の2 wording UNVERIFIED, so the days are options). Periods start the next day and roll over 休日."
  },
  options: ["specialMoveIn", "holidays"],
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (e.route !== "special" || !isIso(e.changeDate)) return NONE
    const filed = e.filedOn ?? ctx.asOf
    if (!isIso(filed)) return NONE
    const out: Array<JukiError> = []
    const { afterMoveIn, afterPlannedMoveOut } = ctx.options.specialMoveIn
    e.records.forEach((r, i) => {
      const cert = r.residentCode === undefined ? undefined : ctx.registry.certificates.get(r.residentCode)
      if (filed > deadline(e.changeDate, afterMoveIn, ctx.options.holidays))
        out.push(
          at(SpecialMoveInWindow, ["records", i], {
            limit: `${afterMoveIn} days after moving in`,
            limitJa: `転入日+${afterMoveIn}日`
          })
        )
      else if (
        cert !== undefined &&
        isIso(cert.plannedDate) &&
        filed > deadline(cert.plannedDate, afterPlannedMoveOut, ctx.options.holidays)
      )
        out.push(
          at(SpecialMoveInWindow, ["records", i], {
            limit: `${afterPlannedMoveOut} days after the planned move-out`,
            limitJa: `転出予定日+${afterPlannedMoveOut}日`
          })
        )
    })
    return out
  }
})

/**
 * 特例転入 needs the 転出証明書情報 received through the CS; a member without a
 * card must move in together with the card-holding 世帯主 (法24条の2第2項).
 *
 * @category rules
 * @since 0.1.0
 */
export const SpecialMoveInCertificate = rule({
  id: "records.special-move-in.certificate",
  tag: "RuleViolation",
  severity: "error",
  group: "special-move-in",
  basis: [BASIS.law24_2, BASIS.seedTokurei],
  title: { ja: "転出証明書情報", en: "Move-out certificate information" },
  message: {
    ja: "特例転入に必要な転出証明書情報がありません（{problemJa}）",
    en: "The 転出証明書情報 a 特例転入 needs is missing ({problem})"
  },
  description: {
    ja: "特例転入にはCS経由で受信した転出証明書情報が必要（未受信・消去済みなら再送依頼）。カードを持たない世帯員は、カードを持つ世帯主と同時に転入する場合に限る（法24条の2第2項）。",
    en: "A 特例転入 needs the 転出証明書情報 received through the CS (ask for a resend when missing or erased). A member without a card qualifies only when moving in with the card-holding 世帯主 (法24条の2第2項)."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (e.route !== "special") return NONE
    const out: Array<JukiError> = []
    const certOf = (code: string | undefined) => (code === undefined ? undefined : ctx.registry.certificates.get(code))
    const headWithCard = e.records.some(
      (r) => r.relationship === "世帯主" && certOf(r.residentCode)?.cardHolder === "self"
    )
    e.records.forEach((r, i) => {
      const cert = certOf(r.residentCode)
      if (cert === undefined)
        out.push(
          at(SpecialMoveInCertificate, ["records", i, "residentCode"], { problem: "not received", problemJa: "未受信" })
        )
      else if (cert.cardHolder === "head" && !headWithCard)
        out.push(
          at(SpecialMoveInCertificate, ["records", i], {
            problem: "not with the card-holding head",
            problemJa: "世帯主と同時でない"
          })
        )
    })
    return out
  }
})
