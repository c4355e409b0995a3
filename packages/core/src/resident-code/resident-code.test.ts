import fc from "fast-check"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import * as R from "./index.js"
import * as Arb from "./arbitraries.js"

// Independent second implementation of the ASSUMED formula, written the way the 個人番号 省令 states it:
// Pn = n-th digit from the right of the 10-digit base, Qn = n + 1 (1 ≤ n ≤ 6), n − 5 (7 ≤ n ≤ 10);
// remainder ≤ 1 → 0, otherwise 11 − remainder. (UNVERIFIED for 住民票コード: 告示第436号 not obtained.)
const assumedCheckDigit = (base: string): number => {
  let sum = 0
  for (let n = 1; n <= 10; n++) {
    const p = Number(base[base.length - n])
    const q = n <= 6 ? n + 1 : n - 5
    sum += p * q
  }
  const r = sum % 11
  return r <= 1 ? 0 : 11 - r
}
const formOk = (s: string) => /^[0-9]{11}$/.test(s)

describe("ResidentCode form (住民基本台帳法施行規則 第1条)", () => {
  it("規則1条: 10 random digits + 1 検査数字 = 11 ASCII digits are accepted by default, whatever the last digit", () => {
    fc.assert(
      fc.property(Arb.valid, (s) => {
        expect(Result.isSuccess(R.validate(s)) && formOk(s)).toBe(true)
      })
    )
    expect(R.isValid("12345678901")).toBe(true)
    expect(R.isValid("01234567892")).toBe(true)
  })

  it("agrees with a regular-expression reference on arbitrary strings of digits and letters", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("0", "1", "9", "A", "x", "#"), maxLength: 14 }), (s) => {
        expect(R.isValid(s)).toBe(formOk(s))
      })
    )
  })

  it("rejects every invalid arbitrary, with either option", () => {
    fc.assert(
      fc.property(Arb.invalid, fc.constantFrom<R.ChecksumMode>("none", "assumed-mod11"), (s, checksum) => {
        const r = R.validate(s, { checksum })
        expect(Result.isFailure(r)).toBe(true)
        expect(["core.resident-code.length", "core.resident-code.format"]).toContain(
          Result.isFailure(r) && r.failure.code
        )
      })
    )
  })

  it("identifiers.md §3.2: format-invalid examples whatever the formula", () => {
    const code = (s: string) => {
      const r = R.validate(s)
      return Result.isFailure(r) ? r.failure.code : "ok"
    }
    expect(code("1234567890")).toBe("core.resident-code.length")
    expect(code("123456789012")).toBe("core.resident-code.length")
    expect(code("1234567890X")).toBe("core.resident-code.format")
    expect(code("")).toBe("core.resident-code.length")
    // Full-width digits and hyphens are normalised by compaction (the strict Schema rejects them).
    expect(code("１２３４５６７８９０１")).toBe("ok")
    expect(code("1234-567-8901")).toBe("ok")
    const decode = S.decodeUnknownOption(R.Schema)
    expect(decode("1234-567-8901")._tag).toBe("None")
    expect(decode("12345678901")._tag).toBe("Some")
  })

  it("isValid never throws, whatever the input", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof R.isValid(u) === "boolean"))
    for (const u of [undefined, null, 44060009497, {}, [], Symbol("x"), "🙂".repeat(11), "4".repeat(10_000)]) {
      expect(typeof R.isValid(u, { checksum: "assumed-mod11" })).toBe("boolean")
    }
  })

  it("masks all but the last 4 digits and never leaks the code in errors", () => {
    expect(R.mask("44060009497")).toBe("*******9497")
    const r = R.validate("4406000949X")
    expect(Result.isFailure(r) && JSON.stringify(r.failure)).not.toContain("4406000949")
  })
})

describe("ResidentCode assumed checksum (告示第436号, UNVERIFIED)", () => {
  it("checkDigit agrees with the independent Pn/Qn implementation", () => {
    fc.assert(
      fc.property(Arb.base, (b) => {
        expect(R.checkDigit(b)).toBe(assumedCheckDigit(b))
      }),
      { numRuns: 1000 }
    )
  })

  it("identifiers.md §3.2: the 10 ASSUMED-valid examples pass only the assumed checksum they were built with", () => {
    const examples = [
      "44060009497",
      "17967673315",
      "84516027206",
      "24668467420",
      "77108898146",
      "93027210498",
      "19117561545",
      "31103968782",
      "37790564058",
      "40421463389"
    ]
    for (const code of examples) {
      expect(R.isValid(code, { checksum: "assumed-mod11" })).toBe(true)
      expect(assumedCheckDigit(code.slice(0, 10))).toBe(Number(code[10]))
      for (let d = 0; d <= 9; d++) {
        if (String(d) === code[10]) continue
        const other = `${code.slice(0, 10)}${d}`
        expect(R.isValid(other, { checksum: "assumed-mod11" })).toBe(false)
        expect(R.isValid(other)).toBe(true) // default: form only
      }
    }
  })

  // Independent oracle for the arbitraries (they are built with the module's own checkDigit): the hypothesis as its
  // JSDoc words it, counted from the right: weights 2–7 on digits 1–6, then 2–5 on digits 7–10; remainder 0 or 1
  // gives 0, otherwise 11 − remainder.
  const oracleValid = (code: string): boolean => {
    if (!/^[0-9]{11}$/.test(code)) return false
    let sum = 0
    for (let n = 1; n <= 10; n++) sum += Number(code[10 - n]) * (n <= 6 ? n + 1 : n - 5)
    const r = sum % 11
    return Number(code[10]) === (r <= 1 ? 0 : 11 - r)
  }
  it("the oracle agrees with the JSDoc example (4406000949 → 7) and rejects its neighbours", () => {
    expect(oracleValid("44060009497")).toBe(true)
    expect(oracleValid("44060009496")).toBe(false)
    expect(oracleValid("44060009498")).toBe(false)
  })
  it("assumedValid and assumedInvalid arbitraries are split by the option and not by the default", () => {
    fc.assert(
      fc.property(Arb.assumedValid, Arb.assumedInvalid, (ok, bad) => {
        expect(oracleValid(ok)).toBe(true)
        expect(oracleValid(bad)).toBe(false)
        expect(R.isValid(ok, { checksum: "assumed-mod11" })).toBe(true)
        const r = R.validate(bad, { checksum: "assumed-mod11" })
        expect(Result.isFailure(r) && r.failure.code).toBe("core.resident-code.checksum")
        expect(R.isValid(bad)).toBe(true)
      })
    )
  })

  it("the checksum rule is marked UNVERIFIED in its basis", () => {
    expect(R.Checksum.basis.every((b) => b.verified === false)).toBe(true)
    expect(R.Length.basis.every((b) => b.verified)).toBe(true)
    expect(R.checkDigit("123456789")).toBeUndefined()
    expect(R.checkDigit("123456789O")).toBeUndefined()
  })
})

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).

describe("ResidentCode errors carry the masked value and the length (住民基本台帳法 第7条第13号)", () => {
  const failure = (s: string, options?: Parameters<typeof R.validate>[1]) => {
    const r = R.validate(s, options)
    if (!Result.isFailure(r)) throw new Error(`expected a failure for ${s.length} characters`)
    return r.failure
  }
  it("Length: 11 digits expected, the length got and the masked value", () => {
    const e = failure("4406000949")
    expect([e.code, e.preview, e.params]).toEqual(["core.resident-code.length", "******0949", { length: 10 }])
  })
  it("Format and Checksum (告示第436号, UNVERIFIED) carry the masked value only", () => {
    const f = failure("4406000949X")
    expect([f.code, f.preview]).toEqual(["core.resident-code.format", "*******949X"])
    const c = failure("44060009498", { checksum: "assumed-mod11" })
    expect([c.code, c.preview]).toEqual(["core.resident-code.checksum", "*******9498"])
  })
  it("checkDigit is undefined for what is not 10 ASCII digits", () => {
    for (const bad of ["440600094", "44060009491", "440600094X", "", 4406000949 as unknown as string])
      expect(R.checkDigit(bad)).toBeUndefined()
  })
})
