// Tests of index.ts beyond local-government-code.test.ts: what each error carries, requireKnown, prefecture 47 and the
// table decoded on first use by a fresh module instance.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as L from "./index.js"

// 総務省 検査数字, written out again: 6,5,4,3,2 weights, 11 minus the remainder, its last digit.
const referenceCheckDigit = (base: string): number => {
  const d = Array.from(base, Number)
  const sum = d[0]! * 6 + d[1]! * 5 + d[2]! * 4 + d[3]! * 3 + d[4]! * 2
  return Number(String(11 - (sum % 11)).slice(-1))
}

describe("LocalGovernmentCode errors: rule, masked preview and params (JIS X 0401/0402, 総務省 検査数字)", () => {
  const failure = (r: Result.Result<unknown, { code: string; preview?: string | undefined; params: unknown }>) =>
    Result.isFailure(r) ? { code: r.failure.code, preview: r.failure.preview, params: r.failure.params } : undefined
  it("a length other than 6 gives its length; letters, prefecture 48 and a wrong check digit give no params", () => {
    expect(failure(L.validate("12345"))).toEqual({
      code: "core.local-government-code.length",
      preview: "*****",
      params: { length: 5 }
    })
    expect(failure(L.validate("1234567"))).toEqual({
      code: "core.local-government-code.length",
      preview: "*******",
      params: { length: 7 }
    })
    expect(failure(L.validate("01101a"))).toEqual({
      code: "core.local-government-code.format",
      preview: "******",
      params: {}
    })
    expect(failure(L.validate("480002"))).toEqual({
      code: "core.local-government-code.prefecture",
      preview: "******",
      params: {}
    })
    expect(failure(L.validate("011012"))).toEqual({
      code: "core.local-government-code.checksum",
      preview: "******",
      params: {}
    })
  })
  it("requireKnown: 221384 (浜松市中央区, 2024, not in the bundled table) is valid in form but unknown", () => {
    expect(L.isValid("221384")).toBe(true)
    expect(failure(L.validate("221384", { requireKnown: true }))).toEqual({
      code: "core.local-government-code.unknown",
      preview: "******",
      params: {}
    })
  })
  it("JIS X 0401: prefecture 47 (沖縄県) is a prefecture: fromFiveDigit 47201 is 那覇市 472018 (6,5,4,3,2: 69 mod 11 = 3, 11 − 3 = 8)", () => {
    expect(L.fromFiveDigit("47201")).toBe("472018")
    expect(referenceCheckDigit("47201")).toBe(8)
    expect(L.fromFiveDigit("48201")).toBeUndefined()
    expect(L.fromFiveDigit("00201")).toBeUndefined()
    expect(L.lookup("472018")?.name).toBe("那覇市")
  })
})

// Fresh instances of this module: their lazily decoded tables are empty, so the tests below decode them themselves
// (the suite's other tests share one instance, decoded by whichever ran first). They are imported while the file
// loads, not inside a test: the module's top-level code (rule definitions, constants) then runs outside every test,
// as in the shared instance, and only the decoding is done by a test. The URL is new on every load of this file, also
// when a runner keeps modules loaded between runs (mutation runs, isolate: false).
let instances = 0
const freshModule = (): Promise<typeof import("./index.js")> => {
  const url = `./index.js?instance=${Date.now()}-${++instances}`
  return import(/* @vite-ignore */ url)
}
const codesFirst = await freshModule()
const lookupFirst = await freshModule()

describe("LocalGovernmentCode table, decoded on first use", () => {
  it("requireKnown first (codes only), then lookup: 札幌市中央区 as the 総務省 list has it, a ward under 札幌市", () => {
    const F = codesFirst
    expect(Result.isSuccess(F.validate("011029", { requireKnown: true }))).toBe(true)
    expect(Result.isFailure(F.validate("221384", { requireKnown: true }))).toBe(true)
    // toStrictEqual: a key with an undefined value (municipalityType of a ward) would be a difference.
    expect(F.lookup("011011")).toStrictEqual({
      code: "011011",
      name: "札幌市中央区",
      kana: "サッポロシチュウオウク",
      prefecture: "北海道",
      prefectureCode: "01",
      kind: "ward",
      parentCode: "011002",
      listedIn: ["localgovjp", "jp_local_gov"]
    })
    // The next ward of 札幌市 (総務省 list: 011029 札幌市北区 サッポロシキタク) also hangs under 札幌市, not under 中央区.
    expect(F.lookup("011029")).toMatchObject({
      name: "札幌市北区",
      kana: "サッポロシキタク",
      prefecture: "北海道",
      kind: "ward",
      parentCode: "011002"
    })
  })
  it("lookup first: 梼原町 with its variant 檮原町, 北海道 as a prefecture, 1,969 entries", () => {
    const F = lookupFirst
    expect(F.lookup("394050")).toEqual({
      code: "394050",
      name: "梼原町",
      kana: "ユスハラチョウ",
      prefecture: "高知県",
      prefectureCode: "39",
      kind: "municipality",
      municipalityType: "town",
      variants: ["檮原町"],
      listedIn: ["localgovjp", "jp_local_gov"]
    })
    // A prefecture's prefecture is itself (prefjp: 010006 北海道, 270008 大阪府).
    expect(F.prefectureOf("011011")).toStrictEqual({
      code: "010006",
      name: "北海道",
      kana: "ホッカイドウ",
      prefecture: "北海道",
      prefectureCode: "01",
      kind: "prefecture",
      listedIn: F.lookup("010006")?.listedIn
    })
    expect(F.lookup("270008")).toMatchObject({ name: "大阪府", prefecture: "大阪府", kind: "prefecture" })
    expect(F.all()).toHaveLength(1969)
    expect(F.all()).toBe(F.all())
  })
})
