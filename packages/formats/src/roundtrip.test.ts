// "Accept only what you can write back": for every layout, charset policy and field, bytes that decode
// without an error re-encode to the same bytes. Random byte strings per field (not only generated valid
// records), fixed-length and CSV, Shift_JIS/CP932 and UTF-8.
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Csv, FixedLength, ReferenceLayouts, type ShiftJis, type FieldSpec, type LayoutSpec } from "./index.js"

const RUNS = 1000

const POLICIES: ReadonlyArray<Partial<ShiftJis.MappingPolicy>> = [
  {},
  { charset: "cp932" },
  { decodeForm: "jis" },
  { charset: "cp932", decodeForm: "jis" },
  { userDefined: "pua" },
  { charset: "cp932", userDefined: "pua" }
]
const ENCODINGS = ["shift_jis", "utf-8"] as const

/** Every data field of the reference layouts, alone (cross-field references dropped), plus edge fields. */
const FIELDS: ReadonlyArray<FieldSpec> = [
  ...(Object.values(ReferenceLayouts) as ReadonlyArray<LayoutSpec>)
    .flatMap((l) => l.fields.filter((f) => f.filler !== true && f.length !== undefined))
    .map((f) => {
      const { itemLengthOf: _a, gaijiCountOf: _b, checkWith, check, offset: _o, ...rest } = f
      return { ...rest, ...(checkWith === undefined && check !== undefined ? { check } : {}) } as FieldSpec
    }),
  { name: "i1", label: "整数（空白埋め）", chars: "numeric", type: "integer", length: 4, pad: "space" },
  {
    name: "i2",
    label: "整数（空白埋め左詰）",
    chars: "numeric",
    type: "integer",
    length: 4,
    pad: "space",
    justify: "left"
  },
  { name: "f1", label: "全角右詰", chars: "fullwidth", length: 8, justify: "right" },
  { name: "f2", label: "全角（7バイト）", chars: "fullwidth", length: 7 },
  { name: "f3", label: "全角右詰（7バイト）", chars: "fullwidth", length: 7, justify: "right" },
  { name: "m1", label: "混在", chars: "mixed", length: 9 },
  { name: "m2", label: "混在右詰", chars: "mixed", length: 9, justify: "right" },
  { name: "h1", label: "半角", chars: "halfwidth", length: 6 },
  { name: "a1", label: "半角英数右詰", chars: "alphanumeric", length: 6, justify: "right" }
] as FieldSpec[]

/**
 * Random byte strings of a field's width, built from a random small alphabet of pieces (so that long valid
 * values are reached as well as junk): single bytes of every kind, whole characters of every row (81 40
 * U+3000, 山, ① 87 40, ≒ 87 90, 髙 FB FC / EE E0, Ⅰ FA 4A, user-defined F0 40, ～ 81 60, half-width kana), UTF-8
 * sequences (U+3000, 山, 𠮷, α) and random bytes.
 */
const PIECES: ReadonlyArray<ReadonlyArray<number>> = [
  [0x20],
  [0x30],
  [0x31],
  [0x39],
  [0x41],
  [0x5c],
  [0x7e],
  [0x22],
  [0x2c],
  [0x0d],
  [0x0a],
  [0x00],
  [0x7f],
  [0x80],
  [0xa0],
  [0xb1],
  [0xdf],
  [0xfd],
  [0x81, 0x40],
  [0x8e, 0x52],
  [0x93, 0x63],
  [0x82, 0xa0],
  [0x83, 0x41],
  [0x81, 0x5c],
  [0x81, 0x60],
  [0x81, 0x7c],
  [0x81, 0xe0],
  [0x87, 0x40],
  [0x87, 0x54],
  [0x87, 0x90],
  [0x87, 0x9c],
  [0xed, 0x40],
  [0xee, 0xe0],
  [0xee, 0xfc],
  [0xfa, 0x40],
  [0xfa, 0x4a],
  [0xfa, 0x5b],
  [0xfb, 0xfc],
  [0xfc, 0x4b],
  [0xf0, 0x40],
  [0xf9, 0xfc],
  [0x85, 0x40],
  [0xeb, 0x40],
  [0x81, 0x7f],
  [0xe3, 0x80, 0x80],
  [0xe5, 0xb1, 0xb1],
  [0xf0, 0xa0, 0xae, 0xb7],
  [0xce, 0xb1],
  [0xef, 0xbd, 0xb1],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xef, 0xbb, 0xbf]
]
const pieceArb = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((b) => [b]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0x81, max: 0xfc }), fc.integer({ min: 0x40, max: 0xfc }))
      .map(([a, b]) => [a, b])
  }
)
const alphabetArb = fc.array(
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: pieceArb }),
  {
    minLength: 1,
    maxLength: 4
  }
)
const bytesOf = (length: number) =>
  alphabetArb
    .chain((alphabet) => fc.array(fc.constantFrom(...alphabet), { maxLength: length }))
    .map((pieces) => {
      const out = Uint8Array.from(pieces.flat().slice(0, length))
      if (out.length === length) return out
      const padded = new Uint8Array(length).fill(0x20)
      padded.set(out)
      return padded
    })

const fixedCodecs = new Map<string, ReturnType<typeof FixedLength.make> | undefined>()
const fixedCodec = (f: FieldSpec, encoding: (typeof ENCODINGS)[number], policy: Partial<ShiftJis.MappingPolicy>) => {
  const key = `${f.name}/${encoding}/${JSON.stringify(policy)}`
  if (fixedCodecs.has(key)) return fixedCodecs.get(key)
  let c: ReturnType<typeof FixedLength.make> | undefined
  try {
    c = FixedLength.make(
      { name: "One", title: "一項目", basis: "test", recordTerminator: "none", fields: [{ ...f, offset: 0 }] },
      { encoding, policy }
    )
  } catch {
    c = undefined // e.g. an odd 全角 width in Shift_JIS: not a layout
  }
  fixedCodecs.set(key, c)
  return c
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ")

describe("accept only what can be written back (juki: decode ⇒ encode gives the same bytes)", () => {
  it(`property: fixed-length, every field of every reference layout and edge field, Shift_JIS/CP932 and UTF-8, every policy (${RUNS} runs)`, () => {
    const input = fc
      .record({
        f: fc.constantFrom(...FIELDS),
        encoding: fc.constantFrom(...ENCODINGS),
        policy: fc.constantFrom(...POLICIES)
      })
      .chain((p) => bytesOf(p.f.length as number).map((bytes) => ({ ...p, bytes })))
    let accepted = 0
    fc.assert(
      fc.property(input, ({ f, encoding, policy, bytes }) => {
        const codec = fixedCodec(f, encoding, policy)
        if (codec === undefined) return
        const decoded = codec.decodeRecord(bytes)
        if (Result.isFailure(decoded)) return
        accepted++
        const again = codec.encodeRecord(decoded.success as never)
        expect(Result.isSuccess(again) ? hex(again.success) : again.failure.map((e) => e.code)).toBe(hex(bytes))
      }),
      { numRuns: RUNS }
    )
    // The property must be exercised: a fair share of the random fields decode.
    expect(accepted).toBeGreaterThan(RUNS / 10)
  })

  it(`property: CSV cells, every field and policy, Shift_JIS/CP932 and UTF-8 (${RUNS} runs)`, () => {
    const csvCodecs = new Map<string, ReturnType<typeof Csv.make>>()
    const input = fc
      .record({
        f: fc.constantFrom(...FIELDS),
        encoding: fc.constantFrom(...ENCODINGS),
        policy: fc.constantFrom(...POLICIES)
      })
      .chain((p) => bytesOf(24).chain((b) => fc.nat({ max: 24 }).map((n) => ({ ...p, bytes: b.subarray(0, n) }))))
    let accepted = 0
    fc.assert(
      fc.property(input, ({ f, encoding, policy, bytes }) => {
        const key = `${f.name}/${encoding}/${JSON.stringify(policy)}`
        let codec = csvCodecs.get(key)
        if (!codec) {
          const { length: _l, ...field } = f
          codec = Csv.make(
            { name: "One", title: "一項目", basis: "test", fields: [field as FieldSpec] },
            { encoding, policy, header: "none" }
          )
          csvCodecs.set(key, codec)
        }
        // The cell as the writer writes it: quoted only where needed.
        const needs = bytes.some((b) => b === 0x22 || b === 0x2c || b === 0x0d || b === 0x0a)
        const cell = needs
          ? Uint8Array.from([0x22, ...Array.from(bytes).flatMap((b) => (b === 0x22 ? [b, b] : [b])), 0x22])
          : bytes
        // A UTF-8 cell that starts with U+FEFF is preceded by the BOM, as the writer writes it (else it would be the BOM).
        const bom =
          encoding === "utf-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? [0xef, 0xbb, 0xbf] : []
        const file = Uint8Array.from([...bom, ...cell, 0x0d, 0x0a])
        const decoded = codec.decode(file)
        const rec = decoded.records[0]
        if (
          decoded.summary.problems > 0 ||
          decoded.records.length !== 1 ||
          rec === undefined ||
          rec.value === undefined
        )
          return
        accepted++
        const again = codec.encode([rec.value] as never)
        expect(Result.isSuccess(again) ? hex(again.success) : again.failure.map((e) => e.code)).toBe(hex(file))
      }),
      { numRuns: RUNS }
    )
    expect(accepted).toBeGreaterThan(RUNS / 20)
  })

  it(`property: whole 本人確認情報 records with one field replaced by random bytes (${RUNS} runs)`, () => {
    const layout = ReferenceLayouts.HonninKakuninJoho
    const codec = FixedLength.make(layout, { recordTerminator: "none" })
    const base = Result.getOrThrow(
      codec.encodeRecord({
        residentCode: "12345678903",
        nameKanji: "山田　太郎",
        birthDate: "19800101",
        sex: "1",
        municipalityCode: "131016",
        address: "東京都千代田区"
      } as never)
    )
    expect(Result.isSuccess(codec.decodeRecord(base))).toBe(true)
    const fields = (layout as LayoutSpec).fields.filter((f) => f.filler !== true)
    let accepted = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...fields).chain((f) => bytesOf(f.length as number).map((b) => ({ f, b }))),
        ({ f, b }) => {
          const bytes = base.slice()
          bytes.set(b, f.offset as number)
          const decoded = codec.decodeRecord(bytes)
          if (Result.isFailure(decoded)) return
          accepted++
          const again = codec.encodeRecord(decoded.success as never)
          expect(Result.isSuccess(again) ? hex(again.success) : again.failure.map((e) => e.code)).toBe(hex(bytes))
        }
      ),
      { numRuns: RUNS }
    )
    expect(accepted).toBeGreaterThan(RUNS / 20)
  })
})

describe("what the writer writes, the reader accepts (UTF-8 全角 widths that are not multiples of 3)", () => {
  it("right-justified: the 1–2 leftover ASCII spaces go before the U+3000 padding", () => {
    const codec = fixedCodec(
      { name: "v", label: "全角右詰", chars: "fullwidth", length: 7, justify: "right" } as FieldSpec,
      "utf-8",
      {}
    )
    const bytes = Result.getOrThrow(codec!.encodeRecord({ v: "山" } as never))
    expect(hex(bytes)).toBe("20 e3 80 80 e5 b1 b1")
    expect(codec!.decodeRecord(bytes)).toEqual(Result.succeed({ v: "山" }))
  })
  it("left-justified: the leftover spaces go after the U+3000 padding", () => {
    const codec = fixedCodec({ name: "w", label: "全角", chars: "fullwidth", length: 7 } as FieldSpec, "utf-8", {})
    const bytes = Result.getOrThrow(codec!.encodeRecord({ w: "山" } as never))
    expect(hex(bytes)).toBe("e5 b1 b1 e3 80 80 20")
    expect(codec!.decodeRecord(bytes)).toEqual(Result.succeed({ w: "山" }))
  })
})
