/**
 * The one home of the card-number layout shared by 在留カード番号 and
 * 特別永住者証明書番号: 2 Latin capital letters + 8 digits + 2 Latin capital
 * letters, no check digit.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError, type LegalBasis } from "../errors/index.js"

/**
 * Which layout a card number must have: `"2+8+2"` (`AB12345678CD`) or
 * `"alphanumeric"` (1–16 ASCII capital letters and digits, for numbers whose
 * layout is UNVERIFIED).
 *
 * @category models
 * @since 0.1.0
 */
export type Layout = "2+8+2" | "alphanumeric"

/** Length of the 2+8+2 layout. */
export const CARD_LENGTH = 12
/** Longest value accepted by the `"alphanumeric"` layout. */
export const MAX_ALPHANUMERIC = 16

const isUpper = (c: number) => c >= 65 && c <= 90
const isDigit = (c: number) => c >= 48 && c <= 57

/**
 * Whether `value` is exactly 2 ASCII capital letters, 8 ASCII digits and 2
 * ASCII capital letters.
 */
export const isCardLayout = (value: string): boolean => {
  if (value.length !== CARD_LENGTH) return false
  for (let i = 0; i < CARD_LENGTH; i++) {
    const c = value.charCodeAt(i)
    if (i < 2 || i >= 10 ? !isUpper(c) : !isDigit(c)) return false
  }
  return true
}

const isAlphanumeric = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (!isUpper(c) && !isDigit(c)) return false
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: checkCard calls this only on 1–16 characters
  return value.length > 0
}

/** Builds the `core.<area>.length` and `core.<area>.format` rules of a card number. */
export const makeCardRules = (area: string, ja: string, en: string, basis: ReadonlyArray<LegalBasis>) => ({
  Length: defineRule({
    id: `core.${area}.length`,
    tag: "InvalidLength",
    severity: "error",
    basis,
    title: { ja: `${ja}の桁数`, en: `${en} length` },
    message: {
      ja: `${ja}は{expected}文字です（入力は{length}文字）`,
      en: `A ${en} has {expected} characters (got {length})`
    }
  }),
  Format: defineRule({
    id: `core.${area}.format`,
    tag: "InvalidFormat",
    severity: "error",
    basis,
    title: { ja: `${ja}の形式`, en: `${en} format` },
    message: {
      ja: `${ja}の形式が正しくありません（英大文字2文字・数字8桁・英大文字2文字、例 AB12345678CD）`,
      en: `A ${en} is not well formed (2 capital letters, 8 digits, 2 capital letters, e.g. AB12345678CD)`
    }
  })
})

/** Checks a compacted value against a layout, reporting the given rules. */
export const checkCard = (
  rules: ReturnType<typeof makeCardRules>,
  value: string,
  layout: Layout
): JukiError | undefined => {
  if (layout === "alphanumeric") {
    if (value.length < 1 || value.length > MAX_ALPHANUMERIC) {
      return makeError(rules.Length, {
        input: value,
        params: { expected: `1–${MAX_ALPHANUMERIC}`, length: value.length }
      })
    }
    return isAlphanumeric(value) ? undefined : makeError(rules.Format, { input: value })
  }
  if (value.length !== CARD_LENGTH) {
    return makeError(rules.Length, { input: value, params: { expected: CARD_LENGTH, length: value.length } })
  }
  return isCardLayout(value) ? undefined : makeError(rules.Format, { input: value })
}
