/**
 * The effects of an accepted change: the 本人確認情報 for the 市町村CS, the
 * 転入通知, the 市町村通知 to 出入国在留管理庁 and the 世帯主 candidate.
 *
 * @since 0.1.0
 * @module
 */
import { identityInfo } from "../derive/index.js"
import type { IdouJiyu } from "../jiyu/index.js"
import type { IdentityInfo, ResidentRecord } from "../models/index.js"

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
export type Effect = CsUpdate | TransferInNoticeOut | ImmigrationNotice | HeadCandidate
