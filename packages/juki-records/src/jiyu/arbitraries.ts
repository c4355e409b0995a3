/**
 * fast-check arbitraries of 異動事由: valid ids and names, invalid names.
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { ALL, catalogue } from "./index.js"

/**
 * Any 異動事由 id.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const id = fc.constantFrom(...ALL)

/**
 * An id or a Japanese category name (full- or half-width parentheses).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<string> = fc.oneof(
  id,
  fc.constantFrom(...catalogue.map((i) => i.ja)),
  fc.constantFrom(...catalogue.map((i) => i.ja.replace(/（/g, "(").replace(/）/g, ")")))
)

/**
 * Names that are not categories (転居取消 included).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("転居取消", "転居取り消し", "引越し", "転入取消", "住所変更", "MOVE"),
  fc.string({ maxLength: 8 }).filter((s) => !catalogue.some((i) => i.ja === s || i.id === s))
)
