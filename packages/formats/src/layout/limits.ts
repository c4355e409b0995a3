// One source of truth for the limits of a field value: used by the JSON Schema, the effect Schema and the
// generated TypeScript docs, and equal to what the fixed-length writer accepts.
import * as SJ from "../charset/shift-jis.js"
import type { CharClass, Encoding, FieldSpec } from "./model.js"

/**
 * The limits of a text field's value in one encoding.
 *
 * @category models
 * @since 0.2.0
 */
export interface FieldLimits {
  /** The field's width in bytes of the encoding (`x-juki-bytes`). */
  readonly maxBytes: number
  /** Most characters (code points): exact when `charsExact`, else an upper bound (`maxLength`). */
  readonly maxChars: number
  /** Whether `maxChars` alone decides (every character of the class takes the same bytes in the encoding). */
  readonly charsExact: boolean
}

/** Fewest and most bytes one character of a class takes in an encoding (only encodable characters). */
const bytesPerChar = (chars: CharClass, encoding: Encoding): readonly [number, number] => {
  if (chars === "numeric" || chars === "alphanumeric") return [1, 1]
  if (encoding === "shift_jis") return chars === "fullwidth" ? [2, 2] : chars === "halfwidth" ? [1, 1] : [1, 2]
  // UTF-8: half-width katakana 3 bytes; 全角 from U+00A0 (2 bytes) to outside the BMP (4 bytes).
  return chars === "halfwidth" ? [1, 3] : chars === "fullwidth" ? [2, 4] : [1, 4]
}

/**
 * The limits of a text field of a fixed-length layout (no limits for CSV or
 * fields without a width): the most characters, and the width in bytes.
 *
 * **Example**
 *
 * ```ts
 * import { fieldLimits } from "@juki/formats"
 *
 * fieldLimits({ name: "nameKanji", label: "漢字氏名", chars: "fullwidth", length: 60 }, "shift_jis")
 * // => { maxBytes: 60, maxChars: 30, charsExact: true }
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const fieldLimits = (f: FieldSpec, encoding: Encoding): FieldLimits | undefined => {
  if (f.length === undefined || f.type === "integer" || f.codes !== undefined) return undefined
  const [min, max] = bytesPerChar(f.chars, encoding)
  return { maxBytes: f.length, maxChars: Math.floor(f.length / min), charsExact: min === max }
}

/**
 * The byte length of a value in an encoding, or `undefined` when a
 * character cannot be encoded under the Shift_JIS mapping policy.
 *
 * @internal
 */
export const valueBytes = (
  value: string,
  encoding: Encoding,
  policy?: Partial<SJ.MappingPolicy>
): number | undefined => {
  if (encoding === "utf-8") {
    let n = 0
    for (const ch of value) {
      const cp = ch.codePointAt(0) as number
      n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    }
    return n
  }
  const r = SJ.encode(value, policy)
  return r._tag === "Success" ? r.success.length : undefined
}

/**
 * The characters the Shift_JIS mapping policy can write, as a regular
 * expression (`^[…]*$`, flag `u`) for JSON Schema `pattern`.
 *
 * @internal
 */
export const shiftJisPattern = (policy?: Partial<SJ.MappingPolicy>): string => {
  const t = SJ.tables(policy)
  const ranges: Array<string> = []
  const esc = (u: number) => `\\u${u.toString(16).toUpperCase().padStart(4, "0")}`
  let u = 0
  while (u < 0x10000) {
    if (t.encode[u] === 0 && u !== 0) {
      u++
      continue
    }
    let v = u
    while (v + 1 < 0x10000 && t.encode[v + 1] !== 0) v++
    ranges.push(v === u ? esc(u) : v === u + 1 ? esc(u) + esc(v) : `${esc(u)}-${esc(v)}`)
    u = v + 1
  }
  return `^[${ranges.join("")}]*$`
}
