// The encoder tables of shift-jis.ts are built on first use and cached. shift-jis.test.ts shares one instance, whose
// tables are built by whichever test asks first; here two fresh instances (imported while this file loads, so only
// the table building runs inside a test) are checked code by code against an independent oracle: every double-byte
// Shift_JIS code decoded with TextDecoder (WHATWG Encoding Standard, index Shift_JIS).
import { describe, expect, it } from "vitest"

let instances = 0
const freshModule = (): Promise<typeof import("./shift-jis.js")> => {
  const url = `./shift-jis.js?instance=${Date.now()}-${++instances}`
  return import(/* @vite-ignore */ url)
}
const forJis = await freshModule()
const forCp932 = await freshModule()

const decoder = new TextDecoder("shift_jis")
/** Character → its double-byte codes in code order (user-defined area F0–F9 and U+FFFD left out). */
const codesOf = new Map<string, Array<number>>()
for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xef), ...range(0xfa, 0xfc)])
  for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
    const c = decoder.decode(new Uint8Array([lead, trail]))
    if (c === "\uFFFD" || Array.from(c).length !== 1) continue
    const code = (lead << 8) | trail
    codesOf.set(c, [...(codesOf.get(c) ?? []), code])
  }
function range(from: number, to: number): Array<number> {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}
// JIS X 0208 rows 1–84: leads 81–84 (rows 1–8) and 88–EA (rows 16–84); row 13 (NEC, lead 87) and rows 85+ are CP932.
const isJisRow = (code: number) => {
  const lead = code >> 8
  return (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0xea && code <= 0xeaa4)
}
// WHATWG index Shift_JIS pointer: pointers 8272–8835 (leads ED and EE, the NEC-selected IBM rows 89–92) are never
// chosen, otherwise the first pointer (the lowest code) wins.
const isNecSelected = (code: number) => code >> 8 === 0xed || code >> 8 === 0xee

describe("toShiftJisCode against TextDecoder, tables built by this test", () => {
  it("JIS X 0208:1997: every character of rows 1–84 has the lowest of its codes in those rows", () => {
    let n = 0
    for (const [c, codes] of codesOf) {
      const jis = codes.filter(isJisRow)
      if (jis.length === 0) continue
      expect(forJis.toShiftJisCode(c), c).toBe(jis[0])
      n++
    }
    expect(n).toBe(6879)
  })

  it("CP932: every character has its first code outside rows 89–92 (or its only one)", () => {
    let n = 0
    for (const [c, codes] of codesOf) {
      const expected = codes.find((x) => !isNecSelected(x)) ?? codes[0]
      expect(forCp932.toShiftJisCode(c, { charset: "cp932" }), c).toBe(expected)
      n++
    }
    expect(n).toBeGreaterThan(7000)
  })
})
