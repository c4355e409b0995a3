import { describe, expect, it } from "vitest"
import { cardNumber, foreigner, japanese } from "../test-utils/fixtures.js"
import { cardNumberOf, kubunOf, type ForeignRecord } from "./index.js"

const withStatus = (status: ForeignRecord["status"]) => foreigner(5, { status })

describe("kubunOf / cardNumberOf (住基法30条の45 外国人住民の区分)", () => {
  it("住基法30条の45: a Japanese resident has no 区分 and no card", () => {
    expect([kubunOf(japanese(1)), cardNumberOf(japanese(1))]).toEqual([undefined, undefined])
  })
  it("住基法30条の45: a 中長期在留者 carries the 在留カード番号, a 特別永住者 the 特別永住者証明書番号", () => {
    const mid = foreigner(5)
    expect([kubunOf(mid), cardNumberOf(mid)]).toEqual(["mid-to-long-term", cardNumber(5)])
    const sp = withStatus({ kubun: "special-permanent", certificateNumber: cardNumber(6) })
    expect([kubunOf(sp), cardNumberOf(sp)]).toEqual(["special-permanent", cardNumber(6)])
  })
  it("住基法30条の45: 一時庇護許可者, 仮滞在許可者 and 経過滞在者 hold no card", () => {
    for (const status of [
      { kubun: "temporary-refuge", landingPeriod: "6月" },
      { kubun: "provisional-stay", provisionalStayPeriod: "6月" },
      { kubun: "transitional-birth" },
      { kubun: "transitional-nationality-loss" }
    ] as const) {
      const r = withStatus(status)
      expect([kubunOf(r), cardNumberOf(r)]).toEqual([status.kubun, undefined])
    }
  })
})
