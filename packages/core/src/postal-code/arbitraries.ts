/**
 * fast-check arbitraries of 郵便番号. Synthetic values only (well formed, not
 * necessarily assigned).
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"

const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength, maxLength })

/**
 * 7 ASCII digits: the canonical form.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = digits(7, 7)

/**
 * Valid codes as people write them: `NNN-NNNN`, 〒, full width, a full-width
 * or Unicode hyphen, or a space after the 3rd digit.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const typed: fc.Arbitrary<string> = fc
  .tuple(
    valid,
    fc.constantFrom("", "-", "－", "‐", "−", "ー", " ", "　"),
    fc.constantFrom("", "〒", "〒 "),
    fc.boolean()
  )
  .map(([v, sep, mark, wide]) => {
    const s = `${mark}${v.slice(0, 3)}${sep}${v.slice(3)}`
    return wide ? s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : s
  })

/**
 * Strings `validate` rejects: wrong number of digits, a separator in the
 * wrong place, or a non-digit.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  digits(0, 10).filter((s) => s.length !== 7),
  fc
    .tuple(
      valid,
      fc.integer({ min: 1, max: 6 }).filter((i) => i !== 3)
    )
    .map(([v, i]) => `${v.slice(0, i)}-${v.slice(i)}`),
  fc
    .tuple(valid, fc.integer({ min: 0, max: 6 }), fc.constantFrom("A", "O", "l", "#", "〇"))
    .map(([v, i, ch]) => `${v.slice(0, i)}${ch}${v.slice(i + 1)}`)
)
