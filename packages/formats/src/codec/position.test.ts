// A character-class problem is placed at the first offending character: its exact byte in the file and its
// character index. The expected positions come from an independent oracle: every character of the pools below has
// a known byte length per encoding (written out by hand, not computed by the codec).
import fc from "fast-check"
import type { JukiError } from "@juki/core"
import { describe, expect, it } from "vitest"
import { Csv, FixedLength, defineLayout, type CharClass, type Encoding } from "../index.js"

/** A character with its bytes in Shift_JIS and UTF-8 (hex written out by hand). */
interface Ch {
  readonly s: string
  readonly sjis: ReadonlyArray<number>
  readonly utf8: ReadonlyArray<number>
}
const ascii = (s: string): Ch => ({ s, sjis: [s.charCodeAt(0)], utf8: [s.charCodeAt(0)] })
const DIGITS: ReadonlyArray<Ch> = [..."0123456789"].map(ascii)
const LETTERS: ReadonlyArray<Ch> = [..."AZaxz-/."].map(ascii)
const QUOTE = ascii('"')
const KANA: ReadonlyArray<Ch> = [
  { s: "ｱ", sjis: [0xb1], utf8: [0xef, 0xbd, 0xb1] },
  { s: "ﾝ", sjis: [0xdd], utf8: [0xef, 0xbe, 0x9d] },
  { s: "ﾞ", sjis: [0xde], utf8: [0xef, 0xbe, 0x9e] }
]
const KANJI: ReadonlyArray<Ch> = [
  { s: "山", sjis: [0x8e, 0x52], utf8: [0xe5, 0xb1, 0xb1] },
  { s: "田", sjis: [0x93, 0x63], utf8: [0xe7, 0x94, 0xb0] },
  { s: "あ", sjis: [0x82, 0xa0], utf8: [0xe3, 0x81, 0x82] },
  { s: "一", sjis: [0x88, 0xea], utf8: [0xe4, 0xb8, 0x80] },
  { s: "Ａ", sjis: [0x82, 0x60], utf8: [0xef, 0xbc, 0xa1] }
]
/** Outside the BMP: 4 bytes and two UTF-16 code units (UTF-8 only). */
const TSUCHIYOSHI: Ch = { s: "𠮷", sjis: [], utf8: [0xf0, 0xa0, 0xae, 0xb7] }
const CONTROL: ReadonlyArray<Ch> = [ascii("\u0001"), ascii("\u007f")]

/** Characters a class holds and characters it refuses (none of them padding). */
const POOLS = (chars: CharClass, encoding: Encoding) => {
  const utf8 = encoding === "utf-8"
  switch (chars) {
    case "numeric":
      return { ok: DIGITS, bad: [...LETTERS, ...KANA, ...KANJI] }
    case "alphanumeric":
      return { ok: [...DIGITS, ...LETTERS, QUOTE], bad: [...KANA, ...KANJI, ...CONTROL] }
    case "halfwidth":
      return { ok: [...DIGITS, ...LETTERS, QUOTE, ...KANA], bad: [...KANJI, ...CONTROL] }
    case "fullwidth":
      return { ok: utf8 ? [...KANJI, TSUCHIYOSHI] : KANJI, bad: [...DIGITS, ...LETTERS, ...KANA, ...CONTROL] }
    case "mixed":
      return { ok: [...DIGITS, ...LETTERS, QUOTE, ...KANA, ...KANJI], bad: CONTROL }
  }
}
const bytesOf = (c: Ch, encoding: Encoding) => (encoding === "utf-8" ? c.utf8 : c.sjis)
const units = (cs: ReadonlyArray<Ch>) => cs.reduce((n, c) => n + c.s.length, 0)

const CLASSES: ReadonlyArray<CharClass> = ["numeric", "alphanumeric", "halfwidth", "fullwidth", "mixed"]

/** A text value: valid prefix, the first offending character, then anything of the pools (never ending in padding). */
const caseArb = fc
  .record({ encoding: fc.constantFrom<Encoding>("shift_jis", "utf-8"), chars: fc.constantFrom(...CLASSES) })
  .chain(({ encoding, chars }) => {
    const { ok, bad } = POOLS(chars, encoding)
    return fc.record({
      encoding: fc.constant(encoding),
      chars: fc.constant(chars),
      prefix: fc.array(fc.constantFrom(...ok), { maxLength: 8 }),
      offending: fc.constantFrom(...bad),
      suffix: fc.array(fc.constantFrom(...ok, ...bad), { maxLength: 4 }),
      lead: fc.integer({ min: 1, max: 5 })
    })
  })

const firstChars = (problems: ReadonlyArray<JukiError>) =>
  problems.filter((p) => p.code === "formats.field.chars").map((p) => [p.position?.byteOffset, p.position?.index])

describe("the position of a character-class problem is the first offending character", () => {
  it("fixed-length: byteOffset is the exact byte and index the character index from the field start (1,000 runs)", () => {
    fc.assert(
      fc.property(caseArb, ({ encoding, chars, prefix, offending, suffix, lead }) => {
        const value = [...prefix, offending, ...suffix]
        const body = value.flatMap((c) => bytesOf(c, encoding))
        // A 全角 Shift_JIS field has an even width: one more refused byte after the first offending character.
        if (encoding === "shift_jis" && chars === "fullwidth" && body.length % 2 === 1) body.push(0x78)
        const codec = FixedLength.make(
          defineLayout({
            name: "Pos",
            title: "位置",
            basis: "test",
            encoding,
            recordTerminator: "none",
            fields: [
              { name: "a", label: "A", chars: "alphanumeric", length: lead },
              { name: "v", label: "V", chars, length: body.length }
            ]
          })
        )
        const record = Uint8Array.from([...Array<number>(lead).fill(0x78), ...body])
        const r = codec.decodeRecord(record)
        expect(r._tag).toBe("Failure")
        const expected = lead + prefix.flatMap((c) => bytesOf(c, encoding)).length
        expect(firstChars(r._tag === "Failure" ? r.failure : [])).toEqual([[expected, units(prefix)]])
      }),
      { numRuns: 1000 }
    )
  })

  it("fixed-length integers, right-justified and zero-padded: a letter after leading zeros is placed at itself (1,000 runs)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.constantFrom(...DIGITS), { maxLength: 4 }),
        fc.constantFrom(...LETTERS),
        fc.array(fc.constantFrom(...DIGITS), { maxLength: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (zeros, digits, letter, rest, lead) => {
          const text = "0".repeat(zeros) + digits.map((d) => d.s).join("") + letter.s + rest.map((d) => d.s).join("")
          const codec = FixedLength.make(
            defineLayout({
              name: "Int",
              title: "整数",
              basis: "test",
              recordTerminator: "none",
              fields: [
                { name: "a", label: "A", chars: "alphanumeric", length: lead },
                {
                  name: "n",
                  label: "N",
                  chars: "numeric",
                  type: "integer",
                  pad: "zero",
                  justify: "right",
                  length: text.length
                }
              ]
            })
          )
          const r = codec.decodeRecord(new TextEncoder().encode("x".repeat(lead) + text))
          const at = zeros + digits.length
          expect(firstChars(r._tag === "Failure" ? r.failure : [])).toEqual([[lead + at, at]])
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('CSV, quoted (with "" escapes) or not: byteOffset is the exact byte and index the character index in the value (1,000 runs)', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ encoding, chars, prefix, offending, suffix, lead }, quoted) => {
        const value = [...prefix, offending, ...suffix]
        const mustQuote = quoted || value.some((c) => c.s === '"')
        const cell = (cs: ReadonlyArray<Ch>) => cs.flatMap((c) => (c.s === '"' ? [0x22, 0x22] : bytesOf(c, encoding)))
        const codec = Csv.make(
          defineLayout({
            name: "Pos",
            title: "位置",
            basis: "test",
            encoding,
            fields: [
              { name: "a", label: "A", chars: "alphanumeric" },
              { name: "v", label: "V", chars }
            ]
          }),
          { header: "none", encoding }
        )
        const line = [
          ...Array<number>(lead).fill(0x78),
          0x2c,
          ...(mustQuote ? [0x22] : []),
          ...(mustQuote ? cell(value) : value.flatMap((c) => bytesOf(c, encoding))),
          ...(mustQuote ? [0x22] : []),
          0x0d,
          0x0a
        ]
        const { records } = codec.decode(Uint8Array.from(line))
        const expected =
          lead +
          1 +
          (mustQuote ? 1 : 0) +
          (mustQuote ? cell(prefix) : prefix.flatMap((c) => bytesOf(c, encoding))).length
        expect(records.length).toBe(1)
        expect(firstChars(records[0]?.problems ?? [])).toEqual([[expected, units(prefix)]])
      }),
      { numRuns: 1000 }
    )
  })

  it("the message counts characters from 1: a letter in the 2nd digit is 「2文字目」 / Character 2", () => {
    const codec = FixedLength.make(
      defineLayout({
        name: "One",
        title: "一",
        basis: "test",
        recordTerminator: "none",
        fields: [{ name: "n", label: "番号", chars: "numeric", length: 4 }]
      })
    )
    const r = codec.decodeRecord(new TextEncoder().encode("1A34"))
    const p = r._tag === "Failure" ? r.failure[0] : undefined
    expect([p?.code, p?.position]).toEqual(["formats.field.chars", { record: 1, byteOffset: 1, index: 1 }])
    expect(p?.messageIn("ja")).toContain("2文字目")
    expect(p?.messageIn("en")).toContain("Character 2 ")
  })
})
