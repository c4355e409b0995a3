import { Text } from "@juki/core"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { DeliveryInfo, type ResidentRecord } from "../models/index.js"
import { foreigner, japanese, myNumber } from "../test-utils/fixtures.js"
import { deliveryInfo, deliveryPersonOf } from "./index.js"

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

// ---------------------------------------------------------------------------------------------------------------
// Exact results (mutation testing: the 送付先, 市町村 and context items, the positions of the 代替文字 and the
// required-item errors were reached but not asserted item by item).

describe("Derive.deliveryInfo: every item", () => {
  it("別添2(3): 代替文字 positions count characters (a 外字 outside the BMP is one); no map: every 外字 unmapped and kept", () => {
    const p = japanese(1, { name: { kanji: "𠮷田　髙橋", kana: "ヨシダ　タカハシ" } })
    const mapped = Result.getOrThrow(deliveryInfo(p, { ...CTX, map: Text.SAMPLE_DEGENERATE_MAP }))
    expect(mapped.info.substitute).toStrictEqual({
      result: "converted",
      name: "吉田　高橋",
      address: ADDRS[0],
      namePositions: "1,4",
      addressPositions: ""
    })
    const unmapped = Result.getOrThrow(deliveryInfo(p, CTX))
    expect(unmapped.info.substitute).toStrictEqual({
      result: "incomplete",
      name: "𠮷田　髙橋",
      address: ADDRS[0],
      namePositions: "1,4",
      addressPositions: ""
    })
    expect(unmapped.name.unmapped.map((u) => u.codePoint)).toStrictEqual(["U+20BB7", "U+9AD9"])
    // 外字 in the 住所 only: the positions are the address's, ordered.
    const a = Result.getOrThrow(
      deliveryInfo(japanese(2, { address: { municipalityCode: "131016", text: "東京都千代田区﨑町髙一丁目" } }), {
        ...CTX,
        map: Text.SAMPLE_DEGENERATE_MAP
      })
    )
    expect([a.info.substitute?.namePositions, a.info.substitute?.addressPositions, a.info.gaijiFlag]).toStrictEqual([
      "",
      "8,10",
      true
    ])
  })
  it("別添2(3) 2–8: a 送付先 other than the 住所 replaces it; its 郵便番号 is not taken from the 住所 then", () => {
    const p = japanese(1)
    const toKyosho = Result.getOrThrow(
      deliveryInfo(p, { ...CTX, destination: { address: "東京都千代田区﨑町三丁目" } })
    ).info.destination
    expect(toKyosho).toStrictEqual({
      name: p.name.kanji,
      nameGaiji: 0,
      address: "東京都千代田区﨑町三丁目",
      addressGaiji: 1
    })
    const named = Result.getOrThrow(
      deliveryInfo(p, { ...CTX, destination: { name: "髙橋　様方", postalCode: "1010021" } })
    ).info.destination
    expect(named).toStrictEqual({
      name: "髙橋　様方",
      nameGaiji: 1,
      postalCode: "1010021",
      address: p.address.text,
      addressGaiji: 0
    })
    const own = Result.getOrThrow(deliveryInfo(p, CTX)).info.destination
    expect(own).toStrictEqual({
      name: p.name.kanji,
      nameGaiji: 0,
      postalCode: "1000001",
      address: p.address.text,
      addressGaiji: 0
    })
  })
  it("別添2(3) 9–37: the municipality's items and the context's own items are carried as given", () => {
    const place = { name: "千代田区役所", address: "東京都千代田区九段南一丁目2番1号", phone: "03-0000-0000" }
    const info = Result.getOrThrow(
      deliveryInfo(japanese(1), {
        ...CTX,
        municipality: {
          code: "131016",
          name: "千代田区",
          postalCode: "1028688",
          address: "東京都千代田区﨑町",
          phone: "03-1111-1111"
        },
        issuePlace: place,
        cardDestination: place,
        personCount: 3,
        operatorId: "OP1",
        terminalId: "T1",
        printType: "1",
        romaji: { name: "YAMADA TARO" }
      })
    ).info
    expect(info.municipality).toStrictEqual({
      code: "131016",
      name: "千代田区",
      postalCode: "1028688",
      address: "東京都千代田区﨑町",
      addressGaiji: 1,
      phone: "03-1111-1111"
    })
    expect([
      info.issuePlace,
      info.cardDestination,
      info.personCount,
      info.operatorId,
      info.terminalId,
      info.printType,
      info.romaji
    ]).toStrictEqual([place, place, 3, "OP1", "T1", "1", { name: "YAMADA TARO" }])
    expect([info.managementNumber, info.processedOn]).toStrictEqual(["0000000001", "2024-04-05"])
    const bare = Result.getOrThrow(deliveryInfo(japanese(1), CTX)).info
    expect(bare.municipality).toStrictEqual({ code: "131016", name: "千代田区" })
    for (const k of [
      "issuePlace",
      "cardDestination",
      "personCount",
      "operatorId",
      "terminalId",
      "printType",
      "romaji",
      "formerSurname"
    ])
      expect(bare).not.toHaveProperty(k)
  })
  it("別添2(3) 38–52, 62–64: the person items, 旧氏 with its 外字数; no 外字 anywhere: result none, no 外字フラグ", () => {
    const r = japanese(1, { formerSurname: { kanji: "髙橋", kana: "タカハシ" } })
    const d = Result.getOrThrow(deliveryInfo(r, CTX))
    expect(d.info.person).toStrictEqual({
      residentCode: r.residentCode,
      name: r.name.kanji,
      nameGaiji: 0,
      kana: r.name.kana,
      postalCode: "1000001",
      address: r.address.text,
      addressGaiji: 0,
      birthDate: r.birthDate,
      sex: r.sex,
      myNumber: r.myNumber
    })
    expect(d.info.formerSurname).toStrictEqual({ kanji: "髙橋", gaiji: 1, kana: "タカハシ" })
    expect([d.info.substitute?.result, d.info.gaijiFlag]).toStrictEqual(["none", false])
    const noKana = Result.getOrThrow(deliveryInfo(japanese(2, { formerSurname: { kanji: "佐藤" } }), CTX))
    expect(noKana.info.formerSurname).toStrictEqual({ kanji: "佐藤", gaiji: 0 })
  })
  it("別添2(3) 51: a 特別永住者 has its 区分 and no 満了の日; a person given as items is used as given", () => {
    const sp = foreigner(6, { status: { kubun: "special-permanent", certificateNumber: "SP0000000001" } })
    expect(Result.getOrThrow(deliveryInfo(sp, CTX)).info.person).toMatchObject({ kubun: "special-permanent" })
    expect(Result.getOrThrow(deliveryInfo(sp, CTX)).info.person).not.toHaveProperty("expiryDate")
    const given = {
      residentCode: "20000000001",
      name: "山田　太郎",
      address: "東京都千代田区千代田一丁目1番",
      birthDate: "1980-04-01",
      sex: "male" as const,
      myNumber: myNumber(1),
      formerSurname: { kanji: "鈴木" }
    }
    const g = Result.getOrThrow(deliveryInfo(given, CTX)).info
    const { formerSurname: _fs, ...items } = given
    expect(g.person).toStrictEqual({ ...items, nameGaiji: 0, addressGaiji: 0 })
    expect(g.destination).toStrictEqual({ name: "山田　太郎", nameGaiji: 0, address: given.address, addressGaiji: 0 })
    expect(g.formerSurname).toStrictEqual({ kanji: "鈴木", gaiji: 0 })
  })
  it("番号法7条1項: each missing required item is reported at person.<item> with its Japanese name", () => {
    const r = deliveryInfo(
      { residentCode: "", name: "", address: "", birthDate: "1980-04-01", sex: "male", myNumber: "" },
      CTX
    )
    expect(Result.isFailure(r) && r.failure.map((e) => [e.path, e.params])).toStrictEqual([
      [["person", "residentCode"], { item: "residentCode", itemJa: "住民票コード" }],
      [["person", "name"], { item: "name", itemJa: "氏名" }],
      [["person", "address"], { item: "address", itemJa: "住所" }],
      [["person", "myNumber"], { item: "myNumber", itemJa: "個人番号" }]
    ])
    for (const [s, c] of [
      [null, CTX],
      [japanese(1), null],
      [1, CTX],
      [japanese(1), "x"]
    ] as const) {
      const bad = deliveryInfo(s as never, c as never)
      expect(Result.isFailure(bad) && bad.failure.map((e) => [e.code, e.path, e.params])).toStrictEqual([
        ["records.delivery-info.incomplete", [], { item: "person", itemJa: "対象者" }]
      ])
    }
  })
})

describe("Derive.deliveryInfo: more items", () => {
  it("別添2(3) 46: the 住所 of the 送付先情報 has the 方書 after a full-width space; an empty 方書 adds nothing", () => {
    const a = { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" }
    const withK = Result.getOrThrow(deliveryInfo(japanese(1, { address: { ...a, katagaki: "ハイツ101" } }), CTX))
    expect([withK.info.person.address, withK.info.destination.address]).toEqual([
      "東京都千代田区千代田一丁目1番　ハイツ101",
      "東京都千代田区千代田一丁目1番　ハイツ101"
    ])
    const empty = Result.getOrThrow(deliveryInfo(japanese(1, { address: { ...a, katagaki: "" } }), CTX))
    expect(empty.info.person.address).toBe("東京都千代田区千代田一丁目1番")
  })
  it("代替文字 positions are in text order, unmapped and substituted characters together", () => {
    const p = japanese(1, { name: { kanji: "髙鄧﨑　一郎", kana: "タカ　イチロウ" } })
    const d = Result.getOrThrow(deliveryInfo(p, { ...CTX, map: Text.SAMPLE_DEGENERATE_MAP }))
    expect(d.info.substitute).toMatchObject({ result: "incomplete", name: "高鄧崎　一郎", namePositions: "1,2,3" })
  })
  it("an unmapped 外字 in the 住所 alone, or a name with one mapped and one unmapped, is incomplete", () => {
    const addr = Result.getOrThrow(
      deliveryInfo(japanese(1, { address: { municipalityCode: "131016", text: "東京都千代田区鄧町" } }), {
        ...CTX,
        map: Text.SAMPLE_DEGENERATE_MAP
      })
    )
    expect([addr.info.substitute?.result, addr.info.substitute?.addressPositions]).toEqual(["incomplete", "8"])
    const both = Result.getOrThrow(
      deliveryInfo(japanese(1, { name: { kanji: "髙鄧", kana: "タカ" } }), { ...CTX, map: Text.SAMPLE_DEGENERATE_MAP })
    )
    expect(both.info.substitute?.result).toBe("incomplete")
  })
  it("deliveryPersonOf: the person items of a 住民票 exactly, absent items left out", () => {
    const { myNumber: _m, ...noNumber } = japanese(1, {
      name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ", katakana: "ヤマダ" },
      address: { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番" }
    })
    expect(deliveryPersonOf(noNumber as ResidentRecord)).toStrictEqual({
      residentCode: japanese(1).residentCode,
      name: "山田　太郎",
      kana: "ヤマダ　タロウ",
      address: "東京都千代田区千代田一丁目1番",
      birthDate: japanese(1).birthDate,
      sex: japanese(1).sex,
      myNumber: ""
    })
    const f = foreigner(5, { formerSurname: { kanji: "髙橋" } } as never)
    expect(deliveryPersonOf(f)).toStrictEqual({
      residentCode: f.residentCode,
      name: "SMITH JOHN5",
      kana: "スミス　ジョン",
      postalCode: f.address.postalCode,
      address: f.address.text,
      birthDate: f.birthDate,
      sex: f.sex,
      myNumber: f.myNumber,
      kubun: "mid-to-long-term",
      expiryDate: "2027-05-31"
    })
    const j = deliveryPersonOf(japanese(2, { formerSurname: { kanji: "佐藤" } }))
    expect(j.formerSurname).toStrictEqual({ kanji: "佐藤" })
  })
  it("a person given as items is read as items even with an atenaNumber; a required item that is not a string is missing", () => {
    const given = {
      residentCode: "20000000001",
      name: "山田　太郎",
      address: "東京都千代田区千代田一丁目1番",
      birthDate: "1980-04-01",
      sex: "male" as const,
      myNumber: myNumber(1),
      atenaNumber: "0000000019"
    }
    expect(Result.getOrThrow(deliveryInfo(given, CTX)).info.person.name).toBe("山田　太郎")
    const bad = deliveryInfo({ ...given, myNumber: 100000000013 as never }, CTX)
    expect(Result.isFailure(bad) && bad.failure.map((e) => e.path)).toEqual([["person", "myNumber"]])
  })
})
