import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isRecordKind, policyOf, recordKinds } from "./index.js"

// The record kinds of 住民基本台帳法施行令 第34条 (1項 除票, 2項・3項 本人確認情報, 4項 書類) and the seed's practices.
const kinds = [
  "juminhyo-johyo",
  "fuhyo-johyo",
  "cs-superseded",
  "cs-deleted",
  "fuhyo-cs-superseded",
  "fuhyo-cs-deleted",
  "paper",
  "tenshutsu-certificate-info",
  "delivery-address",
  "operation-log"
]

describe("isRecordKind", () => {
  it("令34条1項〜4項 and the seed's practices: exactly the ten record kinds are record kinds", () => {
    expect([...recordKinds].sort()).toEqual([...kinds].sort())
    for (const kind of kinds) expect(isRecordKind(kind)).toBe(true)
    for (const kind of kinds) expect(policyOf(kind as never).kind).toBe(kind)
  })
  it("rejects near misses and non-strings without throwing", () => {
    for (const u of [
      "",
      "johyo",
      "JUMINHYO-JOHYO",
      "paper ",
      " paper",
      "operation_log",
      null,
      undefined,
      1,
      {},
      ["paper"]
    ]) {
      expect(isRecordKind(u)).toBe(false)
    }
    // A String object holding a kind is not a kind: the check is on primitive strings.
    expect(isRecordKind(new String("paper"))).toBe(false)
  })
  it("is true exactly for the listed strings (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...kinds), fc.anything()), (u) => {
        expect(isRecordKind(u)).toBe(typeof u === "string" && kinds.includes(u))
      })
    )
  })
})
