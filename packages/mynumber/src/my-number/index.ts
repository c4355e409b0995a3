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
 * of single-digit substitutions in the 11-digit base (about 1.7 % over all 12
 * digits; e.g. `358147292440` and `558147292440` are both valid) and about
 * 1.8 % of adjacent transpositions (measured on 100,000 random numbers).
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
import {
  defineRule,
  isAsciiDigits,
  makeError,
  identifierCompact,
  identifierFormat,
  identifierIsValidFast,
  checkDigitFastPath,
  identifierMask,
  identifierSchema,
  identifierValidate,
  type IdentifierSpec,
  weightedSum,
  type JukiError
} from "@juki/core"
import type { Brand, Result, Schema as S } from "effect"

const BASIS_FORMAT = { kind: "cabinet-order", cite: "番号法施行令 第8条", verified: true } as const
const BASIS_CHECK = { kind: "ministerial-ordinance", cite: "平成26年総務省令第85号 第5条", verified: true } as const

/**
 * 個人番号 must be 12 digits.
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = defineRule({
  id: "mynumber.my-number.length",
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
  id: "mynumber.my-number.format",
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
  id: "mynumber.my-number.checksum",
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
const FAST_WEIGHTS = [...WEIGHTS, 0]

/**
 * Computes the check digit of an 11-digit base (総務省令第85号 第5条).
 * Returns `undefined` when the base is not 11 ASCII digits.
 *
 * @category check digits
 * @since 0.1.0
 */
export const checkDigit = (base: string): number | undefined => {
  // Stryker disable next-line ConditionalExpression: equivalent, isAsciiDigits is itself false for a non-string
  if (typeof base !== "string" || !isAsciiDigits(base, 11)) return undefined
  return checkDigitOfSum(weightedSum(base, WEIGHTS))
}

// 総務省令 第5条: remainder 0 or 1 gives 0, otherwise 11 − remainder.
const checkDigitOfSum = (sum: number): number => {
  const r = sum % 11
  return r <= 1 ? 0 : 11 - r
}

const check = (value: string): JukiError | undefined => {
  if (value.length !== 12) return makeError(Length, { input: value, params: { length: value.length } })
  if (!isAsciiDigits(value)) return makeError(Format, { input: value })
  return checkDigit(value.slice(0, 11)) === value.charCodeAt(11) - 48
    ? undefined
    : makeError(Checksum, { input: value })
}

/**
 * Options of the verbs. 個人番号 has none; the type exists so that every
 * identifier module has the same verb signatures.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {}

const spec: IdentifierSpec<"MyNumber", Options> = {
  brand: "MyNumber",
  label: { ja: "個人番号", en: "My Number" },
  check,
  format: (v) => `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`,
  defaults: {}
}

/**
 * A checksum-valid 個人番号 in canonical form (12 ASCII digits). "Valid" is
 * not "assigned": the brand says only that the check digit matches.
 *
 * @category models
 * @since 0.1.0
 */
export type MyNumber = string & Brand.Brand<"MyNumber">

/**
 * The brand name, `"MyNumber"`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand: "MyNumber" = spec.brand

/**
 * Japanese and English names (`個人番号`, `My Number`) for docs and messages.
 *
 * @category models
 * @since 0.1.0
 */
export const label: { readonly ja: string; readonly en: string } = spec.label

/**
 * Normalises user input: white space (including U+3000), hyphens and dash
 * look-alikes (U+2212 −, ー, － …) removed, full-width digits folded to ASCII
 * (NFKC). Does not validate. Non-strings give `""`.
 *
 * **Example**
 *
 * ```ts
 * import { MyNumber } from "@juki/mynumber"
 *
 * MyNumber.compact("１２３４−５６７８　９０１８") // => "123456789018"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const compact: (input: unknown) => string = /*#__PURE__*/ identifierCompact(spec)

/**
 * Compacts, then checks length (`mynumber.my-number.length`), digits
 * (`mynumber.my-number.format`) and the check digit (`mynumber.my-number.checksum`), in that
 * order. Returns the branded canonical value or the first problem as a
 * {@link JukiError}. Never throws.
 *
 * **Gotchas**
 *
 * The error carries a masked preview only (`********9019`); the input is
 * never stored, so logging the error cannot leak the number.
 *
 * **Example**
 *
 * ```ts
 * import { MyNumber } from "@juki/mynumber"
 * import { Result } from "effect"
 *
 * Result.isSuccess(MyNumber.validate("1234-5678-9018")) // => true
 * const r = MyNumber.validate("123456789019")
 * Result.isFailure(r) && r.failure.code // => "mynumber.my-number.checksum"
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const validate: (input: unknown, options?: Partial<Options>) => Result.Result<MyNumber, JukiError> =
  /*#__PURE__*/ identifierValidate(spec)

/**
 * `true` when {@link validate} succeeds. Never throws, whatever the input.
 *
 * **Details**
 *
 * Same answer as `Result.isSuccess(validate(input))`, but plain ASCII input
 * (the usual case) is checked in one pass over the characters without
 * compacting or allocating; anything else (full-width digits, U+3000 …)
 * takes the {@link validate} path.
 *
 * **Example**
 *
 * ```ts
 * import { MyNumber } from "@juki/mynumber"
 *
 * MyNumber.isValid("123456789018") // => true
 * MyNumber.isValid(123456789018) // => false (numbers lose leading zeros)
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid: (input: unknown, options?: Partial<Options>) => boolean = /*#__PURE__*/ identifierIsValidFast(
  spec,
  checkDigitFastPath(FAST_WEIGHTS, 11, checkDigitOfSum)
)

/**
 * Display form `NNNN NNNN NNNN` (as printed on the 個人番号カード). Compacts
 * first; returns the compacted input unchanged when it is not valid.
 *
 * **Example**
 *
 * ```ts
 * import { MyNumber } from "@juki/mynumber"
 *
 * MyNumber.format("123456789018") // => "1234 5678 9018"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form for display and logs: at most the last 4 digits visible
 * (`********9018`). Compacts first.
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form (exactly 12 ASCII digits with a
 * matching check digit), branded `MyNumber`. Does not compact: decode user
 * input with {@link validate} first.
 *
 * **Gotchas**
 *
 * A failed decode is an effect `SchemaError`, not a {@link JukiError}; its
 * formatted message is produced by effect and may include the actual input.
 * Do not log Schema errors of personal data.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema: S.brand<S.String, "MyNumber"> = /*#__PURE__*/ identifierSchema(spec)

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format, Checksum] as const
