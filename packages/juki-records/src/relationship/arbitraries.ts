/**
 * fast-check arbitraries of valid and invalid 続柄 (標準仕様書 1.1.11).
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { BASE_TERMS, FORBIDDEN_TERMS, HEAD, OTHER_TERMS } from "./index.js"

/**
 * A chain of 1–`max` base terms joined by の.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const chain = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...BASE_TERMS), { minLength: min, maxLength: max }).map((xs) => xs.join("の"))

/**
 * Any allowed 続柄.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = fc.oneof(fc.constant(HEAD), fc.constantFrom(...OTHER_TERMS), chain(1, 4))

/**
 * 続柄 that must be rejected: chains of 5–8 links, forbidden terms (alone or in a chain), other words.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  chain(5, 8),
  fc.constantFrom(...FORBIDDEN_TERMS),
  fc.tuple(chain(0, 2), fc.constantFrom(...FORBIDDEN_TERMS)).map(([c, f]) => (c === "" ? f : `${c}の${f}`)),
  fc.constantFrom("長男", "長女", "養子", "友人", "同居者", "世帯主の子", "")
)
