// Cases of the records.date.* rules beyond their examples (date.examples.ts), found by mutation testing
// (docs/quality.md): every date item each rule reads, with the exact path and message parameters it reports.
import type { JukiError } from "@juki/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { plan, resolveOptions } from "../apply/index.js"
import * as Event from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import {
  ADDRESS_C,
  atena,
  build,
  FORMER,
  family,
  foreigner,
  household,
  input,
  japanese,
  M,
  registryJson
} from "../test-utils/fixtures.js"
import { baby, gEmpty, gFamily, moveIn, newcomer, out, tenkyoF5 } from "../test-utils/example-kit.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"
import { DateBeforeBirth, DateCalendar, DateEqualItems, DateFiledBeforeChange, DateNotFuture } from "./date.js"
import { makeContext } from "./engine.js"
import type { EventContext, RecordRule } from "./types.js"

type Got = { rule: string; severity: string; path: ReadonlyArray<string | number>; params: unknown }
const shape = (es: ReadonlyArray<JukiError>): Array<Got> =>
  es
    .filter((e) => e.code.startsWith("records.date."))
    .map((e) => ({ rule: e.code, severity: e.severity, path: e.path, params: e.params }))
/** The records.date.* violations `apply` reports for an event on a registry (JSON round trip, as a runner does). */
const run = (given: unknown, event: unknown): Array<Got> =>
  shape(violationsOfRecordsExample({ given, event }).violations)
/** What one rule's event check reports in the context `apply` builds (events `Event.decode` would refuse too). */
const onEvent = (r: RecordRule, records: ReadonlyArray<ResidentRecord>, event: Event.Event): Array<Got> => {
  const reg = build(records)
  const ctx: EventContext = makeContext(reg, event, plan(reg, event), resolveOptions())
  return shape((r.onEvent as NonNullable<RecordRule["onEvent"]>)(ctx))
}
/** What records.date.calendar reports for one record loaded as `records[0]`. */
const calendarOf = (r: ResidentRecord): Array<Got> =>
  shape(
    (DateCalendar.onRecord as NonNullable<RecordRule["onRecord"]>)(r, {
      options: resolveOptions(),
      asOf: undefined,
      path: ["records", 0],
      isNew: false,
      isNewHousehold: false,
      before: undefined
    })
  )

const FUTURE = "records.date.not-future"
const CAL = "records.date.calendar"
const future = (path: string, item: string, itemJa: string): Got => ({
  rule: FUTURE,
  severity: "error",
  path: [path],
  params: { item, itemJa }
})
const cal = (path: ReadonlyArray<string | number>, item: string): Got => ({
  rule: CAL,
  severity: "error",
  path,
  params: { item }
})

/** An ISO calendar date from 2000 to 2049 (day ≤ 28: always real). */
const isoDate = fc
  .tuple(fc.integer({ min: 2000, max: 2049 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)

describe("records.date.not-future", () => {
  it("標準仕様書4.0.3: any 異動日 of a 転居 after the 処理日 is future, any on or before it is not (ISO string order)", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (changeDate, processedOn) => {
        const e = tenkyoF5({ changeDate, filedOn: processedOn, processedOn })
        const got = onEvent(DateNotFuture, family(), e)
        expect(got).toEqual(changeDate > processedOn ? [future("changeDate", "changeDate", "異動日")] : [])
      }),
      { numRuns: 60 }
    )
  })
  it("標準仕様書4.1.0.2: any 届出日 after the 処理日 is future (the 異動日 itself on the 処理日)", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (filedOn, processedOn) => {
        const e = tenkyoF5({ changeDate: processedOn, filedOn, processedOn })
        const got = onEvent(DateNotFuture, family(), e)
        expect(got).toEqual(filedOn > processedOn ? [future("filedOn", "filedOn", "届出日")] : [])
      }),
      { numRuns: 60 }
    )
  })
  it("標準仕様書4.0.3: only a 転出 is exempt — a 死亡 dated after the 処理日 (a remove event) is future", () => {
    const e = Event.death({
      atenaNumber: atena(3),
      changeDate: "2024-04-06",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    })
    expect(run(gFamily(), e)).toEqual([future("changeDate", "changeDate", "異動日")])
  })
  it("標準仕様書4.0.3: a 転出 dated after the 処理日 (転出予定年月日) is not future, but its 届出日 still is", () => {
    expect(run(gFamily(), out({ changeDate: "2024-05-01" }))).toEqual([])
    expect(onEvent(DateNotFuture, family(), out({ changeDate: "2024-05-01", filedOn: "2024-04-06" }))).toEqual([
      future("filedOn", "filedOn", "届出日")
    ])
  })
  it("標準仕様書4.1.0.2: 申出日, 通知日 and 請求日 after the 処理日 are each reported at their own path", () => {
    const e = {
      ...tenkyoF5({ changeDate: "2024-04-05" }),
      appliedOn: "2024-04-06",
      noticeOn: "2024-04-07",
      requestedOn: "2024-04-08"
    } as Event.Event
    expect(onEvent(DateNotFuture, family(), e)).toEqual([
      future("appliedOn", "appliedOn", "申出日"),
      future("noticeOn", "noticeOn", "通知日"),
      future("requestedOn", "requestedOn", "請求日")
    ])
  })
  it("a date that is no calendar date is records.date.calendar's, not compared with the 処理日", () => {
    const bad = tenkyoF5({ changeDate: "2024-04-05", filedOn: "2024-13-01" })
    expect(onEvent(DateNotFuture, family(), bad)).toEqual([])
    // Without a valid 処理日 nothing can be compared (every date would sort after an empty one).
    const noDay = tenkyoF5({ changeDate: "2024-04-06", filedOn: "2024-04-06", processedOn: "" })
    expect(onEvent(DateNotFuture, family(), noDay)).toEqual([])
  })
})

describe("records.date.calendar", () => {
  it("標準仕様書1.1.8: the fixtures' records (every date real) report nothing", () => {
    for (const r of family()) expect(calendarOf(r)).toEqual([])
  })
  it("標準仕様書1.1.8: the 記載 and 消除 dates of a record must be calendar dates, each at its path", () => {
    const r = {
      ...japanese(1),
      state: "removed",
      entry: { jiyu: "domestic-move-in", date: "2020-02-30", filedOn: "2020-02-31", byAuthority: false },
      removal: { jiyu: "domestic-move-out", date: "2023-04-31", filedOn: "2023-13-01", byAuthority: false },
      moveOut: {
        planned: { address: FORMER, date: "2023-06-31" },
        confirmed: { address: FORMER, date: "2023-09-31", noticeReceivedOn: "2023-11-31" }
      },
      formerSurname: { kanji: "佐藤", requestedOn: "2019-02-29" }
    } as ResidentRecord
    expect(calendarOf(r)).toEqual([
      cal(["records", 0, "entry", "date"], "entry.date"),
      cal(["records", 0, "entry", "filedOn"], "entry.filedOn"),
      cal(["records", 0, "removal", "date"], "removal.date"),
      cal(["records", 0, "removal", "filedOn"], "removal.filedOn"),
      cal(["records", 0, "moveOut", "planned", "date"], "moveOut.planned.date"),
      cal(["records", 0, "moveOut", "confirmed", "date"], "moveOut.confirmed.date"),
      cal(["records", 0, "moveOut", "confirmed", "noticeReceivedOn"], "moveOut.confirmed.noticeReceivedOn"),
      cal(["records", 0, "formerSurname", "requestedOn"], "formerSurname.requestedOn")
    ])
  })
  it("標準仕様書1.1.8: optional dates that are absent are not judged (no 届出日, only a 確定 転出先, no 旧氏 請求日)", () => {
    const base = japanese(1)
    const r = {
      ...base,
      state: "removed",
      entry: { jiyu: "birth", date: "2020-04-01", byAuthority: false },
      removal: { jiyu: "domestic-move-out", date: "2023-04-30", byAuthority: true },
      moveOut: { confirmed: { address: FORMER, date: "2023-04-30", noticeReceivedOn: "2023-05-02" } },
      formerSurname: { kanji: "佐藤" }
    } as ResidentRecord
    expect(calendarOf(r)).toEqual([])
  })
  it("標準仕様書1.1.8: a foreign resident's 在留期間の満了の日 and 通称 記載年月日 are calendar dates", () => {
    const f = foreigner(5)
    const r = {
      ...f,
      status: { ...(f.status as object), expiryDate: "2027-02-29" },
      alias: { kanji: "山田太郎", recordedOn: "2022-00-10" }
    } as ResidentRecord
    expect(calendarOf(r)).toEqual([
      cal(["records", 0, "status", "expiryDate"], "status.expiryDate"),
      cal(["records", 0, "alias", "recordedOn"], "alias.recordedOn")
    ])
  })
  it("標準仕様書1.1.8: a 特別永住者 has no 在留期間 to judge; a 通称 without 記載年月日 neither", () => {
    const r = {
      ...foreigner(5),
      status: { kubun: "special-permanent", certificateNumber: "12345678" },
      alias: { kanji: "山田太郎" }
    } as ResidentRecord
    expect(calendarOf(r)).toEqual([])
  })
  it("標準仕様書1.1.8: 生年月日 may be a 不詳日 but not a malformed date; an empty item is not judged here", () => {
    expect(calendarOf(japanese(1, { birthDate: "昭和20年頃" }))).toEqual([])
    expect(calendarOf(japanese(1, { birthDate: "1990-02-30x" }))).toEqual([
      cal(["records", 0, "birthDate"], "birthDate")
    ])
    expect(calendarOf(japanese(1, { birthDate: "" }))).toEqual([])
  })
  it("標準仕様書1.1.8: the event's own dates (異動日, 処理日, 届出日…) must be calendar dates", () => {
    const e = { ...tenkyoF5(), changeDate: "2024-04-31", noticeOn: "x" } as Event.Event
    expect(onEvent(DateCalendar, family(), e)).toEqual([
      cal(["changeDate"], "changeDate"),
      cal(["noticeOn"], "noticeOn")
    ])
  })
})

describe("records.date.before-birth (library rule: inferred, not a published rule)", () => {
  it("a 転居 of 子 (born 2015-07-07) dated before the birth is reported at the person's 生年月日", () => {
    const e = Event.moveWithin({
      persons: [{ atenaNumber: atena(3) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      changeDate: "2015-07-06",
      filedOn: "2015-07-08",
      processedOn: "2024-04-05"
    })
    expect(onEvent(DateBeforeBirth, family(), e)).toEqual([
      { rule: "records.date.before-birth", severity: "error", path: ["changes", 0, "birthDate"], params: {} }
    ])
  })
  it("a malformed 異動日 is not compared with the 生年月日 (records.date.calendar reports it)", () => {
    const e = { ...tenkyoF5(), changeDate: "1900/01/01" } as Event.Event
    expect(onEvent(DateBeforeBirth, family(), e)).toEqual([])
  })
})

describe("records.date.filed-before-change", () => {
  const FILED = "records.date.filed-before-change"
  it("住基法23条: a 転居届 filed before the 異動日 is rejected with the 事由 in the message", () => {
    expect(
      onEvent(DateFiledBeforeChange, family(), tenkyoF5({ changeDate: "2024-04-05", filedOn: "2024-04-04" }))
    ).toEqual([{ rule: FILED, severity: "error", path: ["filedOn"], params: { jiyu: "move-within", jiyuJa: "転居" } }])
  })
  it("住基法22条: a 転入 by authority (職権記載) has no 届出 and is not judged even with a 届出日 before the 異動日", () => {
    const e = moveIn({ records: [newcomer(9)], ...M, filedOn: "2024-03-30", byAuthority: true })
    expect(onEvent(DateFiledBeforeChange, [], e)).toEqual([])
  })
  it("住基法24条: a 修正 (not a 転居 or 世帯変更) is no 届出 counted from the 異動日", () => {
    const e = Event.modify({
      jiyu: "minor-correction",
      changes: [{ atenaNumber: atena(3), set: { name: { kanji: "山田　一朗", kana: "ヤマダ　イチロウ" } } }],
      changeDate: "2024-04-05",
      filedOn: "2024-04-01",
      processedOn: "2024-04-05"
    })
    expect(onEvent(DateFiledBeforeChange, family(), e)).toEqual([])
  })
})

describe("records.date.equal-items (標準仕様書4.1.1 part UNVERIFIED)", () => {
  const EQ = "records.date.equal-items"
  it("住基法22条: a 転入 whose 住所を定めた年月日 and 住民となった年月日 are the 異動日 is accepted", () => {
    expect(onEvent(DateEqualItems, [], moveIn({ records: [newcomer(9)], ...M }))).toEqual([])
  })
  it("住基法22条: a 転入 whose 住所を定めた年月日 differs from the 異動日 is reported with Japanese item names", () => {
    const e = Event.moveIn({ records: [newcomer(9, { addressSince: "2024-03-01" })], ...M })
    expect(onEvent(DateEqualItems, [], e)).toEqual([
      {
        rule: EQ,
        severity: "error",
        path: ["records", 0, "addressSince"],
        params: {
          jiyu: "domestic-move-in",
          jiyuJa: "国内転入",
          item: "addressSince",
          itemJa: "住所を定めた年月日",
          expected: "changeDate",
          expectedJa: "異動日"
        }
      }
    ])
  })
  it("住基法30条の47: a 外国人住民 filing under 30条の47 keeps its earlier 住所を定めた年月日", () => {
    const r = input(foreigner(9, { householdNumber: household(9), addressSince: "2020-01-01" }))
    const e = Event.foreignResidentFiling({ article: "30-47", records: [r], ...M })
    expect(onEvent(DateEqualItems, [], e)).toEqual([])
  })
  it("住基法7条: a 出生 recorded on a day other than the birth is reported at the 異動日 (expected 生年月日)", () => {
    const e = Event.birth({ record: baby(9, { householdNumber: household(1) }), ...M, changeDate: "2024-04-02" })
    expect(onEvent(DateEqualItems, family(), e)).toEqual([
      {
        rule: EQ,
        severity: "error",
        path: ["changeDate"],
        params: {
          jiyu: "birth",
          jiyuJa: "出生",
          item: "changeDate",
          itemJa: "異動日",
          expected: "birthDate",
          expectedJa: "生年月日"
        }
      }
    ])
  })
  it("住基法7条: a 出生 whose 住所を定めた年月日 and 住民となった年月日 are not the birth date is reported per item", () => {
    const rec = baby(9, { householdNumber: household(1), addressSince: "2024-04-03", residentSince: "2024-04-04" })
    const e = Event.birth({ record: rec, ...M })
    const p = { jiyu: "birth", jiyuJa: "出生", expected: "birthDate", expectedJa: "生年月日" }
    expect(onEvent(DateEqualItems, family(), e)).toEqual([
      {
        rule: EQ,
        severity: "error",
        path: ["records", 0, "addressSince"],
        params: { ...p, item: "addressSince", itemJa: "住所を定めた年月日" }
      },
      {
        rule: EQ,
        severity: "error",
        path: ["records", 0, "residentSince"],
        params: { ...p, item: "residentSince", itemJa: "住民となった年月日" }
      }
    ])
  })
  it("住基法7条, 30条の45: a foreign baby's 外国人住民となった年月日 is the birth date", () => {
    const { previousAddress: _p, ...rec } = input(
      foreigner(9, {
        householdNumber: household(2),
        relationship: "子",
        birthDate: "2024-04-01",
        addressSince: "2024-04-01",
        foreignResidentSince: "2024-04-02",
        status: { kubun: "transitional-birth" }
      })
    ) as ReturnType<typeof input> & Record<string, unknown>
    const e = Event.birth({ record: rec as ReturnType<typeof input>, ...M })
    expect(onEvent(DateEqualItems, family(), e)).toEqual([
      {
        rule: EQ,
        severity: "error",
        path: ["records", 0, "foreignResidentSince"],
        params: {
          jiyu: "birth",
          jiyuJa: "出生",
          item: "foreignResidentSince",
          itemJa: "外国人住民となった年月日",
          expected: "birthDate",
          expectedJa: "生年月日"
        }
      }
    ])
  })
  it("住基法7条: a 出生 whose 生年月日 is a 不詳日 is not compared", () => {
    const e = Event.birth({ record: baby(9, { householdNumber: household(1), birthDate: "令和6年4月頃" }), ...M })
    expect(onEvent(DateEqualItems, family(), e)).toEqual([])
  })
  // The violation of a 転居 whose first change sets a 住所を定めた年月日 other than the 異動日.
  const ADDRESS_SINCE_OFF = [
    {
      rule: EQ,
      severity: "error",
      path: ["changes", 0, "set", "addressSince"],
      params: {
        jiyu: "move-within",
        jiyuJa: "転居",
        item: "addressSince",
        itemJa: "住所を定めた年月日",
        expected: "changeDate",
        expectedJa: "異動日"
      }
    }
  ]
  it("住基法23条: a 転居 whose 住所を定めた年月日 is not the 異動日 is reported at the change's set", () => {
    const t = tenkyoF5()
    const change = t.changes[0] as Event.Change
    const e = { ...t, changes: [{ ...change, set: { ...change.set, addressSince: "2024-03-01" } }] }
    expect(onEvent(DateEqualItems, family(), e)).toEqual(ADDRESS_SINCE_OFF)
  })
  it("住基法23条: a 転居 step that only sets 住所を定めた年月日 is compared too; one that leaves the address is not", () => {
    const only = Event.modify({
      jiyu: "move-within",
      changes: [
        { atenaNumber: atena(5), set: { addressSince: "2024-03-01" } },
        { atenaNumber: atena(3), set: { relationship: "子" } }
      ],
      ...M
    })
    expect(onEvent(DateEqualItems, family(), only)).toEqual(ADDRESS_SINCE_OFF)
  })
  it("標準仕様書1.2.2: a 修正 of 住所を定めた年月日 is no 転居 and is not compared with the 異動日", () => {
    const e = Event.modify({
      jiyu: "minor-correction",
      changes: [{ atenaNumber: atena(3), set: { addressSince: "2020-03-01" } }],
      ...M
    })
    expect(onEvent(DateEqualItems, family(), e)).toEqual([])
  })
  it("a malformed 異動日 is not compared (records.date.calendar reports it)", () => {
    const e = { ...Event.moveIn({ records: [newcomer(9, { addressSince: "2024-03-01" })], ...M }), changeDate: "x" }
    expect(onEvent(DateEqualItems, [], e as Event.Event)).toEqual([])
  })
  it("a 転入 accepted by apply reports no records.date.* violation", () => {
    expect(run(gEmpty(), moveIn({ records: [newcomer(9)], ...M }))).toEqual([])
    expect(run(registryJson(family()), tenkyoF5({ changeDate: "2024-04-05" }))).toEqual([])
  })
})
