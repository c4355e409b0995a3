/**
 * The rule engine: options with their defaults, the enabled rules per
 * scope, and the run of every event, record and 世帯 rule over a planned
 * change. Used by `apply` (on every change) and by `Registry.fromJSON`
 * (on every record and 世帯 of a loaded registry).
 *
 * @since 0.1.0
 * @internal
 */
import type { JukiError } from "@juki/core"
import { standard } from "../deadline/index.js"
import { TYPES as EVENT_TYPES, type Event } from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { householdMembers, isPresent, type Registry } from "../registry/index.js"
import { catalogue } from "./index.js"
import { targetsOf } from "./internal/helpers.js"
import type { EventContext, Options, RecordRule, ResolvedOptions, Step } from "./types.js"

const NO_TARGETS: ReadonlyArray<never> = Object.freeze([])

// ---------------------------------------------------------------------------------------------------------------
// Options

const resolvedCache = new WeakMap<object, ResolvedOptions>()

/** The options when none are given. */
export const DEFAULTS: ResolvedOptions = {
  holidays: standard,
  specialMoveIn: { afterMoveIn: 14, afterPlannedMoveOut: 30 },
  lateMoveOut: "reject",
  moveWithinChangesHousehold: true,
  certificateRetentionDays: 30,
  identifiers: { residentCode: {}, atenaNumber: { length: "any" }, householdNumber: { length: "any" } },
  filerRequired: false,
  filerMinimumAge: 15,
  disable: new Set()
}

/**
 * {@link Options} with the defaults filled in.
 *
 * @category constructors
 * @since 0.1.0
 */
export const resolveOptions = (options?: Options): ResolvedOptions => {
  if (options === undefined) return DEFAULTS
  const hit = resolvedCache.get(options)
  if (hit !== undefined) return hit
  const r: ResolvedOptions = {
    holidays: options.holidays ?? DEFAULTS.holidays,
    specialMoveIn: { ...DEFAULTS.specialMoveIn, ...options.specialMoveIn },
    lateMoveOut: options.lateMoveOut ?? DEFAULTS.lateMoveOut,
    moveWithinChangesHousehold: options.moveWithinChangesHousehold ?? DEFAULTS.moveWithinChangesHousehold,
    certificateRetentionDays: options.certificateRetentionDays ?? DEFAULTS.certificateRetentionDays,
    identifiers: {
      residentCode: { ...DEFAULTS.identifiers.residentCode, ...options.identifiers?.residentCode },
      atenaNumber: { ...DEFAULTS.identifiers.atenaNumber, ...options.identifiers?.atenaNumber },
      householdNumber: { ...DEFAULTS.identifiers.householdNumber, ...options.identifiers?.householdNumber }
    },
    filerRequired: options.filerRequired ?? DEFAULTS.filerRequired,
    filerMinimumAge: options.filerMinimumAge ?? DEFAULTS.filerMinimumAge,
    disable: new Set(options.disable ?? [])
  }
  resolvedCache.set(options, r)
  return r
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatch

/** The enabled rules per scope. */
export interface Dispatch {
  readonly event: ReadonlyMap<Event["type"], ReadonlyArray<RecordRule>>
  readonly record: ReadonlyArray<RecordRule>
  readonly household: ReadonlyArray<RecordRule>
}

const dispatchCache = new WeakMap<ResolvedOptions, Dispatch>()

/** @internal The enabled rules per scope. */
export const dispatchOf = (o: ResolvedOptions): Dispatch => {
  const hit = dispatchCache.get(o)
  if (hit !== undefined) return hit
  const on = catalogue.filter((r) => !o.disable.has(r.id))
  const event = new Map(
    EVENT_TYPES.map((t) => [
      t,
      on.filter((r) => r.onEvent !== undefined && (r.events === undefined || r.events.includes(t)))
    ])
  )
  const d: Dispatch = {
    event,
    record: on.filter((r) => r.onRecord !== undefined),
    household: on.filter((r) => r.onHousehold !== undefined)
  }
  dispatchCache.set(o, d)
  return d
}

// ---------------------------------------------------------------------------------------------------------------
// Running

/** What the event rules see: the registry, the planned steps and the 世帯 before and after. */
export const makeContext = (
  registry: Registry,
  event: Event,
  steps: ReadonlyArray<Step>,
  o: ResolvedOptions
): EventContext => {
  const asOf = event.processedOn
  // The latest planned record of a person (steps are few: a linear scan beats a Map here).
  const overlay = (a: string): ResidentRecord | undefined => {
    for (let i = steps.length - 1; i >= 0; i--)
      if ((steps[i] as Step).atenaNumber === a) return (steps[i] as Step).after
    return undefined
  }
  const after = (hn: string): ReadonlyArray<ResidentRecord> => {
    const list = registry.households.get(hn) ?? NO_TARGETS
    const out: Array<ResidentRecord> = []
    for (const a of list) {
      const r = overlay(a) ?? registry.persons.get(a)?.record
      if (r !== undefined && r.householdNumber === hn && isPresent(r, asOf)) out.push(r)
    }
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i] as Step
      if (list.includes(s.atenaNumber) || overlay(s.atenaNumber) !== s.after) continue
      if (s.after.householdNumber === hn && isPresent(s.after, asOf)) out.push(s.after)
    }
    return out
  }
  return {
    registry,
    event,
    steps,
    // A 記載 names nobody already held: targetsOf gives it no target.
    targets: targetsOf(event),
    options: o,
    asOf,
    householdBefore: (hn) => householdMembers(registry, hn, asOf),
    householdAfter: after
  }
}

/** Every violation the enabled rules find in a planned change. */
export const runRules = (ctx: EventContext, d: Dispatch): Array<JukiError> => {
  const out: Array<JukiError> = []
  const { registry, steps, options, asOf, event } = ctx
  for (const r of d.event.get(event.type) ?? []) {
    const v = (r.onEvent as NonNullable<RecordRule["onEvent"]>)(ctx)
    for (const x of v) out.push(x)
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a short-cut only (no record rule, nothing to run)
  if (d.record.length > 0)
    for (const s of steps) {
      const before = s.before
      const sameKind = before !== undefined && before.kind === s.after.kind
      const rc = {
        options,
        asOf,
        // A 修正 writes its items under `changes[i].set`, so a record rule's item path starts there.
        path: s.op === "modify" && event.type === "modify" ? [...s.path, "set"] : s.path,
        isNew: s.op === "create" && !registry.persons.has(s.atenaNumber),
        isNewHousehold:
          before?.householdNumber !== s.after.householdNumber && !registry.households.has(s.after.householdNumber),
        before: sameKind ? before : undefined
      }
      // An update re-checks only the rules that read a changed item (the record passed the others before).
      const changed = s.op !== "create" ? s.changed : undefined
      for (const r of d.record) {
        if (changed !== undefined && r.reads !== undefined && !intersects(r.reads, changed)) continue
        const v = (r.onRecord as NonNullable<RecordRule["onRecord"]>)(s.after, rc)
        for (const x of v) out.push(x)
      }
    }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a short-cut only (no 世帯 rule, nothing to run)
  if (d.household.length > 0) {
    const touched = touchedHouseholds(steps, asOf)
    for (const hn of touched) {
      const members = ctx.householdAfter(hn)
      if (members.length === 0) continue
      const hc = { options, asOf, path: ["household"] }
      for (const r of d.household) {
        const v = (r.onHousehold as NonNullable<RecordRule["onHousehold"]>)(hn, members, hc)
        for (const x of v) out.push(x)
      }
    }
  }
  return out
}

const intersects = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => {
  for (const x of b) if (a.includes(x)) return true
  return false
}

const touchedHouseholds = (steps: ReadonlyArray<Step>, asOf: string): Array<string> => {
  // Stryker disable next-line ArrayDeclaration: a made-up 世帯番号 has no member after the change, so runRules skips it
  const out: Array<string> = []
  for (const s of steps) {
    // isPresent is false for `undefined` (a first 記載 has no record before).
    const before = s.before as ResidentRecord
    if (isPresent(before, asOf) && !out.includes(before.householdNumber)) out.push(before.householdNumber)
    if (isPresent(s.after, asOf) && !out.includes(s.after.householdNumber)) out.push(s.after.householdNumber)
  }
  return out
}
