import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  FixedLength,
  LayoutError,
  ReferenceLayouts,
  checkLayout,
  parseLayout,
  validateLayout,
  type FieldSpec,
  type LayoutSpec
} from "../index.js"

const base = { name: "T", title: "例", basis: "test" }
const fieldsOf = (l: LayoutSpec): ReadonlyArray<FieldSpec> => l.fields
const codes = (layout: unknown, options?: Parameters<typeof checkLayout>[1]) =>
  checkLayout(layout, options).map((e) => e.code)

describe("layout definitions are validated (juki reference layout (not official))", () => {
  it("every reference layout is valid for fixed-length (Shift_JIS and UTF-8) and CSV", () => {
    for (const layout of Object.values(ReferenceLayouts)) {
      expect(checkLayout(layout)).toEqual([])
      expect(checkLayout(layout, { encoding: "utf-8" })).toEqual([])
      expect(checkLayout(layout, { format: "csv" })).toEqual([])
    }
  })
  it("別添2: the reference layouts have 151, 40, 67 and 15 items in the order of the list", () => {
    const count = (l: LayoutSpec) => l.fields.map((f) => f.no)
    expect(count(ReferenceLayouts.JuminKihonDaicho)).toEqual(Array.from({ length: 151 }, (_, i) => i + 1))
    expect(count(ReferenceLayouts.HonninKakuninJoho)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(count(ReferenceLayouts.SofusakiJoho)).toEqual(Array.from({ length: 67 }, (_, i) => i + 1))
    expect(count(ReferenceLayouts.TogoAtena)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(
      fieldsOf(ReferenceLayouts.HonninKakuninJoho)
        .filter((f) => f.gaijiCountOf)
        .map((f) => f.label)
    ).toEqual(["外字数(氏名)", "外字数(住所)", "外字数(転入前住所)", "旧氏_外字数"])
    expect(fieldsOf(ReferenceLayouts.SofusakiJoho).filter((f) => f.itemLengthOf).length).toBe(13)
    expect(fieldsOf(ReferenceLayouts.SofusakiJoho).filter((f) => f.gaijiCountOf).length).toBe(10)
    for (const l of Object.values(ReferenceLayouts)) expect(l.basis).toBe("juki reference layout (not official)")
  })
  it("overlapping fields and gaps are errors with the field's path", () => {
    const overlap = checkLayout({
      ...base,
      fields: [
        { name: "a", label: "A", chars: "numeric", offset: 0, length: 4 },
        { name: "b", label: "B", chars: "numeric", offset: 2, length: 4 }
      ]
    })
    expect(overlap.map((e) => [e.code, e.path, e.params])).toEqual([
      ["formats.layout.overlap", ["fields", 1, "offset"], { name: "b", offset: 2, previous: "a", previousEnd: 3 }]
    ])
    const gap = checkLayout({
      ...base,
      fields: [
        { name: "a", label: "A", chars: "numeric", length: 4 },
        { name: "b", label: "B", chars: "numeric", offset: 6, length: 4 }
      ]
    })
    expect(gap.map((e) => [e.code, e.params])).toEqual([["formats.layout.gap", { from: 4, to: 6 }]])
    const first = checkLayout({ ...base, fields: [{ name: "a", label: "A", chars: "numeric", offset: 2, length: 4 }] })
    expect(first.map((e) => e.code)).toEqual(["formats.layout.gap"])
  })
  it("widths: positive integers; integers at most 15 digits; 全角 Shift_JIS widths even; UTF-8 non-multiples of 3 are alerts", () => {
    expect(codes({ ...base, fields: [{ name: "a", label: "A", chars: "numeric", length: 0 }] })).toEqual([
      "formats.layout.width"
    ])
    expect(codes({ ...base, fields: [{ name: "a", label: "A", chars: "numeric" }] })).toEqual(["formats.layout.width"])
    expect(
      codes({ ...base, fields: [{ name: "a", label: "A", chars: "numeric", type: "integer", length: 16 }] })
    ).toEqual(["formats.layout.width"])
    expect(codes({ ...base, fields: [{ name: "a", label: "A", chars: "fullwidth", length: 5 }] })).toEqual([
      "formats.layout.width"
    ])
    const utf8 = checkLayout(
      { ...base, fields: [{ name: "a", label: "A", chars: "fullwidth", length: 10 }] },
      { encoding: "utf-8" }
    )
    expect(utf8.map((e) => [e.code, e.severity])).toEqual([["formats.layout.fullwidth-utf8", "alert"]])
    expect(
      Result.isSuccess(
        validateLayout(
          { ...base, fields: [{ name: "a", label: "A", chars: "fullwidth", length: 10 }] },
          { encoding: "utf-8" }
        )
      )
    ).toBe(true)
    // CSV needs no widths
    expect(codes({ ...base, fields: [{ name: "a", label: "A", chars: "numeric" }] }, { format: "csv" })).toEqual([])
  })
  it("names are identifiers, unique, never __proto__", () => {
    expect(
      codes({
        ...base,
        fields: [
          { name: "a", label: "A", chars: "numeric", length: 1 },
          { name: "a", label: "A", chars: "numeric", length: 1 },
          { name: "1x", label: "X", chars: "numeric", length: 1 },
          { name: "__proto__", label: "P", chars: "numeric", length: 1 }
        ]
      })
    ).toEqual(["formats.layout.name", "formats.layout.name", "formats.layout.name"])
  })
  it("padding suits the field; codes fit the class and width; references resolve", () => {
    expect(codes({ ...base, fields: [{ name: "a", label: "A", chars: "numeric", length: 3, pad: "zero" }] })).toEqual([
      "formats.layout.padding"
    ])
    expect(
      codes({ ...base, fields: [{ name: "a", label: "A", chars: "mixed", length: 4, pad: "ideographic-space" }] })
    ).toEqual(["formats.layout.padding"])
    expect(
      codes({
        ...base,
        fields: [{ name: "a", label: "A", chars: "numeric", length: 1, codes: { "1": "x", "22": "y", A: "z" } }]
      })
    ).toEqual(["formats.layout.reference", "formats.layout.reference"])
    expect(
      codes({ ...base, fields: [{ name: "a", label: "A", chars: "numeric", length: 6, check: "core.Nope" }] })
    ).toEqual(["formats.layout.reference"])
    expect(
      codes({
        ...base,
        fields: [{ name: "n", label: "N", chars: "numeric", type: "integer", length: 2, gaijiCountOf: "missing" }]
      })
    ).toEqual(["formats.layout.reference"])
    expect(
      codes({ ...base, fields: [{ name: "n", label: "N", chars: "numeric", length: 2, itemLengthOf: "n" }] })
    ).toContain("formats.layout.reference")
  })
  it("malformed definitions are data errors, never exceptions", () => {
    for (const junk of [
      undefined,
      null,
      1,
      "x",
      [],
      {},
      { ...base, fields: [] },
      { ...base, fields: [1] },
      { ...base, fields: [{ name: "a" }] }
    ]) {
      expect(() => checkLayout(junk)).not.toThrow()
      expect(checkLayout(junk).length).toBeGreaterThan(0)
      expect(checkLayout(junk).every((e) => e.code.startsWith("formats.layout."))).toBe(true)
    }
    const hostile = {
      ...base,
      get fields(): never {
        throw new Error("boom")
      }
    }
    expect(checkLayout(hostile).map((e) => e.code)).toEqual(["formats.layout.shape"])
  })
  it("a vendor's JSON layout is parsed and validated; invalid JSON is formats.layout.shape", () => {
    const json = JSON.stringify({
      ...base,
      fields: [
        { name: "code", label: "市町村コード", chars: "numeric", length: 6, check: "core.LocalGovernmentCode" },
        { name: "name", label: "氏名", chars: "fullwidth", length: 20 }
      ]
    })
    const layout = Result.getOrThrow(parseLayout(json))
    expect(FixedLength.recordLength(layout)).toBe(26)
    const r = parseLayout("{")
    expect(Result.isFailure(r) && r.failure.map((e) => e.code)).toEqual(["formats.layout.shape"])
  })
  it("codecs refuse invalid layouts with a LayoutError carrying the problems", () => {
    const bad = { ...base, fields: [{ name: "a", label: "A", chars: "numeric", length: -1 }] } as unknown as LayoutSpec
    expect(() => FixedLength.make(bad)).toThrow(LayoutError)
  })
})

describe("property: layouts built from random widths", () => {
  const field = fc.record({
    chars: fc.constantFrom("numeric", "alphanumeric", "halfwidth", "mixed", "fullwidth") as fc.Arbitrary<
      FieldSpec["chars"]
    >,
    length: fc.integer({ min: 1, max: 40 })
  })
  it("contiguous fields are valid and the record length is the sum of the widths", () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 20 }), (fs) => {
        const fields = fs.map((f, i) => ({
          name: `f${i}`,
          label: `項目${i}`,
          chars: f.chars,
          length: f.chars === "fullwidth" ? f.length * 2 : f.length
        }))
        const layout = { ...base, fields }
        expect(checkLayout(layout)).toEqual([])
        expect(FixedLength.recordLength(layout)).toBe(fields.reduce((n, f) => n + f.length, 0))
      })
    )
  })
  it("moving one explicit offset by ±d (d > 0) is an overlap or a gap", () => {
    fc.assert(
      fc.property(
        fc.array(field, { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (fs, at, d, back) => {
          let offset = 0
          const fields = fs.map((f, i) => {
            const length = f.chars === "fullwidth" ? f.length * 2 : f.length
            const o = { name: `f${i}`, label: `項目${i}`, chars: f.chars, offset, length }
            offset += length
            return o
          })
          const i = 1 + (at % (fields.length - 1))
          const f = fields[i] as { offset: number }
          if (back && f.offset - d < 0) return
          f.offset += back ? -d : d
          expect(checkLayout({ ...base, fields }).map((e) => e.code)).toContain(
            back ? "formats.layout.overlap" : "formats.layout.gap"
          )
        }
      )
    )
  })
})
