// The data model of layouts and the type-level derivation of record types. Re-exported by ./index.ts.
import type { JukiError } from "@juki/core"
import type { CheckContext } from "../checks/index.js"

/**
 * Character class of a field:
 *
 * | class | 日本語 | accepts |
 * |---|---|---|
 * | `numeric` | 数字 | `0`–`9` |
 * | `alphanumeric` | 半角英数 | printable ASCII U+0020–U+007E |
 * | `halfwidth` | 半角 | printable ASCII and half-width katakana U+FF61–U+FF9F |
 * | `fullwidth` | 全角 | anything but ASCII, half-width katakana and control characters |
 * | `mixed` | 混在 | anything but control characters |
 *
 * Control characters (U+0000–U+001F, U+007F) and lone surrogates are never
 * accepted. In Shift_JIS a value must also be encodable (see `ShiftJis`).
 *
 * @category models
 * @since 0.1.0
 */
export type CharClass = "numeric" | "alphanumeric" | "halfwidth" | "fullwidth" | "mixed"

/**
 * Japanese names of the character classes (数字, 半角英数, 半角, 全角, 混在).
 *
 * @category models
 * @since 0.1.0
 */
export const CHAR_CLASS_LABELS: { readonly [C in CharClass]: { readonly ja: string; readonly en: string } } = {
  numeric: { ja: "数字", en: "digits" },
  alphanumeric: { ja: "半角英数", en: "half-width alphanumeric" },
  halfwidth: { ja: "半角", en: "half-width" },
  fullwidth: { ja: "全角", en: "full-width" },
  mixed: { ja: "混在", en: "mixed" }
}

/**
 * A check a field refers to: the id of a registered check (e.g.
 * `"mynumber.MyNumber"`, `"core.LocalGovernmentCode"`, see `checkIds`) or,
 * in TypeScript layouts, a function returning the problem of a value.
 *
 * @category models
 * @since 0.1.0
 */
export type CheckRef = string | FieldCheck

/**
 * A field check: returns the problem of a (decoded, non-blank) value, or
 * `undefined`. Errors keep the rule id of the package that owns the rule.
 *
 * @category models
 * @since 0.1.0
 */
export type FieldCheck = (value: string, context: CheckContext) => JukiError | undefined

/**
 * One field of a layout. Plain data: a JSON file can hold it.
 *
 * @category models
 * @since 0.1.0
 */
export interface FieldSpec {
  /** Property name in decoded records, an identifier (`residentCode`). */
  readonly name: string
  /** Japanese label (`住民票コード`). */
  readonly label: string
  /** Item number in the source list (e.g. 別添2 No.). */
  readonly no?: number
  /** Character class. */
  readonly chars: CharClass
  /** Fixed-length: width in bytes of the file's encoding. CSV: not used. */
  readonly length?: number
  /** Fixed-length: 0-based byte offset; default: the end of the previous field. */
  readonly offset?: number
  /** CSV: 0-based column; default: the position among the non-filler fields. */
  readonly column?: number
  /** Decoded type: `"string"` (default) or `"integer"` (a `number`; digits only). */
  readonly type?: "string" | "integer"
  /** A blank value (only padding, or an empty CSV cell) is an error (default `false`; blank decodes to `null`). */
  readonly required?: boolean
  /** Padding: `"space"` (U+0020), `"zero"` (integers only) or `"ideographic-space"` (U+3000, 全角 only). */
  readonly pad?: "space" | "zero" | "ideographic-space"
  /** Justification: `"left"` (default for text; padding after) or `"right"` (default for integers). */
  readonly justify?: "left" | "right"
  /** Code list: code → Japanese meaning. The decoded type is the union of the codes. */
  readonly codes?: { readonly [code: string]: string }
  /** A check by reference (`"mynumber.MyNumber"`) or function. */
  readonly check?: CheckRef
  /** Options passed to the check (e.g. `{ length: 15 }` for `core.AtenaNumber`). */
  readonly checkOptions?: { readonly [key: string]: string | number | boolean }
  /** Fields whose values the check also needs (e.g. the 元号区分 of a 元号区分 + 年月日 pair). */
  readonly checkWith?: ReadonlyArray<string>
  /** This integer field is the 項目長 (length) of the named field. */
  readonly itemLengthOf?: string
  /** This integer field is the 外字数 of the named field (counted by `Text.countGaiji`). */
  readonly gaijiCountOf?: string
  /** Reserved bytes (予備): not part of decoded records, written as padding, not checked. */
  readonly filler?: boolean
  /** Free text for the docs. */
  readonly description?: string
}

/**
 * A record layout: the single source from which the TypeScript type, the
 * effect Schema, the JSON Schema, the Markdown table, the decoder and the
 * encoder are derived.
 *
 * @category models
 * @since 0.1.0
 */
export interface LayoutSpec {
  /** Name of the generated type, PascalCase (`HonninKakuninJoho`). */
  readonly name: string
  /** Japanese title (`本人確認情報ファイル`). */
  readonly title: string
  /** Where the layout comes from, e.g. `"juki reference layout (not official)"` or a vendor's spec id. */
  readonly basis: string
  readonly description?: string
  /** Encoding of fixed-length files (default `"shift_jis"`); widths count bytes of it. */
  readonly encoding?: Encoding
  /** Record terminator of fixed-length files (default `"CRLF"`). */
  readonly recordTerminator?: RecordTerminator
  /**
   * Line-ending policy of fixed-length files with `recordTerminator: "CRLF"`:
   * `"crlf"` (default, strict: a bare LF is `formats.record.line-ending`, the
   * record is rejected) or `"any"` (CRLF or LF).
   */
  readonly lineEnding?: LineEnding
  /** Unit of `itemLengthOf` fields: `"bytes"` (default, UNVERIFIED) or `"chars"`. */
  readonly itemLengthUnit?: "bytes" | "chars"
  /** The fields, in byte order. */
  readonly fields: ReadonlyArray<FieldSpec>
}

/**
 * The encodings of the codecs.
 *
 * @category models
 * @since 0.1.0
 */
export type Encoding = "shift_jis" | "utf-8"

/**
 * Line-ending policy of fixed-length files: `"crlf"` (strict) or `"any"`.
 *
 * @category models
 * @since 0.2.0
 */
export type LineEnding = "crlf" | "any"

/**
 * Record terminators of fixed-length files.
 *
 * @category models
 * @since 0.1.0
 */
export type RecordTerminator = "CRLF" | "LF" | "none"

type Fields<L extends LayoutSpec> = L["fields"][number]
type DataField<L extends LayoutSpec> = Exclude<Fields<L>, { readonly filler: true }>
type DerivedField = { readonly itemLengthOf: string } | { readonly gaijiCountOf: string }

/**
 * The decoded type of one field: `number` for integers, the union of the
 * codes when there is a code list, `string` otherwise (`string | number`
 * for a layout whose type is not known, e.g. one loaded from JSON).
 *
 * @category models
 * @since 0.1.0
 */
export type FieldValue<F extends FieldSpec> = string extends F["name"]
  ? string | number
  : F extends { readonly type: "integer" }
    ? number
    : F extends { readonly codes: infer C }
      ? Extract<keyof C, string>
      : string

type Nullable<F extends FieldSpec> = F extends { readonly required: true } ? FieldValue<F> : FieldValue<F> | null

/**
 * The type of a decoded record of a layout, inferred from a `const` layout
 * (see `defineLayout`): one readonly property per non-filler field; optional
 * fields are `T | null` (`null` = blank).
 *
 * **Example**
 *
 * ```ts
 * import { defineLayout, type RecordOf } from "@juki/formats"
 *
 * const L = defineLayout({
 *   name: "Tiny", title: "例", basis: "example",
 *   fields: [
 *     { name: "code", label: "コード", chars: "numeric", length: 6, required: true },
 *     { name: "sex", label: "性別", chars: "numeric", length: 1, codes: { "1": "男", "2": "女" } }
 *   ]
 * })
 * type Tiny = RecordOf<typeof L> // { readonly code: string; readonly sex: "1" | "2" | null }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type RecordOf<L extends LayoutSpec> = {
  readonly [F in DataField<L> as F["name"]]: Nullable<F>
}

/**
 * What the encoders accept: a {@link RecordOf} in which 項目長 and 外字数
 * fields may be left out (they are computed).
 *
 * @category models
 * @since 0.1.0
 */
export type EncodeInput<L extends LayoutSpec> = {
  readonly [F in Exclude<DataField<L>, DerivedField> as F["name"]]: Nullable<F>
} & {
  readonly [F in Extract<DataField<L>, DerivedField> as F["name"]]?: Nullable<F> | undefined
}

/**
 * Declares a layout. The identity function with a `const` type parameter, so
 * that {@link RecordOf} infers field names, code unions and nullability.
 *
 * @category constructors
 * @since 0.1.0
 */
export const defineLayout = <const L extends LayoutSpec>(layout: L): L => layout
