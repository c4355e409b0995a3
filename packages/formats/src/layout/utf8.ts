// The UTF-8 variant of a Shift_JIS layout, with widths derived from what each field can hold.
import { builtinChecks, type CheckEntry, type CheckTable } from "../checks/index.js"
import type { FieldSpec, LayoutSpec } from "./model.js"

/**
 * Options of {@link deriveUtf8Layout}.
 *
 * @category models
 * @since 0.2.0
 */
export interface Utf8LayoutOptions {
  /** Further checks by id (their `vocabulary`, if any, is used as for the built-in ones). */
  readonly checks?: CheckTable
}

const utf8Bytes = (s: string): number => {
  let n = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

const sjisChars = (f: FieldSpec): number => ((f.length ?? 0) / (f.chars === "fullwidth" ? 2 : 1)) | 0

/**
 * The widest UTF-8 encoding of any value a field of the Shift_JIS layout can
 * hold, in bytes, and why.
 *
 * @internal
 */
export const utf8Width = (
  f: FieldSpec,
  layout: LayoutSpec,
  checks: CheckTable = {}
): { readonly length: number; readonly basis: string } => {
  const L = f.length ?? 0
  if (f.filler === true || f.type === "integer")
    return { length: L, basis: "digits / filler: 1 byte each in both encodings" }
  if (f.codes !== undefined) {
    const longest = Math.max(...Object.keys(f.codes).map(utf8Bytes))
    return { length: Math.max(longest, 1), basis: "longest code of the code list" }
  }
  const entry: CheckEntry | undefined =
    typeof f.check === "string"
      ? ((checks[f.check] ?? (builtinChecks as Record<string, CheckEntry>)[f.check]) as CheckEntry | undefined)
      : undefined
  if (entry?.vocabulary !== undefined) {
    const words = entry.vocabulary()
    const longest = words.reduce((m, w) => Math.max(m, utf8Bytes(w)), 0)
    return { length: longest, basis: `longest value of the ${f.check as string} vocabulary (${words.length} values)` }
  }
  switch (f.chars) {
    case "numeric":
    case "alphanumeric":
      return { length: L, basis: "ASCII: 1 byte each in both encodings" }
    case "halfwidth":
      return { length: L * 3, basis: "half-width katakana: 1 byte in Shift_JIS, 3 in UTF-8" }
    case "mixed":
      return { length: L * 3, basis: "mixed: a half-width katakana takes 1 byte in Shift_JIS, 3 in UTF-8" }
    case "fullwidth": {
      // JIS X 0208 characters take at most 3 bytes in UTF-8; a field with a 外字数 may carry 外字 outside the BMP (4 bytes).
      const gaiji = layout.fields.some((g) => g.gaijiCountOf === f.name)
      const n = sjisChars(f) * (gaiji ? 4 : 3)
      return {
        length: Math.ceil(n / 3) * 3,
        basis: gaiji
          ? `${sjisChars(f)} characters of up to 4 bytes (the field has a 外字数), rounded up to a multiple of 3`
          : `${sjisChars(f)} JIS X 0208 characters of up to 3 bytes`
      }
    }
  }
}

/**
 * The UTF-8 variant of a fixed-length Shift_JIS layout: the same fields,
 * each as wide as the widest UTF-8 encoding of any value the Shift_JIS field
 * can hold, offsets recomputed.
 *
 * **When to use**
 *
 * Writing or reading a UTF-8 file of a layout designed for Shift_JIS. The
 * Shift_JIS widths themselves work in UTF-8 but hold fewer characters
 * (a 12-byte 全角 field: 6 characters in Shift_JIS, 4 in UTF-8, so 続柄
 * `夫（未届）` does not fit).
 *
 * **Details**
 *
 * Derived, not guessed, field by field:
 *
 * - a check with a closed vocabulary (`records.Relationship`: 世帯主 and
 *   every chain of up to 4 base terms; `records.Jiyu`): the UTF-8 bytes of
 *   its longest value;
 * - a code list: its longest code;
 * - 全角: the Shift_JIS width / 2 characters × 3 bytes (JIS X 0208), × 4 when
 *   the field has a 外字数 (外字 outside the BMP), rounded up to a multiple
 *   of 3;
 * - 半角 and 混在: × 3 (half-width katakana); 数字, 半角英数, integers and
 *   fillers keep their width;
 * - a 項目長 field gets as many digits as the longest byte length of its
 *   target needs.
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength, ReferenceLayouts, deriveUtf8Layout } from "@juki/formats"
 *
 * const utf8 = deriveUtf8Layout(ReferenceLayouts.HonninKakuninJoho)
 * utf8.fields.find((f) => f.name === "relationship")?.length // => 81 (子（子の夫）の子（子の夫）の子（子の夫）の子（子の夫）)
 * const codec = FixedLength.make(utf8)
 * ```
 *
 * @category constructors
 * @since 0.2.0
 */
export const deriveUtf8Layout = (layout: LayoutSpec, options: Utf8LayoutOptions = {}): LayoutSpec => {
  const widths = new Map<string, number>()
  for (const f of layout.fields) widths.set(f.name, utf8Width(f, layout, options.checks).length)
  let offset = 0
  const fields = layout.fields.map((f): FieldSpec => {
    let length = widths.get(f.name) as number
    if (f.itemLengthOf !== undefined) {
      const target = widths.get(f.itemLengthOf)
      if (target !== undefined) length = Math.max(length, String(target).length)
    }
    const out: FieldSpec = { ...f, length, offset }
    offset += length
    return out
  })
  return {
    ...layout,
    name: `${layout.name}Utf8`,
    title: `${layout.title}（UTF-8）`,
    description: `${layout.description ?? layout.title}: UTF-8 variant, widths derived by deriveUtf8Layout.`,
    encoding: "utf-8",
    fields
  }
}
