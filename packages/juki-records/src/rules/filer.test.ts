// Cases of the records.filer.* rules beyond their examples (filer.examples.ts), found by mutation testing
// (docs/quality.md): which 異動 are 届出 (住基法22–25条, 30条の46/47) and which are 職権 (法8条, 令12条), the 世帯
// before and after the change (法26条), the exact reason of each refusal (法27条3項), and the filer's age on the 届出日
// against filerMinimumAge (default 15: UNVERIFIED, 住民基本台帳事務処理要領; the option stays configurable).
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import * as Event from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import type { Options } from "./types.js"
import { atena, build, family, FORMER, household, M, myNumber } from "../test-utils/fixtures.js"
import { baby, hhChange, modify1, moveIn, newcomer, out, tenkyoF5 } from "../test-utils/example-kit.js"

/** The violations of the filer group, exactly (code, severity, path, params). */
const filerViolations = (records: ReadonlyArray<ResidentRecord>, event: Event.Event, options?: Options) => {
  const r = apply(build(records), event, options)
  return Result.isFailure(r)
    ? r.failure.violations
        .filter((v) => v.code.startsWith("records.filer."))
        .map((v) => ({ code: v.code, severity: v.severity, path: v.path, params: v.params }))
    : []
}

const JA: Readonly<Record<string, string>> = {
  "move-within": "転居",
  "domestic-move-out": "国内転出",
  "move-out-abroad": "国外転出",
  "domestic-move-in": "国内転入",
  "household-change": "世帯変更",
  "household-split": "世帯分離"
}
const REL_JA = { self: "本人", head: "世帯主", member: "世帯員", agent: "代理人", "legal-representative": "法定代理人" }

const eligible = (jiyu: string, relation: keyof typeof REL_JA, reasonJa: string, reason: string) => ({
  code: "records.filer.eligible",
  severity: "error",
  path: ["filer"],
  params: { jiyu, jiyuJa: JA[jiyu], relation, relationJa: REL_JA[relation], reasonJa, reason }
})
const under = (jiyu: string, min: number) =>
  eligible(
    jiyu,
    "self",
    `届出人は${min}歳未満です（法定代理人による届出）`,
    `the filer is under ${min} (a 法定代理人 files)`
  )
const BY_AUTHORITY = { code: "records.filer.by-authority", severity: "error", path: ["filer"], params: {} }
const missing = (jiyu: string) => ({
  code: "records.filer.missing",
  severity: "alert",
  path: ["filer"],
  params: { jiyu, jiyuJa: JA[jiyu] }
})

const self = (n: number) => ({ relation: "self" as const, atenaNumber: atena(n) })
const head = (n: number) => ({ relation: "head" as const, atenaNumber: atena(n) })
const withoutFlag = <E extends Event.Event>(e: E): E => {
  const { byAuthority: _b, ...rest } = e as E & { byAuthority?: boolean }
  return rest as E
}
const birthOf4 = () =>
  Event.birth({ record: baby(4), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" })
const deathOf3 = () =>
  Event.death({ atenaNumber: atena(3), changeDate: "2024-04-01", noticeOn: "2024-04-05", processedOn: "2024-04-05" })
/** 子 (3) leaves 世帯 1 to form 世帯 7 (世帯分離). */
const split3 = () =>
  Event.householdChange({
    jiyu: "household-split",
    members: [{ atenaNumber: atena(3), householdNumber: household(7), relationship: "世帯主" }],
    ...M
  })
/** F5 (alone in 世帯 2) joins 世帯 1 (世帯変更). */
const join5 = () =>
  Event.householdChange({
    jiyu: "household-change",
    members: [{ atenaNumber: atena(5), householdNumber: household(1), relationship: "同居人" }],
    ...M
  })
/** Person 9 moves in alone, born on `birthDate`, filed on `filedOn` (processed the same day unless given). */
const moveIn9 = (birthDate: string, filedOn: string, processedOn = filedOn) =>
  moveIn({
    records: [newcomer(9, { birthDate })],
    changeDate: filedOn < "2024-04-01" ? filedOn : "2024-04-01",
    filedOn,
    processedOn,
    filer: self(9)
  })

describe("records.filer.by-authority (住基法8条, 住基令12条)", () => {
  it("住基令12条: an 出生 recorded without the byAuthority flag is still 職権 and names no 届出人", () => {
    expect(filerViolations(family(), { ...withoutFlag(birthOf4()), filer: head(1) })).toEqual([BY_AUTHORITY])
  })
  it("住基令12条: a 死亡 recorded without the byAuthority flag is still 職権 and names no 届出人", () => {
    expect(filerViolations(family(), { ...withoutFlag(deathOf3()), filer: head(1) })).toEqual([BY_AUTHORITY])
  })
  it("住基法8条: a 転居 recorded 職権 is no 届出: its filer is refused as such, not judged for standing", () => {
    const e = tenkyoF5({ byAuthority: true, filer: { relation: "agent", name: "代理　一郎" } })
    expect(filerViolations(family(), e)).toEqual([BY_AUTHORITY])
  })
  it("住基法26条: a 届出 (転居, 転出) naming its filer is no 職権 異動", () => {
    expect(filerViolations(family(), tenkyoF5({ filer: self(5) }))).toEqual([])
    expect(filerViolations(family(), out({ filer: head(1) }))).toEqual([])
  })
})

describe("records.filer.missing (住基法26条, filerRequired)", () => {
  const required: Options = { filerRequired: true }
  it("住基法22–25条: every 届出 without a filer raises the alert, with the 異動事由 (転出, 国外転出, 世帯変更)", () => {
    expect(filerViolations(family(), out({}), required)).toEqual([missing("domestic-move-out")])
    expect(filerViolations(family(), out({ to: "abroad" }), required)).toEqual([missing("move-out-abroad")])
    expect(filerViolations(family(), hhChange("子"), required)).toEqual([missing("household-change")])
    expect(filerViolations([], moveIn({ records: [newcomer(9)], ...M }), required)).toEqual([
      missing("domestic-move-in")
    ])
  })
  it("住基法8条: a 職権 転居 has no 届出人 to record", () => {
    expect(filerViolations(family(), tenkyoF5({ byAuthority: true }), required)).toEqual([])
  })
  it("住基令12条: 出生 and 死亡 are 職権 even without the flag: no alert (no 記載 or 消除 other than 転入・転出 is a 届出 here)", () => {
    expect(filerViolations(family(), withoutFlag(birthOf4()), required)).toEqual([])
    expect(filerViolations(family(), withoutFlag(deathOf3()), required)).toEqual([])
  })
  it("標準仕様書1.2.2: a 修正 other than 転居 or a 世帯 change (個人番号の変更請求) is not judged", () => {
    const e = modify1("mynumber-change-request", 5, { myNumber: myNumber(55) })
    expect(filerViolations(family(), e, required)).toEqual([])
  })
  it("by default (filerRequired false) a 届出 without a filer is not judged", () => {
    expect(filerViolations(family(), out({}))).toEqual([])
  })
})

describe("records.filer.eligible: the reason of each refusal (住基法26条, 27条3項)", () => {
  it("住基法27条3項: a 代理人 without a 委任状", () => {
    const e = tenkyoF5({ filer: { relation: "agent", name: "代理　一郎" } })
    expect(filerViolations(family(), e)).toEqual([
      eligible("move-within", "agent", "代理人の委任状がありません", "an 代理人 without a 委任状")
    ])
  })
  it("住基法27条3項: a 法定代理人 without proof of representation", () => {
    const e = out({ filer: { relation: "legal-representative", name: "後見　花子", proofOfRepresentation: false } })
    expect(filerViolations(family(), e)).toEqual([
      eligible(
        "domestic-move-out",
        "legal-representative",
        "法定代理人であることを示す書類がありません",
        "a 法定代理人 without proof of representation"
      )
    ])
  })
  it("住基法26条: 本人 who is not a person of the 届出 (the 世帯主 of another 世帯 files the 転居 of F5 as 本人)", () => {
    expect(filerViolations(family(), tenkyoF5({ filer: self(1) }))).toEqual([
      eligible(
        "move-within",
        "self",
        "届出人はこの届出の対象者ではありません",
        "the filer is not a person of this 届出"
      )
    ])
  })
  it("住基法26条: a 世帯主 who is not the 世帯主 (the wife files the 世帯変更 as 世帯主)", () => {
    expect(filerViolations(family(), { ...hhChange("子"), filer: head(2) })).toEqual([
      eligible(
        "household-change",
        "head",
        "届出人はこの世帯の世帯主ではありません",
        "the filer is not the 世帯主 of this 世帯"
      )
    ])
  })
  it("住基法26条: a 世帯員 of another 世帯 (the 世帯主 of 世帯 1 files the 転居 of F5 as 世帯員)", () => {
    expect(filerViolations(family(), tenkyoF5({ filer: { relation: "member", atenaNumber: atena(1) } }))).toEqual([
      eligible(
        "move-within",
        "member",
        "届出人はこの世帯の世帯員ではありません",
        "the filer is not a member of this 世帯"
      )
    ])
  })
  it("住基法26条: a filer without a 宛名番号 (or an empty one) cannot be checked against the registry and is accepted", () => {
    expect(filerViolations(family(), tenkyoF5({ filer: { relation: "self" } }))).toEqual([])
    expect(filerViolations(family(), tenkyoF5({ filer: { relation: "self", atenaNumber: "" } }))).toEqual([])
    expect(filerViolations(family(), tenkyoF5({ filer: { relation: "member", atenaNumber: "" } }))).toEqual([])
  })
})

describe("records.filer.eligible: the 世帯 before and after the change (住基法26条)", () => {
  it("住基法26条: the 世帯主 of the 世帯 a child leaves (世帯分離) may file it: he is not in the new 世帯", () => {
    expect(filerViolations(family(), { ...split3(), filer: head(1) })).toEqual([])
    expect(filerViolations(family(), { ...split3(), filer: { relation: "member", atenaNumber: atena(2) } })).toEqual([])
  })
  it("住基法26条: the 世帯主 of the 世帯 a person joins may file it: he was not in her former 世帯", () => {
    expect(filerViolations(family(), { ...join5(), filer: head(1) })).toEqual([])
  })
  it("住基法26条: a 世帯員 of neither 世帯 may not (F5 files the 世帯分離 of the child as 世帯員)", () => {
    expect(filerViolations(family(), { ...split3(), filer: { relation: "member", atenaNumber: atena(5) } })).toEqual([
      eligible(
        "household-split",
        "member",
        "届出人はこの世帯の世帯員ではありません",
        "the filer is not a member of this 世帯"
      )
    ])
  })
})

/** 年齢計算ニ関スル法律, 民法143条: the age is reached at the end of the day before the anniversary (a 2月29日 birthday in a common year: on 3月1日). */
const ageOracle = (birth: string, day: string): number => {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number]
  const [dy, dm, dd] = day.split("-").map(Number) as [number, number, number]
  // Date.UTC rolls 02-29 of a common year over to 03-01.
  return Date.UTC(dy, bm - 1, bd) > Date.UTC(dy, dm - 1, dd) ? dy - by - 1 : dy - by
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
const DAY = 86_400_000

describe("records.filer.eligible: the filer's age on the 届出日 (UNVERIFIED: 事務処理要領, filerMinimumAge)", () => {
  it("UNVERIFIED 15歳: a child of 9 who files his own 転入 is refused (his record is the one this 転入 plans)", () => {
    expect(filerViolations([], moveIn9("2014-04-06", "2024-04-05"))).toEqual([under("domestic-move-in", 15)])
  })
  it("UNVERIFIED 15歳: on his 15th birthday he may file; the day before he may not", () => {
    expect(filerViolations([], moveIn9("2009-04-05", "2024-04-05"))).toEqual([])
    expect(filerViolations([], moveIn9("2009-04-06", "2024-04-05"))).toEqual([under("domestic-move-in", 15)])
  })
  it("UNVERIFIED 15歳: the age counts on the 届出日, not on the day the 届出 is processed", () => {
    expect(filerViolations([], moveIn9("2009-04-06", "2024-04-05", "2024-04-08"))).toEqual([
      under("domestic-move-in", 15)
    ])
  })
  it("UNVERIFIED 15歳: without a 届出日 the age counts on the processing day (the 8-year-old child files her 転出)", () => {
    const e = Event.moveOut({
      atenaNumbers: [atena(3)],
      destination: FORMER,
      changeDate: "2024-04-01",
      processedOn: "2024-04-05",
      filer: self(3)
    })
    expect(filerViolations(family(), e)).toEqual([under("domestic-move-out", 15)])
  })
  it("the 世帯主 filing the 転出 of his child is judged by his own age, not the child's", () => {
    expect(filerViolations(family(), out({ filer: head(1) }))).toEqual([])
    expect(filerViolations(family(), out({ filer: { relation: "member", atenaNumber: atena(2) } }))).toEqual([])
  })
  it("filerMinimumAge 0 turns the age check off, even for a birth date after the 届出日", () => {
    expect(filerViolations([], moveIn9("2024-05-01", "2024-04-05"), { filerMinimumAge: 0 })).toEqual([])
    expect(filerViolations([], moveIn9("2024-05-01", "2024-04-05"))).toEqual([under("domestic-move-in", 15)])
  })
  it("an unknown or partial 生年月日, or an impossible 届出日, is left to records.date.* (no age is computed)", () => {
    expect(filerViolations([], moveIn9("2015-07", "2024-04-05"))).toEqual([])
    expect(filerViolations([], moveIn9("", "2024-04-05"))).toEqual([])
    expect(filerViolations(family(), out({ filer: self(3), filedOn: "2024-02-30" }))).toEqual([])
  })
  it("年齢計算ニ関スル法律: a filer born on 2月29日 reaches 15 on 3月1日 of a common year", () => {
    expect(filerViolations([], moveIn9("2008-02-29", "2023-02-28"))).toEqual([under("domestic-move-in", 15)])
    expect(filerViolations([], moveIn9("2008-02-29", "2023-03-01"))).toEqual([])
    expect(filerViolations([], moveIn9("2008-02-29", "2024-02-29"))).toEqual([])
  })
  it("property: a filer is refused exactly when younger than filerMinimumAge on the 届出日 (independent age oracle)", () => {
    const birth = fc.integer({ min: Date.UTC(1960, 0, 1) / DAY, max: Date.UTC(2012, 11, 31) / DAY })
    fc.assert(
      fc.property(birth, fc.integer({ min: 1, max: 30 }), fc.integer({ min: -400, max: 400 }), (b, min, delta) => {
        const birthDate = iso(b * DAY)
        // around the min-th birthday: the anniversary in year birth + min, then delta days
        const y = Number(birthDate.slice(0, 4)) + min
        const anniversary = Date.UTC(y, Number(birthDate.slice(5, 7)) - 1, Number(birthDate.slice(8, 10)))
        const filedOn = iso(anniversary + delta * DAY)
        const expected = ageOracle(birthDate, filedOn) < min ? [under("domestic-move-in", min)] : []
        expect(filerViolations([], moveIn9(birthDate, filedOn), { filerMinimumAge: min })).toEqual(expected)
      }),
      { numRuns: 200 }
    )
  })
})
