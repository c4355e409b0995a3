/**
 * `@juki/retention`: how long each record of the resident registry is kept
 * (住民基本台帳法施行令 第34条 and documented practice), exact to the day, and
 * streaming purge planning over millions of records.
 *
 * - `Period`: 民法140条・143条 period arithmetic (the last retained day).
 * - Policies as data: {@link policies}, regimes, municipality overrides and
 *   settings for practice-only rules.
 * - {@link evaluate} and {@link planPurge}: status, last retained day, basis.
 * - {@link renderRetentionDocs}: the Markdown of `docs/retention.md`.
 *
 * fast-check arbitraries live in the separate entry `@juki/retention/arbitraries`.
 *
 * @since 0.1.0
 * @module
 */
export * as Period from "./period/index.js"
export * from "./policy/index.js"
export * from "./evaluate/index.js"
export * from "./docs/index.js"
export * from "./conformance/index.js"
