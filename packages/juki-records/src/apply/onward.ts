/**
 * What a 異動 sends onward, besides the 本人確認情報 to the CS, the 転入通知 and
 * the 市町村通知: the 戸籍の附票 記載事項通知 to the 本籍地, the 統合宛名
 * update for the 統合基盤 and the 送付先情報 due to the 機構. One rule per
 * effect, as data ({@link ONWARD_EFFECTS}); `apply` emits them per person in
 * 異動 order, after that person's `cs-update`, `transfer-in-notice` and
 * `immigration-notice`.
 *
 * **Details**
 *
 * | effect | emitted when (per person and step) | recipient | 個人番号 |
 * |---|---|---|---|
 * | `koseki-fuhyo-notice` | a Japanese resident with a 本籍 (`honseki.kind: "registered"`) is 記載 or 消除, or a 附票 item (氏名, 住所 with 方書, 住所を定めた年月日, 生年月日, 性別, 住民票コード, state) changes; not for 国内転出, 死亡, 国籍喪失 and 改製・再製 | 本籍地 市町村長 | never |
 * | `atena-update` | a 宛名 item (個人番号, 漢字氏名, カナ氏名, 住所 with 方書, 生年月日, 性別, state) differs from before, or the person is new | 統合基盤 | yes |
 * | `delivery-info-due` | a 出生 記載 carries a 個人番号, or a 修正 (not a 取消し) gives the person a 個人番号 they did not have (`designated`) or another one (`changed`) | 機構 (個人番号カード管理システム) | yes |
 *
 * **Gotchas**
 *
 * - The exclusions of the 附票 notice are juki's reading (UNVERIFIED): after
 *   a 国内転出 the new 住所地 notifies the 本籍地 when it records the 転入;
 *   死亡 and 国籍喪失 reach the 附票 through the 戸籍 itself; 改製・再製
 *   change no 附票 item. A 転籍 (new 本籍) alone sends nothing: the 本籍地
 *   made the change.
 * - A 記載 without a 個人番号 sends no `delivery-info-due`: the 個人番号 is
 *   designated after the CS update (番号法8条), and the 修正 that records it
 *   emits the effect.
 *
 * @since 0.1.0
 * @module
 */
import type { LegalBasis } from "@juki/core"
import { deliveryPersonOf } from "../derive/delivery.js"
import { fullAddress } from "../derive/index.js"
import type { Event } from "../events/index.js"
import type { IdouJiyu } from "../jiyu/index.js"
import type { ResidentRecord } from "../models/index.js"
import type { Step } from "../rules/types.js"
import { sameAtenaItems, sameFuhyoItems } from "./onward-items.js"
import type { AtenaUpdate, DeliveryInfoDue, KosekiFuhyoNotice, OnwardEffect } from "./effects.js"

const SEED = "大阪市 住民基本台帳事務 特定個人情報保護評価書 (the seed)"

const basis = {
  law17: { kind: "law", cite: "住民基本台帳法 第17条", verified: true, note: "附票の記載事項" },
  law19: { kind: "law", cite: "住民基本台帳法 第19条第1項", verified: true },
  fuhyoExclusions: {
    kind: "library",
    cite: "juki",
    verified: false,
    note: "国内転出・死亡・国籍喪失・改製・再製 send no 附票 notice from this municipality (reading of 19条; UNVERIFIED)"
  },
  seedAtena: { kind: "seed-practice", cite: `${SEED} 別添2 <統合基盤システム> 1–15; 別添1 9-①`, verified: true },
  seedAtenaTiming: {
    kind: "seed-practice",
    cite: `${SEED} §III 住民基本台帳ファイル 統合基盤システムにおける措置`,
    verified: true,
    note: "統合宛名に係る住民の4情報は住基等システムから情報を提供し、最新の状態を維持する"
  },
  mynumber7: { kind: "law", cite: "番号法 第7条第1項・第2項", verified: true },
  mynumber8: { kind: "law", cite: "番号法 第8条", verified: true, note: "個人番号とすべき番号の生成 (機構)" },
  seedDelivery: {
    kind: "seed-practice",
    cite: `${SEED} §II 送付先情報ファイル ③⑦; 別添2(3)`,
    verified: true,
    note: "新たに個人番号の通知対象者が生じた都度"
  }
} satisfies Record<string, LegalBasis>

/**
 * One onward effect: when it is emitted, what it carries, to whom, and why.
 *
 * @category models
 * @since 0.1.0
 */
export interface OnwardEffectInfo {
  readonly type: OnwardEffect["type"]
  readonly name: { readonly ja: string; readonly en: string }
  readonly recipient: { readonly ja: string; readonly en: string }
  readonly when: { readonly ja: string; readonly en: string }
  /** The items the effect may carry (top-level keys of `items` / `person`). */
  readonly items: ReadonlyArray<string>
  /** Whether the recipient may receive the 個人番号. */
  readonly myNumber: boolean
  readonly basis: ReadonlyArray<LegalBasis>
}

/**
 * The onward effects as data: docs/lifecycle.md is generated from it, and
 * the model-based tests check `apply` against its rules.
 *
 * @category constants
 * @since 0.1.0
 */
export const ONWARD_EFFECTS: ReadonlyArray<OnwardEffectInfo> = [
  {
    type: "koseki-fuhyo-notice",
    name: { ja: "戸籍の附票記載事項通知", en: "Notice to the 戸籍の附票" },
    recipient: { ja: "本籍地の市町村長", en: "the mayor of the 本籍地" },
    when: {
      ja: "本籍のある日本人住民の記載・消除、または附票の記載事項（氏名・住所・住所を定めた年月日・生年月日・性別・住民票コード）の修正。国内転出・死亡・国籍喪失・改製・再製を除く",
      en: "記載 or 消除 of a Japanese resident with a 本籍, or a change of a 附票 item (氏名, 住所, 住所を定めた年月日, 生年月日, 性別, 住民票コード); not for 国内転出, 死亡, 国籍喪失, 改製・再製"
    },
    items: ["name", "address", "addressSince", "birthDate", "sex", "residentCode", "state"],
    myNumber: false,
    basis: [basis.law19, basis.law17, basis.fuhyoExclusions]
  },
  {
    type: "atena-update",
    name: { ja: "統合宛名の更新", en: "統合宛名 update" },
    recipient: { ja: "統合基盤（団体内統合宛名システム）", en: "the 統合基盤 (団体内統合宛名)" },
    when: {
      ja: "宛名項目（個人番号・漢字氏名・カナ氏名・住所・生年月日・性別・住民／除票の別）のいずれかが変わったとき、または新たな記載",
      en: "any 宛名 item (個人番号, 漢字氏名, カナ氏名, 住所, 生年月日, 性別, current/removed) changes, or a new person is recorded"
    },
    items: ["myNumber", "nameKanji", "nameKana", "address", "birthDate", "sex", "state"],
    myNumber: true,
    basis: [basis.seedAtena, basis.seedAtenaTiming]
  },
  {
    type: "delivery-info-due",
    name: { ja: "送付先情報の作成", en: "送付先情報 due" },
    recipient: {
      ja: "地方公共団体情報システム機構（個人番号カード管理システム）",
      en: "J-LIS (個人番号カード管理システム)"
    },
    when: {
      ja: "個人番号の指定（出生の記載に個人番号があるとき、個人番号のない者に個人番号を記載する修正）または変更（取消しを除く）",
      en: "a 個人番号 is designated (a 出生 記載 with a 個人番号, a 修正 giving a person without one a 個人番号) or changed (not by a 取消し)"
    },
    items: [
      "residentCode",
      "name",
      "kana",
      "postalCode",
      "address",
      "birthDate",
      "sex",
      "myNumber",
      "kubun",
      "expiryDate",
      "formerSurname"
    ],
    myNumber: true,
    basis: [basis.mynumber7, basis.mynumber8, basis.seedDelivery]
  }
]

/** 附票 notices are sent by the 本籍地 or the new 住所地 for these (see the module Gotchas). */
const FUHYO_QUIET: ReadonlySet<IdouJiyu> = new Set<IdouJiyu>([
  "domestic-move-out",
  "death",
  "authority-removal-nationality-loss",
  "reissue-removal",
  "remake-removal",
  "reissue-entry",
  "remake-entry"
])

const CANCEL: ReadonlySet<IdouJiyu> = new Set<IdouJiyu>(["cancel-increase", "cancel-decrease", "cancel-modification"])

type Honseki = { readonly place: string; readonly head: string }

const registeredHonseki = (r: ResidentRecord): Honseki | undefined =>
  r.kind === "japanese" && r.honseki.kind === "registered"
    ? { place: r.honseki.place, head: r.honseki.head }
    : undefined

/**
 * The 附票 items of a 住民票 (住基法17条 2–7号, with the state for 消除).
 *
 * @category getters
 * @since 0.1.0
 */
export const fuhyoItems = (r: ResidentRecord): KosekiFuhyoNotice["items"] => ({
  name: r.name.kanji ?? "",
  address: fullAddress(r),
  addressSince: r.addressSince,
  birthDate: r.birthDate,
  sex: r.sex,
  ...(r.residentCode === undefined ? {} : { residentCode: r.residentCode }),
  state: r.state
})

/**
 * The 統合宛名 items of a 住民票.
 *
 * @category getters
 * @since 0.1.0
 */
export const atenaItems = (r: ResidentRecord): AtenaUpdate["items"] => {
  const kana = r.kind === "japanese" ? r.name.kana : (r.name.katakana ?? r.name.kana)
  return {
    ...(r.myNumber === undefined ? {} : { myNumber: r.myNumber }),
    nameKanji: r.name.kanji ?? r.name.alphabet ?? "",
    ...(kana === undefined ? {} : { nameKana: kana }),
    address: fullAddress(r),
    birthDate: r.birthDate,
    sex: r.sex,
    state: r.state
  }
}

/**
 * The 送付先情報 person items (別添2(3) 38–52) of a 住民票 with a 個人番号.
 *
 * @category getters
 * @since 0.1.0
 */
export const deliveryPerson = (r: ResidentRecord & { readonly myNumber: string }): DeliveryInfoDue["person"] =>
  deliveryPersonOf(r)

/** Whether a step sends the 附票 notice. */
const fuhyoDue = (s: Step): Honseki | undefined => {
  if (s.op === "notice" || FUHYO_QUIET.has(s.jiyu)) return undefined
  const h = registeredHonseki(s.after)
  // Without a 本籍 after the step, h is undefined and every branch below answers it.
  if (s.before === undefined || registeredHonseki(s.before) === undefined) return h
  return sameFuhyoItems(s.before, s.after) ? undefined : h
}

/** Whether a step sends a 統合宛名 update. */
const atenaDue = (s: Step): boolean => s.before === undefined || !sameAtenaItems(s.before, s.after)

/** Why a step sends the 送付先情報, if it does. */
const deliveryDue = (s: Step): DeliveryInfoDue["reason"] | undefined => {
  const n = s.after.myNumber
  if (n === undefined || n === "") return undefined
  if (s.op === "create") return s.jiyu === "birth" ? "designated" : undefined
  if (s.op !== "modify" || CANCEL.has(s.jiyu)) return undefined
  // Stryker disable next-line OptionalChaining: a 修正 always has the record it changes
  const b = s.before?.myNumber
  return b === undefined || b === "" ? "designated" : b !== n ? "changed" : undefined
}

/**
 * The onward effects of one step, in order, without their `sequence` (the
 * caller numbers them).
 *
 * @category constructors
 * @since 0.1.0
 */
export const onwardEffects = (
  s: Step,
  event: Pick<Event, "changeDate">
): ReadonlyArray<DistributiveOmit<OnwardEffect, "sequence">> => {
  const out: Array<DistributiveOmit<OnwardEffect, "sequence">> = []
  const base = { atenaNumber: s.atenaNumber, jiyu: s.jiyu, changeDate: event.changeDate }
  const h = fuhyoDue(s)
  if (h !== undefined) out.push({ type: "koseki-fuhyo-notice", ...base, honseki: h, items: fuhyoItems(s.after) })
  if (atenaDue(s)) out.push({ type: "atena-update", ...base, items: atenaItems(s.after) })
  const reason = deliveryDue(s)
  if (reason !== undefined)
    out.push({
      type: "delivery-info-due",
      ...base,
      reason,
      person: deliveryPerson(s.after as ResidentRecord & { readonly myNumber: string })
    })
  return out
}

/** `Omit` over each member of a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
