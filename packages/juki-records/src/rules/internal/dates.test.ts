import { describe, expect, it } from "vitest"
import { isRegistryDate, registryDay } from "./dates.js"

describe("registry dates of the records (標準仕様書 1.1.8)", () => {
  it("標準仕様書1.1.8: 生年月日 accepts non-calendar days (大正15年12月25日) and 不詳日; it is the item when none is named", () => {
    for (const t of ["1926-12-24", "大正15年12月25日", "明治45年7月30日", "年月日不詳"]) {
      expect(isRegistryDate(t), t).toBe(true)
      expect(isRegistryDate(t, "birthDate"), t).toBe(true)
      expect(isRegistryDate(t, "no-such-item"), t).toBe(true)
    }
    for (const t of ["x2024-04-01", "", "昭和", "平成"]) expect(isRegistryDate(t), t).toBe(false)
  })

  it("標準仕様書1.1.8: 旧外登法による登録年月日 accepts 不詳 but no non-calendar day; 住民となった年月日 accepts both", () => {
    expect(isRegistryDate("年月日不詳", "oldRegistrationDate")).toBe(true)
    expect(isRegistryDate("大正15年12月25日", "oldRegistrationDate")).toBe(false)
    expect(isRegistryDate("2001-04-01", "oldRegistrationDate")).toBe(true)
    // A non-calendar day in ISO form (a 2月30日 held in old records) likewise.
    expect(isRegistryDate("2024-02-30", "birthDate")).toBe(true)
    expect(isRegistryDate("2024-02-30", "oldRegistrationDate")).toBe(false)
    for (const item of ["residentSince", "addressSince", "foreignResidentSince"])
      expect(isRegistryDate("大正15年12月25日", item), item).toBe(true)
  })

  it("標準仕様書1.1.8: the representative ISO day of a registry date (明治45年7月30日 is 1912-07-30, 大正15年12月25日 is 1926-12-25)", () => {
    expect(registryDay("2024-04-01")).toBe("2024-04-01")
    expect(registryDay("明治45年7月30日")).toBe("1912-07-30")
    expect(registryDay("大正15年12月25日")).toBe("1926-12-25")
    expect(registryDay("大正15年12月25日", "no-such-item")).toBe("1926-12-25")
    expect(registryDay("大正15年12月25日", "oldRegistrationDate")).toBeUndefined()
    expect(registryDay("2024-02-30", "oldRegistrationDate")).toBeUndefined()
    expect(registryDay("")).toBeUndefined()
  })
})
