/**
 * `@juki/formats`: typed record layouts, byte-exact fixed-length (Shift_JIS/
 * CP932, UTF-8) and CSV codecs, streaming validation in constant memory,
 * generation of TypeScript types, JSON Schema and Markdown from layouts, and
 * seeded synthetic sample files.
 *
 * @since 0.1.0
 * @module
 */
export * from "./layout/index.js"
export * from "./rules/index.js"
export * from "./checks/index.js"
export * from "./stream/index.js"
export { EncodeFailure, type Codec, type Decoded, type EncodeOptions } from "./codec/api.js"
export * as ShiftJis from "./charset/shift-jis.js"
export * as Utf8 from "./charset/utf8.js"
export * as FixedLength from "./fixed/index.js"
export * as Csv from "./csv/index.js"
export * from "./sample/index.js"
export * as ReferenceLayouts from "./reference/index.js"
export * from "./generate/index.js"
