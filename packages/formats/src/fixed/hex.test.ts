// The JSON-friendly entry points of the fixed-length codec: FixedLength.decodeHex / encodeHex.
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { FixedLength, ReferenceLayouts, checkLayout, defineLayout, type LayoutSpec } from "../index.js"
import { expectedRecord, recordOf } from "../test-utils/arbitraries.js"

// Independent hex (Node's Buffer), not the package's toHex/fromHex.
const nodeHex = (b: Uint8Array) => Buffer.from(b).toString("hex").toUpperCase()
const codes = (r: Result.Result<unknown, ReadonlyArray<{ readonly code: string; readonly severity: string }>>) =>
  Result.isFailure(r) ? r.failure.map((e) => `${e.code}/${e.severity}`) : []

const P = defineLayout({
  name: "Person",
  title: "例",
  basis: "juki reference layout (not official)",
  fields: [
    { name: "code", label: "コード", chars: "numeric", length: 3, required: true },
    { name: "name", label: "氏名", chars: "fullwidth", length: 4 }
  ]
})

describe("FixedLength.decodeHex / encodeHex (juki reference layout (not official))", () => {
  it("decodes a whole file given as hex; white space and lower case are ignored", () => {
    expect(FixedLength.decodeHex(P, "313233 8E528140 0D0A")).toEqual(Result.succeed([{ code: "123", name: "山" }]))
    expect(FixedLength.decodeHex(P, "3132338e528140\r\n0d0a")).toEqual(Result.succeed([{ code: "123", name: "山" }]))
    expect(FixedLength.decodeHex(P, "")).toEqual(Result.succeed([]))
  })
  it("fails with every problem of every record, in file order", () => {
    const r = FixedLength.decodeHex(P, "3132 8E528140 0D0A 202020 8E528140 0D0A")
    expect(codes(r)).toEqual(["formats.record.length/error", "formats.field.required/error"])
    expect(Result.isFailure(r) && r.failure.map((e) => e.position?.record)).toEqual([1, 2])
  })
  it("an alert fails too: the last record without CRLF (formats.record.terminator)", () => {
    expect(codes(FixedLength.decodeHex(P, "313233 8E528140"))).toEqual(["formats.record.terminator/alert"])
  })
  it("text that is not hex is formats.decode.invalid-bytes", () => {
    for (const bad of ["3", "zz", "31 3"])
      expect(codes(FixedLength.decodeHex(P, bad))).toEqual(["formats.decode.invalid-bytes/error"])
  })
  it("an invalid layout fails with the errors checkLayout finds", () => {
    const bad = {
      ...P,
      fields: [
        { name: "a", label: "A", chars: "numeric", length: 4 },
        { name: "b", label: "B", chars: "numeric", offset: 2, length: 4 }
      ]
    }
    const expected = checkLayout(bad).map((e) => `${e.code}/${e.severity}`)
    expect(expected).toEqual(["formats.layout.overlap/error"])
    expect(codes(FixedLength.decodeHex(bad as LayoutSpec, ""))).toEqual(expected)
    expect(codes(FixedLength.encodeHex(bad as LayoutSpec, []))).toEqual(expected)
  })
  it("encodes records with terminators; 項目長 is computed when left out (別添2(3) 送付先情報ファイル)", () => {
    const L = defineLayout({
      name: "ItemLength",
      title: "項目長",
      basis: "juki reference layout (not official)",
      fields: [
        { name: "name", label: "氏名", chars: "alphanumeric", length: 4 },
        { name: "nameLength", label: "項目長", chars: "numeric", type: "integer", length: 2, itemLengthOf: "name" }
      ]
    })
    expect(FixedLength.encodeHex(L, [{ name: "AB" }, { name: null }])).toEqual(
      Result.succeed("414220203032" + "0D0A" + "202020203030" + "0D0A")
    )
    expect(codes(FixedLength.encodeHex(L, [{ name: "AB", nameLength: 3 }]))).toEqual([
      "formats.field.item-length/error"
    ])
    expect(codes(FixedLength.encodeHex(L, [{ name: "AB", nameLength: 3 }], { check: false }))).toEqual([])
    expect(codes(FixedLength.encodeHex(L, "AB" as never))).toEqual(["formats.encode.type/error"])
  })
  it("throwingChecks: a check that throws is formats.field.check-failed, on decode and on encode; blank values are not checked", () => {
    const L = defineLayout({
      name: "Checked",
      title: "例",
      basis: "juki reference layout (not official)",
      fields: [{ name: "v", label: "値", chars: "numeric", length: 2, check: "vendor.Broken" }]
    })
    const o = { throwingChecks: ["vendor.Broken"] }
    expect(codes(FixedLength.decodeHex(L, "3132 0D0A", o))).toEqual(["formats.field.check-failed/error"])
    expect(codes(FixedLength.encodeHex(L, [{ v: "12" }], o))).toEqual(["formats.field.check-failed/error"])
    expect(FixedLength.decodeHex(L, "2020 0D0A", o)).toEqual(Result.succeed([{ v: null }]))
    // Without the option the id is unknown to the layout.
    expect(codes(FixedLength.decodeHex(L, "3132 0D0A"))).toEqual(["formats.layout.reference/error"])
  })
  it("property: decodeHex(encodeHex(records)) gives the records (reference layouts, both encodings)", () => {
    for (const encoding of ["shift_jis", "utf-8"] as const) {
      const layout = ReferenceLayouts.SofusakiJoho
      const codec = FixedLength.make(layout, { encoding })
      fc.assert(
        fc.property(fc.array(recordOf(layout, { encoding }), { maxLength: 3 }), (recs) => {
          const hex = Result.getOrThrow(FixedLength.encodeHex(layout, recs, { encoding }))
          expect(hex).toBe(nodeHex(Result.getOrThrow(codec.encode(recs as never))))
          expect(FixedLength.decodeHex(layout, hex, { encoding })).toEqual(
            Result.succeed(recs.map((r) => expectedRecord(layout, r, encoding)))
          )
        }),
        { numRuns: 25 }
      )
    }
  })
  it("property: decodeHex succeeds exactly when decode finds no problem, and fails with all of them", () => {
    const codec = FixedLength.make(P)
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 30 }), (bytes) => {
        const whole = codec.decode(bytes)
        const all = whole.records.flatMap((r) => r.problems).map((e) => `${e.code}/${e.severity}`)
        const r = FixedLength.decodeHex(P, nodeHex(bytes))
        if (all.length === 0) expect(r).toEqual(Result.succeed(whole.records.map((x) => x.value)))
        else expect(codes(r)).toEqual(all)
      })
    )
  })
  it("never throws, whatever the layout, hex, records or options", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (layout, input, options) => {
        expect(Result.isResult(FixedLength.decodeHex(layout as never, input as never, options as never))).toBe(true)
        expect(Result.isResult(FixedLength.encodeHex(layout as never, input as never, options as never))).toBe(true)
        expect(Result.isResult(FixedLength.decodeHex(P, input as never, options as never))).toBe(true)
        expect(Result.isResult(FixedLength.encodeHex(P, [input] as never, options as never))).toBe(true)
      })
    )
  })
})
