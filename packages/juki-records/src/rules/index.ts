/**
 * The records rule catalogue: every check juki runs on a 異動, a 住民票, a
 * 世帯 or a whole registry, each with a stable id (`records.<area>.<rule>`),
 * a severity, its legal basis and Japanese and English text.
 *
 * **When to use**
 *
 * `apply` and `Registry.fromJSON` run the catalogue for you. Read
 * {@link catalogue} to list, document or audit the rules; switch rules off
 * with the `disable` option; look one up with {@link byId}.
 *
 * **Details**
 *
 * - `error` blocks the change; `alert` blocks it unless the operator
 *   confirmed it (`acknowledged: ["records.…"]` on the event), as the
 *   standard's アラート require (標準仕様書 11.1).
 * - The two logic checks the 市町村CS is documented to run (評価書 III):
 *   `records.cs.move-in-resident` (a 転入 for a person who is already a
 *   resident) and `records.cs.move-within-address-only` (a 転居 that changes
 *   anything but the address).
 * - Bases marked `verified: false` are UNVERIFIED: the behaviour is an
 *   option (see `Options`), and the docs say so.
 * - The 標準仕様書's own エラー項目一覧 / アラート項目一覧 were not obtained;
 *   this catalogue is built from the law, the standard's text and the seed,
 *   not from those lists.
 *
 * **Example** (Looking up a rule)
 *
 * ```ts
 * import { Rules } from "@juki/records"
 *
 * const r = Rules.byId("records.cs.move-within-address-only")
 * r?.severity // => "error"
 * r?.title.en // => "転居 changes the address only"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { BASIS, library, std } from "../basis.js"
import { deadline } from "../deadline/index.js"
import type { Event } from "../events/index.js"
import { Forbidden, InvalidMapping, Unknown, info } from "../jiyu/index.js"
import { cardNumberOf, type ResidentRecord } from "../models/index.js"
import { classify } from "../relationship/index.js"
import { effectiveState, isPresent, isProvisional, lookupId, threeInfoKey } from "../registry/index.js"
import { checkItemFormats } from "./formats.js"
import {
  blank,
  changedItems,
  deepEqual,
  groupOf,
  HOUSEHOLD_JIYU,
  isIso,
  kindHasItem,
  maxDate,
  minDate,
  MOVE_IN_JIYU,
  MOVE_OUT_JIYU,
  presentMatch
} from "./helpers.js"
import { NONE, type EventContext, type RecordRule } from "./types.js"
import { isRegistryDate } from "./dates.js"

export type * from "./types.js"

const rule = (r: RecordRule): RecordRule => defineRule(r)

type Path = ReadonlyArray<string | number>
const at = (r: RecordRule, path: Path, params?: Record<string, string | number | boolean>): JukiError =>
  makeError(r, { path, ...(params === undefined ? {} : { params }) })

const MATCH_JA: Record<string, string> = {
  atenaNumber: "宛名番号",
  residentCode: "住民票コード",
  myNumber: "個人番号",
  cardNumber: "在留カード等番号"
}

const matched = (m: string) => ({ matchedBy: m, matchedByJa: MATCH_JA[m] ?? m })
const stateP = (st: string) => ({ state: st, stateJa: STATE_JA[st] ?? st })
const jiyuP = (j: Parameters<typeof info>[0]) => ({ jiyu: j, jiyuJa: info(j).ja })

const STATE_JA: Record<string, string> = {
  none: "記録なし",
  provisional: "仮登録",
  current: "現存",
  leaving: "転出予定",
  removed: "除票"
}

// =============================================================================================================
// cs — the logic checks of the 市町村CS (seed §III)

/**
 * A 転入 (国内転入 / 国外転入等) for a person who is already a resident of this
 * municipality. The first CS logic check of the seed.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsMoveInResident = rule({
  id: "records.cs.move-in-resident",
  tag: "RuleViolation",
  severity: "error",
  group: "cs",
  basis: [BASIS.seedCsChecks, std("4.0.1"), BASIS.law22],
  title: { ja: "現存者への転入", en: "転入 for a current resident" },
  message: {
    ja: "現存する住民に対して転入を異動事由とする更新はできません（{matchedByJa}が一致）",
    en: "A 転入 cannot be recorded for a person who is already a resident ({matchedBy} matches)"
  },
  description: {
    ja: "異動事由が国内転入・国外転入等の記載で、宛名番号・住民票コード・個人番号・在留カード等番号のいずれかが現存者（転出予定者を含む）と一致する場合はエラー。",
    en: "A 国内転入 / 国外転入等 whose 宛名番号, 住民票コード, 個人番号 or card number matches a present resident (including a 転出予定) is an error."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (!MOVE_IN_JIYU.has(e.jiyu)) return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      const m = presentMatch(ctx.registry, r as ResidentRecord, ctx.asOf)
      if (m !== undefined) out.push(at(CsMoveInResident, ["records", i], matched(m)))
    })
    return out
  }
})

/**
 * A 転居 that changes anything other than the address (and, by default, the
 * destination 世帯 and 続柄). The second CS logic check of the seed.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsMoveWithinAddressOnly = rule({
  id: "records.cs.move-within-address-only",
  tag: "RuleViolation",
  severity: "error",
  group: "cs",
  basis: [BASIS.seedCsChecks, BASIS.law23, std("4.1.2"), std("4.0.2", "a 転居 may join or create a 世帯 at the new address")],
  title: { ja: "転居は住所のみ", en: "転居 changes the address only" },
  message: {
    ja: "転居を異動事由とする更新で住所以外の項目（{item}）は変更できません",
    en: "A 転居 may not change anything but the address (it changes {item})"
  },
  description: {
    ja: "転居で変更できるのは住所・方書・住所を定めた年月日・従前の住所、及び転居先の世帯番号・続柄のみ（続柄を含めるかはCS側の扱いが未確認のためオプション）。",
    en: "A 転居 may change the address, 方書, 住所を定めた年月日 and 従前の住所, and the destination 世帯番号 and 続柄 (whether the CS accepts 続柄 in a 転居 is UNVERIFIED, hence an option)."
  },
  options: ["moveWithinChangesHousehold"],
  events: ["modify"],
  onEvent: (ctx) => {
    if ((ctx.event as { jiyu: string }).jiyu !== "move-within") return NONE
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      if (s.before === undefined) continue
      for (const item of s.changed ?? changedItems(s.before, s.after)) {
        const g = groupOf(item)
        if (g === "address" || g === "system" || (g === "household" && ctx.options.moveWithinChangesHousehold)) continue
        out.push(at(CsMoveWithinAddressOnly, [...s.path.slice(0, 2), "set", item], { item }))
      }
    }
    return out
  }
})

/**
 * Format checks of the 本人確認情報 items, reusing the identifier modules of
 * `@juki/core` and `@juki/mynumber`.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsItemFormat = rule({
  id: "records.cs.item-format",
  tag: "InvalidFormat",
  severity: "error",
  group: "cs",
  basis: [
    BASIS.seedCsChecks,
    { kind: "ministerial-ordinance", cite: "住民基本台帳法施行規則 第1条 (住民票コード)", verified: true },
    { kind: "ministerial-ordinance", cite: "平成26年総務省令第85号 第5条 (個人番号)", verified: true },
    std("1.1.13", "宛名番号・世帯番号 M11W2-7 (new numbers only)")
  ],
  title: { ja: "本人確認情報の項目形式", en: "Format of 本人確認情報 items" },
  message: {
    ja: "{itemJa}の形式が不正です（{cause}）",
    en: "{item} is not well-formed ({cause})"
  },
  description: {
    ja: "住民票コード・個人番号・市町村コード・郵便番号・在留カード等番号の形式と検査数字、新規の宛名番号・世帯番号の検査数字を、@juki/core / @juki/mynumber の識別子モジュールで検査する。cause に元の規則IDを示す。",
    en: "Checks 住民票コード, 個人番号, 市町村コード, postal code and card numbers, and the check digit of new 宛名番号 and 世帯番号, with the identifier modules of @juki/core and @juki/mynumber; `cause` names the underlying rule id."
  },
  reads: ["residentCode", "myNumber", "address", "previousAddress", "status", "atenaNumber", "householdNumber"],
  onRecord: (r, ctx) => checkItemFormats(r, ctx, CsItemFormat)
})

/**
 * A change dated before the person's latest recorded 異動: the CS would get
 * the notices out of 異動 order.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsOrder = rule({
  id: "records.cs.order",
  tag: "RuleViolation",
  severity: "alert",
  group: "cs",
  basis: [std("7.1.1.1", "異動の時系列を保持して送信"), std("4.5.7"), library("a back-dated 異動 is flagged; effects still carry increasing 更新順番号")],
  title: { ja: "異動の時系列", en: "Chronological order of changes" },
  message: {
    ja: "異動日が直近の異動（{latest}）より前です。CSへの通知順序を確認してください",
    en: "The change date is before the latest recorded change ({latest}); check the order of CS notices"
  },
  description: {
    ja: "異動日が当該者の最新履歴の異動日より前の異動はアラート。CS・入管への通知は異動の時系列順で送る必要があるため。",
    en: "A change dated before the person's latest history row is an alert: CS and 入管 notices must follow the chronological order of changes."
  },
  events: ["create", "modify", "remove"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      const p = ctx.registry.persons.get(s.atenaNumber)
      if (p === undefined) continue
      const latest = p.row.changeDate
      if (ctx.event.changeDate < latest && isIso(latest)) out.push(at(CsOrder, s.path, { latest }))
    }
    return out
  }
})

// =============================================================================================================
// create / move-in

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

const idsOf = (r: ResidentRecord): Array<["r" | "m" | "c", string, string]> => {
  const out: Array<["r" | "m" | "c", string, string]> = []
  if (r.residentCode) out.push(["r", r.residentCode, "residentCode"])
  if (r.myNumber) out.push(["m", r.myNumber, "myNumber"])
  const c = cardNumberOf(r)
  if (c) out.push(["c", c, "cardNumber"])
  return out
}

/**
 * 再転入: a person found among this municipality's 除票 by 個人番号, 住民票コード
 * or 在留カード番号 must be recorded on the same 宛名番号.
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveInReentry = rule({
  id: "records.move-in.reentry",
  tag: "RuleViolation",
  severity: "error",
  group: "move-in",
  basis: [std("4.1.1.2")],
  title: { ja: "再転入", en: "Re-entry" },
  message: {
    ja: "{matchedByJa}が除票と一致します。再転入として同じ宛名番号で記載してください",
    en: "The {matchedBy} matches a 除票: record the re-entry on the same 宛名番号"
  },
  description: {
    ja: "記載時に個人番号・住民票コード・在留カード等番号で除票が見つかった場合は再転入として扱い、新たな宛名番号での記載を止める（同じ宛名番号を使う）。",
    en: "When a 除票 matches by 個人番号, 住民票コード or card number, the new record must reuse its 宛名番号 (再転入); a new 宛名番号 is an error."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    const out: Array<JukiError> = []
    e.records.forEach((input, i) => {
      const r = input as ResidentRecord
      const hit = (kind: "r" | "m" | "c", value: string | undefined): boolean => {
        if (value === undefined || value === "") return false
        const atena = lookupId(ctx.registry, kind, value)
        if (atena === undefined || atena === r.atenaNumber) return false
        const other = ctx.registry.persons.get(atena)?.record
        return other !== undefined && !isPresent(other, ctx.asOf)
      }
      const by = hit("r", r.residentCode) ? "residentCode" : hit("m", r.myNumber) ? "myNumber" : hit("c", cardNumberOf(r)) ? "cardNumber" : undefined
      if (by !== undefined) out.push(at(MoveInReentry, ["records", i, "atenaNumber"], matched(by)))
    })
    return out
  }
})

/**
 * Same 氏名, 生年月日 and 性別 as another person (and no identifier match): a
 * possible 再転入 or duplicate, for the operator to confirm.
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveInPossibleReentry = rule({
  id: "records.move-in.possible-reentry",
  tag: "RuleViolation",
  severity: "alert",
  group: "move-in",
  basis: [std("4.1.1.2")],
  title: { ja: "3情報一致", en: "Same name, birth date and sex" },
  message: {
    ja: "氏名・性別・生年月日が一致する住民票（{stateJa}）があります。再転入でないか確認してください",
    en: "A record ({state}) has the same name, sex and birth date: check whether this is a re-entry"
  },
  description: {
    ja: "記載時に氏名＋性別＋生年月日のみが他の住民票（除票を含む）と一致する場合はアラート。",
    en: "When only 氏名 + 性別 + 生年月日 match another record (除票 included), raise an alert."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (e.jiyu === "birth") return NONE
    const out: Array<JukiError> = []
    e.records.forEach((input, i) => {
      const r = input as ResidentRecord
      const known = (kind: "r" | "m" | "c", v: string | undefined): boolean => v !== undefined && v !== "" && lookupId(ctx.registry, kind, v) !== undefined
      if (known("r", r.residentCode) || known("m", r.myNumber) || known("c", cardNumberOf(r))) return
      const hits = (ctx.registry.threeInfo.get(threeInfoKey(r)) ?? []).filter((a) => a !== r.atenaNumber)
      const first = hits[0]
      if (first === undefined) return
      const other = ctx.registry.persons.get(first)?.record
      const state = other === undefined ? "none" : effectiveState(other, ctx.asOf)
      out.push(at(MoveInPossibleReentry, ["records", i], stateP(state)))
    })
    return out
  }
})

/**
 * A 転入 needs its 転入前住所; a 国内転入 needs the former 市町村コード for the
 * 転入通知 (法9条1項).
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveInPreviousAddress = rule({
  id: "records.move-in.previous-address",
  tag: "RuleViolation",
  severity: "error",
  group: "move-in",
  basis: [std("4.1.1.1"), BASIS.law9_1, std("4.5.1", "may be blank for a 30条の46 転入")],
  title: { ja: "転入前住所", en: "Previous address" },
  message: {
    ja: "転入には転入前住所（国内転入は転出元の市町村コードを含む）が必要です（{item}）",
    en: "A 転入 needs the previous address (and for a 国内転入 the former 市町村コード) ({item})"
  },
  description: {
    ja: "国内転入・国外転入等の記載には転入前住所が必須。国内転入では転入通知の送付先として転出元の市町村コードも必須。30条の46・47の届出は空欄可。",
    en: "国内転入 and 国外転入等 need 転入前住所; a 国内転入 also needs the former 市町村コード (the 転入通知 goes there). 30条の46/47 filings may leave it blank."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (!MOVE_IN_JIYU.has(e.jiyu) || e.route === "art-30-46" || e.route === "art-30-47") return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      const p = r.previousAddress
      if (p === undefined || blank(p.text)) out.push(at(MoveInPreviousAddress, ["records", i, "previousAddress"], { item: "text" }))
      else if (e.jiyu === "domestic-move-in" && !p.unknown && blank(p.municipalityCode))
        out.push(at(MoveInPreviousAddress, ["records", i, "previousAddress", "municipalityCode"], { item: "municipalityCode" }))
    })
    return out
  }
})

// =============================================================================================================
// special-move-in (特例転入)

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
        out.push(at(SpecialMoveInWindow, ["records", i], { limit: `${afterMoveIn} days after moving in`, limitJa: `転入日+${afterMoveIn}日` }))
      else if (cert !== undefined && isIso(cert.plannedDate) && filed > deadline(cert.plannedDate, afterPlannedMoveOut, ctx.options.holidays))
        out.push(at(SpecialMoveInWindow, ["records", i], { limit: `${afterPlannedMoveOut} days after the planned move-out`, limitJa: `転出予定日+${afterPlannedMoveOut}日` }))
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
    const headWithCard = e.records.some((r) => r.relationship === "世帯主" && certOf(r.residentCode)?.cardHolder === "self")
    e.records.forEach((r, i) => {
      const cert = certOf(r.residentCode)
      if (cert === undefined) out.push(at(SpecialMoveInCertificate, ["records", i, "residentCode"], { problem: "not received", problemJa: "未受信" }))
      else if (cert.cardHolder === "head" && !headWithCard)
        out.push(at(SpecialMoveInCertificate, ["records", i], { problem: "not with the card-holding head", problemJa: "世帯主と同時でない" }))
    })
    return out
  }
})

// =============================================================================================================
// state

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

// =============================================================================================================
// provisional (仮登録)

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
        if (!ctx.registry.persons.has(t.atenaNumber) && isProvisional(ctx.registry, t.atenaNumber)) out.push(at(ProvisionalNotRegistered, t.path))
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
  description: { ja: "決裁・取下げの対象の仮登録が存在しない場合はエラー。", en: "Approving or discarding a 仮登録 that does not exist is an error." },
  events: ["approve", "discard"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "approve" | "discard" }>
    return ctx.registry.pending.has(e.provisionalId) ? NONE : [at(ProvisionalUnknown, ["provisionalId"])]
  }
})

// =============================================================================================================
// transfer-in-notice (転入通知)

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
    const ok = (st === "leaving" && j === "domestic-move-out") || (st === "removed" && (j === "domestic-move-out" || j === "authority-removal"))
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
  message: { ja: "転入通知による確定情報は既に記録されています", en: "The 確定 items of a 転入通知 are already recorded" },
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

// =============================================================================================================
// move-out (転出)

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
    ja: "転出日の翌日から14日（休日は翌日満了）を過ぎた届出日の転出は、届出ではなく職権で記録する。オプション lateMoveOut=\"convert\" で自動的に職権扱いにできる。",
    en: "A 転出 filed after 14 days from the move (next-day counting, 休日 roll-over) is recorded 職権, not as a 届出. With lateMoveOut = \"convert\" juki records it 職権 itself."
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
  message: { ja: "転出には転出先住所（市町村名のみ・国外住所可）が必要です", en: "A 転出 needs its destination (a municipality name or a foreign address is enough)" },
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

// =============================================================================================================
// date

const META_DATES = ["changeDate", "processedOn", "filedOn", "appliedOn", "noticeOn", "requestedOn"] as const
const FILING_DATES = [
  ["filedOn", "届出日"],
  ["appliedOn", "申出日"],
  ["noticeOn", "通知日"],
  ["requestedOn", "請求日"]
] as const

/**
 * 異動日 and the dates of filing must not be after the 処理日 — except the
 * 転出予定年月日 of a 転出.
 *
 * @category rules
 * @since 0.1.0
 */
export const DateNotFuture = rule({
  id: "records.date.not-future",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [std("4.0.3"), std("4.1.0.2")],
  title: { ja: "未来日付", en: "Future date" },
  message: {
    ja: "{itemJa}は処理日より後にできません（転出の異動日を除く）",
    en: "{item} cannot be after the processing date (except the date of a 転出)"
  },
  description: {
    ja: "異動日≦処理日（転出を除く）、届出日・申出日・通知日・請求日≦処理日。処理日はシステム日付。",
    en: "異動日 ≤ 処理日 except for a 転出; 届出日, 申出日, 通知日 and 請求日 ≤ 処理日. The 処理日 is the system date."
  },
  onEvent: (ctx) => {
    const e = ctx.event
    const out: Array<JukiError> = []
    const p = e.processedOn
    if (!isIso(p)) return NONE
    const exempt = e.type === "remove" && MOVE_OUT_JIYU.has(e.jiyu)
    if (!exempt && isIso(e.changeDate) && e.changeDate > p) out.push(at(DateNotFuture, ["changeDate"], { item: "changeDate", itemJa: "異動日" }))
    for (const [k, ja] of FILING_DATES) {
      const d = e[k]
      if (d !== undefined && isIso(d) && d > p) out.push(at(DateNotFuture, [k], { item: k, itemJa: ja }))
    }
    return out
  }
})

/** Calls `f` for every strict (calendar-only) date item of a record. */
const strictRecordDates = (r: ResidentRecord, f: (path: Path, d: string | undefined) => void): void => {
  f(["entry", "date"], r.entry.date)
  if (r.entry.filedOn !== undefined) f(["entry", "filedOn"], r.entry.filedOn)
  if (r.removal !== undefined) {
    f(["removal", "date"], r.removal.date)
    if (r.removal.filedOn !== undefined) f(["removal", "filedOn"], r.removal.filedOn)
  }
  const mo = r.moveOut
  if (mo !== undefined) {
    if (mo.planned !== undefined) f(["moveOut", "planned", "date"], mo.planned.date)
    if (mo.confirmed !== undefined) {
      f(["moveOut", "confirmed", "date"], mo.confirmed.date)
      f(["moveOut", "confirmed", "noticeReceivedOn"], mo.confirmed.noticeReceivedOn)
    }
  }
  if (r.kind === "foreign") {
    if (r.status.kubun === "mid-to-long-term") f(["status", "expiryDate"], r.status.expiryDate)
    if (r.alias?.recordedOn !== undefined) f(["alias", "recordedOn"], r.alias.recordedOn)
  } else if (r.formerSurname?.requestedOn !== undefined) f(["formerSurname", "requestedOn"], r.formerSurname.requestedOn)
}

const REGISTRY_DATE_ITEMS: Readonly<Record<ResidentRecord["kind"], ReadonlyArray<string>>> = {
  japanese: ["birthDate", "addressSince", "residentSince"],
  foreign: ["birthDate", "addressSince", "foreignResidentSince", "oldRegistrationDate"]
}

/**
 * Dates must be real calendar dates, except the registry-date items that
 * also accept non-calendar and 不詳 dates (標準仕様書 1.1.8).
 *
 * @category rules
 * @since 0.1.0
 */
export const DateCalendar = rule({
  id: "records.date.calendar",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [std("1.1.8")],
  title: { ja: "暦日", en: "Calendar date" },
  message: { ja: "{item}は実在する日付（YYYY-MM-DD）でなければなりません", en: "{item} must be a real calendar date (YYYY-MM-DD)" },
  description: {
    ja: "日付は暦に実在する日付。ただし生年月日・住民となった年月日・住所を定めた年月日・外国人住民となった年月日・旧外登法による登録年月日は非暦日・不詳日も可（RegistryDate）。異動日・処理日・届出日等は暦日。",
    en: "Dates must exist in the calendar, except 生年月日, 住民となった年月日, 住所を定めた年月日, 外国人住民となった年月日 and 旧外登法による登録年月日, which also accept non-calendar and 不詳 dates (RegistryDate). Event dates must be calendar dates."
  },
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const k of META_DATES) {
      const d = (ctx.event as Record<string, unknown>)[k]
      if (d !== undefined && !isIso(d)) out.push(at(DateCalendar, [k], { item: k }))
    }
    return out
  },
  reads: ["entry", "removal", "moveOut", "status", "alias", "formerSurname", "birthDate", "addressSince", "residentSince", "foreignResidentSince", "oldRegistrationDate"],
  onRecord: (r, ctx) => {
    let out: Array<JukiError> | undefined
    const bad = (p: Path): void => {
      ;(out ??= []).push(at(DateCalendar, [...ctx.path, ...p], { item: p.join(".") }))
    }
    // Fast path: the paths are only built for a bad date.
    strictRecordDates(r, (p, d) => {
      if (d !== undefined && !isIso(d)) bad(p)
    })
    for (const item of REGISTRY_DATE_ITEMS[r.kind]) {
      const d = (r as unknown as Record<string, unknown>)[item]
      if (typeof d === "string" && d !== "" && !isRegistryDate(d, item)) bad([item])
    }
    return out ?? NONE
  }
})

/**
 * A 異動 before the person's birth.
 *
 * @category rules
 * @since 0.1.0
 */
export const DateBeforeBirth = rule({
  id: "records.date.before-birth",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [library("異動年月日 ≥ 生年月日: an inferred CS-style check (reference §5.2), not a published rule")],
  title: { ja: "生年月日前の異動", en: "Change before birth" },
  message: { ja: "異動日が生年月日より前です", en: "The change date is before the birth date" },
  description: {
    ja: "異動日は生年月日以後（CS論理チェックからの推定。公開された規則ではない）。生年月日が不詳日等の場合は検査しない。",
    en: "The change date must not precede the birth date (inferred from the CS logic checks, not a published rule); not checked when the birth date is a 不詳 or non-calendar date."
  },
  events: ["create", "modify", "remove", "nationality-change"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    const d = ctx.event.changeDate
    if (!isIso(d)) return NONE
    for (const s of ctx.steps) if (isIso(s.after.birthDate) && d < s.after.birthDate) out.push(at(DateBeforeBirth, [...s.path.slice(0, 2), "birthDate"]))
    return out
  }
})

// =============================================================================================================
// deadline

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
  basis: [BASIS.law22, BASIS.law23, BASIS.law25, BASIS.law30_46, BASIS.law30_47, BASIS.law52_2, BASIS.hiroshimaFaq, BASIS.localAutonomy4_2],
  title: { ja: "届出期間経過", en: "Filed late" },
  message: {
    ja: "届出期間（{days}日、期限 {deadline}）を過ぎた届出です。過料通知の要否を確認してください",
    en: "Filed after the {days}-day period (limit {deadline}); check whether a 過料 notice is due"
  },
  description: {
    ja: "転入・転居・世帯変更等・30条の46/47の届出日が、異動日の翌日から14日（期間末日が休日なら翌開庁日）を過ぎていればアラート。届出は受理し、過料（法52条2項）通知の判断材料とする。休日カレンダーは差し替え可能。",
    en: "A 転入, 転居, 世帯変更 or 30条の46/47 filing after 14 days counted from the day after the event (a 休日 last day rolls forward) is an alert; the filing is still accepted and flagged for a 過料 notice (法52条2項). The 休日 calendar is pluggable."
  },
  options: ["holidays"],
  events: ["create", "modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" | "modify" }>
    const d = info(e.jiyu).deadline
    if (d === undefined || !d.checked || e.byAuthority === true || e.filedOn === undefined) return NONE
    if (!isIso(e.filedOn) || !isIso(e.changeDate)) return NONE
    if (!(e.filedOn > deadline(e.changeDate, d.days, ctx.options.holidays))) return NONE
    return [at(DeadlineOverdue, ["filedOn"], { days: d.days, deadline: deadline(e.changeDate, d.days, ctx.options.holidays) })]
  }
})

// =============================================================================================================
// modify

/**
 * An update may change only the items its 異動事由 allows.
 *
 * @category rules
 * @since 0.1.0
 */
export const ModifyAllowedFields = rule({
  id: "records.modify.allowed-fields",
  tag: "RuleViolation",
  severity: "error",
  group: "modify",
  basis: [std("1.2.2"), std("4.2.3.2", "軽微な修正: 氏名・住所の文字等のみ"), std("4.4")],
  title: { ja: "事由と変更項目", en: "Items a reason may change" },
  message: {
    ja: "異動事由「{jiyuJa}」では{item}を変更できません",
    en: "The reason \"{jiyu}\" may not change {item}"
  },
  description: {
    ja: "修正の事由ごとに変更できる項目群が決まっている（例: 個人番号の変更請求は個人番号のみ、旧氏の記載は旧氏のみ、軽微な修正は氏名・住所のみ）。住民票の種別（日本人/外国人）にない項目も変更できない。転居と世帯変更等は専用の規則で検査する。",
    en: "Each modifying reason may change only its item groups (a 個人番号 change request only the 個人番号, a 旧氏 entry only the 旧氏, a 軽微な修正 only name and address). Items that the kind of 住民票 does not have cannot be set. 転居 and 世帯変更 have their own rules."
  },
  events: ["modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "modify" }>
    const mutable = info(e.jiyu).mutable
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      if (s.before === undefined) continue
      for (const item of s.changed ?? changedItems(s.before, s.after)) {
        const path = [...s.path.slice(0, 2), "set", item]
        if (!kindHasItem(s.before.kind, item)) {
          out.push(at(ModifyAllowedFields, path, { ...jiyuP(e.jiyu), item }))
          continue
        }
        if (e.jiyu === "move-within") continue
        const g = groupOf(item)
        if (g === "system") continue
        if (HOUSEHOLD_JIYU.has(e.jiyu) && (g === "household" || g === "address")) continue
        if (mutable === "all" ? g === "managed" : !mutable.includes(g)) out.push(at(ModifyAllowedFields, path, { ...jiyuP(e.jiyu), item }))
      }
    }
    return out
  }
})

/**
 * A 事由 limited to 日本人住民 or 外国人住民 used for the other kind.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuScope = rule({
  id: "records.jiyu.scope",
  tag: "RuleViolation",
  severity: "error",
  group: "jiyu",
  basis: [std("1.2.2")],
  title: { ja: "事由の対象者", en: "Who a reason applies to" },
  message: {
    ja: "異動事由「{jiyuJa}」は{scopeJa}にのみ使えます",
    en: "The reason \"{jiyu}\" applies to {scope} only"
  },
  description: {
    ja: "職権記載（帰化等）・職権消除（国籍喪失）・旧氏は日本人住民のみ、職権記載（国籍喪失）・職権消除（帰化等）・通称は外国人住民のみ。",
    en: "職権記載（帰化等）, 職権消除（国籍喪失） and 旧氏 apply to Japanese residents only; 職権記載（国籍喪失）, 職権消除（帰化等） and 通称 to foreign residents only."
  },
  events: ["create", "modify", "remove"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      const i = info(s.jiyu)
      if (i.scope === "all") continue
      const kind = (s.op === "create" ? s.after : s.before ?? s.after).kind
      if (kind !== i.scope)
        out.push(
          at(JiyuScope, s.path, {
            ...jiyuP(s.jiyu),
            scope: i.scope === "japanese" ? "Japanese residents" : "foreign residents",
            scopeJa: i.scope === "japanese" ? "日本人住民" : "外国人住民"
          })
        )
    }
    return out
  }
})

// =============================================================================================================
// household (世帯)

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
        if (groupOf(item) === "address") out.push(at(HouseholdNoAddressChange, [...s.path.slice(0, 2), "set", item], { ...jiyuP(e.jiyu), item }))
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
  basis: [std("1.1.10", "世帯主未設定を許容する"), BASIS.law7, library("'at most one' is implied by 法7条4号; explicit text UNVERIFIED")],
  title: { ja: "世帯主は一人まで", en: "At most one head" },
  message: { ja: "一つの世帯に世帯主が{count}人います（一人まで、未設定は可）", en: "A household has {count} heads (at most one; none is allowed)" },
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
    const stillHead = isPresent(s.after, ctx.asOf) && s.after.householdNumber === hn && s.after.relationship === "世帯主"
    if (stillHead) continue
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
  basis: [BASIS.law6, std("4.1.4.1"), library("a 世帯 shares one 住所 (reference §4.2); 方書 differences allowed, UNVERIFIED")],
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

// =============================================================================================================
// relationship (続柄)

const relationshipRule = (
  id: string,
  problem: "unknown" | "forbidden" | "chain-length",
  title: { ja: string; en: string },
  message: { ja: string; en: string },
  description: { ja: string; en: string }
): RecordRule => {
  const self: RecordRule = rule({
    id,
    tag: "InvalidComponent",
    severity: "error",
    group: "relationship",
    basis: [std("1.1.11")],
    title,
    message,
    description,
    reads: ["relationship"],
    onRecord: (r, ctx) => {
      if (!isPresent(r, ctx.asOf)) return NONE
      const c = classify(r.relationship)
      if (c.ok || c.problem !== problem) return NONE
      return [at(self, [...ctx.path, "relationship"], c.problem === "chain-length" ? { links: c.links } : {})]
    }
  })
  return self
}

/**
 * 続柄 must be 世帯主, a base term, a chain of base terms, 縁故者 or 同居人.
 *
 * @category rules
 * @since 0.1.0
 */
export const RelationshipVocabulary = relationshipRule(
  "records.relationship.vocabulary",
  "unknown",
  { ja: "続柄の語彙", en: "Relationship vocabulary" },
  { ja: "続柄は標準仕様書1.1.11の語彙で記載してください（長男・長女・養子も「子」）", en: "Write the 続柄 with the vocabulary of 標準仕様書 1.1.11 (長男, 長女 and 養子 are all 子)" },
  {
    ja: "続柄は ①世帯主 ②夫・妻・夫（未届）・妻（未届）・子・子（子の夫）・子（子の妻）・父・母・兄・姉・弟・妹 ③②を「の」で4つまでつないだもの ④縁故者 ⑤同居人 のいずれか。",
    en: "A 続柄 is ① 世帯主, ② 夫, 妻, 夫（未届）, 妻（未届）, 子, 子（子の夫）, 子（子の妻）, 父, 母, 兄, 姉, 弟, 妹, ③ up to four ② joined by の, ④ 縁故者 or ⑤ 同居人."
  }
)

/**
 * 祖父, 祖母, おじ, おば, 甥, 姪, 孫, 家事使用人, 準世帯主 must not be used.
 *
 * @category rules
 * @since 0.1.0
 */
export const RelationshipForbidden = relationshipRule(
  "records.relationship.forbidden-term",
  "forbidden",
  { ja: "使用しない続柄", en: "Forbidden relationship term" },
  { ja: "祖父・祖母・おじ・おば・甥・姪・孫・家事使用人・準世帯主は続柄に使用しません（例: 孫→子の子）", en: "祖父, 祖母, おじ, おば, 甥, 姪, 孫, 家事使用人 and 準世帯主 are not used (e.g. 孫 → 子の子)" },
  {
    ja: "祖父・祖母・おじ（伯父・叔父）・おば（伯母・叔母）・甥・姪・孫・家事使用人・準世帯主は使用しない。",
    en: "祖父, 祖母, おじ (伯父, 叔父), おば (伯母, 叔母), 甥, 姪, 孫, 家事使用人 and 準世帯主 must not be used."
  }
)

/**
 * Chains of five or more links are written 縁故者.
 *
 * @category rules
 * @since 0.1.0
 */
export const RelationshipChainLength = relationshipRule(
  "records.relationship.chain-length",
  "chain-length",
  { ja: "続柄の連結数", en: "Relationship chain length" },
  { ja: "続柄の連結は4つまでです（{links}つ）。縁故者と記載してください", en: "A 続柄 chain has at most 4 links (got {links}): write 縁故者" },
  { ja: "「の」でつなぐのは4つまで（子の子の子の子）。5つ以上は縁故者とする。", en: "At most four links joined by の (子の子の子の子); five or more are written 縁故者." }
)

// =============================================================================================================
// record

/**
 * Items that must not be blank (標準仕様書 1.1.6).
 *
 * @category rules
 * @since 0.1.0
 */
export const RecordRequired = rule({
  id: "records.record.required",
  tag: "RuleViolation",
  severity: "error",
  group: "record",
  basis: [std("1.1.6"), std("1.1.12", "本籍: なし・不明 allowed"), BASIS.law7],
  title: { ja: "必須項目", en: "Required items" },
  message: { ja: "{itemJa}は必須です", en: "{item} is required" },
  description: {
    ja: "空欄不可: 氏名、生年月日、戸籍の表示（本籍・筆頭者。なし・不明可）、住民となった年月日、住所、住所を定めた年月日、住民票コード（除票を除く）、外国人住民となった年月日、国籍・地域、宛名番号、世帯番号、続柄。",
    en: "Never blank: 氏名, 生年月日, 戸籍の表示 (本籍 and 筆頭者; なし / 不明 allowed), 住民となった年月日, 住所, 住所を定めた年月日, 住民票コード (except on a 除票), 外国人住民となった年月日, 国籍・地域, 宛名番号, 世帯番号, 続柄."
  },
  reads: ["atenaNumber", "householdNumber", "relationship", "name", "birthDate", "address", "addressSince", "residentCode", "state", "honseki", "residentSince", "nationality", "foreignResidentSince"],
  onRecord: (r, ctx) => {
    let out: Array<JukiError> | undefined
    const need = (ok: boolean, key: string, item: string, sub?: string): void => {
      if (!ok)
        (out ??= []).push(
          at(RecordRequired, sub === undefined ? [...ctx.path, key] : [...ctx.path, key, sub], { item: sub === undefined ? key : `${key}.${sub}`, itemJa: item })
        )
    }
    need(!blank(r.atenaNumber), "atenaNumber", "宛名番号")
    need(!blank(r.householdNumber), "householdNumber", "世帯番号")
    need(!blank(r.relationship), "relationship", "続柄")
    need(r.kind === "japanese" ? !blank(r.name.kanji) : !blank(r.name.alphabet) || !blank(r.name.kanji), "name", "氏名")
    need(!blank(r.birthDate), "birthDate", "生年月日")
    need(!blank(r.address.municipalityCode), "address", "住所（市町村コード）", "municipalityCode")
    need(!blank(r.address.text), "address", "住所", "text")
    need(!blank(r.addressSince), "addressSince", "住所を定めた年月日")
    if (r.state !== "removed") need(!blank(r.residentCode), "residentCode", "住民票コード")
    if (r.kind === "japanese") {
      if (r.honseki.kind === "registered") {
        need(!blank(r.honseki.place), "honseki", "本籍", "place")
        need(!blank(r.honseki.head), "honseki", "筆頭者", "head")
      }
      need(!blank(r.residentSince), "residentSince", "住民となった年月日")
    } else {
      need(!blank(r.nationality), "nationality", "国籍・地域")
      need(!blank(r.foreignResidentSince), "foreignResidentSince", "外国人住民となった年月日")
    }
    return out ?? NONE
  }
})

// =============================================================================================================
// foreign (外国人住民)

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
  message: { ja: "{kubunJa}の記載事項「{itemJa}」が空欄です", en: "The {kubun} item \"{item}\" is blank" },
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
      if (blank(v)) (out ??= []).push(at(ForeignKubunItems, [...ctx.path, "status", key], { kubun: s.kubun, kubunJa: kubun, item: key, itemJa: item }))
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
      if (r.kind !== "foreign") out.push(at(ForeignTransitionalFiling, ["records", i, "kind"], { problem: "a Japanese resident", problemJa: "日本人住民" }))
      else if (r.status.kubun === "transitional-birth" || r.status.kubun === "transitional-nationality-loss")
        out.push(at(ForeignTransitionalFiling, ["records", i, "status", "kubun"], { problem: "a transitional stay", problemJa: "経過滞在者" }))
    })
    return out
  }
})

// =============================================================================================================
// nationality (国籍取得・帰化・国籍喪失)

const CARRY = ["address", "birthDate", "sex", "relationship", "householdNumber", "addressSince", "residentCode", "myNumber", "previousAddress"] as const
const CARRY_JA: Record<(typeof CARRY)[number], string> = {
  address: "住所（方書）",
  birthDate: "生年月日",
  sex: "性別",
  relationship: "続柄",
  householdNumber: "世帯",
  addressSince: "住所を定めた年月日",
  residentCode: "住民票コード",
  myNumber: "個人番号",
  previousAddress: "転入前住所"
}

/**
 * 国籍取得・帰化 and 国籍喪失 carry the 住所, 生年月日, 性別, 続柄,
 * 住所を定めた年月日, 住民票コード, 宛名番号, 個人番号 and 転入前住所 over to the
 * new 住民票, and set the 住民となった / 外国人住民となった年月日 as the standard
 * says.
 *
 * @category rules
 * @since 0.1.0
 */
export const NationalityCarryOver = rule({
  id: "records.nationality.carry-over",
  tag: "RuleViolation",
  severity: "error",
  group: "nationality",
  basis: [BASIS.order8_2, std("4.5.3"), std("4.5.4"), std("4.5.5")],
  title: { ja: "国籍変更時の引継ぎ", en: "Carry-over on a nationality change" },
  message: { ja: "国籍の取得・喪失では{itemJa}を引き継ぎます", en: "A nationality change carries {item} over" },
  description: {
    ja: "帰化・国籍取得（外国人→日本人）と国籍喪失（日本人→外国人）では住所（方書）・生年月日・性別・続柄・世帯・住所を定めた年月日・住民票コード・宛名番号・個人番号・転入前住所を引き継ぐ。取得では外国人住民となった年月日を住民となった年月日とし、喪失では外国人住民となった年月日＝max(国籍喪失日, 住民となった日)、区分は国籍喪失による経過滞在者。",
    en: "Naturalisation / acquisition (foreign → Japanese) and loss (Japanese → foreign) carry over address (方書), birth date, sex, 続柄, 世帯, 住所を定めた年月日, 住民票コード, 宛名番号, 個人番号 and 転入前住所. On acquisition 住民となった年月日 = the former 外国人住民となった年月日; on loss 外国人住民となった年月日 = max(loss date, 住民となった日) and the category is 国籍喪失による経過滞在者."
  },
  events: ["nationality-change"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "nationality-change" }>
    const old = ctx.registry.persons.get(e.record.atenaNumber)?.record
    if (old === undefined || !isPresent(old, ctx.asOf)) return NONE
    const next = e.record
    const wantOld = e.direction === "acquisition" ? "foreign" : "japanese"
    const wantNew = e.direction === "acquisition" ? "japanese" : "foreign"
    if (old.kind !== wantOld || next.kind !== wantNew) return [at(NationalityCarryOver, ["record", "kind"], { item: "kind", itemJa: "住民種別" })]
    const out: Array<JukiError> = []
    for (const k of CARRY)
      if (!deepEqual((old as Record<string, unknown>)[k], (next as Record<string, unknown>)[k]))
        out.push(at(NationalityCarryOver, ["record", k], { item: k, itemJa: CARRY_JA[k] }))
    if (old.kind === "foreign" && next.kind === "japanese" && next.residentSince !== old.foreignResidentSince)
      out.push(at(NationalityCarryOver, ["record", "residentSince"], { item: "residentSince", itemJa: "住民となった年月日" }))
    if (old.kind === "japanese" && next.kind === "foreign") {
      const expected = isIso(old.residentSince) ? maxDate(e.changeDate, old.residentSince) : e.changeDate
      if (next.foreignResidentSince !== expected)
        out.push(at(NationalityCarryOver, ["record", "foreignResidentSince"], { item: "foreignResidentSince", itemJa: "外国人住民となった年月日" }))
      if (next.status.kubun !== "transitional-nationality-loss")
        out.push(at(NationalityCarryOver, ["record", "status", "kubun"], { item: "status.kubun (transitional-nationality-loss)", itemJa: "区分（国籍喪失による経過滞在者）" }))
    }
    return out
  }
})

// =============================================================================================================
// history

/**
 * History is append-only: every change appends a complete row to the latest
 * one; no row is ever rewritten.
 *
 * @category rules
 * @since 0.1.0
 */
export const HistoryAppendOnly = rule({
  id: "records.history.append-only",
  tag: "RuleViolation",
  severity: "error",
  group: "history",
  basis: [std("1.2.1"), std("4.2.3.3", "誤記修正 keeps the erroneous row"), std("4.6")],
  title: { ja: "履歴の追記のみ", en: "Append-only history" },
  message: { ja: "履歴は追記のみです（{problemJa}）", en: "History is append-only ({problem})" },
  description: {
    ja: "異動ごとに住民票全項目の写しを履歴番号1,2,3…で追加する。最新履歴以外を基にした更新・取消しはエラー。読み込む台帳の履歴は連番で、最新履歴が現在の住民票と一致すること。",
    en: "Every change appends a full copy of the record, numbered 1, 2, 3 …; an update or cancellation prepared against an older row is an error. A loaded registry's history must be numbered without gaps and end with the current record."
  },
  events: ["modify", "cancel"],
  onEvent: (ctx) => {
    const e = ctx.event
    const out: Array<JukiError> = []
    if (e.type === "modify")
      e.changes.forEach((c, i) => {
        const latest = ctx.registry.persons.get(c.atenaNumber)?.historyLength
        if (c.baseHistoryNumber !== undefined && latest !== undefined && c.baseHistoryNumber !== latest)
          out.push(at(HistoryAppendOnly, ["changes", i, "baseHistoryNumber"], { problem: `the latest row is ${latest}`, problemJa: `最新は${latest}` }))
      })
    else if (e.type === "cancel" && e.historyNumbers !== undefined)
      e.atenaNumbers.forEach((a, i) => {
        const latest = ctx.registry.persons.get(a)?.historyLength
        const want = e.historyNumbers?.[i]
        if (want !== undefined && latest !== undefined && want !== latest)
          out.push(at(HistoryAppendOnly, ["historyNumbers", i], { problem: `only the latest row ${latest} can be cancelled`, problemJa: `取消しは最新の履歴${latest}のみ` }))
      })
    return out
  },
  onRegistry: (ctx) => {
    const out: Array<JukiError> = []
    const byAtena = new Map(ctx.records.map((r) => [r.atenaNumber, r]))
    for (const [atena, rows] of Object.entries(ctx.history)) {
      const rec = byAtena.get(atena)
      if (rec === undefined) {
        out.push(at(HistoryAppendOnly, ["history", atena], { problem: "history without a record", problemJa: "住民票のない履歴" }))
        continue
      }
      rows.forEach((row, i) => {
        if (row.historyNumber !== i + 1)
          out.push(at(HistoryAppendOnly, ["history", atena, i, "historyNumber"], { problem: "履歴番号 not consecutive", problemJa: "履歴番号が連番でない" }))
        if (row.snapshot.atenaNumber !== atena)
          out.push(at(HistoryAppendOnly, ["history", atena, i, "snapshot"], { problem: "another 宛名番号", problemJa: "宛名番号が異なる" }))
      })
      const last = rows[rows.length - 1]
      if (last === undefined) out.push(at(HistoryAppendOnly, ["history", atena], { problem: "empty history", problemJa: "履歴が空" }))
      else if (!deepEqual(last.snapshot, rec))
        out.push(at(HistoryAppendOnly, ["history", atena, rows.length - 1], { problem: "the record differs from its latest row", problemJa: "最新履歴と住民票が不一致" }))
    }
    return out
  }
})

// =============================================================================================================
// registry

/**
 * At most one present 住民票 per person (住民票コード, 個人番号, card number).
 *
 * @category rules
 * @since 0.1.0
 */
export const RegistryUniquePerson = rule({
  id: "records.registry.unique-person",
  tag: "RuleViolation",
  severity: "error",
  group: "registry",
  basis: [BASIS.law6, BASIS.seedCsChecks, std("4.0.1")],
  title: { ja: "一人一票", en: "One record per person" },
  message: { ja: "同じ{matchedByJa}の現存する住民票が複数あります", en: "Several present records share one {matchedBy}" },
  description: {
    ja: "一人の者について現存する住民票は一つ。住民票コード・個人番号・在留カード等番号が同じ現存者が複数あればエラー。",
    en: "A person has at most one present record: two present records sharing a 住民票コード, 個人番号 or card number are an error."
  },
  onRegistry: (ctx) => {
    const out: Array<JukiError> = []
    const seen = new Map<string, number>()
    ctx.records.forEach((r, i) => {
      if (r.state === "removed") return
      for (const [p, v, name] of idsOf(r)) {
        const k = `${p}:${v}`
        if (seen.has(k)) out.push(at(RegistryUniquePerson, ["records", i], matched(name)))
        else seen.set(k, i)
      }
    })
    return out
  }
})

/**
 * A registry JSON that does not decode.
 *
 * @category rules
 * @since 0.1.0
 */
export const RegistryMalformed = rule({
  id: "records.registry.malformed",
  tag: "DecodeError",
  severity: "error",
  group: "registry",
  basis: [library("the plain-JSON form documented in Registry")],
  title: { ja: "台帳データの形式", en: "Registry shape" },
  message: { ja: "台帳データの形式が不正です: {detail}", en: "The registry data is malformed: {detail}" },
  description: {
    ja: "Registry.fromJSON が読む平文JSONの形（未知のキーは不可）。",
    en: "The plain-JSON form read by Registry.fromJSON (unknown keys are errors)."
  },
  checkedBy: "Registry.fromJSON"
})

// =============================================================================================================
// event / jiyu parsing rules (checked when decoding)

/**
 * An event that is malformed (see `Event.decode`), or names a person twice.
 *
 * @category rules
 * @since 0.1.0
 */
export const EventMalformed = rule({
  id: "records.event.malformed",
  tag: "DecodeError",
  severity: "error",
  group: "event",
  basis: [library("events are validated on entry")],
  title: { ja: "異動データの形式", en: "Event shape" },
  message: { ja: "異動データの形式が不正です: {detail}", en: "The event is malformed: {detail}" },
  description: {
    ja: "異動データの形（未知のキー不可）。同じ宛名番号を一つの異動に二度含めることも不可。",
    en: "The shape of an event (unknown keys are errors); an event may not name the same person twice."
  },
  checkedBy: "Event.decode",
  onEvent: (ctx) => {
    const e = ctx.event
    const atenas =
      e.type === "create" ? e.records.map((r) => r.atenaNumber) : ctx.targets.map((t) => t.atenaNumber)
    if (new Set(atenas).size !== atenas.length) return [at(EventMalformed, [], { detail: "duplicated 宛名番号" })]
    if ((e.type === "create" && e.records.length === 0) || (e.type === "modify" && e.changes.length === 0) || ((e.type === "remove" || e.type === "cancel") && e.atenaNumbers.length === 0))
      return [at(EventMalformed, [], { detail: "no person" })]
    return NONE
  }
})

const asCatalogue = (r: { id: string; tag: RecordRule["tag"]; severity: RecordRule["severity"]; basis: RecordRule["basis"]; title: RecordRule["title"]; message: RecordRule["message"] }, group: RecordRule["group"], description: RecordRule["description"], checkedBy: string): RecordRule =>
  ({ ...r, group, description, checkedBy }) as RecordRule

/**
 * The 1.2.2 categories are closed: an unknown 異動事由 name is rejected.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuUnknown = asCatalogue(
  Unknown,
  "jiyu",
  { ja: "異動事由は標準仕様書1.2.2の37分類（記載9・消除9・修正19）のいずれか。", en: "A 異動事由 is one of the 37 categories of 標準仕様書 1.2.2 (9 記載, 9 消除, 19 修正)." },
  "Jiyu.fromName, Event.decode"
)

/**
 * 転居取消 is not a category.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuForbidden = asCatalogue(
  Forbidden,
  "jiyu",
  { ja: "転居取消という事由は実装しない。転居は異動の取消し（修正）で取り消す。", en: "There is no 転居取消 category; a 転居 is undone with 異動の取消し（修正）." },
  "Jiyu.fromName, Event.decode"
)

/**
 * Malformed vendor code mapping tables.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuMappingRule = asCatalogue(
  InvalidMapping,
  "jiyu",
  { ja: "ベンダー・CSの異動事由コードとの対応表は、既知の事由への対応のみ・コード重複なし・転居取消なし。", en: "A vendor or CS code mapping maps each code once, onto a known category, never onto 転居取消." },
  "Jiyu.validateMapping"
)

/**
 * Every rule of the records catalogue, in documentation order.
 *
 * @category rules
 * @since 0.1.0
 */
export const catalogue: ReadonlyArray<RecordRule> = [
  CsMoveInResident,
  CsMoveWithinAddressOnly,
  CsItemFormat,
  CsOrder,
  CreateCurrentExists,
  MoveInReentry,
  MoveInPossibleReentry,
  MoveInPreviousAddress,
  SpecialMoveInWindow,
  SpecialMoveInCertificate,
  StateNotCurrent,
  StateRemovedImmutable,
  NoticeTarget,
  NoticeAlreadyConfirmed,
  MoveOutLateFiling,
  MoveOutRemovalDate,
  MoveOutDestination,
  DateNotFuture,
  DateCalendar,
  DateBeforeBirth,
  DeadlineOverdue,
  ModifyAllowedFields,
  HouseholdNoAddressChange,
  HouseholdAtMostOneHead,
  HouseholdHeadLeaves,
  HouseholdSameAddress,
  RelationshipVocabulary,
  RelationshipForbidden,
  RelationshipChainLength,
  RecordRequired,
  ForeignKubunItems,
  ForeignTransitionalFiling,
  NationalityCarryOver,
  HistoryAppendOnly,
  ProvisionalNotRegistered,
  ProvisionalUnknown,
  RegistryUniquePerson,
  RegistryMalformed,
  EventMalformed,
  JiyuScope,
  JiyuUnknown,
  JiyuForbidden,
  JiyuMappingRule
]

const BY_ID: ReadonlyMap<string, RecordRule> = new Map(catalogue.map((r) => [r.id, r]))

/**
 * A rule by id.
 *
 * @category getters
 * @since 0.1.0
 */
export const byId = (id: string): RecordRule | undefined => BY_ID.get(id)
