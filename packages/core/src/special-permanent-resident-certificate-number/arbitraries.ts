/**
 * fast-check arbitraries of 特別永住者証明書番号 (assumed 2+8+2 layout,
 * UNVERIFIED). Synthetic values only.
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"

export {
  /**
   * Strings rejected with the default (assumed 2+8+2) layout.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  invalid,
  /**
   * Well-formed numbers as people type them (lower case, full width, separators).
   *
   * @category arbitraries
   * @since 0.1.0
   */
  typed,
  /**
   * Well-formed numbers in the assumed 2+8+2 layout.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  valid
} from "../residence-card-number/arbitraries.js"

/**
 * 1–16 ASCII capital letters and digits: accepted with
 * `{ layout: "alphanumeric" }`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const alphanumeric: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
  minLength: 1,
  maxLength: 16
})
