/**
 * `@juki/formats`: typed record layouts, byte-exact fixed-length (Shift_JIS/
 * CP932, UTF-8) and CSV codecs, streaming validation in constant memory,
 * generation of TypeScript types, JSON Schema and Markdown from layouts, and
 * seeded synthetic sample files.
 *
 * **When to use**
 *
 * Reading or writing the files resident data moves in: fixed-length records
 * to and from the CS, CSV exports, migration files.
 *
 * **Details**
 *
 * Layouts are data (`defineLayout`, `parseLayout`); codecs (`FixedLength`,
 * `Csv`), schemas and docs are derived from them. Reference layouts of the
 * 別添2 files are in `ReferenceLayouts` (juki reference layouts, not official).
 *
 * **Gotchas**
 *
 * Decoding Shift_JIS needs `TextDecoder("shift_jis")` (browsers; Node with full
 * ICU).
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength, ReferenceLayouts, generateSample } from "@juki/formats"
 *
 * const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
 * // Any byte source: a Node or web stream (`createReadStream(path)`, `file.stream()`), bytes or chunks.
 * const synthetic = generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 4, seed: 7 })
 * const summary = await codec.validate(synthetic)
 * summary // => { records: 4, accepted: 4, rejected: 0, bytes: 3056, … }
 * ```
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
export * as Parallel from "./parallel/index.js"
export * from "./sample/index.js"
export * as ReferenceLayouts from "./reference/index.js"
export * from "./generate/index.js"
export * as Reconcile from "./reconcile/index.js"
