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
