// Every vector file in conformance/ must validate against conformance/schema/vector-file.schema.json,
// carry a legal basis on every case, and keep required and optional cases apart.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import { describe, expect, expectTypeOf, it } from "vitest"
import type { Expectation, RuleRef, VectorCase, VectorFile, VectorKind } from "./src/vector-file/index.js"

const root = fileURLToPath(new URL(".", import.meta.url))
const schema = JSON.parse(readFileSync(join(root, "schema/vector-file.schema.json"), "utf8"))
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : f.endsWith(".json") ? [p] : []
  })
const files = [...walk(join(root, "vectors")), ...walk(join(root, "optional"))]

describe("conformance vector files", () => {
  it("the schema rejects a malformed file (the check can fail)", () => {
    expect(validate({ subject: "X", kind: "identifier", description: "d", cases: [{ description: "c" }] })).toBe(false)
    expect(
      validate({
        subject: "X",
        kind: "identifier",
        description: "d",
        cases: [
          { description: "c", basis: ["b"], given: null, when: { input: "1" }, expect: { accepted: false, errors: [] } }
        ]
      })
    ).toBe(false)
  })
  it("finds the vector files, required and optional (the loop below is not empty)", () => {
    expect(files.filter((f) => relative(root, f).startsWith("vectors")).length).toBeGreaterThanOrEqual(20)
    expect(files.filter((f) => relative(root, f).startsWith("optional")).length).toBeGreaterThanOrEqual(5)
  })
  for (const file of files) {
    const name = relative(root, file)
    it(`${name} validates against the vector schema`, () => {
      const data = JSON.parse(readFileSync(file, "utf8"))
      const ok = validate(data)
      expect(ok ? [] : validate.errors).toEqual([])
      const isOptionalDir = name.startsWith("optional")
      for (const c of data.cases) expect(Boolean(c.optional ?? data.optional ?? false)).toBe(isOptionalDir)
    })
  }
})

// The VectorFile type is written after the schema: the same property names, the same required/optional split, the
// same enums. Each witness below must name every key of its type (`satisfies Record<keyof T, …>` fails to compile on
// a missing or extra key); the test then compares the witnesses with the schema.
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]
const keysOf =
  <T>() =>
  <const W extends Record<keyof T, "required" | "optional">>(w: W & Record<Exclude<keyof W, keyof T>, never>) =>
    w
const fileKeys = keysOf<VectorFile>()({
  $schema: "optional",
  subject: "required",
  kind: "required",
  description: "required",
  optional: "optional",
  rules: "optional",
  cases: "required"
})
const caseKeys = keysOf<VectorCase>()({
  description: "required",
  basis: "required",
  given: "required",
  when: "required",
  expect: "required",
  rules: "optional",
  optional: "optional",
  comment: "optional"
})
type Accepting = Extract<Expectation, { accepted: true }>
type Rejecting = Extract<Expectation, { accepted: false }>
const acceptingKeys = keysOf<Accepting>()({ accepted: "required", value: "optional" })
const rejectingKeys = keysOf<Rejecting>()({ accepted: "required", errors: "required", exhaustive: "optional" })
const ruleRefKeys = keysOf<RuleRef>()({ rule: "required", severity: "required" })
const kinds = { identifier: 0, function: 0, records: 0, retention: 0, certificates: 0, store: 0 } satisfies Record<
  VectorKind,
  0
>
const severities = { error: 0, alert: 0 } satisfies Record<RuleRef["severity"], 0>

interface ObjectSchema {
  readonly required?: ReadonlyArray<string>
  readonly properties: Readonly<Record<string, unknown>>
}
const split = (o: ObjectSchema) =>
  Object.fromEntries(
    Object.keys(o.properties).map((k) => [k, (o.required ?? []).includes(k) ? "required" : "optional"])
  )

describe("the VectorFile type (conformance/src/vector-file) is the schema's", () => {
  it("the witnesses' required keys are the types' required keys", () => {
    expectTypeOf<RequiredKeys<VectorFile>>().toEqualTypeOf<"subject" | "kind" | "description" | "cases">()
    expectTypeOf<RequiredKeys<VectorCase>>().toEqualTypeOf<"description" | "basis" | "given" | "when" | "expect">()
    expectTypeOf<RequiredKeys<Rejecting>>().toEqualTypeOf<"accepted" | "errors">()
    expectTypeOf<RequiredKeys<Accepting>>().toEqualTypeOf<"accepted">()
  })
  it("same properties, same required/optional split, same enums", () => {
    const caseSchema = schema.properties.cases.items
    const [accepting, rejecting] = caseSchema.properties.expect.oneOf
    expect(split(schema)).toEqual(fileKeys)
    expect(split(caseSchema)).toEqual(caseKeys)
    expect(split(accepting)).toEqual(acceptingKeys)
    expect(split(rejecting)).toEqual(rejectingKeys)
    expect(split(rejecting.properties.errors.items)).toEqual(ruleRefKeys)
    expect(schema.properties.kind.enum).toEqual(Object.keys(kinds))
    expect(rejecting.properties.errors.items.properties.severity.enum).toEqual(Object.keys(severities))
    expect([accepting.properties.accepted.const, rejecting.properties.accepted.const]).toEqual([true, false])
  })
})
