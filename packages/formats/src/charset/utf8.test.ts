import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Utf8 } from "../index.js"

describe("Utf8 (RFC 3629)", () => {
  it("property: encoding equals TextEncoder for well-formed strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(Utf8.encode(s)).toEqual(Result.succeed(new TextEncoder().encode(s)))
      })
    )
  })
  it("property: decoding agrees with TextDecoder('utf-8', { fatal: true })", () => {
    const td = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: "grapheme" }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.string({ unit: "grapheme" }), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, v]) => {
        const b = new TextEncoder().encode(s)
        if (b.length > 0) b[at % b.length] = v
        return b
      })
    )
    fc.assert(
      fc.property(bytes, (b) => {
        let expected: string | undefined
        try {
          expected = td.decode(b)
        } catch {
          expected = undefined
        }
        const r = Utf8.decode(b)
        expect(Result.isSuccess(r) ? r.success : undefined).toBe(expected)
      }),
      { numRuns: 500 }
    )
  })
  it("RFC 3629: overlong forms, surrogates and truncated sequences fail at the sequence's offset", () => {
    for (const [b, at] of [
      [[0x41, 0xc0, 0xaf], 1],
      [[0xed, 0xa0, 0x80], 0],
      [[0xe3, 0x80], 0],
      [[0xf4, 0x90, 0x80, 0x80], 0],
      [[0x41, 0x42, 0xff], 2]
    ] as const) {
      const r = Utf8.decode(Uint8Array.from(b))
      expect(Result.isFailure(r) && [r.failure.code, r.failure.position]).toEqual([
        "formats.decode.invalid-bytes",
        { byteOffset: at }
      ])
    }
  })
  it("a lone surrogate cannot be encoded (formats.encode.unmappable at its index), never U+FFFD", () => {
    const r = Utf8.encode("ab\uD800c")
    expect(Result.isFailure(r) && [r.failure.code, r.failure.position]).toEqual([
      "formats.encode.unmappable",
      { index: 2 }
    ])
    expect(Result.isFailure(Utf8.encode("\uDC00"))).toBe(true)
  })
})
