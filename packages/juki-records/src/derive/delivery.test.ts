import { Text } from "@juki/core"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { DeliveryInfo, type ResidentRecord } from "../models/index.js"
import { foreigner, japanese, myNumber } from "../test-utils/fixtures.js"
import { deliveryInfo } from "./index.js"

const CTX = {
  managementNumber: "0000000001",
  processedOn: "2024-04-05",
  municipality: { code: "131016", name: "千代田区" }
}
const NAMES = ["山田　太郎", "髙橋　花子", "𠮷田　一郎", "鄧　小明", "德川　次郎", "佐藤　葛\u{E0100}子"]
const ADDRS = [
  "東京都千代田区千代田一丁目1番",
  "東京都千代田区﨑町二丁目3番",
  "東京都千代田区外神田四丁目5番　𠮷野ハイツ101"
]

describe("Derive.deliveryInfo (送付先情報, 評価書 別添2(3))", () => {
  it("番号法7条1項 / 別添2(3): person items come from the 住民票; 代替文字 from the 縮退 of 氏名 and 住所", () => {
    const r = deliveryInfo(japanese(1, { name: { kanji: "髙橋　太郎", kana: "タカハシ　タロウ" } }), {
      ...CTX,
      map: Text.SAMPLE_DEGENERATE_MAP
    })
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isFailure(r)) return
    const i = r.success.info
    expect(i.person).toMatchObject({
      name: "髙橋　太郎",
      nameGaiji: 1,
      kana: "タカハシ　タロウ",
      myNumber: myNumber(1),
      sex: "male"
    })
    expect(i.substitute).toEqual({
      result: "converted",
      name: "高橋　太郎",
      address: "東京都千代田区千代田一丁目1番",
      namePositions: "1",
      addressPositions: ""
    })
    expect(i.gaijiFlag).toBe(true)
    expect(i.destination).toMatchObject({
      name: "髙橋　太郎",
      address: "東京都千代田区千代田一丁目1番",
      postalCode: "1000001"
    })
    expect(Result.isSuccess(Schema.decodeUnknownResult(DeliveryInfo)(JSON.parse(JSON.stringify(i))))).toBe(true)
  })

  it("別添2(3) 51–52: a foreign resident's 30条の45 区分 and 在留期間の満了の日", () => {
    const r = Result.getOrThrow(deliveryInfo(foreigner(5), CTX))
    expect(r.info.person).toMatchObject({
      kubun: "mid-to-long-term",
      expiryDate: "2027-05-31",
      name: "SMITH JOHN5",
      kana: "スミス　ジョン"
    })
    expect(r.info.substitute?.result).toBe("none")
  })

  it("a 外字 without mapping is reported (代替文字変換結果 incomplete), or replaced by the placeholder and still reported", () => {
    const p = japanese(1, { name: { kanji: "鄧　太郎", kana: "トウ　タロウ" } })
    const kept = Result.getOrThrow(deliveryInfo(p, { ...CTX, map: Text.SAMPLE_DEGENERATE_MAP }))
    expect(kept.info.substitute?.result).toBe("incomplete")
    expect(kept.name.unmapped.map((u) => u.codePoint)).toEqual(["U+9127"])
    const ph = Result.getOrThrow(deliveryInfo(p, { ...CTX, map: Text.SAMPLE_DEGENERATE_MAP, placeholder: "〓" }))
    expect(ph.info.substitute).toMatchObject({ result: "converted", name: "〓　太郎", namePositions: "1" })
    expect(ph.name.unmapped).toHaveLength(1)
  })

  it("番号法7条1項: no 送付先情報 without a 個人番号 or 住民票コード (every missing item reported)", () => {
    const { myNumber: _m, residentCode: _r, ...rest } = japanese(1)
    const r = deliveryInfo(rest as ResidentRecord, CTX)
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.field])).toEqual([
      ["records.delivery-info.incomplete", "person.residentCode"],
      ["records.delivery-info.incomplete", "person.myNumber"]
    ])
    expect(Result.isFailure(deliveryInfo(null as never, CTX))).toBe(true)
  })

  it("property: items equal the 住民票's; 外字数 and 外字フラグ agree with Text.countGaiji; 代替文字 is the 縮退 of the same text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...ADDRS),
        fc.boolean(),
        (n, name, text, ph) => {
          const rec = japanese(n, {
            name: { kanji: name, kana: "ヤマダ　タロウ" },
            address: { municipalityCode: "131016", text }
          })
          const r = Result.getOrThrow(
            deliveryInfo(rec, { ...CTX, map: Text.SAMPLE_DEGENERATE_MAP, ...(ph ? { placeholder: "〓" } : {}) })
          )
          const i = r.info
          expect(i.person.residentCode).toBe(rec.residentCode)
          expect(i.person.myNumber).toBe(rec.myNumber)
          expect(i.person.birthDate).toBe(rec.birthDate)
          expect(i.person.address).toBe(text)
          expect(i.person.nameGaiji).toBe(Text.findUnrepresentable(name).length)
          expect(i.person.addressGaiji).toBe(Text.findUnrepresentable(text).length)
          expect(i.gaijiFlag).toBe(Text.findUnrepresentable(name + text).length > 0)
          const d = Text.degenerate(name, Text.SAMPLE_DEGENERATE_MAP, ph ? { placeholder: "〓" } : {})
          expect(i.substitute?.name).toBe(d.text)
          expect(i.substitute?.namePositions?.split(",").filter(Boolean).length).toBe(
            d.substitutions.length + d.unmapped.length
          )
          if (i.substitute?.result !== "incomplete")
            expect(Text.isShiftJisRepresentable((i.substitute?.name ?? "") + (i.substitute?.address ?? ""))).toBe(true)
        }
      ),
      { numRuns: 200 }
    )
  })
})
