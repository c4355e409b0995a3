// Three cases found by mutation testing after parse.test.ts and index.test.ts (see docs/quality.md): a 間 whose first
// day fails while its second does not (住民記録システム標準仕様書 1.1.8), a day numeral that does not read followed by 頃,
// and a non-calendar value that says 和暦 but names no era.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as RegistryDate from "./index.js"

const REG = { mode: "registry" } as const
const code = (r: Result.Result<unknown, { readonly code: string }>) =>
  Result.isFailure(r) ? r.failure.code : undefined

describe("RegistryDate edges", () => {
  it("1.1.8 間: the first day's failure is reported when only it fails (令和元年4月30日 is 平成; 1月32日 is no day)", () => {
    expect(code(RegistryDate.parse("令和元年4月30日から5月2日までの間", REG))).toBe("core.wareki.era-boundary")
    expect(code(RegistryDate.parse("令和5年1月32日から2月1日までの間", REG))).toBe("core.registry-date.calendar")
  })

  it("a day written 十十 (no number) with 頃 is not a date", () => {
    expect(code(RegistryDate.parse("令和5年1月十十日頃", REG))).toBe("core.registry-date.format")
  })

  it("a 和暦 value without an era is no RegistryDate", () => {
    const non = Result.getOrThrow(RegistryDate.parse("2023年2月30日", REG))
    expect(RegistryDate.isRegistryDate(non)).toBe(true)
    expect(RegistryDate.isRegistryDate({ ...non, notation: "wareki" })).toBe(false)
  })
})
