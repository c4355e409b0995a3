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
