/**
 * `@juki/core`: identifiers, 和暦 registry dates, Japanese text and the error
 * model shared by every juki package.
 *
 * @since 0.1.0
 * @module
 */
export * from "./errors/index.js"
export * from "./identifier/index.js"
export * as Calendar from "./calendar/index.js"
