// Cases of the records.foreign.* rules beyond their examples (foreign.examples.ts), found by mutation testing
// (docs/quality.md): the items of every 30条の45 区分 against a table written from the law, who may file under
// 住民基本台帳法 第30条の46/47, and the day a 在留期間 counts as expired on a 転入 (入管法20条6項).
import type { JukiError } from "@juki/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { foreigner, household, input, japanese, M } from "../test-utils/fixtures.js"
import { ForeignKubunItems, ForeignPeriodExpired, ForeignTransitionalFiling } from "./foreign.js"
import type { EventContext, RecordContext } from "./types.js"

const shape = (vs: ReadonlyArray<JukiError>) =>
  vs.map((v) => ({ rule: v.code, severity: v.severity, path: v.path, params: v.params }))

/** 住基法30条の45 表: the items each 区分 records (besides those of every 外国人住民), with their names in the law. */
const LAW: Readonly<Record<string, { readonly ja: string; readonly items: ReadonlyArray<readonly [string, string]> }>> =
  {
    "mid-to-long-term": {
      ja: "中長期在留者",
      items: [
        ["statusOfResidence", "在留資格"],
        ["periodOfStay", "在留期間"],
        ["expiryDate", "在留期間の満了の日"],
        ["cardNumber", "在留カードの番号"]
      ]
    },
    "special-permanent": { ja: "特別永住者", items: [["certificateNumber", "特別永住者証明書の番号"]] },
    "temporary-refuge": { ja: "一時庇護許可者", items: [["landingPeriod", "上陸期間"]] },
    "provisional-stay": { ja: "仮滞在許可者", items: [["provisionalStayPeriod", "仮滞在期間"]] },
    "transitional-birth": { ja: "出生による経過滞在者", items: [] },
    "transitional-nationality-loss": { ja: "国籍喪失による経過滞在者", items: [] }
  }
const kubunItems = (r: ResidentRecord) =>
  shape(ForeignKubunItems.onRecord?.(r, { path: ["record"] } as unknown as RecordContext) ?? [])

describe("records.foreign.kubun-items (住基法30条の45)", () => {
  it("住基法30条の45: every blank item of each 区分 is named with its 区分 and item (a 除票 needs no 在留カード番号)", () => {
    const kubun = fc.constantFrom(...Object.keys(LAW))
    const value = fc.constantFrom<string | undefined>(undefined, "", " ", "X1")
    fc.assert(
      fc.property(
        kubun,
        fc.array(value, { minLength: 4, maxLength: 4 }),
        fc.constantFrom("current", "removed", "leaving"),
        (k, values, state) => {
          const law = LAW[k] as (typeof LAW)[string]
          const status: Record<string, unknown> = { kubun: k }
          law.items.forEach(([key], i) => {
            const v = values[i]
            if (v !== undefined) status[key] = v
          })
          const r = foreigner(9, { status: status as never, state: state as never })
          const want = law.items
            .filter(([key], i) => (values[i] ?? "").trim() === "" && !(key === "cardNumber" && state === "removed"))
            .map(([key, ja]) => ({
              rule: "records.foreign.kubun-items",
              severity: "error",
              path: ["record", "status", key],
              params: { kubun: k, kubunJa: law.ja, item: key, itemJa: ja }
            }))
          expect(kubunItems(r)).toEqual(want)
        }
      ),
      { numRuns: 200 }
    )
  })
  it("住基法30条の45: a Japanese 住民票 has no 区分 items", () => {
    expect(kubunItems(japanese(1))).toEqual([])
  })
})

describe("records.foreign.transitional-filing (住基法30条の46, 30条の47)", () => {
  const filing = (route: "art-30-46" | "art-30-47", records: ReadonlyArray<unknown>) =>
    shape(
      ForeignTransitionalFiling.onEvent?.({
        event: Event.moveIn({ records: records as never, from: "abroad", route, ...M })
      } as unknown as EventContext) ?? []
    )
  const f = (kubun: string) => input(foreigner(9, { householdNumber: household(9), status: { kubun } as never }))
  it("住基法30条の46/47: a Japanese 住民 named in such a filing is named at its 住民種別", () => {
    for (const route of ["art-30-46", "art-30-47"] as const)
      expect(filing(route, [input(foreigner(8)), input(japanese(9))])).toEqual([
        {
          rule: "records.foreign.transitional-filing",
          severity: "error",
          path: ["records", 1, "kind"],
          params: { problem: "a Japanese resident", problemJa: "日本人住民" }
        }
      ])
  })
  it("入管法22条の2: a 経過滞在者 (by birth or by loss of nationality) is named at its 区分", () => {
    for (const kubun of ["transitional-birth", "transitional-nationality-loss"])
      expect(filing("art-30-46", [f(kubun)])).toEqual([
        {
          rule: "records.foreign.transitional-filing",
          severity: "error",
          path: ["records", 0, "status", "kubun"],
          params: { problem: "a transitional stay", problemJa: "経過滞在者" }
        }
      ])
    expect(filing("art-30-47", [f("special-permanent"), input(foreigner(8))])).toEqual([])
  })
})

describe("records.foreign.period-expired (入管法20条6項, 住基法30条の45)", () => {
  const expired = (event: unknown) => shape(ForeignPeriodExpired.onEvent?.({ event } as unknown as EventContext) ?? [])
  const withExpiry = (expiryDate: string, kubun = "mid-to-long-term") =>
    input(
      foreigner(9, {
        householdNumber: household(9),
        status: { ...(foreigner(9).status as object), kubun, expiryDate } as never
      })
    )
  const day = fc
    .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
  it("入管法20条6項: a 在留期間 ending before the 転入 day is an alert; ending on that day or later is none", () => {
    fc.assert(
      fc.property(day, day, fc.boolean(), (expiry, changeDate, abroad) => {
        const event = Event.moveIn({
          records: [withExpiry(expiry)],
          ...(abroad ? { from: "abroad" as const } : {}),
          ...M,
          changeDate
        })
        // Oracle: ISO dates order as strings; the last day of the period is still within it.
        const want =
          expiry < changeDate
            ? [
                {
                  rule: "records.foreign.period-expired",
                  severity: "alert",
                  path: ["records", 0, "status", "expiryDate"],
                  params: { expiryDate: expiry }
                }
              ]
            : []
        expect(expired(event)).toEqual(want)
      }),
      { numRuns: 100 }
    )
  })
  it("入管法20条6項: an unreadable 満了日, another 区分 or a 出生 is not judged", () => {
    expect(expired(Event.moveIn({ records: [withExpiry("")], ...M }))).toEqual([])
    expect(expired(Event.moveIn({ records: [withExpiry("2020-01-01", "special-permanent")], ...M }))).toEqual([])
    const birth = Event.birth({
      record: withExpiry("2020-01-01") as never,
      changeDate: "2024-04-01",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    })
    expect(expired(birth)).toEqual([])
  })
})
