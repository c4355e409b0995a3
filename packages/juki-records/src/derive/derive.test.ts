import fc from "fast-check"
import { Text } from "@juki/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import { moveIn } from "../test-utils/example-kit.js"
import * as Registry from "../registry/public.js"
import { ADDRESS_B, atena, build, family, foreigner, household, japanese, M, movedOut } from "../test-utils/fixtures.js"
import { fullAddress, identityInfo, integratedAtena, search, seionKana } from "./index.js"

describe("本人確認情報 (評価書 別添2(2))", () => {
  it("別添2(2): a 住民票 yields 住民票コード, 4情報, 外字数 and 清音化かな氏名", () => {
    const r = japanese(1, {
      name: { kanji: "髙橋　一郎", kana: "タカハシ　イチロウ" },
      address: { ...ADDRESS_B, katagaki: "丸の内ビル101" }
    })
    const i = identityInfo(r, {
      jiyu: "domestic-move-in",
      changeDate: "2024-04-01",
      updateSequence: 7,
      filedOn: "2024-04-03"
    })
    expect(i).toMatchObject({
      residentCode: r.residentCode,
      nameKanji: "髙橋　一郎",
      nameGaiji: 1,
      nameKana: "タカハシ　イチロウ",
      nameSeion: "タカハシイチロウ",
      address: `${ADDRESS_B.text}　丸の内ビル101`,
      addressGaiji: 0,
      municipalityCode: "131016",
      updateSequence: 7,
      scheduled: false,
      removed: false,
      filedOn: "2024-04-03",
      residentSince: "2020-04-01"
    })
  })
  it("別添2(2): 外字数 equals Text.countGaiji and 清音化かな氏名 equals Text.searchKey without spaces (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (kanji, kana) => {
        const i = identityInfo(japanese(1, { name: { kanji, kana } }), {
          jiyu: "move-within",
          changeDate: "2024-04-01",
          updateSequence: 1
        })
        expect(i.nameGaiji).toBe(Text.countGaiji(kanji))
        expect(i.nameSeion).toBe(Text.searchKey(kana).replace(/[\s\u3000]+/g, ""))
      })
    )
  })
  it("外国人住民: 外国人住民となった年月日 is the 住民となった日 sent to the CS; the katakana notation is the kana name", () => {
    const f = foreigner(5)
    const i = identityInfo(f, { jiyu: "move-in-from-abroad", changeDate: "2024-04-01", updateSequence: 1 })
    expect(i.residentSince).toBe(f.foreignResidentSince)
    expect(i.nameKanji).toBe(f.name.alphabet)
    expect(i.nameSeion).toBe(seionKana("スミス　ジョン"))
  })
  it("住基法30条の6: the cs-update effect of a 転入 carries the 本人確認情報 (also in JSON)", () => {
    const r = apply(build([]), moveIn({ records: [family()[0] as never], ...M }))
    if (Result.isFailure(r)) throw new Error("rejected")
    const cs = r.success.effects[0]
    expect(cs?.type).toBe("cs-update")
    const json = JSON.parse(JSON.stringify(cs))
    expect(json.identity.residentCode).toBe(japanese(1).residentCode)
    expect(json.identity.updateSequence).toBe(1)
  })
  it("統合宛名: the 4情報 and the business 宛名番号", () => {
    const r = japanese(1)
    expect(integratedAtena(r, { integratedAtenaNumber: "I-1" })).toMatchObject({
      businessAtenaNumber: r.atenaNumber,
      address: fullAddress(r),
      sex: r.sex
    })
  })
})

describe("4情報 search", () => {
  const reg = build([...family(), movedOut(japanese(7, { householdNumber: household(7) }))])
  // Naive second implementation over the JSON form.
  const naive = (
    q: { kana?: string; kanji?: string; birthDate?: string; sex?: "male" | "female" },
    includeRemoved = false
  ) =>
    Registry.records(reg)
      .filter((r) => includeRemoved || r.state !== "removed")
      .filter((r) => q.sex === undefined || r.sex === q.sex)
      .filter((r) => q.birthDate === undefined || r.birthDate === q.birthDate)
      .filter(
        (r) =>
          q.kanji === undefined ||
          (r.name.kanji ?? r.name.alphabet ?? "")
            .replace(/[\s\u3000]/g, "")
            .startsWith(q.kanji.replace(/[\s\u3000]/g, ""))
      )
      .filter((r) => {
        if (q.kana === undefined) return true
        const k = r.kind === "japanese" ? r.name.kana : (r.name.katakana ?? r.name.kana)
        return (
          k !== undefined &&
          Text.searchKey(k)
            .replace(/[\s\u3000]/g, "")
            .startsWith(Text.searchKey(q.kana).replace(/[\s\u3000]/g, ""))
        )
      })
      .map((r) => r.atenaNumber)

  it("finds by 清音化 kana (ヤマダ ≡ やまだ ≡ ﾔﾏﾀﾞ), 生年月日 and 性別", () => {
    const yamada = naive({ kana: "ヤマダ" })
    expect(yamada.length).toBeGreaterThan(1)
    expect(search(reg, { kana: "やまだ" }).map((r) => r.atenaNumber)).toEqual(yamada)
    expect(search(reg, { kana: "ﾔﾏﾀﾞ" }).map((r) => r.atenaNumber)).toEqual(yamada)
    expect(search(reg, { kana: "ヤマダ" }).map((r) => r.atenaNumber)).toEqual(yamada)
    const j2 = japanese(2)
    expect(
      search(reg, { kanji: j2.name.kanji as string, birthDate: j2.birthDate, sex: j2.sex }).map((r) => r.atenaNumber)
    ).toEqual([atena(2)])
    expect(search(reg, { address: "丸の内二丁目" }).map((r) => r.atenaNumber)).toEqual([atena(5)])
  })
  it("除票 only with includeRemoved", () => {
    expect(search(reg, { kanji: japanese(7).name.kanji as string }).map((r) => r.atenaNumber)).toEqual(
      naive({ kanji: japanese(7).name.kanji as string })
    )
    expect(search(reg, { kanji: japanese(7).name.kanji as string }).map((r) => r.atenaNumber)).not.toContain(atena(7))
    expect(
      search(reg, { kanji: japanese(7).name.kanji as string }, { includeRemoved: true }).map((r) => r.atenaNumber)
    ).toContain(atena(7))
  })
  it("agrees with a naive filter for any query (property)", () => {
    const q = fc.record(
      {
        kana: fc.constantFrom("ヤ", "やまだ", "サトウ", "ス", "x"),
        kanji: fc.constantFrom("山田", "山田　花", "佐藤", "SMITH"),
        sex: fc.constantFrom("male" as const, "female" as const)
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(q, fc.boolean(), (query, inc) => {
        expect(search(reg, query, { includeRemoved: inc }).map((r) => r.atenaNumber)).toEqual(naive(query, inc))
      })
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Exact results (mutation testing: the optional items of 本人確認情報 and 統合宛名 and the search filters were
// reached but not asserted item by item).

describe("本人確認情報: every item (評価書 別添2(2))", () => {
  it("別添2(2): a 除票 with 方書, 町字コード, 従前の住所, 旧氏 and 旧住民票コード", () => {
    const r = japanese(1, {
      state: "removed",
      name: { kanji: "𠮷田　一郎", kana: "ヨシダ　イチロウ" },
      address: {
        municipalityCode: "131016",
        townCode: "0001",
        postalCode: "1000001",
        text: "東京都千代田区﨑町一丁目",
        katagaki: ""
      },
      previousAddress: { municipalityCode: "271276", text: "大阪府大阪市髙島町" },
      formerSurname: { kanji: "髙橋", kana: "タカハシ" }
    })
    expect(
      identityInfo(r, {
        jiyu: "death",
        changeDate: "2024-04-01",
        updateSequence: 3,
        oldResidentCode: "20000000099"
      })
    ).toStrictEqual({
      residentCode: r.residentCode,
      nameKanji: "𠮷田　一郎",
      nameGaiji: 1,
      nameKana: "ヨシダ　イチロウ",
      nameSeion: "ヨシタイチロウ",
      birthDate: r.birthDate,
      sex: r.sex,
      municipalityCode: "131016",
      townCode: "0001",
      postalCode: "1000001",
      address: "東京都千代田区﨑町一丁目",
      addressGaiji: 1,
      myNumber: r.myNumber,
      residentSince: r.residentSince,
      addressSince: r.addressSince,
      previousMunicipalityCode: "271276",
      previousAddress: "大阪府大阪市髙島町",
      previousAddressGaiji: 1,
      relationship: r.relationship,
      jiyu: "death",
      changeDate: "2024-04-01",
      updateSequence: 3,
      scheduled: false,
      removed: true,
      oldResidentCode: "20000000099",
      formerSurname: { kanji: "髙橋", gaiji: 1, kana: "タカハシ" }
    })
  })
  it("別添2(2): a 転出予定者 is scheduled; no 住民票コード is written empty; a foreign name without katakana uses its kana", () => {
    const {
      residentCode: _r,
      myNumber: _m,
      previousAddress: _p,
      ...rest
    } = foreigner(5, {
      state: "leaving",
      name: { kanji: "李　明", kana: "リ　ミン" },
      address: { municipalityCode: "131016", text: "東京都千代田区丸の内二丁目3番" }
    })
    const i = identityInfo(rest as never, { jiyu: "domestic-move-out", changeDate: "2024-04-01", updateSequence: 1 })
    expect(i).toMatchObject({
      residentCode: "",
      nameKanji: "李　明",
      nameKana: "リ　ミン",
      nameSeion: "リミン",
      scheduled: true,
      removed: false
    })
    for (const k of [
      "myNumber",
      "townCode",
      "postalCode",
      "previousAddress",
      "previousMunicipalityCode",
      "previousAddressGaiji",
      "filedOn",
      "oldResidentCode",
      "formerSurname"
    ])
      expect(i).not.toHaveProperty(k)
    // A 従前の住所 abroad has no 市町村コード; a 旧氏 without kana has none.
    const j = identityInfo(
      japanese(2, {
        previousAddress: { text: "UNITED KINGDOM", abroad: true } as never,
        formerSurname: { kanji: "佐藤" }
      }),
      {
        jiyu: "move-in-from-abroad",
        changeDate: "2024-04-01",
        updateSequence: 1
      }
    )
    expect([j.previousAddress, j.previousMunicipalityCode, j.previousAddressGaiji, j.formerSurname]).toStrictEqual([
      "UNITED KINGDOM",
      undefined,
      0,
      { kanji: "佐藤", gaiji: 0 }
    ])
    // No kana at all: no 振り仮名 items.
    const { kana: _k, ...noKana } = japanese(3).name
    const k = identityInfo(japanese(3, { name: noKana }), {
      jiyu: "birth",
      changeDate: "2024-04-01",
      updateSequence: 1
    })
    expect([k.nameKana, k.nameSeion, "nameKana" in k]).toStrictEqual([undefined, undefined, false])
    // No 漢字 or 英字 氏名: the name is empty.
    expect(
      identityInfo(japanese(4, { name: {} }), { jiyu: "birth", changeDate: "2024-04-01", updateSequence: 1 }).nameKanji
    ).toBe("")
  })
  it("fullAddress: 住所 and 方書 joined by a full-width space; an empty 方書 adds nothing", () => {
    const a = { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番" }
    expect(fullAddress({ address: a })).toBe("東京都千代田区千代田一丁目1番")
    expect(fullAddress({ address: { ...a, katagaki: "" } })).toBe("東京都千代田区千代田一丁目1番")
    expect(fullAddress({ address: { ...a, katagaki: "ハイツ101" } })).toBe("東京都千代田区千代田一丁目1番　ハイツ101")
  })
  it("清音化かな氏名 removes every kind of space, not only the first", () => {
    expect(seionKana("ヤマダ　タロウ ジ\tロウ")).toBe("ヤマタタロウシロウ")
  })
  it("統合宛名: the 4情報, 個人番号 and the optional 異動事由 and 更新日時 when given", () => {
    const r = japanese(1, { address: { ...japanese(1).address, katagaki: "ハイツ101" } })
    expect(
      integratedAtena(r, { integratedAtenaNumber: "I-1", jiyu: "move-within", updatedAt: "2024-04-01T09:00:00" })
    ).toStrictEqual({
      myNumber: r.myNumber,
      integratedAtenaNumber: "I-1",
      nameKanji: r.name.kanji,
      nameKana: r.name.kana,
      address: `${r.address.text}　ハイツ101`,
      birthDate: r.birthDate,
      sex: r.sex,
      businessAtenaNumber: r.atenaNumber,
      jiyu: "move-within",
      updatedAt: "2024-04-01T09:00:00"
    })
    const { myNumber: _m, ...f } = foreigner(5, { name: { alphabet: "SMITH JOHN" } })
    expect(integratedAtena(f as never, { integratedAtenaNumber: "I-2" })).toStrictEqual({
      integratedAtenaNumber: "I-2",
      nameKanji: "SMITH JOHN",
      address: foreigner(5).address.text,
      birthDate: f.birthDate,
      sex: f.sex,
      businessAtenaNumber: f.atenaNumber
    })
    expect(integratedAtena(japanese(2, { name: {} }), { integratedAtenaNumber: "I-3" }).nameKanji).toBe("")
  })
})

describe("4情報 search: each filter", () => {
  const reg = Registry.unsafeBuild({
    municipality: "131016",
    records: [
      japanese(3, { name: { kanji: "山田　一郎", kana: "ヤマダ　イチロウ" } }),
      japanese(1, {
        name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
        address: { ...ADDRESS_B, katagaki: "丸の内ハイツ１０１" }
      }),
      foreigner(5, { name: { alphabet: "SMITH JOHN", katakana: "スミス　ジョン" }, alias: { kanji: "須美寿　丈" } }),
      foreigner(6, { name: { alphabet: "LEE MING", kana: "リー　ミン" } }),
      {
        ...japanese(7, { name: { kanji: "山田　七子", kana: "ヤマダ　ナナコ" } }),
        state: "leaving",
        moveOut: { planned: { address: { municipalityCode: "271276", text: "大阪府" }, date: "2024-04-20" } }
      } as never
    ]
  })
  const ids = (q: Parameters<typeof search>[1], o?: Parameters<typeof search>[2]) =>
    search(reg, q, o).map((r) => r.atenaNumber)
  it("results are ordered by 宛名番号", () => {
    expect(ids({ kanji: "山田" })).toStrictEqual([atena(1), atena(3), atena(7)])
  })
  it("a 転出予定者 is found before the 転出予定日 and not on or after it (asOf), unless includeRemoved", () => {
    expect(ids({ kanji: "山田", kana: "ヤマダ" }, { asOf: "2024-04-19" })).toStrictEqual([atena(1), atena(3), atena(7)])
    expect(ids({ kanji: "山田" }, { asOf: "2024-04-20" })).toStrictEqual([atena(1), atena(3)])
    expect(ids({ kanji: "山田" }, { asOf: "2024-04-20", includeRemoved: true })).toStrictEqual([
      atena(1),
      atena(3),
      atena(7)
    ])
  })
  it("漢字 氏名 matches the 英字 氏名 and a foreign resident's 通称 by prefix, spaces and width ignored (NFKC)", () => {
    expect(ids({ kanji: "ＳＭＩＴＨ Ｊ" })).toStrictEqual([atena(5)])
    expect(ids({ kanji: "須美寿丈" })).toStrictEqual([atena(5)])
    expect(ids({ kanji: "JOHN" })).toStrictEqual([])
    expect(ids({ kanji: "山田 太" })).toStrictEqual([atena(1)])
  })
  it("kana matches a foreign resident's katakana, else kana; a person without kana never matches a kana query", () => {
    expect(ids({ kana: "すみす" })).toStrictEqual([atena(5)])
    expect(ids({ kana: "リー" })).toStrictEqual([atena(6)])
    const { kana: _k, ...bare } = japanese(8).name
    const noKana = Registry.unsafeBuild({ municipality: "131016", records: [japanese(8, { name: bare })] })
    expect(search(noKana, { kana: "" })).toStrictEqual([])
    expect(search(noKana, { kanji: "" }).map((r) => r.atenaNumber)).toStrictEqual([atena(8)])
  })
  it("住所 matches a part of 住所 and 方書, spaces and width ignored; 生年月日 and 性別 exactly", () => {
    expect(ids({ address: "丸の内 ハイツ101" })).toStrictEqual([atena(1)])
    expect(ids({ address: "丸の内二丁目" })).toStrictEqual([atena(1), atena(5), atena(6)])
    expect(ids({ birthDate: japanese(3).birthDate, sex: japanese(3).sex })).toStrictEqual([atena(3)])
    expect(ids({ birthDate: japanese(3).birthDate, sex: "female" })).toStrictEqual([])
    expect(ids({})).toStrictEqual([atena(1), atena(3), atena(5), atena(6), atena(7)])
  })
})

describe("本人確認情報 and search: items of the other kind of record are not read", () => {
  it("別添2(2): a Japanese record's 振り仮名 is its kana even when it also carries a カタカナ表記", () => {
    const r = japanese(1, { name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ", katakana: "ヤマダ" } })
    const i = identityInfo(r, { jiyu: "birth", changeDate: "2024-04-01", updateSequence: 1 })
    expect([i.nameKana, i.nameSeion]).toEqual(["ヤマダ　タロウ", "ヤマタタロウ"])
    const reg = Registry.unsafeBuild({ municipality: "131016", records: [r] })
    expect(search(reg, { kana: "ヤマダタ" }).map((x) => x.atenaNumber)).toEqual([atena(1)])
    expect(search(reg, { kana: "ヤマダ", kanji: "x" })).toEqual([])
  })
  it("住基法7条: a foreign record carrying a 旧氏, or a Japanese one carrying a 通称 (unchecked JSON), gives neither", () => {
    const f = { ...foreigner(5), formerSurname: { kanji: "髙橋" } } as never
    expect(identityInfo(f, { jiyu: "birth", changeDate: "2024-04-01", updateSequence: 1 })).not.toHaveProperty(
      "formerSurname"
    )
    const j = { ...japanese(1), alias: { kanji: "通称太郎" } } as never
    expect(search(Registry.unsafeBuild({ municipality: "131016", records: [j] }), { kanji: "通称" })).toEqual([])
  })
  it("統合宛名 and 本人確認情報 leave absent items out (no key with an undefined value)", () => {
    const { myNumber: _m, ...bare } = japanese(1, { name: { kanji: "山田　太郎" } })
    expect(Object.keys(integratedAtena(bare as never, { integratedAtenaNumber: "I-1" })).sort()).toEqual(
      ["address", "birthDate", "businessAtenaNumber", "integratedAtenaNumber", "nameKanji", "sex"].sort()
    )
    const i = identityInfo(japanese(2, { previousAddress: { text: "UNITED KINGDOM", abroad: true } as never }), {
      jiyu: "move-in-from-abroad",
      changeDate: "2024-04-01",
      updateSequence: 1
    })
    expect("previousMunicipalityCode" in i).toBe(false)
    const k = identityInfo(japanese(3, { formerSurname: { kanji: "佐藤" } }), {
      jiyu: "former-surname-entry",
      changeDate: "2024-04-01",
      updateSequence: 1
    })
    expect(Object.keys(k.formerSurname ?? {})).toEqual(["kanji", "gaiji"])
  })
})
