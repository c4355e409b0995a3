/**
 * `@juki/mynumber`: 個人番号 (My Number) and 法人番号 (Corporate Number) with one
 * uniform API: `compact`, `validate`, `isValid`, `format`, `checkDigit`,
 * `mask` and an effect/Schema `Schema`.
 *
 * @since 0.1.0
 * @module
 */
export * as MyNumber from "./my-number/index.js"
export * as CorporateNumber from "./corporate-number/index.js"
