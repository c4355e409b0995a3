// Registry.fromJSON (registry/load.ts): the plain-JSON form is decoded, its 仮登録 events decoded one by one, and
// the records checked by the record, 世帯 and registry rules (unless `validate: false`); every problem is reported
// with its path.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import { atena, family, household, input, japanese, M, movedOut, registryJson } from "../test-utils/fixtures.js"
import * as Registry from "./public.js"

const fails = (r: ReturnType<typeof Registry.fromJSON>) =>
  Result.isFailure(r) ? r.failure.map((e) => [e.code, e.path, e.params]) : "ok"

describe("Registry.fromJSON", () => {
  it("input that does not decode: one records.registry.malformed with the decoder's message on one line, at most 300 characters", () => {
    const r = Registry.fromJSON({ municipality: "131016", records: 5 })
    expect(fails(r)).toEqual([["records.registry.malformed", [], { detail: 'Expected array at ["records"]' }]])
    // Many bad records: the message spans lines; the detail is cut and has no line break or double space.
    const many = Registry.fromJSON({ municipality: "131016", records: Array.from({ length: 40 }, () => ({ x: 1 })) })
    const detail = Result.isFailure(many) ? String(many.failure[0]?.params["detail"]) : ""
    expect(detail.length).toBeLessThanOrEqual(300)
    expect(detail).not.toMatch(/\s\s|\n/)
    expect(detail.length).toBeGreaterThan(20)
  })
  it("input that cannot even be read (a getter that throws) is malformed, not an exception", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("x")
        },
        ownKeys() {
          throw new Error("y")
        }
      }
    )
    expect(fails(Registry.fromJSON(hostile))).toEqual([
      ["records.registry.malformed", [], { detail: "unreadable input" }]
    ])
  })
  it("標準仕様書4.0.8: each 仮登録 event is decoded; a bad one is reported at its position in pending", () => {
    const good = Event.moveIn({ records: [], ...M })
    const r = Registry.fromJSON({
      ...registryJson(family()),
      pending: [
        { id: "P1", event: good },
        { id: "P2", event: { type: "nope" } }
      ]
    })
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.path])).toEqual([
      ["records.registry.malformed", ["pending", 1]]
    ])
    expect(Result.isFailure(r) && String(r.failure[0]?.params["detail"])).toContain("type")
  })
  it("標準仕様書4.0.8: a 仮登録 names the persons of its event (記載: the new records; others: the persons changed)", () => {
    const create = JSON.parse(
      JSON.stringify(
        Event.moveIn({
          records: [
            input(japanese(8, { householdNumber: household(8) })),
            input(japanese(9, { householdNumber: household(8), relationship: "子" }))
          ],
          ...M
        })
      )
    )
    const out = JSON.parse(
      JSON.stringify(Event.moveOut({ atenaNumbers: [atena(1), atena(2)], destination: { text: "x" }, ...M }))
    )
    const death = JSON.parse(JSON.stringify(Event.death({ atenaNumber: atena(3), ...M })))
    const purge = JSON.parse(JSON.stringify(Event.purgeCertificates(M)))
    const r = Registry.fromJSON({
      ...registryJson(family()),
      provisionalCounter: 4,
      pending: [
        { id: "P1", event: create },
        { id: "P2", event: out },
        { id: "P3", event: death },
        { id: "P4", event: purge }
      ]
    })
    if (Result.isFailure(r)) throw new Error(JSON.stringify(fails(r)))
    expect(Registry.pending(r.success).map((p) => [p.id, p.atenaNumbers])).toEqual([
      ["P1", [atena(8), atena(9)]],
      ["P2", [atena(1), atena(2)]],
      ["P3", [atena(3)]],
      ["P4", []]
    ])
    expect(Registry.stateOf(r.success, atena(9))).toBe("provisional")
    expect(r.success.provisionalCounter).toBe(4)
  })
  it("住基法30条の4・番号法: two 現存 records with one 個人番号 are reported at the second record; validate: false loads them", () => {
    const dup = [japanese(1), japanese(2, { relationship: "妻", myNumber: japanese(1).myNumber as string })]
    expect(fails(Registry.fromJSON(registryJson(dup)))).toEqual([
      ["records.registry.unique-person", ["records", 1], { matchedBy: "myNumber", matchedByJa: "個人番号" }]
    ])
    const loose = Registry.fromJSON(registryJson(dup), { validate: false })
    expect(Result.isSuccess(loose) && Registry.size(loose.success)).toBe(2)
    // A disabled rule is not run.
    expect(fails(Registry.fromJSON(registryJson(dup), { disable: ["records.registry.unique-person"] }))).toBe("ok")
  })
  it("the same 宛名番号 twice is malformed at the second record's 宛名番号", () => {
    const r = Registry.fromJSON(registryJson([japanese(1), japanese(1)]), {
      disable: ["records.registry.unique-person", "records.household.at-most-one-head"]
    })
    expect(fails(r)).toEqual([
      ["records.registry.malformed", ["records", 1, "atenaNumber"], { detail: "duplicated 宛名番号" }]
    ])
  })
  it("record rules see each record at its position: a malformed 住民票コード is reported at records[i].residentCode", () => {
    const r = Registry.fromJSON(registryJson([japanese(1), japanese(2, { relationship: "妻", residentCode: "123" })]))
    expect(Result.isFailure(r) && r.failure.map((e) => [e.code, e.path])).toEqual([
      ["records.cs.item-format", ["records", 1, "residentCode"]]
    ])
  })
  it("住基法7条4号: 世帯 rules see the current records only (a 除票 or 転出予定 世帯主 does not make two heads)", () => {
    const twoHeads = [japanese(1), japanese(2)]
    expect(fails(Registry.fromJSON(registryJson(twoHeads)))).toEqual([
      ["records.household.at-most-one-head", ["household"], { count: 2 }]
    ])
    const leaving = {
      ...japanese(2),
      state: "leaving",
      removal: { jiyu: "domestic-move-out", date: "2024-04-20", filedOn: "2024-04-05", byAuthority: false },
      moveOut: { planned: { address: { municipalityCode: "271276", text: "大阪府" }, date: "2024-04-20" } }
    }
    expect(fails(Registry.fromJSON(registryJson([japanese(1), leaving as never])))).toBe("ok")
    expect(fails(Registry.fromJSON(registryJson([japanese(1), movedOut(japanese(2))])))).toBe("ok")
    // Heads of different 世帯 are fine.
    expect(fails(Registry.fromJSON(registryJson([japanese(1), japanese(2, { householdNumber: household(2) })])))).toBe(
      "ok"
    )
  })
  it("keeps the registry-wide values and the 転出証明書情報 it was given", () => {
    const cert = {
      residentCode: "20000000011",
      fromMunicipality: "271276",
      plannedDate: "2024-04-10",
      plannedAddress: { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番" },
      receivedOn: "2024-03-20",
      cardHolder: "self"
    }
    const r = Registry.fromJSON({ ...registryJson(family()), sequence: 12, certificates: [cert] })
    if (Result.isFailure(r)) throw new Error(JSON.stringify(fails(r)))
    expect([r.success.sequence, r.success.provisionalCounter, r.success.municipality]).toEqual([12, 0, "131016"])
    expect(Registry.certificates(r.success)).toEqual([cert])
  })
})

describe("Registry.fromJSON: more details", () => {
  it("a decoder message longer than 300 characters is cut to 300", () => {
    const r = Registry.fromJSON({ municipality: "131016", records: [], ["k".repeat(400)]: 1 })
    const detail = Result.isFailure(r) ? String(r.failure[0]?.params["detail"]) : ""
    expect(detail).toHaveLength(300)
    expect(detail.startsWith("Expected")).toBe(true)
  })
  it("標準仕様書4.0.8: a 仮登録 of an event naming one person (転入通知) names that person", () => {
    const notice = JSON.parse(
      JSON.stringify(
        Event.transferInNotice({
          atenaNumber: atena(3),
          address: { municipalityCode: "271276", text: "大阪府" },
          changeDate: "2024-04-15",
          processedOn: "2024-04-16"
        })
      )
    )
    const r = Registry.fromJSON({ ...registryJson(family()), pending: [{ id: "P1", event: notice }] })
    if (Result.isFailure(r)) throw new Error(JSON.stringify(fails(r)))
    expect(Registry.pending(r.success).map((p) => p.atenaNumbers)).toEqual([[atena(3)]])
  })
})
