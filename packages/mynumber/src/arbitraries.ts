/**
 * fast-check arbitraries of valid and invalid 個人番号 and 法人番号. Requires the
 * optional peer dependency `fast-check` 4.
 *
 * @since 0.1.0
 * @module
 */
export * as MyNumber from "./my-number/arbitraries.js"
export * as CorporateNumber from "./corporate-number/arbitraries.js"
