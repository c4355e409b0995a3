/**
 * fast-check arbitraries for retention: days biased towards period boundaries
 * and valid/invalid retention items. Requires the optional peer dependency
 * `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { Items, Period } from "@juki/retention/arbitraries"
 *
 * fc.sample(fc.tuple(Items.valid, Period.day), 1)
 * ```
 *
 * @since 0.1.0
 * @module
 */
export * as Period from "./period/arbitraries.js"
export * as Items from "./evaluate/arbitraries.js"
