// plan: the steps (before / after per person) each kind of event makes, written out from 標準仕様書 and 住基法 for
// each case; no rule is run and the registry is not touched.
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import type { HistoryRow, ResidentRecord } from "../models/index.js"
import { unsafeBuild } from "../registry/index.js"
import { leaveF5, out, tenkyoF5 } from "../test-utils/example-kit.js"
import {
  ADDRESS_A,
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
  movedOut,
  MUNI
} from "../test-utils/fixtures.js"
import { apply } from "./index.js"
import { plan } from "./plan.js"
import { Result } from "effect"

const F = family()
const J1 = F[0] as ResidentRecord
const J2 = F[1] as ResidentRecord
const F5 = F[3] as ResidentRecord
const reg = build(F)
const D = { changeDate: "2024-04-01", processedOn: "2024-04-05" }

describe("plan: 記載 (create)", () => {
  it("標準仕様書4.1.1: a 転入 plans one 記載 per record, with the 記載事由, 異動日 and 届出日", () => {
    const j9 = input(japanese(9, { householdNumber: household(9) }))
    const j8 = input(japanese(8, { householdNumber: household(9), relationship: "妻" }))
    const steps = plan(reg, Event.moveIn({ records: [j9, j8], ...M }))
    const entry = { jiyu: "domestic-move-in", date: M.changeDate, filedOn: M.filedOn, byAuthority: false }
    expect(steps).toEqual([
      {
        atenaNumber: atena(9),
        path: ["records", 0],
        jiyu: "domestic-move-in",
        op: "create",
        before: undefined,
        after: { ...j9, state: "current", entry },
        changed: undefined
      },
      {
        atenaNumber: atena(8),
        path: ["records", 1],
        jiyu: "domestic-move-in",
        op: "create",
        before: undefined,
        after: { ...j8, state: "current", entry },
        changed: undefined
      }
    ])
  })
  it("標準仕様書4.0.6: a 職権 記載 has no 届出日; a 記載 on a 除票's 宛名番号 starts from that 除票 (changed items)", () => {
    const [s] = plan(reg, Event.birth({ record: input(japanese(9)), ...M }))
    expect(s?.after.entry).toEqual({ jiyu: "birth", date: M.changeDate, byAuthority: true })
    const gone = movedOut(japanese(9, { householdNumber: household(9) }))
    const back = { ...input(gone), address: ADDRESS_C }
    const [again] = plan(build([...F, gone]), Event.moveIn({ records: [back], ...M }))
    expect(again?.before).toEqual(gone)
    expect(again?.changed).toEqual(["address", "state", "entry", "removal", "moveOut"])
    // A record of the other kind on that 宛名番号 is compared with nothing.
    const [other] = plan(build([...F, gone]), Event.moveIn({ records: [input(foreigner(9))], from: "abroad", ...M }))
    expect([other?.before, other?.changed]).toEqual([gone, undefined])
  })
})

describe("plan: 修正 (modify)", () => {
  it("標準仕様書4.2: a 修正 sets and unsets items on the current record; persons the registry lacks are left out", () => {
    const steps = plan(
      reg,
      Event.modify({
        jiyu: "authority-correction",
        changes: [
          { atenaNumber: atena(77), set: { remarks: "x" } },
          { atenaNumber: atena(1), set: { remarks: "備考" }, unset: ["myNumber"] }
        ],
        ...D
      })
    )
    const { myNumber: _m, ...rest } = J1
    expect(steps).toEqual([
      {
        atenaNumber: atena(1),
        path: ["changes", 1],
        jiyu: "authority-correction",
        op: "modify",
        before: J1,
        after: { ...rest, remarks: "備考" },
        changed: ["remarks", "myNumber"]
      }
    ])
  })
  it("住基法23条: a 転居 to a new address records the old one (with its 方書) as the 前住所", () => {
    const withKatagaki = japanese(1, { address: { ...ADDRESS_A, katagaki: "山田方" } })
    const r = build([withKatagaki, J2, F[2] as ResidentRecord, F5])
    const e = Event.moveWithin({
      persons: [{ atenaNumber: atena(1) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      ...D
    })
    const [s] = plan(r, e)
    expect(s?.after.previousAddress).toEqual({
      municipalityCode: ADDRESS_A.municipalityCode,
      text: `${ADDRESS_A.text}　山田方`
    })
    const [plain] = plan(reg, e)
    expect(plain?.after.previousAddress).toEqual({ municipalityCode: ADDRESS_A.municipalityCode, text: ADDRESS_A.text })
    const [emptyKatagaki] = plan(build([japanese(1, { address: { ...ADDRESS_A, katagaki: "" } })]), e)
    expect(emptyKatagaki?.after.previousAddress?.text).toBe(ADDRESS_A.text)
  })
  it("住基法23条: a 転居 to the same address, one that names its 前住所, or another 事由 keeps the 前住所", () => {
    const same = Event.moveWithin({
      persons: [{ atenaNumber: atena(1) }],
      address: ADDRESS_A,
      householdNumber: household(1),
      ...D
    })
    expect(plan(reg, same)[0]?.after.previousAddress).toEqual(J1.previousAddress)
    const named = Event.moveWithin({
      persons: [{ atenaNumber: atena(1) }],
      address: ADDRESS_C,
      householdNumber: household(1),
      extra: { previousAddress: FORMER },
      ...D
    })
    expect(plan(reg, named)[0]?.after.previousAddress).toEqual(FORMER)
    const correction = Event.modify({
      jiyu: "minor-correction",
      changes: [{ atenaNumber: atena(1), set: { address: ADDRESS_C } }],
      ...D
    })
    expect(plan(reg, correction)[0]?.after.previousAddress).toEqual(J1.previousAddress)
    const hhChange = Event.householdChange({
      jiyu: "household-change",
      members: [{ atenaNumber: atena(2), householdNumber: "8000000037", relationship: "世帯主" }],
      ...D
    })
    expect(plan(reg, hhChange)[0]?.after.previousAddress).toEqual(J2.previousAddress)
  })
})

describe("plan: 消除 (remove)", () => {
  it("住基法24条: a 転出 on a later day is a 転出予定 (leaving) with the planned address; on the day, a 除票", () => {
    const later = leaveF5()
    expect(plan(reg, later)).toEqual([
      {
        atenaNumber: atena(5),
        path: ["atenaNumbers", 0],
        jiyu: "domestic-move-out",
        op: "remove",
        before: F5,
        after: {
          ...F5,
          state: "leaving",
          removal: { jiyu: "domestic-move-out", date: "2024-04-20", filedOn: "2024-04-05", byAuthority: false },
          moveOut: { planned: { address: FORMER, date: "2024-04-20" } }
        },
        changed: ["state", "removal", "moveOut"]
      }
    ])
    const today = Event.moveOut({
      atenaNumbers: [atena(5)],
      destination: FORMER,
      changeDate: "2024-04-05",
      processedOn: "2024-04-05"
    })
    expect(plan(reg, today)[0]?.after.state).toBe("removed")
    const earlier = Event.moveOut({ atenaNumbers: [atena(5)], destination: FORMER, ...M })
    expect(plan(reg, earlier)[0]?.after.state).toBe("removed")
  })
  it("住基法24条: a 転出 without a destination plans an empty one; 死亡 is a 除票 without 転出 items", () => {
    const noDest = { ...Event.moveOut({ atenaNumbers: [atena(5)], destination: FORMER, ...M }) }
    delete (noDest as { destination?: unknown }).destination
    expect(plan(reg, noDest)[0]?.after.moveOut).toEqual({ planned: { address: { text: "" }, date: M.changeDate } })
    const [d] = plan(reg, Event.death({ atenaNumber: atena(3), changeDate: "2024-04-20", processedOn: "2024-04-05" }))
    expect(d?.after.state).toBe("removed")
    expect(d?.after.moveOut).toBeUndefined()
    expect(d?.after.removal).toEqual({ jiyu: "death", date: "2024-04-20", byAuthority: true })
  })
  it("標準仕様書4.1.3.0.1: a 転出届 after the 14-day period (休日 rolled forward) is recorded 職権 only with lateMoveOut convert", () => {
    // 2024-03-01 + 14 days is 03-15 (a Friday): filed on 03-15 is in time, on 03-18 late.
    const on = (filedOn: string) =>
      Event.moveOut({
        atenaNumbers: [atena(5)],
        destination: FORMER,
        changeDate: "2024-03-01",
        filedOn,
        processedOn: filedOn
      })
    const convert = { lateMoveOut: "convert" } as const
    expect(plan(reg, on("2024-03-15"), convert)[0]?.after.removal).toEqual({
      jiyu: "domestic-move-out",
      date: "2024-03-01",
      filedOn: "2024-03-15",
      byAuthority: false
    })
    expect(plan(reg, on("2024-03-18"), convert)[0]?.after.removal).toEqual({
      jiyu: "domestic-move-out",
      date: "2024-03-01",
      byAuthority: true
    })
    expect(plan(reg, on("2024-03-18"))[0]?.after.removal?.byAuthority).toBe(false)
    // A 死亡 届 is no 転出届: never converted.
    const death = Event.death({
      atenaNumber: atena(5),
      changeDate: "2024-03-01",
      filedOn: "2024-03-18",
      processedOn: "2024-03-18"
    })
    expect(plan(reg, { ...death, byAuthority: false }, convert)[0]?.after.removal?.byAuthority).toBe(false)
  })
})

describe("plan: 転入通知, 国籍の得喪, 改製・再製", () => {
  const leaving = () => {
    const r = apply(reg, leaveF5())
    if (Result.isFailure(r)) throw new Error("the 転出 is valid")
    return r.success.registry
  }
  it("住基法9条1項 / 24条: a 転入通知 confirms the 転出; the 除票 date is the earlier of 予定日 and 転入日", () => {
    const r = leaving()
    const [s] = plan(
      r,
      Event.transferInNotice({
        atenaNumber: atena(5),
        address: FORMER,
        changeDate: "2024-04-18",
        noticeOn: "2024-04-22",
        processedOn: "2024-04-25"
      })
    )
    expect([s?.op, s?.jiyu, s?.path]).toEqual(["notice", "domestic-move-out", ["atenaNumber"]])
    expect(s?.after.state).toBe("removed")
    expect(s?.after.moveOut).toEqual({
      planned: { address: FORMER, date: "2024-04-20" },
      confirmed: { address: FORMER, date: "2024-04-18", noticeReceivedOn: "2024-04-22" }
    })
    expect(s?.after.removal?.date).toBe("2024-04-18")
    const [late] = plan(
      r,
      Event.transferInNotice({
        atenaNumber: atena(5),
        address: FORMER,
        changeDate: "2024-04-23",
        processedOn: "2024-04-25"
      })
    )
    expect(late?.after.removal?.date).toBe("2024-04-20")
    expect(late?.after.moveOut?.confirmed?.noticeReceivedOn).toBe("2024-04-25")
  })
  it("住基法9条1項: a 転入通知 for a person without a 転出 keeps the 消除 as it is and names 国内転出", () => {
    const dead = apply(reg, Event.death({ atenaNumber: atena(3), ...M }))
    if (Result.isFailure(dead)) throw new Error("the 死亡 is valid")
    const [s] = plan(dead.success.registry, Event.transferInNotice({ atenaNumber: atena(3), address: FORMER, ...M }))
    expect(s?.after.removal).toEqual({ jiyu: "death", date: M.changeDate, byAuthority: true })
    expect(s?.jiyu).toBe("death")
    expect(s?.after.moveOut).toEqual({
      confirmed: { address: FORMER, date: M.changeDate, noticeReceivedOn: M.processedOn }
    })
    const [current] = plan(reg, Event.transferInNotice({ atenaNumber: atena(1), address: FORMER, ...M }))
    expect([current?.jiyu, current?.after.removal]).toEqual(["domestic-move-out", undefined])
    expect(plan(reg, Event.transferInNotice({ atenaNumber: atena(77), address: FORMER, ...M }))).toEqual([])
  })
  it("令8条の2: 帰化 removes the foreign record and records the new one (two steps); 国籍喪失 the other way", () => {
    const next = input(japanese(5, { householdNumber: F5.householdNumber }))
    const steps = plan(reg, Event.nationalityChange({ direction: "acquisition", record: next, ...D }))
    expect(steps.map((s) => [s.jiyu, s.op, s.path, s.before?.kind, s.after.kind, s.after.state])).toEqual([
      ["authority-removal-naturalisation", "remove", ["record"], "foreign", "foreign", "removed"],
      ["authority-entry-naturalisation", "create", ["record"], "foreign", "japanese", "current"]
    ])
    expect(steps[0]?.after.removal).toEqual({
      jiyu: "authority-removal-naturalisation",
      date: D.changeDate,
      byAuthority: true
    })
    expect(steps[1]?.after.entry).toEqual({
      jiyu: "authority-entry-naturalisation",
      date: D.changeDate,
      byAuthority: true
    })
    expect(steps[1]?.before).toEqual(steps[0]?.after)
    const loss = plan(reg, Event.nationalityChange({ direction: "loss", record: input(foreigner(1)), ...D }))
    expect(loss.map((s) => s.jiyu)).toEqual(["authority-removal-nationality-loss", "authority-entry-nationality-loss"])
    expect(plan(reg, Event.nationalityChange({ direction: "loss", record: input(foreigner(77)), ...D }))).toEqual([])
  })
  it("標準仕様書1.1.4: 改製 and 再製 remove the 住民票 and record it again without 消除 or 転出 items", () => {
    const r = leaving()
    const steps = plan(r, Event.reissue({ atenaNumber: atena(5), mode: "remake", ...D }))
    expect(steps.map((s) => [s.jiyu, s.op, s.after.state])).toEqual([
      ["remake-removal", "remove", "removed"],
      ["remake-entry", "create", "current"]
    ])
    expect(steps[1]?.after.removal).toBeUndefined()
    expect(steps[1]?.after.moveOut).toBeUndefined()
    expect(steps[1]?.after.entry).toEqual({ jiyu: "remake-entry", date: D.changeDate, byAuthority: true })
    expect(steps[0]?.after.removal).toEqual({ jiyu: "remake-removal", date: D.changeDate, byAuthority: true })
    expect(plan(reg, Event.reissue({ atenaNumber: atena(5), ...D })).map((s) => s.jiyu)).toEqual([
      "reissue-removal",
      "reissue-entry"
    ])
    expect(plan(reg, Event.reissue({ atenaNumber: atena(77), ...D }))).toEqual([])
  })
})

describe("plan: 異動の取消し (標準仕様書4.6)", () => {
  const run = (r: ReturnType<typeof build>, e: Event.Event) => {
    const x = apply(r, e)
    if (Result.isFailure(x)) throw new Error(x.failure.violations.map((v) => v.toString()).join("\n"))
    return x.success.registry
  }
  const cancel = (...as: ReadonlyArray<string>) =>
    Event.cancel({ atenaNumbers: as, changeDate: "2024-04-06", processedOn: "2024-04-06" })
  it("標準仕様書4.6: the 取消し of a 記載 without an earlier row makes a 除票 of 異動の取消し（減）", () => {
    const r = run(
      build([]),
      Event.moveIn({
        records: [input({ ...japanese(9), addressSince: M.changeDate, residentSince: M.changeDate })],
        ...M
      })
    )
    const [s] = plan(r, cancel(atena(9)))
    expect([s?.jiyu, s?.op, s?.path]).toEqual(["cancel-decrease", "remove", ["atenaNumbers", 0]])
    expect(s?.after.state).toBe("removed")
    expect(s?.after.removal).toEqual({ jiyu: "cancel-decrease", date: "2024-04-06", byAuthority: true })
  })
  it("標準仕様書4.6: the 取消し of a 修正 restores the row before; of a 消除 restores the record (異動の取消し（増）)", () => {
    const moved = run(reg, tenkyoF5())
    const [m] = plan(moved, cancel(atena(5)))
    expect([m?.jiyu, m?.op, m?.after]).toEqual(["cancel-modification", "modify", F5])
    const dead = run(reg, Event.death({ atenaNumber: atena(3), ...M }))
    const [d] = plan(dead, cancel(atena(3)))
    expect([d?.jiyu, d?.op, d?.after]).toEqual(["cancel-increase", "create", F[2]])
  })
  it("標準仕様書4.6: a 記載 with an earlier row (再転入) is undone to that row; a 転入通知 row or unknown person is not undone", () => {
    const gone = movedOut(japanese(9, { householdNumber: household(9) }))
    const back = run(
      build([...F, gone]),
      Event.moveIn({
        records: [{ ...input(gone), addressSince: M.changeDate, residentSince: M.changeDate } as never],
        ...M
      })
    )
    const [s] = plan(back, cancel(atena(9)))
    expect([s?.jiyu, s?.op, s?.after]).toEqual(["cancel-decrease", "remove", gone])
    expect(plan(reg, cancel(atena(77)))).toEqual([])
    // The 転入通知 closes a 転出: it is not undone.
    const out = run(reg, leaveF5())
    const noticed = run(
      out,
      Event.transferInNotice({
        atenaNumber: atena(5),
        address: FORMER,
        changeDate: "2024-04-21",
        processedOn: "2024-04-25"
      })
    )
    expect(plan(noticed, cancel(atena(5)))).toEqual([])
    expect(plan(out, cancel(atena(5))).map((x) => [x.jiyu, x.op])).toEqual([["cancel-increase", "create"]])
  })
})

describe("plan: the exact items it writes (no key without a value)", () => {
  it("標準仕様書4.0.6: a 記載 without a 届出日 records no 届出日 in its 記載 items", () => {
    const e = Event.moveIn({ records: [input(japanese(9, { householdNumber: household(9) }))], ...D })
    expect(plan(reg, e)[0]?.after.entry).toStrictEqual({
      jiyu: "domestic-move-in",
      date: D.changeDate,
      byAuthority: false
    })
  })
  it("標準仕様書4.1.3.0.1: a 転出 whose 異動日 is no date is never converted to 職権 as late", () => {
    const e = out({ n: 5, changeDate: "2024-02-30", filedOn: "2024-05-30", processedOn: "2024-05-30" })
    expect(plan(reg, e, { lateMoveOut: "convert" })[0]?.after.removal?.byAuthority).toBe(false)
  })
  it("住基法23条: a 転居 that does not name a new 住所 keeps the 前住所", () => {
    const e = Event.modify({
      jiyu: "move-within",
      changes: [{ atenaNumber: atena(1), set: { relationship: "世帯主" } }],
      ...D
    })
    expect(plan(reg, e)[0]?.after.previousAddress).toEqual(J1.previousAddress)
  })
  it("住基法9条1項: a 転入通知 for a person without a 転出予定 records only the 確定 items", () => {
    const [s] = plan(
      reg,
      Event.transferInNotice({ atenaNumber: atena(1), address: FORMER, noticeOn: "2024-04-04", ...D })
    )
    expect(s?.after.moveOut).toStrictEqual({
      confirmed: { address: FORMER, date: D.changeDate, noticeReceivedOn: "2024-04-04" }
    })
  })
  it("住基法9条1項 / 24条: the 転入通知 moves only a 転出's 消除日 to the 転入日, and only when a 予定日 is recorded", () => {
    const notice = Event.transferInNotice({
      atenaNumber: atena(9),
      address: FORMER,
      changeDate: "2024-04-15",
      processedOn: "2024-04-16"
    })
    // plan runs no rule, so the registries are built without them (the record rules want a 転出's items on a 転出).
    // A 転出 without the 転出予定 items: nothing to compare the 転入日 with.
    const bare = {
      ...japanese(9, { householdNumber: household(9) }),
      state: "removed",
      removal: { jiyu: "domestic-move-out", date: "2024-04-20", byAuthority: false }
    } as ResidentRecord
    const loose = (r: ResidentRecord) => unsafeBuild({ municipality: MUNI, records: [r] })
    expect(plan(loose(bare), notice)[0]?.after.removal).toEqual(bare.removal)
    // A 死亡 after a 転出予定: its 消除日 is the day of death, whatever the notice says.
    const died = {
      ...bare,
      removal: { jiyu: "death", date: "2024-04-18", byAuthority: false },
      moveOut: { planned: { address: FORMER, date: "2024-04-20" } }
    } as ResidentRecord
    expect(plan(loose(died), notice)[0]?.after.removal).toEqual(died.removal)
  })
  it("標準仕様書1.1.4: both steps of a 改製 point at the event's 宛名番号 (where a violation is reported)", () => {
    expect(plan(reg, Event.reissue({ atenaNumber: atena(5), ...D })).map((s) => s.path)).toEqual([
      ["atenaNumber"],
      ["atenaNumber"]
    ])
  })
  it("標準仕様書4.6: a person whose history starts at a 消除 or a 修正 (migrated data) has nothing to go back to", () => {
    const gone = movedOut(japanese(9, { householdNumber: household(9) }))
    const moved = japanese(8, { householdNumber: household(8), address: ADDRESS_C })
    const only = (r: ResidentRecord, jiyu: HistoryRow["jiyu"]): ReadonlyArray<HistoryRow> => [
      { historyNumber: 1, jiyu, changeDate: "2023-03-31", processedOn: "2023-03-31", byAuthority: false, snapshot: r }
    ]
    const r = unsafeBuild({
      municipality: MUNI,
      records: [gone, moved],
      history: { [atena(9)]: only(gone, "domestic-move-out"), [atena(8)]: only(moved, "move-within") }
    })
    expect(plan(r, Event.cancel({ atenaNumbers: [atena(9), atena(8)], ...D }))).toEqual([])
  })
})
