import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import { getRecord } from "../registry/index.js"
import { build, cardNumber, foreigner, japanese, movedOut } from "../test-utils/fixtures.js"
import * as Inbound from "./index.js"

const F5 = foreigner(5)
const subject5 = {
  cardNumber: cardNumber(5),
  name: { alphabet: "SMITH JOHN5" },
  birthDate: "1990-05-05",
  sex: "male",
  nationality: "英国"
}
const renewal = {
  source: "immigration",
  receivedOn: "2024-05-21",
  occurredOn: "2024-05-20",
  reason: "period-renewal",
  subject: subject5,
  status: {
    kubun: "mid-to-long-term",
    statusOfResidence: "技術・人文知識・国際業務",
    periodOfStay: "5年",
    expiryDate: "2029-05-31",
    cardNumber: cardNumber(95)
  }
}
const J1 = japanese(1)
const marriage = {
  source: "koseki",
  receivedOn: "2024-06-10",
  occurredOn: "2024-06-01",
  reason: "marriage",
  subject: {
    honseki: { place: "東京都千代田区千代田一丁目1番", head: "山田　花子" },
    name: { kanji: "山田　花子" },
    birthDate: J1.birthDate
  },
  changes: { honseki: { kind: "registered", place: "大阪府大阪市北区梅田一丁目1番", head: "山田　花子" } }
}
const codes = (o: Inbound.Outcome) => o.violations.map((v) => v.code).sort()

describe("Inbound.decode", () => {
  it("住基法30条の50: a well-formed 在留期間更新 notice decodes", () => {
    expect(Result.isSuccess(Inbound.decode(renewal))).toBe(true)
  })
  it("returns every problem at once, each with its path, and never throws", () => {
    const r = Inbound.decode({
      ...renewal,
      receivedOn: "2024-02-30",
      occurredOn: "x",
      status: undefined,
      cardNumber: "AB00000001CD"
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.every((e) => e.code === "records.inbound.malformed")).toBe(true)
      expect(r.failure.map((e) => e.field).sort()).toEqual(["cardNumber", "occurredOn", "receivedOn", "status"])
    }
    for (const u of [null, 1, "x", [], {}, { source: "immigration" }, { source: "koseki", subject: 1 }])
      expect(Result.isFailure(Inbound.decode(u))).toBe(true)
  })
  it("unknown keys and wrong types are reported without quoting the values", () => {
    const r = Inbound.decode({ ...renewal, color: "red", subject: { ...subject5, sex: "AB00000005CD" } })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.length).toBeGreaterThanOrEqual(2)
      expect(JSON.stringify(r.failure.map((e) => [e.messageIn("ja"), e.messageIn("en")]))).not.toContain("AB00000005CD")
    }
  })
  it("住基法9条2項: a 死亡 notice may not carry changes; a 婚姻 notice needs them", () => {
    expect(Result.isFailure(Inbound.decode({ ...marriage, reason: "death" }))).toBe(true)
    expect(Result.isFailure(Inbound.decode({ ...marriage, changes: undefined }))).toBe(true)
    const { changes: _c, ...death } = marriage
    expect(Result.isSuccess(Inbound.decode({ ...death, reason: "death" }))).toBe(true)
  })
})

describe("Inbound.process (examples)", () => {
  it("住基法30条の50 / 評価書II3 情報の突合: 在留期間更新 matched by 在留カード等番号 and 基本情報 proposes an accepted 職権修正", () => {
    const reg = build([J1, F5])
    const out = Inbound.process(reg, renewal)
    expect(out.accepted).toBe(true)
    expect(out.match?.outcome).toBe("exact")
    expect(out.match?.atenaNumber).toBe(F5.atenaNumber)
    expect(out.proposals).toHaveLength(1)
    const p = out.proposals[0]
    expect(p?.accepted).toBe(true)
    expect(p?.event).toMatchObject({
      type: "modify",
      jiyu: "authority-correction",
      byAuthority: true,
      changeDate: "2024-05-20",
      noticeOn: "2024-05-21"
    })
    // Nothing was applied: the registry still holds the old period.
    expect(getRecord(reg, F5.atenaNumber)).toEqual(F5)
    const applied = apply(reg, p!.event)
    expect(Result.isSuccess(applied)).toBe(true)
    if (Result.isSuccess(applied))
      expect((getRecord(applied.success.registry, F5.atenaNumber) as typeof F5).status).toEqual(renewal.status)
  })
  it("住基法30条の50: 出国 proposes a 職権消除 on the day it happened", () => {
    const { status: _s, ...departure } = renewal
    const out = Inbound.process(build([J1, F5]), { ...departure, reason: "departure" })
    expect(out.accepted).toBe(true)
    expect(out.proposals[0]?.event).toMatchObject({
      type: "remove",
      jiyu: "authority-removal",
      changeDate: "2024-05-20"
    })
  })
  it("評価書II3 情報の突合: a card number that belongs to someone else is a conflict, never guessed", () => {
    const other = foreigner(6, { householdNumber: F5.householdNumber, relationship: "同居人" })
    const out = Inbound.process(build([F5, other]), { ...renewal, subject: { ...subject5, cardNumber: cardNumber(6) } })
    expect(out.match?.outcome).toBe("ambiguous")
    expect(codes(out)).toEqual(["records.inbound.card-number-conflict"])
    expect(out.proposals).toEqual([])
    expect(out.violations[0]?.messageIn("ja")).not.toContain(cardNumber(6))
  })
  it("評価書II3 情報の突合: a 氏名 that differs from the card holder's is a mismatch", () => {
    const out = Inbound.process(build([F5]), {
      ...renewal,
      subject: { ...subject5, name: { alphabet: "SMYTHE JOHN" } }
    })
    expect(out.match?.outcome).toBe("none")
    expect(codes(out)).toEqual(["records.inbound.item-mismatch"])
  })
  it("住基法30条の45: 在留期間更新 for a 特別永住者 does not fit the 区分", () => {
    const sp = foreigner(5, { status: { kubun: "special-permanent", certificateNumber: cardNumber(5) } })
    const out = Inbound.process(build([sp]), renewal)
    expect(out.match?.outcome).toBe("exact")
    expect(codes(out)).toEqual(["records.inbound.status-mismatch"])
  })
  it("住基法8条: a notice for a person already removed (除票) proposes nothing", () => {
    const out = Inbound.process(build([movedOut(F5)]), renewal)
    expect(codes(out)).toEqual(["records.inbound.not-resident"])
  })
  it("住基法9条2項: 婚姻 notice matched by 本籍・筆頭者, 氏名 and 生年月日 proposes a 職権修正 of 本籍", () => {
    const out = Inbound.process(build([J1, japanese(2, { relationship: "妻" })]), marriage)
    expect(out.accepted).toBe(true)
    expect(out.proposals[0]?.accepted).toBe(true)
    expect(out.proposals[0]?.event).toMatchObject({ type: "modify", jiyu: "authority-correction" })
  })
  it("住基法9条2項: two residents with the same 本籍, 氏名 and 生年月日 are ambiguous", () => {
    const twin = japanese(9, {
      name: J1.name,
      birthDate: J1.birthDate,
      honseki: J1.honseki,
      householdNumber: "8000000037",
      sex: J1.sex
    })
    const out = Inbound.process(build([J1, twin]), marriage)
    expect(out.match?.outcome).toBe("ambiguous")
    expect(codes(out)).toEqual(["records.inbound.ambiguous"])
  })
  it("住基法9条2項 / 戸籍法86条: 死亡 notice proposes a 死亡 消除", () => {
    const { changes: _c, ...death } = marriage
    const out = Inbound.process(build([J1]), { ...death, reason: "death" })
    expect(out.proposals[0]?.event).toMatchObject({ type: "remove", jiyu: "death" })
    expect(out.proposals[0]?.accepted).toBe(true)
  })
  it("a notice the registry already reflects proposes nothing (upToDate)", () => {
    const reg = build([F5])
    const out = Inbound.process(reg, { ...renewal, status: F5.status })
    expect(out).toMatchObject({ accepted: true, upToDate: true, proposals: [] })
  })
})

describe("Inbound messages", () => {
  it("every violation of the inbound examples renders in ja and en with every placeholder filled and no identifier", async () => {
    const { examples } = await import("../rules/inbound.examples.js")
    const { fromJSON } = await import("../registry/load.js")
    let seen = 0
    for (const ex of examples) {
      if (ex.kind !== "function") continue
      const reg = fromJSON(JSON.parse(JSON.stringify(ex.args[0])))
      if (Result.isFailure(reg)) throw new Error(`example registry invalid: ${ex.description}`)
      const out = Inbound.process(reg.success, JSON.parse(JSON.stringify(ex.args[1])))
      for (const v of out.violations) {
        seen++
        for (const lang of ["ja", "en"] as const) expect(v.messageIn(lang), `${v.code} ${lang}`).not.toMatch(/\{\w+\}/)
        expect(JSON.stringify(v.params), v.code).not.toMatch(/\d{8,}/)
      }
    }
    expect(seen).toBeGreaterThanOrEqual(15)
  })
})
