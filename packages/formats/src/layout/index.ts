/**
 * Layouts as data: the definition of a record format (fields with byte
 * offsets and widths or CSV columns, character classes, padding, code lists
 * and checks) from which types, schemas, docs, decoders and encoders are
 * derived.
 *
 * **When to use**
 *
 * Write a layout with {@link defineLayout} (TypeScript, types inferred) or
 * load a vendor's JSON file with {@link parseLayout}; check it with
 * {@link checkLayout} / {@link validateLayout}; derive the record type with
 * {@link RecordOf} and an effect Schema with {@link toSchema}.
 *
 * **Details**
 *
 * - Fixed-length fields are listed in byte order; `offset` may be left out
 *   (it is the end of the previous field). Overlaps (`formats.layout.overlap`)
 *   and gaps (`formats.layout.gap`; declare reserved bytes as `filler`) are
 *   errors.
 * - 全角 fields of Shift_JIS layouts need even widths; integers have at most
 *   15 digits; zero padding is for integers, U+3000 padding for 全角 fields.
 * - `check` refers to a check by id (see `builtinChecks`), so rules keep
 *   their home and their rule id; `codes` is a code list (code → meaning).
 * - `itemLengthOf` (項目長) and `gaijiCountOf` (外字数) make an integer field
 *   the length or 外字 count of another field: decoders check them, encoders
 *   compute them when left out.
 *
 * **Gotchas**
 *
 * - A layout loaded from JSON has the wide type `LayoutSpec` (records are
 *   `{ [name]: string | number | null }`); generate its type with
 *   `generateTypeScript` to get a precise one.
 * - Functions as `check` work in TypeScript layouts only; JSON layouts refer
 *   to checks by id.
 *
 * **Example** (A custom layout from a vendor's JSON)
 *
 * ```ts
 * import { parseLayout, FixedLength } from "@juki/formats"
 * import { Result } from "effect"
 *
 * const json = '{"name":"Vendor","title":"取込","basis":"vendor spec v3","fields":[' +
 *   '{"name":"code","label":"コード","chars":"numeric","length":6,"check":"core.LocalGovernmentCode"}]}'
 * const layout = Result.getOrThrow(parseLayout(json))
 * const codec = FixedLength.make(layout)
 * ```
 *
 * @since 0.1.0
 * @module
 */
export * from "./model.js"
export { LayoutError, checkLayout, parseLayout, validateLayout, type LayoutOptions } from "./compile.js"
export { CHAR_CLASS_PATTERNS, toSchema, type SchemaOptions } from "./schema.js"
export { fieldLimits, type FieldLimits } from "./limits.js"
export { deriveUtf8Layout, type Utf8LayoutOptions } from "./utf8.js"
