/**
 * HouseholdNumber (世帯番号, setai bangō): a municipality's own number for a
 * 世帯 (household), a serial number followed by the same modulus-11 check
 * digit (M11W2-7) as the 宛名番号.
 *
 * **When to use**
 *
 * Use `HouseholdNumber.validate` / `isValid` for 世帯番号 typed in or
 * imported, and `HouseholdNumber.checkDigit` to append the check digit to a
 * new serial.
 *
 * **Details**
 *
 * - 住民記録システム標準仕様書 1.1.13: 宛名番号 and 世帯番号 are serial numbers
 *   with a check digit, **modulus 11 with weights 2–7 (M11W2-7); remainder 0
 *   gives check digit 0**, for new numbers only. The computation lives in
 *   `AtenaNumber` (one home); this module only names its own rules
 *   (`core.household-number.*`).
 * - Weights cycle 2,3,4,5,6,7,2,3,… **from the right** (the rightmost serial
 *   digit has weight 2); check digit = 11 − (Σ mod 11), trailing.
 * - Remainder 1 is **UNVERIFIED**: default `remainderOne: "zero"` (gives 0),
 *   or `"reject"`.
 * - Length: **juki default 15 digits** including the check digit
 *   (UNVERIFIED). Pass `{ length: n }` (2–16) or `{ length: "any" }`.
 *
 * **Gotchas**
 *
 * - A move between wards of a 政令指定都市 gives a **new** 世帯番号 while the
 *   宛名番号 is kept (標準仕様書 1.1.13). 世帯分離 / 世帯合併 also change it.
 * - Legacy numbers may lack an M11W2-7 check digit: use `{ checksum: "none" }`.
 *
 * **Example**
 *
 * ```ts
 * import { HouseholdNumber } from "@juki/core"
 *
 * HouseholdNumber.isValid("123456789012340") // => true
 * HouseholdNumber.isValid("100000000000001") // => false (check digit is 8)
 * HouseholdNumber.isValid("100000000000001", { checksum: "none" }) // => true (legacy)
 * HouseholdNumber.isValid("1000004", { length: 7 }) // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import {
  identifierCompact,
  identifierFormat,
  identifierIsValid,
  identifierMask,
  identifierSchema,
  identifierValidate
} from "../identifier/index.js"
import { makeSerialNumber, type SerialNumber } from "../atena-number/modulus11.js"

export {
  type ChecksumMode,
  DEFAULT_LENGTH,
  DEFAULTS as defaults,
  MAX_LENGTH,
  MIN_LENGTH,
  modulus11CheckDigit as checkDigit,
  type RemainderOne,
  type SerialNumberOptions as Options
} from "../atena-number/modulus11.js"

const m = /*#__PURE__*/ makeSerialNumber({
  area: "household-number",
  brand: "HouseholdNumber",
  label: { ja: "世帯番号", en: "Household number" }
})

/**
 * 世帯番号 must have the configured number of digits (juki default 15,
 * UNVERIFIED; basis `verified: false`).
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = m.Length

/**
 * 世帯番号 consists of ASCII digits only (after compaction).
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = m.Format

/**
 * The last digit is the M11W2-7 check digit of 標準仕様書 1.1.13 (remainder 1
 * convention UNVERIFIED).
 *
 * @category rules
 * @since 0.1.0
 */
export const Checksum = m.Checksum

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format, Checksum] as const

/**
 * A 世帯番号 in canonical form (ASCII digits).
 *
 * @category models
 * @since 0.1.0
 */
export type HouseholdNumber = SerialNumber<"HouseholdNumber">

/**
 * Normalises input: white space, hyphens and look-alikes removed, full-width
 * digits to ASCII. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const compact = /*#__PURE__*/ identifierCompact(m.spec)

/**
 * Compacts, then checks length, digits and check digit (options: `length`
 * 2–16 or `"any"`, default 15; `remainderOne`; `checksum: "none"` for legacy
 * numbers). Returns the branded number or the first `JukiError`. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const validate = /*#__PURE__*/ identifierValidate(m.spec)

/**
 * `true` when {@link validate} succeeds. Never throws, whatever the input.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid = /*#__PURE__*/ identifierIsValid(m.spec)

/**
 * Display form: the digits as they are (no grouping is standardised).
 *
 * @category formatting
 * @since 0.1.0
 */
export const format = /*#__PURE__*/ identifierFormat(m.spec)

/**
 * Masked form: only the last 4 digits visible.
 *
 * @category masking
 * @since 0.1.0
 */
export const mask = /*#__PURE__*/ identifierMask(m.spec)

/**
 * effect/Schema of the strict canonical form with the default options.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema = /*#__PURE__*/ identifierSchema(m.spec)

/**
 * Names of the module: 世帯番号 / Household number.
 *
 * @category models
 * @since 0.1.0
 */
export const label = m.spec.label

/**
 * Brand name `HouseholdNumber`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand: "HouseholdNumber" = m.spec.brand
