/**
 * Generation from a layout: a TypeScript module of the record type, a JSON
 * Schema, and a Markdown layout table for the docs.
 *
 * **When to use**
 *
 * Generate the types of a vendor's JSON layout instead of writing them by
 * hand (`generateTypeScript`), hand a JSON Schema to other languages and
 * tools (`generateJsonSchema`), and keep the layout tables of the docs in
 * step with the code (`generateMarkdown`).
 *
 * **Details**
 *
 * - The TypeScript type is exactly `RecordOf<typeof layout>` of a `const`
 *   layout (checked by a type test for every reference layout): readonly
 *   properties, `number` for integers, unions for code lists, `| null` for
 *   optional fields. JSDoc on every property gives the Japanese label,
 *   offset, width, class and check.
 * - The JSON Schema (draft 2020-12) describes decoded records with the
 *   writer's limits: `maxLength` in characters, `x-juki-bytes` the width in
 *   bytes, `$defs/writable` the characters of the Shift_JIS policy.
 * - The Markdown table lists No., 項目名, name, 属性, 開始位置 (1-based),
 *   バイト数, 必須, 埋め文字 and checks/codes, with the layout's basis.
 *
 * **Gotchas**
 *
 * Function-valued checks cannot be written into JSON Schema or Markdown; they
 * are left out. Offsets in the docs are those of the layout's encoding.
 *
 * **Example** (Types for a vendor layout)
 *
 * ```ts no-run
 * import { writeFileSync } from "node:fs"
 * import { ReferenceLayouts, generateJsonSchema, generateMarkdown, generateTypeScript } from "@juki/formats"
 *
 * writeFileSync("honnin.ts", generateTypeScript(ReferenceLayouts.HonninKakuninJoho))
 * writeFileSync("honnin.schema.json", JSON.stringify(generateJsonSchema(ReferenceLayouts.HonninKakuninJoho), null, 2))
 * writeFileSync("honnin.md", generateMarkdown(ReferenceLayouts.HonninKakuninJoho))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { fieldLimits, shiftJisPattern } from "../layout/limits.js"
import { CHAR_CLASS_LABELS, type Encoding, type FieldSpec, type LayoutSpec } from "../layout/model.js"
import { CHAR_CLASS_PATTERNS, type SchemaOptions } from "../layout/schema.js"

const comment = (s: string) => s.replace(/\*\//g, "*\\/").replace(/\r?\n/g, " ")
const literal = (s: string) => JSON.stringify(s)

const padLabel = (f: FieldSpec): string => {
  const integer = f.type === "integer"
  const pad = f.pad ?? (integer ? "zero" : f.chars === "fullwidth" ? "ideographic-space" : "space")
  const justify = f.justify ?? (integer ? "right" : "left")
  const p = pad === "zero" ? "0" : pad === "ideographic-space" ? "全角空白" : "空白"
  return `${p}・${justify === "right" ? "右詰" : "左詰"}`
}

const offsets = (layout: LayoutSpec): ReadonlyArray<number> => {
  let end = 0
  return layout.fields.map((f) => {
    const o = f.offset ?? end
    end = o + (f.length ?? 0)
    return o
  })
}

const typeOf = (f: FieldSpec): string => {
  const base = f.type === "integer" ? "number" : f.codes ? Object.keys(f.codes).map(literal).join(" | ") : "string"
  return f.required === true ? base : `${base} | null`
}

const describe = (f: FieldSpec, offset: number, encoding: Encoding): string => {
  const parts = [`${f.no !== undefined ? `${f.no}. ` : ""}${f.label}`, CHAR_CLASS_LABELS[f.chars].ja]
  if (f.length !== undefined) parts.push(`offset ${offset}, ${f.length} bytes`)
  const limits = fieldLimits(f, encoding)
  if (limits !== undefined) {
    parts.push(
      limits.charsExact
        ? `at most ${limits.maxChars} characters (${limits.maxBytes} bytes in ${encoding})`
        : `at most ${limits.maxBytes} bytes in ${encoding} (at most ${limits.maxChars} characters)`
    )
  }
  if (f.required === true) parts.push("必須")
  if (f.itemLengthOf) parts.push(`項目長 of ${f.itemLengthOf}`)
  if (f.gaijiCountOf) parts.push(`外字数 of ${f.gaijiCountOf}`)
  if (typeof f.check === "string") parts.push(`check ${f.check}`)
  if (f.codes)
    parts.push(
      `codes: ${Object.entries(f.codes)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`
    )
  if (f.description) parts.push(f.description)
  return comment(parts.join(" — "))
}

/**
 * Options of {@link generateTypeScript}.
 *
 * @category models
 * @since 0.1.0
 */
export interface TypeScriptOptions {
  /** The encoding whose limits the JSDoc states (default: the layout's, else `"shift_jis"`). */
  readonly encoding?: Encoding
  /** Name of the interface (default `${layout.name}Record`). */
  readonly typeName?: string
  /** Extra JSDoc tags of the interface, e.g. `["@category models", "@since 1.0.0"]`. */
  readonly tags?: ReadonlyArray<string>
}

/**
 * A TypeScript module declaring the record type of a layout, equal to
 * `RecordOf<typeof layout>`.
 *
 * **Example**
 *
 * ```ts
 * import { defineLayout, generateTypeScript } from "@juki/formats"
 *
 * generateTypeScript(defineLayout({
 *   name: "Tiny", title: "例", basis: "example",
 *   fields: [{ name: "sex", label: "性別", chars: "numeric", length: 1, codes: { "1": "男", "2": "女" } }]
 * }))
 * // => "…export interface TinyRecord {\n  /** 性別 — 数字 — offset 0, 1 bytes — codes: 1 男, 2 女 *\/\n  readonly sex: \"1\" | \"2\" | null\n}\n"
 * ```
 *
 * @category generators
 * @since 0.1.0
 */
export const generateTypeScript = (layout: LayoutSpec, options: TypeScriptOptions = {}): string => {
  const name = options.typeName ?? `${layout.name}Record`
  const offs = offsets(layout)
  const encoding: Encoding = options.encoding ?? layout.encoding ?? "shift_jis"
  const lines: Array<string> = [
    `// Generated by @juki/formats generateTypeScript from the layout ${literal(layout.name)}. Do not edit.`,
    "",
    "/**",
    ` * ${comment(layout.title)}: one decoded record.`,
    " *",
    ` * Basis: ${comment(layout.basis)}.${layout.description ? ` ${comment(layout.description)}` : ""}`,
    ...(options.tags && options.tags.length > 0 ? [" *", ...options.tags.map((t) => ` * ${comment(t)}`)] : []),
    " */",
    `export interface ${name} {`
  ]
  layout.fields.forEach((f, i) => {
    if (f.filler === true) return
    lines.push(`  /** ${describe(f, offs[i] as number, encoding)} */`)
    lines.push(`  readonly ${f.name}: ${typeOf(f)}`)
  })
  lines.push("}", "")
  return lines.join("\n")
}

/**
 * A JSON Schema (draft 2020-12) of a layout's decoded records, with the same
 * limits as the fixed-length writer of the encoding.
 *
 * **Details**
 *
 * - 全角 and other text fields: `maxLength` is the most **characters**
 *   (`fieldLimits`: 漢字氏名 of 60 bytes in Shift_JIS: 30); the width in
 *   bytes is the annotation `x-juki-bytes` (the root says
 *   `x-juki-encoding`). Where every character of the class takes the same
 *   bytes (Shift_JIS 全角, 数字, 半角英数, 半角) `maxLength` alone decides; for
 *   混在 in Shift_JIS and most classes in UTF-8 a validator must also count
 *   bytes: register `x-juki-bytes` as a keyword (Ajv: `addKeyword`), as
 *   juki's tests do.
 * - Shift_JIS: every text field also refers to `$defs/writable`, a pattern of
 *   the characters the mapping policy can write (JIS X 0208 by default; the
 *   NEC/IBM extensions only with `charset: "cp932"`).
 * - Integers: `maximum` 10^width − 1; code lists: `enum`.
 *
 * **Gotchas**
 *
 * Checks by reference (`x-juki-check`) and 項目長 / 外字数 consistency are
 * not JSON Schema; strict validators need the `x-juki-*` keywords declared.
 *
 * @category generators
 * @since 0.1.0
 */
export const generateJsonSchema = (layout: LayoutSpec, options: SchemaOptions = {}): Record<string, unknown> => {
  const encoding: Encoding = options.encoding ?? layout.encoding ?? "shift_jis"
  const properties: Record<string, unknown> = {}
  const required: Array<string> = []
  const offs = offsets(layout)
  layout.fields.forEach((f, i) => {
    if (f.filler === true) return
    required.push(f.name)
    const nullable = f.required !== true
    let p: Record<string, unknown>
    if (f.type === "integer") {
      p = { type: nullable ? ["integer", "null"] : "integer", minimum: 0 }
      if (f.length !== undefined) p["maximum"] = 10 ** f.length - 1
    } else if (f.codes) {
      p = { enum: [...Object.keys(f.codes), ...(nullable ? [null] : [])] }
    } else {
      p = { type: nullable ? ["string", "null"] : "string", pattern: CHAR_CLASS_PATTERNS[f.chars], minLength: 1 }
      const limits = fieldLimits(f, encoding)
      if (limits !== undefined) {
        p["maxLength"] = limits.maxChars
        p["x-juki-bytes"] = limits.maxBytes
      }
      if (encoding === "shift_jis") p["allOf"] = [{ $ref: "#/$defs/writable" }]
    }
    if (typeof f.check === "string") p["x-juki-check"] = f.check
    properties[f.name] = { title: f.label, description: describe(f, offs[i] as number, encoding), ...p }
  })
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: layout.title,
    description: `${layout.name}: ${layout.basis}`,
    "x-juki-encoding": encoding,
    type: "object",
    additionalProperties: false,
    required,
    properties,
    ...(encoding === "shift_jis"
      ? {
          $defs: {
            writable: {
              description: "Characters the Shift_JIS mapping policy can write (or null)",
              type: ["string", "null"],
              pattern: shiftJisPattern(options.policy)
            }
          }
        }
      : {})
  }
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ")

/**
 * A Markdown layout table of a layout, for the docs.
 *
 * @category generators
 * @since 0.1.0
 */
export const generateMarkdown = (layout: LayoutSpec): string => {
  const offs = offsets(layout)
  const total = layout.fields.reduce((m, f, i) => Math.max(m, (offs[i] as number) + (f.length ?? 0)), 0)
  const out: Array<string> = [
    `### ${cell(layout.title)} (\`${layout.name}\`)`,
    "",
    `${cell(layout.basis)}. ${layout.fields.length} fields, ${total} bytes per record (${layout.encoding ?? "shift_jis"}), record terminator ${layout.recordTerminator ?? "CRLF"}.`,
    ...(layout.description ? ["", cell(layout.description)] : []),
    "",
    "| No. | 項目名 | name | 属性 | 開始位置 | バイト数 | 必須 | 埋め文字 | チェック・コード |",
    "|---:|---|---|---|---:|---:|:-:|---|---|"
  ]
  layout.fields.forEach((f, i) => {
    const notes: Array<string> = []
    if (f.filler === true) notes.push("予備 (filler)")
    if (typeof f.check === "string")
      notes.push(`\`${f.check}\`${f.checkWith ? ` with ${f.checkWith.map((w) => `\`${w}\``).join(", ")}` : ""}`)
    if (f.itemLengthOf) notes.push(`項目長 of \`${f.itemLengthOf}\``)
    if (f.gaijiCountOf) notes.push(`外字数 of \`${f.gaijiCountOf}\``)
    if (f.codes)
      notes.push(
        Object.entries(f.codes)
          .map(([k, v]) => `${k}: ${v}`)
          .join(", ")
      )
    if (f.description) notes.push(f.description)
    const attr = `${CHAR_CLASS_LABELS[f.chars].ja}${f.type === "integer" ? "（整数）" : ""}`
    out.push(
      `| ${f.no ?? i + 1} | ${cell(f.label)} | \`${f.name}\` | ${attr} | ${f.length !== undefined ? (offs[i] as number) + 1 : ""} | ${f.length ?? ""} | ${f.required === true ? "○" : ""} | ${padLabel(f)} | ${cell(notes.join("; "))} |`
    )
  })
  return out.join("\n") + "\n"
}
