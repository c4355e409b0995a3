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
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js"
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
import { firstSchemaProblem, invalidVectorMessage } from "./vector-schema-errors.js"

export { describeSchemaError } from "./vector-schema-errors.js"

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
): { readonly pointer: string; readonly message: string; readonly count: number } | undefined =>
  firstSchemaProblem(vectorSchema().validate, data, lang)

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
    if (problem) throw new UsageError(invalidVectorMessage(shown, problem, lang))
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
