import fc from "fast-check"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import { MyNumber } from "@juki/mynumber"
import { MyNumber as Arb } from "@juki/mynumber/arbitraries"
import { makeError } from "@juki/core"
import { leaks } from "../test-utils/privacy.js"

const errorOf = (input: string) => {
  const r = MyNumber.validate(input)
  expect(Result.isFailure(r)).toBe(true)
  return Result.isFailure(r) ? r.failure : undefined
}

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

// Random invalid inputs with at least 5 digits (a shorter input has fewer digits than the messages' own numbers).
const invalidInputs = fc.oneof(
  Arb.wrongCheckDigit,
  Arb.nonDigit,
  Arb.wrongLength.filter((s) => s.length >= 5),
  Arb.wrongCheckDigit.map((s) => `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`),
  Arb.wrongCheckDigit.map(toFullWidth),
  fc
    .string({ unit: fc.constantFrom(..."0123456789-  Aa#"), minLength: 5, maxLength: 40 })
    .filter((s) => !MyNumber.isValid(s) && /[0-9](?:[^0-9]*[0-9]){4}/.test(s))
)

describe("番号法: errors never carry the 個人番号 (masked preview only)", () => {
  it("no message, String(error) or JSON.stringify(error) contains the digits of a random invalid input (property)", () => {
    fc.assert(
      fc.property(invalidInputs, (input) => {
        const e = errorOf(input)
        expect(e && leaks(e, input)).toEqual([])
      }),
      { numRuns: 500 }
    )
  })

  it("valid-length wrong-checksum inputs: the error shows ********NNNN and nothing more (property)", () => {
    fc.assert(
      fc.property(Arb.wrongCheckDigit, (input) => {
        const e = errorOf(input)
        expect(e?.code).toBe("mynumber.my-number.checksum")
        expect(e?.preview).toBe(`********${input.slice(8)}`)
        expect(e && leaks(e, input)).toEqual([])
      })
    )
  })

  it("example: 123456789019 is reported as ********9019", () => {
    const e = errorOf("123456789019")
    expect(String(e)).toBe(
      "InvalidChecksum[mynumber.my-number.checksum] (value ********9019): The My Number check digit does not match"
    )
    expect(JSON.stringify(e)).not.toContain("12345678")
  })

  it("the Schema's failure message does not contain the input either (property)", () => {
    const decode = S.decodeUnknownResult(MyNumber.Schema)
    fc.assert(
      fc.property(Arb.wrongCheckDigit, (input) => {
        const r = decode(input)
        expect(Result.isFailure(r)).toBe(true)
        if (Result.isFailure(r)) {
          expect(String(r.failure)).not.toContain(input)
          expect(r.failure.message).not.toContain(input)
        }
      })
    )
  })
})

describe("the leak checker itself", () => {
  it("finds a leak when an error does carry the number (the property can fail)", () => {
    const leaky = makeError(MyNumber.Checksum, { input: "123456789019", mask: (v) => String(v) })
    expect(leaks(leaky, "123456789019").length).toBeGreaterThan(0)
    const partly = makeError(MyNumber.Checksum, { input: "123456789019", mask: () => "****56789019" })
    expect(leaks(partly, "1234 5678 9019").length).toBeGreaterThan(0)
  })
})
