import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { apply } from "../apply/index.js"
import * as Event from "../events/index.js"
import {
  ADDRESS_C,
  atena,
  build,
  family,
  FORMER,
  household,
  japanese,
  M,
  movedOut,
  registryJson
} from "../test-utils/fixtures.js"
import * as Registry from "./public.js"

const ok = (r: ReturnType<typeof apply>) => {
  if (Result.isFailure(r)) throw new Error(r.failure.violations.map(String).join("; "))
  return r.success.registry
}

describe("Registry", () => {
  it("toJSON / fromJSON round-trips a registry reached by events (full history kept)", () => {
    let reg = build(family())
    reg = ok(
      apply(
        reg,
        Event.moveWithin({
          persons: [{ atenaNumber: atena(5) }],
          address: ADDRESS_C,
          householdNumber: household(2),
          ...M
        })
      )
    )
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
