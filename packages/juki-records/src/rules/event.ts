/**
 * The `records.event.*` rules: The event form.
 *
 * Examples: `event.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/event.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import { Malformed } from "../events/index.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * `records.event.malformed`: an event that is malformed (see `Event.decode`,
 * which declares the rule as `Event.Malformed` and reports it while
 * decoding), or names a person twice (checked here, on every change).
 *
 * @category rules
 * @since 0.1.0
 */
export const EventMalformed = rule({
  ...Malformed,
  group: "event",
  description: {
    ja: "異動データの形（未知のキー不可）。同じ宛名番号を一つの異動に二度含めることも不可。",
    en: "The shape of an event (unknown keys are errors); an event may not name the same person twice."
  },
  checkedBy: "Event.decode",
  onEvent: (ctx) => {
    const e = ctx.event
    const atenas = e.type === "create" ? e.records.map((r) => r.atenaNumber) : ctx.targets.map((t) => t.atenaNumber)
    if (new Set(atenas).size !== atenas.length) return [at(EventMalformed, [], { detail: "duplicated 宛名番号" })]
    if (
      (e.type === "create" && e.records.length === 0) ||
      (e.type === "modify" && e.changes.length === 0) ||
      ((e.type === "remove" || e.type === "cancel") && e.atenaNumbers.length === 0)
    )
      return [at(EventMalformed, [], { detail: "no person" })]
    return NONE
  }
})
