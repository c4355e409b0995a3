import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Csv, ReferenceLayouts, defineLayout, type LayoutSpec } from "../index.js"
import { expectedRecord, recordOf } from "../test-utils/arbitraries.js"

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

const L = defineLayout({
  name: "Mini",
  title: "小",
  basis: "test",
  fields: [
    { name: "code", label: "コード", chars: "numeric", required: true },
    { name: "note", label: "備考", chars: "mixed" },
    { name: "count", label: "件数", chars: "numeric", type: "integer" }
  ]
})
const csv = Csv.make(L, { header: "names" })

describe("Csv (RFC 4180)", () => {
  it("RFC 4180: quotes and escaped quotes; CRLF after every record", () => {
    const rec = { code: "1", note: 'a,"b" c', count: 7 }
    const bytes = Result.getOrThrow(csv.encode([rec]))
    expect(dec(bytes)).toBe('code,note,count\r\n1,"a,""b"" c",7\r\n')
    expect(csv.decode(bytes).records.map((r) => r.value)).toEqual([rec])
    expect(dec(Result.getOrThrow(Csv.make(L, { header: "none", quote: "always" }).encode([rec])))).toBe(
      '"1","a,""b"" c",7\r\n'
    )
  })
  it("RFC 4180: a line break inside quotes stays in its record (and is a control character for every class)", () => {
    const { records } = csv.decode(enc('code,note,count\r\n1,"a\r\nb",2\r\n3,x,4\r\n'))
    expect(records.map((r) => [r.record, r.problems.map((p) => [p.code, p.path, p.position?.index])])).toEqual([
      [1, [["formats.field.chars", ["note"], 1]]],
      [2, []]
    ])
  })
  it("a UTF-8 BOM is skipped (offsets stay file offsets); LF line ends are read too; the last line may lack CRLF", () => {
    const { records, summary } = csv.decode(enc("\uFEFFcode,note,count\n1,x,2\n3,,"))
    expect(records.map((r) => [r.record, r.byteOffset, r.value])).toEqual([
      [1, 19, { code: "1", note: "x", count: 2 }],
      [2, 25, { code: "3", note: null, count: null }]
    ])
    expect(summary).toMatchObject({ records: 2, accepted: 2, rejected: 0, problems: 0 })
    const withBom = Csv.make(L, { header: "names", bom: true })
    expect(Array.from(Result.getOrThrow(withBom.encode([])).subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
  })
  it("a wrong header is reported with record 0 and reading goes on", () => {
    const { records, summary } = csv.decode(enc("code,memo,count\r\n1,x,2\r\n"))
    expect(summary.firstProblems.map((p) => [p.code, p.position])).toEqual([
      ["formats.csv.header", { record: 0, byteOffset: 5 }]
    ])
    expect(summary).toMatchObject({ records: 1, accepted: 1, problems: 1 })
    expect(records[0]?.value).toEqual({ code: "1", note: "x", count: 2 })
  })
  it("misplaced quotes, wrong column counts and blank required cells are rejected with positions", () => {
    const { records } = csv.decode(enc('code,note,count\r\n1,a"b,2\r\n2,"x"y,3\r\n3,x\r\n,x,4\r\n5,"open\r\n'))
    expect(records.map((r) => r.problems.map((p) => [p.code, p.position]))).toEqual([
      [["formats.csv.quote", { record: 1, byteOffset: 20 }]],
      [["formats.csv.quote", { record: 2, byteOffset: 31 }]],
      [["formats.csv.columns", { record: 3, byteOffset: 36 }]],
      [["formats.field.required", { record: 4, byteOffset: 41 }]],
      [["formats.record.truncated", { record: 5, byteOffset: 47 }]]
    ])
  })
  it("a record longer than maxRecordBytes is skipped up to the next line break (constant memory)", () => {
    const small = Csv.make(L, { header: "none", maxRecordBytes: 16 })
    const { records } = small.decode(enc(`1,${"x".repeat(40)},2\r\n2,y,3\r\n`))
    expect(records.map((r) => [r.record, r.accepted, r.problems.map((p) => p.code)])).toEqual([
      [1, false, ["formats.record.too-long"]],
      [2, true, []]
    ])
    // across chunks, with an unterminated quote
    const chunks = [enc('1,"' + "x".repeat(10)), enc("x".repeat(10)), enc("zz\r\n2,y,3\r\n")]
    const out = small.decode(enc(chunks.map(dec).join("")))
    expect(out.records.map((r) => r.accepted)).toEqual([false])
  })
  it("Shift_JIS CSV: the same byte-exact mapping policy as fixed-length files", () => {
    const sjis = Csv.make(L, { header: "none", encoding: "shift_jis" })
    const b = Result.getOrThrow(sjis.encode([{ code: "1", note: "〜山田", count: null }]))
    expect(Array.from(b)).toEqual([0x31, 0x2c, 0x81, 0x60, 0x8e, 0x52, 0x93, 0x63, 0x2c, 0x0d, 0x0a])
    const r = sjis.encodeRecord({ code: "1", note: "𠮷", count: null })
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.path])).toEqual([
      ["text.shift-jis.unrepresentable", ["note"]]
    ])
  })
})

const layouts: ReadonlyArray<LayoutSpec> = [
  ReferenceLayouts.TogoAtena,
  ReferenceLayouts.SofusakiJoho,
  ReferenceLayouts.HonninKakuninJoho
]

describe("property: CSV round trip of the reference layouts", () => {
  for (const layout of layouts) {
    for (const encoding of ["utf-8", "shift_jis"] as const) {
      it(`${layout.name} (${encoding})`, () => {
        const codec = Csv.make(layout, { encoding, header: "labels", policy: { userDefined: "pua" } })
        fc.assert(
          fc.property(fc.array(recordOf(layout, { encoding, gaiji: true }), { maxLength: 4 }), (recs) => {
            const bytes = Result.getOrThrow(codec.encode(recs as never))
            const { records, summary } = codec.decode(bytes)
            expect(summary.problems).toBe(0)
            expect(records.map((r) => r.value)).toEqual(recs.map((r) => expectedRecord(layout, r, encoding)))
          }),
          { numRuns: 40 }
        )
      })
    }
  }
})

describe("CSV streaming and fuzz", () => {
  const codec = Csv.make(ReferenceLayouts.TogoAtena)
  const file = Result.getOrThrow(
    codec.encode(
      fc.sample(recordOf(ReferenceLayouts.TogoAtena, { encoding: "utf-8" }), { numRuns: 20, seed: 3 }) as never
    )
  )
  const whole = codec.decode(file)
  it("any chunking gives the records of the whole buffer", async () => {
    expect(whole.summary).toMatchObject({ records: 20, accepted: 20, rejected: 0 })
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 10 }), async (cuts) => {
        const at = [...new Set(cuts.map((c) => c % file.length))].sort((a, b) => a - b)
        const chunks: Array<Uint8Array> = []
        let p = 0
        for (const c of at) {
          chunks.push(file.subarray(p, c))
          p = c
        }
        chunks.push(file.subarray(p))
        const out = []
        for await (const r of codec.decodeStream(chunks)) out.push(r)
        expect(out.map((r) => [r.record, r.byteOffset, r.value])).toEqual(
          whole.records.map((r) => [r.record, r.byteOffset, r.value])
        )
        expect(await codec.validate(chunks)).toEqual(whole.summary)
      }),
      { numRuns: 30 }
    )
  })
  it("arbitrary bytes never throw; records = accepted + rejected; every problem has a position", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(fc.constantFrom(0x22, 0x2c, 0x0d, 0x0a, 0x31, 0x41, 0xe3, 0x80, 0xef, 0xbb, 0xbf), { maxLength: 300 })
        .map((a) => Uint8Array.from(a))
    )
    fc.assert(
      fc.property(bytes, (b) => {
        const { records, summary } = codec.decode(b)
        expect(summary.records).toBe(summary.accepted + summary.rejected)
        for (const r of records) for (const p of r.problems) expect(p.position?.record).toBe(r.record)
        for (const p of summary.firstProblems) expect(typeof p.position?.byteOffset).toBe("number")
      }),
      { numRuns: 300 }
    )
  })
})
