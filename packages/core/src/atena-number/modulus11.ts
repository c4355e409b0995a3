/**
 * The one home of the modulus-11, weights 2–7 check digit (M11W2-7) of
 * 住民記録システム標準仕様書 1.1.13, shared by `AtenaNumber` (宛名番号) and
 * `HouseholdNumber` (世帯番号).
 *
 * **Details**
 *
 * - Weights 2,3,4,5,6,7,2,3,… from the right: the rightmost digit of the base
 *   has weight 2, the next 3, …, the 6th 7, the 7th 2 again.
 * - r = Σ dᵢ·wᵢ mod 11; check digit = 11 − r, with r = 0 → 0 (stated by the
 *   standard as summarised in juki's reference notes).
 * - r = 1 (11 − 1 = 10, not a digit) is **UNVERIFIED**: juki's default
 *   `remainderOne: "zero"` gives 0 (as the 個人番号 rule does); `"reject"`
 *   treats such a base as having no valid check digit (some numbering schemes
 *   skip those serials).
 * - The check digit is the trailing digit (position assumed; the notes only
 *   say "serial number plus a check digit").
 * - The total length is not fixed by juki's reference notes: juki's default is
 *   15 digits (UNVERIFIED); any length 2–16, or `"any"`, can be chosen.
 *
 * @since 0.1.0
 * @module
 */
import type { Brand } from "effect"
import { defineRule, makeError, type JukiError, type LegalBasis } from "../errors/index.js"
import { isAsciiDigits, type IdentifierSpec } from "../identifier/index.js"

/**
 * What a remainder of 1 gives: `"zero"` (check digit 0, juki's default) or
 * `"reject"` (no valid check digit). UNVERIFIED.
 *
 * @category models
 * @since 0.1.0
 */
export type RemainderOne = "zero" | "reject"

/**
 * Whether the check digit is verified: `"m11w27"` (default, the standard's
 * rule for new numbers) or `"none"` (numbers migrated from older systems,
 * which the standard does not cover).
 *
 * @category models
 * @since 0.1.0
 */
export type ChecksumMode = "m11w27" | "none"

/**
 * Options of a modulus-11 serial number (宛名番号, 世帯番号).
 *
 * @category models
 * @since 0.1.0
 */
export interface SerialNumberOptions {
  /** Total number of digits including the check digit: 2–16, or `"any"` (2–16). juki default 15 (UNVERIFIED). */
  readonly length: number | "any"
  /** Convention for remainder 1 (UNVERIFIED); default `"zero"`. */
  readonly remainderOne: RemainderOne
  /** Default `"m11w27"`; `"none"` checks digits and length only. */
  readonly checksum: ChecksumMode
}

/**
 * juki's default total length (15 digits). UNVERIFIED: juki's reference
 * notes do not record a length fixed by the standard.
 *
 * @category constants
 * @since 0.1.0
 */
export const DEFAULT_LENGTH = 15

/**
 * Shortest total length accepted (1 serial digit + check digit).
 *
 * @category constants
 * @since 0.1.0
 */
export const MIN_LENGTH = 2

/**
 * Longest total length accepted.
 *
 * @category constants
 * @since 0.1.0
 */
export const MAX_LENGTH = 16

/**
 * Default options: 15 digits, remainder 1 → 0, checksum verified.
 *
 * @category constants
 * @since 0.1.0
 */
export const DEFAULTS: SerialNumberOptions = { length: DEFAULT_LENGTH, remainderOne: "zero", checksum: "m11w27" }

/**
 * M11W2-7 check digit of a base of 1–15 ASCII digits (weights 2–7 cycling
 * from the right; r = 0 → 0; r = 1 → 0, or `undefined` with
 * `remainderOne: "reject"`). Returns `undefined` for a base that is not 1–15
 * ASCII digits.
 *
 * **Example**
 *
 * ```ts
 * import { AtenaNumber } from "@juki/core"
 * AtenaNumber.checkDigit("1234") // => 3 (4·2 + 3·3 + 2·4 + 1·5 = 30, r = 8, 11 − 8 = 3)
 * AtenaNumber.checkDigit("6") // => 0 (6·2 = 12, r = 1: juki's default convention)
 * AtenaNumber.checkDigit("6", "reject") // => undefined
 * ```
 *
 * @category check digits
 * @since 0.1.0
 */
// Stryker disable next-line StringLiteral: only "reject" is compared, so any other default behaves as "zero"
export const modulus11CheckDigit = (base: string, remainderOne: RemainderOne = "zero"): number | undefined => {
  if (typeof base !== "string" || base.length > MAX_LENGTH - 1 || !isAsciiDigits(base)) return undefined
  let sum = 0
  for (let i = 0; i < base.length; i++) {
    const fromRight = base.length - 1 - i // 0 for the rightmost digit
    sum += (base.charCodeAt(i) - 48) * (2 + (fromRight % 6))
  }
  const r = sum % 11
  if (r === 0) return 0
  if (r === 1) return remainderOne === "reject" ? undefined : 0
  return 11 - r
}

/**
 * The rules and the identifier spec of one modulus-11 serial number module.
 *
 * @category models
 * @since 0.1.0
 */
export interface SerialNumberModule<B extends string> {
  readonly Length: ReturnType<typeof makeRules>["Length"]
  readonly Format: ReturnType<typeof makeRules>["Format"]
  readonly Checksum: ReturnType<typeof makeRules>["Checksum"]
  /** What the per-verb factories of `../identifier` build the verbs from. */
  readonly spec: IdentifierSpec<B, SerialNumberOptions>
}

const BASIS_STANDARD: LegalBasis = {
  kind: "standard",
  cite: "住民記録システム標準仕様書 1.1.13",
  verified: true,
  note: "modulus 11, weights 2–7 (M11W2-7), remainder 0 → 0; new numbers only"
}
const BASIS_REMAINDER_ONE: LegalBasis = {
  kind: "library",
  cite: "juki: remainder 1 → 0 (option remainderOne)",
  verified: false,
  note: "the convention for remainder 1 is not in juki's reference notes"
}
const BASIS_LENGTH: LegalBasis = {
  kind: "library",
  cite: "juki: default length 15 digits (option length, 2–16)",
  verified: false,
  note: "no length fixed by 住民記録システム標準仕様書 1.1.13 in juki's reference notes"
}

const makeRules = (area: string, ja: string, en: string) => ({
  Length: defineRule({
    id: `core.${area}.length`,
    tag: "InvalidLength",
    severity: "error",
    basis: [BASIS_LENGTH],
    title: { ja: `${ja}の桁数`, en: `${en} length` },
    message: {
      ja: `${ja}は{expected}桁です（入力は{length}桁）`,
      en: `A ${en.toLowerCase()} has {expected} digits (got {length})`
    }
  }),
  Format: defineRule({
    id: `core.${area}.format`,
    tag: "InvalidFormat",
    severity: "error",
    basis: [BASIS_STANDARD],
    title: { ja: `${ja}の形式`, en: `${en} format` },
    message: { ja: `${ja}は数字のみで構成されます`, en: `A ${en.toLowerCase()} consists of digits only` }
  }),
  Checksum: defineRule({
    id: `core.${area}.checksum`,
    tag: "InvalidChecksum",
    severity: "error",
    basis: [BASIS_STANDARD, BASIS_REMAINDER_ONE],
    title: { ja: `${ja}の検査数字`, en: `${en} check digit` },
    message: {
      ja: `${ja}の検査数字（モジュラス11・ウェイト2〜7）が一致しません`,
      en: `The ${en.toLowerCase()} check digit (modulus 11, weights 2–7) does not match`
    }
  })
})

/**
 * Builds the rules (`core.<area>.length|format|checksum`) and the identifier
 * spec of a modulus-11 serial number.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeSerialNumber = <B extends string>(spec: {
  readonly area: string
  readonly brand: B
  readonly label: { readonly ja: string; readonly en: string }
}): SerialNumberModule<B> => {
  const rules = makeRules(spec.area, spec.label.ja, spec.label.en)
  const check = (value: string, options: SerialNumberOptions): JukiError | undefined => {
    const { length } = options
    const lengthOk =
      length === "any"
        ? value.length >= MIN_LENGTH && value.length <= MAX_LENGTH
        : Number.isInteger(length) && length >= MIN_LENGTH && length <= MAX_LENGTH && value.length === length
    if (!lengthOk) {
      const expected = length === "any" ? `${MIN_LENGTH}–${MAX_LENGTH}` : String(length)
      return makeError(rules.Length, { input: value, params: { expected, length: value.length } })
    }
    if (!isAsciiDigits(value)) return makeError(rules.Format, { input: value })
    if (options.checksum === "none") return undefined
    const expected = modulus11CheckDigit(value.slice(0, -1), options.remainderOne)
    return expected === value.charCodeAt(value.length - 1) - 48
      ? undefined
      : makeError(rules.Checksum, { input: value })
  }
  return { ...rules, spec: { brand: spec.brand, label: spec.label, check, defaults: DEFAULTS } }
}

/**
 * A branded serial number.
 *
 * @category models
 * @since 0.1.0
 */
export type SerialNumber<B extends string> = string & Brand.Brand<B>
