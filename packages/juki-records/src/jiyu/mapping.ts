/**
 * Mappings between vendor or 市町村CS 異動事由 codes and the 37 categories of
 * 標準仕様書 1.2.2: reading, validating and looking up a code table.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { std } from "../basis.js"
import { ALL, Forbidden, fromName, type IdouJiyu } from "./table.js"

/**
 * One row of a mapping between a vendor or CS code and a 異動事由.
 *
 * @category models
 * @since 0.1.0
 */
export interface JiyuMappingEntry {
  /** The external code (kept as a string: leading zeros matter). */
  readonly code: string
  readonly jiyu: IdouJiyu
  /** Optional sub-detail (異動事由詳細, 一部・全部区分, …) as the external system defines it. */
  readonly detail?: string
  readonly note?: string
}

/**
 * A mapping between external 異動事由 codes and the symbolic ids. Mappings
 * are data the user supplies (the real codes are not public).
 *
 * @category models
 * @since 0.1.0
 */
export interface JiyuMapping {
  readonly name: string
  /** `true` for invented example data that must not be used in production. */
  readonly example: boolean
  readonly description: string
  readonly entries: ReadonlyArray<JiyuMappingEntry>
}

/**
 * A mapping table is malformed (unknown 事由, duplicated code, 転居取消).
 *
 * @category rules
 * @since 0.1.0
 */
export const InvalidMapping = defineRule({
  id: "records.jiyu.mapping",
  tag: "InvalidComponent",
  severity: "error",
  basis: [std("1.2.2", "vendor codes must map onto the categories")],
  title: { ja: "異動事由コード対応表", en: "Reason code mapping" },
  message: {
    ja: "異動事由コード対応表の{row}行目が不正です（{problem}）",
    en: "Row {row} of the reason code mapping is invalid ({problem})"
  }
})

/**
 * Checks a mapping read from JSON: every row names a known 事由 (by id or
 * Japanese name), no code appears twice, no row maps to 転居取消. Returns
 * every problem. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const validateMapping = (u: unknown): Result.Result<JiyuMapping, ReadonlyArray<JukiError>> => {
  try {
    return readMapping(u)
  } catch {
    return Result.fail([makeError(InvalidMapping, { params: { row: 0, problem: "unreadable input" } })])
  }
}

const readMapping = (u: unknown): Result.Result<JiyuMapping, ReadonlyArray<JukiError>> => {
  const errors: Array<JukiError> = []
  const bad = (row: number, problem: string): void => {
    errors.push(makeError(InvalidMapping, { path: ["entries", row], params: { row: row + 1, problem } }))
  }
  if (typeof u !== "object" || u === null)
    return Result.fail([makeError(InvalidMapping, { params: { row: 0, problem: "not an object" } })])
  const o = u as Record<string, unknown>
  const entriesIn = o["entries"]
  if (!Array.isArray(entriesIn))
    return Result.fail([makeError(InvalidMapping, { params: { row: 0, problem: "entries missing" } })])
  const seen = new Set<string>()
  const entries: Array<JiyuMappingEntry> = []
  entriesIn.forEach((e: unknown, i) => {
    if (typeof e !== "object" || e === null) return bad(i, "not an object")
    const r = e as Record<string, unknown>
    const code = r["code"]
    if (typeof code !== "string" || code.length === 0) return bad(i, "code must be a non-empty string")
    if (seen.has(code)) return bad(i, "duplicated code")
    seen.add(code)
    const j = fromName(r["jiyu"])
    if (Result.isFailure(j))
      return bad(i, j.failure.code === Forbidden.id ? "転居取消 is forbidden" : "unknown 異動事由")
    entries.push({
      code,
      jiyu: j.success,
      ...(typeof r["detail"] === "string" ? { detail: r["detail"] } : {}),
      ...(typeof r["note"] === "string" ? { note: r["note"] } : {})
    })
  })
  if (errors.length > 0) return Result.fail(errors)
  return Result.succeed({
    name: typeof o["name"] === "string" ? o["name"] : "unnamed",
    example: o["example"] === true,
    description: typeof o["description"] === "string" ? o["description"] : "",
    entries
  })
}

/**
 * The 異動事由 of an external code, or `undefined`.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toJiyu = (mapping: JiyuMapping, code: string): IdouJiyu | undefined =>
  mapping.entries.find((e) => e.code === code)?.jiyu

/**
 * The external codes of a 異動事由 (several codes may map to one 事由).
 *
 * @category conversions
 * @since 0.1.0
 */
export const toCode = (mapping: JiyuMapping, jiyu: IdouJiyu): ReadonlyArray<string> =>
  mapping.entries.filter((e) => e.jiyu === jiyu).map((e) => e.code)

/**
 * AN EXAMPLE mapping with INVENTED codes, to show the shape of the data. The
 * real 中間標準レイアウト / CS 電文 codes are not public and are not these.
 * Do not use in production.
 *
 * @category constructors
 * @since 0.1.0
 */
export const exampleMapping: JiyuMapping = {
  name: "EXAMPLE (invented codes)",
  example: true,
  description:
    "Invented two-digit codes showing how a vendor table maps onto the 標準仕様書 1.2.2 categories. Not the codes of any real system.",
  entries: ALL.map((jiyu, i) => ({ code: String(i + 1).padStart(2, "0"), jiyu }))
}
