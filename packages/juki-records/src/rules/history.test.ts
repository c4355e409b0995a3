// Cases of the records.history.append-only rule beyond its examples (history.examples.ts), found by mutation testing
// (docs/quality.md): the exact violation (path and message parameters) for a 修正 or 異動の取消し against an older row,
// persons the registry does not hold, and every branch of the loaded registry's history check.
import type { JukiError } from "@juki/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import { fromJSON } from "../registry/load.js"
import type { RegistryJson } from "../registry/index.js"
import { atena, family, M, myNumber } from "../test-utils/fixtures.js"
import { gVia, tenkyoF5 } from "../test-utils/example-kit.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"
import { HistoryAppendOnly } from "./history.js"
import type { EventContext } from "./types.js"

const RULE = "records.history.append-only"
const shape = (vs: ReadonlyArray<JukiError>) =>
  vs.filter((v) => v.code === RULE).map((v) => ({ severity: v.severity, path: v.path, params: v.params }))
const err = (path: ReadonlyArray<string | number>, problem: string, problemJa: string) => ({
  severity: "error",
  path,
  params: { problem, problemJa }
})
/** F5 moved within the 市町村 once: two history rows. */
const g2 = () => gVia(family(), [tenkyoF5()])
const registryOf = (g: RegistryJson) => {
  const r = fromJSON(JSON.parse(JSON.stringify(g)))
  if (Result.isFailure(r)) throw new Error("setup: the registry does not load")
  return r.success
}
/** The rule alone on an event (persons the registry does not hold stop other rules first in `apply`). */
const onEvent = (g: RegistryJson, event: unknown) =>
  shape(HistoryAppendOnly.onEvent?.({ registry: registryOf(g), event } as unknown as EventContext) ?? [])
const modify = (changes: ReadonlyArray<{ n: number; base?: number }>) =>
  Event.modify({
    jiyu: "mynumber-change-request",
    changes: changes.map((c) => ({
      atenaNumber: atena(c.n),
      set: { myNumber: myNumber(50 + c.n) },
      ...(c.base === undefined ? {} : { baseHistoryNumber: c.base })
    })),
    ...M
  })
const cancel = (ns: ReadonlyArray<number>, historyNumbers?: ReadonlyArray<number>) => ({
  ...Event.cancel({ atenaNumbers: ns.map(atena), changeDate: "2024-04-05", processedOn: "2024-04-06" }),
  ...(historyNumbers === undefined ? {} : { historyNumbers })
})
type Rows = Record<string, Array<Record<string, unknown>>>
/** The registry after 転居 of F5, with its history rewritten by `f`. */
const withHistory = (f: (h: Rows, j: RegistryJson) => void): RegistryJson => {
  const j = JSON.parse(JSON.stringify(g2())) as RegistryJson & { history: Rows }
  f(j.history, j)
  return j
}
const loadErrors = (given: RegistryJson) => {
  const r = violationsOfRecordsExample({ given, event: tenkyoF5() })
  expect(r.fromRegistry).toBe(true)
  return shape(r.violations)
}

describe("records.history.append-only on events (標準仕様書1.2.1, 4.6)", () => {
  it("標準仕様書1.2.1: a 修正 prepared against row 1 when row 2 is the latest names the change and the latest row", () => {
    const r = violationsOfRecordsExample({ given: g2(), event: modify([{ n: 5, base: 1 }]) })
    expect(shape(r.violations)).toEqual([err(["changes", 0, "baseHistoryNumber"], "the latest row is 2", "最新は2")])
  })
  it("標準仕様書1.2.1: only the change prepared against an older row is named (index of the change)", () => {
    expect(onEvent(g2(), modify([{ n: 3, base: 1 }, { n: 5, base: 1 }, { n: 1 }]))).toEqual([
      err(["changes", 1, "baseHistoryNumber"], "the latest row is 2", "最新は2")
    ])
  })
  it("標準仕様書1.2.1: a 修正 of a person the registry does not hold has no latest row to compare with", () => {
    expect(onEvent(g2(), modify([{ n: 77, base: 1 }]))).toEqual([])
  })
  it("標準仕様書4.6: 異動の取消し of row 1 when row 2 is the latest names the position and the latest row", () => {
    const r = violationsOfRecordsExample({ given: g2(), event: cancel([5], [1]) })
    expect(shape(r.violations)).toEqual([
      err(["historyNumbers", 0], "only the latest row 2 can be cancelled", "取消しは最新の履歴2のみ")
    ])
  })
  it("標準仕様書4.6: the position of the older row among several persons is named", () => {
    expect(onEvent(g2(), cancel([3, 5], [1, 1]))).toEqual([
      err(["historyNumbers", 1], "only the latest row 2 can be cancelled", "取消しは最新の履歴2のみ")
    ])
  })
  it("標準仕様書4.6: a person without a given 履歴番号 (shorter list, or none at all) is not judged", () => {
    expect(onEvent(g2(), cancel([3, 5], [1]))).toEqual([])
    expect(onEvent(g2(), cancel([5]))).toEqual([])
  })
  it("標準仕様書4.6: 異動の取消し naming a person the registry does not hold has no latest row to compare with", () => {
    expect(onEvent(g2(), cancel([77, 5], [1, 2]))).toEqual([])
  })
})

describe("records.history.append-only on a loaded registry (標準仕様書1.2.1)", () => {
  it("標準仕様書1.2.1: a loaded history without gaps ending with the current 住民票 loads", () => {
    expect(Result.isSuccess(fromJSON(JSON.parse(JSON.stringify(g2()))))).toBe(true)
  })
  it("標準仕様書1.2.1: a 履歴番号 out of sequence is named at its row", () => {
    const g = withHistory((h) => {
      const rows = h[atena(5)] as Array<Record<string, unknown>>
      rows[1] = { ...rows[1], historyNumber: 3 }
    })
    expect(loadErrors(g)).toEqual([
      err(["history", atena(5), 1, "historyNumber"], "履歴番号 not consecutive", "履歴番号が連番でない")
    ])
  })
  it("標準仕様書1.2.1: history kept for a 宛名番号 that has no 住民票 is named", () => {
    const g = withHistory((h) => {
      h[atena(77)] = h[atena(5)] as Array<Record<string, unknown>>
    })
    expect(loadErrors(g)).toContainEqual(err(["history", atena(77)], "history without a record", "住民票のない履歴"))
  })
  it("標準仕様書1.2.1: a row holding another person's 住民票 is named at its snapshot", () => {
    const g = withHistory((h) => {
      const rows = h[atena(5)] as Array<Record<string, unknown>>
      const first = rows[0] as { snapshot: Record<string, unknown> }
      rows[0] = { ...first, snapshot: { ...first.snapshot, atenaNumber: atena(3) } }
    })
    expect(loadErrors(g)).toEqual([err(["history", atena(5), 0, "snapshot"], "another 宛名番号", "宛名番号が異なる")])
  })
  it("標準仕様書1.2.1: an empty history is named", () => {
    const g = withHistory((h) => {
      h[atena(5)] = []
    })
    expect(loadErrors(g)).toEqual([err(["history", atena(5)], "empty history", "履歴が空")])
  })
  it("標準仕様書1.2.1: a current 住民票 that differs from its latest row is named at that row", () => {
    const g = withHistory((_h, j) => {
      ;(j as unknown as { records: Array<Record<string, unknown>> }).records = j.records.map((r) =>
        r.atenaNumber === atena(5) ? { ...r, remarks: "rewritten in place" } : r
      )
    })
    expect(loadErrors(g)).toEqual([
      err(["history", atena(5), 1], "the record differs from its latest row", "最新履歴と住民票が不一致")
    ])
  })
})
