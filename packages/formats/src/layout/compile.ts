// Validation of layout definitions and their compilation to the plans the codecs run. Re-exported by ./index.ts.
import { makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { builtinChecks, type CheckContext, type CheckEntry, type CheckTable } from "../checks/index.js"
import {
  LayoutFullWidthUtf8,
  LayoutGap,
  LayoutName,
  LayoutOverlap,
  LayoutPadding,
  LayoutReference,
  LayoutShape,
  LayoutWidth
} from "../rules/index.js"
import type { CharClass, Encoding, FieldCheck, FieldSpec, LayoutSpec, LineEnding, RecordTerminator } from "./model.js"

/**
 * What a layout is checked and compiled for.
 *
 * @category models
 * @since 0.1.0
 */
export interface LayoutOptions {
  /** `"fixed"` (default): widths and offsets are checked; `"csv"`: columns are. */
  readonly format?: "fixed" | "csv"
  /** Encoding the widths count bytes of (default: the layout's, else `"shift_jis"`). */
  readonly encoding?: Encoding
  /** Further checks by id, besides the built-in ones. */
  readonly checks?: CheckTable
}

const CLASSES: ReadonlyArray<CharClass> = ["numeric", "alphanumeric", "halfwidth", "fullwidth", "mixed"]
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"])

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)
const isNat = (u: unknown): u is number => typeof u === "number" && Number.isSafeInteger(u) && u >= 0

/**
 * The index of the first character of `s` outside a class, or -1.
 *
 * @internal
 */
export const stringFitsClass = (s: string, chars: CharClass): number => {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i)
    if (!unitFitsClass(u, chars)) {
      if (u >= 0xd800 && u <= 0xdbff) {
        const v = s.charCodeAt(i + 1)
        if (v >= 0xdc00 && v <= 0xdfff && (chars === "fullwidth" || chars === "mixed")) {
          i++
          continue
        }
      }
      return i
    }
    if (u >= 0xdc00 && u <= 0xdfff) return i
  }
  return -1
}

/**
 * Whether one UTF-16 code unit fits a class. Surrogates are "fitting" for
 * full-width and mixed; pairing is checked by the callers.
 *
 * @internal
 */
export const unitFitsClass = (u: number, chars: CharClass): boolean => {
  switch (chars) {
    case "numeric":
      return u >= 0x30 && u <= 0x39
    case "alphanumeric":
      return u >= 0x20 && u <= 0x7e
    case "halfwidth":
      return (u >= 0x20 && u <= 0x7e) || (u >= 0xff61 && u <= 0xff9f)
    case "fullwidth":
      return u >= 0xa0 && !(u >= 0xff61 && u <= 0xff9f)
    case "mixed":
      return (u >= 0x20 && u <= 0x7e) || u >= 0xa0
  }
}

/**
 * Lists every problem of a layout definition, errors and alerts: its shape,
 * field names, widths, overlaps and gaps (fixed-length), paddings, code
 * lists, references to checks and to other fields, CSV columns. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { checkLayout } from "@juki/formats"
 *
 * checkLayout({
 *   name: "Bad", title: "例", basis: "example",
 *   fields: [
 *     { name: "a", label: "A", chars: "numeric", offset: 0, length: 4 },
 *     { name: "b", label: "B", chars: "numeric", offset: 2, length: 4 }
 *   ]
 * }).map((e) => e.code) // => ["formats.layout.overlap"]
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const checkLayout = (input: unknown, options: LayoutOptions = {}): ReadonlyArray<JukiError> => {
  try {
    return checkLayoutUnsafe(input, options)
  } catch {
    return [makeError(LayoutShape, { params: { problem: "unreadable layout" } })]
  }
}

const checkLayoutUnsafe = (input: unknown, options: LayoutOptions): ReadonlyArray<JukiError> => {
  const problems: Array<JukiError> = []
  const shape = (problem: string, path: ReadonlyArray<string | number> = []) =>
    problems.push(makeError(LayoutShape, { path, params: { problem } }))
  if (!isObject(input)) {
    shape("not an object")
    return problems
  }
  for (const key of ["name", "title", "basis"] as const) {
    if (typeof input[key] !== "string" || (input[key] as string).length === 0)
      shape(`"${key}" must be a non-empty string`, [key])
  }
  if (typeof input["name"] === "string" && !IDENT.test(input["name"])) {
    problems.push(
      makeError(LayoutName, { path: ["name"], params: { name: input["name"], problem: "not an identifier" } })
    )
  }
  const format = options.format ?? "fixed"
  const encodingRaw = options.encoding ?? input["encoding"] ?? "shift_jis"
  if (encodingRaw !== "shift_jis" && encodingRaw !== "utf-8") shape(`unknown encoding`, ["encoding"])
  const encoding: Encoding = encodingRaw === "utf-8" ? "utf-8" : "shift_jis"
  const terminator = input["recordTerminator"]
  if (terminator !== undefined && terminator !== "CRLF" && terminator !== "LF" && terminator !== "none") {
    shape(`"recordTerminator" must be "CRLF", "LF" or "none"`, ["recordTerminator"])
  }
  const lineEnding = input["lineEnding"]
  if (lineEnding !== undefined && lineEnding !== "crlf" && lineEnding !== "any") {
    shape(`"lineEnding" must be "crlf" or "any"`, ["lineEnding"])
  }
  const unit = input["itemLengthUnit"]
  if (unit !== undefined && unit !== "bytes" && unit !== "chars")
    shape(`"itemLengthUnit" must be "bytes" or "chars"`, ["itemLengthUnit"])
  const fields = input["fields"]
  if (!Array.isArray(fields) || fields.length === 0) {
    shape(`"fields" must be a non-empty array`, ["fields"])
    return problems
  }
  const checks: CheckTable = { ...builtinChecks, ...options.checks }
  const byName = new Map<string, Record<string, unknown>>()
  const valid: Array<Record<string, unknown>> = []
  fields.forEach((f: unknown, i: number) => {
    const path = ["fields", i]
    if (!isObject(f)) {
      shape("a field must be an object", path)
      return
    }
    const before = problems.length
    const name = f["name"]
    if (typeof name !== "string" || !IDENT.test(name) || FORBIDDEN.has(name)) {
      problems.push(
        makeError(LayoutName, { path: [...path, "name"], params: { name: String(name), problem: "not an identifier" } })
      )
    } else if (byName.has(name)) {
      problems.push(makeError(LayoutName, { path: [...path, "name"], params: { name, problem: "duplicate" } }))
    } else byName.set(name, f)
    const n = typeof name === "string" ? name : `#${i}`
    if (typeof f["label"] !== "string" || f["label"].length === 0)
      shape(`"label" must be a non-empty string`, [...path, "label"])
    if (!CLASSES.includes(f["chars"] as CharClass))
      shape(`"chars" must be one of ${CLASSES.join(", ")}`, [...path, "chars"])
    for (const key of ["required", "filler"] as const) {
      if (f[key] !== undefined && typeof f[key] !== "boolean") shape(`"${key}" must be a boolean`, [...path, key])
    }
    for (const key of ["no", "column", "offset"] as const) {
      if (f[key] !== undefined && !isNat(f[key])) shape(`"${key}" must be a non-negative integer`, [...path, key])
    }
    for (const key of ["itemLengthOf", "gaijiCountOf", "description"] as const) {
      if (f[key] !== undefined && typeof f[key] !== "string") shape(`"${key}" must be a string`, [...path, key])
    }
    const type = f["type"] ?? "string"
    if (type !== "string" && type !== "integer") shape(`"type" must be "string" or "integer"`, [...path, "type"])
    const chars = f["chars"] as CharClass
    const length = f["length"]
    if (format === "fixed" || length !== undefined) {
      if (!isNat(length) || length === 0) {
        problems.push(
          makeError(LayoutWidth, {
            path: [...path, "length"],
            params: { name: n, length: String(length), problem: "a positive integer is required" }
          })
        )
      } else {
        if (type === "integer" && length > 15) {
          problems.push(
            makeError(LayoutWidth, {
              path: [...path, "length"],
              params: { name: n, length, problem: "integers have at most 15 digits" }
            })
          )
        }
        if (format === "fixed" && chars === "fullwidth" && encoding === "shift_jis" && length % 2 !== 0) {
          problems.push(
            makeError(LayoutWidth, {
              path: [...path, "length"],
              params: { name: n, length, problem: "full-width Shift_JIS fields need an even width" }
            })
          )
        }
        if (format === "fixed" && chars === "fullwidth" && encoding === "utf-8" && length % 3 !== 0) {
          problems.push(makeError(LayoutFullWidthUtf8, { path: [...path, "length"], params: { name: n, length } }))
        }
      }
    }
    const pad = f["pad"]
    const justify = f["justify"]
    if (pad !== undefined && pad !== "space" && pad !== "zero" && pad !== "ideographic-space") {
      shape(`"pad" must be "space", "zero" or "ideographic-space"`, [...path, "pad"])
    } else if (pad === "zero" && type !== "integer") {
      problems.push(
        makeError(LayoutPadding, {
          path: [...path, "pad"],
          params: { name: n, problem: "zero padding is for integer fields only" }
        })
      )
    } else if (pad === "ideographic-space" && chars !== "fullwidth") {
      problems.push(
        makeError(LayoutPadding, {
          path: [...path, "pad"],
          params: { name: n, problem: "U+3000 padding is for full-width fields only" }
        })
      )
    } else if (pad === "space" && chars === "fullwidth" && encoding === "shift_jis" && format === "fixed") {
      problems.push(
        makeError(LayoutPadding, {
          path: [...path, "pad"],
          params: { name: n, problem: "full-width Shift_JIS fields are padded with U+3000" }
        })
      )
    }
    if (justify !== undefined && justify !== "left" && justify !== "right")
      shape(`"justify" must be "left" or "right"`, [...path, "justify"])
    if (type === "integer" && chars !== "numeric") {
      problems.push(
        makeError(LayoutPadding, {
          path: [...path, "chars"],
          params: { name: n, problem: "integer fields have the class numeric" }
        })
      )
    }
    const codes = f["codes"]
    if (codes !== undefined) {
      if (!isObject(codes) || Object.keys(codes).length === 0)
        shape(`"codes" must be a non-empty object`, [...path, "codes"])
      else if (type === "integer") {
        problems.push(
          makeError(LayoutReference, {
            path: [...path, "codes"],
            params: { name: n, target: "codes", problem: "integer fields have no code list" }
          })
        )
      } else {
        for (const [code, meaning] of Object.entries(codes)) {
          if (typeof meaning !== "string") shape(`the meaning of a code must be a string`, [...path, "codes", code])
          const bad = code.length === 0 || stringFitsClass(code, chars) >= 0
          const tooLong = format === "fixed" && isNat(length) && byteLengthIn(encoding, code) > length
          if (bad || tooLong) {
            problems.push(
              makeError(LayoutReference, {
                path: [...path, "codes", code],
                params: {
                  name: n,
                  target: code,
                  problem: bad ? "the code does not fit the character class" : "the code is wider than the field"
                }
              })
            )
          }
        }
      }
    }
    const check = f["check"]
    if (check !== undefined) {
      if (typeof check === "string") {
        if (!Object.hasOwn(checks, check)) {
          problems.push(
            makeError(LayoutReference, {
              path: [...path, "check"],
              params: { name: n, target: check, problem: "unknown check id" }
            })
          )
        }
      } else if (typeof check !== "function") shape(`"check" must be a check id or a function`, [...path, "check"])
    }
    if (f["checkOptions"] !== undefined && !isObject(f["checkOptions"]))
      shape(`"checkOptions" must be an object`, [...path, "checkOptions"])
    if (
      f["checkWith"] !== undefined &&
      (!Array.isArray(f["checkWith"]) || f["checkWith"].some((x: unknown) => typeof x !== "string"))
    ) {
      shape(`"checkWith" must be an array of field names`, [...path, "checkWith"])
    }
    if ((f["itemLengthOf"] !== undefined || f["gaijiCountOf"] !== undefined) && type !== "integer") {
      problems.push(
        makeError(LayoutReference, {
          path,
          params: {
            name: n,
            target: String(f["itemLengthOf"] ?? f["gaijiCountOf"]),
            problem: "項目長 and 外字数 fields are integers"
          }
        })
      )
    }
    if (problems.length === before) valid.push(f)
  })
  // References between fields.
  valid.forEach((f) => {
    const i = fields.indexOf(f)
    for (const key of ["itemLengthOf", "gaijiCountOf"] as const) {
      const target = f[key]
      if (typeof target !== "string") continue
      const t = byName.get(target)
      const problem =
        t === undefined
          ? "no such field"
          : t["filler"] === true
            ? "the target is a filler"
            : t["type"] === "integer"
              ? "the target is an integer"
              : undefined
      if (problem)
        problems.push(
          makeError(LayoutReference, { path: ["fields", i, key], params: { name: String(f["name"]), target, problem } })
        )
    }
    const withs = f["checkWith"]
    if (Array.isArray(withs)) {
      for (const target of withs) {
        const t = byName.get(target)
        if (t === undefined || t["filler"] === true) {
          problems.push(
            makeError(LayoutReference, {
              path: ["fields", i, "checkWith"],
              params: { name: String(f["name"]), target: String(target), problem: "no such field" }
            })
          )
        }
      }
    }
  })
  if (problems.some((p) => p.severity === "error")) return problems
  if (format === "fixed") {
    let end = 0
    let previous = ""
    fields.forEach((f: Record<string, unknown>, i: number) => {
      const offset = isNat(f["offset"]) ? f["offset"] : end
      if (offset < end) {
        problems.push(
          makeError(LayoutOverlap, {
            path: ["fields", i, "offset"],
            params: { name: String(f["name"]), offset, previous, previousEnd: end - 1 }
          })
        )
      } else if (offset > end) {
        problems.push(makeError(LayoutGap, { path: ["fields", i, "offset"], params: { from: end, to: offset } }))
      }
      end = offset + (f["length"] as number)
      previous = String(f["name"])
    })
  } else {
    const seen = new Map<number, string>()
    let position = 0
    fields.forEach((f: Record<string, unknown>, i: number) => {
      if (f["filler"] === true) return
      const column = isNat(f["column"]) ? f["column"] : position
      position++
      const other = seen.get(column)
      if (other !== undefined) {
        problems.push(
          makeError(LayoutOverlap, {
            path: ["fields", i, "column"],
            params: { name: String(f["name"]), offset: column, previous: other, previousEnd: column }
          })
        )
      }
      seen.set(column, String(f["name"]))
    })
    const max = Math.max(...seen.keys())
    for (let c = 0; c <= max; c++)
      if (!seen.has(c)) problems.push(makeError(LayoutGap, { path: ["fields"], params: { from: c, to: c + 1 } }))
  }
  return problems
}

/**
 * Validates a layout definition (e.g. a vendor's JSON file): succeeds with
 * the layout when {@link checkLayout} finds no error (alerts are allowed),
 * fails with every problem otherwise. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { validateLayout, ReferenceLayouts } from "@juki/formats"
 * import { Result } from "effect"
 *
 * Result.isSuccess(validateLayout(ReferenceLayouts.HonninKakuninJoho)) // => true
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const validateLayout = <L = LayoutSpec>(
  input: L,
  options: LayoutOptions = {}
): Result.Result<L & LayoutSpec, ReadonlyArray<JukiError>> => {
  const problems = checkLayout(input, options)
  return problems.some((p) => p.severity === "error") ? Result.fail(problems) : Result.succeed(input as L & LayoutSpec)
}

/**
 * Parses and validates a layout from JSON text (a vendor's layout file).
 * Never throws.
 *
 * @category validation
 * @since 0.1.0
 */
export const parseLayout = (
  json: string,
  options: LayoutOptions = {}
): Result.Result<LayoutSpec, ReadonlyArray<JukiError>> => {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return Result.fail([makeError(LayoutShape, { params: { problem: "not JSON" } })])
  }
  return validateLayout(data as LayoutSpec, options)
}

/**
 * Thrown by the codec constructors when a layout is invalid. Validate
 * untrusted layouts with {@link validateLayout} first.
 *
 * @category errors
 * @since 0.1.0
 */
export class LayoutError extends Error {
  readonly problems: ReadonlyArray<JukiError>
  constructor(problems: ReadonlyArray<JukiError>) {
    super(`Invalid layout: ${problems.map((p) => `${p.code} at ${p.field}`).join("; ")}`)
    this.name = "LayoutError"
    this.problems = problems
  }
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff

/**
 * Byte length of a string in an encoding (an unencodable character counts 2 in Shift_JIS).
 *
 * @internal
 */
export const byteLengthIn = (encoding: Encoding, s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i)
    if (encoding === "shift_jis") n += u < 0x80 || (u >= 0xff61 && u <= 0xff9f) ? 1 : u >= 0xd800 && u <= 0xdbff ? 0 : 2
    // UTF-8: a surrogate pair is 4 bytes (counted at its high half); a lone low surrogate counts 3.
    else
      n +=
        u < 0x80
          ? 1
          : u < 0x800
            ? 2
            : u >= 0xd800 && u <= 0xdbff
              ? isLow(s.charCodeAt(i + 1))
                ? 4
                : 3
              : u >= 0xdc00 && u <= 0xdfff
                ? isHigh(s.charCodeAt(i - 1))
                  ? 0
                  : 3
                : 3
  }
  return n
}

/**
 * One field as the codecs run it.
 *
 * @internal
 */
export interface CompiledField {
  readonly spec: FieldSpec
  readonly name: string
  readonly label: string
  /** Index among the data (non-filler) fields, -1 for fillers. */
  readonly index: number
  readonly chars: CharClass
  readonly integer: boolean
  readonly required: boolean
  readonly filler: boolean
  readonly justify: "left" | "right"
  /** Padding code unit: 0x20, 0x30 or 0x3000. */
  readonly pad: number
  /** Fixed: byte offset and width. */
  readonly offset: number
  readonly length: number
  /** CSV column. */
  readonly column: number
  readonly codes: ReadonlySet<string> | undefined
  readonly check: FieldCheck | undefined
  readonly checkEntry: CheckEntry | undefined
  readonly checkContextOptions: CheckContext["options"]
  /** Data indexes of the checkWith fields. */
  readonly checkWith: ReadonlyArray<number>
  /** Data index of the measured field (項目長), or -1. */
  readonly itemLengthOf: number
  /** Data index of the counted field (外字数), or -1. */
  readonly gaijiCountOf: number
  /** Whether some other field measures or counts this one, or checks with it. */
  readonly referenced: boolean
  /** Whether decoding must build the value even when validating only (codes, check or referenced). */
  readonly needsValue: boolean
}

/**
 * A layout compiled for one format and encoding.
 *
 * @internal
 */
export interface CompiledLayout {
  readonly layout: LayoutSpec
  readonly format: "fixed" | "csv"
  readonly encoding: Encoding
  readonly terminator: RecordTerminator
  /** Line-ending policy of CRLF files. */
  readonly lineEnding: LineEnding
  readonly itemLengthUnit: "bytes" | "chars"
  readonly fields: ReadonlyArray<CompiledField>
  readonly data: ReadonlyArray<CompiledField>
  /** Fixed: bytes per record without terminator. */
  readonly recordLength: number
  /** CSV: number of columns. */
  readonly columns: number
  /** Whether any field has a derived or cross-field check. */
  readonly hasCrossChecks: boolean
  readonly alerts: ReadonlyArray<JukiError>
}

const cacheKey = (o: LayoutOptions & { readonly format: "fixed" | "csv"; readonly encoding: Encoding }) =>
  `${o.format}/${o.encoding}`
const compiledCache = new WeakMap<object, Map<string, CompiledLayout>>()

/**
 * Compiles a layout for a format and an encoding. Throws {@link LayoutError}
 * when the layout is invalid. Cached per layout object (unless custom checks
 * are passed).
 *
 * @internal
 */
export const compile = (layout: LayoutSpec, options: LayoutOptions = {}): CompiledLayout => {
  const format = options.format ?? "fixed"
  const encoding: Encoding = options.encoding ?? layout.encoding ?? "shift_jis"
  const key = cacheKey({ format, encoding })
  const cacheable = options.checks === undefined && typeof layout === "object" && layout !== null
  if (cacheable) {
    const hit = compiledCache.get(layout)?.get(key)
    if (hit) return hit
  }
  const problems = checkLayout(layout, { ...options, format, encoding })
  if (problems.some((p) => p.severity === "error")) throw new LayoutError(problems)
  const checks: CheckTable = { ...builtinChecks, ...options.checks }
  const dataIndex = new Map<string, number>()
  let k = 0
  for (const f of layout.fields) if (f.filler !== true) dataIndex.set(f.name, k++)
  const referenced = new Set<string>()
  for (const f of layout.fields) {
    if (f.itemLengthOf) referenced.add(f.itemLengthOf)
    if (f.gaijiCountOf) referenced.add(f.gaijiCountOf)
    for (const w of f.checkWith ?? []) referenced.add(w)
  }
  let end = 0
  let column = 0
  const fields: Array<CompiledField> = layout.fields.map((f) => {
    const integer = f.type === "integer"
    const filler = f.filler === true
    const offset = f.offset ?? end
    const length = f.length ?? 0
    end = offset + length
    const col = filler ? -1 : (f.column ?? column)
    if (!filler) column++
    const pad =
      f.pad === "zero" || (integer && f.pad === undefined)
        ? 0x30
        : f.pad === "ideographic-space" || (f.chars === "fullwidth" && f.pad === undefined)
          ? 0x3000
          : 0x20
    const entry = typeof f.check === "string" ? checks[f.check] : undefined
    return {
      spec: f,
      name: f.name,
      label: f.label,
      index: filler ? -1 : (dataIndex.get(f.name) as number),
      chars: f.chars,
      integer,
      required: f.required === true,
      filler,
      justify: f.justify ?? (integer ? "right" : "left"),
      pad,
      offset,
      length,
      column: col,
      codes: f.codes ? new Set(Object.keys(f.codes)) : undefined,
      check: typeof f.check === "function" ? f.check : entry ? entry.validate : undefined,
      checkEntry: entry,
      checkContextOptions: f.checkOptions ?? {},
      checkWith: (f.checkWith ?? []).map((n) => dataIndex.get(n) as number),
      itemLengthOf: f.itemLengthOf ? (dataIndex.get(f.itemLengthOf) as number) : -1,
      gaijiCountOf: f.gaijiCountOf ? (dataIndex.get(f.gaijiCountOf) as number) : -1,
      referenced: referenced.has(f.name),
      needsValue: f.codes !== undefined || f.check !== undefined || referenced.has(f.name)
    }
  })
  const data = fields.filter((f) => !f.filler)
  const compiled: CompiledLayout = {
    layout,
    format,
    encoding,
    terminator: layout.recordTerminator ?? "CRLF",
    lineEnding: layout.lineEnding === "any" ? "any" : "crlf",
    itemLengthUnit: layout.itemLengthUnit ?? "bytes",
    fields,
    data,
    recordLength: end,
    columns: data.reduce((m, f) => Math.max(m, f.column + 1), 0),
    hasCrossChecks: data.some((f) => f.itemLengthOf >= 0 || f.gaijiCountOf >= 0 || f.checkWith.length > 0),
    alerts: problems
  }
  if (cacheable) {
    let m = compiledCache.get(layout)
    if (!m) compiledCache.set(layout, (m = new Map()))
    m.set(key, compiled)
  }
  return compiled
}
