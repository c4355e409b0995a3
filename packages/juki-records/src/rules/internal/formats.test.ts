// The format checks of the 本人確認情報 items (records.cs.item-format, formats.ts), read item by item: which item is
// checked when (new or changed only; 宛名番号 and 世帯番号 only when new), the path and names of each error, and the
// cause (the identifier module's own rule id, or "non-canonical form" when the value is valid but not written in its
// canonical form). Cases found by mutation testing (docs/quality.md).
import { type JukiError, LocalGovernmentCode, PostalCode, ResidenceCardNumber, ResidentCode } from "@juki/core"
import { MyNumber } from "@juki/mynumber"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { ForeignRecord, JapaneseRecord, ResidentRecord } from "../../models/index.js"
import { foreigner, japanese } from "../../test-utils/fixtures.js"
import { CsItemFormat } from "../cs.js"
import { DEFAULTS } from "../engine.js"
import type { RecordContext } from "../types.js"
import { checkItemFormats } from "./formats.js"

const ctx = (o: Partial<RecordContext> = {}): RecordContext => ({
  options: DEFAULTS,
  asOf: "2024-04-05",
  path: ["records", 0],
  isNew: false,
  isNewHousehold: false,
  before: undefined,
  ...o
})
const check = (r: ResidentRecord, o: Partial<RecordContext> = {}) =>
  checkItemFormats(r, ctx(o), CsItemFormat).map((e: JukiError) => ({
    code: e.code,
    path: e.path,
    params: e.params
  }))
const causeOf = (r: Result.Result<string, JukiError>) => (Result.isFailure(r) ? r.failure.code : "non-canonical form")
const err = (keys: ReadonlyArray<string>, itemJa: string, cause: string) => ({
  code: "records.cs.item-format",
  path: ["records", 0, ...keys],
  params: { item: keys.join("."), itemJa, cause }
})
const spr = (n: number, certificateNumber: string): ForeignRecord =>
  foreigner(n, { status: { kubun: "special-permanent", certificateNumber } } as Partial<ForeignRecord>)

describe("records.cs.item-format (住民基本台帳法施行規則 第1条, 番号法: item formats)", () => {
  it("a well-formed record has no format error, new 宛名番号 and 世帯番号 included", () => {
    expect(check(japanese(1), { isNew: true, isNewHousehold: true })).toEqual([])
    expect(check(foreigner(5), { isNew: true, isNewHousehold: true })).toEqual([])
  })

  it("住民票コード (施行規則第1条): a malformed one is an error at `residentCode` whose cause is the module's rule", () => {
    expect(check(japanese(1, { residentCode: "123" }))).toEqual([
      err(["residentCode"], "住民票コード", causeOf(ResidentCode.validate("123")))
    ])
    expect(causeOf(ResidentCode.validate("123"))).toBe("core.resident-code.length")
  })

  it("個人番号 (番号法第2条第5項): a wrong check digit names the mynumber rule", () => {
    const bad = "123456789012"
    expect(check(japanese(1, { myNumber: bad }))).toEqual([
      err(["myNumber"], "個人番号", causeOf(MyNumber.validate(bad)))
    ])
  })

  it("an item left empty, or unchanged from the record before, is not checked again", () => {
    expect(check(japanese(1, { myNumber: "" }))).toEqual([])
    const before = japanese(1, { residentCode: "123" })
    expect(check(japanese(1, { residentCode: "123" }), { before })).toEqual([])
    // Changed from another value: checked.
    expect(check(japanese(1, { residentCode: "123" }), { before: japanese(1) })).toHaveLength(1)
  })

  it("郵便番号 and 市町村コード: valid but not canonical (hyphen, full width) is an error with cause `non-canonical form`", () => {
    const r = japanese(1, { address: { ...japanese(1).address, postalCode: "100-0001", municipalityCode: "13101-6" } })
    expect(check(r)).toEqual([
      err(["address", "municipalityCode"], "市町村コード", "non-canonical form"),
      err(["address", "postalCode"], "郵便番号", "non-canonical form")
    ])
    const full = japanese(1, { address: { ...japanese(1).address, postalCode: "１０００００１" } })
    expect(check(full)).toEqual([err(["address", "postalCode"], "郵便番号", "non-canonical form")])
    const wrong = japanese(1, { address: { ...japanese(1).address, municipalityCode: "999999" } })
    expect(check(wrong)).toEqual([
      err(["address", "municipalityCode"], "市町村コード", causeOf(LocalGovernmentCode.validate("999999")))
    ])
  })

  it("property: a 郵便番号 is an error exactly when PostalCode.validate fails or changes it", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9０-９-]{0,9}$/), fc.string({ maxLength: 9 })), (pc) => {
        const r = japanese(1, { address: { ...japanese(1).address, postalCode: pc } })
        const v = PostalCode.validate(pc)
        const expected =
          pc === "" || (Result.isSuccess(v) && v.success === pc)
            ? []
            : [err(["address", "postalCode"], "郵便番号", causeOf(v))]
        expect(check(r)).toEqual(expected)
      }),
      { numRuns: Number(process.env.JUKI_NUMRUNS ?? 200) }
    )
  })

  it("転入前住所の市町村コード: checked unless the 転入前住所 is abroad (a foreign address has no 市町村コード)", () => {
    const bad = (abroad: boolean) =>
      japanese(1, { previousAddress: { municipalityCode: "999999", text: "x", ...(abroad ? { abroad } : {}) } })
    expect(check(bad(false))).toEqual([
      err(
        ["previousAddress", "municipalityCode"],
        "転入前住所の市町村コード",
        causeOf(LocalGovernmentCode.validate("999999"))
      )
    ])
    expect(check(bad(true))).toEqual([])
  })

  it("在留カード番号 (入管法第19条の4): checked for a 中長期在留者, not again when the card number is unchanged", () => {
    const f = (card: string) => {
      const base = foreigner(5)
      return { ...base, status: { ...base.status, cardNumber: card } } as ForeignRecord
    }
    const bad = "ab12345678cd"
    expect(check(f(bad))).toEqual([err(["status", "cardNumber"], "在留カード番号", "non-canonical form")])
    expect(check(f(bad), { before: f(bad) })).toEqual([])
    // The record before held the same number as a 特別永住者 (another kind of status): checked again.
    expect(check(f(bad), { before: spr(5, bad) })).toHaveLength(1)
    // The record before was a 日本人住民 (国籍喪失): checked.
    expect(check(f(bad), { before: japanese(5) as unknown as ResidentRecord })).toHaveLength(1)
    expect(causeOf(ResidenceCardNumber.validate("x"))).not.toBe("non-canonical form")
    expect(check(f("x"))).toEqual([
      err(["status", "cardNumber"], "在留カード番号", causeOf(ResidenceCardNumber.validate("x")))
    ])
  })

  it("特別永住者証明書番号 (入管特例法第7条): checked for a 特別永住者, not again when unchanged", () => {
    const bad = "ab12345678cd"
    expect(check(spr(5, bad))).toEqual([
      err(["status", "certificateNumber"], "特別永住者証明書番号", "non-canonical form")
    ])
    expect(check(spr(5, bad), { before: spr(5, bad) })).toEqual([])
    const mid = foreigner(5)
    expect(
      check(spr(5, bad), { before: { ...mid, status: { ...mid.status, cardNumber: bad } } as ForeignRecord })
    ).toHaveLength(1)
  })

  it("a status of a Japanese record (hand-built, never decoded) is not read", () => {
    const r = { ...japanese(1), status: { kubun: "mid-to-long-term", cardNumber: "x" } } as unknown as JapaneseRecord
    expect(check(r)).toEqual([])
  })

  it("宛名番号 and 世帯番号 (標準仕様書 1.1.13): checked only when new in the event", () => {
    const r = japanese(1, { atenaNumber: "000000001", householdNumber: "000000001" })
    expect(check(r)).toEqual([])
    expect(check(r, { isNew: true }).map((e) => e.path)).toEqual([["records", 0, "atenaNumber"]])
    expect(check(r, { isNewHousehold: true }).map((e) => e.path)).toEqual([["records", 0, "householdNumber"]])
    expect(check(r, { isNew: true, isNewHousehold: true }).map((e) => e.params?.itemJa)).toEqual([
      "宛名番号",
      "世帯番号"
    ])
  })
})
