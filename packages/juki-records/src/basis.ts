/**
 * The legal bases cited by the records rules, in one place so every rule and
 * every 異動事由 names its source the same way.
 *
 * **Details**
 *
 * - `law` = 住民基本台帳法 (昭和42年法律第81号); `cabinet-order` = 同施行令;
 *   `standard` = 住民記録システム標準仕様書 第1.0版 第3章 (section numbers of
 *   the 第1.0版 text; later versions may renumber).
 * - `verified: false` marks what the project's reference notes could not
 *   confirm against a primary text (UNVERIFIED): such behaviour is an option.
 *
 * @since 0.1.0
 * @module
 */
import type { LegalBasis } from "@juki/core"

const law = (article: string, note?: string): LegalBasis => ({
  kind: "law",
  cite: `住民基本台帳法 ${article}`,
  verified: true,
  ...(note === undefined ? {} : { note })
})

const order = (article: string, verified = true, note?: string): LegalBasis => ({
  kind: "cabinet-order",
  cite: `住民基本台帳法施行令 ${article}`,
  verified,
  ...(note === undefined ? {} : { note })
})

/**
 * A section of 住民記録システム標準仕様書 (第1.0版 numbering).
 *
 * @category constructors
 * @since 0.1.0
 */
export const std = (section: string, note?: string): LegalBasis => ({
  kind: "standard",
  cite: `住民記録システム標準仕様書 ${section}`,
  verified: true,
  ...(note === undefined ? {} : { note })
})

/**
 * A decision of juki itself (no published text states it).
 *
 * @category constructors
 * @since 0.1.0
 */
export const library = (note: string): LegalBasis => ({ kind: "library", cite: "juki", verified: false, note })

/**
 * Named bases.
 *
 * @category models
 * @since 0.1.0
 */
export const BASIS = {
  law6: law("第6条"),
  law7: law("第7条", "item numbering UNVERIFIED"),
  law8: law("第8条"),
  law9_1: law("第9条第1項"),
  law9_2: law("第9条第2項"),
  law14: law("第14条"),
  law15_3: law("第15条の3"),
  law21: law("第21条"),
  law22: law("第22条"),
  law22_1_7: law("第22条第1項第7号"),
  law23: law("第23条"),
  law24: law("第24条"),
  law24_2: law("第24条の2"),
  law25: law("第25条"),
  law26: law("第26条", "世帯主 or 世帯員 may file for the 世帯; wording UNVERIFIED (reference domain.md)"),
  law30_4: law("第30条の4", "numbering per the reference notes (was 第30条の3 in 2002)"),
  law30_6: law("第30条の6"),
  law30_45: law("第30条の45"),
  law30_46: law("第30条の46"),
  law30_47: law("第30条の47"),
  law30_50: law("第30条の50"),
  law52_2: law("第52条第2項", "as cited by 広島市 FAQ"),
  order8_2: order("第8条の2", false, "article title per the seed; text not obtained"),
  order12: order("第12条"),
  order12_3: order("第12条第3項"),
  order24_2: order("第24条の2", false, "UNVERIFIED: the 14-day / 30-day 特例 limits come from municipal guidance"),
  order30_26: order("第30条の26"),
  order34_1: order("第34条第1項"),
  localAutonomy4_2: {
    kind: "law",
    cite: "地方自治法 第4条の2第4項",
    verified: true,
    note: "a 届出 期限 falling on a 休日 set by 条例 (第2項: Sat, Sun, 国民の祝日, 年末年始 per 条例) is the next day"
  } satisfies LegalBasis,
  localAutonomy4_2_2: {
    kind: "law",
    cite: "地方自治法 第4条の2第2項",
    verified: true,
    note: "the 休日 of a municipality: Sundays and Saturdays, 国民の祝日に関する法律の休日, 年末年始 days set by 条例"
  } satisfies LegalBasis,
  civilCode140: {
    kind: "law",
    cite: "民法 第140条",
    verified: true,
    note: "a period in days does not count its first day (初日不算入); 141条: it ends at the end of its last day"
  } satisfies LegalBasis,
  hiroshimaFaq: {
    kind: "seed-practice",
    cite: "広島市 FAQ 15063 (届出期間: 翌日から14日, 休日は翌日満了)",
    verified: true,
    note: "municipal guidance, not law"
  } satisfies LegalBasis,
  immigration22_2: {
    kind: "law",
    cite: "出入国管理及び難民認定法 第22条の2",
    verified: true
  } satisfies LegalBasis,
  immigration20_6: {
    kind: "law",
    cite: "出入国管理及び難民認定法 第20条第6項",
    verified: false,
    note: "特例期間: a person who applied for renewal before expiry may stay while it is pending (text not obtained)"
  } satisfies LegalBasis,
  immigration61_8_2: {
    kind: "law",
    cite: "出入国管理及び難民認定法 第61条の8の2",
    verified: true
  } satisfies LegalBasis,
  koseki49: { kind: "law", cite: "戸籍法 第49条", verified: true } satisfies LegalBasis,
  koseki86: { kind: "law", cite: "戸籍法 第86条", verified: true } satisfies LegalBasis,
  mynumberAct7: { kind: "law", cite: "番号法 第7条", verified: true } satisfies LegalBasis,
  kokuji334: {
    kind: "notice",
    cite: "平成14年総務省告示第334号 第6-7",
    verified: false,
    note: "CS accepts input only from the 住民記録システム; current wording not obtained"
  } satisfies LegalBasis,
  seedCsChecks: {
    kind: "seed-practice",
    cite: "大阪市 住民基本台帳事務 全項目評価書 III(本人確認情報ファイル) 5. リスク3",
    verified: true,
    note: "市町村CS 登録時のフォーマットチェック・論理チェック"
  } satisfies LegalBasis,
  seedTokurei: {
    kind: "seed-practice",
    cite: "大阪市 住民基本台帳事務 全項目評価書 別添1 3-③",
    verified: false,
    note: "転出証明書情報 erased 30 days after the 転出予定年月日 (Osaka practice)"
  } satisfies LegalBasis,
  muniTokurei: {
    kind: "seed-practice",
    cite: "掛川市・三木町・八街市 特例転入 guidance",
    verified: true,
    note: "municipal guidance, not law"
  } satisfies LegalBasis
} as const
