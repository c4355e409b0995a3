// Cases of the records.special-move-in.* rules beyond their examples (special-move-in.examples.ts), found by mutation
// testing (docs/quality.md): the exact window violation of each limit and the day on the limit, a 届出日 taken from
// the 処理日, and who needs the card-holding 世帯主 (住基法24条の2; the 14/30 days of 住基令24条の2 are UNVERIFIED).
import type { JukiError } from "@juki/core"
import { describe, expect, it } from "vitest"
import { build, household, M, registryJson } from "../test-utils/fixtures.js"
import { cert, moveIn, newcomer } from "../test-utils/example-kit.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"
import { resolveOptions } from "./engine.js"
import { SpecialMoveInWindow } from "./special-move-in.js"
import type { EventContext } from "./types.js"

const WINDOW = "records.special-move-in.window"
const CERT = "records.special-move-in.certificate"
const of = (rule: string, given: unknown, event: unknown) => {
  const r = violationsOfRecordsExample({ given, event })
  expect(r.fromRegistry).toBe(false)
  return r.violations
    .filter((v: JukiError) => v.code === rule)
    .map((v) => ({ severity: v.severity, path: v.path, params: v.params }))
}
const special = (records: ReadonlyArray<ReturnType<typeof newcomer>>, m: Record<string, unknown> = {}) =>
  moveIn({ records, route: "special", ...M, ...m })
const withCerts = (...certs: ReadonlyArray<ReturnType<typeof cert>>) => registryJson([], { certificates: certs })
const afterMoveIn = { limit: "14 days after moving in", limitJa: "転入日+14日" }
const afterPlanned = { limit: "30 days after the planned move-out", limitJa: "転出予定日+30日" }

describe("records.special-move-in.window (住基法24条の2, UNVERIFIED: 住基令24条の2 14日・30日)", () => {
  it("UNVERIFIED 住基令24条の2: a filing past 14 days after moving in names that limit", () => {
    expect(
      of(
        WINDOW,
        withCerts(cert(9, "2024-03-25")),
        special([newcomer(9)], { filedOn: "2024-04-16", processedOn: "2024-04-16" })
      )
    ).toEqual([{ severity: "error", path: ["records", 0], params: afterMoveIn }])
  })
  it("UNVERIFIED 住基令24条の2: the 30th day after the 転出予定日 is inside, the next day names that limit", () => {
    // 2024-03-06 + 30 = 2024-04-05 (a Friday): the filing on 04-05 is on the last day
    expect(of(WINDOW, withCerts(cert(9, "2024-03-06")), special([newcomer(9)]))).toEqual([])
    expect(of(WINDOW, withCerts(cert(9, "2024-03-05")), special([newcomer(9)]))).toEqual([
      { severity: "error", path: ["records", 0], params: afterPlanned }
    ])
  })
  it("住基法24条の2: without a 届出日 the 処理日 is the day filed; a 届出日 that is no date is not judged", () => {
    const ctx = (event: unknown) =>
      ({
        event,
        asOf: "2024-04-16",
        options: resolveOptions(),
        registry: build([], { certificates: [cert(9, "2024-03-25")] })
      }) as unknown as EventContext
    const late = { ...special([newcomer(9)]), filedOn: undefined }
    expect(SpecialMoveInWindow.onEvent?.(ctx(late)).map((v) => v.params)).toEqual([afterMoveIn])
    const unreadable = special([newcomer(9)], { filedOn: "2024-99-99" })
    expect(SpecialMoveInWindow.onEvent?.(ctx(unreadable))).toEqual([])
  })
})

describe("records.special-move-in.certificate (住基法24条の2第2項)", () => {
  const member = (n: number, relationship: string) => newcomer(n, { relationship, householdNumber: household(9) })
  it("住基法24条の2: a member whose 転出証明書情報 was not received is named at its 住民票コード", () => {
    expect(of(CERT, withCerts(cert(9, "2024-03-25")), special([member(9, "世帯主"), member(10, "妻")]))).toEqual([
      {
        severity: "error",
        path: ["records", 1, "residentCode"],
        params: { problem: "not received", problemJa: "未受信" }
      }
    ])
  })
  it("住基法24条の2第2項: a member without a card needs the card-holding 世帯主; another card holder does not count", () => {
    const given = withCerts(cert(10, "2024-03-25", "self"), cert(11, "2024-03-25", "head"))
    expect(of(CERT, given, special([member(10, "子"), member(11, "子")]))).toEqual([
      {
        severity: "error",
        path: ["records", 1],
        params: { problem: "not with the card-holding head", problemJa: "世帯主と同時でない" }
      }
    ])
  })
  it("住基法24条の2第2項: a member holding its own card moves in without the 世帯主", () => {
    expect(of(CERT, withCerts(cert(10, "2024-03-25", "self")), special([member(10, "子")]))).toEqual([])
  })
})
