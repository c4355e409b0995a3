// Runs every records conformance vector file (conformance/vectors/records/*.json and
// conformance/optional/records/*.json) against this package, validates the files against the vector schema, and
// checks that they are current with the example table (regenerate with JUKI_WRITE_VECTORS=1).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import type { VectorCase, VectorFile } from "@juki/conformance/vector-file"
import { describe, expect, it } from "vitest"
import { normalise, runFunction, runRecords } from "./test-utils/runner.js"
import { formatJson, vectorFiles } from "./test-utils/vectors.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))

if (process.env["JUKI_WRITE_VECTORS"] === "1")
  for (const [path, content] of vectorFiles()) {
    mkdirSync(dirname(`${root}${path}`), { recursive: true })
    writeFileSync(`${root}${path}`, formatJson(content))
  }

// The one vector-file type (typed after conformance/schema/vector-file.schema.json); records' `when` shape.
type Case = VectorCase<{
  readonly event?: unknown
  readonly options?: never
  readonly function?: string
  readonly args?: ReadonlyArray<unknown>
}>

const schema = JSON.parse(readFileSync(`${root}conformance/schema/vector-file.schema.json`, "utf8"))
const validateSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

const dirs = ["conformance/vectors/records/", "conformance/optional/records/"]
const files = dirs.flatMap((d) =>
  existsSync(`${root}${d}`)
    ? readdirSync(`${root}${d}`)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => ({
          path: `${d}${f}`,
          data: JSON.parse(readFileSync(`${root}${d}${f}`, "utf8")) as VectorFile<Case["when"]>
        }))
    : []
)

describe("records conformance vector files", () => {
  it("are current with the example table (JUKI_WRITE_VECTORS=1 regenerates them)", () => {
    const expected = vectorFiles()
    expect(files.map((f) => f.path).sort()).toEqual([...expected.keys()].sort())
    for (const f of files)
      expect(readFileSync(`${root}${f.path}`, "utf8"), f.path).toBe(formatJson(expected.get(f.path)))
  })

  for (const f of files) {
    describe(f.path, () => {
      it("matches the vector-file schema", () => {
        const ok = validateSchema(f.data)
        expect(validateSchema.errors ?? [], f.path).toEqual([])
        expect(ok).toBe(true)
      })
      it("is of kind records", () => {
        expect(f.data.kind).toBe("records")
      })
      it("optional files and only they are marked optional", () => {
        expect(f.data.optional === true).toBe(f.path.includes("/optional/"))
      })
      for (const c of f.data.cases)
        it(`${c.basis.join(" / ")}: ${c.description}`, () => {
          const got =
            c.when.function === undefined
              ? runRecords(c.given, {
                  event: c.when.event,
                  ...(c.when.options === undefined ? {} : { options: c.when.options })
                })
              : runFunction({ function: c.when.function, args: c.when.args ?? [] })
          expect(got).toEqual(normalise(c.expect))
        })
    })
  }
})
