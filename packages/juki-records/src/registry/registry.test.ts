import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import * as Event from "../events/index.js"
import { tenkyoF5 } from "../test-utils/example-kit.js"
import {
  atena,
  build,
  family,
  foreigner,
  FORMER,
  household,
  japanese,
  M,
  movedOut,
  registryJson
} from "../test-utils/fixtures.js"
import { addMember, indexIds, indexThreeInfo, lookupId, removeMember } from "./index.js"
import * as Registry from "./public.js"

const ok = (r: ReturnType<typeof apply>) => {
  if (Result.isFailure(r)) throw new Error(r.failure.violations.map(String).join("; "))
  return r.success.registry
}

describe("Registry", () => {
  it("toJSON / fromJSON round-trips a registry reached by events (full history kept)", () => {
    let reg = build(family())
    reg = ok(apply(reg, tenkyoF5()))
    reg = ok(
      apply(
        reg,
        Event.moveOut({
          atenaNumbers: [atena(3)],
          destination: FORMER,
          changeDate: "2024-04-20",
          filedOn: "2024-04-05",
          processedOn: "2024-04-05"
        })
      )
    )
    const json = JSON.parse(JSON.stringify(Registry.toJSON(reg)))
    const back = Registry.fromJSON(json)
    expect(Result.isSuccess(back)).toBe(true)
    if (Result.isSuccess(back)) expect(JSON.parse(JSON.stringify(Registry.toJSON(back.success)))).toEqual(json)
    expect(Registry.getHistory(reg, atena(5)).map((h) => h.historyNumber)).toEqual([1, 2])
  })
  it("標準仕様書1.1.5: a 転出予定 is a 現存者 until the 転出予定年月日, a 除票 from that day", () => {
    const reg = ok(
      apply(
        build(family()),
        Event.moveOut({
          atenaNumbers: [atena(3)],
          destination: FORMER,
          changeDate: "2024-04-20",
          filedOn: "2024-04-05",
          processedOn: "2024-04-05"
        })
      )
    )
    expect(Registry.stateOf(reg, atena(3), "2024-04-19")).toBe("leaving")
    expect(Registry.stateOf(reg, atena(3), "2024-04-20")).toBe("removed")
    expect(Registry.getHousehold(reg, household(1), "2024-04-19")?.members).toContain(atena(3))
    expect(Registry.getHousehold(reg, household(1), "2024-04-20")?.members).not.toContain(atena(3))
    expect(Registry.stateOf(reg, atena(99))).toBe("none")
  })
  it("finds persons by 住民票コード, 個人番号 and 3情報; 世帯主 by 世帯", () => {
    const reg = build([...family(), movedOut(japanese(7, { householdNumber: household(7) }))])
    expect(Registry.findByResidentCode(reg, japanese(2).residentCode as string)).toBe(atena(2))
    expect(Registry.findByMyNumber(reg, japanese(7).myNumber as string)).toBe(atena(7))
    expect(Registry.findByThreeInfo(reg, family()[2] as ReturnType<typeof japanese>)).toEqual([atena(3)])
    expect(Registry.headOf(reg, household(1))?.atenaNumber).toBe(atena(1))
    expect(Registry.households(reg).map((h) => h.householdNumber)).toEqual([household(1), household(2)])
    expect(Registry.size(reg)).toBe(5)
  })
  it("fromJSON never throws and reports malformed input as records.registry.malformed", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const r = Registry.fromJSON(u)
        expect(Result.isResult(r)).toBe(true)
      })
    )
    const r = Registry.fromJSON(registryJson(family(), { extra: true } as never))
    expect(Result.isFailure(r) && r.failure.map((e) => e.code)).toEqual(["records.registry.malformed"])
    expect(Registry.isRegistry(build([]))).toBe(true)
    expect(Registry.isRegistry({})).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Exact results of the getters and indexes (mutation testing showed them asserted only through apply).

const leaving = (n: number, planned: string) =>
  ({
    ...japanese(n),
    state: "leaving",
    removal: { jiyu: "domestic-move-out", date: planned, filedOn: "2024-04-05", byAuthority: false },
    moveOut: { planned: { address: FORMER, date: planned } }
  }) as ReturnType<typeof japanese>

describe("Registry states (標準仕様書 1.1.5)", () => {
  it("標準仕様書1.1.5: effectiveState of a 転出予定 is leaving before the 転出予定年月日, removed on and after it", () => {
    const r = leaving(3, "2024-04-20")
    expect(Registry.effectiveState(r)).toBe("leaving")
    expect(Registry.effectiveState(r, "2024-04-19")).toBe("leaving")
    expect(Registry.effectiveState(r, "2024-04-20")).toBe("removed")
    expect(Registry.effectiveState(r, "2024-04-21")).toBe("removed")
    // Without a planned day a 転出予定 stays one; other states do not depend on the day.
    const { moveOut: _m, ...noPlan } = r
    expect(Registry.effectiveState(noPlan as typeof r, "2099-01-01")).toBe("leaving")
    expect(Registry.effectiveState(japanese(1), "2099-01-01")).toBe("current")
    expect(Registry.effectiveState(movedOut(japanese(2)), "2000-01-01")).toBe("removed")
  })
  it("住基法: a 現存者 is a current record or a 転出予定 before its day; isPresent never throws on other input", () => {
    expect(Registry.isPresent(japanese(1))).toBe(true)
    expect(Registry.isPresent(movedOut(japanese(1)))).toBe(false)
    expect(Registry.isPresent(leaving(3, "2024-04-20"), "2024-04-19")).toBe(true)
    expect(Registry.isPresent(leaving(3, "2024-04-20"), "2024-04-20")).toBe(false)
    expect(Registry.isPresent(leaving(3, "2024-04-20"))).toBe(true)
    for (const bad of [null, undefined, 1, "current", {}, { state: 1 }])
      expect(Registry.isPresent(bad as never)).toBe(false)
    expect(Registry.isPresent(japanese(1), 20240401 as never)).toBe(false)
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (u, d) => {
        expect(typeof Registry.isPresent(u as never, d as never)).toBe("boolean")
      })
    )
  })
  it("標準仕様書4.0.8: a person named by a 仮登録 of a 転入 is provisional, not one named by another pending change", () => {
    const create = Event.moveIn({ records: [], ...M })
    const modify = Event.death({ atenaNumber: atena(2), ...M })
    const reg = Registry.unsafeBuild({
      municipality: "131016",
      records: [japanese(2)],
      pending: [
        { id: "P1", event: modify, atenaNumbers: [atena(2), atena(4)] },
        { id: "P2", event: create, atenaNumbers: [atena(8), atena(9)] }
      ]
    })
    expect(Registry.isProvisional(reg, atena(9))).toBe(true)
    expect(Registry.isProvisional(reg, atena(8))).toBe(true)
    expect(Registry.isProvisional(reg, atena(4))).toBe(false)
    expect(Registry.stateOf(reg, atena(9))).toBe("provisional")
    expect(Registry.stateOf(reg, atena(4))).toBe("none")
    // A recorded person is in its record's state even when a pending change names them.
    expect(Registry.stateOf(reg, atena(2))).toBe("current")
    expect(Registry.isProvisional(build([]), atena(9))).toBe(false)
    for (const bad of [null, {}, { pending: [] }, 1]) expect(Registry.isProvisional(bad as never, atena(9))).toBe(false)
    expect(Registry.isProvisional(reg, 9 as never)).toBe(false)
  })
  it("isRegistry is true only for a registry value and never throws", () => {
    expect(Registry.isRegistry(Registry.empty("131016"))).toBe(true)
    expect(Registry.isRegistry({ _tag: "Registry" })).toBe(true)
    for (const u of [null, undefined, "Registry", { _tag: "registry" }, []]) expect(Registry.isRegistry(u)).toBe(false)
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no")
        }
      }
    )
    expect(Registry.isRegistry(hostile)).toBe(false)
  })
})

describe("Registry getters", () => {
  // Built inside each test: a registry built while the tests are collected would make Stryker count the code it runs
  // as static.
  const six = () =>
    Registry.unsafeBuild({
      municipality: "131016",
      sequence: 7,
      provisionalCounter: 3,
      records: [
        japanese(4, { householdNumber: household(1), relationship: "子" }),
        japanese(1),
        japanese(2, { relationship: "妻" }),
        // Still listed under 世帯 1 as a former member, now 世帯主 of 世帯 3.
        japanese(6, { householdNumber: household(3) }),
        movedOut(japanese(7, { relationship: "子" })),
        foreigner(5, { householdNumber: household(2) })
      ]
    })
  it("records are ordered by 宛名番号; size counts 除票 too", () => {
    expect(Registry.records(six()).map((r) => r.atenaNumber)).toEqual([1, 2, 4, 5, 6, 7].map(atena))
    expect(Registry.size(six())).toBe(6)
    expect(Registry.size(Registry.empty("131016"))).toBe(0)
  })
  it("住基法6条: a 世帯 lists its 現存 members in entry order; 除票 and members now in another 世帯 are left out", () => {
    const moved = Registry.unsafeBuild({
      municipality: "131016",
      records: [japanese(1), japanese(6, { relationship: "子" })]
    })
    // Person 6 later recorded in 世帯 3: the index still lists them under 世帯 1 until rebuilt.
    const p6 = japanese(6, { householdNumber: household(3) })
    const stale = {
      ...moved,
      persons: moved.persons.set(atena(6), {
        ...(moved.persons.get(atena(6)) as Registry.PersonEntry),
        record: p6
      })
    }
    expect(Registry.householdMembers(stale, household(1)).map((r) => r.atenaNumber)).toEqual([atena(1)])
    expect(Registry.getHousehold(stale, household(1))).toEqual({ householdNumber: household(1), members: [atena(1)] })
    expect(Registry.householdMembers(six(), household(1)).map((r) => r.atenaNumber)).toEqual([4, 1, 2].map(atena))
    expect(Registry.getHousehold(six(), household(9))).toBeUndefined()
    expect(Registry.householdMembers(six(), household(9))).toEqual([])
  })
  it("households are ordered by 世帯番号 and leave out 世帯 whose members are all gone", () => {
    const gone = Registry.unsafeBuild({
      municipality: "131016",
      records: [japanese(1), movedOut(japanese(8, { householdNumber: household(8) }))]
    })
    expect(Registry.households(gone)).toEqual([{ householdNumber: household(1), members: [atena(1)] }])
    expect(Registry.households(six()).map((h) => h.householdNumber)).toEqual([household(1), household(2), household(3)])
  })
  it("住基法7条4号: the 世帯主 of a 世帯 is its member recorded as 世帯主", () => {
    expect(Registry.headOf(six(), household(1))?.atenaNumber).toBe(atena(1))
    expect(Registry.headOf(six(), household(3))?.atenaNumber).toBe(atena(6))
    expect(Registry.headOf(six(), household(9))).toBeUndefined()
    const headless = Registry.unsafeBuild({ municipality: "131016", records: [japanese(2, { relationship: "妻" })] })
    expect(Registry.headOf(headless, household(1))).toBeUndefined()
  })
  it("getHistory gives every row oldest first; latestHistoryNumber is the 履歴番号 of the last; none for an unknown person", () => {
    const r1 = japanese(1)
    const rows = [1, 2, 3].map((n) => ({
      historyNumber: n,
      jiyu: "move-within" as const,
      changeDate: `2024-0${n}-01`,
      processedOn: `2024-0${n}-01`,
      byAuthority: false,
      snapshot: r1
    }))
    const h = Registry.unsafeBuild({ municipality: "131016", records: [r1], history: { [atena(1)]: rows } })
    expect(Registry.getHistory(h, atena(1)).map((x) => x.changeDate)).toEqual([
      "2024-01-01",
      "2024-02-01",
      "2024-03-01"
    ])
    expect(Registry.latestHistoryNumber(h, atena(1))).toBe(3)
    expect(Registry.getHistory(h, atena(2))).toEqual([])
    expect(Registry.latestHistoryNumber(h, atena(2))).toBe(0)
    expect(Registry.getRecord(h, atena(2))).toBeUndefined()
    expect(Registry.getRecord(h, atena(1))).toEqual(r1)
  })
  it("the 3情報 key is the 氏名 without spaces (漢字, else 英字, else カナ), 生年月日 and 性別", () => {
    const base = { birthDate: "1980-04-01", sex: "male" as const }
    expect(Registry.threeInfoKey({ ...base, name: { kanji: "山田　太 郎", kana: "ヤマダ" } })).toBe(
      "山田太郎|1980-04-01|male"
    )
    expect(Registry.threeInfoKey({ ...base, name: { kanji: "山田太郎" } })).toBe("山田太郎|1980-04-01|male")
    expect(Registry.threeInfoKey({ ...base, name: { alphabet: "SMITH\tJOHN", katakana: "スミス" } })).toBe(
      "SMITHJOHN|1980-04-01|male"
    )
    expect(Registry.threeInfoKey({ ...base, name: { kana: "ヤマダ　タロウ" } })).toBe("ヤマダタロウ|1980-04-01|male")
    expect(Registry.threeInfoKey({ ...base, name: {} } as never)).toBe("|1980-04-01|male")
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (n) => {
        const key = Registry.threeInfoKey({ ...base, name: { kanji: n } })
        expect(key).toBe(`${[...n].filter((c) => !/^[\s\u3000]$/.test(c)).join("")}|1980-04-01|male`)
      })
    )
  })
  it("住民票コード, 個人番号 and card numbers of earlier history rows still find the person (住基法30条の4)", () => {
    const now = foreigner(5)
    const before = foreigner(5, {
      residentCode: "29999999999",
      myNumber: "999999999999",
      status: { ...foreigner(5).status, cardNumber: "ZZ00000000ZZ" } as never
    })
    const row = (n: number, snapshot: typeof now) => ({
      historyNumber: n,
      jiyu: "modification" as never,
      changeDate: "2024-01-01",
      processedOn: "2024-01-01",
      byAuthority: false,
      snapshot
    })
    const reg2 = Registry.unsafeBuild({
      municipality: "131016",
      records: [now],
      history: { [atena(5)]: [row(1, before), row(2, now)] }
    })
    expect(Registry.findByResidentCode(reg2, "29999999999")).toBe(atena(5))
    expect(Registry.findByResidentCode(reg2, now.residentCode as string)).toBe(atena(5))
    expect(Registry.findByMyNumber(reg2, "999999999999")).toBe(atena(5))
    expect(Registry.findByCardNumber(reg2, "ZZ00000000ZZ")).toBe(atena(5))
    expect(Registry.findByCardNumber(reg2, "AB00000005CD")).toBe(atena(5))
    expect(Registry.findByCardNumber(reg2, "AB00000006CD")).toBeUndefined()
    // A person with no 住民票コード or 個人番号 is indexed under neither.
    const { residentCode: _r, myNumber: _m, ...bare } = japanese(1)
    const reg3 = Registry.unsafeBuild({ municipality: "131016", records: [bare as never] })
    expect(reg3.byResidentCode.size + reg3.byMyNumber.size + reg3.byCard.size).toBe(0)
  })
  it("two persons with the same 3情報 share the key; the same person is listed once", () => {
    const twin = japanese(9, { name: japanese(1).name, birthDate: japanese(1).birthDate, sex: japanese(1).sex })
    const reg2 = Registry.unsafeBuild({ municipality: "131016", records: [japanese(1), twin] })
    expect(Registry.findByThreeInfo(reg2, japanese(1))).toEqual([atena(1), atena(9)])
    expect(Registry.findByThreeInfo(reg2, japanese(2))).toEqual([])
  })
  it("pending and certificates are ordered by id and 住民票コード", () => {
    const ev = Event.moveIn({ records: [], ...M })
    const c = (n: number) => ({
      residentCode: `2000000000${n}`,
      fromMunicipality: "271276",
      plannedDate: "2024-04-10",
      plannedAddress: { municipalityCode: "131016", text: "x" },
      receivedOn: "2024-03-20",
      cardHolder: "self" as const
    })
    const reg2 = Registry.unsafeBuild({
      municipality: "131016",
      records: [],
      pending: [
        { id: "P2", event: ev, atenaNumbers: [] },
        { id: "P10", event: ev, atenaNumbers: [] },
        { id: "P1", event: ev, atenaNumbers: [] }
      ],
      certificates: [c(3), c(1), c(2)]
    })
    expect(Registry.pending(reg2).map((p) => p.id)).toEqual(["P1", "P10", "P2"])
    expect(Registry.certificates(reg2).map((x) => x.residentCode)).toEqual([
      "20000000001",
      "20000000002",
      "20000000003"
    ])
  })
})

describe("Registry.toJSON", () => {
  it("writes sequence always, provisionalCounter, pending and certificates only when there are any", () => {
    const j = Registry.toJSON(Registry.unsafeBuild({ municipality: "131016", records: [japanese(1)] }))
    expect(Object.keys(j).sort()).toEqual(["history", "municipality", "records", "sequence"])
    expect(j.sequence).toBe(0)
    const ev = Event.moveIn({ records: [], ...M })
    const k = Registry.toJSON(
      Registry.unsafeBuild({
        municipality: "131016",
        sequence: 4,
        provisionalCounter: 2,
        records: [],
        pending: [{ id: "P1", event: ev, atenaNumbers: [atena(1)] }],
        certificates: [
          {
            residentCode: "20000000001",
            fromMunicipality: "271276",
            plannedDate: "2024-04-10",
            plannedAddress: { municipalityCode: "131016", text: "x" },
            receivedOn: "2024-03-20",
            cardHolder: "head"
          }
        ]
      })
    )
    expect(k.sequence).toBe(4)
    expect(k.provisionalCounter).toBe(2)
    expect(k.pending).toEqual([{ id: "P1", event: ev }])
    expect(k.certificates?.map((c) => c.cardHolder)).toEqual(["head"])
  })
  it("a record loaded without history gets one row made from its 記載事由 (processed on the 届出日, else the 異動日)", () => {
    const filed = japanese(1)
    const { filedOn: _f, ...entry } = filed.entry
    const unfiled = japanese(2, { entry: { ...entry, byAuthority: true } })
    const j = Registry.toJSON(Registry.unsafeBuild({ municipality: "131016", records: [filed, unfiled] }))
    expect(j.history?.[atena(1)]).toEqual([
      {
        historyNumber: 1,
        jiyu: "domestic-move-in",
        changeDate: "2020-04-01",
        processedOn: "2020-04-03",
        filedOn: "2020-04-03",
        byAuthority: false,
        snapshot: filed
      }
    ])
    expect(j.history?.[atena(2)]).toEqual([
      {
        historyNumber: 1,
        jiyu: "domestic-move-in",
        changeDate: "2020-04-01",
        processedOn: "2020-04-01",
        byAuthority: true,
        snapshot: unfiled
      }
    ])
  })
})

describe("Registry building (internal: the indexes apply keeps)", () => {
  const empty = () => Registry.empty("131016")
  it("住基法30条の4・番号法: indexIds indexes the 住民票コード, 個人番号 and card number, each in its own index, skipping empty ones", () => {
    const f = foreigner(5)
    const ids = indexIds(empty(), f)
    expect([ids.byResidentCode.entries(), ids.byMyNumber.entries(), ids.byCard.entries()]).toEqual([
      [[f.residentCode, atena(5)]],
      [[f.myNumber, atena(5)]],
      [["AB00000005CD", atena(5)]]
    ])
    const blank = indexIds(empty(), {
      ...foreigner(6),
      residentCode: "",
      myNumber: "",
      status: { ...foreigner(6).status, cardNumber: "" }
    } as never)
    expect([blank.byResidentCode.size, blank.byMyNumber.size, blank.byCard.size]).toEqual([0, 0, 0])
    const { residentCode: _r, myNumber: _m, ...none } = japanese(1)
    const n = indexIds(empty(), none as never)
    expect([n.byResidentCode.size, n.byMyNumber.size, n.byCard.size]).toEqual([0, 0, 0])
    const reg = { ...empty(), ...ids }
    expect([lookupId(reg, "r", f.residentCode as string), lookupId(reg, "m", f.myNumber as string)]).toEqual([
      atena(5),
      atena(5)
    ])
    expect([
      lookupId(reg, "c", "AB00000005CD"),
      lookupId(reg, "r", "AB00000005CD"),
      lookupId(reg, "m", "AB00000005CD")
    ]).toEqual([atena(5), undefined, undefined])
    expect(lookupId(reg, "c", f.residentCode as string)).toBeUndefined()
  })
  it("indexThreeInfo and addMember add a person once, after those already there", () => {
    const a = japanese(1)
    const twin = japanese(9, { name: a.name, birthDate: a.birthDate, sex: a.sex })
    const t1 = indexThreeInfo(empty().threeInfo, a)
    expect(t1.entries()).toEqual([[Registry.threeInfoKey(a), [atena(1)]]])
    const t2 = indexThreeInfo(t1, twin)
    expect(t2.get(Registry.threeInfoKey(a))).toEqual([atena(1), atena(9)])
    expect(indexThreeInfo(t2, a)).toBe(t2)
    const h1 = addMember(empty().households, "h", "A")
    expect(h1.entries()).toEqual([["h", ["A"]]])
    const h2 = addMember(h1, "h", "B")
    expect(h2.get("h")).toEqual(["A", "B"])
    expect(addMember(h2, "h", "A")).toBe(h2)
  })
  it("removeMember takes a person out of a 世帯; the last one out deletes it; an absent one changes nothing", () => {
    const h = addMember(addMember(empty().households, "h", "A"), "h", "B")
    const one = removeMember(h, "h", "A")
    expect(one.entries()).toEqual([["h", ["B"]]])
    expect(removeMember(one, "h", "B").size).toBe(0)
    expect(removeMember(h, "h", "C")).toBe(h)
    expect(removeMember(h, "x", "A")).toBe(h)
  })
  it("a 世帯 index naming a person the registry does not hold lists only the persons it holds", () => {
    const reg = Registry.unsafeBuild({ municipality: "131016", records: [japanese(1)] })
    const odd = { ...reg, households: reg.households.set(household(1), [atena(1), atena(8)]) }
    expect(Registry.householdMembers(odd, household(1)).map((r) => r.atenaNumber)).toEqual([atena(1)])
  })
  it("isProvisional never throws: undefined, null or a registry without 仮登録 give false", () => {
    for (const bad of [undefined, null, "x", { pending: undefined }])
      expect(Registry.isProvisional(bad as never, atena(1))).toBe(false)
  })
  it("toJSON writes records and history in 宛名番号 order whatever order they were loaded in; the same record twice is one 3情報 entry", () => {
    const reg = Registry.unsafeBuild({ municipality: "131016", records: [japanese(2), japanese(1)] })
    const j = Registry.toJSON(reg)
    expect(j.records.map((r) => r.atenaNumber)).toEqual([atena(1), atena(2)])
    expect(Object.keys(j.history ?? {})).toEqual([atena(1), atena(2)])
    const dup = Registry.unsafeBuild({ municipality: "131016", records: [japanese(1), japanese(1)] })
    expect(Registry.findByThreeInfo(dup, japanese(1))).toEqual([atena(1)])
    const { filedOn: _f, ...entry } = japanese(3).entry
    const row = Registry.toJSON(Registry.unsafeBuild({ municipality: "131016", records: [japanese(3, { entry })] }))
      .history?.[atena(3)]?.[0]
    expect(row !== undefined && "filedOn" in row).toBe(false)
  })
})
