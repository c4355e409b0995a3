/**
 * The data of the registry as plain, JSON-ready values with effect/Schema
 * codecs: the 住民票 (a discriminated union of Japanese and foreign
 * residents), its history rows, the 世帯, the 本人確認情報 sent to the 市町村CS,
 * the 送付先情報 and the 統合宛名.
 *
 * **When to use**
 *
 * Use the types to write and read records; use the `Schema` values to
 * decode untrusted JSON (`Schema.decodeUnknownResult(ResidentRecord)`).
 * The registry (`Registry.fromJSON`) decodes with these schemas and then runs
 * the record rules, so a decoded record is well-shaped but not necessarily
 * valid: validity is what the rule catalogue decides.
 *
 * **Details**
 *
 * The 151 flat columns of one municipality's 住民基本台帳ファイル (大阪市 評価書
 * 別添2(1)) are grouped into meaningful nested values:
 *
 * | group | 別添2(1) columns | type |
 * |---|---|---|
 * | person | 住民票コード, 個人番号, 生年月日, 性別区分, 続柄コード1–3 | {@link ResidentRecord} fields |
 * | name forms | 氏名_カナ/漢字/英字, 検索用…, 氏名のカタカナ表記, 通称名_… | {@link PersonName}, {@link Alias} |
 * | address | 現住所_自治体/町丁目コード, 番, 号, 枝, 郵便番号, 方書 | {@link Address} |
 * | 住定 | 住定異動日, 住定届出日, 住定事由 | `addressSince`, {@link EntryReason} |
 * | 記載事由 | 記載事由_異動年月日 … 世帯主名 | {@link EntryReason}, {@link PreviousAddress} |
 * | 消除事由 | 消除事由_異動年月日 … 世帯主名 | {@link RemovalReason} |
 * | 転出先 予定/確定 | 消除事由_… (予定), 確定転出先住所_…, 予定転出_確定日 | {@link MoveOut} |
 * | 本籍・筆頭者 | 本籍地_…, 筆頭者_漢字氏名 | {@link Honseki} |
 * | 外国人住民 | 国籍コード, 第30条の45に規定する区分, 在留資格コード, 在留期間等, 満了の日, 在留カード等の番号 | {@link ForeignStatus} |
 * | system | 区コード, 整理番号, 登録状態区分, 版数, 更新番号, 端末ID, 更新ユーザID, 画面・バッチID, 処理ID | {@link SystemFields} |
 *
 * Dates are strings: ISO `YYYY-MM-DD` (西暦) for calendar dates. The fields
 * of 標準仕様書 1.1.8 that also accept non-calendar and 不詳 dates
 * (`birthDate`, `residentSince`, `addressSince`, `foreignResidentSince`,
 * `oldRegistrationDate`) accept what `RegistryDate` of `@juki/core` accepts.
 * Content is checked by the rules (`records.date.calendar`,
 * `records.record.required`, …), not by the schemas.
 *
 * **Example** (A Japanese resident in plain JSON)
 *
 * ```ts
 * import { Models } from "@juki/records"
 * import { Schema, Result } from "effect"
 *
 * const record = {
 *   kind: "japanese",
 *   atenaNumber: "0000000010",
 *   state: "current",
 *   householdNumber: "0000000028",
 *   relationship: "世帯主",
 *   residentCode: "12345678901",
 *   name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
 *   birthDate: "1980-04-01",
 *   sex: "male",
 *   address: { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番1号" },
 *   addressSince: "2020-04-01",
 *   entry: { jiyu: "domestic-move-in", date: "2020-04-01", byAuthority: false },
 *   honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" },
 *   residentSince: "2020-04-01"
 * }
 * Result.isSuccess(Schema.decodeUnknownResult(Models.ResidentRecord)(record)) // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Schema as S } from "effect"
import { ALL as JIYU_IDS } from "../jiyu/index.js"

export { FIELD_GROUPS, type FieldGroup } from "./fields.js"

const Str = S.String
const opt = S.optionalKey

/**
 * A 異動事由 id (see `Jiyu`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const IdouJiyu = S.Literals(JIYU_IDS)

/**
 * 男女の別.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Sex = S.Literals(["male", "female"])

/** @category models @since 0.1.0 */
export type Sex = typeof Sex.Type

/**
 * The state of a 住民票 in the registry: 現存 (`current`), 転出予定 (`leaving`,
 * still a 現存者 until the date) or 除票 (`removed`). 仮登録 rows are not in
 * the registry (see `Registry.pending`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const RecordState = S.Literals(["current", "leaving", "removed"])

/** @category models @since 0.1.0 */
export type RecordState = typeof RecordState.Type

/**
 * 氏名 in its forms. Japanese residents have `kanji` (漢字氏名, 氏 and 名
 * separated by a full-width space) and, from 2025-05-26, `kana` (氏名の振り仮名).
 * Foreign residents have `alphabet` (英字氏名) and/or `kanji`, and
 * `katakana` (氏名のカタカナ表記); 振り仮名 is not recorded for them.
 *
 * @category schemas
 * @since 0.1.0
 */
export const PersonName = S.Struct({
  kanji: opt(Str),
  kana: opt(Str),
  alphabet: opt(Str),
  katakana: opt(Str)
})

/** @category models @since 0.1.0 */
export type PersonName = typeof PersonName.Type

/**
 * 住所: 市町村コード (6-digit 全国地方公共団体コード), 町字 code, 郵便番号, the
 * address text and the 方書 (building and room).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Address = S.Struct({
  municipalityCode: Str,
  townCode: opt(Str),
  postalCode: opt(Str),
  text: Str,
  katagaki: opt(Str)
})

/** @category models @since 0.1.0 */
export type Address = typeof Address.Type

/**
 * 転入前住所 / 従前の住所 / 転出先住所: a domestic address (with its
 * 市町村コード when known), a foreign address (`abroad: true`), the 未届
 * qualifier of 標準仕様書 4.1.1.4 (`unreported`), or "不明".
 *
 * @category schemas
 * @since 0.1.0
 */
export const OtherAddress = S.Struct({
  municipalityCode: opt(Str),
  text: Str,
  abroad: opt(S.Boolean),
  unreported: opt(S.Boolean),
  unknown: opt(S.Boolean)
})

/** @category models @since 0.1.0 */
export type OtherAddress = typeof OtherAddress.Type

/**
 * 転入前住所 (for a 転入) or 従前の住所 (for a 転居), 法7条.
 *
 * @category schemas
 * @since 0.1.0
 */
export const PreviousAddress = OtherAddress

/** @category models @since 0.1.0 */
export type PreviousAddress = OtherAddress

/**
 * 記載事由: the 事由 that created this 住民票, its 異動日, the 届出日 (absent
 * when recorded 職権) and whether it was recorded 職権.
 *
 * @category schemas
 * @since 0.1.0
 */
export const EntryReason = S.Struct({
  jiyu: IdouJiyu,
  date: Str,
  filedOn: opt(Str),
  byAuthority: S.Boolean
})

/** @category models @since 0.1.0 */
export type EntryReason = typeof EntryReason.Type

/**
 * 消除事由: the 事由, 事由の生じた年月日 (for a 転出, the 消除日 = min(予定日,
 * 転入日 of the 転入通知)), the 届出日 and 職権.
 *
 * @category schemas
 * @since 0.1.0
 */
export const RemovalReason = S.Struct({
  jiyu: IdouJiyu,
  date: Str,
  filedOn: opt(Str),
  byAuthority: S.Boolean
})

/** @category models @since 0.1.0 */
export type RemovalReason = typeof RemovalReason.Type

/**
 * 転出先: the planned destination and date from the 転出届 (予定) and, once
 * the 転入通知 of 法9条1項 arrives, the confirmed ones (確定). The 予定 values
 * are never overwritten (標準仕様書 4.1.3.1.1).
 *
 * @category schemas
 * @since 0.1.0
 */
export const MoveOut = S.Struct({
  /** Absent when the person was removed 職権 and a 転入通知 arrived later. */
  planned: opt(S.Struct({ address: OtherAddress, date: Str })),
  confirmed: opt(
    S.Struct({
      address: OtherAddress,
      /** 転出年月日(確定) = the 転入日 in the 転入通知. */
      date: Str,
      /** 転入通知年月日. */
      noticeReceivedOn: Str
    })
  )
})

/** @category models @since 0.1.0 */
export type MoveOut = typeof MoveOut.Type

/**
 * 戸籍の表示: 本籍 and 筆頭者, or the fact that there is no 本籍 (`none`) or it
 * is not known (`unknown`) — "なし"/"不明" are allowed (標準仕様書 1.1.12).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Honseki = S.Union([
  S.Struct({ kind: S.Literal("registered"), place: Str, head: Str }),
  S.Struct({ kind: S.Literal("none") }),
  S.Struct({ kind: S.Literal("unknown") })
])

/** @category models @since 0.1.0 */
export type Honseki = typeof Honseki.Type

/**
 * 旧氏 (and its 振り仮名 from 2025-05-26), recorded on 請求.
 *
 * @category schemas
 * @since 0.1.0
 */
export const FormerSurname = S.Struct({ kanji: Str, kana: opt(Str), requestedOn: opt(Str) })

/** @category models @since 0.1.0 */
export type FormerSurname = typeof FormerSurname.Type

/**
 * 通称 of a foreign resident (令30条の26), with the date and municipality of
 * recording.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Alias = S.Struct({ kanji: Str, kana: opt(Str), recordedOn: opt(Str), recordedBy: opt(Str) })

/** @category models @since 0.1.0 */
export type Alias = typeof Alias.Type

/**
 * The 区分 of 住基法30条の45 and its items (data/gaikokujin_kubun.json):
 *
 * | `kubun` | 区分 | items |
 * |---|---|---|
 * | `mid-to-long-term` | 中長期在留者 | 在留資格, 在留期間, 在留期間の満了の日 (西暦), 在留カードの番号 |
 * | `special-permanent` | 特別永住者 | 特別永住者証明書の番号 |
 * | `temporary-refuge` | 一時庇護許可者 | 上陸期間 |
 * | `provisional-stay` | 仮滞在許可者 | 仮滞在期間 |
 * | `transitional-birth` | 出生による経過滞在者 | — |
 * | `transitional-nationality-loss` | 国籍喪失による経過滞在者 | — |
 *
 * @category schemas
 * @since 0.1.0
 */
export const ForeignStatus = S.Union([
  S.Struct({
    kubun: S.Literal("mid-to-long-term"),
    statusOfResidence: Str,
    periodOfStay: Str,
    expiryDate: Str,
    cardNumber: opt(Str)
  }),
  S.Struct({ kubun: S.Literal("special-permanent"), certificateNumber: Str }),
  S.Struct({ kubun: S.Literal("temporary-refuge"), landingPeriod: Str }),
  S.Struct({ kubun: S.Literal("provisional-stay"), provisionalStayPeriod: Str }),
  S.Struct({ kubun: S.Literal("transitional-birth") }),
  S.Struct({ kubun: S.Literal("transitional-nationality-loss") })
])

/** @category models @since 0.1.0 */
export type ForeignStatus = typeof ForeignStatus.Type

/**
 * The 区分 ids of 住基法30条の45.
 *
 * @category models
 * @since 0.1.0
 */
export type Kubun = ForeignStatus["kubun"]

/**
 * The insurance and allowance items of 法7条 (国民健康保険, 後期高齢者医療,
 * 介護保険, 国民年金, 児童手当), as flags or the 種別 text.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Welfare = S.Struct({
  nationalHealthInsurance: opt(S.Boolean),
  lateStageElderlyMedical: opt(S.Boolean),
  longTermCare: opt(S.Boolean),
  nationalPension: opt(Str),
  childAllowance: opt(S.Boolean)
})

/** @category models @since 0.1.0 */
export type Welfare = typeof Welfare.Type

/**
 * System columns of a vendor layout (別添2(1) 区コード, 整理番号, 出力順位,
 * 端末ID, 更新ユーザID, 画面・バッチID, 処理ID …). Free-form and never checked.
 *
 * @category schemas
 * @since 0.1.0
 */
export const SystemFields = S.Struct({
  wardCode: opt(Str),
  outputOrder: opt(S.Number),
  terminalId: opt(Str),
  userId: opt(Str),
  screenId: opt(Str),
  processId: opt(Str)
})

/** @category models @since 0.1.0 */
export type SystemFields = typeof SystemFields.Type

const inputFields = {
  /** 宛名番号 (M11W2-7 check digit for new numbers, 標準仕様書 1.1.13). The person's key; never changes. */
  atenaNumber: Str,
  /** 世帯番号. */
  householdNumber: Str,
  /** 続柄 (世帯主 for the head), 標準仕様書 1.1.11. */
  relationship: Str,
  /** 住民票コード (11 digits; required except on a 除票). */
  residentCode: opt(Str),
  /** 個人番号. */
  myNumber: opt(Str),
  name: PersonName,
  /** 生年月日 (registry date). */
  birthDate: Str,
  sex: Sex,
  address: Address,
  /** 住所を定めた年月日 (registry date). */
  addressSince: Str,
  /** 転入前住所 / 従前の住所. */
  previousAddress: opt(OtherAddress),
  welfare: opt(Welfare),
  /** 留意事項 and 備考. */
  remarks: opt(Str),
  system: opt(SystemFields)
}

/** Items set by the state machine only. */
const managedFields = {
  state: RecordState,
  entry: EntryReason,
  removal: opt(RemovalReason),
  moveOut: opt(MoveOut)
}

const japaneseFields = {
  honseki: Honseki,
  /** 住民となった年月日 (registry date). */
  residentSince: Str,
  formerSurname: opt(FormerSurname),
  /** 選挙人名簿登録 (法7条; not for foreign residents). */
  voterRegistered: opt(S.Boolean)
}

const foreignFields = {
  /** 国籍・地域. */
  nationality: Str,
  /** 外国人住民となった年月日 = later of becoming a 区分 person and becoming a resident (registry date). */
  foreignResidentSince: Str,
  status: ForeignStatus,
  alias: opt(Alias),
  /** 旧外登法による登録年月日 (registry date; 不詳 allowed). */
  oldRegistrationDate: opt(Str),
  /** 住居地届出の有無 (a 転入/転居 with the card counts as the 入管法 住居地届出). */
  residenceNotified: opt(S.Boolean),
  /** 上陸許可証による転入の旨. */
  landingPermitMoveIn: opt(S.Boolean)
}

/**
 * The 住民票 of a Japanese resident (住民種別 日本人住民).
 *
 * @category schemas
 * @since 0.1.0
 */
export const JapaneseRecord = S.Struct({
  kind: S.Literal("japanese"),
  ...inputFields,
  ...managedFields,
  ...japaneseFields
})

/** @category models @since 0.1.0 */
export type JapaneseRecord = typeof JapaneseRecord.Type

/**
 * The 住民票 of a foreign resident (住民種別 外国人住民, 住基法30条の45): no
 * 戸籍の表示, 住民となった年月日 or 選挙 items; instead 国籍・地域, 外国人住民と
 * なった年月日 and the 区分 with its items.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ForeignRecord = S.Struct({
  kind: S.Literal("foreign"),
  ...inputFields,
  ...managedFields,
  ...foreignFields
})

/** @category models @since 0.1.0 */
export type ForeignRecord = typeof ForeignRecord.Type

/**
 * A 住民票: Japanese or foreign resident, discriminated by `kind`.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ResidentRecord = S.Union([JapaneseRecord, ForeignRecord])

/**
 * A 住民票 (`kind: "japanese" | "foreign"`).
 *
 * @category models
 * @since 0.1.0
 */
export type ResidentRecord = JapaneseRecord | ForeignRecord

/**
 * The items of a new 住民票 as an event supplies them: everything but the
 * items the state machine sets (`state`, `entry`, `removal`, `moveOut`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const RecordInput = S.Union([
  S.Struct({ kind: S.Literal("japanese"), ...inputFields, ...japaneseFields }),
  S.Struct({ kind: S.Literal("foreign"), ...inputFields, ...foreignFields })
])

/** @category models @since 0.1.0 */
export type RecordInput = typeof RecordInput.Type

/**
 * One row of a person's history (標準仕様書 1.2.1): a complete copy of the
 * 住民票 after the change plus the change's metadata, keyed by (宛名番号,
 * 履歴番号 = 1, 2, 3 …). Rows are only ever appended.
 *
 * @category schemas
 * @since 0.1.0
 */
export const HistoryRow = S.Struct({
  historyNumber: S.Number,
  jiyu: IdouJiyu,
  /** 異動日. */
  changeDate: Str,
  /** 処理日 (system date). */
  processedOn: Str,
  /** 届出日 (令11条 届出 only). */
  filedOn: opt(Str),
  /** 申出日. */
  appliedOn: opt(Str),
  /** 通知日 (戸籍 notices, 法9条 notices, 入管 notices). */
  noticeOn: opt(Str),
  /** 請求日. */
  requestedOn: opt(Str),
  byAuthority: S.Boolean,
  /** 入力場所. */
  inputPlace: opt(Str),
  /** 入力端末. */
  inputTerminal: opt(Str),
  /** 留意事項. */
  remarks: opt(Str),
  /** Alert rule ids the operator confirmed for this change. */
  acknowledged: opt(S.Array(Str)),
  /** Set on the row that records a received 転入通知 (法9条1項); its `jiyu` is the 消除事由. */
  operation: opt(S.Literals(["transfer-in-notice"])),
  snapshot: ResidentRecord
})

/** @category models @since 0.1.0 */
export type HistoryRow = typeof HistoryRow.Type

/**
 * A 世帯: its number and its members in 記載順位 order. The 世帯主 is the
 * member whose 続柄 is 世帯主 (there may be none: 標準仕様書 1.1.10).
 * Household-level data (address, 世帯主) is held on each member's 住民票.
 *
 * @category models
 * @since 0.1.0
 */
export interface Household {
  readonly householdNumber: string
  /** 宛名番号 of the 現存 members (current and leaving). */
  readonly members: ReadonlyArray<string>
}

/**
 * 本人確認情報 as kept by the 市町村CS (大阪市 評価書 別添2(2)). Items 26–36
 * (依頼管理番号, 操作者ID, flags, タイムスタンプ) belong to the CS itself and
 * are optional here.
 *
 * @category schemas
 * @since 0.1.0
 */
export const IdentityInfo = S.Struct({
  residentCode: Str,
  nameKanji: Str,
  /** 外字数(氏名). */
  nameGaiji: S.Number,
  /** ふりがな氏名. */
  nameKana: opt(Str),
  /** 清音化かな氏名 (search key). */
  nameSeion: opt(Str),
  birthDate: Str,
  sex: Sex,
  municipalityCode: Str,
  /** 大字・字コード. */
  townCode: opt(Str),
  postalCode: opt(Str),
  address: Str,
  addressGaiji: S.Number,
  myNumber: opt(Str),
  /** 住民となった日 (外国人住民となった日 for foreign residents). */
  residentSince: Str,
  addressSince: Str,
  filedOn: opt(Str),
  previousMunicipalityCode: opt(Str),
  previousAddress: opt(Str),
  previousAddressGaiji: opt(S.Number),
  relationship: Str,
  jiyu: IdouJiyu,
  changeDate: Str,
  /** 異動事由詳細 (free text / vendor detail). */
  jiyuDetail: opt(Str),
  oldResidentCode: opt(Str),
  residentCodeUsedSince: opt(Str),
  /**
   * The registry's sequence number of this update: it orders every effect of
   * the registry (CS updates, 転入通知, 入管 notices), so the CS messages are
   * sent in 異動 order. The CS assigns its own 更新順番号 on receipt.
   */
  updateSequence: S.Number,
  /** 予定者フラグ: a 転出予定 not yet reached. */
  scheduled: S.Boolean,
  /** 消除 (the 本人確認情報 of a 除票). */
  removed: S.Boolean,
  formerSurname: opt(S.Struct({ kanji: Str, gaiji: S.Number, kana: opt(Str) })),
  operatorId: opt(Str),
  terminalId: opt(Str),
  timestamp: opt(Str)
})

/** @category models @since 0.1.0 */
export type IdentityInfo = typeof IdentityInfo.Type

const Place = S.Struct({
  name: opt(Str),
  nameGaiji: opt(S.Number),
  postalCode: opt(Str),
  address: opt(Str),
  addressGaiji: opt(S.Number),
  phone: opt(Str)
})

/**
 * 送付先情報 (別添2(3)): where the 個人番号通知書 and the card go, sent to the
 * 機構 and to be deleted promptly once sent (評価書 §II, practice). The
 * `_項目長` columns are the byte lengths of the text items and are derived,
 * not stored.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DeliveryInfo = S.Struct({
  managementNumber: Str,
  destination: S.Struct({
    name: Str,
    nameGaiji: opt(S.Number),
    postalCode: opt(Str),
    address: Str,
    addressGaiji: opt(S.Number)
  }),
  municipality: S.Struct({
    code: Str,
    name: Str,
    postalCode: opt(Str),
    address: opt(Str),
    addressGaiji: opt(S.Number),
    phone: opt(Str)
  }),
  issuePlace: opt(Place),
  cardDestination: opt(Place),
  personCount: opt(S.Number),
  processedOn: Str,
  operatorId: opt(Str),
  terminalId: opt(Str),
  printType: opt(Str),
  person: S.Struct({
    residentCode: Str,
    name: Str,
    nameGaiji: opt(S.Number),
    kana: opt(Str),
    postalCode: opt(Str),
    address: Str,
    addressGaiji: opt(S.Number),
    birthDate: Str,
    sex: Sex,
    myNumber: Str,
    kubun: opt(Str),
    expiryDate: opt(Str)
  }),
  substitute: opt(
    S.Struct({
      result: opt(Str),
      name: opt(Str),
      address: opt(Str),
      namePositions: opt(Str),
      addressPositions: opt(Str)
    })
  ),
  gaijiFlag: opt(S.Boolean),
  gaijiPattern: opt(Str),
  formerSurname: opt(S.Struct({ kanji: Str, gaiji: opt(S.Number), kana: opt(Str), gaijiSequence: opt(S.Number) })),
  romaji: opt(S.Struct({ name: opt(Str), formerSurname: opt(Str) }))
})

/** @category models @since 0.1.0 */
export type DeliveryInfo = typeof DeliveryInfo.Type

/**
 * 団体内統合宛名 of the 統合基盤システム (評価書 別添2 <統合基盤システム>): the
 * link between a 個人番号, the 統合宛名番号 and each business system's own
 * 宛名番号, with the 4情報.
 *
 * @category schemas
 * @since 0.1.0
 */
export const IntegratedAtena = S.Struct({
  myNumber: opt(Str),
  integratedAtenaNumber: Str,
  nameKanji: Str,
  nameKana: opt(Str),
  address: Str,
  birthDate: Str,
  sex: Sex,
  businessAtenaNumber: Str,
  jiyu: opt(IdouJiyu),
  identifiers: opt(S.Array(Str)),
  registeredAt: opt(Str),
  updatedAt: opt(Str)
})

/** @category models @since 0.1.0 */
export type IntegratedAtena = typeof IntegratedAtena.Type

/**
 * 転出証明書情報 received through the CS for a 特例転入 (法24条の2). Kept until
 * the 転入 or until erased 30 days after the 転出予定年月日 (評価書 別添1
 * 3-③; UNVERIFIED as law).
 *
 * @category schemas
 * @since 0.1.0
 */
export const MoveOutCertificate = S.Struct({
  residentCode: Str,
  fromMunicipality: Str,
  plannedDate: Str,
  plannedAddress: OtherAddress,
  receivedOn: Str,
  /** The filer held a 個人番号カード (法24条の2第1項) or moved with a card-holding 世帯主 (第2項). */
  cardHolder: S.Literals(["self", "head"])
})

/** @category models @since 0.1.0 */
export type MoveOutCertificate = typeof MoveOutCertificate.Type

/**
 * The 30条の45 区分 of a record, or `undefined` for a Japanese resident.
 *
 * @category getters
 * @since 0.1.0
 */
export const kubunOf = (r: ResidentRecord): Kubun | undefined => (r.kind === "foreign" ? r.status.kubun : undefined)

/**
 * The 在留カード番号 / 特別永住者証明書番号 of a foreign resident.
 *
 * @category getters
 * @since 0.1.0
 */
export const cardNumberOf = (r: ResidentRecord): string | undefined => {
  if (r.kind !== "foreign") return undefined
  const s = r.status
  return s.kubun === "mid-to-long-term"
    ? s.cardNumber
    : s.kubun === "special-permanent"
      ? s.certificateNumber
      : undefined
}
