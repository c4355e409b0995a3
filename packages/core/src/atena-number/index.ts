/**
 * AtenaNumber (宛名番号, atena bangō): a municipality's own number for a
 * person, a serial number followed by a modulus-11 check digit (M11W2-7).
 *
 * **When to use**
 *
 * Use `AtenaNumber.validate` / `isValid` for 宛名番号 typed in or imported,
 * and `AtenaNumber.checkDigit` to append the check digit to a new serial.
 * `HouseholdNumber` (世帯番号) follows the same rule.
 *
 * **Details**
 *
 * - 住民記録システム標準仕様書 1.1.13: 宛名番号 and 世帯番号 are serial numbers
 *   with a check digit, **modulus 11 with weights 2–7 (M11W2-7); remainder 0
 *   gives check digit 0**. It applies to new numbers only.
 * - Weights cycle 2,3,4,5,6,7,2,3,… **from the right**: the rightmost digit
 *   of the serial has weight 2. Check digit = 11 − (Σ mod 11), trailing.
 * - Remainder 1 (11 − 1 = 10) is **UNVERIFIED**: by default it gives 0
 *   (`remainderOne: "zero"`, as for the 個人番号); `remainderOne: "reject"`
 *   treats such serials as having no valid check digit.
 * - Length: **juki default 15 digits** including the check digit
 *   (UNVERIFIED: juki's reference notes record no length in 1.1.13). Pass
 *   `{ length: n }` (2–16) or `{ length: "any" }` (2–16 digits).
 *
 * **Gotchas**
 *
 * - Numbers migrated from older systems need not carry an M11W2-7 check
 *   digit (the rule is for new numbers): validate them with
 *   `{ checksum: "none" }`.
 * - The 宛名番号 is local to one municipality and is not sent to the 住基ネット
 *   CS. A move between wards of a 政令指定都市 keeps the 宛名番号 but gives a
 *   new 世帯番号 (標準仕様書 1.1.13); a 再転入 reuses the old 宛名番号
 *   (4.1.1.2).
 *
 * **Example** (Validating with the default and with explicit options)
 *
 * ```ts
 * import { AtenaNumber } from "@juki/core"
 *
 * AtenaNumber.checkDigit("12345678901234") // => 0 (remainder 0)
 * AtenaNumber.isValid("123456789012340") // => true (15 digits)
 * AtenaNumber.isValid("12343", { length: 5 }) // => true
 * AtenaNumber.isValid("60", { length: 2 }) // => true (remainder 1 → 0)
 * AtenaNumber.isValid("60", { length: 2, remainderOne: "reject" }) // => false
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
import { makeSerialNumber, type SerialNumber } from "./modulus11.js"

export {
  type ChecksumMode,
  DEFAULT_LENGTH,
  DEFAULTS as defaults,
  MAX_LENGTH,
  MIN_LENGTH,
  modulus11CheckDigit as checkDigit,
  type RemainderOne,
  type SerialNumberOptions as Options
} from "./modulus11.js"

const m = /*#__PURE__*/ makeSerialNumber({
  area: "atena-number",
  brand: "AtenaNumber",
  label: { ja: "宛名番号", en: "Atena number" }
})

/**
 * 宛名番号 must have the configured number of digits (juki default 15,
 * UNVERIFIED; basis `verified: false`).
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = m.Length

/**
 * 宛名番号 consists of ASCII digits only (after compaction).
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
 * A 宛名番号 in canonical form (ASCII digits).
 *
 * @category models
 * @since 0.1.0
 */
export type AtenaNumber = SerialNumber<"AtenaNumber">

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
 * Names of the module: 宛名番号 / Atena number.
 *
 * @category models
 * @since 0.1.0
 */
export const label = m.spec.label

/**
 * Brand name `AtenaNumber`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand: "AtenaNumber" = m.spec.brand
