/**
 * Loading vector files for `juki audit`: each file is read as data (size
 * limit, no special files), parsed as JSON with the line of a syntax error,
 * and checked against the published JSON Schema
 * (`@juki/conformance/schema/vector-file.schema.json`) before any case runs.
 * A malformed file is a usage error naming the file and the JSON pointer of
 * the first problem, never a failed conformance case.
 *
 * @since 0.2.0
 * @module
 */
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join, relative } from "node:path"
import type { LoadedFile, VectorFile } from "@juki/conformance"
import type { Lang } from "@juki/core"
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js"
import { t } from "../i18n.js"
import { UsageError } from "../io.js"
import {
  describeSystemError,
  inspectPath,
  isSystemError,
  LIMITS,
  parseJson,
  readTextFile,
  requireRegularFile
} from "./input.js"
import { suggest } from "./text.js"

let compiled: { readonly validate: ValidateFunction; readonly schema: Record<string, unknown> } | undefined

/**
 * The published vector-file JSON Schema, compiled once.
 *
 * @category vectors
 * @since 0.2.0
 */
export const vectorSchema = (): { readonly validate: ValidateFunction; readonly schema: Record<string, unknown> } => {
  if (!compiled) {
    const path = createRequire(import.meta.url).resolve("@juki/conformance/schema/vector-file.schema.json")
    const schema = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>
    compiled = { validate: new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(schema), schema }
  }
  return compiled
}

/** Keeps the errors of the `oneOf` branch the data meant (a branch whose `const` failed was not meant). */
const meantErrors = (errors: ReadonlyArray<ErrorObject>): ReadonlyArray<ErrorObject> => {
  const branch = (e: ErrorObject) => /^(.*\/oneOf\/\d+)\//.exec(e.schemaPath)?.[1]
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
  e: ErrorObject,
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
 * Checks parsed data against the vector schema; the first problem (the most
 * specific) as pointer and message, or `undefined` when valid.
 *
 * @category vectors
 * @since 0.2.0
 */
export const checkVectorFile = (
  data: unknown,
  lang: Lang
): { readonly pointer: string; readonly message: string; readonly count: number } | undefined => {
  const { validate } = vectorSchema()
  if (validate(data)) return undefined
  const errors = [...meantErrors(validate.errors ?? [])].sort(
    (a, b) => a.instancePath.localeCompare(b.instancePath) || (RANK[a.keyword] ?? 9) - (RANK[b.keyword] ?? 9)
  )
  const first = errors[0] as ErrorObject
  return { ...describeSchemaError(first, lang), count: errors.length }
}

/**
 * A loaded vector file with its SHA-256.
 *
 * @category vectors
 * @since 0.2.0
 */
export interface HashedFile extends LoadedFile {
  readonly sha256: string
  readonly bytes: number
}

/**
 * Loads and checks vector files under the given files or folders (`.json`
 * files in folders, sorted). Paths are shown relative to `cwd`.
 *
 * @category vectors
 * @since 0.2.0
 */
export const loadVectors = (names: ReadonlyArray<string>, cwd: string, lang: Lang): ReadonlyArray<HashedFile> => {
  const files: HashedFile[] = []
  const load = (name: string) => {
    const { path, text, bytes } = readTextFile(name, cwd, lang, LIMITS.vectors)
    const shown = relative(cwd, path) || name
    const data = parseJson(text, shown, lang)
    const problem = checkVectorFile(data, lang)
    if (problem) {
      const more =
        problem.count > 1
          ? lang === "ja"
            ? `（ほか ${problem.count - 1} 件）`
            : ` (and ${problem.count - 1} more)`
          : ""
      throw new UsageError(t(lang, "invalidVectors", shown, problem.pointer, problem.message) + more)
    }
    files.push({
      path: shown,
      data: data as VectorFile,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length
    })
  }
  const walk = (name: string, depth: number) => {
    const { path, kind } = inspectPath(name, cwd, lang)
    if (kind !== "directory") {
      requireRegularFile(name, kind, lang)
      return load(name)
    }
    if (depth > 16) return
    let entries: string[]
    try {
      entries = readdirSync(path).sort()
    } catch (e) {
      throw isSystemError(e) ? new UsageError(describeSystemError(e, lang, cwd, path)) : e
    }
    for (const entry of entries) {
      const child = join(path, entry)
      const info = inspectPath(child, cwd, lang)
      if (info.kind === "directory") walk(child, depth + 1)
      else if (info.kind === "file" && entry.toLowerCase().endsWith(".json")) load(child)
    }
  }
  for (const name of names) {
    const before = files.length
    walk(name, 0)
    if (files.length === before) throw new UsageError(t(lang, "noVectorFiles", name))
  }
  return files
}
