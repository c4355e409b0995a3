/**
 * MyNumber (個人番号, kojin bangō, Japanese Individual Number): 12 digits, the
 * last one a check digit.
 *
 * **When to use**
 *
 * Use `MyNumber.isValid` to accept or reject input, `MyNumber.validate` to get
 * the branded canonical value or a typed error, `MyNumber.mask` whenever a
 * number is shown, logged or reported.
 *
 * **Details**
 *
 * - 番号法施行令 第8条: 11 digits followed by one 検査用数字.
 * - 平成26年総務省令第85号 第5条: check = 11 − (Σ Pn×Qn mod 11), where Pn is the
 *   n-th digit from the right of the 11-digit base and Qn = n+1 (n ≤ 6),
 *   n−5 (n ≥ 7); a remainder of 0 or 1 gives 0. Left to right the weights are
 *   6,5,4,3,2,7,6,5,4,3,2.
 * - "Valid" means checksum-valid, never "assigned": only J-LIS knows which
 *   numbers exist (`000000000000` is checksum-valid).
 *
 * **Gotchas**
 *
 * Because remainders 0 and 1 both give 0, the check digit misses about 1.8 %
 * of single-digit substitutions (e.g. `358147292440` and `558147292440` are
 * both valid) and about 2 % of adjacent transpositions.
 *
 * **Example** (Validating and masking)
 *
 * ```ts
 * import { MyNumber } from "@juki/mynumber"
 *
 * MyNumber.isValid("1234 5678 9018") // => true
 * MyNumber.isValid("123456789019") // => false (check digit)
 * MyNumber.format("123456789018") // => "1234 5678 9018"
 * MyNumber.mask("123456789018") // => "********9018"
 * MyNumber.checkDigit("12345678901") // => 8
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, isAsciiDigits, makeError, makeIdentifier, weightedSum, type JukiError } from "@juki/core"

const BASIS_FORMAT = { kind: "cabinet-order", cite: "番号法施行令 第8条", verified: true } as const
const BASIS_CHECK = { kind: "ministerial-ordinance", cite: "平成26年総務省令第85号 第5条", verified: true } as const

/**
 * 個人番号 must be 12 digits.
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = defineRule({
  id: "mynumber.length",
  tag: "InvalidLength",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "個人番号の桁数", en: "My Number length" },
  message: {
    ja: "個人番号は12桁です（入力は{length}桁）",
    en: "A My Number has 12 digits (got {length})"
  }
})

/**
 * 個人番号 consists of ASCII digits only (after compaction).
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "mynumber.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "個人番号の形式", en: "My Number format" },
  message: { ja: "個人番号は数字のみで構成されます", en: "A My Number consists of digits only" }
})

/**
 * The 12th digit is the check digit of 総務省令第85号 第5条.
 *
 * @category rules
 * @since 0.1.0
 */
export const Checksum = defineRule({
  id: "mynumber.checksum",
  tag: "InvalidChecksum",
  severity: "error",
  basis: [BASIS_CHECK],
  title: { ja: "個人番号の検査用数字", en: "My Number check digit" },
  message: {
    ja: "個人番号の検査用数字が一致しません",
    en: "The My Number check digit does not match"
  }
})

const WEIGHTS = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const

/**
 * Computes the check digit of an 11-digit base (総務省令第85号 第5条).
 * Returns `undefined` when the base is not 11 ASCII digits.
 *
 * @category check digits
 * @since 0.1.0
 */
export const checkDigit = (base: string): number | undefined => {
  if (!isAsciiDigits(base, 11)) return undefined
  const r = weightedSum(base, WEIGHTS) % 11
  return r <= 1 ? 0 : 11 - r
}

const check = (value: string): JukiError | undefined => {
  if (value.length !== 12) return makeError(Length, { input: value, params: { length: value.length } })
  if (!isAsciiDigits(value)) return makeError(Format, { input: value })
  return checkDigit(value.slice(0, 11)) === value.charCodeAt(11) - 48 ? undefined : makeError(Checksum, { input: value })
}

const identifier = makeIdentifier({
  brand: "MyNumber",
  label: { ja: "個人番号", en: "My Number" },
  check,
  format: (v) => `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`,
  defaults: {}
})

/**
 * A checksum-valid 個人番号 in canonical form (12 ASCII digits).
 *
 * @category models
 * @since 0.1.0
 */
export type MyNumber = string & import("effect").Brand.Brand<"MyNumber">

/** @category verbs @since 0.1.0 */
export const { compact, validate, isValid, format, mask, Schema, label, brand } = identifier

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format, Checksum] as const
