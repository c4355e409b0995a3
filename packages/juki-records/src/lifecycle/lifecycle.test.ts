// The 住民票 lifecycle table (Lifecycle.transitions), `allows` and its Mermaid diagram: transitions the law and
// 標準仕様書 name are allowed, the ones no procedure makes are not, and the diagram shows every transition once.
import { describe, expect, it } from "vitest"
import * as Lifecycle from "./index.js"

const STATES: ReadonlyArray<Lifecycle.State> = ["none", "provisional", "current", "leaving", "removed"]
const TRIGGERS: ReadonlyArray<Lifecycle.Trigger> = [
  "create",
  "modify",
  "remove",
  "transfer-in-notice",
  "nationality-change",
  "reissue",
  "cancel",
  "approve",
  "discard",
  "date"
]

describe("Lifecycle.allows", () => {
  it("住基法22条 / 30条の46: a 転入 records a new person (none → current, create)", () => {
    expect(Lifecycle.allows("none", "current", "create")).toBe(true)
  })
  it("標準仕様書 1.1.5: a 転出予定 becomes a 除票 when its planned day comes (leaving → removed, date)", () => {
    expect(Lifecycle.allows("leaving", "removed", "date")).toBe(true)
    // The day passing changes nothing else.
    expect(Lifecycle.allows("current", "removed", "date")).toBe(false)
    expect(Lifecycle.allows("leaving", "current", "date")).toBe(false)
  })
  it("住基法9条1項: a 転入通知 confirms a 転出予定 or adds the 確定 items to a 除票, never revives it", () => {
    expect(Lifecycle.allows("leaving", "removed", "transfer-in-notice")).toBe(true)
    expect(Lifecycle.allows("removed", "removed", "transfer-in-notice")).toBe(true)
    expect(Lifecycle.allows("removed", "current", "transfer-in-notice")).toBe(false)
    expect(Lifecycle.allows("current", "removed", "transfer-in-notice")).toBe(false)
  })
  it("標準仕様書 4.0.8: a 仮登録 is approved (本登録) or discarded (取下げ); only a 仮登録 is discarded", () => {
    expect(Lifecycle.allows("provisional", "current", "approve")).toBe(true)
    expect(Lifecycle.allows("provisional", "none", "discard")).toBe(true)
    expect(Lifecycle.allows("current", "none", "discard")).toBe(false)
    expect(Lifecycle.allows("provisional", "current", "discard")).toBe(false)
  })
  it("住基令8条・12条: a 住民票 is never deleted, only removed (no transition back to none but the 取下げ)", () => {
    for (const from of STATES)
      for (const trigger of TRIGGERS)
        expect([from, trigger, Lifecycle.allows(from, "none", trigger)]).toEqual([
          from,
          trigger,
          from === "provisional" && trigger === "discard"
        ])
  })
  it("標準仕様書 4.6: 異動の取消し undoes an entry, a removal or a modification, and nothing else", () => {
    const cancels = STATES.flatMap((from) =>
      STATES.filter((to) => Lifecycle.allows(from, to, "cancel")).map((to) => `${from}>${to}`)
    ).sort()
    expect(cancels).toEqual(
      [
        "current>current",
        "current>leaving",
        "current>removed",
        "leaving>current",
        "leaving>leaving",
        "removed>current",
        "removed>leaving"
      ].sort()
    )
  })
  it("agrees with the table for every state pair and trigger (the table read independently)", () => {
    let yes = 0
    for (const from of STATES)
      for (const to of STATES)
        for (const trigger of TRIGGERS) {
          const listed = Lifecycle.transitions.filter((t) => t.from === from && t.to === to && t.trigger === trigger)
          expect(Lifecycle.allows(from, to, trigger)).toBe(listed.length > 0)
          if (listed.length > 0) yes++
        }
    // 25 transitions, two of them (current → removed by cancel) the same triple.
    expect(yes).toBe(24)
    expect(Lifecycle.transitions).toHaveLength(25)
  })
})

describe("Lifecycle.mermaid (docs/lifecycle.md)", () => {
  // Built inside each test: a call while the tests are collected would make Stryker count mermaid's code as static.
  const diagram = () => {
    const text = Lifecycle.mermaid()
    return { text, lines: text.split("\n") }
  }
  it("declares the four states with their Japanese names, none shown as [*]", () => {
    const { text, lines } = diagram()
    expect(lines.slice(0, 5)).toEqual([
      "stateDiagram-v2",
      "  provisional: 仮登録 (provisional)",
      "  current: 現存 (current)",
      "  leaving: 転出予定 (leaving)",
      "  removed: 除票 (removed)"
    ])
    expect(text).not.toContain("none")
  })
  it("one arrow per state pair, in the table's order, with every transition's trigger and label joined by <br/>", () => {
    const { lines } = diagram()
    expect(lines.slice(5, 8)).toEqual([
      "  [*] --> provisional: create: 記載（仮登録）",
      "  provisional --> current: approve: 決裁（本登録）",
      "  provisional --> [*]: discard: 取下げ"
    ])
    expect(lines).toContain(
      "  leaving --> removed: date: 転出予定日到来<br/>transfer-in-notice: 転入通知受理（確定）<br/>remove: 死亡・職権消除（転出予定者）"
    )
    const pairs = new Set(Lifecycle.transitions.map((t) => `${t.from}>${t.to}`))
    expect(lines).toHaveLength(5 + pairs.size)
    for (const t of Lifecycle.transitions) {
      const a = t.from === "none" ? "[*]" : t.from
      const b = t.to === "none" ? "[*]" : t.to
      const line = lines.find((l) => l.startsWith(`  ${a} --> ${b}: `))
      expect(line?.split(": ").slice(1).join(": ").split("<br/>")).toContain(`${t.trigger}: ${t.label.ja}`)
    }
  })
})
