import { Registry } from "@juki/records"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { project } from "../project/index.js"
import type { SupportMeasure } from "../project/measures.js"
import fixture from "../test-utils/registry.json" with { type: "json" }
import { rules } from "./index.js"

const registry = (() => {
  const r = Registry.fromJSON(fixture)
  if (Result.isFailure(r)) throw new Error("fixture")
  return r.success
})()
const base = {
  kind: "juminhyo",
  requester: { kind: "self", atenaNumber: "0000000019" },
  channel: "counter",
  persons: { atenaNumbers: ["0000000019"] },
  form: "individual",
  items: [] as ReadonlyArray<string>,
  history: "latest",
  date: "2025-04-01"
}
const codes = (request: object, measures: ReadonlyArray<SupportMeasure> = []) => {
  const r = project(registry, { ...base, ...request }, { measures })
  return Result.isSuccess(r) ? [] : [...new Set(r.failure.map((e) => e.code))]
}

describe("certificate rules (examples; the vectors hold the full set)", () => {
  it("住基法12条1項: 本人 gets the own 住民票の写し; a person outside the 世帯 needs a 第三者 request", () => {
    expect(codes({})).toEqual([])
    expect(codes({ persons: { atenaNumbers: ["0000000051"] } })).toEqual(["certificates.household.outside"])
    expect(
      codes({
        persons: { atenaNumbers: ["0000000051"] },
        requester: { kind: "third-party", name: "債権者", purpose: "rights" }
      })
    ).toEqual([])
  })
  it("住基法12条の2・12条の3, 番号法19条: 国等 and 第三者 never get 個人番号 or 住民票コード; 本人 does when asked", () => {
    expect(codes({ requester: { kind: "government", body: "税務署" }, items: ["my-number"] })).toEqual([
      "certificates.identifiers.requester"
    ])
    expect(
      codes({ requester: { kind: "third-party", name: "x", purpose: "rights" }, items: ["resident-code"] })
    ).toEqual(["certificates.identifiers.requester"])
    expect(codes({ items: ["my-number", "resident-code"] })).toEqual([])
  })
  it("protective default: a 代理人 never gets 個人番号 or 住民票コード", () => {
    expect(
      codes({ requester: { kind: "agent", principal: "0000000019" }, items: ["my-number"], channel: "mail" })
    ).toEqual(["certificates.agent.identifiers"])
    expect(codes({ requester: { kind: "agent", principal: "0000000019" }, items: ["honseki"] })).toEqual([])
  })
  it("住基法30条の45: 本籍 is not an item of a 外国人住民", () => {
    expect(
      codes({
        requester: { kind: "self", atenaNumber: "0000000051" },
        persons: { atenaNumbers: ["0000000051"] },
        items: ["honseki"]
      })
    ).toEqual(["certificates.item.not-an-item"])
  })
  it("住基法12条の4: 広域交付 is 本人・同一世帯員 only, 住民票の写し only, without 本籍・筆頭者", () => {
    expect(codes({ channel: "wide-area" })).toEqual([])
    expect(codes({ channel: "wide-area", items: ["honseki"] })).toEqual(["certificates.wide-area.item"])
    expect(codes({ channel: "wide-area", requester: { kind: "agent", principal: "0000000019" } })).toEqual([
      "certificates.wide-area.requester"
    ])
    expect(codes({ channel: "wide-area", kind: "kisai-jiko" })).toEqual(["certificates.wide-area.kind"])
  })
  it("コンビニ交付 (J-LIS terms, UNVERIFIED as law): own card only, no 個人番号・住民票コード, no 除票", () => {
    expect(codes({ channel: "convenience-store", items: ["honseki"] })).toEqual([])
    expect(codes({ channel: "convenience-store", items: ["my-number"] })).toEqual(["certificates.convenience.item"])
    expect(codes({ channel: "convenience-store", requester: { kind: "government", body: "x" } })).toEqual([
      "certificates.convenience.requester"
    ])
    expect(codes({ channel: "convenience-store", kind: "johyo", persons: { atenaNumbers: ["0000000086"] } })).toEqual([
      "certificates.convenience.kind"
    ])
  })
  it("除票の写し (住基法15条の4, UNVERIFIED): per person, of a 消除 person only", () => {
    expect(codes({ kind: "johyo", persons: { atenaNumbers: ["0000000086"] } })).toEqual([])
    expect(codes({ kind: "johyo", form: "household", persons: { atenaNumbers: ["0000000086"] } })).toEqual([
      "certificates.removed.household-form"
    ])
    expect(codes({ persons: { atenaNumbers: ["0000000086"] } })).toEqual(["certificates.kind.state"])
  })
  it("要領 第6-10: the named 加害者 never gets a protected person's certificate; コンビニ・広域 stop for them", () => {
    const m: ReadonlyArray<SupportMeasure> = [
      { id: "M", protected: ["0000000027"], offenders: [{ name: "加害　太郎" }], from: "2025-01-01" }
    ]
    const third = { kind: "third-party", name: "加害太郎", purpose: "rights" }
    expect(codes({ requester: third, persons: { atenaNumbers: ["0000000027"] } }, m)).toEqual([
      "certificates.support-measure.offender"
    ])
    expect(codes({ requester: third, persons: { atenaNumbers: ["0000000019"] } }, m)).toEqual([])
    expect(codes({ channel: "convenience-store", persons: { atenaNumbers: ["0000000027"] } }, m)).toEqual([
      "certificates.support-measure.channel"
    ])
  })
  it("every rule has an id, a severity, a basis and ja/en texts; UNVERIFIED bases say so", () => {
    for (const r of rules) {
      expect(r.id.startsWith("certificates.")).toBe(true)
      expect(r.basis.length).toBeGreaterThan(0)
      expect(r.title.ja.length * r.title.en.length * r.message.ja.length * r.message.en.length).toBeGreaterThan(0)
      for (const b of r.basis) if (!b.verified) expect(b.note ?? "").toMatch(/UNVERIFIED/)
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  })
})
