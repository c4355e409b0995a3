/**
 * CorporateNumber (法人番号, hōjin bangō, Japanese Corporate Number): 13
 * digits, the FIRST one a check digit.
 *
 * **When to use**
 *
 * Use `CorporateNumber.isValid` to accept or reject input,
 * `CorporateNumber.validate` to get the branded canonical value or a typed
 * error, `CorporateNumber.format` for the `C-NNNN-NNNN-NNNN` display form.
 *
 * **Details**
 *
 * - 番号法施行令 第35条第1項: a 法人番号 is a 12-digit 基礎番号 with one
 *   検査用数字 placed IN FRONT of it.
 * - 法人番号の指定等に関する省令 (平成26年財務省令第70号) 第2条:
 *   check = 9 − ((Σ Pn×Qn) mod 9), where Pn is the n-th digit of the 基礎番号
 *   counted from the right (n = 1 is the last digit) and Qn = 1 for odd n,
 *   2 for even n. Left to right the weights are 2,1,2,1,2,1,2,1,2,1,2,1.
 *   The result is always 1..9; a leading 0 is therefore a checksum error.
 * - Erratum: the official text of 第2条 places the parentheses so that it
 *   literally reads Σ (Pn×Qn mod 9). The intended formula, implemented here
 *   and by every implementation we know of (python-stdnum `stdnum.jp.cn`),
 *   takes the remainder of the whole sum: (Σ Pn×Qn) mod 9.
 * - "Valid" means checksum-valid, never "assigned": only the 国税庁 法人番号
 *   公表サイト says whether a number was designated.
 *
 * **Gotchas**
 *
 * - Modulus 9 cannot tell the digit 0 from 9: replacing any 0 of the 基礎番号
 *   by 9 (or 9 by 0) keeps the number valid (`7012345678900` and
 *   `7912345678900` are both valid). About 2 % of single-digit substitutions
 *   and of adjacent transpositions go undetected.
 * - A 適格請求書発行事業者 登録番号 (`T` + 13 digits) is not a 法人番号 and is
 *   rejected (`mynumber.corporate-number.length`). For a corporation it is `T` + its
 *   法人番号: strip the `T` yourself if that is what you mean. Other
 *   registrants get numbers issued by the 国税庁 that are not 法人番号.
 * - The 12-digit 会社法人等番号 of the commercial register is the 基礎番号
 *   only, without the check digit; it is rejected as too short.
 *
 * **Example** (Validating and formatting)
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 *
 * CorporateNumber.isValid("5835678256246") // => true
 * CorporateNumber.isValid("2835678256246") // => false (check digit)
 * CorporateNumber.format("5835678256246") // => "5-8356-7825-6246"
 * CorporateNumber.checkDigit("835678256246") // => 5
 * CorporateNumber.kind("8000020130001") // => "national-or-local-government"
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
  type JukiError,
  type LegalBasis
} from "@juki/core"
import type { Brand, Result, Schema as S } from "effect"

const BASIS_FORMAT = { kind: "cabinet-order", cite: "番号法施行令 第35条第1項", verified: true } as const
const BASIS_CHECK = {
  kind: "ministerial-ordinance",
  cite: "平成26年財務省令第70号 第2条",
  verified: true,
  note: "The official text's parentheses literally read Σ(Pn×Qn mod 9); the intended formula is (ΣPn×Qn) mod 9."
} as const

/**
 * 法人番号 must be 13 digits (check digit + 12-digit 基礎番号).
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = defineRule({
  id: "mynumber.corporate-number.length",
  tag: "InvalidLength",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "法人番号の桁数", en: "Corporate Number length" },
  message: {
    ja: "法人番号は13桁です（入力は{length}桁）",
    en: "A Corporate Number has 13 digits (got {length})"
  }
})

/**
 * 法人番号 consists of ASCII digits only (after compaction).
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "mynumber.corporate-number.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "法人番号の形式", en: "Corporate Number format" },
  message: { ja: "法人番号は数字のみで構成されます", en: "A Corporate Number consists of digits only" }
})

/**
 * The 1st digit is the check digit of 財務省令第70号 第2条 (1..9, never 0).
 *
 * @category rules
 * @since 0.1.0
 */
export const Checksum = defineRule({
  id: "mynumber.corporate-number.checksum",
  tag: "InvalidChecksum",
  severity: "error",
  basis: [BASIS_CHECK],
  title: { ja: "法人番号の検査用数字", en: "Corporate Number check digit" },
  message: {
    ja: "法人番号の検査用数字（先頭の1桁）が一致しません",
    en: "The Corporate Number check digit (the first digit) does not match"
  }
})

// b1 (leftmost) is n = 12 (even, weight 2); b12 (rightmost) is n = 1 (odd, weight 1).
const WEIGHTS = [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1] as const
// The check digit comes first, then the 12 digits of the 基礎番号.
const FAST_WEIGHTS = [0, ...WEIGHTS]

/**
 * Computes the check digit of a 12-digit 基礎番号 (財務省令第70号 第2条):
 * 9 − ((Σ Pn×Qn) mod 9), Qn = 1 for odd n and 2 for even n, n counted from
 * the right. The result is 1..9. Returns `undefined` when the base is not 12
 * ASCII digits.
 *
 * **Example**
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 *
 * CorporateNumber.checkDigit("123456789012") // => 7
 * CorporateNumber.checkDigit("12345678901") // => undefined
 * ```
 *
 * @category check digits
 * @since 0.1.0
 */
export const checkDigit = (base: string): number | undefined => {
  // Stryker disable next-line ConditionalExpression: equivalent, isAsciiDigits is itself false for a non-string
  if (typeof base !== "string" || !isAsciiDigits(base, 12)) return undefined
  return checkDigitOfSum(weightedSum(base, WEIGHTS))
}

// 財務省令第70号 第2条: 9 − ((Σ Pn×Qn) mod 9).
const checkDigitOfSum = (sum: number): number => 9 - (sum % 9)

const check = (value: string): JukiError | undefined => {
  if (value.length !== 13) return makeError(Length, { input: value, params: { length: value.length } })
  if (!isAsciiDigits(value)) return makeError(Format, { input: value })
  return checkDigit(value.slice(1)) === value.charCodeAt(0) - 48 ? undefined : makeError(Checksum, { input: value })
}

/**
 * Options of the verbs. 法人番号 has none; the type exists so that every
 * identifier module has the same verb signatures.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {}

const spec: IdentifierSpec<"CorporateNumber", Options> = {
  brand: "CorporateNumber",
  label: { ja: "法人番号", en: "Corporate Number" },
  check,
  format: (v) => `${v.slice(0, 1)}-${v.slice(1, 5)}-${v.slice(5, 9)}-${v.slice(9)}`,
  defaults: {}
}

/**
 * A checksum-valid 法人番号 in canonical form (13 ASCII digits). "Valid" is
 * not "designated": the brand says only that the check digit matches.
 *
 * @category models
 * @since 0.1.0
 */
export type CorporateNumber = string & Brand.Brand<"CorporateNumber">

/**
 * The brand name, `"CorporateNumber"`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand: "CorporateNumber" = spec.brand

/**
 * Japanese and English names (`法人番号`, `Corporate Number`).
 *
 * @category models
 * @since 0.1.0
 */
export const label: { readonly ja: string; readonly en: string } = spec.label

/**
 * Normalises user input: white space (including U+3000), hyphens and dash
 * look-alikes (U+2212 −, ー, － …) removed, full-width digits folded to ASCII
 * (NFKC), letters upper-cased. Does not validate and does not strip a `T`.
 *
 * **Example**
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 *
 * CorporateNumber.compact("５−８３５６−７８２５−６２４６") // => "5835678256246"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const compact: (input: unknown) => string = /*#__PURE__*/ identifierCompact(spec)

/**
 * Compacts, then checks length (`mynumber.corporate-number.length`), digits
 * (`mynumber.corporate-number.format`) and the leading check digit
 * (`mynumber.corporate-number.checksum`), in that order. Returns the branded canonical
 * value or the first problem as a {@link JukiError}. Never throws.
 *
 * **Gotchas**
 *
 * `T8000020130001` (an invoice registration number) fails with
 * `mynumber.corporate-number.length`: strip the `T` before calling if you mean the
 * corporation's 法人番号.
 *
 * **Example**
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 * import { Result } from "effect"
 *
 * Result.isSuccess(CorporateNumber.validate("8-0000-2013-0001")) // => true
 * const r = CorporateNumber.validate("0000020130001")
 * Result.isFailure(r) && r.failure.code // => "mynumber.corporate-number.checksum"
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const validate: (input: unknown, options?: Partial<Options>) => Result.Result<CorporateNumber, JukiError> =
  /*#__PURE__*/ identifierValidate(spec)

/**
 * `true` when {@link validate} succeeds. Never throws, whatever the input.
 * Plain ASCII input is checked in one pass without allocating; anything else
 * takes the {@link validate} path (same answer).
 *
 * **Example**
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 *
 * CorporateNumber.isValid("7000012050002") // => true
 * CorporateNumber.isValid("T7000012050002") // => false
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid: (input: unknown, options?: Partial<Options>) => boolean = /*#__PURE__*/ identifierIsValidFast(
  spec,
  checkDigitFastPath(FAST_WEIGHTS, 0, checkDigitOfSum)
)

/**
 * Display form `C-NNNN-NNNN-NNNN` (check digit, then the 基礎番号 in groups of
 * 4, as boxed on 国税庁 forms). Compacts first; returns the compacted input
 * unchanged when it is not valid.
 *
 * **Example**
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 *
 * CorporateNumber.format("5835678256246") // => "5-8356-7825-6246"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form: at most the last 4 digits visible (`*********6246`). 法人番号
 * are public, but the same masking keeps logs uniform. Compacts first.
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form (exactly 13 ASCII digits with a
 * matching leading check digit), branded `CorporateNumber`. Does not compact.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema: S.brand<S.String, "CorporateNumber"> = /*#__PURE__*/ identifierSchema(spec)

/**
 * What the 基礎番号 says about the holder:
 *
 * - `"national-or-local-government"`: 基礎番号 starts with `00` (国の機関,
 *   地方公共団体; a 地方公共団体's is `000020` + its 全国地方公共団体コード).
 * - `"registered"`: starts with 0–5 but not `00` (a 設立登記法人, whose
 *   基礎番号 is its 会社法人等番号).
 * - `"other"`: starts with `7` (人格のない社団等 and other holders numbered
 *   by the 国税庁).
 * - `"unclassified"`: starts with 6, 8 or 9 (no published meaning found).
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = "national-or-local-government" | "registered" | "other" | "unclassified"

/**
 * Where the classification of {@link kind} comes from. UNVERIFIED: it is
 * taken from secondary descriptions (ja.wikipedia 法人番号, 国税庁 briefing
 * material quoted by third parties), not from the text of the 省令.
 *
 * @category getters
 * @since 0.1.0
 */
export const kindBasis: ReadonlyArray<LegalBasis> = [
  {
    kind: "ministerial-ordinance",
    cite: "平成26年財務省令第70号 (基礎番号の定め)",
    verified: false,
    note: "Structure of the 基礎番号 (00… government, 0–5 会社法人等番号, 7… others) from ja.wikipedia 法人番号; article not checked."
  }
]

/**
 * Classifies a valid 法人番号 by the first digits of its 基礎番号 (see
 * {@link Kind}). Returns `undefined` when the input is not valid. Never
 * throws.
 *
 * **Gotchas**
 *
 * UNVERIFIED (see {@link kindBasis}): use it for hints and statistics, not
 * for legal decisions. A checksum-valid number of any kind may still not be
 * designated.
 *
 * **Example**
 *
 * ```ts
 * import { CorporateNumber } from "@juki/mynumber"
 *
 * CorporateNumber.kind("8000020130001") // => "national-or-local-government"
 * CorporateNumber.kind("4011001098993") // => "registered"
 * CorporateNumber.kind("9863806292730") // => "unclassified"
 * CorporateNumber.kind("2835678256246") // => undefined
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const kind = (input: unknown): Kind | undefined => {
  if (!isValid(input)) return undefined
  const value = compact(input)
  const b1 = value.charCodeAt(1) - 48
  if (b1 === 0 && value.charCodeAt(2) === 48) return "national-or-local-government"
  if (b1 <= 5) return "registered"
  if (b1 === 7) return "other"
  return "unclassified"
}

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format, Checksum] as const
