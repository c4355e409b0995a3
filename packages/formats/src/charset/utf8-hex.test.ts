// The JSON-friendly entry points of Utf8: encodeHex / decodeHex (RFC 3629).
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Utf8 } from "../index.js"

const nodeHex = (b: Uint8Array) => Buffer.from(b).toString("hex").toUpperCase()

describe("Utf8.encodeHex / decodeHex (RFC 3629)", () => {
  it("property: encodeHex equals the hex of TextEncoder for well-formed strings, and decodeHex reverses it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const hex = nodeHex(new TextEncoder().encode(s))
        expect(Utf8.encodeHex(s)).toEqual(Result.succeed(hex))
        expect(Utf8.decodeHex(hex)).toEqual(Result.succeed(s))
        expect(Utf8.decodeHex(hex.toLowerCase())).toEqual(Result.succeed(s))
      })
    )
  })
  it("property: decodeHex agrees with TextDecoder('utf-8', { fatal: true }) on any bytes", () => {
    const td = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (b) => {
        let expected: string | undefined
        try {
          expected = td.decode(b)
        } catch {
          expected = undefined
        }
        const r = Utf8.decodeHex(nodeHex(b))
        if (expected === undefined) expect(Result.isFailure(r) && r.failure.code).toBe("formats.decode.invalid-bytes")
        else expect(r).toEqual(Result.succeed(expected))
      })
    )
  })
  it("RFC 3629: a lone surrogate is formats.encode.unmappable at its index", () => {
    const r = Utf8.encodeHex("ab\udc00")
    expect(Result.isFailure(r) && [r.failure.code, r.failure.position?.index]).toEqual(["formats.encode.unmappable", 2])
  })
  it("text that is not hex is formats.decode.invalid-bytes; never throws", () => {
    for (const bad of ["E5B", "GG", "E5 B1 B"]) {
      const r = Utf8.decodeHex(bad)
      expect(Result.isFailure(r) && [r.failure.code, r.failure.params]).toEqual([
        "formats.decode.invalid-bytes",
        { encoding: "hex" }
      ])
    }
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(Result.isResult(Utf8.decodeHex(u as never))).toBe(true)
        expect(Result.isResult(Utf8.encodeHex(u as never))).toBe(true)
      })
    )
  })
})
