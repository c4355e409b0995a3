/**
 * fast-check arbitraries of 法人番号: checksum-valid numbers, 12-digit
 * 基礎番号, numbers with a wrong check digit and inputs that fail each rule.
 * Requires the optional peer dependency `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { CorporateNumber } from "@juki/mynumber"
 * import { CorporateNumber as Arb } from "@juki/mynumber/arbitraries"
 *
 * fc.assert(fc.property(Arb.valid, (n) => CorporateNumber.isValid(n)))
 * fc.assert(fc.property(Arb.invalid, (s) => !CorporateNumber.isValid(s)))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { checkDigit, type CorporateNumber } from "./index.js"

const digit = fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: digit, minLength, maxLength })

/**
 * 12 ASCII digits: a 基礎番号 the check digit is computed from.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const base: fc.Arbitrary<string> = digits(12, 12)

/**
 * Checksum-valid 法人番号 in canonical form (check digit first, 13 ASCII
 * digits). Synthetic: not necessarily designated.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<CorporateNumber> = base.map((b) => `${checkDigit(b) as number}${b}` as CorporateNumber)

/**
 * 13 ASCII digits whose first digit is NOT the check digit of the other 12
 * (fails `mynumber.corporate-number.checksum`); includes a leading 0, which no
 * 基礎番号 produces.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const wrongCheckDigit: fc.Arbitrary<string> = fc
  .tuple(base, fc.integer({ min: 1, max: 9 }))
  .map(([b, k]) => `${((checkDigit(b) as number) + k) % 10}${b}`)

/**
 * ASCII digit strings of any length but 13, from 0 to 24 (fails
 * `mynumber.corporate-number.length`).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const wrongLength: fc.Arbitrary<string> = digits(0, 24).filter((s) => s.length !== 13)

/**
 * A valid number with one character replaced by a non-digit that compaction
 * keeps (letters, `#`, `*`, `/`, `+`, `:`), so it fails
 * `mynumber.corporate-number.format`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const nonDigit: fc.Arbitrary<string> = fc
  .tuple(valid, fc.integer({ min: 0, max: 12 }), fc.constantFrom(..."ABCIOTXYZabiloz#*/+:"))
  .map(([n, i, c]) => `${n.slice(0, i)}${c}${n.slice(i + 1)}`)

/**
 * Strings that every verb must reject: wrong check digit, wrong length or a
 * non-digit.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(wrongCheckDigit, wrongLength, nonDigit)
