import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as RC from "../residence-card-number/index.js"
import * as Sp from "./index.js"
import * as Arb from "./arbitraries.js"

const ALNUM = /^[A-Z0-9]{1,16}$/
const referenceNormalise = (s: string) => s.normalize("NFKC").replace(/[\s\-‐−ー－]/g, "").toUpperCase()

describe("SpecialPermanentResidentCertificateNumber (住基法 第30条の45; layout UNVERIFIED)", () => {
  it("assumed layout (default): same verdict as the 在留カード番号 on any input", () => {
    fc.assert(
      fc.property(fc.oneof(Arb.valid, Arb.typed, Arb.invalid, fc.string({ maxLength: 14 })), (s) => {
        expect(Sp.isValid(s)).toBe(RC.isValid(s))
        expect(Sp.isValid(s, { layout: "2+8+2" })).toBe(RC.isValid(s))
      })
    )
  })

  it("layout alphanumeric agrees with a regular-expression reference", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."AZaz09 -#あ"), maxLength: 18 }), (s) => {
        expect(Sp.isValid(s, { layout: "alphanumeric" })).toBe(ALNUM.test(referenceNormalise(s)))
      }),
      { numRuns: 2000 }
    )
    fc.assert(fc.property(Arb.alphanumeric, (s) => Sp.isValid(s, { layout: "alphanumeric" })))
  })

  it("UNVERIFIED layout: the rules' basis says verified: false and the numbers have their own rule ids", () => {
    for (const rule of Sp.rules) expect(rule.basis.some((b) => !b.verified)).toBe(true)
    const r = Sp.validate("A123456789")
    expect(Result.isFailure(r) && r.failure.code).toBe("core.special-permanent-resident-certificate-number.length")
    expect(Sp.isValid("A123456789", { layout: "alphanumeric" })).toBe(true)
    expect("checkDigit" in Sp).toBe(false)
  })

  it("isValid never throws, whatever the input", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof Sp.isValid(u, { layout: "alphanumeric" }) === "boolean"))
  })
})

interface VectorCase {
  readonly description: string
  readonly when: { readonly input?: unknown; readonly options?: Record<string, unknown> }
  readonly expect: { readonly accepted: boolean; readonly value?: unknown; readonly errors?: ReadonlyArray<unknown> }
}
const runVectors = (relative: string) => {
  const file = JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8")) as {
    subject: string
    cases: ReadonlyArray<VectorCase>
  }
  expect(file.subject).toBe("SpecialPermanentResidentCertificateNumber")
  for (const c of file.cases) {
    const r = Sp.validate(c.when.input, c.when.options as Partial<Sp.Options> | undefined)
    if (c.expect.accepted) expect(Result.isSuccess(r) ? r.success : r.failure.code, c.description).toBe(c.expect.value)
    else
      expect(Result.isFailure(r) ? [{ rule: r.failure.code, severity: r.failure.severity }] : "accepted", c.description).toEqual(
        c.expect.errors
      )
  }
}

describe("SpecialPermanentResidentCertificateNumber conformance vectors", () => {
  it("conformance/vectors/core/SpecialPermanentResidentCertificateNumber.json", () =>
    runVectors("../../../../conformance/vectors/core/SpecialPermanentResidentCertificateNumber.json"))
  it("conformance/optional/core/SpecialPermanentResidentCertificateNumber.json (layout option)", () =>
    runVectors("../../../../conformance/optional/core/SpecialPermanentResidentCertificateNumber.json"))
})
