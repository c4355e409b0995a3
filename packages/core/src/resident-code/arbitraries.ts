/**
 * fast-check arbitraries of 住民票コード. Synthetic values only.
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { checkDigit } from "./index.js"

const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), minLength, maxLength })

/**
 * 10 ASCII digits: the random part of a 住民票コード.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const base: fc.Arbitrary<string> = digits(10, 10)

/**
 * Any 11 ASCII digits: what `validate` accepts with the default
 * `{ checksum: "none" }`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = digits(11, 11)

/**
 * Codes whose 11th digit is the UNVERIFIED assumed check digit: accepted with
 * `{ checksum: "assumed-mod11" }`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const assumedValid: fc.Arbitrary<string> = base.map((b) => `${b}${checkDigit(b)}`)

/**
 * 11 digits with any other 11th digit: rejected with
 * `{ checksum: "assumed-mod11" }`, accepted by default.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const assumedInvalid: fc.Arbitrary<string> = fc
  .tuple(base, fc.integer({ min: 1, max: 9 }))
  .map(([b, k]) => `${b}${((checkDigit(b) ?? 0) + k) % 10}`)

/**
 * Strings rejected whatever the options: wrong number of digits or a
 * non-digit character.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  digits(0, 14).filter((s) => s.length !== 11),
  fc
    .tuple(digits(10, 10), fc.integer({ min: 0, max: 10 }), fc.constantFrom("A", "X", "o", "#", "〇", "+"))
    .map(([d, i, ch]) => `${d.slice(0, i)}${ch}${d.slice(i)}`)
)
