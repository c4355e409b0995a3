/**
 * Planning: the changes an event would make, as steps (before / after per
 * person), without running any rule or touching the registry.
 *
 * @since 0.1.0
 * @internal
 */
import { Calendar } from "@juki/core"
import { deadline } from "../deadline/index.js"
import type { Event } from "../events/index.js"
import { ENTRY, REMOVAL, type IdouJiyu } from "../jiyu/index.js"
import type { HistoryRow, ResidentRecord } from "../models/index.js"
import type { Registry } from "../registry/index.js"
import { resolveOptions } from "../rules/engine.js"
import { changedItems, deepEqual, minDate, MOVE_OUT_JIYU } from "../rules/internal/helpers.js"
import type { Options, ResolvedOptions, Step } from "../rules/types.js"

/** A writable copy of a readonly type. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const entryOf = (e: Event & { readonly jiyu: IdouJiyu }, byAuthority: boolean) => ({
  jiyu: e.jiyu,
  date: e.changeDate,
  ...(e.filedOn === undefined || byAuthority ? {} : { filedOn: e.filedOn }),
  byAuthority
})

const lateMoveOut = (e: Extract<Event, { type: "remove" }>, o: ResolvedOptions): boolean =>
  // Same period as records.move-out.late-filing: 14 days from the day after the move, 休日 rolled forward.
  e.filedOn !== undefined && Calendar.isIsoDate(e.changeDate) && e.filedOn > deadline(e.changeDate, 14, o.holidays)

const formerAddressOf = (r: ResidentRecord) => ({
  municipalityCode: r.address.municipalityCode,
  text:
    r.address.katagaki === undefined || r.address.katagaki === ""
      ? r.address.text
      : `${r.address.text}　${r.address.katagaki}`
})

/**
 * The changes an event would make, in 異動 order (no rule is run). Persons
 * the event names but the registry does not hold are left out (the rules
 * report them).
 *
 * @category getters
 * @since 0.1.0
 */
export const plan = (registry: Registry, event: Event, options?: Options): ReadonlyArray<Step> => {
  const o = resolveOptions(options)
  const e = event
  const steps: Array<Step> = []
  const push = (
    atenaNumber: string,
    path: ReadonlyArray<string | number>,
    jiyu: IdouJiyu,
    op: Step["op"],
    before: ResidentRecord | undefined,
    after: ResidentRecord
  ): void => {
    const changed = before === undefined || before.kind !== after.kind ? undefined : changedItems(before, after)
    steps.push({ atenaNumber, path, jiyu, op, before, after, changed })
  }
  switch (e.type) {
    case "create": {
      const by = e.byAuthority ?? false
      const entry = entryOf(e, by)
      e.records.forEach((input, i) => {
        const before = registry.persons.get(input.atenaNumber)?.record
        const after = { ...input, state: "current", entry } as ResidentRecord
        push(input.atenaNumber, ["records", i], e.jiyu, "create", before, after)
      })
      break
    }
    case "modify": {
      e.changes.forEach((c, i) => {
        const before = registry.persons.get(c.atenaNumber)?.record
        if (before === undefined) return
        const after = { ...before, ...c.set } as Mutable<ResidentRecord> & Record<string, unknown>
        if (c.unset !== undefined) for (const k of c.unset) delete after[k]
        if (
          e.jiyu === "move-within" &&
          c.set.address !== undefined &&
          c.set.previousAddress === undefined &&
          !deepEqual(before.address, c.set.address)
        )
          after.previousAddress = formerAddressOf(before)
        push(c.atenaNumber, ["changes", i], e.jiyu, "modify", before, after as ResidentRecord)
      })
      break
    }
    case "remove": {
      const isMoveOut = MOVE_OUT_JIYU.has(e.jiyu)
      const by = (e.byAuthority ?? false) || (isMoveOut && o.lateMoveOut === "convert" && lateMoveOut(e, o))
      const removal = entryOf(e, by)
      const leaving = isMoveOut && e.changeDate > e.processedOn
      e.atenaNumbers.forEach((a, i) => {
        const before = registry.persons.get(a)?.record
        if (before === undefined) return
        const after = {
          ...before,
          state: leaving ? "leaving" : "removed",
          removal,
          ...(isMoveOut ? { moveOut: { planned: { address: e.destination ?? { text: "" }, date: e.changeDate } } } : {})
        } as ResidentRecord
        push(a, ["atenaNumbers", i], e.jiyu, "remove", before, after)
      })
      break
    }
    case "transfer-in-notice": {
      const before = registry.persons.get(e.atenaNumber)?.record
      if (before === undefined) break
      const confirmed = { address: e.address, date: e.changeDate, noticeReceivedOn: e.noticeOn ?? e.processedOn }
      const planned = before.moveOut?.planned
      const moveOut = planned === undefined ? { confirmed } : { planned, confirmed }
      const removal =
        before.removal !== undefined && MOVE_OUT_JIYU.has(before.removal.jiyu) && planned !== undefined
          ? { ...before.removal, date: minDate(planned.date, e.changeDate) }
          : before.removal
      const after = {
        ...before,
        state: "removed",
        moveOut,
        ...(removal === undefined ? {} : { removal })
      } as ResidentRecord
      push(e.atenaNumber, ["atenaNumber"], before.removal?.jiyu ?? "domestic-move-out", "notice", before, after)
      break
    }
    case "nationality-change": {
      const a = e.record.atenaNumber
      const before = registry.persons.get(a)?.record
      if (before === undefined) break
      const acq = e.direction === "acquisition"
      const j1: IdouJiyu = acq ? "authority-removal-naturalisation" : "authority-removal-nationality-loss"
      const j2: IdouJiyu = acq ? "authority-entry-naturalisation" : "authority-entry-nationality-loss"
      const mid = {
        ...before,
        state: "removed",
        removal: { jiyu: j1, date: e.changeDate, byAuthority: true }
      } as ResidentRecord
      const after = {
        ...e.record,
        state: "current",
        entry: { jiyu: j2, date: e.changeDate, byAuthority: true }
      } as ResidentRecord
      push(a, ["record"], j1, "remove", before, mid)
      push(a, ["record"], j2, "create", mid, after)
      break
    }
    case "reissue": {
      const before = registry.persons.get(e.atenaNumber)?.record
      if (before === undefined) break
      const remake = e.mode === "remake"
      const j1: IdouJiyu = remake ? "remake-removal" : "reissue-removal"
      const j2: IdouJiyu = remake ? "remake-entry" : "reissue-entry"
      const mid = {
        ...before,
        state: "removed",
        removal: { jiyu: j1, date: e.changeDate, byAuthority: true }
      } as ResidentRecord
      const after = {
        ...before,
        state: "current",
        entry: { jiyu: j2, date: e.changeDate, byAuthority: true }
      } as Mutable<ResidentRecord>
      delete after.removal
      delete after.moveOut
      push(e.atenaNumber, ["atenaNumber"], j1, "remove", before, mid)
      push(e.atenaNumber, ["atenaNumber"], j2, "create", mid, after as ResidentRecord)
      break
    }
    case "cancel": {
      e.atenaNumbers.forEach((a, i) => {
        const p = registry.persons.get(a)
        if (p === undefined || p.row.operation === "transfer-in-notice") return
        const last = p.row
        const prev = p.prev?.row
        const path = ["atenaNumbers", i]
        const kind = effectOfRow(last)
        if (kind === "create") {
          const after =
            prev !== undefined
              ? prev.snapshot
              : ({
                  ...last.snapshot,
                  state: "removed",
                  removal: { jiyu: "cancel-decrease", date: e.changeDate, byAuthority: true }
                } as ResidentRecord)
          push(a, path, "cancel-decrease", "remove", p.record, after)
        } else if (prev !== undefined) {
          push(
            a,
            path,
            kind === "delete" ? "cancel-increase" : "cancel-modification",
            kind === "delete" ? "create" : "modify",
            p.record,
            prev.snapshot
          )
        }
      })
      break
    }
  }
  return steps
}

const ENTRY_SET: ReadonlySet<string> = new Set(ENTRY)
const REMOVAL_SET: ReadonlySet<string> = new Set(REMOVAL)

const effectOfRow = (row: HistoryRow): "create" | "delete" | "modify" =>
  ENTRY_SET.has(row.jiyu) ? "create" : REMOVAL_SET.has(row.jiyu) ? "delete" : "modify"
