import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Text } from "@juki/core"
import { FixedLength, ReferenceLayouts, defineLayout, type Decoded, type LayoutSpec } from "../index.js"
import { expectedRecord, recordOf } from "../test-utils/arbitraries.js"

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ")
const bytes = (h: string) => Uint8Array.from(h.split(" ").filter(Boolean), (x) => parseInt(x, 16))

const one = (field: Record<string, unknown>, encoding: "shift_jis" | "utf-8" = "shift_jis") =>
  FixedLength.make(
    defineLayout({
      name: "One",
      title: "一項目",
      basis: "test",
      recordTerminator: "none",
      fields: [{ name: "v", label: "値", ...field } as never]
    }),
    { encoding }
  )
const encodeOne = (field: Record<string, unknown>, value: unknown, encoding: "shift_jis" | "utf-8" = "shift_jis") =>
  one(field, encoding).encodeRecord({ v: value } as never)

describe("FixedLength padding (juki reference layout (not official))", () => {
  it("数字 text is left-justified and padded with ASCII spaces", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "numeric", length: 5 }, "123")))).toBe("31 32 33 20 20")
  })
  it("integers are right-justified and zero-padded; blank integers are spaces", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "numeric", type: "integer", length: 3 }, 7)))).toBe("30 30 37")
    expect(hex(Result.getOrThrow(encodeOne({ chars: "numeric", type: "integer", length: 3 }, null)))).toBe("20 20 20")
    expect(
      Result.getOrThrow(one({ chars: "numeric", type: "integer", length: 3 }).decodeRecord(bytes("30 30 30")))
    ).toEqual({ v: 0 })
    expect(
      Result.getOrThrow(one({ chars: "numeric", type: "integer", length: 3 }).decodeRecord(bytes("20 20 20")))
    ).toEqual({ v: null })
  })
  it("formats.fixed.integer-form: a space-padded integer with a leading zero is refused at the zero's byte (the writer would drop it)", () => {
    for (const encoding of ["shift_jis", "utf-8"] as const) {
      const left = one({ chars: "numeric", type: "integer", length: 4, pad: "space", justify: "left" }, encoding)
      const right = one({ chars: "numeric", type: "integer", length: 4, pad: "space" }, encoding)
      const codes = (r: ReturnType<typeof left.decodeRecord>) =>
        Result.isFailure(r) ? r.failure.map((e) => [e.code, e.position?.byteOffset]) : r.success
      // Found by the write-back property (seed 1217403808): "00  " decoded as 0 and was written back as "0   ".
      expect(codes(left.decodeRecord(bytes("30 30 20 20")))).toEqual([["formats.fixed.integer-form", 0]])
      expect(codes(right.decodeRecord(bytes("20 20 30 37")))).toEqual([["formats.fixed.integer-form", 2]])
      expect(codes(left.decodeRecord(bytes("30 20 20 20")))).toEqual({ v: 0 })
      expect(codes(right.decodeRecord(bytes("20 20 31 30")))).toEqual({ v: 10 })
      // zero padding is padding, not a leading zero
      expect(
        codes(one({ chars: "numeric", type: "integer", length: 4 }, encoding).decodeRecord(bytes("30 30 30 37")))
      ).toEqual({ v: 7 })
    }
  })
  it("JIS X 0208:1997: 全角 fields in Shift_JIS are padded with U+3000 (81 40)", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "fullwidth", length: 10 }, "山田")))).toBe(
      "8e 52 93 63 81 40 81 40 81 40"
    )
  })
  it("全角 fields in UTF-8 are padded with U+3000 (e3 80 80) and the 1-2 leftover bytes with spaces", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "fullwidth", length: 10 }, "山田", "utf-8")))).toBe(
      "e5 b1 b1 e7 94 b0 e3 80 80 20"
    )
    expect(
      Result.getOrThrow(
        one({ chars: "fullwidth", length: 10 }, "utf-8").decodeRecord(bytes("e5 b1 b1 e7 94 b0 e3 80 80 20"))
      )
    ).toEqual({ v: "山田" })
  })
  it("half-width katakana take 1 byte in Shift_JIS and 3 in UTF-8", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "halfwidth", length: 4 }, "ｱｲ")))).toBe("b1 b2 20 20")
    expect(hex(Result.getOrThrow(encodeOne({ chars: "halfwidth", length: 8 }, "ｱｲ", "utf-8")))).toBe(
      "ef bd b1 ef bd b2 20 20"
    )
  })
  it("right justification pads before the value", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "alphanumeric", length: 4, justify: "right" }, "AB")))).toBe(
      "20 20 41 42"
    )
    expect(
      Result.getOrThrow(one({ chars: "alphanumeric", length: 4, justify: "right" }).decodeRecord(bytes("20 20 41 42")))
    ).toEqual({ v: "AB" })
  })
  it("a value wider than its field fails with formats.encode.overflow (never truncated)", () => {
    const r = encodeOne({ chars: "fullwidth", length: 6 }, "山田太郎")
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.params])).toEqual([
      ["formats.encode.overflow", { length: 6, actual: 8 }]
    ])
  })
  it("JIS X 0208:1997: 𠮷 cannot be encoded: text.shift-jis.unrepresentable at its index, never '?'", () => {
    const r = encodeOne({ chars: "fullwidth", length: 10 }, "吉田𠮷")
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.position?.index, e.path])).toEqual([
      ["text.shift-jis.unrepresentable", 2, ["v"]]
    ])
  })
  it("Microsoft CP932: 〜 U+301C and ～ U+FF5E both encode to 81 60, which decodes to ～", () => {
    expect(hex(Result.getOrThrow(encodeOne({ chars: "fullwidth", length: 2 }, "〜")))).toBe("81 60")
    expect(hex(Result.getOrThrow(encodeOne({ chars: "fullwidth", length: 2 }, "～")))).toBe("81 60")
    expect(Result.getOrThrow(one({ chars: "fullwidth", length: 2 }).decodeRecord(bytes("81 60")))).toEqual({ v: "～" })
  })
  it("a half-width space inside a 全角 Shift_JIS field is formats.field.chars at its index and exact byte", () => {
    const r = one({ chars: "fullwidth", length: 6 }).decodeRecord(bytes("8e 52 20 20 81 40"))
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.position])).toEqual([
      ["formats.field.chars", { record: 1, byteOffset: 2, index: 1 }]
    ])
  })
  it("a double-byte character cut by the field end is formats.decode.invalid-bytes at that byte", () => {
    const codec = FixedLength.make(
      defineLayout({
        name: "Two",
        title: "二項目",
        basis: "test",
        recordTerminator: "none",
        fields: [
          { name: "a", label: "A", chars: "mixed", length: 3 },
          { name: "b", label: "B", chars: "mixed", length: 2 }
        ]
      })
    )
    const r = codec.decodeRecord(bytes("41 42 8e 52 20"))
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.path, e.position?.byteOffset])).toEqual([
      ["formats.decode.invalid-bytes", ["a"], 2]
    ])
  })
})

const Person = defineLayout({
  name: "Person",
  title: "例",
  basis: "test",
  fields: [
    { name: "code", label: "コード", chars: "numeric", length: 6, required: true, check: "core.LocalGovernmentCode" },
    { name: "nameLength", label: "氏名_項目長", chars: "numeric", type: "integer", length: 3, itemLengthOf: "name" },
    { name: "name", label: "氏名", chars: "fullwidth", length: 12 },
    { name: "gaiji", label: "外字数", chars: "numeric", type: "integer", length: 2, gaijiCountOf: "name" },
    { name: "reserved", label: "予備", chars: "alphanumeric", length: 2, filler: true },
    { name: "sex", label: "性別", chars: "numeric", length: 1, codes: { "1": "男", "2": "女" } },
    { name: "myNumber", label: "個人番号", chars: "numeric", length: 12, check: "mynumber.MyNumber" }
  ]
})
const person = FixedLength.make(Person)

describe("FixedLength records", () => {
  it("decodes a record into a typed object and encodes it back byte for byte", () => {
    const rec = { code: "271004", name: "山田　花子", sex: "2", myNumber: "123456789018" } as const
    const b = Result.getOrThrow(person.encodeRecord(rec))
    expect(b.length).toBe(38)
    const back = Result.getOrThrow(person.decodeRecord(b))
    expect(back).toEqual({ ...rec, nameLength: 10, gaiji: 0 })
    expect(hex(Result.getOrThrow(person.encodeRecord(back)))).toBe(hex(b))
  })
  it("errors of a check keep the owning rule id, with field and position (mynumber.my-number.checksum)", () => {
    const b = Result.getOrThrow(
      person.encodeRecord({ code: "271004", name: null, sex: null, myNumber: "123456789018" })
    )
    b[37] = 0x39 // wrong check digit
    const r = person.decodeRecord(b)
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.path, e.position])).toEqual([
      ["mynumber.my-number.checksum", ["myNumber"], { record: 1, byteOffset: 26 }]
    ])
  })
  it("a 項目長 or 外字数 that disagrees with its field is reported (formats.field.item-length, formats.field.gaiji-count)", () => {
    const b = Result.getOrThrow(person.encodeRecord({ code: "271004", name: "山田", sex: "1", myNumber: null }))
    b[8] = 0x39 // nameLength 004 -> 009
    b[22] = 0x31 // gaiji 00 -> 10
    const r = person.decodeRecord(b)
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.path])).toEqual([
      ["formats.field.item-length", ["nameLength"]],
      ["formats.field.gaiji-count", ["gaiji"]]
    ])
  })
  it("the encoder computes 項目長 and 外字数, and rejects values that disagree", () => {
    const r = person.encodeRecord({ code: "271004", name: "山田", nameLength: 5, sex: "1", myNumber: null })
    expect(Result.isFailure(r) && r.failure.map((e) => e.code)).toEqual(["formats.field.item-length"])
  })
  it("required fields, code lists and types are checked when encoding (check: false skips the validation rules)", () => {
    const r = person.encodeRecord({ code: null as never, name: null, sex: "3" as never, myNumber: 5 as never })
    expect(Result.isFailure(r) && r.failure.map((e) => e.code)).toEqual([
      "formats.field.required",
      "formats.field.code",
      "formats.encode.type"
    ])
    expect(
      Result.isSuccess(
        person.encodeRecord({ code: "000000", name: null, sex: "3" as never, myNumber: null }, { check: false })
      )
    ).toBe(true)
  })
  it("records = accepted + rejected, lines of the wrong length are rejected and reading goes on", () => {
    const good = Result.getOrThrow(person.encode([{ code: "271004", name: null, sex: null, myNumber: null }]))
    const file = new Uint8Array([
      ...good,
      ...new TextEncoder().encode("short\r\n"),
      ...good.subarray(0, good.length - 2)
    ])
    const { records, summary } = person.decode(file)
    expect(records.map((r) => [r.record, r.byteOffset, r.accepted, r.problems.map((p) => p.code)])).toEqual([
      [1, 0, true, []],
      [2, 40, false, ["formats.record.length"]],
      [3, 47, true, ["formats.record.terminator"]]
    ])
    expect(summary).toMatchObject({ records: 3, accepted: 2, rejected: 1, problems: 2, bytes: file.length })
  })
  it('a line ending in LF only under CRLF is an error by default (strict) and accepted with lineEnding "any"; LF and unterminated layouts read too', () => {
    const rec = { code: "271004", name: null, sex: null, myNumber: null }
    const body = Result.getOrThrow(person.encodeRecord(rec))
    const lf = FixedLength.make(Person, { recordTerminator: "LF" })
    const none = FixedLength.make(Person, { recordTerminator: "none" })
    const strict = person.decode(new Uint8Array([...body, 10, ...body, 13, 10]))
    expect(
      strict.records.map((r) => [r.value === undefined, r.problems.map((p) => [p.code, p.severity, p.position])])
    ).toEqual([
      [true, [["formats.record.line-ending", "error", { record: 1, byteOffset: body.length }]]],
      [false, []]
    ])
    const any = FixedLength.make(Person, { lineEnding: "any" })
    expect(any.decode(new Uint8Array([...body, 10, ...body, 13, 10])).summary).toMatchObject({
      records: 2,
      accepted: 2,
      problems: 0
    })
    expect(
      FixedLength.make({ ...Person, lineEnding: "any" }).decode(new Uint8Array([...body, 10])).summary
    ).toMatchObject({ accepted: 1, problems: 0 })
    expect(lf.decode(Result.getOrThrow(lf.encode([rec, rec]))).summary).toMatchObject({ records: 2, accepted: 2 })
    const file = Result.getOrThrow(none.encode([rec, rec]))
    expect(file.length).toBe(76)
    expect(none.decode(file.subarray(0, 60)).records.map((r) => r.problems.map((p) => p.code))).toEqual([
      [],
      ["formats.record.truncated"]
    ])
  })
})

const layouts: ReadonlyArray<LayoutSpec> = [
  ReferenceLayouts.HonninKakuninJoho,
  ReferenceLayouts.SofusakiJoho,
  ReferenceLayouts.JuminKihonDaicho,
  ReferenceLayouts.TogoAtena
]

describe("property: decode(encode(record)) equals the record", () => {
  for (const layout of layouts) {
    for (const encoding of ["shift_jis", "utf-8"] as const) {
      it(`${layout.title} (${layout.name}), ${encoding}`, () => {
        const policy = { userDefined: "pua" as const }
        const codec = FixedLength.make(layout, { encoding, policy })
        fc.assert(
          fc.property(recordOf(layout, { encoding, gaiji: true }), (input) => {
            const encoded = codec.encodeRecord(input as never)
            if (Result.isFailure(encoded)) throw new Error(encoded.failure.map(String).join("\n"))
            expect(encoded.success.length).toBe(FixedLength.recordLength(layout))
            const back = codec.decodeRecord(encoded.success)
            if (Result.isFailure(back)) throw new Error(back.failure.map(String).join("\n"))
            expect(back.success).toEqual(expectedRecord(layout, input, encoding))
            // and encoding the decoded record gives the same bytes
            expect(hex(Result.getOrThrow(codec.encodeRecord(back.success as never)))).toBe(hex(encoded.success))
          }),
          { numRuns: layout.fields.length > 100 ? 30 : 60 }
        )
      })
    }
  }
})

describe("fast paths and the general path agree", () => {
  for (const layout of [ReferenceLayouts.HonninKakuninJoho, ReferenceLayouts.SofusakiJoho]) {
    for (const encoding of ["shift_jis", "utf-8"] as const) {
      it(`${layout.name} ${encoding}: same values and problems on corrupted records`, () => {
        const fast = FixedLength.make(layout, { encoding, policy: { userDefined: "pua" } })
        const slow = FixedLength.make(layout, { encoding, policy: { userDefined: "pua" }, fastPaths: false })
        const corrupt = fc.array(
          fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x20, 0x81, 0x40, 0x30, 0xe3))),
          {
            maxLength: 6
          }
        )
        fc.assert(
          fc.property(recordOf(layout, { encoding, gaiji: true }), corrupt, (input, edits) => {
            const b = Result.getOrThrow(fast.encodeRecord(input as never))
            for (const [at, v] of edits) b[at % b.length] = v
            const file = new Uint8Array([...b, 13, 10])
            const a = fast.decode(file)
            const c = slow.decode(file)
            const view = (d: typeof a) => d.records.map((r) => [r.accepted, r.value, r.problems.map((p) => p.toJSON())])
            expect(view(a)).toEqual(view(c))
          }),
          { numRuns: 100 }
        )
      })
    }
  }
})

describe("fuzz: arbitrary and truncated input never throws, every problem has a position", () => {
  const check = (codec: { readonly decode: (b: Uint8Array) => Decoded<unknown> }, input: Uint8Array) => {
    const { records, summary } = codec.decode(input)
    expect(summary.records).toBe(summary.accepted + summary.rejected)
    expect(records.length).toBe(summary.records)
    for (const r of records) {
      for (const p of r.problems) {
        expect(p.position?.record).toBe(r.record)
        expect(p.position?.byteOffset).toBeGreaterThanOrEqual(0)
        expect(p.position?.byteOffset).toBeLessThanOrEqual(input.length)
      }
    }
  }
  for (const encoding of ["shift_jis", "utf-8"] as const) {
    it(`arbitrary bytes (${encoding})`, () => {
      const codec = FixedLength.make(Person, { encoding })
      const none = FixedLength.make(Person, { encoding, recordTerminator: "none" })
      const biased = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc
          .array(
            fc.oneof(
              fc.constantFrom(10, 13, 0x20, 0x30, 0x31, 0x81, 0x40, 0x8e, 0x52, 0xe3, 0x80),
              fc.integer({ min: 0, max: 255 })
            ),
            { maxLength: 400 }
          )
          .map((a) => Uint8Array.from(a))
      )
      fc.assert(
        fc.property(biased, (input) => {
          check(codec, input)
          check(none, input)
        }),
        { numRuns: 200 }
      )
    })
  }
  it("truncated valid files of every reference layout", () => {
    for (const layout of layouts) {
      const codec = FixedLength.make(layout)
      fc.assert(
        fc.property(
          fc.array(recordOf(layout, { encoding: "shift_jis" }), { minLength: 1, maxLength: 3 }),
          fc.nat(),
          (recs, cutAt) => {
            const file = Result.getOrThrow(codec.encode(recs as never))
            check(codec, file.subarray(0, cutAt % (file.length + 1)))
          }
        ),
        { numRuns: 20 }
      )
    }
  })
})

describe("streaming", () => {
  const file = (() => {
    const recs = fc.sample(recordOf(ReferenceLayouts.HonninKakuninJoho, { encoding: "shift_jis" }), {
      numRuns: 30,
      seed: 7
    })
    const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
    const b = Result.getOrThrow(codec.encode(recs as never))
    b[800] = 0xff // one invalid byte in record 2
    return b
  })()
  const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
  const whole = codec.decode(file)
  const split = (cuts: ReadonlyArray<number>) => {
    const at = [...new Set(cuts.map((c) => c % file.length))].sort((a, b) => a - b)
    const chunks: Array<Uint8Array> = []
    let p = 0
    for (const c of at) {
      chunks.push(file.subarray(p, c))
      p = c
    }
    chunks.push(file.subarray(p))
    return chunks
  }
  it("any chunking gives the same records as decoding the whole buffer", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const out = []
        for await (const r of codec.decodeStream(split(cuts))) out.push(r)
        expect(
          out.map((r) => [r.record, r.byteOffset, r.accepted, r.value, r.problems.map((p) => p.toJSON())])
        ).toEqual(
          whole.records.map((r) => [r.record, r.byteOffset, r.accepted, r.value, r.problems.map((p) => p.toJSON())])
        )
      }),
      { numRuns: 30 }
    )
  })
  it("validate (no records built) gives the summary of decode, whatever the chunking", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const s = await codec.validate(split(cuts))
        expect(s).toEqual(whole.summary)
        expect(s).toMatchObject({ records: 30, accepted: 29, rejected: 1 })
      }),
      { numRuns: 30 }
    )
  })
  it("reads web ReadableStreams and works as a TransformStream (browsers)", async () => {
    const source = () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const chunk of split([100, 5000, 9000])) c.enqueue(chunk)
          c.close()
        }
      })
    expect(await codec.validate(source())).toEqual(whole.summary)
    const reader = source().pipeThrough(codec.decoderStream()).getReader()
    let n = 0
    for (let r = await reader.read(); !r.done; r = await reader.read()) n++
    expect(n).toBe(30)
  })
  it("onProblem sees every problem; maxProblems bounds what the summary keeps", async () => {
    const seen: Array<string> = []
    const s = await codec.validate([file], { maxProblems: 0, onProblem: (p) => seen.push(p.code) })
    expect(s.firstProblems).toEqual([])
    expect(seen).toEqual(["formats.decode.invalid-bytes"])
    expect(s.byRule).toEqual({ "formats.decode.invalid-bytes": 1 })
  })
  it("encodeStream writes the same bytes as encode", async () => {
    const recs = whole.records.filter((r) => r.accepted).map((r) => r.value)
    const chunks: Array<Uint8Array> = []
    for await (const c of codec.encodeStream(recs as never)) chunks.push(c)
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    let p = 0
    for (const c of chunks) {
      joined.set(c, p)
      p += c.length
    }
    expect(hex(joined)).toBe(hex(Result.getOrThrow(codec.encode(recs as never))))
  })
})

describe("外字数 with the user-defined area (CP932 F040–F9FC ↔ U+E000–U+E757)", () => {
  it('a user-defined character round-trips under userDefined: "pua" and counts as one 外字', () => {
    const codec = FixedLength.make(Person, { policy: { userDefined: "pua" } })
    const b = Result.getOrThrow(codec.encodeRecord({ code: "271004", name: "\uE000田", sex: null, myNumber: null }))
    expect(hex(b.subarray(9, 13))).toBe("f0 40 93 63")
    expect(Result.getOrThrow(codec.decodeRecord(b))).toMatchObject({
      name: "\uE000田",
      gaiji: Text.countGaiji("\uE000田")
    })
    const strict = person.decodeRecord(b)
    expect(Result.isFailure(strict) && strict.failure.map((e) => e.code)).toEqual(["formats.decode.user-defined"])
  })
})
