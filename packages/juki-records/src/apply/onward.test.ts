// onwardEffects for single steps: which 附票 notice (住基法19条1項), 統合宛名 update (seed 統合基盤) and 送付先情報
// (番号法7条) a step sends, with the items written out by hand.
import { describe, expect, it } from "vitest"
import type { IdouJiyu } from "../jiyu/index.js"
import type { ResidentRecord } from "../models/index.js"
import type { Step } from "../rules/types.js"
import { ADDRESS_A, ADDRESS_C, foreigner, japanese } from "../test-utils/fixtures.js"
import { atenaItems, fuhyoItems, onwardEffects } from "./onward.js"

const step = (op: Step["op"], jiyu: IdouJiyu, before: ResidentRecord | undefined, after: ResidentRecord): Step => ({
  atenaNumber: after.atenaNumber,
  path: [],
  jiyu,
  op,
  before,
  after,
  changed: undefined
})
const types = (s: Step) => onwardEffects(s, { changeDate: "2024-04-01" }).map((x) => x.type)
const J = japanese(1)
const F = foreigner(5)
const HONSEKI = { place: "東京都千代田区千代田一丁目1番", head: "山田　花子" }

describe("onwardEffects: 戸籍の附票 記載事項通知 (住基法19条1項)", () => {
  it("住基法19条1項: a 記載 of a Japanese resident with a 本籍 sends the notice with the 附票 items", () => {
    const [fuhyo] = onwardEffects(step("create", "domestic-move-in", undefined, J), { changeDate: "2024-04-01" })
    expect(fuhyo).toEqual({
      type: "koseki-fuhyo-notice",
      atenaNumber: J.atenaNumber,
      jiyu: "domestic-move-in",
      changeDate: "2024-04-01",
      honseki: HONSEKI,
      items: {
        name: "山田　花子",
        address: ADDRESS_A.text,
        addressSince: J.addressSince,
        birthDate: J.birthDate,
        sex: J.sex,
        residentCode: J.residentCode,
        state: "current"
      }
    })
  })
  it("住基法19条1項: no notice for a 転入通知, for 国内転出・死亡・国籍喪失・改製・再製, or without a registered 本籍", () => {
    expect(types(step("notice", "domestic-move-out", J, { ...J, state: "removed" }))).not.toContain(
      "koseki-fuhyo-notice"
    )
    for (const jiyu of [
      "domestic-move-out",
      "death",
      "authority-removal-nationality-loss",
      "reissue-removal",
      "remake-removal",
      "reissue-entry",
      "remake-entry"
    ] as const)
      expect(types(step("remove", jiyu, J, { ...J, state: "removed" })), jiyu).not.toContain("koseki-fuhyo-notice")
    expect(types(step("create", "move-in-from-abroad", undefined, F))).not.toContain("koseki-fuhyo-notice")
    const none = japanese(1, { honseki: { kind: "none" } })
    expect(types(step("create", "birth", undefined, none))).not.toContain("koseki-fuhyo-notice")
  })
  it("住基法17条・19条1項: a 修正 sends the notice when a 附票 item changes or the 本籍 is newly registered; not otherwise", () => {
    expect(
      types(step("modify", "authority-correction", J, { ...J, address: { ...ADDRESS_A, katagaki: "山田方" } }))
    ).toContain("koseki-fuhyo-notice")
    expect(types(step("modify", "authority-correction", J, { ...J, remarks: "x" }))).not.toContain(
      "koseki-fuhyo-notice"
    )
    const unknown = japanese(1, { honseki: { kind: "unknown" } })
    expect(types(step("modify", "authority-correction", unknown, J))).toContain("koseki-fuhyo-notice")
    expect(types(step("modify", "move-within", J, { ...J, address: ADDRESS_C, addressSince: "2024-04-01" }))).toContain(
      "koseki-fuhyo-notice"
    )
  })
  it("住基法17条: the 附票 items omit an absent 住民票コード and join the 方書 to the 住所", () => {
    const { residentCode: _r, ...noCode } = J
    const r = { ...noCode, address: { ...ADDRESS_A, katagaki: "山田方" } } as ResidentRecord
    expect(fuhyoItems(r)).toEqual({
      name: "山田　花子",
      address: `${ADDRESS_A.text}　山田方`,
      addressSince: J.addressSince,
      birthDate: J.birthDate,
      sex: J.sex,
      state: "current"
    })
    expect("residentCode" in fuhyoItems(r)).toBe(false)
  })
  it("住基法17条: a Japanese resident recorded without a 漢字氏名 has an empty 附票 氏名, and an unchanged one sends nothing", () => {
    const { kanji: _k, ...kanaOnly } = J.name
    const noKanji = { ...J, name: kanaOnly } as ResidentRecord
    expect(fuhyoItems(noKanji).name).toBe("")
    expect(types(step("modify", "authority-correction", noKanji, { ...noKanji, remarks: "x" }))).toEqual([])
  })
})

describe("onwardEffects: 統合宛名 (seed 別添2 統合基盤システム)", () => {
  it("seed 別添2: a new record and a changed 宛名 item are sent; an unchanged one is not", () => {
    expect(types(step("create", "birth", undefined, J))).toContain("atena-update")
    expect(types(step("modify", "authority-correction", J, { ...J, remarks: "x" }))).not.toContain("atena-update")
    expect(types(step("modify", "authority-correction", J, { ...J, sex: "female" }))).toContain("atena-update")
  })
  it("seed 別添2: 宛名 items of a Japanese resident (漢字・カナ氏名) and of a foreign resident (alphabet, katakana)", () => {
    expect(atenaItems(J)).toEqual({
      myNumber: J.myNumber,
      nameKanji: "山田　花子",
      nameKana: "ヤマダ　ハナコ",
      address: ADDRESS_A.text,
      birthDate: J.birthDate,
      sex: J.sex,
      state: "current"
    })
    expect(atenaItems(F)).toEqual({
      myNumber: F.myNumber,
      nameKanji: "SMITH JOHN5",
      nameKana: "スミス　ジョン",
      address: F.address.text,
      birthDate: F.birthDate,
      sex: F.sex,
      state: "current"
    })
    const { myNumber: _m, ...noNumber } = F
    const bare = { ...noNumber, name: { kanji: "李　明", kana: "リ　メイ" } } as ResidentRecord
    expect(atenaItems(bare)).toEqual({
      nameKanji: "李　明",
      nameKana: "リ　メイ",
      address: F.address.text,
      birthDate: F.birthDate,
      sex: F.sex,
      state: "current"
    })
    const nameless = { ...J, name: {} } as ResidentRecord
    expect(atenaItems(nameless).nameKanji).toBe("")
    expect("nameKana" in atenaItems(nameless)).toBe(false)
  })
  it("seed 別添2: the カナ氏名 is a foreign resident's カタカナ表記 and a Japanese resident's 振り仮名 (a stray カタカナ is not sent)", () => {
    const { myNumber: _m, ...noNumber } = F
    expect("myNumber" in atenaItems(noNumber as ResidentRecord)).toBe(false)
    const both = { ...F, name: { ...F.name, kana: "スミス" } } as ResidentRecord
    expect(atenaItems(both).nameKana).toBe("スミス　ジョン")
    const stray = { ...J, name: { ...J.name, katakana: "ヤマダ　ハナ" } } as ResidentRecord
    expect(atenaItems(stray).nameKana).toBe("ヤマダ　ハナコ")
    // A change of the カタカナ表記 alone is a change of the 統合宛名 for a foreign resident, and none for a Japanese one.
    const renamed = { ...F, name: { ...F.name, katakana: "スミス　ジャック" } } as ResidentRecord
    expect(types(step("modify", "authority-correction", F, renamed))).toEqual(["atena-update"])
    expect(types(step("modify", "authority-correction", J, stray))).toEqual([])
  })
})

describe("onwardEffects: 送付先情報 (番号法7条)", () => {
  const reason = (s: Step) => {
    const d = onwardEffects(s, { changeDate: "2024-04-01" }).find((x) => x.type === "delivery-info-due")
    return d?.type === "delivery-info-due" ? d.reason : undefined
  }
  const { myNumber: _m, ...noNumberJ } = J
  const without = noNumberJ as ResidentRecord
  it("番号法7条1項: a 出生 記載 with a 個人番号 designates it; another 記載, or one without a number, does not", () => {
    expect(reason(step("create", "birth", undefined, J))).toBe("designated")
    expect(reason(step("create", "domestic-move-in", undefined, J))).toBeUndefined()
    expect(reason(step("create", "birth", undefined, without))).toBeUndefined()
    expect(reason(step("create", "birth", undefined, { ...J, myNumber: "" } as ResidentRecord))).toBeUndefined()
  })
  it("番号法7条1項・2項: a 修正 giving a number designates it, one changing it changes it; a 取消し or a 消除 does neither", () => {
    expect(reason(step("modify", "mynumber-authority-entry", without, J))).toBe("designated")
    expect(reason(step("modify", "mynumber-authority-entry", { ...J, myNumber: "" } as ResidentRecord, J))).toBe(
      "designated"
    )
    const other = { ...J, myNumber: "123456789018" } as ResidentRecord
    expect(reason(step("modify", "mynumber-change-request", other, J))).toBe("changed")
    expect(reason(step("modify", "authority-correction", J, { ...J, remarks: "x" }))).toBeUndefined()
    expect(reason(step("modify", "cancel-modification", other, J))).toBeUndefined()
    expect(reason(step("remove", "death", J, { ...J, state: "removed" }))).toBeUndefined()
  })
  it("番号法7条: the 送付先情報 follow the record (通知 to the person)", () => {
    const d = onwardEffects(step("create", "birth", undefined, J), { changeDate: "2024-04-01" }).find(
      (x) => x.type === "delivery-info-due"
    )
    expect(d).toMatchObject({
      type: "delivery-info-due",
      atenaNumber: J.atenaNumber,
      jiyu: "birth",
      changeDate: "2024-04-01",
      reason: "designated",
      person: { myNumber: J.myNumber, residentCode: J.residentCode, birthDate: J.birthDate, sex: J.sex }
    })
  })
})
