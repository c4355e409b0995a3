/**
 * The effects of an accepted change: the 本人確認情報 for the 市町村CS, the
 * 転入通知, the 市町村通知 to 出入国在留管理庁, the 世帯主 candidate, and what a
 * 異動 sends onward (./onward.ts): the 戸籍の附票 記載事項通知 to the 本籍地,
 * the 統合宛名 update and the 送付先情報 due to the 機構.
 *
 * @since 0.1.0
 * @module
 */
import { Schema as S } from "effect"
import { identityInfo } from "../derive/index.js"
import type { IdouJiyu } from "../jiyu/index.js"
import {
  IdouJiyu as IdouJiyuSchema,
  RecordState,
  Sex,
  type IdentityInfo,
  type ResidentRecord
} from "../models/index.js"

/**
 * The 本人確認情報 update for the 市町村CS. `identity` (the 本人確認情報 with
 * 外字数 and 清音化かな氏名) is derived from the recorded 住民票 on first read
 * and then kept; `JSON.stringify` includes it.
 *
 * @category models
 * @since 0.1.0
 */
export interface CsUpdate {
  readonly type: "cs-update"
  /** 更新順番号: strictly increasing across the registry's effects. */
  readonly sequence: number
  readonly atenaNumber: string
  readonly jiyu: IdouJiyu
  readonly changeDate: string
  readonly identity: IdentityInfo
}

/** @internal A {@link CsUpdate} whose 本人確認情報 is derived on first read. */
export class CsUpdateEffect implements CsUpdate {
  readonly type = "cs-update" as const
  #identity: IdentityInfo | undefined
  readonly #record: ResidentRecord
  readonly #filedOn: string | undefined
  readonly #oldResidentCode: string | undefined
  constructor(
    readonly sequence: number,
    readonly atenaNumber: string,
    readonly jiyu: IdouJiyu,
    readonly changeDate: string,
    record: ResidentRecord,
    filedOn: string | undefined,
    oldResidentCode: string | undefined
  ) {
    this.#record = record
    this.#filedOn = filedOn
    this.#oldResidentCode = oldResidentCode
  }
  get identity(): IdentityInfo {
    if (this.#identity === undefined) {
      const record = this.#record
      const filedOn = this.#filedOn
      const oldResidentCode = this.#oldResidentCode
      this.#identity = identityInfo(record, {
        jiyu: this.jiyu,
        changeDate: this.changeDate,
        updateSequence: this.sequence,
        ...(filedOn === undefined ? {} : { filedOn }),
        ...(oldResidentCode === undefined ? {} : { oldResidentCode })
      })
    }
    return this.#identity
  }
  toJSON(): CsUpdate {
    return {
      type: this.type,
      sequence: this.sequence,
      atenaNumber: this.atenaNumber,
      jiyu: this.jiyu,
      changeDate: this.changeDate,
      identity: this.identity
    }
  }
}

/**
 * The 転入通知 to the former municipality (法9条1項).
 *
 * @category models
 * @since 0.1.0
 */
export interface TransferInNoticeOut {
  readonly type: "transfer-in-notice"
  readonly sequence: number
  readonly atenaNumber: string
  /** 市町村コード of the former municipality. */
  readonly toMunicipality: string
  /** 転入日. */
  readonly moveInDate: string
}

/**
 * The 市町村通知 to 出入国在留管理庁 (入管法61条の8の2).
 *
 * @category models
 * @since 0.1.0
 */
export interface ImmigrationNotice {
  readonly type: "immigration-notice"
  readonly sequence: number
  readonly atenaNumber: string
  readonly jiyu: IdouJiyu
  readonly changeDate: string
  /** The day to send: the 処理日, or the 転出予定年月日 for a 転出予定. */
  readonly sendOn: string
}

/**
 * The member who remains alone after the 世帯主 left: the candidate for a
 * 職権 世帯主 (標準仕様書 4.0.4). Advice, not a message.
 *
 * @category models
 * @since 0.1.0
 */
export interface HeadCandidate {
  readonly type: "head-candidate"
  readonly sequence: number
  readonly householdNumber: string
  readonly atenaNumber: string
}

/**
 * An effect of a change.
 *
 * @category models
 * @since 0.1.0
 */
export type Effect =
  | CsUpdate
  | TransferInNoticeOut
  | ImmigrationNotice
  | HeadCandidate
  | KosekiFuhyoNotice
  | AtenaUpdate
  | DeliveryInfoDue

const Str = S.String
const opt = S.optionalKey

/**
 * The 戸籍の附票 記載事項通知 to the 本籍地 (住基法19条1項): the items of the
 * 附票 (住基法17条: 氏名, 住所, 住所を定めた年月日, 出生の年月日, 男女の別,
 * 住民票コード) as the 住民票 holds them after the change, and the 戸籍の表示
 * that routes it to the 本籍地. Never a 個人番号 (the 附票 has none).
 *
 * @category schemas
 * @since 0.1.0
 */
export const KosekiFuhyoNotice = S.Struct({
  type: S.Literal("koseki-fuhyo-notice"),
  sequence: S.Number,
  atenaNumber: Str,
  jiyu: IdouJiyuSchema,
  changeDate: Str,
  /** 戸籍の表示 (本籍, 筆頭者): where the notice goes. */
  honseki: S.Struct({ place: Str, head: Str }),
  items: S.Struct({
    name: Str,
    /** 住所 followed by the 方書. */
    address: Str,
    addressSince: Str,
    birthDate: Str,
    sex: Sex,
    residentCode: opt(Str),
    /** `removed` for a 消除 (職権消除, 国外転出), `leaving` for a 国外転出 not yet reached. */
    state: RecordState
  })
})

/** @category models @since 0.1.0 */
export type KosekiFuhyoNotice = typeof KosekiFuhyoNotice.Type

/**
 * The 統合宛名 update for the 統合基盤 (評価書 別添2 <統合基盤システム> items
 * 1, 3–9; 別添1 9-①): the 宛名 items after the change, sent whenever one of
 * them changes. `atenaNumber` is the 業務システム固有宛名番号 (item 8); the
 * 統合宛名番号 (item 2) is the 統合基盤's own and not known to juki.
 *
 * @category schemas
 * @since 0.1.0
 */
export const AtenaUpdate = S.Struct({
  type: S.Literal("atena-update"),
  sequence: S.Number,
  atenaNumber: Str,
  /** 異動事由 (item 9). */
  jiyu: IdouJiyuSchema,
  changeDate: Str,
  items: S.Struct({
    myNumber: opt(Str),
    nameKanji: Str,
    nameKana: opt(Str),
    address: Str,
    birthDate: Str,
    sex: Sex,
    /** 住民 (current, leaving) or 除票 (removed). */
    state: RecordState
  })
})

/** @category models @since 0.1.0 */
export type AtenaUpdate = typeof AtenaUpdate.Type

/**
 * 送付先情報 due to the 機構 (番号法7条1項・2項; 評価書 §II 送付先情報ファイル
 * ③ "新たに個人番号の通知対象者が生じた都度"): a 個人番号 was designated
 * (`designated`) or changed (`changed`). `person` holds the 別添2(3) person
 * items 38–52 as recorded after the change; `Derive.deliveryInfo` completes
 * the 送付先情報 with the municipality's items and the 代替文字.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DeliveryInfoDue = S.Struct({
  type: S.Literal("delivery-info-due"),
  sequence: S.Number,
  atenaNumber: Str,
  jiyu: IdouJiyuSchema,
  changeDate: Str,
  reason: S.Literals(["designated", "changed"]),
  person: S.Struct({
    residentCode: Str,
    name: Str,
    kana: opt(Str),
    postalCode: opt(Str),
    address: Str,
    birthDate: Str,
    sex: Sex,
    myNumber: Str,
    kubun: opt(Str),
    expiryDate: opt(Str),
    formerSurname: opt(S.Struct({ kanji: Str, kana: opt(Str) }))
  })
})

/** @category models @since 0.1.0 */
export type DeliveryInfoDue = typeof DeliveryInfoDue.Type

/**
 * An onward effect (./onward.ts).
 *
 * @category models
 * @since 0.1.0
 */
export type OnwardEffect = KosekiFuhyoNotice | AtenaUpdate | DeliveryInfoDue
