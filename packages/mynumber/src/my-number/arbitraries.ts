/**
 * fast-check arbitraries of 個人番号: checksum-valid numbers, 11-digit bases,
 * numbers with a wrong check digit and inputs that fail each rule. Requires
 * the optional peer dependency `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { MyNumber } from "@juki/mynumber"
 * import { MyNumber as Arb } from "@juki/mynumber/arbitraries"
 *
 * fc.assert(fc.property(Arb.valid, (n) => MyNumber.isValid(n)))
 * fc.assert(fc.property(Arb.invalid, (s) => !MyNumber.isValid(s)))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { checkDigit, type MyNumber } from "./index.js"

const digit = fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: digit, minLength, maxLength })

/**
 * 11 ASCII digits: the base a check digit is computed from.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const base: fc.Arbitrary<string> = digits(11, 11)

/**
 * Checksum-valid 個人番号 in canonical form (12 ASCII digits). Synthetic: a
 * checksum-valid number is not necessarily assigned to anyone.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<MyNumber> = base.map((b) => `${b}${checkDigit(b) as number}` as MyNumber)

/**
 * 12 ASCII digits whose last digit is NOT the check digit of the first 11
 * (fails `mynumber.my-number.checksum`).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const wrongCheckDigit: fc.Arbitrary<string> = fc
  .tuple(base, fc.integer({ min: 1, max: 9 }))
  .map(([b, k]) => `${b}${((checkDigit(b) as number) + k) % 10}`)

/**
 * ASCII digit strings of any length but 12, from 0 to 24 (fails
 * `mynumber.my-number.length`).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const wrongLength: fc.Arbitrary<string> = digits(0, 24).filter((s) => s.length !== 12)

/**
 * A valid number with one character replaced by a non-digit that compaction
 * keeps (letters, `#`, `*`, `/`, `+`, `:`), so it fails `mynumber.my-number.format`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const nonDigit: fc.Arbitrary<string> = fc
  .tuple(valid, fc.integer({ min: 0, max: 11 }), fc.constantFrom(..."ABCIOXYZabiloz#*/+:"))
  .map(([n, i, c]) => `${n.slice(0, i)}${c}${n.slice(i + 1)}`)

/**
 * Strings that every verb must reject: wrong check digit, wrong length or a
 * non-digit.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(wrongCheckDigit, wrongLength, nonDigit)
