/**
 * fast-check arbitraries of 在留カード番号 (2 capital letters + 8 digits +
 * 2 capital letters). Synthetic values only; the same arbitraries serve
 * `SpecialPermanentResidentCertificateNumber`.
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"

const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ")
const digit = fc.constantFrom(..."0123456789")
const letters = (n: number) => fc.string({ unit: letter, minLength: n, maxLength: n })
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n })

/**
 * Well-formed numbers in canonical form (`AB12345678CD`).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = fc
  .tuple(letters(2), digits(8), letters(2))
  .map(([a, d, b]) => `${a}${d}${b}`)

/**
 * Well-formed numbers as people type them: lower case, full width, spaces or
 * hyphens between the groups. `validate` accepts them after compaction.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const typed: fc.Arbitrary<string> = fc
  .tuple(valid, fc.constantFrom("", " ", "-", "　"), fc.boolean(), fc.boolean())
  .map(([v, sep, lower, wide]) => {
    let s = `${v.slice(0, 2)}${sep}${v.slice(2, 10)}${sep}${v.slice(10)}`
    if (lower) s = s.toLowerCase()
    if (wide) s = s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    return s
  })

/**
 * Strings `validate` rejects (with the 2+8+2 layout): 7 or 9 digits, a
 * letter or digit in the wrong place, a symbol, or a wrong length.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(letters(2), fc.oneof(digits(7), digits(9)), letters(2)).map(([a, d, b]) => `${a}${d}${b}`),
  fc.tuple(valid, fc.integer({ min: 0, max: 11 })).map(([v, i]) => {
    const c = v[i]!
    const swapped = c >= "0" && c <= "9" ? "X" : "7"
    return `${v.slice(0, i)}${swapped}${v.slice(i + 1)}`
  }),
  fc
    .tuple(valid, fc.integer({ min: 0, max: 11 }), fc.constantFrom("#", "@", "あ", "*", "/"))
    .map(([v, i, ch]) => `${v.slice(0, i)}${ch}${v.slice(i + 1)}`),
  fc.string({ unit: fc.oneof(letter, digit), maxLength: 16 }).filter((s) => s.length !== 12)
)
