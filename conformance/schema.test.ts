// Every vector file in conformance/ must validate against conformance/schema/vector-file.schema.json,
// carry a legal basis on every case, and keep required and optional cases apart.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import { describe, expect, it } from "vitest"

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
        cases: [{ description: "c", basis: ["b"], given: null, when: { input: "1" }, expect: { accepted: false, errors: [] } }]
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
