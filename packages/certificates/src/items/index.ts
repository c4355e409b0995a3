/**
 * The items a certificate of the resident registry can print, in the order the
 * standard forms print them, with the provision that makes each one optional.
 *
 * **When to use**
 *
 * Read {@link items} to render a table of what a 住民票の写し shows, or
 * {@link optionalItems} to list what a request may ask for explicitly.
 *
 * **Details**
 *
 * - Base items (氏名, 生年月日, 男女の別, 住所, 住所を定めた年月日, 住民となった年月日 /
 *   外国人住民となった年月日, 国籍・地域 for a 外国人住民) are always printed.
 * - Optional items are 省略 unless the request asks for them (住基法12条5項 and the
 *   corresponding provisions: 「特別の請求がない限り…省略」): 世帯主の氏名及び続柄 (7条4号),
 *   本籍・筆頭者 (7条5号), 個人番号 (7条8号の2), 住民票コード (7条13号), 旧氏, 通称,
 *   and the 30条の45 items of a 外国人住民 (在留資格, 在留期間, 満了日, 在留カード等番号,
 *   区分).
 * - History items (届出日・従前の住所, 異動履歴) follow the request's `history`.
 *
 * **Gotchas**
 *
 * Whether 旧氏, 通称 and each 30条の45 item may be left out by default was not
 * read in the primary text (the 読替 of 30条の51 and the 政令 items of 7条14号):
 * their basis carries `verified: false`. Leaving them out is the protective
 * default; a request that asks for them gets them.
 *
 * @since 0.1.0
 * @module
 */
import type { Bilingual, LegalBasis } from "@juki/core"

/**
 * An item a request may ask for explicitly.
 *
 * @category models
 * @since 0.1.0
 */
export type OptionalItem =
  | "head-and-relationship"
  | "honseki"
  | "my-number"
  | "resident-code"
  | "former-surname"
  | "alias"
  | "status-of-residence"
  | "period-of-stay"
  | "expiry-date"
  | "card-number"
  | "kubun"

/**
 * Every item id, in the order the standard forms print them.
 *
 * @category models
 * @since 0.1.0
 */
export type ItemId =
  | "name"
  | "former-surname"
  | "alias"
  | "birth-date"
  | "sex"
  | "head-and-relationship"
  | "resident-since"
  | "address"
  | "address-since"
  | "filed-on-and-previous-address"
  | "history"
  | "honseki"
  | "nationality"
  | "kubun"
  | "status-of-residence"
  | "period-of-stay"
  | "expiry-date"
  | "card-number"
  | "my-number"
  | "resident-code"
  | "entry-reason"
  | "removal"

/**
 * What an item is: its label, whether it is optional, whom it applies to and
 * the provision behind it.
 *
 * @category models
 * @since 0.1.0
 */
export interface ItemInfo {
  readonly id: ItemId
  readonly label: Bilingual
  /** `base`: always printed; `optional`: 省略 unless asked; `history`: by the request's `history`; `removal`: 除票 only. */
  readonly role: "base" | "optional" | "history" | "removal"
  /** Which residents the item exists for. */
  readonly appliesTo: "all" | "japanese" | "foreign"
  readonly basis: ReadonlyArray<LegalBasis>
}

const law = (cite: string): LegalBasis => ({ kind: "law", cite, verified: true })
const unverified = (cite: string, note: string): LegalBasis => ({
  kind: "law",
  cite,
  verified: false,
  note: `UNVERIFIED: ${note}`
})
const OMIT_12_5 = law("住民基本台帳法 第12条第5項 (特別の請求がない限り省略)")

/**
 * The item catalogue, in print order.
 *
 * @category constants
 * @since 0.1.0
 */
export const items: ReadonlyArray<ItemInfo> = [
  {
    id: "name",
    label: { ja: "氏名", en: "name" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第1号")]
  },
  {
    id: "former-surname",
    label: { ja: "旧氏", en: "former surname (旧氏)" },
    role: "optional",
    appliesTo: "japanese",
    basis: [
      unverified(
        "住民基本台帳法施行令 第30条の13 (7条14号の政令事項)",
        "whether 旧氏 may be omitted by default was not read"
      )
    ]
  },
  {
    id: "alias",
    label: { ja: "通称", en: "alias (通称)" },
    role: "optional",
    appliesTo: "foreign",
    basis: [
      unverified(
        "住民基本台帳法施行令 第30条の26 (7条14号の政令事項)",
        "whether 通称 may be omitted by default was not read"
      )
    ]
  },
  {
    id: "birth-date",
    label: { ja: "出生の年月日", en: "date of birth" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第2号")]
  },
  {
    id: "sex",
    label: { ja: "男女の別", en: "sex" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第3号")]
  },
  {
    id: "head-and-relationship",
    label: { ja: "世帯主の氏名及び世帯主との続柄", en: "head of household and relationship" },
    role: "optional",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第4号"), OMIT_12_5]
  },
  {
    id: "resident-since",
    label: { ja: "住民となった年月日", en: "resident since" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第6号 (外国人住民: 第30条の45 外国人住民となった年月日)")]
  },
  {
    id: "address",
    label: { ja: "住所", en: "address" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第7号")]
  },
  {
    id: "address-since",
    label: { ja: "住所を定めた年月日", en: "address since" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第7号")]
  },
  {
    id: "filed-on-and-previous-address",
    label: { ja: "届出の年月日及び従前の住所", en: "date filed and previous address" },
    role: "history",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第8号")]
  },
  {
    id: "history",
    label: { ja: "異動履歴", en: "history of changes" },
    role: "history",
    appliesTo: "all",
    basis: [
      unverified(
        "住民記録システム標準仕様書 (帳票: 住民票の写し 履歴あり)",
        "the standard form's history section was not read"
      )
    ]
  },
  {
    id: "honseki",
    label: { ja: "本籍・筆頭者", en: "permanent domicile (本籍) and head of the family register" },
    role: "optional",
    appliesTo: "japanese",
    basis: [law("住民基本台帳法 第7条第5号"), OMIT_12_5]
  },
  {
    id: "nationality",
    label: { ja: "国籍・地域", en: "nationality or region" },
    role: "base",
    appliesTo: "foreign",
    basis: [law("住民基本台帳法 第30条の45")]
  },
  {
    id: "kubun",
    label: { ja: "第30条の45に規定する区分", en: "category of 30条の45" },
    role: "optional",
    appliesTo: "foreign",
    basis: [
      law("住民基本台帳法 第30条の45"),
      unverified("住民基本台帳法 第30条の51 (12条5項の読替)", "the 読替 was not read")
    ]
  },
  {
    id: "status-of-residence",
    label: { ja: "在留資格", en: "status of residence" },
    role: "optional",
    appliesTo: "foreign",
    basis: [
      law("住民基本台帳法 第30条の45"),
      unverified("住民基本台帳法 第30条の51 (12条5項の読替)", "the 読替 was not read")
    ]
  },
  {
    id: "period-of-stay",
    label: { ja: "在留期間", en: "period of stay" },
    role: "optional",
    appliesTo: "foreign",
    basis: [
      law("住民基本台帳法 第30条の45"),
      unverified("住民基本台帳法 第30条の51 (12条5項の読替)", "the 読替 was not read")
    ]
  },
  {
    id: "expiry-date",
    label: { ja: "在留期間の満了の日", en: "expiry of the period of stay" },
    role: "optional",
    appliesTo: "foreign",
    basis: [
      law("住民基本台帳法 第30条の45"),
      unverified("住民基本台帳法 第30条の51 (12条5項の読替)", "the 読替 was not read")
    ]
  },
  {
    id: "card-number",
    label: { ja: "在留カード等の番号", en: "residence card (or certificate) number" },
    role: "optional",
    appliesTo: "foreign",
    basis: [
      law("住民基本台帳法 第30条の45"),
      unverified("住民基本台帳法 第30条の51 (12条5項の読替)", "the 読替 was not read")
    ]
  },
  {
    id: "my-number",
    label: { ja: "個人番号", en: "individual number (個人番号)" },
    role: "optional",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第8号の2"), OMIT_12_5]
  },
  {
    id: "resident-code",
    label: { ja: "住民票コード", en: "resident code (住民票コード)" },
    role: "optional",
    appliesTo: "all",
    basis: [law("住民基本台帳法 第7条第13号"), OMIT_12_5]
  },
  {
    id: "entry-reason",
    label: { ja: "記載事由", en: "reason of entry" },
    role: "base",
    appliesTo: "all",
    basis: [law("住民基本台帳法施行令 第7条 (記載の事由)")]
  },
  {
    id: "removal",
    label: { ja: "消除事由・消除の年月日", en: "reason and date of removal" },
    role: "removal",
    appliesTo: "all",
    basis: [
      unverified(
        "住民基本台帳法 第15条の4 (除票の写し)",
        "the article number of 除票の写し was not confirmed in the primary text"
      )
    ]
  }
]

/**
 * The items a request may ask for, in print order.
 *
 * @category constants
 * @since 0.1.0
 */
export const optionalItems: ReadonlyArray<OptionalItem> = items
  .filter((i) => i.role === "optional")
  .map((i) => i.id as OptionalItem)

/**
 * Whether `u` is an {@link OptionalItem}. Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isOptionalItem = (u: unknown): u is OptionalItem =>
  typeof u === "string" && (optionalItems as ReadonlyArray<string>).includes(u)

/**
 * The info of an item.
 *
 * @category getters
 * @since 0.1.0
 */
export const itemInfo = (id: ItemId): ItemInfo => items.find((i) => i.id === id) as ItemInfo
