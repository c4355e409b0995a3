/**
 * The `records.history.*` rules: Append-only history (標準仕様書 1.2.1).
 *
 * Examples: `history.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/history.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { std } from "../basis.js"
import { deepEqual } from "./internal/helpers.js"
import { rule, at } from "./internal/define.js"

/**
 * History is append-only: every change appends a complete row to the latest
 * one; no row is ever rewritten.
 *
 * @category rules
 * @since 0.1.0
 */
export const HistoryAppendOnly = rule({
  id: "records.history.append-only",
  tag: "RuleViolation",
  severity: "error",
  group: "history",
  basis: [std("1.2.1"), std("4.2.3.3", "誤記修正 keeps the erroneous row"), std("4.6")],
  title: { ja: "履歴の追記のみ", en: "Append-only history" },
  message: { ja: "履歴は追記のみです（{problemJa}）", en: "History is append-only ({problem})" },
  description: {
    ja: "異動ごとに住民票全項目の写しを履歴番号1,2,3…で追加する。最新履歴以外を基にした更新・取消しはエラー。読み込む台帳の履歴は連番で、最新履歴が現在の住民票と一致すること。",
    en: "Every change appends a full copy of the record, numbered 1, 2, 3 …; an update or cancellation prepared against an older row is an error. A loaded registry's history must be numbered without gaps and end with the current record."
  },
  events: ["modify", "cancel"],
  onEvent: (ctx) => {
    const e = ctx.event
    const out: Array<JukiError> = []
    if (e.type === "modify")
      e.changes.forEach((c, i) => {
        const latest = ctx.registry.persons.get(c.atenaNumber)?.historyLength
        if (c.baseHistoryNumber !== undefined && latest !== undefined && c.baseHistoryNumber !== latest)
          out.push(
            at(HistoryAppendOnly, ["changes", i, "baseHistoryNumber"], {
              problem: `the latest row is ${latest}`,
              problemJa: `最新は${latest}`
            })
          )
      })
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the rule runs only on modify and cancel events (`events`), and a cancel without 履歴番号 finds no `want` below, so the guard only saves the loop
    else if (e.type === "cancel" && e.historyNumbers !== undefined)
      e.atenaNumbers.forEach((a, i) => {
        const latest = ctx.registry.persons.get(a)?.historyLength
        // Stryker disable next-line OptionalChaining: historyNumbers is defined here (guard above); TypeScript loses the narrowing inside the callback
        const want = e.historyNumbers?.[i]
        if (want !== undefined && latest !== undefined && want !== latest)
          out.push(
            at(HistoryAppendOnly, ["historyNumbers", i], {
              problem: `only the latest row ${latest} can be cancelled`,
              problemJa: `取消しは最新の履歴${latest}のみ`
            })
          )
      })
    return out
  },
  onRegistry: (ctx) => {
    const out: Array<JukiError> = []
    const byAtena = new Map(ctx.records.map((r) => [r.atenaNumber, r]))
    for (const [atena, rows] of Object.entries(ctx.history)) {
      const rec = byAtena.get(atena)
      if (rec === undefined) {
        out.push(
          at(HistoryAppendOnly, ["history", atena], {
            problem: "history without a record",
            problemJa: "住民票のない履歴"
          })
        )
        continue
      }
      rows.forEach((row, i) => {
        if (row.historyNumber !== i + 1)
          out.push(
            at(HistoryAppendOnly, ["history", atena, i, "historyNumber"], {
              problem: "履歴番号 not consecutive",
              problemJa: "履歴番号が連番でない"
            })
          )
        if (row.snapshot.atenaNumber !== atena)
          out.push(
            at(HistoryAppendOnly, ["history", atena, i, "snapshot"], {
              problem: "another 宛名番号",
              problemJa: "宛名番号が異なる"
            })
          )
      })
      const last = rows[rows.length - 1]
      if (last === undefined)
        out.push(at(HistoryAppendOnly, ["history", atena], { problem: "empty history", problemJa: "履歴が空" }))
      else if (!deepEqual(last.snapshot, rec))
        out.push(
          at(HistoryAppendOnly, ["history", atena, rows.length - 1], {
            problem: "the record differs from its latest row",
            problemJa: "最新履歴と住民票が不一致"
          })
        )
    }
    return out
  }
})
