/**
 * The `records.cs.*` rules: 市町村CS logic and format checks: 転入 for a current resident, 転居 changing more than the address (評価書 III), identifier formats, chronological order.
 *
 * Examples: `cs.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/cs.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, library, std } from "../basis.js"
import type { Event } from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { checkItemFormats } from "./internal/formats.js"
import { changedItems, groupOf, isIso, MOVE_IN_JIYU, presentMatch } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at, matched } from "./internal/define.js"

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
  basis: [
    BASIS.seedCsChecks,
    BASIS.law23,
    std("4.1.2"),
    std("4.0.2", "a 転居 may join or create a 世帯 at the new address")
  ],
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
  basis: [
    std("7.1.1.1", "異動の時系列を保持して送信"),
    std("4.5.7"),
    library("a back-dated 異動 is flagged; effects still carry increasing 更新順番号")
  ],
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
