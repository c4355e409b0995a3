/**
 * Committing: an accepted plan becomes the new registry (one history row
 * per step, the indexes kept current) and the effects, in 異動 order.
 *
 * @since 0.1.0
 * @internal
 */
import type { Event } from "../events/index.js"
import { deepFreeze } from "../internal/freeze.js"
import type { HistoryRow, ResidentRecord } from "../models/index.js"
import {
  addMember,
  indexIds,
  indexThreeInfo,
  removeMember,
  type PersonEntry,
  type Registry
} from "../registry/index.js"
import { headDepartures } from "../rules/household.js"
import { changedItems, deepEqual, groupOf, HOUSEHOLD_JIYU } from "../rules/internal/helpers.js"
import type { EventContext, Step } from "../rules/types.js"
import { CsUpdateEffect, type Effect } from "./effects.js"
import { onwardEffects } from "./onward.js"
import type { Mutable } from "./plan.js"

const CS_ITEMS: ReadonlyArray<string> = [
  "residentCode",
  "myNumber",
  "name",
  "birthDate",
  "sex",
  "address",
  "addressSince",
  "previousAddress",
  "relationship",
  "residentSince",
  "foreignResidentSince",
  "formerSurname",
  "state"
]

const csRelevant = (b: ResidentRecord | undefined, a: ResidentRecord): boolean => {
  if (b === undefined) return true
  const bb = b as unknown as Record<string, unknown>
  const aa = a as unknown as Record<string, unknown>
  for (const k of CS_ITEMS) if (!deepEqual(aa[k], bb[k])) return true
  return false
}

const IMMIGRATION_QUIET: ReadonlySet<string> = new Set(["household", "welfare", "system", "remarks", "voter"])

const immigrationRelevant = (s: Step): boolean => {
  // A 記載 concerns the new record only (the 消除 of a foreign record before it was notified on its own).
  if (s.op === "create") return s.after.kind === "foreign"
  // Stryker disable next-line OptionalChaining: only a 記載 (returned above) has no record before it
  if (s.after.kind !== "foreign" && s.before?.kind !== "foreign") return false
  if (s.op === "notice" || HOUSEHOLD_JIYU.has(s.jiyu)) return false
  if (s.op !== "modify" || s.before === undefined) return true
  return (s.changed ?? changedItems(s.before, s.after)).some((i) => !IMMIGRATION_QUIET.has(groupOf(i)))
}

const rowOf = (n: number, s: Step, e: Event, acknowledged: ReadonlyArray<string>): HistoryRow => {
  const row: Mutable<HistoryRow> = {
    historyNumber: n,
    jiyu: s.jiyu,
    changeDate: e.changeDate,
    processedOn: e.processedOn,
    byAuthority:
      e.type === "remove" && s.after.removal !== undefined ? s.after.removal.byAuthority : (e.byAuthority ?? false),
    snapshot: s.after
  }
  if (e.filedOn !== undefined) row.filedOn = e.filedOn
  if (e.appliedOn !== undefined) row.appliedOn = e.appliedOn
  if (e.noticeOn !== undefined) row.noticeOn = e.noticeOn
  if (e.requestedOn !== undefined) row.requestedOn = e.requestedOn
  if (e.inputPlace !== undefined) row.inputPlace = e.inputPlace
  if (e.inputTerminal !== undefined) row.inputTerminal = e.inputTerminal
  if (e.remarks !== undefined) row.remarks = e.remarks
  if (acknowledged.length > 0) row.acknowledged = acknowledged
  if (s.op === "notice") row.operation = "transfer-in-notice"
  return row
}

/** The registry and effects after the steps of an accepted event. */
export const commit = (
  registry: Registry,
  event: Event,
  steps: ReadonlyArray<Step>,
  ctx: EventContext,
  acknowledged: ReadonlyArray<string>
): { registry: Registry; effects: Array<Effect> } => {
  let persons = registry.persons
  let hh = registry.households
  let ids: Pick<Registry, "byResidentCode" | "byMyNumber" | "byCard"> = registry
  let three = registry.threeInfo
  let seq = registry.sequence
  const effects: Array<Effect> = []
  for (const s of steps) {
    const a = s.atenaNumber
    const entry = persons.get(a)
    const n = (entry?.historyLength ?? 0) + 1
    // Frozen once here, so every accessor can hand it out as it is (the registry is a value).
    const row = deepFreeze(rowOf(n, s, event, acknowledged))
    const next: PersonEntry = { record: deepFreeze(s.after), row, prev: entry, historyLength: n }
    persons = persons.set(a, next)
    const b = entry?.record
    if (b !== undefined && b.householdNumber !== s.after.householdNumber) hh = removeMember(hh, b.householdNumber, a)
    hh =
      s.after.state === "removed"
        ? removeMember(hh, s.after.householdNumber, a)
        : addMember(hh, s.after.householdNumber, a)
    if (
      b === undefined ||
      b.residentCode !== s.after.residentCode ||
      b.myNumber !== s.after.myNumber ||
      b.kind !== s.after.kind ||
      (s.after.kind === "foreign" && b.kind === "foreign" && b.status !== s.after.status)
    )
      ids = indexIds(ids, s.after)
    if (b === undefined || b.name !== s.after.name || b.birthDate !== s.after.birthDate || b.sex !== s.after.sex)
      three = indexThreeInfo(three, s.after)
    // Effects in 異動 order.
    if (s.op !== "notice" && (s.op !== "modify" || csRelevant(s.before, s.after))) {
      seq++
      const oldCode =
        s.before?.residentCode !== undefined && s.before.residentCode !== s.after.residentCode
          ? s.before.residentCode
          : undefined
      effects.push(new CsUpdateEffect(seq, a, s.jiyu, event.changeDate, s.after, event.filedOn, oldCode))
    }
    if (s.op === "create" && s.jiyu === "domestic-move-in" && s.after.previousAddress?.municipalityCode) {
      seq++
      effects.push({
        type: "transfer-in-notice",
        sequence: seq,
        atenaNumber: a,
        toMunicipality: s.after.previousAddress.municipalityCode,
        moveInDate: event.changeDate
      })
    }
    if (immigrationRelevant(s)) {
      seq++
      effects.push({
        type: "immigration-notice",
        sequence: seq,
        atenaNumber: a,
        jiyu: s.jiyu,
        changeDate: event.changeDate,
        // Stryker disable next-line OptionalChaining: a 転出予定 (leaving) always has its planned 転出 (plan sets both)
        sendOn: s.after.state === "leaving" ? (s.after.moveOut?.planned?.date ?? event.processedOn) : event.processedOn
      })
    }
    // What the 異動 sends onward (附票, 統合宛名, 送付先情報): ./onward.ts.
    for (const x of onwardEffects(s, event)) {
      seq++
      effects.push({ ...x, sequence: seq } as Effect)
    }
  }
  // headDepartures looks only at the steps of a 世帯主.
  for (const d of headDepartures(ctx)) {
    const only = d.remaining[0]
    if (d.remaining.length === 1 && only !== undefined) {
      seq++
      effects.push({
        type: "head-candidate",
        sequence: seq,
        householdNumber: d.householdNumber,
        atenaNumber: only.atenaNumber
      })
    }
  }
  return {
    registry: {
      ...registry,
      persons,
      households: hh,
      byResidentCode: ids.byResidentCode,
      byMyNumber: ids.byMyNumber,
      byCard: ids.byCard,
      threeInfo: three,
      sequence: seq
    },
    effects
  }
}
