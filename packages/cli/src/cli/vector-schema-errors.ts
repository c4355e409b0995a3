/**
 * Messages for vector files that do not match the published JSON Schema
 * (`@juki/conformance/schema/vector-file.schema.json`): the most specific
 * problem of the branch the data meant, as a JSON pointer and a line in the
 * user's language. Imports nothing from Node, so the browser app
 * (`apps/web`) reports a loaded file exactly as `juki audit` does.
 *
 * @since 0.2.0
 * @module
 */
import type { Lang } from "@juki/core"
import { t } from "../i18n.js"
import { suggest } from "./text.js"

/**
 * The part of an Ajv error object the messages read (Ajv's `ErrorObject`,
 * also produced by Ajv's standalone validators).
 *
 * @category vectors
 * @since 0.2.0
 */
export interface SchemaError {
  readonly keyword: string
  readonly instancePath: string
  readonly schemaPath: string
  readonly params: object
  readonly parentSchema?: unknown
}

/**
 * A compiled validator as Ajv makes it (`ajv.compile` or standalone code):
 * returns whether the data is valid and leaves the problems in `errors`.
 *
 * @category vectors
 * @since 0.2.0
 */
export interface SchemaValidator {
  (data: unknown): boolean
  errors?: ReadonlyArray<SchemaError> | null
}

/** Keeps the errors of the `oneOf` branch the data meant (a branch whose `const` failed was not meant). */
const meantErrors = (errors: ReadonlyArray<SchemaError>): ReadonlyArray<SchemaError> => {
  const branch = (e: SchemaError) => /^(.*\/oneOf\/\d+)\//.exec(e.schemaPath)?.[1]
  const rejected = new Set(
    errors
      .filter((e) => e.keyword === "const")
      .map(branch)
      .filter((b): b is string => b !== undefined)
  )
  const kept = errors.filter(
    (e) => e.keyword !== "oneOf" && !(branch(e) !== undefined && rejected.has(branch(e) as string))
  )
  return kept.length > 0 ? kept : errors
}

const RANK: Readonly<Record<string, number>> = {
  additionalProperties: 0,
  required: 1,
  type: 2,
  enum: 3,
  const: 3,
  pattern: 4,
  minItems: 5,
  minLength: 5
}

/**
 * One line for a schema error, in the user's language.
 *
 * @category vectors
 * @since 0.2.0
 */
export const describeSchemaError = (
  e: SchemaError,
  lang: Lang
): { readonly pointer: string; readonly message: string } => {
  const ja = lang === "ja"
  const p = e.params as Record<string, unknown>
  const pointer = e.instancePath === "" ? "/" : e.instancePath
  switch (e.keyword) {
    case "required":
      return {
        pointer,
        message: ja
          ? `必須の項目 "${String(p["missingProperty"])}" がありません`
          : `required property "${String(p["missingProperty"])}" is missing`
      }
    case "additionalProperties": {
      const name = String(p["additionalProperty"])
      const props = Object.keys(
        ((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}) as Record<
          string,
          unknown
        >
      )
      const near = suggest(name, props)
      return {
        pointer: `${e.instancePath}/${name}`,
        message:
          (ja ? `未知の項目 "${name}"` : `unknown property "${name}"`) +
          (near.length ? t(lang, "didYouMean", near.join(", ")) : "")
      }
    }
    case "type":
      return {
        pointer,
        message: ja ? `型が違います（${String(p["type"])} であるべき）` : `wrong type (must be ${String(p["type"])})`
      }
    case "enum":
      return {
        pointer,
        message: ja
          ? `値は ${(p["allowedValues"] as unknown[]).join(" / ")} のいずれかです`
          : `must be one of ${(p["allowedValues"] as unknown[]).join(" / ")}`
      }
    case "const":
      return {
        pointer,
        message: ja
          ? `値は ${JSON.stringify(p["allowedValue"])} であるべきです`
          : `must be ${JSON.stringify(p["allowedValue"])}`
      }
    case "pattern":
      return {
        pointer,
        message: ja
          ? "規則 ID の形式ではありません（例: mynumber.my-number.checksum）"
          : "not a rule id (e.g. mynumber.my-number.checksum)"
      }
    case "minItems":
    case "minLength":
      return { pointer, message: ja ? "空にはできません" : "must not be empty" }
    default:
      return {
        pointer,
        message: ja ? `スキーマに合いません（${e.keyword}）` : `does not match the schema (${e.keyword})`
      }
  }
}

/**
 * The first problem (the most specific) of data against a compiled vector
 * schema, as pointer and message, with the number of problems; `undefined`
 * when valid.
 *
 * @category vectors
 * @since 0.2.0
 */
export const firstSchemaProblem = (
  validate: SchemaValidator,
  data: unknown,
  lang: Lang
): { readonly pointer: string; readonly message: string; readonly count: number } | undefined => {
  if (validate(data)) return undefined
  const errors = [...meantErrors(validate.errors ?? [])].sort(
    (a, b) => a.instancePath.localeCompare(b.instancePath) || (RANK[a.keyword] ?? 9) - (RANK[b.keyword] ?? 9)
  )
  const first = errors[0] as SchemaError
  return { ...describeSchemaError(first, lang), count: errors.length }
}

/**
 * The line `juki audit` prints for a vector file that does not match the
 * schema: file, JSON pointer, message, and how many more problems.
 *
 * @category vectors
 * @since 0.2.0
 */
export const invalidVectorMessage = (
  file: string,
  problem: { readonly pointer: string; readonly message: string; readonly count: number },
  lang: Lang
): string => {
  const more =
    problem.count > 1 ? (lang === "ja" ? `（ほか ${problem.count - 1} 件）` : ` (and ${problem.count - 1} more)`) : ""
  return t(lang, "invalidVectors", file, problem.pointer, problem.message) + more
}
