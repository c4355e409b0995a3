// The examples of the root README and of packages/core/README.md, asserted, so the docs cannot drift.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { LocalGovernmentCode, PostalCode, Text, Wareki } from "@juki/core"
import { CorporateNumber, MyNumber } from "@juki/mynumber"

describe("README examples", () => {
  it("root README: identifiers and an error as data", () => {
    expect(MyNumber.isValid("1234 5678 9018")).toBe(true)
    expect(MyNumber.mask("123456789018")).toBe("********9018")
    expect(LocalGovernmentCode.checkDigit("27100")).toBe(4)
    const r = MyNumber.validate("123456789019")
    expect(Result.isFailure(r) && r.failure.code).toBe("mynumber.my-number.checksum")
  })
  it("packages/core/README.md: codes, 和暦, search keys, 外字", () => {
    expect(LocalGovernmentCode.isValid("271004")).toBe(true)
    expect(LocalGovernmentCode.checkDigit("01101")).toBe(1)
    expect(LocalGovernmentCode.lookup("271004")?.name).toBe("大阪市")
    expect(PostalCode.format("5300001")).toBe("530-0001")
    const date = Wareki.parse("令和元年5月1日")
    expect(Result.isSuccess(date) && Result.getOrThrow(Wareki.toIsoDate(date.success))).toBe("2019-05-01")
    expect(Text.searchKey("ガッコウ")).toBe("カツコウ")
    expect(Text.searchKey("がっこう")).toBe(Text.searchKey("ガッコウ"))
    expect(Text.countGaiji("𠮷田")).toBe(1)
  })
  it("docs/guides/vendors: 法人番号 check digit", () => {
    expect(CorporateNumber.checkDigit("835678256246")).toBe(5)
    expect(MyNumber.compact("１２３４−５６７８−９０１８")).toBe("123456789018")
  })
})
