/**
 * `@juki/certificates`: what a 住民票の写し, 住民票記載事項証明書, 除票の写し,
 * 除票記載事項証明書, 転出証明書 or 住民票コード通知書 may show, for whom and
 * through which channel, as data.
 *
 * - A request as typed data ({@link CertificateRequest}, {@link decodeRequest}).
 * - {@link project}: the content (rows and items in print order, each printed or
 *   省略) or every violation with its rule id and legal basis.
 * - The rule catalogue ({@link rules}) and the item catalogue ({@link items}).
 * - {@link renderText} and {@link renderHtml} for tests, demos and review.
 *
 * Builds on the public API of `@juki/records`.
 *
 * @since 0.1.0
 * @module
 */
export * from "./items/index.js"
export * from "./request/index.js"
export * from "./project/index.js"
export { inForce, isMeasures, namesRequester, type Offender, type SupportMeasure } from "./project/measures.js"
export * from "./render/index.js"
export * from "./rules/index.js"
export * from "./conformance/index.js"
