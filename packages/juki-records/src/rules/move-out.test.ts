// Cases of the records.move-out.* rules beyond their examples (move-out.examples.ts), found by mutation testing
// (docs/quality.md): dates a 転出届 cannot be judged by, a 転出 除票 without its planned 転出, and the exact
// violations (住民基本台帳法 第24条 転出届, 標準仕様書1.1.5, 4.1.3).
import type { JukiError } from "@juki/core"
import { describe, expect, it } from "vitest"
import type { ResidentRecord } from "../models/index.js"
import { FORMER, japanese, movedOut } from "../test-utils/fixtures.js"
import { out } from "../test-utils/example-kit.js"
import { resolveOptions } from "./engine.js"
import { MoveOutDestination, MoveOutLateFiling, MoveOutRemovalDate } from "./move-out.js"
import type { EventContext, RecordContext } from "./types.js"

const shape = (vs: ReadonlyArray<JukiError>) =>
  vs.map((v) => ({ rule: v.code, severity: v.severity, path: v.path, params: v.params }))
const onEvent = (rule: typeof MoveOutLateFiling, event: unknown) =>
  shape(rule.onEvent?.({ event, options: resolveOptions() } as unknown as EventContext) ?? [])

describe("records.move-out.late-filing (住基法24条, 標準仕様書4.1.3.0.1)", () => {
  it("住基法24条: a 転出届 filed 14 days after the 転出 (the 14th day a Saturday moves to Monday) is named", () => {
    // 2024-03-23 (Sat) + 14 = 04-06 (Sat) → deadline Monday 04-08; filed 04-09 is late
    expect(onEvent(MoveOutLateFiling, out({ changeDate: "2024-03-23", filedOn: "2024-04-09" }))).toEqual([
      {
        rule: "records.move-out.late-filing",
        severity: "error",
        path: ["filedOn"],
        params: { days: 14, deadline: "2024-04-08" }
      }
    ])
    expect(onEvent(MoveOutLateFiling, out({ changeDate: "2024-03-23", filedOn: "2024-04-08" }))).toEqual([])
  })
  it("住基法24条: a 届出日 or 異動日 that is no calendar date cannot be judged late", () => {
    expect(onEvent(MoveOutLateFiling, out({ changeDate: "2024-03-01", filedOn: "2024-99-99" }))).toEqual([])
    expect(onEvent(MoveOutLateFiling, { ...out({ changeDate: "2024-03-01" }), filedOn: undefined })).toEqual([])
    expect(onEvent(MoveOutLateFiling, out({ changeDate: "2024-02-30", filedOn: "2024-09-01" }))).toEqual([])
  })
})

describe("records.move-out.removal-date (標準仕様書1.1.5, 4.1.3.1.1)", () => {
  const check = (r: ResidentRecord) =>
    shape(MoveOutRemovalDate.onRecord?.(r, { path: ["record"] } as unknown as RecordContext) ?? [])
  const removed = (moveOut: unknown, date = "2024-04-20") => {
    const { moveOut: _m, ...base } = movedOut(japanese(3), date) as ResidentRecord & { moveOut?: unknown }
    return {
      ...base,
      removal: { jiyu: "domestic-move-out", date, filedOn: "2024-04-05", byAuthority: false },
      ...(moveOut === undefined ? {} : { moveOut })
    } as ResidentRecord
  }
  it("標準仕様書4.1.3.1.1: a 転出 除票 without its planned 転出 is named at moveOut", () => {
    const want = [
      {
        rule: "records.move-out.removal-date",
        severity: "error",
        path: ["record", "moveOut"],
        params: { expected: "—" }
      }
    ]
    expect(check(removed(undefined))).toEqual(want)
    expect(check(removed({}))).toEqual(want)
  })
  it("標準仕様書1.1.5: the 消除日 is the earlier of the 転出予定日 and the 転入日 of the 転入通知", () => {
    const planned = { address: FORMER, date: "2024-04-20" }
    expect(check(removed({ planned }))).toEqual([])
    expect(check(removed({ planned, confirmed: { address: FORMER, date: "2024-04-15" } }, "2024-04-15"))).toEqual([])
    expect(check(removed({ planned, confirmed: { address: FORMER, date: "2024-04-15" } }))).toEqual([
      {
        rule: "records.move-out.removal-date",
        severity: "error",
        path: ["record", "removal", "date"],
        params: { expected: "2024-04-15" }
      }
    ])
  })
})

describe("records.move-out.destination (住基法24条, 標準仕様書4.1.3.0.2)", () => {
  it("住基法24条: a 転出 without 転出先 is named at destination", () => {
    const want = [{ rule: "records.move-out.destination", severity: "error", path: ["destination"], params: {} }]
    expect(onEvent(MoveOutDestination, out({ destination: { text: "　" } }))).toEqual(want)
    expect(onEvent(MoveOutDestination, { ...out({}), destination: undefined })).toEqual(want)
    expect(onEvent(MoveOutDestination, out({ destination: { text: "大阪市" } }))).toEqual([])
  })
})
