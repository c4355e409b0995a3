// Committing an accepted 異動: the history row of each step, the indexes kept current, and the effects with their
// 更新順番号 (住基法30条の6 CS, 9条1項 転入通知, 入管法61条の8の2 市町村通知, 標準仕様書4.0.4 世帯主候補).
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import type { RecordInput, ResidentRecord } from "../models/index.js"
import type { Registry } from "../registry/index.js"
import * as R from "../registry/public.js"
import { leaveF5, moveIn, out } from "../test-utils/example-kit.js"
import {
  ADDRESS_C,
  atena,
  build,
  cardNumber,
  family,
  foreigner,
  FORMER,
  household,
  input,
  japanese,
  M,
  myNumber,
  residentCode
} from "../test-utils/fixtures.js"
import { apply } from "./index.js"

const ok = (r: ReturnType<typeof apply>) => {
  if (Result.isFailure(r)) throw new Error(r.failure.violations.map((v) => v.toString()).join("\n"))
  return r.success
}
/** The record after a 国籍の得喪 of `from` (令8条の2): `to` with the items the change carries over. */
const carriedOver = (from: ResidentRecord, to: ResidentRecord, extra: Partial<RecordInput> = {}): RecordInput =>
  ({
    ...input(to),
    address: from.address,
    birthDate: from.birthDate,
    sex: from.sex,
    relationship: from.relationship,
    householdNumber: from.householdNumber,
    addressSince: from.addressSince,
    previousAddress: from.previousAddress,
    residentCode: from.residentCode,
    myNumber: from.myNumber,
    ...extra
  }) as RecordInput
const lastRow = (reg: Registry, a: string) => R.getHistory(reg, a).at(-1)
const mod = (jiyu: Event.ModifyEvent["jiyu"], a: string, set: Event.RecordPatch, meta: Event.Meta = M) =>
  Event.modify({ jiyu, changes: [{ atenaNumber: a, set }], ...meta })

describe("commit: the history row (標準仕様書 履歴)", () => {
  it("標準仕様書4.0.6: the row carries the dates, 入力場所, 端末 and 備考 the event gives, and no key it does not", () => {
    const full = {
      changeDate: "2024-04-01",
      filedOn: "2024-04-05",
      appliedOn: "2024-04-04",
      noticeOn: "2024-04-03",
      requestedOn: "2024-04-02",
      processedOn: "2024-04-05",
      inputPlace: "本庁 市民課",
      inputTerminal: "T-01",
      remarks: "備考"
    }
    const r = ok(
      apply(
        build(family()),
        mod("authority-correction", atena(1), { welfare: { nationalHealthInsurance: true } }, full)
      )
    )
    const row = lastRow(r.registry, atena(1))
    expect(row).toMatchObject({ ...full, historyNumber: 2, jiyu: "authority-correction", byAuthority: false })
    expect(row?.snapshot).toEqual(R.getRecord(r.registry, atena(1)))
    const bare = ok(
      apply(
        build(family()),
        mod(
          "authority-correction",
          atena(1),
          { welfare: { nationalHealthInsurance: true } },
          { changeDate: "2024-04-01", processedOn: "2024-04-05" }
        )
      )
    )
    expect(Object.keys(lastRow(bare.registry, atena(1)) ?? {}).sort()).toEqual([
      "byAuthority",
      "changeDate",
      "historyNumber",
      "jiyu",
      "processedOn",
      "snapshot"
    ])
  })
  it("標準仕様書4.0.6: a 職権 event's row is 職権; a 転入通知's row is marked as the notice (9条1項)", () => {
    const reg = build(family())
    const d = ok(apply(reg, Event.death({ atenaNumber: atena(3), ...M })))
    expect(lastRow(d.registry, atena(3))?.byAuthority).toBe(true)
    expect(lastRow(d.registry, atena(3))?.operation).toBeUndefined()
    const out = ok(apply(reg, leaveF5()))
    const n = ok(
      apply(
        out.registry,
        Event.transferInNotice({
          atenaNumber: atena(5),
          address: FORMER,
          changeDate: "2024-04-21",
          processedOn: "2024-04-25"
        })
      )
    )
    expect([lastRow(n.registry, atena(5))?.operation, lastRow(n.registry, atena(5))?.historyNumber]).toEqual([
      "transfer-in-notice",
      3
    ])
  })
  it("標準仕様書4.0.6: a row is 職権 as its event is; only a 消除's row takes the 職権 of the 消除 (a late 転出 converted)", () => {
    // Filed on 04-05 for a 転出 on 03-01: late (住基法24条), converted to 職権.
    const late = out({ n: 3, changeDate: "2024-03-01" })
    const left = ok(apply(build(family()), late, { lateMoveOut: "convert" }))
    expect([
      lastRow(left.registry, atena(3))?.byAuthority,
      R.getRecord(left.registry, atena(3))?.removal?.byAuthority
    ]).toEqual([true, true])
    // The 転入通知 that confirms it is not a 職権 row: the 消除 it keeps is.
    const n = ok(
      apply(
        left.registry,
        Event.transferInNotice({
          atenaNumber: atena(3),
          address: FORMER,
          changeDate: "2024-03-01",
          processedOn: "2024-04-10"
        })
      )
    )
    expect([
      lastRow(n.registry, atena(3))?.byAuthority,
      R.getRecord(n.registry, atena(3))?.removal?.byAuthority
    ]).toEqual([false, true])
  })
})

describe("commit: indexes and 世帯", () => {
  it("番号法7条2項 / 住基法30条の3: a new 個人番号 or 住民票コード finds the person at once", () => {
    const reg = build(family())
    const mn = ok(apply(reg, mod("mynumber-change-request", atena(1), { myNumber: myNumber(71) })))
    expect(R.findByMyNumber(mn.registry, myNumber(71))).toBe(atena(1))
    const rc = ok(apply(reg, mod("resident-code-change-request", atena(1), { residentCode: residentCode(71) })))
    expect(R.findByResidentCode(rc.registry, residentCode(71))).toBe(atena(1))
  })
  it("住基法30条の45: a new 在留カード番号 finds the foreign resident at once", () => {
    const f5 = foreigner(5)
    const status = { ...f5.status, cardNumber: cardNumber(75) } as typeof f5.status
    const r = ok(apply(build(family()), mod("authority-correction", atena(5), { status }, { ...M, byAuthority: true })))
    expect(R.findByCardNumber(r.registry, cardNumber(75))).toBe(atena(5))
  })
  it("住基法7条: a changed 氏名, 生年月日 or 性別 finds the person by the new 3情報", () => {
    const reg = build(family())
    for (const set of [
      { name: { kanji: "山田　次郎", kana: "ヤマダ　ジロウ" } },
      { birthDate: "1951-02-12" },
      { sex: "female" as const }
    ]) {
      const r = ok(apply(reg, mod("authority-correction", atena(1), set, { ...M, byAuthority: true })))
      const now = R.getRecord(r.registry, atena(1))
      expect(now && R.findByThreeInfo(r.registry, now), JSON.stringify(set)).toContain(atena(1))
    }
  })
  it("住基法6条: a person moving to another 世帯 leaves the old one; a 除票 leaves its 世帯 (the 世帯 index too)", () => {
    const reg = build(family())
    // The index itself, not only what getHousehold filters out of it through the records.
    const index = (r: Registry, ...hs: ReadonlyArray<string>) => hs.map((h) => r.households.get(h))
    expect(index(reg, household(1), household(2))).toEqual([[atena(1), atena(2), atena(3)], [atena(5)]])
    const moved = ok(
      apply(
        reg,
        Event.moveWithin({
          persons: [{ atenaNumber: atena(3), relationship: "世帯主" }],
          address: ADDRESS_C,
          householdNumber: household(9),
          ...M
        })
      )
    )
    expect(R.getHousehold(moved.registry, household(1))?.members).toEqual([atena(1), atena(2)])
    expect(R.getHousehold(moved.registry, household(9))?.members).toEqual([atena(3)])
    expect(index(moved.registry, household(1), household(9))).toEqual([[atena(1), atena(2)], [atena(3)]])
    const dead = ok(apply(reg, Event.death({ atenaNumber: atena(3), ...M })))
    expect(R.getHousehold(dead.registry, household(1))?.members).toEqual([atena(1), atena(2)])
    expect(index(dead.registry, household(1))).toEqual([[atena(1), atena(2)]])
    // The last member leaving takes the 世帯 out of the index.
    const gone = ok(apply(reg, Event.death({ atenaNumber: atena(5), ...M })))
    expect(gone.registry.households.has(household(2))).toBe(false)
    // A 修正 within the 世帯 keeps the member's place in it (the 世帯主 stays first).
    const fixed = ok(apply(reg, mod("authority-correction", atena(1), { sex: "female" }, { ...M, byAuthority: true })))
    expect(index(fixed.registry, household(1))).toEqual([[atena(1), atena(2), atena(3)]])
  })
  it("住基法30条の45: a record that turns foreign finds its 在留カード番号 at once (commit indexes a change of kind)", () => {
    // The carry-over rule is switched off so the new foreign record may hold a card of its own.
    const record = carriedOver(japanese(1), foreigner(1), { foreignResidentSince: M.changeDate })
    const e = Event.nationalityChange({ direction: "loss", record, ...M })
    const r = ok(apply(build(family()), e, { disable: ["records.nationality.carry-over"] }))
    expect(R.findByCardNumber(r.registry, cardNumber(1))).toBe(atena(1))
  })
})

describe("commit: effects in 異動 order with their 更新順番号", () => {
  it("住基法30条の6: every effect gets the next 更新順番号, continuing the registry's", () => {
    const reg = build(family())
    const a = ok(apply(reg, moveIn({ records: [input(japanese(9, { householdNumber: household(9) }))], ...M })))
    expect(a.effects.map((e) => e.sequence)).toEqual(a.effects.map((_, i) => reg.sequence + i + 1))
    expect(a.registry.sequence).toBe(reg.sequence + a.effects.length)
    const b = ok(apply(a.registry, Event.death({ atenaNumber: atena(3), ...M })))
    expect(b.effects[0]?.sequence).toBe(a.registry.sequence + 1)
  })
  it("住基法30条の6: a change of 住民票コード sends the old code with the CS update", () => {
    const r = ok(
      apply(build(family()), mod("resident-code-change-request", atena(1), { residentCode: residentCode(71) }))
    )
    const cs = r.effects.find((e) => e.type === "cs-update")
    expect(cs?.type === "cs-update" && [cs.identity.residentCode, cs.identity.oldResidentCode]).toEqual([
      residentCode(71),
      residentCode(1)
    ])
    const other = ok(
      apply(build(family()), mod("authority-correction", atena(1), { sex: "female" }, { ...M, byAuthority: true }))
    )
    const cs2 = other.effects.find((e) => e.type === "cs-update")
    expect(cs2?.type === "cs-update" && "oldResidentCode" in cs2.identity).toBe(false)
  })
  it("住基法9条1項: a 国内転入 sends the 転入通知 to the former 市町村; a 国外転入 does not", () => {
    const j9 = japanese(9, { householdNumber: household(9) })
    const dom = ok(apply(build([]), moveIn({ records: [input(j9)], ...M })))
    expect(dom.effects.filter((e) => e.type === "transfer-in-notice")).toEqual([
      {
        type: "transfer-in-notice",
        sequence: 2,
        atenaNumber: atena(9),
        toMunicipality: FORMER.municipalityCode,
        moveInDate: M.changeDate
      }
    ])
    const abroad = ok(
      apply(
        build([]),
        moveIn({ records: [input(foreigner(9, { householdNumber: household(9) }))], from: "abroad", ...M })
      )
    )
    expect(abroad.effects.map((e) => e.type)).not.toContain("transfer-in-notice")
  })
  it("入管法61条の8の2: a foreign resident's 記載 and 修正 of a 基本情報 are notified on the 処理日; a Japanese resident's are not", () => {
    const f9 = foreigner(9, { householdNumber: household(9) })
    const created = ok(apply(build([]), moveIn({ records: [input(f9)], from: "abroad", ...M })))
    expect(created.effects.filter((e) => e.type === "immigration-notice")).toEqual([
      {
        type: "immigration-notice",
        sequence: 2,
        atenaNumber: atena(9),
        jiyu: "move-in-from-abroad",
        changeDate: M.changeDate,
        sendOn: M.processedOn
      }
    ])
    const j9 = japanese(9, { householdNumber: household(9) })
    const jp = ok(apply(build([]), moveIn({ records: [input(j9)], ...M })))
    expect(jp.effects.map((e) => e.type)).not.toContain("immigration-notice")
    const reg = build(family())
    const renamed = ok(
      apply(
        reg,
        mod("authority-correction", atena(5), { name: { alphabet: "SMITH JACK" } }, { ...M, byAuthority: true })
      )
    )
    expect(renamed.effects.map((e) => e.type)).toContain("immigration-notice")
    const welfare = ok(
      apply(
        reg,
        mod(
          "authority-correction",
          atena(5),
          { welfare: { nationalHealthInsurance: true } },
          { ...M, byAuthority: true }
        )
      )
    )
    expect(welfare.effects.map((e) => e.type)).not.toContain("immigration-notice")
    const jpName = ok(apply(reg, mod("authority-correction", atena(1), { sex: "female" }, { ...M, byAuthority: true })))
    expect(jpName.effects.map((e) => e.type)).not.toContain("immigration-notice")
  })
  it("入管法61条の8の2: a 修正 of a 基本情報 together with items that are not notified (国保) is still notified", () => {
    const r = ok(
      apply(
        build(family()),
        mod(
          "authority-correction",
          atena(5),
          { name: { alphabet: "SMITH JACK" }, welfare: { nationalHealthInsurance: true } },
          { ...M, byAuthority: true }
        )
      )
    )
    expect(r.effects.filter((e) => e.type === "immigration-notice").map((e) => e.atenaNumber)).toEqual([atena(5)])
  })
  it("入管法61条の8の2: the 取消し of a 帰化's 記載 turns the record back into the foreign 住民票, which is notified", () => {
    const f = foreigner(5)
    const next = carriedOver(f, japanese(5), { residentSince: f.foreignResidentSince })
    const acq = ok(apply(build(family()), Event.nationalityChange({ direction: "acquisition", record: next, ...M })))
    const c = ok(
      apply(
        acq.registry,
        Event.cancel({ atenaNumbers: [atena(5)], changeDate: "2024-04-05", processedOn: "2024-04-06" })
      )
    )
    expect(R.getRecord(c.registry, atena(5))).toMatchObject({ kind: "foreign", state: "removed" })
    expect(c.effects.filter((e) => e.type === "immigration-notice")).toEqual([
      {
        type: "immigration-notice",
        sequence: acq.registry.sequence + 2,
        atenaNumber: atena(5),
        jiyu: "cancel-decrease",
        changeDate: "2024-04-05",
        sendOn: "2024-04-06"
      }
    ])
  })
  it("入管法61条の8の2: the 取消し of a 国籍喪失's 記載 消除s the foreign 住民票 again, which is notified", () => {
    const j1 = japanese(1)
    const next = carriedOver(j1, foreigner(1), {
      foreignResidentSince: M.changeDate,
      status: { kubun: "transitional-nationality-loss" }
    } as Partial<RecordInput>)
    const loss = ok(apply(build([j1]), Event.nationalityChange({ direction: "loss", record: next, ...M })))
    const c = ok(
      apply(
        loss.registry,
        Event.cancel({ atenaNumbers: [atena(1)], changeDate: "2024-04-05", processedOn: "2024-04-06" })
      )
    )
    expect(R.getRecord(c.registry, atena(1))).toMatchObject({ kind: "japanese", state: "removed" })
    expect(c.effects.filter((e) => e.type === "immigration-notice").map((e) => [e.atenaNumber, e.jiyu])).toEqual([
      [atena(1), "cancel-decrease"]
    ])
  })
  it("入管法61条の8の2: a 転出 already made when it is processed is notified on the 処理日, not on the 転出日", () => {
    const r = ok(apply(build(family()), Event.moveOut({ atenaNumbers: [atena(5)], destination: FORMER, ...M })))
    expect(r.effects.find((e) => e.type === "immigration-notice")).toMatchObject({
      changeDate: "2024-04-01",
      sendOn: "2024-04-05"
    })
  })
  it("住基法9条1項: a 改製 records the person anew but sends no 転入通知 (only a 国内転入 does)", () => {
    const r = ok(apply(build(family()), Event.reissue({ atenaNumber: atena(1), ...M })))
    expect(r.effects.map((e) => [e.type, "jiyu" in e ? e.jiyu : ""])).toEqual([
      ["cs-update", "reissue-removal"],
      ["atena-update", "reissue-removal"],
      ["cs-update", "reissue-entry"],
      ["atena-update", "reissue-entry"]
    ])
  })
  it("標準仕様書4.0.4: a 世帯主 leaving one member behind proposes that member; leaving none or two proposes nobody", () => {
    const two = build([japanese(1), japanese(2, { relationship: "妻" })])
    const r = ok(apply(two, Event.death({ atenaNumber: atena(1), ...M })))
    expect(r.effects.filter((e) => e.type === "head-candidate")).toEqual([
      { type: "head-candidate", sequence: r.effects.length, householdNumber: household(1), atenaNumber: atena(2) }
    ])
    const alone = ok(apply(build([japanese(1)]), Event.death({ atenaNumber: atena(1), ...M })))
    expect(alone.effects.map((e) => e.type)).not.toContain("head-candidate")
    // A member (not the 世帯主) leaving proposes nobody.
    const member = ok(apply(two, Event.death({ atenaNumber: atena(2), ...M })))
    expect(member.effects.map((e) => e.type)).not.toContain("head-candidate")
  })
  it("標準仕様書4.0.4: a 世帯主 leaving together with a member proposes the one left; leaving two behind proposes nobody", () => {
    const reg = build(family())
    const both = ok(apply(reg, Event.moveOut({ atenaNumbers: [atena(3), atena(1)], destination: FORMER, ...M })))
    expect(both.effects.filter((e) => e.type === "head-candidate")).toEqual([
      { type: "head-candidate", sequence: both.registry.sequence, householdNumber: household(1), atenaNumber: atena(2) }
    ])
    const ack = ["records.household.head-leaves"]
    const two = ok(
      apply(reg, { ...Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M }), acknowledged: ack })
    )
    expect(two.effects.map((e) => e.type)).toEqual(["cs-update", "atena-update"])
  })
})
