/**
 * fast-check arbitraries of 全国地方公共団体コード.
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { all, checkDigit } from "./index.js"
import { COUNT } from "./table.js"

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), minLength: min, maxLength: max })

/**
 * 5-digit bases (prefecture 01–47 + any 3 digits), without check digit.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const base: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 47 }), fc.integer({ min: 0, max: 999 }))
  .map(([p, m]) => `${String(p).padStart(2, "0")}${String(m).padStart(3, "0")}`)

/**
 * Codes of the bundled table (every one valid and known).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const known: fc.Arbitrary<string> = fc.integer({ min: 0, max: COUNT - 1 }).map((i) => all()[i]?.code ?? "010006")

/**
 * Checksum-valid codes with prefecture 01–47 (known or not): what `validate`
 * accepts with default options.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = fc.oneof(
  known,
  base.map((b) => `${b}${checkDigit(b)}`)
)

/**
 * Valid bases with every check digit but the right one.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const wrongCheckDigit: fc.Arbitrary<string> = fc
  .tuple(base, fc.integer({ min: 1, max: 9 }))
  .map(([b, k]) => `${b}${((checkDigit(b) ?? 0) + k) % 10}`)

/**
 * Strings `validate` rejects with default options: wrong check digit, wrong
 * length, a non-digit, or a prefecture outside 01–47 (with a correct check
 * digit).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  wrongCheckDigit,
  digits(0, 12).filter((s) => s.length !== 6),
  fc
    .tuple(fc.oneof(fc.constant(0), fc.integer({ min: 48, max: 99 })), fc.integer({ min: 0, max: 999 }))
    .map(([p, m]) => {
      const b = `${String(p).padStart(2, "0")}${String(m).padStart(3, "0")}`
      return `${b}${checkDigit(b)}`
    }),
  fc
    .tuple(digits(5, 5), fc.integer({ min: 0, max: 5 }), fc.constantFrom("A", "O", "x", "#", "丁"))
    .map(([d, i, ch]) => `${d.slice(0, i)}${ch}${d.slice(i)}`)
)
