import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Text } from "@juki/core"
import { Text as TextArb } from "@juki/core/arbitraries"
import { ShiftJis } from "../index.js"

const hex = (r: Result.Result<Uint8Array, unknown>) =>
  Result.isSuccess(r) ? Array.from(r.success, (x) => x.toString(16).toUpperCase().padStart(2, "0")).join(" ") : "error"
const code = (r: Result.Result<unknown, unknown>) => (Result.isFailure(r) ? (r.failure as { code: string }).code : "ok")

// An independent oracle of the CP932 encoder, built only from the platform's WHATWG decoder: for each character,
// the lowest double-byte code outside the NEC-selected IBM rows (ED40–EEFC) that decodes to it.
const oracle = (() => {
  const td = new TextDecoder("shift_jis")
  const map = new Map<string, number>()
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue
    if (lead >= 0xf0 && lead <= 0xf9) continue // user-defined area
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue
      const c = (lead << 8) | trail
      if (c >= 0xed40 && c <= 0xeefc) continue
      const s = td.decode(Uint8Array.of(lead, trail))
      if (s.length === 1 && s !== "\uFFFD" && !map.has(s)) map.set(s, c)
    }
  }
  return map
})()

describe("ShiftJis mapping policy (JIS X 0208:1997, Microsoft CP932)", () => {
  it("JIS X 0208:1997: the seven JIS/CP932 differences encode both forms to the same bytes under jisx0208", () => {
    const pairs: ReadonlyArray<[string, string, string]> = [
      ["〜", "～", "81 60"],
      ["‖", "∥", "81 61"],
      ["−", "－", "81 7C"],
      ["¢", "￠", "81 91"],
      ["£", "￡", "81 92"],
      ["¬", "￢", "81 CA"],
      ["—", "―", "81 5C"]
    ]
    for (const [jis, cp932, bytes] of pairs) {
      expect(hex(ShiftJis.encode(jis))).toBe(bytes)
      expect(hex(ShiftJis.encode(cp932))).toBe(bytes)
      expect(hex(ShiftJis.encode(cp932, { charset: "cp932" }))).toBe(bytes)
      expect(code(ShiftJis.encode(jis, { charset: "cp932" }))).toBe("text.shift-jis.unrepresentable")
    }
    expect(Text.CP932_JIS_DIFFERENCES.length).toBe(pairs.length)
  })
  it('Microsoft CP932: decoding gives the CP932 form by default and the JIS form with decodeForm: "jis"', () => {
    for (const d of Text.CP932_JIS_DIFFERENCES) {
      const b = Uint8Array.of(d.sjis >> 8, d.sjis & 0xff)
      expect(ShiftJis.decode(b)).toEqual(Result.succeed(d.cp932))
      expect(ShiftJis.decode(b, { decodeForm: "jis" })).toEqual(Result.succeed(d.jis))
    }
  })
  it("Microsoft CP932: NEC and IBM duplicates encode to the JIS row, then NEC row 13, then IBM; never ED/EE", () => {
    const cp932 = { charset: "cp932" } as const
    expect(hex(ShiftJis.encode("∵", cp932))).toBe("81 E6")
    expect(hex(ShiftJis.encode("≒", cp932))).toBe("81 E0")
    expect(hex(ShiftJis.encode("Ⅰ", cp932))).toBe("87 54")
    expect(hex(ShiftJis.encode("ⅰ", cp932))).toBe("FA 40")
    expect(hex(ShiftJis.encode("①", cp932))).toBe("87 40")
    expect(hex(ShiftJis.encode("髙", cp932))).toBe("FB FC")
    expect(hex(ShiftJis.encode("﨑", cp932))).toBe("FA B1")
    expect(hex(ShiftJis.encode("￢", cp932))).toBe("81 CA")
    // NEC-selected IBM codes are never written, so they are never accepted either (one character, one code)
    expect(code(ShiftJis.decode(Uint8Array.of(0xee, 0xe0), cp932))).toBe("formats.decode.nec-selected-ibm")
    expect(code(ShiftJis.decode(Uint8Array.of(0x87, 0x90), cp932))).toBe("formats.decode.nec-special")
    expect(code(ShiftJis.decode(Uint8Array.of(0xfa, 0x4a), cp932))).toBe("formats.decode.ibm-extension")
    expect(ShiftJis.decode(Uint8Array.of(0xfb, 0xfc), cp932)).toEqual(Result.succeed("髙"))
  })
  it("JIS X 0208:1997: NEC and IBM extensions (①, 髙) are not JIS X 0208 and are refused under the default charset", () => {
    for (const c of ["①", "髙", "Ⅰ", "㈱"]) expect(code(ShiftJis.encode(c))).toBe("text.shift-jis.unrepresentable")
  })
  it("0x5C is the backslash and 0x7E the tilde (CP932); ¥ U+00A5 and ‾ U+203E are refused", () => {
    expect(hex(ShiftJis.encode("\\~"))).toBe("5C 7E")
    expect(code(ShiftJis.encode("¥"))).toBe("text.shift-jis.unrepresentable")
    expect(code(ShiftJis.encode("‾"))).toBe("text.shift-jis.unrepresentable")
    expect(hex(ShiftJis.encode("￥"))).toBe("81 8F")
  })
  it("unrepresentable characters fail with their index and count, never '?'", () => {
    const r = ShiftJis.encode("吉田𠮷と髙")
    expect(Result.isFailure(r) && [r.failure.code, r.failure.position, r.failure.params]).toEqual([
      "text.shift-jis.unrepresentable",
      { index: 2 },
      { count: 2, charset: "jisx0208", index: 2 }
    ])
  })
  it("invalid bytes fail with their offset, never U+FFFD", () => {
    for (const [b, at] of [
      [[0x41, 0x80], 1],
      [[0xa0], 0],
      [[0xfd], 0],
      [[0x41, 0x81], 1],
      [[0x81, 0x7f], 0],
      [[0x85, 0x40], 0]
    ] as const) {
      const r = ShiftJis.decode(Uint8Array.from(b))
      expect(Result.isFailure(r) && [r.failure.code, r.failure.position]).toEqual([
        "formats.decode.invalid-bytes",
        { byteOffset: at }
      ])
    }
  })
  it('the user-defined area is refused unless userDefined: "pua" (F040 ↔ U+E000, F9FC ↔ U+E757)', () => {
    const r = ShiftJis.decode(Uint8Array.of(0x41, 0xf0, 0x40))
    expect(Result.isFailure(r) && [r.failure.code, r.failure.position]).toEqual([
      "formats.decode.user-defined",
      { byteOffset: 1 }
    ])
    expect(ShiftJis.decode(Uint8Array.of(0xf0, 0x40, 0xf9, 0xfc), { userDefined: "pua" })).toEqual(
      Result.succeed("\uE000\uE757")
    )
    expect(hex(ShiftJis.encode("\uE000\uE757", { userDefined: "pua" }))).toBe("F0 40 F9 FC")
    expect(code(ShiftJis.encode("\uE000"))).toBe("text.shift-jis.unrepresentable")
  })
})

describe("ShiftJis against independent oracles", () => {
  it("every character the WHATWG decoder knows encodes (cp932) to the oracle's code", () => {
    const t = ShiftJis.tables({ charset: "cp932" })
    let n = 0
    for (const [ch, c] of oracle) {
      expect(t.encode[ch.charCodeAt(0)], ch).toBe(c)
      n++
    }
    expect(n).toBeGreaterThan(7000)
  })
  it("the encode table is Text.toShiftJisCode (one rule, one home) for every BMP code unit, both charsets", () => {
    for (const charset of ["jisx0208", "cp932"] as const) {
      const t = ShiftJis.tables({ charset })
      for (let u = 0; u < 0x10000; u++) {
        if (u >= 0xd800 && u <= 0xdfff) continue
        const expected = Text.toShiftJisCode(String.fromCharCode(u), { charset }) ?? 0
        if (t.encode[u] !== expected) throw new Error(`U+${u.toString(16)}: ${t.encode[u]} vs ${expected}`)
      }
    }
  })
  it("plain (no 外字) is exactly Text.countGaiji(char) === 0", () => {
    for (const charset of ["jisx0208", "cp932"] as const) {
      const t = ShiftJis.tables({ charset, userDefined: "pua" })
      for (let u = 0x20; u < 0x10000; u++) {
        if (u >= 0xd800 && u <= 0xdfff) continue
        const gaiji = Text.countGaiji(String.fromCharCode(u), { charset })
        if ((t.plain[u] === 1) !== (gaiji === 0)) throw new Error(`U+${u.toString(16)}`)
      }
    }
  })
  it("Node's ICU decoder permutes the control bytes 1A, 1C and 7F; juki reads every ASCII byte as itself (WHATWG, CP932)", () => {
    expect(ShiftJis.decode(Uint8Array.of(0x1a, 0x1c, 0x7f))).toEqual(Result.succeed("\u001a\u001c\u007f"))
  })
  it("property: decoding agrees with TextDecoder('shift_jis', { fatal: true }) outside 0x80, 1A/1C/7F and the user-defined area, except that codes which do not write back are refused by their row's rule", () => {
    const td = new TextDecoder("shift_jis", { fatal: true })
    const bytes = fc
      .array(
        fc.oneof(
          fc.integer({ min: 0, max: 255 }),
          fc.constantFrom(0x81, 0x82, 0x87, 0x88, 0x40, 0x9f, 0xfc, 0xe0, 0xed, 0xee, 0xfa, 0xfb)
        ),
        { maxLength: 40 }
      )
      .map((a) =>
        Uint8Array.from(
          a.filter((b) => b !== 0x80 && b !== 0x1a && b !== 0x1c && b !== 0x7f && !(b >= 0xf0 && b <= 0xf9))
        )
      )
    // Independent oracle of the rows: JIS X 0208 has no character in 87xx (NEC 13区), EDxx/EExx (NEC-selected IBM) or FAxx–FCxx (IBM).
    const ROW_RULE: Record<number, string> = {
      135: "formats.decode.nec-special",
      237: "formats.decode.nec-selected-ibm",
      238: "formats.decode.nec-selected-ibm",
      250: "formats.decode.ibm-extension",
      251: "formats.decode.ibm-extension",
      252: "formats.decode.ibm-extension"
    }
    let refused = 0
    fc.assert(
      fc.property(bytes, (b) => {
        let expected: string | undefined
        try {
          expected = td.decode(b)
        } catch {
          expected = undefined
        }
        const r = ShiftJis.decode(b)
        if (Result.isSuccess(r)) {
          expect(r.success).toBe(expected)
          return
        }
        const e = r.failure
        if (e.code === "formats.decode.invalid-bytes") {
          expect(expected).toBeUndefined()
          return
        }
        // Refused by a row rule: the character at the offset is a valid CP932 character of that row.
        refused++
        const at = e.position?.byteOffset as number
        expect(ROW_RULE[b[at] as number]).toBe(e.code)
        expect(() => td.decode(b.subarray(at, at + 2))).not.toThrow()
      }),
      { numRuns: 1000 }
    )
    expect(refused).toBeGreaterThan(20)
  })
  it("property: decode(encode(text)) is the text for JIS X 0208 text (CP932 forms)", () => {
    fc.assert(
      fc.property(TextArb.jisX0208Text, (s) => {
        const e = ShiftJis.encode(s)
        expect(Result.isSuccess(e)).toBe(true)
        if (Result.isSuccess(e)) {
          expect(e.success.length).toBe(Text.byteLengthShiftJis(s))
          expect(ShiftJis.decode(e.success)).toEqual(Result.succeed(s))
        }
      })
    )
  })
  it("property: text with a 外字 fails at the index of the first character Text.findUnrepresentable lists", () => {
    fc.assert(
      fc.property(TextArb.withGaiji, (s) => {
        const r = ShiftJis.encode(s)
        const first = Text.findUnrepresentable(s)[0]
        expect(Result.isFailure(r) && r.failure.position?.index).toBe(first?.index)
      })
    )
  })
  it("never throws on junk; junk is a failed Result (a string encodes, only bytes decode)", () => {
    for (const junk of [undefined, null, 1, {}, "x", [1]]) {
      expect(() => ShiftJis.encode(junk as never)).not.toThrow()
      expect(() => ShiftJis.decode(junk as never)).not.toThrow()
      expect(Result.isSuccess(ShiftJis.encode(junk as never)), String(junk)).toBe(junk === "x")
      expect(Result.isFailure(ShiftJis.decode(junk as never)), String(junk)).toBe(true)
    }
  })
})
