import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { CorporateNumber } from "@juki/mynumber"
import { CorporateNumber as Arb } from "@juki/mynumber/arbitraries"
import { leaks } from "../test-utils/privacy.js"

const errorOf = (input: string) => {
  const r = CorporateNumber.validate(input)
  expect(Result.isFailure(r)).toBe(true)
  return Result.isFailure(r) ? r.failure : undefined
}

const invalidInputs = fc.oneof(
  Arb.wrongCheckDigit,
  Arb.nonDigit,
  Arb.wrongLength.filter((s) => s.length >= 5),
  Arb.valid.map((n) => `T${n}`),
  Arb.wrongCheckDigit.map((s) => `${s[0]}-${s.slice(1, 5)}-${s.slice(5, 9)}-${s.slice(9)}`),
  fc
    .string({ unit: fc.constantFrom(..."0123456789-  T#"), minLength: 5, maxLength: 40 })
    .filter((s) => !CorporateNumber.isValid(s) && /[0-9](?:[^0-9]*[0-9]){4}/.test(s))
)

describe("errors never carry the full 法人番号 (masked preview only)", () => {
  it("no message, String(error) or JSON.stringify(error) contains the digits of a random invalid input (property)", () => {
    fc.assert(
      fc.property(invalidInputs, (input) => {
        const e = errorOf(input)
        expect(e && leaks(e, input)).toEqual([])
      }),
      { numRuns: 500 }
    )
  })

  it("valid-length wrong-checksum inputs: the error shows *********NNNN and nothing more (property)", () => {
    fc.assert(
      fc.property(Arb.wrongCheckDigit, (input) => {
        const e = errorOf(input)
        expect(e?.code).toBe("mynumber.corporate-number.checksum")
        expect(e?.preview).toBe(`*********${input.slice(9)}`)
        expect(e && leaks(e, input)).toEqual([])
      })
    )
  })
})
