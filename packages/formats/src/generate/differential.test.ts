// One source of truth for limits: a record is valid under the generated JSON Schema (and the effect Schema)
// exactly when the fixed-length writer can write it — for random layouts and the reference layouts, Shift_JIS
// (JIS X 0208 and CP932 policies) and UTF-8.
import { Ajv2020 } from "ajv/dist/2020.js"
import fc from "fast-check"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  FixedLength,
  ReferenceLayouts,
  checkLayout,
  fieldLimits,
  generateJsonSchema,
  toSchema,
  type FieldSpec,
  type LayoutSpec,
  type ShiftJis
} from "../index.js"

type Encoding = "shift_jis" | "utf-8"

/** Independent byte count: TextEncoder for UTF-8; Shift_JIS 1 byte for ASCII and half-width katakana, else 2. */
const bytesIn = (s: string, encoding: Encoding): number => {
  if (encoding === "utf-8") return new TextEncoder().encode(s).length
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    n += c < 0x80 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2
  }
  return n
}

const ajvFor = (encoding: Encoding) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  ajv.addKeyword({
    keyword: "x-juki-bytes",
    type: "string",
    schemaType: "number",
    validate: (max: number, data: string) => bytesIn(data, encoding) <= max
  })
  ajv.addKeyword({ keyword: "x-juki-encoding", schemaType: "string" })
  ajv.addKeyword({ keyword: "x-juki-check", schemaType: "string" })
  return ajv
}

const stripChecks = (layout: LayoutSpec): LayoutSpec => ({
  ...layout,
  fields: layout.fields.map((f) => {
    const { check: _c, checkWith: _w, checkOptions: _o, itemLengthOf: _i, gaijiCountOf: _g, ...rest } = f
    return rest as FieldSpec
  })
})

const CLASSES = ["numeric", "alphanumeric", "halfwidth", "fullwidth", "mixed"] as const
const fieldArb = (i: number): fc.Arbitrary<FieldSpec> =>
  fc
    .record({
      chars: fc.constantFrom(...CLASSES),
      length: fc.integer({ min: 1, max: 14 }),
      integer: fc.boolean(),
      required: fc.boolean(),
      justify: fc.constantFrom("left", "right"),
      codes: fc.option(fc.uniqueArray(fc.constantFrom("1", "2", "12", "A"), { minLength: 1, maxLength: 3 }), {
        nil: undefined
      })
    })
    .map(({ chars, length, integer, required, justify, codes }) => {
      const f: Record<string, unknown> = { name: `f${i}`, label: `項目${i}`, chars, length, required, justify }
      if (integer) Object.assign(f, { chars: "numeric", type: "integer" })
      else if (codes && (chars === "numeric" || chars === "alphanumeric"))
        f["codes"] = Object.fromEntries(codes.map((c) => [c, c]))
      if (chars === "fullwidth" && !integer) f["length"] = length * 2
      return f as unknown as FieldSpec
    })
const randomLayoutArb = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fieldArb(i))))
  .map(
    (fields): LayoutSpec => ({
      name: "Random",
      title: "乱数レイアウト",
      basis: "test",
      recordTerminator: "none",
      fields
    })
  )

const PIECES = [
  "1",
  "0",
  "A",
  " ",
  "~",
  "\\",
  "ｱ",
  "山",
  "　",
  "α",
  "Я",
  "①",
  "髙",
  "𠮷",
  "\u0001",
  "～",
  "〜",
  "\uE000",
  "¥",
  "纊"
]
/** Pieces that fit each class and are JIS X 0208 (for records that are mostly writable). */
const CLEAN: Record<string, ReadonlyArray<string>> = {
  numeric: ["0", "1", "9"],
  alphanumeric: ["A", "1", " ", "~"],
  halfwidth: ["A", "1", "ｱ", "ﾟ"],
  fullwidth: ["山", "　", "α", "Я", "～"],
  mixed: ["A", "山", "ｱ", "α", " "]
}
const textArb = (pieces: ReadonlyArray<string>, maxChars: number) =>
  fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 })
    .chain((alphabet) => fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: maxChars }))
    .map((a) => a.join(""))
const valueArb = (f: FieldSpec, encoding: Encoding, clean: boolean): fc.Arbitrary<unknown> => {
  if (f.type === "integer") {
    const max = 10 ** (f.length ?? 3) - 1
    return clean
      ? fc.oneof(fc.constant(null), fc.nat({ max }))
      : fc.oneof(fc.nat({ max: max * 10 + 9 }), fc.constantFrom(-1, 1.5, "12"))
  }
  if (f.codes) return clean ? fc.constantFrom(...Object.keys(f.codes)) : fc.constantFrom(null, "x", "3", "1")
  const max = fieldLimits(f, encoding)?.maxChars ?? 10
  if (clean)
    return f.required
      ? textArb(CLEAN[f.chars] as ReadonlyArray<string>, max)
      : fc.oneof(fc.constant(null), textArb(CLEAN[f.chars] as ReadonlyArray<string>, max))
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: textArb(PIECES, max + 3) },
    { weight: 1, arbitrary: fc.constant(7) }
  )
}
/** A record whose fields are clean (fit their class, JIS X 0208, within the character count) except a random few. */
const recordArb = (layout: LayoutSpec, encoding: Encoding) => {
  const fields = layout.fields.filter((f) => f.filler !== true)
  return fc
    .array(fc.nat({ max: fields.length - 1 }), { maxLength: 2 })
    .chain((noisy) =>
      fc.record(Object.fromEntries(fields.map((f, i) => [f.name, valueArb(f, encoding, !noisy.includes(i))])))
    )
}

/** A pool of random layouts (drawn once per run), so that each schema is compiled once and records vary. */
const RANDOM_LAYOUTS = fc.sample(randomLayoutArb, 80)
const POLICIES: ReadonlyArray<Partial<ShiftJis.MappingPolicy>> = [{}, { charset: "cp932" }]
const REFERENCES = (Object.values(ReferenceLayouts) as ReadonlyArray<LayoutSpec>).map(stripChecks)

describe("JSON Schema / effect Schema valid ⇔ fixed-length writable (one source of truth for limits)", () => {
  const ajvs = { shift_jis: ajvFor("shift_jis"), "utf-8": ajvFor("utf-8") }
  const cache = new Map<
    string,
    { json: (r: unknown) => boolean; effect: (r: unknown) => boolean; write: (r: unknown) => boolean }
  >()
  const subjects = (layout: LayoutSpec, encoding: Encoding, policy: Partial<ShiftJis.MappingPolicy>) => {
    const key = `${JSON.stringify(layout)}/${encoding}/${JSON.stringify(policy)}`
    let s = cache.get(key)
    if (!s) {
      // The 30 KB pattern of $defs/writable is compiled once per policy: it is registered under an id and referred to.
      const schema = generateJsonSchema(layout, { encoding, policy }) as {
        $defs?: { writable: object }
        properties: Record<string, { allOf?: unknown }>
      }
      if (schema.$defs) {
        const id = `https://juki.invalid/writable-${policy.charset ?? "jisx0208"}.json`
        if (!ajvs[encoding].getSchema(id)) ajvs[encoding].addSchema({ $id: id, ...schema.$defs.writable })
        delete schema.$defs
        for (const p of Object.values(schema.properties)) if (p.allOf) p.allOf = [{ $ref: id }]
      }
      const json = ajvs[encoding].compile(schema)
      const effect = Schema.decodeUnknownResult(toSchema(layout, { encoding, policy }))
      const codec = FixedLength.make(layout, { encoding, policy })
      s = {
        json: (r) => json(r) === true,
        effect: (r) => Result.isSuccess(effect(r)),
        write: (r) => Result.isSuccess(codec.encodeRecord(r as never))
      }
      if (cache.size > 200) cache.clear()
      cache.set(key, s)
    }
    return s
  }
  it("property: random layouts and the reference layouts (checks and 項目長/外字数 left out), random records, both encodings (1,000 runs)", () => {
    const input = fc
      .record({
        layout: fc.oneof(fc.constantFrom(...RANDOM_LAYOUTS), fc.constantFrom(...REFERENCES)),
        encoding: fc.constantFrom<Encoding>("shift_jis", "utf-8"),
        policy: fc.constantFrom(...POLICIES)
      })
      .filter(({ layout, encoding }) => checkLayout(layout, { encoding }).every((e) => e.severity !== "error"))
      .chain((p) => recordArb(p.layout, p.encoding).map((record) => ({ ...p, record })))
    let writable = 0
    let refused = 0
    fc.assert(
      fc.property(input, ({ layout, encoding, policy, record }) => {
        const s = subjects(layout, encoding, policy)
        const w = s.write(record)
        if (w) writable++
        else refused++
        expect([s.json(record), s.effect(record)]).toEqual([w, w])
      }),
      { numRuns: 1000 }
    )
    // Both sides of the equivalence are exercised.
    expect(writable).toBeGreaterThan(100)
    expect(refused).toBeGreaterThan(100)
  })

  it("漢字氏名 (60 bytes, Shift_JIS): maxLength 30 characters and x-juki-bytes 60; 31 characters are refused by both", () => {
    const schema = generateJsonSchema(ReferenceLayouts.HonninKakuninJoho) as {
      properties: Record<string, Record<string, unknown>>
    }
    expect(schema.properties["nameKanji"]).toMatchObject({ maxLength: 30, "x-juki-bytes": 60 })
    expect(schema.properties["requestNumber"]).toMatchObject({ maxLength: 20, "x-juki-bytes": 20 })
    const utf8 = generateJsonSchema(ReferenceLayouts.HonninKakuninJoho, { encoding: "utf-8" }) as {
      properties: Record<string, Record<string, unknown>>
    }
    expect(utf8.properties["nameKanji"]).toMatchObject({ maxLength: 30, "x-juki-bytes": 60 })
  })
})
