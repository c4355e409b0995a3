import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import fc from "fast-check"
import { Result, Schema } from "effect"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import {
  FixedLength,
  ReferenceLayouts,
  generateJsonSchema,
  generateMarkdown,
  generateTypeScript,
  toSchema,
  type LayoutSpec
} from "../index.js"
import { recordOf } from "../test-utils/arbitraries.js"

const here = fileURLToPath(new URL(".", import.meta.url))
const root = join(here, "../../../..")
const generatedDir = join(here, "../reference/generated")
const fileOf = (layout: LayoutSpec) =>
  join(generatedDir, `${layout.name.replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c.toLowerCase())}.ts`)
const references = Object.values(ReferenceLayouts) as ReadonlyArray<LayoutSpec>

const compile = (files: Record<string, string>): ReadonlyArray<string> => {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const dir = mkdtempSync(join(tmpdir(), "juki-formats-ts-"))
  try {
    const names = Object.entries(files).map(([name, text]) => {
      const p = join(dir, name)
      writeFileSync(p, text)
      return p
    })
    const program = ts.createProgram(names, { ...parsed.options, noEmit: true, noUnusedLocals: false })
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || names.includes(d.file.fileName))
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe("generateTypeScript", () => {
  it("the committed generated record types are up to date (JUKI_UPDATE_GENERATED=1 rewrites them)", () => {
    for (const layout of references) {
      const text = generateTypeScript(layout, { tags: ["@category models", "@since 0.1.0"] })
      if (process.env["JUKI_UPDATE_GENERATED"] === "1") writeFileSync(fileOf(layout), text)
      expect(readFileSync(fileOf(layout), "utf8")).toBe(text)
    }
  })
  it("the TypeScript of every reference layout and of random layouts compiles and equals RecordOf<typeof layout> (tsc)", () => {
    const model = join(here, "../layout/model.js")
    const files: Record<string, string> = {}
    const randomLayouts = fc.sample(
      fc
        .array(
          fc.record({
            chars: fc.constantFrom("numeric", "alphanumeric", "halfwidth", "fullwidth", "mixed"),
            integer: fc.boolean(),
            required: fc.boolean(),
            codes: fc.option(fc.uniqueArray(fc.constantFrom("1", "2", "3", "9"), { minLength: 1, maxLength: 3 }), {
              nil: undefined
            }),
            filler: fc.boolean()
          }),
          { minLength: 1, maxLength: 8 }
        )
        .map((fs) => ({
          name: "Random",
          title: "無作為",
          basis: "test",
          fields: fs.map((f, i) => ({
            name: `f${i}`,
            label: `項目${i} */ "quoted"`,
            chars: f.integer || f.codes ? "numeric" : f.chars,
            length: 4,
            ...(f.integer
              ? { type: "integer" }
              : f.codes
                ? { codes: Object.fromEntries(f.codes.map((c) => [c, `意味${c}`])) }
                : {}),
            ...(f.required ? { required: true } : {}),
            ...(f.filler && i > 0 ? { filler: true } : {})
          }))
        })),
      { numRuns: 8, seed: 11 }
    ) as ReadonlyArray<LayoutSpec>
    const all = [
      ...references.map((l, i) => ({ l, i, ref: true })),
      ...randomLayouts.map((l, i) => ({ l, i: i + 10, ref: false }))
    ]
    for (const { l, i } of all) {
      files[`gen${i}.ts`] = generateTypeScript(l, { typeName: "Generated" })
      files[`check${i}.ts`] = [
        `import type { RecordOf } from ${JSON.stringify(model)}`,
        `import type { Generated } from "./gen${i}.js"`,
        `const layout = ${JSON.stringify(l)} as const`,
        "type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false",
        "export const same: Equals<Generated, RecordOf<typeof layout>> = true",
        "export const bad: Equals<Generated, { readonly nope: string }> = false",
        ""
      ].join("\n")
    }
    expect(compile(files)).toEqual([])
  })
  it("a wrong type does not pass the equality check (the check can fail)", () => {
    const l = ReferenceLayouts.TogoAtena
    const model = join(here, "../layout/model.js")
    const wrong = generateTypeScript(l, { typeName: "Generated" }).replace(
      'readonly sex: "1" | "2" | null',
      "readonly sex: string | null"
    )
    const diagnostics = compile({
      "gen.ts": wrong,
      "check.ts": [
        `import type { RecordOf } from ${JSON.stringify(model)}`,
        `import type { Generated } from "./gen.js"`,
        `const layout = ${JSON.stringify(l)} as const`,
        "type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false",
        "export const same: Equals<Generated, RecordOf<typeof layout>> = true",
        ""
      ].join("\n")
    })
    expect(diagnostics.length).toBe(1)
  })
})

describe("generateJsonSchema and toSchema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  // The x-juki-* annotations (bytes are checked by the differential test in differential.test.ts).
  for (const keyword of ["x-juki-bytes", "x-juki-encoding", "x-juki-check"]) ajv.addKeyword(keyword)
  for (const layout of references) {
    it(`${layout.name}: decoded records validate against the JSON Schema and the effect Schema; others do not`, () => {
      const validate = ajv.compile(generateJsonSchema(layout))
      const schema = Schema.decodeUnknownResult(toSchema(layout))
      const codec = FixedLength.make(layout)
      fc.assert(
        fc.property(recordOf(layout, { encoding: "shift_jis" }), (input) => {
          const record = Result.getOrThrow(codec.decodeRecord(Result.getOrThrow(codec.encodeRecord(input as never))))
          expect(validate(record) ? [] : validate.errors).toEqual([])
          expect(Result.isSuccess(schema(record))).toBe(true)
          const first = layout.fields.find((f) => f.required && f.type !== "integer") as { name: string }
          const broken = { ...record, [first.name]: "\u0001" }
          expect(validate(broken)).toBe(false)
          expect(Result.isSuccess(schema(broken))).toBe(false)
          expect(validate({ ...record, extra: 1 })).toBe(false)
        }),
        { numRuns: 20 }
      )
    })
  }
})

describe("generateMarkdown", () => {
  it("one row per field with 開始位置 (1-based), バイト数 and the basis", () => {
    const md = generateMarkdown(ReferenceLayouts.HonninKakuninJoho)
    const rows = md.split("\n").filter((l) => /^\| \d+ \|/.test(l))
    expect(rows.length).toBe(40)
    expect(rows[0]).toBe("| 1 | 住民票コード | `residentCode` | 数字 | 1 | 11 | ○ | 空白・左詰 | `core.ResidentCode` |")
    expect(rows[2]).toBe(
      "| 3 | 外字数(氏名) | `nameGaijiCount` | 数字（整数） | 72 | 2 |  | 0・右詰 | 外字数 of `nameKanji` |"
    )
    expect(md).toContain("juki reference layout (not official)")
    expect(md).toContain("762 bytes per record")
  })
})
