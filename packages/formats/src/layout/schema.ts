// The effect/Schema of a layout's records. Re-exported by ./index.ts.
import { Schema } from "effect"
import type * as SJ from "../charset/shift-jis.js"
import { fieldLimits, valueBytes } from "./limits.js"
import {
  CHAR_CLASS_LABELS,
  type CharClass,
  type Encoding,
  type FieldSpec,
  type LayoutSpec,
  type RecordOf
} from "./model.js"

/**
 * Options of {@link toSchema} and `generateJsonSchema`: the encoding whose
 * limits the schema states (default: the layout's, else `"shift_jis"`) and
 * the Shift_JIS mapping policy.
 *
 * @category models
 * @since 0.2.0
 */
export interface SchemaOptions {
  readonly encoding?: Encoding
  readonly policy?: Partial<SJ.MappingPolicy>
}

/**
 * The regular expression of a character class as used by the generated
 * schemas (one or more characters; control characters never match).
 *
 * @category schemas
 * @since 0.1.0
 */
export const CHAR_CLASS_PATTERNS: { readonly [C in CharClass]: string } = {
  numeric: "^[0-9]+$",
  alphanumeric: "^[ -~]+$",
  halfwidth: "^[ -~\\uFF61-\\uFF9F]+$",
  fullwidth: "^[^\\u0000-\\u009F\\uFF61-\\uFF9F]+$",
  mixed: "^[^\\u0000-\\u001F\\u007F-\\u009F]+$"
}

const fieldSchema = (f: FieldSpec, encoding: Encoding, policy: Partial<SJ.MappingPolicy> | undefined): Schema.Top => {
  let s: Schema.Top
  if (f.type === "integer") {
    s = Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))
    if (f.length !== undefined) s = (s as typeof Schema.Number).check(Schema.isLessThanOrEqualTo(10 ** f.length - 1))
  } else if (f.codes) {
    s = Schema.Literals(Object.keys(f.codes))
  } else {
    const checks = [
      Schema.isPattern(new RegExp(CHAR_CLASS_PATTERNS[f.chars], "u"), { expected: CHAR_CLASS_LABELS[f.chars].en })
    ]
    s = Schema.String.check(...(checks as [ReturnType<typeof Schema.isPattern>]))
    const limits = fieldLimits(f, encoding)
    if (limits !== undefined) {
      s = (s as typeof Schema.String).check(
        Schema.isMaxLength(limits.maxChars),
        Schema.makeFilter((v: string) => {
          const n = valueBytes(v, encoding, policy)
          return n === undefined
            ? `not writable in ${encoding}`
            : n <= limits.maxBytes || `at most ${limits.maxBytes} bytes in ${encoding}, got ${n}`
        })
      )
    } else if (encoding === "shift_jis") {
      s = (s as typeof Schema.String).check(
        Schema.makeFilter((v: string) => valueBytes(v, encoding, policy) !== undefined || "not writable in shift_jis")
      )
    }
  }
  s = s.annotate({ title: f.label, description: f.description ?? f.label })
  return f.required === true ? s : Schema.NullOr(s)
}

/**
 * An effect `Schema` of a layout's decoded records (a `Struct` with one key
 * per non-filler field; optional fields are `NullOr`). It states the same
 * limits as the fixed-length writer (`fieldLimits`): types, code lists,
 * character classes, the most characters, the width in bytes of the encoding
 * and encodability under the Shift_JIS mapping policy. Checks by reference
 * and 項目長 / 外字数 consistency are the codecs' business.
 *
 * **Example**
 *
 * ```ts
 * import { Schema } from "effect"
 * import { ReferenceLayouts, toSchema } from "@juki/formats"
 *
 * const HonninKakuninJoho = toSchema(ReferenceLayouts.HonninKakuninJoho)
 * const decode = Schema.decodeUnknownResult(HonninKakuninJoho)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const toSchema = <const L extends LayoutSpec>(
  layout: L,
  options: SchemaOptions = {}
): Schema.Codec<RecordOf<L>> => {
  const encoding: Encoding = options.encoding ?? layout.encoding ?? "shift_jis"
  const fields: Record<string, Schema.Top> = {}
  for (const f of layout.fields) if (f.filler !== true) fields[f.name] = fieldSchema(f, encoding, options.policy)
  return Schema.Struct(fields as Schema.Struct.Fields).annotate({
    title: layout.title,
    description: layout.basis
  }) as unknown as Schema.Codec<RecordOf<L>>
}
