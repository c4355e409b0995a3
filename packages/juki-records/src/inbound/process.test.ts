// Inbound.process / propose: the 職権 event each notice proposes (住基法30条の50, 9条2項; 標準仕様書 職権修正・職権消除),
// written out in full, and what the outcome says when none is proposed.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import type * as Event from "../events/index.js"
import type { ForeignRecord } from "../models/index.js"
import { build, cardNumber, foreigner, household, japanese } from "../test-utils/fixtures.js"
import type { Match } from "./match.js"
import type { ImmigrationNotice, KosekiNotice } from "./notice.js"
import { process, propose } from "./process.js"

const F5 = foreigner(5, { householdNumber: household(5) })
const subject5 = {
  cardNumber: cardNumber(5),
  name: { alphabet: "SMITH JOHN5" },
  birthDate: "1990-05-05",
  sex: "male" as const,
  nationality: "英国"
}
const base = { source: "immigration" as const, receivedOn: "2024-05-21", occurredOn: "2024-05-20", subject: subject5 }
const newStatus = {
  kubun: "mid-to-long-term" as const,
  statusOfResidence: "経営・管理",
  periodOfStay: "5年",
  expiryDate: "2029-05-31",
  cardNumber: cardNumber(95)
}
const J1 = japanese(1, { householdNumber: household(1) })
const kos = (o: Partial<KosekiNotice> = {}): KosekiNotice => ({
  source: "koseki",
  receivedOn: "2024-06-10",
  occurredOn: "2024-06-01",
  reason: "death",
  subject: {
    honseki: { place: "東京都千代田区千代田一丁目1番", head: J1.name.kanji as string },
    name: { kanji: J1.name.kanji as string },
    birthDate: J1.birthDate
  },
  ...o
})
const correction = (atenaNumber: string, set: Event.RecordPatch, meta: Record<string, string>) => ({
  type: "modify",
  jiyu: "authority-correction",
  changes: [{ atenaNumber, set, baseHistoryNumber: 1 }],
  byAuthority: true,
  ...meta
})
const immMeta = (reasonJa: string, id = "") => ({
  changeDate: "2024-05-20",
  processedOn: "2024-05-21",
  noticeOn: "2024-05-21",
  remarks: `住基法30条の50通知（${reasonJa}）${id}`
})

describe("Inbound.process: 住基法30条の50 notices propose a 職権修正 or 職権消除", () => {
  it("住基法30条の50: 在留期間更新 proposes the new status as a 職権修正 (dates of the notice, its number in 備考)", () => {
    const out = process(build([F5]), { ...base, noticeId: "N-1", reason: "period-renewal", status: newStatus })
    expect(out.proposals.map((p) => p.event)).toEqual([
      correction(F5.atenaNumber, { status: newStatus }, immMeta("在留期間更新", " 通知番号 N-1"))
    ])
    expect([out.accepted, out.upToDate, out.violations, out.proposals[0]?.accepted]).toEqual([true, false, [], true])
  })
  it("住基法30条の50: 在留カード等の再交付 replaces the card number of a 中長期在留者 and the 証明書番号 of a 特別永住者", () => {
    const card = cardNumber(96)
    const out = process(build([F5]), { ...base, reason: "card-reissue", cardNumber: card })
    expect(out.proposals.map((p) => p.event)).toEqual([
      correction(
        F5.atenaNumber,
        { status: { ...F5.status, cardNumber: card } as ForeignRecord["status"] },
        immMeta("在留カード等の再交付")
      )
    ])
    const sp = foreigner(5, {
      householdNumber: household(5),
      status: { kubun: "special-permanent", certificateNumber: cardNumber(5) }
    })
    const spOut = process(build([sp]), { ...base, reason: "card-reissue", cardNumber: card })
    expect(spOut.proposals.map((p) => p.event)).toEqual([
      correction(
        sp.atenaNumber,
        { status: { kubun: "special-permanent", certificateNumber: card } },
        immMeta("在留カード等の再交付")
      )
    ])
  })
  it("住基法30条の50: a change of 基本情報 sets only the items it names, the 氏名 merged with the record's", () => {
    const out = process(build([F5]), {
      ...base,
      reason: "basic-info-change",
      changes: {
        name: { alphabet: "SMITH JOHN PAUL" },
        birthDate: "1990-05-06",
        sex: "female",
        nationality: "フランス"
      }
    })
    expect(out.proposals.map((p) => p.event)).toEqual([
      correction(
        F5.atenaNumber,
        {
          name: { ...F5.name, alphabet: "SMITH JOHN PAUL" },
          birthDate: "1990-05-06",
          sex: "female",
          nationality: "フランス"
        },
        immMeta("氏名・生年月日・性別・国籍等の変更")
      )
    ])
    const one = process(build([F5]), { ...base, reason: "basic-info-change", changes: { nationality: "フランス" } })
    expect(one.proposals[0]?.event).toMatchObject({ changes: [{ set: { nationality: "フランス" } }] })
    expect(Object.keys((one.proposals[0]?.event as Event.ModifyEvent | undefined)?.changes[0]?.set ?? {})).toEqual([
      "nationality"
    ])
  })
  it("住基法30条の50: 出国, 在留期間満了, 取消, 退去強制 and other losses propose a 職権消除 on the day it happened", () => {
    for (const reason of ["departure", "period-expiry", "revocation", "deportation", "other-loss"] as const) {
      const out = process(build([F5]), { ...base, reason }, { processedOn: "2024-05-22" })
      const { [reason]: reasonJa } = {
        departure: "出国",
        "period-expiry": "在留期間満了",
        revocation: "在留資格取消",
        deportation: "退去強制",
        "other-loss": "その他の区分喪失"
      }
      expect(out.proposals.map((p) => p.event)).toEqual([
        {
          type: "remove",
          jiyu: "authority-removal",
          atenaNumbers: [F5.atenaNumber],
          byAuthority: true,
          ...immMeta(reasonJa),
          processedOn: "2024-05-22"
        }
      ])
    }
  })
  it("住基法30条の45: a reason that does not fit the 区分 is records.inbound.status-mismatch and proposes nothing", () => {
    const refuge = foreigner(5, {
      householdNumber: household(5),
      status: { kubun: "temporary-refuge", landingPeriod: "6月" }
    })
    // A 一時庇護許可者 holds no card: the notices name the person by 基本情報 only.
    const { cardNumber: _c, ...bySubject } = subject5
    const noCard = { ...base, subject: bySubject }
    const out = process(build([refuge]), { ...noCard, reason: "card-reissue", cardNumber: cardNumber(96) })
    expect([out.accepted, out.proposals, out.upToDate]).toEqual([false, [], false])
    expect(out.violations.map((v) => [v.code, v.path, v.params])).toEqual([
      [
        "records.inbound.status-mismatch",
        ["reason"],
        {
          reason: "card-reissue",
          reasonJa: "在留カード等の再交付",
          kubun: "temporary-refuge",
          kubunJa: "一時庇護許可者"
        }
      ]
    ])
    // 在留資格取得 fits the 経過滞在者, 一時庇護許可者 and 仮滞在許可者, not a 中長期在留者.
    const acq = { ...noCard, reason: "status-acquisition" as const, status: newStatus }
    expect(process(build([refuge]), acq).violations).toEqual([])
    expect(process(build([F5]), acq).violations.map((v) => v.params["kubunJa"])).toEqual(["中長期在留者"])
    for (const [kubun, ja] of [
      ["transitional-birth", "出生による経過滞在者"],
      ["transitional-nationality-loss", "国籍喪失による経過滞在者"],
      ["provisional-stay", "仮滞在許可者"],
      ["special-permanent", "特別永住者"]
    ] as const) {
      const status = (
        kubun === "provisional-stay"
          ? { kubun, provisionalStayPeriod: "6月" }
          : kubun === "special-permanent"
            ? { kubun, certificateNumber: cardNumber(5) }
            : { kubun }
      ) as ForeignRecord["status"]
      const r = foreigner(5, { householdNumber: household(5), status })
      const renewal = process(build([r]), { ...noCard, reason: "period-renewal", status: newStatus })
      expect(renewal.violations.map((v) => [v.code, v.params["kubun"], v.params["kubunJa"]])).toEqual([
        ["records.inbound.status-mismatch", kubun, ja]
      ])
      expect(process(build([r]), acq).violations.length).toBe(kubun === "special-permanent" ? 1 : 0)
    }
  })
  it("a notice the record already reflects is upToDate and proposes nothing", () => {
    const out = process(build([F5]), { ...base, reason: "basic-info-change", changes: { nationality: "英国" } })
    expect([out.accepted, out.upToDate, out.proposals, out.violations]).toEqual([true, true, [], []])
    const notYet = process(build([F5]), {
      ...base,
      reason: "basic-info-change",
      changes: { nationality: "英国", sex: "female" }
    })
    expect(notYet.upToDate).toBe(false)
  })
  it("住基法30条の50: a 再交付 naming the card the record already holds is upToDate and proposes nothing", () => {
    const out = process(build([F5]), { ...base, reason: "card-reissue", cardNumber: cardNumber(5) })
    expect([out.accepted, out.upToDate, out.proposals, out.violations]).toEqual([true, true, [], []])
  })
  it("住基法30条の50: a change of 基本情報 without a 国籍・地域 sets no 国籍・地域 (nor any other item it does not name)", () => {
    const out = process(build([F5]), { ...base, reason: "basic-info-change", changes: { sex: "female" } })
    const set = (out.proposals[0]?.event as Event.ModifyEvent | undefined)?.changes[0]?.set ?? {}
    expect([Object.keys(set), set]).toEqual([["sex"], { sex: "female" }])
  })
  it("a proposal apply rejects carries apply's violations; options.apply is the options of that dry run", () => {
    const broken = { ...base, reason: "period-renewal" as const, status: { ...newStatus, expiryDate: "" } }
    const out = process(build([F5]), broken)
    const event = out.proposals[0]?.event as Event.Event
    const verdict = apply(build([F5]), event)
    expect(Result.isFailure(verdict)).toBe(true)
    const want = Result.isFailure(verdict) ? verdict.failure.violations.map((v) => v.code) : []
    expect(want.length).toBeGreaterThan(0)
    expect([out.accepted, out.proposals[0]?.accepted]).toEqual([false, false])
    expect(out.violations.map((v) => v.code)).toEqual(want)
    expect(out.proposals[0]?.violations.map((v) => v.code)).toEqual(want)
    const relaxed = process(build([F5]), broken, { apply: { disable: want } })
    expect([relaxed.accepted, relaxed.proposals[0]?.accepted, relaxed.violations]).toEqual([true, true, []])
  })
})

describe("Inbound.process: 住基法9条2項 notices", () => {
  const kMeta = (reasonJa: string) => ({
    changeDate: "2024-06-01",
    processedOn: "2024-06-10",
    noticeOn: "2024-06-10",
    remarks: `住基法9条2項通知（${reasonJa}）`
  })
  it("住基法9条2項 / 戸籍法86条: 死亡 proposes a 死亡 消除; 失踪宣告 a 職権消除", () => {
    expect(process(build([J1]), kos()).proposals.map((p) => p.event)).toEqual([
      { type: "remove", jiyu: "death", atenaNumbers: [J1.atenaNumber], byAuthority: true, ...kMeta("死亡") }
    ])
    expect(
      process(build([J1]), kos({ reason: "disappearance", noticeId: "K9" })).proposals.map((p) => p.event)
    ).toEqual([
      {
        type: "remove",
        jiyu: "authority-removal",
        atenaNumbers: [J1.atenaNumber],
        byAuthority: true,
        ...kMeta("失踪宣告"),
        remarks: "住基法9条2項通知（失踪宣告） 通知番号 K9"
      }
    ])
  })
  it("住基法9条2項: the 戸籍 changes become a 職権修正 of the items named, the 氏名 merged with the record's", () => {
    const honseki = { kind: "registered" as const, place: "大阪府大阪市北区梅田一丁目1番", head: "佐藤　次郎" }
    const out = process(
      build([J1]),
      kos({
        reason: "marriage",
        changes: { name: { kanji: "佐藤　花子" }, honseki, relationship: "妻", sex: "female", birthDate: "1951-01-01" }
      })
    )
    expect(out.proposals.map((p) => p.event)).toEqual([
      correction(
        J1.atenaNumber,
        {
          name: { ...J1.name, kanji: "佐藤　花子" },
          honseki,
          relationship: "妻",
          sex: "female",
          birthDate: "1951-01-01"
        },
        kMeta("婚姻")
      )
    ])
    const same = process(build([J1]), kos({ reason: "correction", changes: { sex: J1.sex, honseki: J1.honseki } }))
    expect([same.accepted, same.upToDate, same.proposals, same.violations]).toEqual([true, true, [], []])
    const one = process(build([J1]), kos({ reason: "transfer", changes: { honseki } }))
    expect(Object.keys((one.proposals[0]?.event as Event.ModifyEvent | undefined)?.changes[0]?.set ?? {})).toEqual([
      "honseki"
    ])
  })
})

describe("Inbound.propose on a typed notice that was not decoded: each item is used only for its own reason", () => {
  // Inbound.decode rejects these notices; propose takes the Notice type, so it must still read each item only for
  // the reason that carries it (住基法30条の50: the status for 変更・更新・取得, the card for 再交付, changes for 基本情報).
  const exact: Match = { outcome: "exact", atenaNumber: F5.atenaNumber, matchedBy: [], candidates: [], violations: [] }
  const setOf = (n: ImmigrationNotice) => {
    const p = propose(build([F5]), n, exact)
    return [p.upToDate, p.proposals.map((x) => (x.event as Event.ModifyEvent).changes[0]?.set)]
  }
  it("a 在留資格 reason without the new status sets nothing; a status on another reason is not set", () => {
    expect(setOf({ ...base, reason: "period-renewal" })).toEqual([true, []])
    const card = cardNumber(96)
    expect(setOf({ ...base, reason: "card-reissue", cardNumber: card, status: newStatus })).toEqual([
      false,
      [{ status: { ...F5.status, cardNumber: card } }]
    ])
  })
  it("a 再交付 without the new card sets nothing; a card on another reason is not set", () => {
    expect(setOf({ ...base, reason: "card-reissue" })).toEqual([true, []])
    expect(
      setOf({ ...base, reason: "basic-info-change", cardNumber: cardNumber(96), changes: { nationality: "フランス" } })
    ).toEqual([false, [{ nationality: "フランス" }]])
  })
})

describe("Inbound.propose and process: nothing is proposed without one present resident of the notice's kind", () => {
  const exact = (atenaNumber: string): Match => ({
    outcome: "exact",
    atenaNumber,
    matchedBy: [],
    candidates: [],
    violations: []
  })
  const nothing = { proposals: [], upToDate: false, violations: [] }
  it("a match that is not exact, or names nobody the registry holds, proposes nothing", () => {
    const reg = build([F5])
    const notice = { ...base, reason: "departure" } as ImmigrationNotice
    expect(propose(reg, notice, { ...exact(F5.atenaNumber), outcome: "ambiguous" })).toEqual(nothing)
    expect(propose(reg, notice, { ...exact(F5.atenaNumber), outcome: "none" })).toEqual(nothing)
    const { atenaNumber: _a, ...noAtena } = exact(F5.atenaNumber)
    expect(propose(reg, notice, noAtena)).toEqual(nothing)
    expect(propose(reg, notice, exact(J1.atenaNumber))).toEqual(nothing)
  })
  it("住基法30条の50 / 9条2項: a notice about a resident of the other kind is records.inbound.status-mismatch at source", () => {
    const reg = build([F5, J1])
    const immNotice = { ...base, reason: "departure" } as ImmigrationNotice
    const a = propose(reg, immNotice, exact(J1.atenaNumber))
    expect([a.proposals, a.upToDate]).toEqual([[], false])
    expect(a.violations.map((v) => [v.code, v.path, v.params])).toEqual([
      [
        "records.inbound.status-mismatch",
        ["source"],
        { reason: "departure", reasonJa: "departure", kubun: "japanese", kubunJa: "日本人住民" }
      ]
    ])
    const b = propose(reg, kos(), exact(F5.atenaNumber))
    expect(b.violations.map((v) => [v.path, v.params])).toEqual([
      [["source"], { reason: "death", reasonJa: "death", kubun: "foreign", kubunJa: "外国人住民" }]
    ])
  })
  it("a notice that does not decode is rejected with every problem, no match and no proposal", () => {
    const out = process(build([F5]), { ...base, reason: "departure", receivedOn: "x" })
    expect(out).toMatchObject({ accepted: false, notice: undefined, match: undefined, proposals: [], upToDate: false })
    expect(out.violations.map((v) => [v.code, v.path])).toEqual([["records.inbound.malformed", ["receivedOn"]]])
  })
  it("a notice that matches nobody is rejected with the matcher's violations, the decoded notice and the match", () => {
    const notice = { ...base, reason: "departure" as const, subject: { ...subject5, birthDate: "1970-01-01" } }
    const out = process(build([F5]), notice)
    expect(out.accepted).toBe(false)
    expect(out.notice).toEqual(notice)
    expect(out.match?.outcome).toBe("none")
    expect(out.violations.map((v) => v.code)).toEqual(["records.inbound.item-mismatch"])
  })
})
