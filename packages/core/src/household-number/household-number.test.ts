import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as A from "../atena-number/index.js"
import * as H from "./index.js"
import * as Arb from "./arbitraries.js"

// Independent reference (標準仕様書 1.1.13 M11W2-7): weights 2..7 from the right, 11 − r, r = 0 → 0, r = 1 → 0.
const referenceIsValid = (s: string, length = 15): boolean => {
  if (s.length !== length || !/^[0-9]+$/.test(s)) return false
  let sum = 0
  for (let n = 1; n < s.length; n++) sum += Number(s[s.length - 1 - n]) * (((n - 1) % 6) + 2)
  const r = sum % 11
  return (r <= 1 ? 0 : 11 - r) === Number(s[s.length - 1])
}

describe("HouseholdNumber (世帯番号, 標準仕様書 1.1.13)", () => {
  it("1.1.13: the 世帯番号 uses the same M11W2-7 check digit as the 宛名番号 (same verdict on any input and options)", () => {
    fc.assert(
      fc.property(
        fc.oneof(Arb.valid, Arb.invalid, Arb.remainderOne, fc.string({ maxLength: 17 })),
        fc.record({
          length: fc.oneof(fc.integer({ min: 1, max: 17 }), fc.constant<"any">("any")),
          remainderOne: fc.constantFrom<H.RemainderOne>("zero", "reject"),
          checksum: fc.constantFrom<H.ChecksumMode>("m11w27", "none")
        }),
        (s, options) => {
          expect(H.isValid(s, options)).toBe(A.isValid(s, options))
        }
      ),
      { numRuns: 500 }
    )
    expect(H.checkDigit).toBe(A.checkDigit)
  })

  it("agrees with an independent reference on 15-digit strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("0", "1", "5", "9"), minLength: 14, maxLength: 16 }), (s) => {
        expect(H.isValid(s)).toBe(referenceIsValid(s))
      }),
      { numRuns: 1000 }
    )
    fc.assert(
      fc.property(Arb.valid, (s) => {
        expect(referenceIsValid(s)).toBe(true)
      })
    )
  })

  it("reports its own rule ids (core.household-number.*), not the 宛名番号 ones", () => {
    const code = (s: string, o?: Partial<H.Options>) => {
      const r = H.validate(s, o)
      return Result.isFailure(r) ? r.failure.code : "ok"
    }
    expect(code("123456789012341")).toBe("core.household-number.checksum")
    expect(code("12345")).toBe("core.household-number.length")
    expect(code("12345678901234X")).toBe("core.household-number.format")
    expect(code("123456789012340")).toBe("ok")
    expect(H.rules.map((r) => r.id)).toEqual([
      "core.household-number.length",
      "core.household-number.format",
      "core.household-number.checksum"
    ])
    expect(H.brand).toBe("HouseholdNumber")
    const r = H.validate("12345")
    expect(Result.isFailure(r) && r.failure.messageIn("ja")).toContain("世帯番号")
  })

  it("isValid never throws, whatever the input", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof H.isValid(u) === "boolean"))
  })
})

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).
