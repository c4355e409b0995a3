// The JSON-friendly entry point of the CSV codec: Csv.decodeText.
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Csv, ReferenceLayouts, defineLayout } from "../index.js"
import { expectedRecord, recordOf } from "../test-utils/arbitraries.js"

const codes = (r: Result.Result<unknown, ReadonlyArray<{ readonly code: string; readonly severity: string }>>) =>
  Result.isFailure(r) ? r.failure.map((e) => `${e.code}/${e.severity}`) : []

const L = defineLayout({
  name: "Mini",
  title: "小",
  basis: "juki reference layout (not official)",
  fields: [
    { name: "code", label: "コード", chars: "numeric", required: true },
    { name: "note", label: "備考", chars: "mixed" },
    { name: "count", label: "件数", chars: "numeric", type: "integer" }
  ]
})
const H = "コード,備考,件数\r\n"

describe("Csv.decodeText (RFC 4180)", () => {
  it("RFC 4180: decodes quoted cells with escaped quotes; the header is the labels by default", () => {
    expect(Csv.decodeText(L, H + '1,"a,""b""",2\r\n3,,\r\n')).toEqual(
      Result.succeed([
        { code: "1", note: 'a,"b"', count: 2 },
        { code: "3", note: null, count: null }
      ])
    )
    expect(Csv.decodeText(L, "1,x,2", { header: "none" })).toEqual(Result.succeed([{ code: "1", note: "x", count: 2 }]))
  })
  it("RFC 4180: fails with every problem: the records' in file order, then the header's", () => {
    const r = Csv.decodeText(L, 'コード,メモ,件数\r\n1,a"b,2\r\n3,x\r\n')
    expect(codes(r)).toEqual(["formats.csv.quote/error", "formats.csv.columns/error", "formats.csv.header/error"])
    expect(Result.isFailure(r) && r.failure.map((e) => e.position?.record)).toEqual([1, 2, 0])
  })
  it("maxRecordBytes and an unclosed quote at the end of the file", () => {
    expect(codes(Csv.decodeText(L, `1,${"x".repeat(40)},3\r\n`, { header: "none", maxRecordBytes: 16 }))).toEqual([
      "formats.record.too-long/error"
    ])
    expect(codes(Csv.decodeText(L, H + '1,"abc'))).toEqual(["formats.record.truncated/error"])
  })
  it("text that cannot be encoded fails with the encoder's rule", () => {
    expect(codes(Csv.decodeText(L, H + "1,\ud800,2\r\n"))).toEqual(["formats.encode.unmappable/error"])
    expect(codes(Csv.decodeText(L, H + "1,𠮷,2\r\n", { encoding: "shift_jis" }))).toEqual([
      "text.shift-jis.unrepresentable/error"
    ])
  })
  it("throwingChecks: formats.field.check-failed; an empty cell is not checked", () => {
    const C = defineLayout({
      name: "C",
      title: "例",
      basis: "test",
      fields: [{ name: "v", label: "値", chars: "numeric", check: "vendor.Broken" }]
    })
    const o = { throwingChecks: ["vendor.Broken"] }
    expect(codes(Csv.decodeText(C, "値\r\n12\r\n", o))).toEqual(["formats.field.check-failed/error"])
    expect(Csv.decodeText(C, "値\r\n\r\n", o)).toEqual(Result.succeed([{ v: null }]))
    expect(codes(Csv.decodeText(C, "値\r\n12\r\n"))).toEqual(["formats.layout.reference/error"])
  })
  it("property: decodeText of an encoded file gives the records (UTF-8 and Shift_JIS)", () => {
    const layout = ReferenceLayouts.TogoAtena
    for (const encoding of ["utf-8", "shift_jis"] as const) {
      const codec = Csv.make(layout, { encoding })
      fc.assert(
        fc.property(fc.array(recordOf(layout, { encoding }), { maxLength: 3 }), (recs) => {
          const bytes = Result.getOrThrow(codec.encode(recs as never))
          // An independent decoder of the bytes (TextDecoder), then decodeText encodes them again.
          const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
          expect(Csv.decodeText(layout, text, { encoding })).toEqual(
            Result.succeed(recs.map((r) => expectedRecord(layout, r, encoding)))
          )
        }),
        { numRuns: 30 }
      )
    }
  })
  it("never throws, whatever the layout, text or options", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (layout, text, options) => {
        expect(Result.isResult(Csv.decodeText(layout as never, text as never, options as never))).toBe(true)
        expect(Result.isResult(Csv.decodeText(L, text as never, options as never))).toBe(true)
      })
    )
  })
})
