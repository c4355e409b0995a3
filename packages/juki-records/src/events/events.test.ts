import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { ADDRESS_C, atena, FORMER, household, input, japanese, M } from "../test-utils/fixtures.js"
import * as Event from "./index.js"

const constructed: ReadonlyArray<Event.Event> = [
  Event.moveIn({ records: [input(japanese(1))], ...M }),
  Event.moveIn({ records: [input(japanese(1))], from: "abroad", route: "unreported", ...M }),
  Event.foreignResidentFiling({ article: "30-47", records: [input(japanese(1))], ...M }),
  Event.birth({ record: input(japanese(1)), ...M }),
  Event.authorityEntry({ records: [input(japanese(1))], ...M }),
  Event.moveWithin({
    persons: [{ atenaNumber: atena(1), relationship: "世帯主" }],
    address: ADDRESS_C,
    householdNumber: household(2),
    ...M
  }),
  Event.householdChange({
    jiyu: "household-split",
    members: [{ atenaNumber: atena(1), householdNumber: household(2), relationship: "世帯主" }],
    ...M
  }),
  Event.modify({
    jiyu: "former-surname-deletion",
    changes: [{ atenaNumber: atena(1), set: {}, unset: ["formerSurname"], baseHistoryNumber: 3 }],
    ...M
  }),
  Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, to: "abroad", ...M }),
  Event.death({ atenaNumber: atena(1), ...M }),
  Event.authorityRemoval({ atenaNumbers: [atena(1)], ...M }),
  Event.transferInNotice({ atenaNumber: atena(1), address: FORMER, ...M }),
  Event.nationalityChange({ direction: "loss", record: input(japanese(1)), ...M }),
  Event.reissue({ atenaNumber: atena(1), mode: "remake", ...M }),
  Event.cancel({ atenaNumbers: [atena(1)], ...M }),
  Event.approve({ provisionalId: "P1", ...M }),
  Event.discard({ provisionalId: "P1", ...M }),
  Event.receiveCertificate({
    certificate: {
      residentCode: "20000000001",
      fromMunicipality: "271276",
      plannedDate: "2024-03-25",
      plannedAddress: FORMER,
      receivedOn: "2024-03-20",
      cardHolder: "self"
    },
    ...M
  }),
  Event.purgeCertificates(M)
]

describe("Event constructors and decoding", () => {
  it("every constructed event survives JSON and decodes to itself", () => {
    for (const e of constructed) {
      const d = Event.decode(JSON.parse(JSON.stringify(e)))
      expect(Result.isSuccess(d), e.type).toBe(true)
      if (Result.isSuccess(d)) expect(d.success).toEqual(e)
    }
  })
  it("constructors set the 異動事由 of 標準仕様書1.2.2 (転入届 → 国内転入 / 国外転入等, 転出届 → 国内転出 / 国外転出)", () => {
    expect((constructed[0] as Event.CreateEvent).jiyu).toBe("domestic-move-in")
    expect((constructed[1] as Event.CreateEvent).jiyu).toBe("move-in-from-abroad")
    expect((constructed[8] as Event.RemoveEvent).jiyu).toBe("move-out-abroad")
    expect((constructed[3] as Event.CreateEvent).byAuthority).toBe(true)
    expect(Event.jiyuOf(constructed[5] as Event.Event)).toBe("move-within")
  })
  it("unknown keys, missing dates and wrong types are records.event.malformed", () => {
    const bad = [
      { ...constructed[5], extra: 1 },
      { type: "modify", jiyu: "move-within", changes: [] },
      { type: "nope" },
      42,
      null
    ]
    for (const b of bad) {
      const d = Event.decode(b)
      expect(Result.isFailure(d) && d.failure.code).toBe("records.event.malformed")
    }
  })
  it("事由 may be given by its Japanese name; 転居取消 is records.jiyu.forbidden", () => {
    const ok = Event.decode({ ...constructed[5], jiyu: "転居" })
    expect(Result.isSuccess(ok) && "jiyu" in ok.success && ok.success.jiyu).toBe("move-within")
    const out = Event.decode({ ...constructed[8], jiyu: "国外転出" })
    expect(Result.isSuccess(out)).toBe(true)
    const no = Event.decode({ ...constructed[5], jiyu: "転居取消" })
    expect(Result.isFailure(no) && no.failure.code).toBe("records.jiyu.forbidden")
  })
  it("decode never throws and never echoes the input in its message", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const d = Event.decode(u)
        expect(Result.isResult(d)).toBe(true)
      })
    )
    const d = Event.decode({ ...constructed[0], records: [{ ...input(japanese(1)), myNumber: 123456789012 }] })
    expect(Result.isFailure(d) && d.failure.messageIn("en")).not.toContain("123456789012")
  })
})

describe("Event constructors: the event each 届出 or 職権 makes (標準仕様書1.2.2 異動事由)", () => {
  const meta = { changeDate: "2024-04-01", processedOn: "2024-04-05" }
  const r = input(japanese(1))
  it("住基法22条: 転入届 → 国内転入, or 国外転入等 from abroad; a route only when one is given", () => {
    expect(Event.moveIn({ records: [r], ...meta })).toEqual({
      type: "create",
      jiyu: "domestic-move-in",
      records: [r],
      ...meta
    })
    expect(Event.moveIn({ records: [r], from: "domestic", route: "special", ...meta })).toEqual({
      type: "create",
      jiyu: "domestic-move-in",
      route: "special",
      records: [r],
      ...meta
    })
    expect(Event.moveIn({ records: [r], from: "abroad", ...meta }).jiyu).toBe("move-in-from-abroad")
    expect("route" in Event.moveIn({ records: [r], ...meta })).toBe(false)
  })
  it("住基法30条の46・30条の47: a foreign resident's filing is a 国外転入等 with the article as its route", () => {
    expect(Event.foreignResidentFiling({ article: "30-46", records: [r], ...meta })).toEqual({
      type: "create",
      jiyu: "move-in-from-abroad",
      route: "art-30-46",
      records: [r],
      ...meta
    })
    expect(Event.foreignResidentFiling({ article: "30-47", records: [r], ...meta }).route).toBe("art-30-47")
  })
  it("住基法8条: 出生 and 職権記載 are recorded 職権", () => {
    expect(Event.birth({ record: r, ...meta })).toEqual({
      type: "create",
      jiyu: "birth",
      records: [r],
      byAuthority: true,
      ...meta
    })
    expect(Event.authorityEntry({ records: [r], ...meta })).toEqual({
      type: "create",
      jiyu: "authority-entry",
      records: [r],
      byAuthority: true,
      ...meta
    })
  })
  it("住基法23条: a 転居 sets the new 住所, 住所を定めた年月日 = 異動日 and the 世帯; 続柄 only when given", () => {
    const e = Event.moveWithin({
      persons: [{ atenaNumber: atena(1), relationship: "世帯主" }, { atenaNumber: atena(2) }],
      address: ADDRESS_C,
      householdNumber: household(2),
      extra: { address: ADDRESS_C, addressSince: "2000-01-01", remarks: "x" },
      ...meta
    })
    expect(e).toEqual({
      type: "modify",
      jiyu: "move-within",
      changes: [
        {
          atenaNumber: atena(1),
          set: {
            address: ADDRESS_C,
            addressSince: "2024-04-01",
            householdNumber: household(2),
            relationship: "世帯主",
            remarks: "x"
          }
        },
        {
          atenaNumber: atena(2),
          set: { address: ADDRESS_C, addressSince: "2024-04-01", householdNumber: household(2), remarks: "x" }
        }
      ],
      ...meta
    })
    expect(Object.keys(e.changes[1]?.set ?? {})).not.toContain("relationship")
  })
  it("住基法25条: a 世帯変更 sets 世帯番号 and 続柄 of every member; a 修正 carries its changes as given", () => {
    expect(
      Event.householdChange({
        jiyu: "head-change",
        members: [{ atenaNumber: atena(2), householdNumber: household(1), relationship: "世帯主" }],
        ...meta
      })
    ).toEqual({
      type: "modify",
      jiyu: "head-change",
      changes: [{ atenaNumber: atena(2), set: { householdNumber: household(1), relationship: "世帯主" } }],
      ...meta
    })
    const changes = [{ atenaNumber: atena(1), set: { remarks: "r" } }]
    expect(Event.modify({ jiyu: "minor-correction", changes, ...meta })).toEqual({
      type: "modify",
      jiyu: "minor-correction",
      changes,
      ...meta
    })
  })
  it("住基法24条: 転出届 → 国内転出, or 国外転出 abroad, with the destination; 死亡 and 職権消除 are 職権", () => {
    expect(Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, ...meta })).toEqual({
      type: "remove",
      jiyu: "domestic-move-out",
      atenaNumbers: [atena(1)],
      destination: FORMER,
      ...meta
    })
    expect(Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, to: "domestic", ...meta }).jiyu).toBe(
      "domestic-move-out"
    )
    expect(Event.moveOut({ atenaNumbers: [atena(1)], destination: FORMER, to: "abroad", ...meta }).jiyu).toBe(
      "move-out-abroad"
    )
    expect(Event.death({ atenaNumber: atena(1), ...meta })).toEqual({
      type: "remove",
      jiyu: "death",
      atenaNumbers: [atena(1)],
      byAuthority: true,
      ...meta
    })
    expect(Event.authorityRemoval({ atenaNumbers: [atena(1), atena(2)], ...meta })).toEqual({
      type: "remove",
      jiyu: "authority-removal",
      atenaNumbers: [atena(1), atena(2)],
      byAuthority: true,
      ...meta
    })
  })
  it("住基法9条1項: a 転入通知 names the person and the new address; 国籍の取得・喪失 and 改製 are 職権", () => {
    expect(Event.transferInNotice({ atenaNumber: atena(1), address: FORMER, ...meta })).toEqual({
      type: "transfer-in-notice",
      atenaNumber: atena(1),
      address: FORMER,
      ...meta
    })
    expect(Event.nationalityChange({ direction: "acquisition", record: r, ...meta })).toEqual({
      type: "nationality-change",
      direction: "acquisition",
      record: r,
      byAuthority: true,
      ...meta
    })
    expect(Event.reissue({ atenaNumber: atena(1), ...meta })).toEqual({
      type: "reissue",
      mode: "reissue",
      atenaNumber: atena(1),
      byAuthority: true,
      ...meta
    })
    expect(Event.reissue({ atenaNumber: atena(1), mode: "remake", ...meta }).mode).toBe("remake")
  })
  it("標準仕様書4.6 / 4.0.8: 取消し, 決裁 and 取下げ carry what they name; certificate events carry the 転出証明書情報", () => {
    expect(Event.cancel({ atenaNumbers: [atena(1)], ...meta })).toEqual({
      type: "cancel",
      atenaNumbers: [atena(1)],
      ...meta
    })
    expect(Event.approve({ provisionalId: "P7", ...meta })).toEqual({ type: "approve", provisionalId: "P7", ...meta })
    expect(Event.discard({ provisionalId: "P7", ...meta })).toEqual({ type: "discard", provisionalId: "P7", ...meta })
    expect(Event.purgeCertificates(meta)).toEqual({ type: "purge-certificates", ...meta })
    const certificate = (constructed[17] as Event.ReceiveCertificateEvent).certificate
    expect(Event.receiveCertificate({ certificate, ...meta })).toEqual({
      type: "receive-certificate",
      certificate,
      ...meta
    })
  })
  it("jiyuOf: the 異動事由 of an event that has one, nothing for one that has none", () => {
    expect(constructed.map((e) => Event.jiyuOf(e))).toEqual([
      "domestic-move-in",
      "move-in-from-abroad",
      "move-in-from-abroad",
      "birth",
      "authority-entry",
      "move-within",
      "household-split",
      "former-surname-deletion",
      "move-out-abroad",
      "death",
      "authority-removal",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})

describe("Event.decode: 異動事由 by name and what a malformed event reports", () => {
  it("標準仕様書1.2.2: 改製 and 再製 read to the 消除 side on a remove event and to the 記載 side otherwise", () => {
    const removal = Event.decode({ ...constructed[10], jiyu: "再製" })
    expect(Result.isSuccess(removal) && Event.jiyuOf(removal.success)).toBe("remake-removal")
    const entry = Event.decode({ ...constructed[4], jiyu: "再製" })
    expect(Result.isSuccess(entry) && Event.jiyuOf(entry.success)).toBe("remake-entry")
    const bad = Event.decode({ ...constructed[4], jiyu: "引越し" })
    expect(Result.isFailure(bad) && bad.failure.code).toBe("records.jiyu.unknown")
    const notText = Event.decode({ ...constructed[4], jiyu: 12 })
    expect(Result.isFailure(notText) && notText.failure.code).toBe("records.jiyu.unknown")
  })
  it("a malformed event's detail names what was expected, on one line of at most 300 characters", () => {
    const d = Event.decode({ ...constructed[5], changeDate: 20240401 })
    expect(Result.isFailure(d)).toBe(true)
    if (Result.isFailure(d)) {
      const detail = String(d.failure.params["detail"])
      expect(detail).toContain("changeDate")
      expect(detail).not.toMatch(/\n|\s{2}/)
      expect(detail.length).toBeLessThanOrEqual(300)
      expect(detail).toBe(detail.trim())
    }
    const long = Event.decode({ type: "create", records: "x".repeat(1000), changeDate: 1, processedOn: 2 })
    expect(Result.isFailure(long) && String(long.failure.params["detail"]).length).toBeLessThanOrEqual(300)
  })
  it("never throws: an input whose reading fails is records.event.malformed 'unreadable input'", () => {
    const hostile = new Proxy(
      { jiyu: "転居" },
      {
        get: () => {
          throw new Error("boom")
        }
      }
    )
    const d = Event.decode(hostile)
    expect(Result.isFailure(d) && [d.failure.code, d.failure.params["detail"]]).toEqual([
      "records.event.malformed",
      "unreadable input"
    ])
  })
})
