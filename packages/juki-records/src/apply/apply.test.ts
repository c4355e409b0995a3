import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import { leaveF5, moveIn, out, tenkyoF5 } from "../test-utils/example-kit.js"
import * as Registry from "../registry/public.js"
import {
  ADDRESS_A,
  ADDRESS_B,
  ADDRESS_C,
  atena,
  build,
  family,
  foreigner,
  FORMER,
  household,
  input,
  japanese,
  M,
  movedOut
} from "../test-utils/fixtures.js"
import { noHolidays } from "../deadline/index.js"
import { apply, optionsFromJSON } from "./index.js"

const codes = (r: ReturnType<typeof apply>): Array<string> =>
  Result.isFailure(r) ? r.failure.violations.map((v) => v.code).sort() : []
const ok = (r: ReturnType<typeof apply>) => {
  if (Result.isFailure(r)) throw new Error(r.failure.violations.map((v) => v.toString()).join("\n"))
  return r.success
}

describe("apply: the two CS logic checks of the seed (評価書 III)", () => {
  it("評価書III: a 転入 for a current resident is rejected with records.cs.move-in-resident", () => {
    const reg = build(family())
    const r = apply(reg, moveIn({ records: [input(japanese(1))], ...M }))
    expect(codes(r)).toEqual(["records.cs.move-in-resident"])
  })

  it("評価書III: a 転入 with another 宛名番号 but the 住民票コード of a current resident is rejected", () => {
    const reg = build(family())
    const r = apply(
      reg,
      moveIn({
        records: [
          input(japanese(9, { residentCode: japanese(2).residentCode as string, householdNumber: household(9) }))
        ],
        ...M
      })
    )
    expect(codes(r)).toEqual(["records.cs.move-in-resident"])
  })

  it("評価書III: a 転居 that also changes the 氏名 is rejected with records.cs.move-within-address-only", () => {
    const reg = build(family())
    const r = apply(reg, tenkyoF5({ patch: { name: { alphabet: "SMITH JANE" } } }))
    expect(codes(r)).toEqual(["records.cs.move-within-address-only"])
  })

  it("評価書III / 法23条: the same 転居 without the extra change is accepted", () => {
    const reg = build(family())
    const r = ok(apply(reg, tenkyoF5()))
    const rec = Registry.getRecord(r.registry, atena(5))
    expect(rec?.address).toEqual(ADDRESS_C)
    expect(rec?.addressSince).toBe("2024-04-01")
    expect(rec?.previousAddress?.text).toBe(ADDRESS_B.text)
    // A foreign resident has no 本籍 (no 附票 notice); the 住所 is a 統合宛名 item.
    expect(r.effects.map((e) => e.type)).toEqual(["cs-update", "immigration-notice", "atena-update"])
    expect(Registry.getHistory(r.registry, atena(5)).map((h) => h.jiyu)).toEqual(["move-in-from-abroad", "move-within"])
  })
})

describe("apply: main events", () => {
  it("法22条 / 法9条1項: a 国内転入 creates the record and emits the CS update then the 転入通知 to the former city", () => {
    const reg = build([])
    const r = ok(apply(reg, moveIn({ records: [input(japanese(1))], ...M })))
    expect(Registry.stateOf(r.registry, atena(1))).toBe("current")
    // Then the 附票 notice to the 本籍地 (法19条1項) and the 統合宛名 (評価書 別添1 9-①).
    expect(r.effects.map((e) => e.type)).toEqual([
      "cs-update",
      "transfer-in-notice",
      "koseki-fuhyo-notice",
      "atena-update"
    ])
    expect(r.effects[1]).toMatchObject({ toMunicipality: FORMER.municipalityCode, moveInDate: "2024-04-01" })
    expect(r.effects.map((e) => e.sequence)).toEqual([1, 2, 3, 4])
    expect(Registry.getHistory(r.registry, atena(1))).toHaveLength(1)
  })

  it("標準仕様書1.1.5: a 転出 with a future date makes a 転出予定; the 転入通知 confirms it with 消除日 = min(予定日, 転入日)", () => {
    const reg = build(family())
    const out = ok(apply(reg, leaveF5()))
    expect(Registry.stateOf(out.registry, atena(5), "2024-04-05")).toBe("leaving")
    expect(Registry.stateOf(out.registry, atena(5), "2024-04-20")).toBe("removed")
    const notice = ok(
      apply(
        out.registry,
        Event.transferInNotice({
          atenaNumber: atena(5),
          address: FORMER,
          changeDate: "2024-04-15",
          noticeOn: "2024-04-16",
          processedOn: "2024-04-16"
        })
      )
    )
    const rec = Registry.getRecord(notice.registry, atena(5))
    expect(rec?.state).toBe("removed")
    expect(rec?.removal?.date).toBe("2024-04-15")
    expect(rec?.moveOut?.planned?.date).toBe("2024-04-20")
    expect(rec?.moveOut?.confirmed).toEqual({ address: FORMER, date: "2024-04-15", noticeReceivedOn: "2024-04-16" })
    // The 転入通知 makes the 転出予定 a 除票: only the 統合宛名 learns it (no CS update, no 附票 notice: 国内転出).
    expect(notice.effects.map((e) => [e.type, "items" in e ? e.items : undefined])).toEqual([
      ["atena-update", expect.objectContaining({ state: "removed" })]
    ])
  })

  it("標準仕様書4.0.4: the 世帯主 leaving with two members remaining raises an alert; acknowledged it is accepted", () => {
    const reg = build(family())
    const e = Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M })
    expect(codes(apply(reg, e))).toEqual(["records.household.head-leaves"])
    const r = ok(apply(reg, { ...e, acknowledged: ["records.household.head-leaves"] }))
    expect(r.alerts.map((a) => a.code)).toEqual(["records.household.head-leaves"])
    expect(Registry.getHistory(r.registry, atena(1)).at(-1)?.acknowledged).toEqual(["records.household.head-leaves"])
  })

  it("標準仕様書4.0.4: the 世帯主 leaving with one member remaining proposes that member as 世帯主", () => {
    const reg = build([japanese(1), japanese(2, { relationship: "妻" })])
    const r = ok(
      apply(
        reg,
        Event.death({
          atenaNumber: atena(1),
          changeDate: "2024-04-01",
          noticeOn: "2024-04-03",
          processedOn: "2024-04-03"
        })
      )
    )
    // 死亡 reaches the 附票 through the 戸籍: no 附票 notice; the 統合宛名 learns the 消除.
    expect(r.effects.map((e) => e.type)).toEqual(["cs-update", "atena-update", "head-candidate"])
    expect(r.effects[2]).toMatchObject({ atenaNumber: atena(2), householdNumber: household(1) })
  })

  it("法25条 / 標準仕様書4.1.4.2: 世帯主変更 swaps the head", () => {
    const reg = build(family())
    const r = ok(
      apply(
        reg,
        Event.householdChange({
          jiyu: "head-change",
          members: [
            { atenaNumber: atena(1), householdNumber: household(1), relationship: "夫" },
            { atenaNumber: atena(2), householdNumber: household(1), relationship: "世帯主" }
          ],
          ...M
        })
      )
    )
    expect(Registry.headOf(r.registry, household(1))?.atenaNumber).toBe(atena(2))
  })

  it("標準仕様書4.6: 異動の取消し of a 転居 restores the previous row and appends history", () => {
    const reg = build(family())
    const moved = ok(apply(reg, tenkyoF5())).registry
    const back = ok(
      apply(moved, Event.cancel({ atenaNumbers: [atena(5)], changeDate: "2024-04-05", processedOn: "2024-04-06" }))
    )
    expect(Registry.getRecord(back.registry, atena(5))?.address).toEqual(ADDRESS_B)
    expect(Registry.getHistory(back.registry, atena(5)).map((h) => h.jiyu)).toEqual([
      "move-in-from-abroad",
      "move-within",
      "cancel-modification"
    ])
  })

  it("標準仕様書4.1.1.2: a 再転入 on the 宛名番号 of a 除票 continues the same history", () => {
    const reg = build([movedOut(japanese(1))])
    const r = ok(apply(reg, moveIn({ records: [input(japanese(1))], ...M })))
    expect(Registry.getHistory(r.registry, atena(1)).map((h) => h.snapshot.state)).toEqual(["removed", "current"])
  })

  it("標準仕様書4.0.8: a 仮登録 is invisible (no record, no history, no effects) until 決裁", () => {
    const reg = build([])
    const p = ok(apply(reg, { ...moveIn({ records: [input(japanese(1))], ...M }), provisional: true }))
    expect(p.effects).toEqual([])
    expect(Registry.getRecord(p.registry, atena(1))).toBeUndefined()
    expect(Registry.stateOf(p.registry, atena(1))).toBe("provisional")
    const a = ok(
      apply(
        p.registry,
        Event.approve({ provisionalId: p.provisionalId as string, changeDate: "2024-04-06", processedOn: "2024-04-06" })
      )
    )
    expect(Registry.stateOf(a.registry, atena(1))).toBe("current")
    expect(a.effects.map((e) => e.type)).toEqual([
      "cs-update",
      "transfer-in-notice",
      "koseki-fuhyo-notice",
      "atena-update"
    ])
    expect(Registry.pending(a.registry)).toEqual([])
  })

  it("令8条の2 / 標準仕様書4.5.3: 帰化 removes the foreign record and records a Japanese one on the same 宛名番号", () => {
    const f = family()[3] as ReturnType<typeof family>[number]
    const reg = build(family())
    const next = {
      ...input(
        japanese(5, {
          householdNumber: household(2),
          address: ADDRESS_B,
          addressSince: "2021-06-01",
          birthDate: "1990-05-05",
          sex: "male",
          residentSince: "2021-06-01",
          previousAddress: f.previousAddress as never
        })
      ),
      residentCode: f.residentCode as string,
      myNumber: f.myNumber as string
    }
    const r = ok(
      apply(
        reg,
        Event.nationalityChange({
          direction: "acquisition",
          record: next as never,
          changeDate: "2024-04-01",
          noticeOn: "2024-04-03",
          processedOn: "2024-04-03"
        })
      )
    )
    expect(Registry.getHistory(r.registry, atena(5)).map((h) => [h.jiyu, h.snapshot.kind, h.snapshot.state])).toEqual([
      ["move-in-from-abroad", "foreign", "current"],
      ["authority-removal-naturalisation", "foreign", "removed"],
      ["authority-entry-naturalisation", "japanese", "current"]
    ])
    // The foreign record's 消除 (CS, 入管, 統合宛名), then the Japanese record's 記載: CS, 附票 (new 本籍), 統合宛名.
    expect(r.effects.map((e) => e.type)).toEqual([
      "cs-update",
      "immigration-notice",
      "atena-update",
      "cs-update",
      "koseki-fuhyo-notice",
      "atena-update"
    ])
  })

  it("the input registry is never changed (persistence)", () => {
    const reg = build(family())
    const before = JSON.stringify(Registry.toJSON(reg))
    ok(apply(reg, tenkyoF5()))
    ok(apply(reg, Event.death({ atenaNumber: atena(3), changeDate: "2024-04-01", processedOn: "2024-04-05" })))
    expect(JSON.stringify(Registry.toJSON(reg))).toBe(before)
    expect(ADDRESS_A.text).toBe("東京都千代田区千代田一丁目1番")
  })
})

describe("apply: effects and less common events", () => {
  const okr = (r: ReturnType<typeof apply>) => {
    if (Result.isFailure(r)) throw new Error(r.failure.violations.map((v) => v.toString()).join("\n"))
    return r.success
  }

  it("入管法61条の8の2: no 市町村通知 for a 世帯変更 of a foreign resident; one for a 転居", () => {
    const reg = build([
      ...family(),
      foreigner(6, { householdNumber: household(1), relationship: "同居人", address: ADDRESS_A })
    ])
    const hh = okr(
      apply(
        reg,
        Event.householdChange({
          jiyu: "household-split",
          members: [{ atenaNumber: atena(6), householdNumber: household(7), relationship: "世帯主" }],
          ...M
        })
      )
    )
    // The 続柄 is a 本人確認情報 item (CS update), but a 世帯変更 is not notified to 出入国在留管理庁.
    expect(hh.effects.map((e) => e.type)).toEqual(["cs-update"])
    const moved = okr(apply(reg, tenkyoF5()))
    expect(moved.effects.map((e) => e.type)).toEqual(["cs-update", "immigration-notice", "atena-update"])
  })

  it("標準仕様書4.5.7: for a scheduled 転出 the 市町村通知 is sent on the 予定日", () => {
    const r = okr(apply(build(family()), leaveF5()))
    expect(r.effects.find((e) => e.type === "immigration-notice")).toMatchObject({ sendOn: "2024-04-20" })
    expect(r.effects.find((e) => e.type === "cs-update")).toMatchObject({
      identity: { scheduled: true, removed: false }
    })
  })

  it("標準仕様書4.1.3.0.1: with lateMoveOut = convert a late 転出届 is recorded 職権 (history and 消除事由)", () => {
    // Filed on 04-05 for a 転出 on 03-01: more than 14 days late (住基法24条).
    const e = out({ n: 3, changeDate: "2024-03-01" })
    expect(codes(apply(build(family()), e))).toEqual(["records.move-out.late-filing"])
    const r = okr(apply(build(family()), e, { lateMoveOut: "convert" }))
    expect(Registry.getRecord(r.registry, atena(3))?.removal).toEqual({
      jiyu: "domestic-move-out",
      date: "2024-03-01",
      byAuthority: true
    })
    expect(Registry.getHistory(r.registry, atena(3)).at(-1)?.byAuthority).toBe(true)
  })

  it("住基法24条の2: a 特例転入 uses up the 転出証明書情報; purge erases expired ones (30 days, UNVERIFIED option)", () => {
    const cert = (code: string, plannedDate: string) => ({
      residentCode: code,
      fromMunicipality: FORMER.municipalityCode,
      plannedDate,
      plannedAddress: FORMER,
      receivedOn: "2024-03-20",
      cardHolder: "self" as const
    })
    let reg = build([])
    reg = okr(
      apply(
        reg,
        Event.receiveCertificate({ certificate: cert(japanese(1).residentCode as string, "2024-03-25"), ...M })
      )
    ).registry
    reg = okr(apply(reg, Event.receiveCertificate({ certificate: cert("20000000099", "2024-02-01"), ...M }))).registry
    expect(Registry.certificates(reg)).toHaveLength(2)
    const moved = okr(apply(reg, moveIn({ records: [input(japanese(1))], route: "special", ...M })))
    expect(Registry.certificates(moved.registry).map((c) => c.residentCode)).toEqual(["20000000099"])
    const purged = okr(
      apply(moved.registry, Event.purgeCertificates({ changeDate: "2024-04-05", processedOn: "2024-04-05" }))
    )
    expect(Registry.certificates(purged.registry)).toEqual([])
    const kept = okr(
      apply(moved.registry, Event.purgeCertificates({ changeDate: "2024-04-05", processedOn: "2024-04-05" }), {
        certificateRetentionDays: 90
      })
    )
    expect(Registry.certificates(kept.registry)).toHaveLength(1)
  })

  it("標準仕様書1.1.4: 改製 removes the old 住民票 and records a copy on the same 宛名番号", () => {
    const r = okr(
      apply(
        build(family()),
        Event.reissue({ atenaNumber: atena(5), changeDate: "2024-04-01", processedOn: "2024-04-05" })
      )
    )
    expect(Registry.getHistory(r.registry, atena(5)).map((h) => [h.jiyu, h.snapshot.state])).toEqual([
      ["move-in-from-abroad", "current"],
      ["reissue-removal", "removed"],
      ["reissue-entry", "current"]
    ])
    expect(Registry.getRecord(r.registry, atena(5))?.entry.jiyu).toBe("reissue-entry")
  })

  it("標準仕様書4.6: 異動の取消し（減） of a 転入 makes a 除票; 取消し of that restores it", () => {
    let reg = okr(apply(build([]), moveIn({ records: [input(japanese(1))], ...M }))).registry
    const c = okr(
      apply(reg, Event.cancel({ atenaNumbers: [atena(1)], changeDate: "2024-04-05", processedOn: "2024-04-06" }))
    )
    reg = c.registry
    expect(Registry.getRecord(reg, atena(1))).toMatchObject({ state: "removed", removal: { jiyu: "cancel-decrease" } })
    // A 取消し is a 記載の修正 of the 附票 items (state) and of the 統合宛名.
    expect(c.effects.map((e) => e.type)).toEqual(["cs-update", "koseki-fuhyo-notice", "atena-update"])
    const back = okr(
      apply(reg, Event.cancel({ atenaNumbers: [atena(1)], changeDate: "2024-04-06", processedOn: "2024-04-07" }))
    )
    expect(Registry.stateOf(back.registry, atena(1))).toBe("current")
    expect(Registry.getHistory(back.registry, atena(1)).map((h) => h.jiyu)).toEqual([
      "domestic-move-in",
      "cancel-decrease",
      "cancel-increase"
    ])
  })

  it("標準仕様書4.0.8: 取下げ drops a 仮登録 without a trace in the legal record", () => {
    const p = okr(apply(build([]), { ...moveIn({ records: [input(japanese(1))], ...M }), provisional: true }))
    const d = okr(
      apply(
        p.registry,
        Event.discard({ provisionalId: p.provisionalId as string, changeDate: "2024-04-06", processedOn: "2024-04-06" })
      )
    )
    expect(Registry.stateOf(d.registry, atena(1))).toBe("none")
    expect(Registry.pending(d.registry)).toEqual([])
    expect(d.registry.sequence).toBe(0)
  })

  it("標準仕様書4.0.8: 決裁 re-checks a 仮登録 against the registry of that day", () => {
    const p = okr(apply(build([]), { ...moveIn({ records: [input(japanese(1))], ...M }), provisional: true }))
    // Meanwhile a 30条の46 転入 records someone else with the same 個人番号.
    const other = okr(
      apply(
        p.registry,
        moveIn({
          records: [input(japanese(9, { myNumber: japanese(1).myNumber as string, householdNumber: household(9) }))],
          ...M
        })
      )
    )
    expect(
      codes(
        apply(
          other.registry,
          Event.approve({
            provisionalId: p.provisionalId as string,
            changeDate: "2024-04-06",
            processedOn: "2024-04-06"
          })
        )
      )
    ).toEqual(["records.cs.move-in-resident"])
  })

  it("住基法30条の6: a 修正 that changes no 本人確認情報 item (国保 flag) sends nothing to the CS", () => {
    const r = okr(
      apply(
        build(family()),
        Event.modify({
          jiyu: "authority-correction",
          changes: [{ atenaNumber: atena(1), set: { welfare: { nationalHealthInsurance: true } } }],
          ...M
        })
      )
    )
    expect(r.effects).toEqual([])
    expect(Registry.getHistory(r.registry, atena(1))).toHaveLength(2)
  })

  it("check() is a dry run: the same violations as apply, nothing committed", async () => {
    const { check } = await import("./index.js")
    const reg = build(family())
    const e = moveIn({ records: [input(japanese(1))], ...M })
    expect(check(reg, e).map((v) => v.code)).toEqual(codes(apply(reg, e)))
    expect(check(reg, tenkyoF5())).toEqual([])
    expect(Registry.getRecord(reg, atena(5))?.address).toEqual(ADDRESS_B)
  })
})

describe("apply: events are validated on entry", () => {
  it("an unknown event type, missing dates or a 事由 of the wrong group is records.event.malformed", () => {
    const reg = build(family())
    const bad: ReadonlyArray<unknown> = [
      { type: "bogus", changeDate: "2024-04-01", processedOn: "2024-04-05" },
      { type: "modify", jiyu: "move-within", changes: [] },
      { ...Event.moveOut({ atenaNumbers: [atena(3)], destination: FORMER, ...M }), jiyu: "move-within" },
      { type: "create", jiyu: "domestic-move-in", changeDate: "2024-04-01", processedOn: "2024-04-05" },
      null
    ]
    for (const e of bad) expect(codes(apply(reg, e as never))).toEqual(["records.event.malformed"])
  })
})

describe("optionsFromJSON: the JSON form of the options (conformance vectors' when.options)", () => {
  it("no options stay no options; options without holidays are kept as they are", () => {
    expect(optionsFromJSON(undefined)).toBeUndefined()
    expect(optionsFromJSON({ lateMoveOut: "convert", certificateRetentionDays: 60 })).toEqual({
      lateMoveOut: "convert",
      certificateRetentionDays: 60
    })
  })
  it('地方自治法4条の2: holidays "none" is the calendar without any 休日 (not even a Sunday)', () => {
    const o = optionsFromJSON({ holidays: "none", lateMoveOut: "convert" })
    expect(o?.holidays).toBe(noHolidays)
    expect(o?.lateMoveOut).toBe("convert")
  })
  it("地方自治法4条の2: a list of dates adds those 休日 to the standard calendar (土日, 国民の祝日, 12-29..01-03)", () => {
    const h = optionsFromJSON({ holidays: ["2024-04-08"] })?.holidays
    // 2024-04-08 is a Monday, listed; 2024-04-09 a Tuesday, not listed; 2024-04-06 a Saturday; 2024-05-03 憲法記念日;
    // 2024-12-30 a Monday of the 年末年始.
    expect(["2024-04-08", "2024-04-09", "2024-04-06", "2024-05-03", "2024-12-30"].map((d) => h?.isHoliday(d))).toEqual([
      true,
      false,
      true,
      true,
      true
    ])
  })
  it("地方自治法4条の2: { yearEnd: false, extra } is a 条例 without 年末年始 but with its own days", () => {
    const h = optionsFromJSON({ holidays: { yearEnd: false, extra: ["2024-04-08"] } })?.holidays
    expect(["2024-04-08", "2024-04-09", "2024-04-06", "2024-05-03", "2024-12-30"].map((d) => h?.isHoliday(d))).toEqual([
      true,
      false,
      true,
      true,
      false
    ])
    const standardLike = optionsFromJSON({ holidays: {} })?.holidays
    expect(["2024-04-08", "2024-12-30"].map((d) => standardLike?.isHoliday(d))).toEqual([false, true])
  })
})

describe("apply: entry checks, acknowledged alerts, 仮登録 and 転出証明書情報 in detail", () => {
  const okr = (r: ReturnType<typeof apply>) => {
    if (Result.isFailure(r)) throw new Error(r.failure.violations.map((v) => v.toString()).join("\n"))
    return r.success
  }
  const detail = (r: ReturnType<typeof apply>) =>
    Result.isFailure(r) ? r.failure.violations.map((v) => [v.code, v.params["detail"]]) : []
  it("records.event.malformed says what is wrong with the shape of an event", () => {
    const reg = build(family())
    const d = { changeDate: "2024-04-01", processedOn: "2024-04-05" }
    expect(
      [
        null,
        "create",
        { type: "bogus", ...d },
        { type: 7, ...d },
        { type: "purge-certificates", changeDate: "2024-04-01" },
        { type: "purge-certificates", processedOn: "2024-04-05", changeDate: 20240401 },
        { type: "remove", jiyu: "move-within", atenaNumbers: [], ...d },
        { type: "modify", jiyu: "bogus", changes: [], ...d },
        { type: "create", jiyu: "domestic-move-in", ...d },
        { type: "modify", jiyu: "move-within", ...d },
        { type: "remove", jiyu: "death", ...d },
        { type: "cancel", ...d }
      ].map((e) => detail(apply(reg, e as never))[0])
    ).toEqual([
      ["records.event.malformed", "not an object"],
      ["records.event.malformed", "not an object"],
      ["records.event.malformed", "unknown event type"],
      ["records.event.malformed", "unknown event type"],
      ["records.event.malformed", "changeDate and processedOn are required"],
      ["records.event.malformed", "changeDate and processedOn are required"],
      ["records.event.malformed", "異動事由 does not fit the event type"],
      ["records.event.malformed", "異動事由 does not fit the event type"],
      ["records.event.malformed", "missing list of persons"],
      ["records.event.malformed", "missing list of persons"],
      ["records.event.malformed", "missing list of persons"],
      ["records.event.malformed", "missing list of persons"]
    ])
    // Events without a list of persons or a 異動事由 pass the entry check.
    expect(Result.isSuccess(apply(reg, { type: "purge-certificates", ...d } as never))).toBe(true)
  })
  it("標準仕様書4.0.4: an alert not acknowledged rejects; an error rejects even when acknowledged", () => {
    const reg = build(family())
    const e = Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M })
    const other = { ...e, acknowledged: ["records.move-out.late-filing"] }
    expect(codes(apply(reg, other))).toEqual(["records.household.head-leaves"])
    // 転出 of a person the registry does not hold is an error: acknowledging it changes nothing.
    const unknown = Event.moveOut({ atenaNumbers: [atena(77)], destination: FORMER, ...M })
    const rejected = apply(reg, unknown)
    expect(Result.isFailure(rejected)).toBe(true)
    const errs = Result.isFailure(rejected) ? rejected.failure.violations : []
    expect(errs.some((v) => v.severity === "error")).toBe(true)
    expect(codes(apply(reg, { ...unknown, acknowledged: errs.map((v) => v.code) }))).toEqual(codes(rejected))
  })
  it("標準仕様書4.0.4: an acknowledged alert is returned and written once into the history row of each person", () => {
    // Two 世帯主 leave at once, each leaving members behind: the alert fires once per 世帯.
    const reg = build([
      ...family(),
      japanese(6, { householdNumber: household(6) }),
      japanese(7, { householdNumber: household(6), relationship: "妻" }),
      japanese(8, { householdNumber: household(6), relationship: "子", birthDate: "2016-01-01" })
    ])
    const e = Event.moveOut({ atenaNumbers: [atena(1), atena(6)], destination: FORMER, ...M })
    expect(codes(apply(reg, e))).toEqual(["records.household.head-leaves", "records.household.head-leaves"])
    const r = okr(apply(reg, { ...e, acknowledged: ["records.household.head-leaves"] }))
    expect(r.alerts.map((a) => a.code)).toEqual(["records.household.head-leaves", "records.household.head-leaves"])
    for (const a of [atena(1), atena(6)])
      expect(Registry.getHistory(r.registry, a).at(-1)?.acknowledged).toEqual(["records.household.head-leaves"])
    // Without any violation there are no alerts and the row carries no acknowledged list.
    const quiet = okr(apply(reg, { ...Event.death({ atenaNumber: atena(3), ...M }), acknowledged: ["x.y"] }))
    expect(quiet.alerts).toEqual([])
    expect(Registry.getHistory(quiet.registry, atena(3)).at(-1)?.acknowledged).toBeUndefined()
  })
  it("標準仕様書4.0.8: each 仮登録 gets the next id P1, P2, …; the stored event has no provisional flag; persons once each", () => {
    const reg = build(family())
    const first = okr(apply(reg, { ...Event.reissue({ atenaNumber: atena(5), ...M }), provisional: true }))
    expect(first.provisionalId).toBe("P1")
    expect(first.alerts).toEqual([])
    const second = okr(
      apply(first.registry, {
        ...moveIn({ records: [input(japanese(9, { householdNumber: household(9) }))], ...M }),
        provisional: true
      })
    )
    expect(second.provisionalId).toBe("P2")
    expect(second.registry.provisionalCounter).toBe(2)
    const stored = Registry.pending(second.registry)
    expect(stored.map((p) => [p.id, p.atenaNumbers, "provisional" in p.event])).toEqual([
      ["P1", [atena(5)], false],
      ["P2", [atena(9)], false]
    ])
    expect(stored[0]?.event).toEqual(Event.reissue({ atenaNumber: atena(5), ...M }))
    // A 仮登録 leaves the legal record as it was.
    expect(second.registry.sequence).toBe(reg.sequence)
    expect(second.registry.persons).toBe(reg.persons)
  })
  it("標準仕様書4.0.8: 決裁 of an unknown id is records.provisional.unknown-id at provisionalId; 取下げ leaves no effects", () => {
    const reg = build(family())
    const r = apply(reg, Event.approve({ provisionalId: "P9", ...M }))
    expect(Result.isFailure(r) && r.failure.violations.map((v) => [v.code, v.path])).toEqual([
      ["records.provisional.unknown-id", ["provisionalId"]]
    ])
    const d = apply(reg, Event.discard({ provisionalId: "P9", ...M }))
    expect(codes(d)).toEqual(["records.provisional.unknown-id"])
    const p = okr(apply(reg, { ...Event.death({ atenaNumber: atena(3), ...M }), provisional: true }))
    const gone = okr(apply(p.registry, Event.discard({ provisionalId: "P1", ...M })))
    expect([gone.effects, gone.alerts, Registry.pending(gone.registry), gone.registry.provisionalCounter]).toEqual([
      [],
      [],
      [],
      1
    ])
  })
  it("標準仕様書4.0.8: 決裁 commits on its own 処理日 with the alerts acknowledged at 仮登録 and at 決裁", () => {
    const reg = build(family())
    const e = Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M })
    // Acknowledged at 仮登録: the 決裁 needs no second acknowledgement.
    const p = okr(apply(reg, { ...e, provisional: true, acknowledged: ["records.household.head-leaves"] }))
    const a = okr(
      apply(p.registry, Event.approve({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-08" }))
    )
    const row = Registry.getHistory(a.registry, atena(1)).at(-1)
    expect([row?.processedOn, row?.changeDate, row?.acknowledged]).toEqual([
      "2024-04-08",
      "2024-04-01",
      ["records.household.head-leaves"]
    ])
    // A 仮登録 is checked like the event itself: an alert not acknowledged rejects it.
    const bare = apply(reg, { ...e, provisional: true })
    expect(codes(bare)).toEqual(["records.household.head-leaves"])
  })
  it("標準仕様書4.0.4: check() reports an acknowledged alert that apply accepts and returns as an alert", async () => {
    const { check } = await import("./index.js")
    const reg = build(family())
    const e = {
      ...Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...M }),
      acknowledged: ["records.household.head-leaves"]
    }
    expect(check(reg, e).map((v) => [v.code, v.severity])).toEqual([["records.household.head-leaves", "alert"]])
    expect(okr(apply(reg, e)).alerts.map((v) => v.code)).toEqual(["records.household.head-leaves"])
  })
  it("every rejection is tagged Rejected: a malformed event, a blocking violation, an unknown 仮登録", () => {
    const reg = build(family())
    const tag = (r: ReturnType<typeof apply>) => (Result.isFailure(r) ? r.failure._tag : "accepted")
    expect([
      tag(apply(reg, { type: "bogus", changeDate: "2024-04-01", processedOn: "2024-04-05" } as never)),
      tag(apply(reg, Event.death({ atenaNumber: atena(77), ...M }))),
      tag(apply(reg, Event.approve({ provisionalId: "P9", ...M }))),
      tag(apply(reg, Event.approve({ provisionalId: "P9", ...M }), { disable: ["records.provisional.unknown-id"] }))
    ]).toEqual(["Rejected", "Rejected", "Rejected", "Rejected"])
  })
  it("標準仕様書4.0.8: a 決裁 of an unknown 仮登録 is rejected even with records.provisional.unknown-id switched off", () => {
    const r = apply(build(family()), Event.discard({ provisionalId: "P9", ...M }), {
      disable: ["records.provisional.unknown-id"]
    })
    expect(Result.isFailure(r) && r.failure.violations.map((v) => [v.code, v.severity, v.path])).toEqual([
      ["records.provisional.unknown-id", "error", ["provisionalId"]]
    ])
  })
  it("標準仕様書4.0.8: a 決裁 dated after its 処理日 is rejected and the 仮登録 stays pending", () => {
    const p = okr(apply(build(family()), { ...Event.death({ atenaNumber: atena(3), ...M }), provisional: true }))
    const r = apply(
      p.registry,
      Event.approve({ provisionalId: "P1", changeDate: "2024-04-10", processedOn: "2024-04-06" })
    )
    expect(codes(r)).toEqual(["records.date.not-future"])
    expect(Result.isFailure(r) && r.failure._tag).toBe("Rejected")
    expect(Registry.pending(p.registry).map((x) => x.id)).toEqual(["P1"])
    // Of an unknown 仮登録 as well: every problem is reported, not only the unknown id.
    const unknown = apply(
      p.registry,
      Event.approve({ provisionalId: "P7", changeDate: "2024-04-10", processedOn: "2024-04-06" })
    )
    expect(codes(unknown)).toEqual(["records.date.not-future", "records.provisional.unknown-id"])
  })
  it("標準仕様書4.0.8 / 4.0.4: an alert that arises only at 決裁 is acknowledged by the 決裁 itself", () => {
    const reg = build([japanese(1), japanese(2, { relationship: "妻" })])
    // At 仮登録 the 世帯主 leaves one member: a proposal, no alert.
    const p = okr(apply(reg, { ...Event.death({ atenaNumber: atena(1), ...M }), provisional: true }))
    // Meanwhile a child moves into the 世帯: at 決裁 the 世帯主 leaves two members behind.
    const child = input(japanese(3, { relationship: "子", birthDate: "2015-07-07" }))
    const grown = okr(apply(p.registry, moveIn({ records: [child], ...M }))).registry
    const day = { changeDate: "2024-04-06", processedOn: "2024-04-06" }
    expect(codes(apply(grown, Event.approve({ provisionalId: "P1", ...day })))).toEqual([
      "records.household.head-leaves"
    ])
    const ack = ["records.household.head-leaves"]
    const a = okr(apply(grown, { ...Event.approve({ provisionalId: "P1", ...day }), acknowledged: ack }))
    expect([a.alerts.map((v) => v.code), Registry.getHistory(a.registry, atena(1)).at(-1)?.acknowledged]).toEqual([
      ack,
      ack
    ])
  })
  it("標準仕様書4.0.8: check() of a 決裁 reports what apply would (the 仮登録 checked again), and nothing when it passes", async () => {
    const { check } = await import("./index.js")
    const p = okr(apply(build([]), { ...moveIn({ records: [input(japanese(1))], ...M }), provisional: true }))
    const approve = Event.approve({ provisionalId: "P1", changeDate: "2024-04-06", processedOn: "2024-04-06" })
    expect(check(p.registry, approve)).toEqual([])
    const other = okr(
      apply(
        p.registry,
        moveIn({
          records: [input(japanese(9, { myNumber: japanese(1).myNumber as string, householdNumber: household(9) }))],
          ...M
        })
      )
    )
    expect(check(other.registry, approve).map((v) => v.code)).toEqual(["records.cs.move-in-resident"])
    expect(check(other.registry, Event.approve({ provisionalId: "P7", ...M })).map((v) => v.code)).toEqual([
      "records.provisional.unknown-id"
    ])
  })
  it("住基法24条の2: 転出証明書情報 are kept by 住民票コード until the 処理日 is more than the retention days past the 転出予定日", () => {
    const cert = (code: string, plannedDate: string) => ({
      residentCode: code,
      fromMunicipality: FORMER.municipalityCode,
      plannedDate,
      plannedAddress: FORMER,
      receivedOn: "2024-03-20",
      cardHolder: "self" as const
    })
    let reg = build([])
    for (const c of [cert("20000000091", "2024-03-06"), cert("20000000092", "2024-03-05"), cert("20000000093", "")])
      reg = okr(apply(reg, Event.receiveCertificate({ certificate: c, ...M }))).registry
    // The same 住民票コード received again replaces the first.
    reg = okr(apply(reg, Event.receiveCertificate({ certificate: cert("20000000091", "2024-03-07"), ...M }))).registry
    expect(Registry.certificates(reg).map((c) => [c.residentCode, c.plannedDate])).toEqual([
      ["20000000091", "2024-03-07"],
      ["20000000092", "2024-03-05"],
      ["20000000093", ""]
    ])
    // 2024-04-05 is 30 days after 2024-03-06: the certificate of 03-07 is kept, 03-05 is erased, and one without a
    // readable 予定日 is erased.
    const purged = okr(apply(reg, Event.purgeCertificates({ changeDate: "2024-04-05", processedOn: "2024-04-05" })))
    expect(Registry.certificates(purged.registry).map((c) => c.residentCode)).toEqual(["20000000091"])
    expect([purged.effects, purged.alerts]).toEqual([[], []])
    const onTheDay = okr(apply(reg, Event.purgeCertificates({ changeDate: "2024-04-06", processedOn: "2024-04-06" })))
    expect(Registry.certificates(onTheDay.registry).map((c) => c.residentCode)).toEqual(["20000000091"])
    const after = okr(apply(reg, Event.purgeCertificates({ changeDate: "2024-04-07", processedOn: "2024-04-07" })))
    expect(Registry.certificates(after.registry)).toEqual([])
  })
  it("住基法24条の2: a 特例転入 uses up only the 転出証明書情報 of the persons it records; another 転入 none", () => {
    const cert = (code: string) => ({
      residentCode: code,
      fromMunicipality: FORMER.municipalityCode,
      plannedDate: "2024-03-25",
      plannedAddress: FORMER,
      receivedOn: "2024-03-20",
      cardHolder: "self" as const
    })
    let reg = build([])
    for (const n of [1, 2])
      reg = okr(
        apply(reg, Event.receiveCertificate({ certificate: cert(japanese(n).residentCode as string), ...M }))
      ).registry
    const plain = okr(apply(reg, moveIn({ records: [input(japanese(1))], ...M })))
    expect(Registry.certificates(plain.registry)).toHaveLength(2)
    const special = okr(apply(reg, moveIn({ records: [input(japanese(1))], route: "special", ...M })))
    expect(Registry.certificates(special.registry).map((c) => c.residentCode)).toEqual([japanese(2).residentCode])
  })
})
