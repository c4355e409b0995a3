// The effect/Schema of a layout's records. Re-exported by ./index.ts.
import { Schema } from "effect"
import { CHAR_CLASS_LABELS, type CharClass, type FieldSpec, type LayoutSpec, type RecordOf } from "./model.js"

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

const fieldSchema = (f: FieldSpec): Schema.Top => {
  let s: Schema.Top
  if (f.type === "integer") {
    s = Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))
    if (f.length !== undefined) s = (s as typeof Schema.Number).check(Schema.isLessThanOrEqualTo(10 ** f.length - 1))
  } else if (f.codes) {
    s = Schema.Literals(Object.keys(f.codes))
  } else {
    const checks = [Schema.isPattern(new RegExp(CHAR_CLASS_PATTERNS[f.chars], "u"), { expected: CHAR_CLASS_LABELS[f.chars].en })]
    s = Schema.String.check(...(checks as [ReturnType<typeof Schema.isPattern>]))
    if (f.length !== undefined) s = (s as typeof Schema.String).check(Schema.isMaxLength(f.length))
  }
  s = s.annotate({ title: f.label, description: f.description ?? f.label })
  return f.required === true ? s : Schema.NullOr(s)
}

/**
 * An effect `Schema` of a layout's decoded records (a `Struct` with one key
 * per non-filler field; optional fields are `NullOr`). It states types,
 * code lists, character classes and an upper bound of the length; the byte
 * widths, encodability and checks by reference are the codecs' business.
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
export const toSchema = <const L extends LayoutSpec>(layout: L): Schema.Codec<RecordOf<L>> => {
  const fields: Record<string, Schema.Top> = {}
  for (const f of layout.fields) if (f.filler !== true) fields[f.name] = fieldSchema(f)
  return Schema.Struct(fields as Schema.Struct.Fields).annotate({ title: layout.title, description: layout.basis }) as unknown as Schema.Codec<RecordOf<L>>
}
