/**
 * fast-check arbitraries of 世帯番号: the modulus-11 serial number
 * arbitraries of `AtenaNumber` (same rule, one home).
 *
 * @since 0.1.0
 * @module
 */
export {
  /**
   * Serials of the default length (14 digits).
   *
   * @category arbitraries
   * @since 0.1.0
   */
  base,
  /**
   * Strings rejected with the default options.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  invalid,
  /**
   * 15-digit numbers whose serial has remainder 1 (check digit 0).
   *
   * @category arbitraries
   * @since 0.1.0
   */
  remainderOne,
  /**
   * Valid numbers with the default options.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  valid,
  /**
   * Valid numbers of a given length.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  validOfLength,
  /**
   * Valid numbers of any length 2–16, with that length.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  validSized,
  /**
   * 15-digit numbers with a wrong check digit.
   *
   * @category arbitraries
   * @since 0.1.0
   */
  wrongCheckDigit
} from "../atena-number/arbitraries.js"
