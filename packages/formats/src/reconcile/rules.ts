// The rules of 整合性確認: one per kind of difference. Re-exported by ./index.ts.
import { defineRule, type LegalBasis } from "@juki/core"

const LAW14: LegalBasis = {
  kind: "law",
  cite: "住民基本台帳法 第14条（住民基本台帳の正確な記録を確保するための措置）",
  verified: true
}
const SEED: LegalBasis = {
  kind: "seed-practice",
  cite: "大阪市 特定個人情報保護評価書 別添1(2) 6（市町村CSとの整合性確認）",
  verified: true
}
const LIBRARY: LegalBasis = {
  kind: "library",
  cite: "juki 整合性確認: 住民票コードによる突合（items and normalisation are juki's, not an official procedure)",
  verified: false,
  note: "The official 整合性確認 procedure and file are not public; which items are compared and how is juki's choice."
}

/**
 * A person the registry holds (by 住民票コード) is absent from the CS side.
 *
 * @category rules
 * @since 0.3.0
 */
export const Missing = defineRule({
  id: "formats.reconcile.missing",
  tag: "RuleViolation",
  severity: "error",
  basis: [LAW14, SEED, LIBRARY],
  title: { ja: "CS側に本人確認情報がない", en: "Missing on the CS side" },
  message: {
    ja: "住民票コード {residentCode} の本人確認情報が CS 側にありません",
    en: "The 本人確認情報 of 住民票コード {residentCode} is missing on the CS side"
  }
})

/**
 * The CS side holds a person (by 住民票コード) the registry does not.
 *
 * @category rules
 * @since 0.3.0
 */
export const Extra = defineRule({
  id: "formats.reconcile.extra",
  tag: "RuleViolation",
  severity: "error",
  basis: [LAW14, SEED, LIBRARY],
  title: { ja: "CS側にだけ本人確認情報がある", en: "Extra on the CS side" },
  message: {
    ja: "住民票コード {residentCode} の本人確認情報が CS 側にだけあります",
    en: "The 本人確認情報 of 住民票コード {residentCode} is only on the CS side"
  }
})

/**
 * Both sides hold the person but an item differs after normalisation (外字数 and 清音化かな
 * recomputed the same way on both sides).
 *
 * @category rules
 * @since 0.3.0
 */
export const ItemDiffers = defineRule({
  id: "formats.reconcile.item",
  tag: "RuleViolation",
  severity: "error",
  basis: [LAW14, SEED, LIBRARY],
  title: { ja: "本人確認情報の項目の不一致", en: "Item differs" },
  message: {
    ja: "住民票コード {residentCode} の {label} が一致しません",
    en: "The {label} of 住民票コード {residentCode} differs"
  }
})

/**
 * One side holds the same 住民票コード more than once; the first one is compared, the others are
 * reported.
 *
 * @category rules
 * @since 0.3.0
 */
export const Duplicate = defineRule({
  id: "formats.reconcile.duplicate",
  tag: "RuleViolation",
  severity: "error",
  basis: [LAW14, LIBRARY],
  title: { ja: "住民票コードの重複", en: "Duplicated 住民票コード" },
  message: {
    ja: "{side}に住民票コード {residentCode} が重複しています",
    en: "住民票コード {residentCode} appears more than once on the {side} side"
  }
})

/**
 * A side declared sorted is not in 住民票コード order: the comparison stops there, and what it found
 * before is not reliable (a person met out of order may have been reported missing or extra); read
 * the side as unsorted instead.
 *
 * @category rules
 * @since 0.3.0
 */
export const Unsorted = defineRule({
  id: "formats.reconcile.unsorted",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "住民票コード順でない", en: "Not sorted by 住民票コード" },
  message: {
    ja: "{side}が住民票コード順ではありません（{record} 件目）。整列済みとせずに読み直してください",
    en: "The {side} side is not sorted by 住民票コード (at record {record}); read it as unsorted"
  }
})

/**
 * A record of a file could not be read (the codec rejected it): it takes no part in the comparison.
 *
 * @category rules
 * @since 0.3.0
 */
export const Unreadable = defineRule({
  id: "formats.reconcile.unreadable",
  tag: "DecodeError",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "読めないレコード", en: "Unreadable record" },
  message: {
    ja: "{side}の {record} 件目のレコードが読めないため突合していません（{rules}）",
    en: "Record {record} of the {side} side cannot be read and was not compared ({rules})"
  }
})

/**
 * The rules of 整合性確認.
 *
 * @category rules
 * @since 0.3.0
 */
export const rules = [Missing, Extra, ItemDiffers, Duplicate, Unsorted, Unreadable] as const
