// Runs the Text conformance vectors (conformance/vectors/core/Text*.json and conformance/optional/core/Text*.json)
// straight against this module, independently of the reference runner in @juki/conformance (same contract:
// kind "function", call `when.function` with `when.args`; a Result is acceptance or rule ids, anything else a
// value compared as JSON).
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import type { VectorFile } from "@juki/conformance/vector-file"
import { describe, expect, it } from "vitest"
import { isJukiError } from "../errors/index.js"
import * as Text from "./index.js"

type File = VectorFile<{ readonly function: string; readonly args: ReadonlyArray<unknown>; readonly options?: unknown }>

const conformance = fileURLToPath(new URL("../../../../conformance/", import.meta.url))
const schema = JSON.parse(readFileSync(`${conformance}schema/vector-file.schema.json`, "utf8"))
const validateSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema)
const load = (dir: string) =>
  readdirSync(`${conformance}${dir}`)
    .filter((f) => /^Text.*\.json$/.test(f))
    .sort()
    .map((f) => ({ path: `${dir}${f}`, data: JSON.parse(readFileSync(`${conformance}${dir}${f}`, "utf8")) as File }))
const files = [...load("vectors/core/"), ...load("optional/core/")]

const run = (fn: string, args: ReadonlyArray<unknown>) => {
  const f = (Text as unknown as Record<string, (...a: ReadonlyArray<unknown>) => unknown>)[fn]
  if (typeof f !== "function") throw new Error(`Text.${fn} is not a function`)
  const out = f(...args) as { _tag?: string; success?: unknown; failure?: unknown }
  if (out && typeof out === "object" && (out._tag === "Success" || out._tag === "Failure")) {
    if (out._tag === "Success") return { accepted: true, value: JSON.parse(JSON.stringify(out.success)) }
    // One error, or every error (the 縮退 map loader returns them all); one entry per rule and severity.
    const list = Array.isArray(out.failure) ? out.failure : [out.failure]
    const errors = list.map((e) =>
      isJukiError(e) ? { rule: e.code, severity: e.severity } : { rule: "?", severity: "?" }
    )
    return {
      accepted: false,
      errors: errors.filter((e, i) => errors.findIndex((x) => x.rule === e.rule && x.severity === e.severity) === i)
    }
  }
  return { accepted: true, value: JSON.parse(JSON.stringify(out)) }
}

describe("Text conformance vectors", () => {
  it("there are required and optional Text vector files, ≥ 2 cases per function", () => {
    expect(files.filter((f) => f.path.startsWith("vectors/")).length).toBeGreaterThanOrEqual(4)
    expect(files.filter((f) => f.path.startsWith("optional/")).length).toBeGreaterThanOrEqual(1)
    const perFunction = new Map<string, number>()
    for (const f of files)
      for (const c of f.data.cases) perFunction.set(c.when.function, (perFunction.get(c.when.function) ?? 0) + 1)
    for (const [fn, n] of perFunction) expect(n, fn).toBeGreaterThanOrEqual(2)
    for (const fn of [
      "searchKey",
      "seionka",
      "enlargeSmallKana",
      "toHalfWidthAscii",
      "toFullWidthKana",
      "hiraganaToKatakana",
      "katakanaToHiragana",
      "isJisX0208",
      "isShiftJisRepresentable",
      "findUnrepresentable",
      "countGaiji",
      "byteLengthShiftJis",
      "validateShiftJis",
      "degenerate",
      "parseDegenerateMap"
    ]) {
      expect(perFunction.has(fn), fn).toBe(true)
    }
  })
  for (const { path, data } of files) {
    describe(path, () => {
      it("validates against the vector schema; optional files hold only optional cases", () => {
        expect(validateSchema(data) ? [] : validateSchema.errors).toEqual([])
        expect(data.kind).toBe("function")
        for (const c of data.cases)
          expect(Boolean(c.optional ?? data.optional ?? false)).toBe(path.startsWith("optional/"))
      })
      for (const c of data.cases) {
        it(`${c.when.function}: ${c.description} [${c.basis.join("; ")}]`, () => {
          const got = run(c.when.function, c.when.args)
          if (c.expect.accepted) {
            expect(got.accepted).toBe(true)
            expect("value" in c.expect).toBe(true)
            expect(got.value).toEqual(c.expect.value)
          } else {
            expect(got).toEqual({ accepted: false, errors: c.expect.errors })
          }
          if (c.when.options !== undefined) expect(c.when.args[c.when.args.length - 1]).toEqual(c.when.options)
        })
      }
    })
  }
})
