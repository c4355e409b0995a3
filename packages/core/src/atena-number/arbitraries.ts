/**
 * fast-check arbitraries of modulus-11 serial numbers (宛名番号; the same
 * arbitraries serve `HouseholdNumber`). Synthetic values only.
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { DEFAULT_LENGTH, MAX_LENGTH, MIN_LENGTH, modulus11CheckDigit } from "./modulus11.js"

const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), minLength, maxLength })

const remainder = (base: string): number => {
  let sum = 0
  for (let i = 0; i < base.length; i++) sum += (base.charCodeAt(i) - 48) * (2 + ((base.length - 1 - i) % 6))
  return sum % 11
}

/**
 * Serials (bases) of the default length: 14 ASCII digits.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const base: fc.Arbitrary<string> = digits(DEFAULT_LENGTH - 1, DEFAULT_LENGTH - 1)

/**
 * Valid numbers of a given total length (2–16) with the default conventions.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const validOfLength = (length: number): fc.Arbitrary<string> =>
  digits(length - 1, length - 1).map((b) => `${b}${modulus11CheckDigit(b) ?? 0}`)

/**
 * Valid numbers with the default options (15 digits, remainder 1 → 0).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = validOfLength(DEFAULT_LENGTH)

/**
 * Valid numbers of any length 2–16, with that length: use
 * `{ length: n }` or `{ length: "any" }` when validating.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const validSized: fc.Arbitrary<{ readonly value: string; readonly length: number }> = fc
  .integer({ min: MIN_LENGTH, max: MAX_LENGTH })
  .chain((length) => validOfLength(length).map((value) => ({ value, length })))

/**
 * 15-digit numbers whose serial has remainder 1 (check digit 0): accepted by
 * default, rejected with `remainderOne: "reject"`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const remainderOne: fc.Arbitrary<string> = base.filter((b) => remainder(b) === 1).map((b) => `${b}0`)

/**
 * 15-digit numbers with a wrong check digit (for either remainder-1
 * convention).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const wrongCheckDigit: fc.Arbitrary<string> = fc
  .tuple(base, fc.integer({ min: 1, max: 9 }))
  .map(([b, k]) => `${b}${((modulus11CheckDigit(b) ?? 0) + k) % 10}`)

/**
 * Strings rejected with the default options: wrong check digit, wrong
 * length or a non-digit.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  wrongCheckDigit,
  digits(0, 20).filter((s) => s.length !== DEFAULT_LENGTH),
  fc
    .tuple(digits(14, 14), fc.integer({ min: 0, max: 14 }), fc.constantFrom("A", "X", "o", "#", "〇", "+"))
    .map(([d, i, ch]) => `${d.slice(0, i)}${ch}${d.slice(i)}`)
)
