/**
 * The `records.inbound.*` rules: notices that come in (出入国在留管理庁通知
 * under 住基法30条の50, 住民票記載事項通知 under 住基法9条2項), finding the
 * resident a notice refers to, and whether the notice fits that resident.
 *
 * These rules are checked by `Inbound.decode`, `Inbound.match` and
 * `Inbound.process` (not by `apply`): a notice is not an 異動 yet, it becomes
 * one only when the caller accepts a proposal.
 *
 * Examples: `inbound.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/inbound.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.3.0
 * @module
 */
import type { LegalBasis } from "@juki/core"
import { BASIS, library, std } from "../basis.js"
import { rule } from "./internal/define.js"

/**
 * 評価書 II 3 ⑧ 情報の突合: the seed matches 出入国在留管理庁通知 by 基本情報 and
 * 在留カード等番号, once a day (③).
 *
 * @category basis
 * @since 0.3.0
 */
export const SEED_MATCH: LegalBasis = {
  kind: "seed-practice",
  cite: "大阪市 住民基本台帳事務 全項目評価書 II 3. ⑧ 情報の突合 / ③ 入手の時期・頻度",
  verified: true,
  note: "出入国在留管理庁連携ネットワークを通じて入手: 基本情報及び在留カード等番号と住民票情報との突合 (1日1回)"
}

/**
 * Which 基本情報 the 突合 compares (氏名, 生年月日, 性別, 国籍・地域) is not
 * written in the seed: UNVERIFIED, configurable (`immigrationKeys`).
 *
 * @category basis
 * @since 0.3.0
 */
export const BASIC_INFO_UNVERIFIED: LegalBasis = {
  kind: "library",
  cite: "juki",
  verified: false,
  note: "UNVERIFIED: the 基本情報 items of the 突合 (default 氏名・生年月日・性別・国籍等; option immigrationKeys)"
}

/**
 * 住基法30条の50 (text not obtained in full: which items the notice carries is
 * taken from the reference notes and 標準仕様書 4.5.6).
 *
 * @category basis
 * @since 0.3.0
 */
export const LAW30_50: LegalBasis = {
  ...BASIS.law30_50,
  verified: false,
  note: "UNVERIFIED wording: 法務大臣 notifies changes (or errors) of the foreign resident's items; the item list is from the reference notes"
}

/**
 * A notice that does not decode: unknown keys, missing or ill-typed items,
 * invalid dates, or items that do not belong to its reason. Every problem is
 * reported, each with its path.
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundMalformed = rule({
  id: "records.inbound.malformed",
  tag: "DecodeError",
  severity: "error",
  group: "inbound",
  basis: [LAW30_50, BASIS.law9_2, library("notices are validated on entry")],
  title: { ja: "通知データの形式", en: "Notice shape" },
  message: { ja: "通知データの形式が不正です: {detail}", en: "The notice is malformed: {detail}" },
  description: {
    ja: "30条の50通知・9条2項通知の形（未知のキー不可）、日付（暦日・受信日以前）、通知事由ごとに必要な項目と持てない項目。問題はすべて報告する。",
    en: "The shape of a 30条の50 or 9条2項 notice (unknown keys are errors), its dates (calendar dates, not after the day received) and the items each reason needs or may not carry. Every problem is reported."
  },
  checkedBy: "Inbound.decode"
})

/**
 * No resident matches the notice.
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundNoMatch = rule({
  id: "records.inbound.no-match",
  tag: "RuleViolation",
  severity: "error",
  group: "inbound",
  basis: [SEED_MATCH, LAW30_50, BASIS.law9_2],
  title: { ja: "該当者なし", en: "No matching resident" },
  message: {
    ja: "通知に該当する住民が見つかりません（{keysJa}で照合）",
    en: "No resident matches the notice (matched by {keys})"
  },
  description: {
    ja: "30条の50通知は在留カード等番号と基本情報、9条2項通知は本籍・筆頭者・氏名・生年月日で照合し、該当者がいなければエラー（未取込として残す）。",
    en: "A 30条の50 notice is matched by 在留カード等番号 and 基本情報, a 9条2項 notice by 本籍, 筆頭者, 氏名 and 生年月日; when nobody matches it is an error (the notice stays unimported)."
  },
  checkedBy: "Inbound.match"
})

/**
 * Several residents match the notice equally: the matcher never picks one.
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundAmbiguous = rule({
  id: "records.inbound.ambiguous",
  tag: "RuleViolation",
  severity: "error",
  group: "inbound",
  basis: [SEED_MATCH, BASIS.law9_2],
  title: { ja: "該当者が複数", en: "Several matching residents" },
  message: {
    ja: "通知に該当する住民が{count}人います（{keysJa}で照合）。対象者を特定できません",
    en: "{count} residents match the notice (matched by {keys}): the person cannot be identified"
  },
  description: {
    ja: "在留カード等番号で特定できず、基本情報（または本籍・筆頭者・氏名・生年月日）が同じ住民が二人以上いればエラー。推測で一人を選ばない。",
    en: "When no 在留カード等番号 identifies the person and two or more residents share the 基本情報 (or 本籍, 筆頭者, 氏名 and 生年月日), it is an error; juki never picks one."
  },
  checkedBy: "Inbound.match"
})

/**
 * The 在留カード等番号 of the notice is recorded for one resident while the
 * 基本情報 match another: the number belongs to someone else.
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundCardNumberConflict = rule({
  id: "records.inbound.card-number-conflict",
  tag: "RuleViolation",
  severity: "error",
  group: "inbound",
  basis: [SEED_MATCH, BASIS.law30_45],
  title: { ja: "在留カード等番号が別人のもの", en: "Card number belongs to someone else" },
  message: {
    ja: "通知の在留カード等番号（{card}）は別の住民に記載されています（基本情報は別の住民と一致）",
    en: "The notice's 在留カード等番号 ({card}) is recorded for another resident (the 基本情報 match a different one)"
  },
  description: {
    ja: "在留カード等番号で見つかった住民と、基本情報で見つかった住民が異なればエラー。どちらにも取り込まない。",
    en: "When the resident found by 在留カード等番号 is not the one found by 基本情報, it is an error; the notice is applied to neither."
  },
  checkedBy: "Inbound.match"
})

/**
 * The resident found by the identifying key (在留カード等番号, or 本籍・筆頭者
 * for 9条2項) differs from the notice in an item the match compares.
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundItemMismatch = rule({
  id: "records.inbound.item-mismatch",
  tag: "RuleViolation",
  severity: "error",
  group: "inbound",
  basis: [SEED_MATCH, BASIC_INFO_UNVERIFIED, BASIS.law9_2],
  title: { ja: "照合項目の不一致", en: "Matched item differs" },
  message: {
    ja: "{byJa}で見つかった住民と通知とで{itemJa}が一致しません",
    en: "The resident found by {by} differs from the notice in {item}"
  },
  description: {
    ja: "在留カード等番号で見つかった住民の氏名・生年月日・性別・国籍等、または本籍・筆頭者と生年月日で見つかった住民の氏名（本籍・筆頭者）が通知と異なればエラー。差異を推測で埋めない。照合する基本情報は設定で変えられる（UNVERIFIED）。",
    en: "When the resident found by 在留カード等番号 differs in 氏名, 生年月日, 性別 or 国籍等, or the one found by 本籍, 筆頭者 and 生年月日 differs in 氏名 (or in 本籍/筆頭者), it is an error; juki never guesses across the difference. The compared 基本情報 are configurable (UNVERIFIED)."
  },
  checkedBy: "Inbound.match"
})

/**
 * The resident the notice refers to is no longer a resident (除票).
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundNotResident = rule({
  id: "records.inbound.not-resident",
  tag: "RuleViolation",
  severity: "error",
  group: "inbound",
  basis: [BASIS.law8, BASIS.law30_45],
  title: { ja: "除票の者への通知", en: "Notice for a removed record" },
  message: {
    ja: "通知の対象者は既に消除されています（除票）。職権修正・消除はできません",
    en: "The person the notice refers to has already been removed (除票): no 職権 correction or removal is possible"
  },
  description: {
    ja: "照合できた住民票が除票なら、通知を住民票に反映する職権処理は提案しない（除票は修正できない）。",
    en: "When the matched 住民票 is a 除票, no 職権 event is proposed (a 除票 cannot be changed)."
  },
  checkedBy: "Inbound.match"
})

/**
 * The notice does not fit the 30条の45 区分 of the matched resident (an
 * 在留期間更新 for a 特別永住者, a 在留資格取得 for someone who already has
 * a status, a 9条2項 notice for a foreign resident …).
 *
 * @category rules
 * @since 0.3.0
 */
export const InboundStatusMismatch = rule({
  id: "records.inbound.status-mismatch",
  tag: "RuleViolation",
  severity: "error",
  group: "inbound",
  basis: [BASIS.law30_45, LAW30_50, std("4.5.6")],
  title: { ja: "区分と通知事由の不一致", en: "Notice does not fit the category" },
  message: {
    ja: "通知事由「{reasonJa}」は{kubunJa}の住民には当てはまりません",
    en: 'The notice reason "{reason}" does not apply to a resident who is {kubun}'
  },
  description: {
    ja: "在留期間更新・在留資格変更は中長期在留者、在留資格取得は経過滞在者、在留カード等の再交付は中長期在留者・特別永住者にのみ当てはまる。当てはまらない通知は職権処理を提案しない。",
    en: "A 在留期間更新 or 在留資格変更 applies to a 中長期在留者, a 在留資格取得 to a 経過滞在者, a card re-issue to a 中長期在留者 or 特別永住者. Otherwise no 職権 event is proposed."
  },
  checkedBy: "Inbound.process"
})

/**
 * Every `records.inbound.*` rule, in documentation order.
 *
 * @category rules
 * @since 0.3.0
 */
export const INBOUND_RULES = [
  InboundMalformed,
  InboundNoMatch,
  InboundAmbiguous,
  InboundCardNumberConflict,
  InboundItemMismatch,
  InboundNotResident,
  InboundStatusMismatch
] as const
