/**
 * The state machine: `apply(registry, event)` returns either the new
 * registry with the effects the change causes, or every violation found.
 *
 * **When to use**
 *
 * Call {@link apply} for every 異動, keep the returned registry, and send
 * the returned effects in their order (their `sequence` is the 更新順番号).
 * Use {@link check} for a dry run (violations only) and {@link plan} to see
 * the changes an event would make.
 *
 * **Details**
 *
 * - Pure: the input registry is never changed; rejected events leave no
 *   trace.
 * - Every change appends one full history row per touched person (two for
 *   国籍取得・喪失 and 改製: the 消除 of the old 住民票, then the 記載 of the new).
 * - Effects, in 異動 order:
 *   - `cs-update`: the 本人確認情報 to send to the 市町村CS (法30条の6), for
 *     every 記載, 消除 and every 修正 that changes a 本人確認情報 item;
 *   - `transfer-in-notice`: the 転入通知 to the former municipality after a
 *     国内転入 (法9条1項);
 *   - `immigration-notice`: the 市町村通知 to 出入国在留管理庁 (入管法61条の8
 *     の2) for a foreign resident's 記載, 消除 or 修正, except 世帯変更 and
 *     changes of 続柄, 世帯 or insurance items only; for a 転出予定, sent on
 *     the 予定日 (`sendOn`);
 *   - `head-candidate`: when a 世帯主 leaves and one member remains, that
 *     member as the candidate for a 職権 世帯主 (標準仕様書 4.0.4).
 * - `error` violations reject; `alert` violations reject unless the event
 *   lists their rule id in `acknowledged`.
 * - `provisional: true` validates the event and stores it as a 仮登録
 *   (no history, no effects, invisible to the CS); `approve` commits it
 *   after checking it again against the registry of that day.
 *
 * **Example** (A 転居 that also changes the 氏名 is rejected)
 *
 * ```ts
 * import { apply, Event, Registry } from "@juki/records"
 * import { Result } from "effect"
 *
 * declare const registry: Registry.Registry // holds 宛名番号 0000000010
 * const e = Event.moveWithin({
 *   persons: [{ atenaNumber: "0000000010" }],
 *   address: { municipalityCode: "131016", text: "東京都千代田区丸の内一丁目2番" },
 *   householdNumber: "0000000028",
 *   extra: { name: { kanji: "山田　一郎" } },
 *   changeDate: "2024-04-01",
 *   filedOn: "2024-04-05",
 *   processedOn: "2024-04-05"
 * })
 * const r = apply(registry, e)
 * Result.isFailure(r) && r.failure.violations[0]?.code // => "records.cs.move-within-address-only"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { deadline, noHolidays, weekendsAndYearEnd, withHolidays } from "../deadline/index.js"
import { identityInfo } from "../derive/index.js"
import type { Event } from "../events/index.js"
import { info as jiyuInfo, isJiyu, type IdouJiyu, type JiyuEffect } from "../jiyu/index.js"
import type { HistoryRow, IdentityInfo, ResidentRecord } from "../models/index.js"
import {
  addMember,
  householdMembers,
  indexIds,
  indexThreeInfo,
  isPresent,
  removeMember,
  type PersonEntry,
  type Registry
} from "../registry/index.js"
import { catalogue, EventMalformed, headDepartures, ProvisionalUnknown } from "../rules/index.js"
import { changedItems, deepEqual, groupOf, HOUSEHOLD_JIYU, minDate, MOVE_OUT_JIYU, targetsOf } from "../rules/helpers.js"

const NO_TARGETS: ReadonlyArray<never> = Object.freeze([])
import type { EventContext, Options, RecordRule, ResolvedOptions, Step } from "../rules/types.js"

// ---------------------------------------------------------------------------------------------------------------
// Effects

/**
 * The 本人確認情報 update for the 市町村CS. `identity` (the 本人確認情報 with
 * 外字数 and 清音化かな氏名) is derived from the recorded 住民票 on first read
 * and then kept; `JSON.stringify` includes it.
 *
 * @category models
 * @since 0.1.0
 */
export interface CsUpdate {
  readonly type: "cs-update"
  /** 更新順番号: strictly increasing across the registry's effects. */
  readonly sequence: number
  readonly atenaNumber: string
  readonly jiyu: IdouJiyu
  readonly changeDate: string
  readonly identity: IdentityInfo
}

class CsUpdateEffect implements CsUpdate {
  readonly type = "cs-update" as const
  #identity: IdentityInfo | undefined
  readonly #record: ResidentRecord
  readonly #filedOn: string | undefined
  readonly #oldResidentCode: string | undefined
  constructor(
    readonly sequence: number,
    readonly atenaNumber: string,
    readonly jiyu: IdouJiyu,
    readonly changeDate: string,
    record: ResidentRecord,
    filedOn: string | undefined,
    oldResidentCode: string | undefined
  ) {
    this.#record = record
    this.#filedOn = filedOn
    this.#oldResidentCode = oldResidentCode
  }
  get identity(): IdentityInfo {
    if (this.#identity === undefined) {
      const record = this.#record
      const filedOn = this.#filedOn
      const oldResidentCode = this.#oldResidentCode
      this.#identity = identityInfo(record, {
        jiyu: this.jiyu,
        changeDate: this.changeDate,
        updateSequence: this.sequence,
        ...(filedOn === undefined ? {} : { filedOn }),
        ...(oldResidentCode === undefined ? {} : { oldResidentCode })
      })
    }
    return this.#identity
  }
  toJSON(): CsUpdate {
    return { type: this.type, sequence: this.sequence, atenaNumber: this.atenaNumber, jiyu: this.jiyu, changeDate: this.changeDate, identity: this.identity }
  }
}

/**
 * The 転入通知 to the former municipality (法9条1項).
 *
 * @category models
 * @since 0.1.0
 */
export interface TransferInNoticeOut {
  readonly type: "transfer-in-notice"
  readonly sequence: number
  readonly atenaNumber: string
  /** 市町村コード of the former municipality. */
  readonly toMunicipality: string
  /** 転入日. */
  readonly moveInDate: string
}

/**
 * The 市町村通知 to 出入国在留管理庁 (入管法61条の8の2).
 *
 * @category models
 * @since 0.1.0
 */
export interface ImmigrationNotice {
  readonly type: "immigration-notice"
  readonly sequence: number
  readonly atenaNumber: string
  readonly jiyu: IdouJiyu
  readonly changeDate: string
  /** The day to send: the 処理日, or the 転出予定年月日 for a 転出予定. */
  readonly sendOn: string
}

/**
 * The member who remains alone after the 世帯主 left: the candidate for a
 * 職権 世帯主 (標準仕様書 4.0.4). Advice, not a message.
 *
 * @category models
 * @since 0.1.0
 */
export interface HeadCandidate {
  readonly type: "head-candidate"
  readonly sequence: number
  readonly householdNumber: string
  readonly atenaNumber: string
}

/**
 * An effect of a change.
 *
 * @category models
 * @since 0.1.0
 */
export type Effect = CsUpdate | TransferInNoticeOut | ImmigrationNotice | HeadCandidate

/**
 * An accepted change.
 *
 * @category models
 * @since 0.1.0
 */
export interface Applied {
  readonly registry: Registry
  /** In 異動 order. */
  readonly effects: ReadonlyArray<Effect>
  /** Alerts the operator acknowledged. */
  readonly alerts: ReadonlyArray<JukiError>
  /** The id of the 仮登録, for a `provisional` event. */
  readonly provisionalId?: string
}

/**
 * A rejected change: every violation found (errors, and alerts whether
 * acknowledged or not).
 *
 * @category models
 * @since 0.1.0
 */
export interface Rejected {
  readonly _tag: "Rejected"
  readonly violations: ReadonlyArray<JukiError>
}

// ---------------------------------------------------------------------------------------------------------------
// Options

const resolvedCache = new WeakMap<object, ResolvedOptions>()

const DEFAULTS: ResolvedOptions = {
  holidays: weekendsAndYearEnd,
  specialMoveIn: { afterMoveIn: 14, afterPlannedMoveOut: 30 },
  lateMoveOut: "reject",
  moveWithinChangesHousehold: true,
  certificateRetentionDays: 30,
  identifiers: { residentCode: {}, atenaNumber: { length: "any" }, householdNumber: { length: "any" } },
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
    disable: new Set(options.disable ?? [])
  }
  resolvedCache.set(options, r)
  return r
}

/**
 * The JSON form of {@link Options} used by the conformance vectors
 * (`when.options`): `holidays` lists extra 休日 added to the default calendar
 * (Saturdays, Sundays, 12-29..01-03), or `"none"` for a calendar without 休日.
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonOptions extends Omit<Options, "holidays"> {
  readonly holidays?: ReadonlyArray<string> | "none"
}

/**
 * {@link Options} from their JSON form.
 *
 * @category conversions
 * @since 0.1.0
 */
export const optionsFromJSON = (j: JsonOptions | undefined): Options | undefined => {
  if (j === undefined) return undefined
  const { holidays, ...rest } = j
  if (holidays === undefined) return rest
  return { ...rest, holidays: holidays === "none" ? noHolidays : withHolidays(weekendsAndYearEnd, holidays) }
}

interface Dispatch {
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
  const types: ReadonlyArray<Event["type"]> = [
    "create",
    "modify",
    "remove",
    "transfer-in-notice",
    "nationality-change",
    "reissue",
    "cancel",
    "approve",
    "discard",
    "receive-certificate",
    "purge-certificates"
  ]
  const event = new Map(types.map((t) => [t, on.filter((r) => r.onEvent !== undefined && (r.events === undefined || r.events.includes(t)))]))
  const d: Dispatch = {
    event,
    record: on.filter((r) => r.onRecord !== undefined),
    household: on.filter((r) => r.onHousehold !== undefined)
  }
  dispatchCache.set(o, d)
  return d
}

// ---------------------------------------------------------------------------------------------------------------
// Planning

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

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
  text: r.address.katagaki === undefined || r.address.katagaki === "" ? r.address.text : `${r.address.text}　${r.address.katagaki}`
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
      const after = { ...before, state: "removed", moveOut, ...(removal === undefined ? {} : { removal }) } as ResidentRecord
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
      const mid = { ...before, state: "removed", removal: { jiyu: j1, date: e.changeDate, byAuthority: true } } as ResidentRecord
      const after = { ...e.record, state: "current", entry: { jiyu: j2, date: e.changeDate, byAuthority: true } } as ResidentRecord
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
      const mid = { ...before, state: "removed", removal: { jiyu: j1, date: e.changeDate, byAuthority: true } } as ResidentRecord
      const after = { ...before, state: "current", entry: { jiyu: j2, date: e.changeDate, byAuthority: true } } as Mutable<ResidentRecord>
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
              : ({ ...last.snapshot, state: "removed", removal: { jiyu: "cancel-decrease", date: e.changeDate, byAuthority: true } } as ResidentRecord)
          push(a, path, "cancel-decrease", "remove", p.record, after)
        } else if (prev !== undefined) {
          push(a, path, kind === "delete" ? "cancel-increase" : "cancel-modification", kind === "delete" ? "create" : "modify", p.record, prev.snapshot)
        }
      })
      break
    }
    default:
      break
  }
  return steps
}

const ENTRY_SET: ReadonlySet<string> = new Set([
  "domestic-move-in",
  "move-in-from-abroad",
  "birth",
  "authority-entry-naturalisation",
  "authority-entry-nationality-loss",
  "authority-entry",
  "reissue-entry",
  "remake-entry",
  "cancel-increase"
])
const REMOVAL_SET: ReadonlySet<string> = new Set([
  "domestic-move-out",
  "move-out-abroad",
  "death",
  "authority-removal-naturalisation",
  "authority-removal-nationality-loss",
  "authority-removal",
  "reissue-removal",
  "remake-removal",
  "cancel-decrease"
])

const effectOfRow = (row: HistoryRow): "create" | "delete" | "modify" =>
  ENTRY_SET.has(row.jiyu) ? "create" : REMOVAL_SET.has(row.jiyu) ? "delete" : "modify"

// ---------------------------------------------------------------------------------------------------------------
// Checking

const makeContext = (registry: Registry, event: Event, steps: ReadonlyArray<Step>, o: ResolvedOptions): EventContext => {
  const asOf = event.processedOn
  // The latest planned record of a person (steps are few: a linear scan beats a Map here).
  const overlay = (a: string): ResidentRecord | undefined => {
    for (let i = steps.length - 1; i >= 0; i--) if ((steps[i] as Step).atenaNumber === a) return (steps[i] as Step).after
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
    targets: event.type === "create" ? NO_TARGETS : targetsOf(event),
    options: o,
    asOf,
    householdBefore: (hn) => householdMembers(registry, hn, asOf),
    householdAfter: after
  }
}

const runRules = (ctx: EventContext, d: Dispatch): Array<JukiError> => {
  const out: Array<JukiError> = []
  const { registry, steps, options, asOf, event } = ctx
  for (const r of d.event.get(event.type) ?? []) {
    const v = (r.onEvent as NonNullable<RecordRule["onEvent"]>)(ctx)
    for (const x of v) out.push(x)
  }
  if (steps.length === 0) return out
  if (d.record.length > 0)
    for (const s of steps) {
      const before = s.before
      const sameKind = before !== undefined && before.kind === s.after.kind
      const rc = {
        options,
        asOf,
        path: s.path,
        isNew: s.op === "create" && !registry.persons.has(s.atenaNumber),
        isNewHousehold: before?.householdNumber !== s.after.householdNumber && !registry.households.has(s.after.householdNumber),
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
  const out: Array<string> = []
  for (const s of steps) {
    if (s.before !== undefined && isPresent(s.before, asOf) && !out.includes(s.before.householdNumber)) out.push(s.before.householdNumber)
    if (isPresent(s.after, asOf) && !out.includes(s.after.householdNumber)) out.push(s.after.householdNumber)
  }
  return out
}

/**
 * Every violation an event would raise against a registry (a dry run of
 * {@link apply}, without committing).
 *
 * @category predicates
 * @since 0.1.0
 */
export const check = (registry: Registry, event: Event, options?: Options): ReadonlyArray<JukiError> => {
  const o = resolveOptions(options)
  if (event.type === "approve") {
    const r = apply(registry, event, options)
    return Result.isFailure(r) ? r.failure.violations : []
  }
  const steps = plan(registry, event, o === DEFAULTS ? undefined : options)
  return runRules(makeContext(registry, event, steps, o), dispatchOf(o))
}

// ---------------------------------------------------------------------------------------------------------------
// Committing

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
    byAuthority: e.type === "remove" && s.after.removal !== undefined ? s.after.removal.byAuthority : (e.byAuthority ?? false),
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

const commit = (
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
    const row = rowOf(n, s, event, acknowledged)
    const next: PersonEntry = { record: s.after, row, prev: entry, historyLength: n }
    persons = persons.set(a, next)
    const b = entry?.record
    if (b !== undefined && b.householdNumber !== s.after.householdNumber) hh = removeMember(hh, b.householdNumber, a)
    hh = s.after.state === "removed" ? removeMember(hh, s.after.householdNumber, a) : addMember(hh, s.after.householdNumber, a)
    if (
      b === undefined ||
      b.residentCode !== s.after.residentCode ||
      b.myNumber !== s.after.myNumber ||
      b.kind !== s.after.kind ||
      (s.after.kind === "foreign" && b.kind === "foreign" && b.status !== s.after.status)
    )
      ids = indexIds(ids, s.after)
    if (b === undefined || b.name !== s.after.name || b.birthDate !== s.after.birthDate || b.sex !== s.after.sex) three = indexThreeInfo(three, s.after)
    // Effects in 異動 order.
    if (s.op !== "notice" && (s.op !== "modify" || csRelevant(s.before, s.after))) {
      seq++
      const oldCode = s.before?.residentCode !== undefined && s.before.residentCode !== s.after.residentCode ? s.before.residentCode : undefined
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
        sendOn: s.after.state === "leaving" ? (s.after.moveOut?.planned?.date ?? event.processedOn) : event.processedOn
      })
    }
  }
  if (steps.some((s) => s.before?.relationship === "世帯主"))
    for (const d of headDepartures(ctx)) {
      const only = d.remaining[0]
      if (d.remaining.length === 1 && only !== undefined) {
        seq++
        effects.push({ type: "head-candidate", sequence: seq, householdNumber: d.householdNumber, atenaNumber: only.atenaNumber })
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

const EMPTY_EFFECTS: ReadonlyArray<Effect> = Object.freeze([]) as ReadonlyArray<Effect>
const EMPTY_ERRORS: ReadonlyArray<JukiError> = Object.freeze([]) as ReadonlyArray<JukiError>

/**
 * Applies one 異動 to a registry. Returns the new registry and the effects
 * in 異動 order, or every violation found. Never throws on a well-typed
 * event; decode untrusted JSON with `Event.decode` first.
 *
 * @category constructors
 * @since 0.1.0
 */
export const apply = (registry: Registry, event: Event, options?: Options): Result.Result<Applied, Rejected> => {
  const shape = shapeProblem(event)
  if (shape !== undefined) return Result.fail({ _tag: "Rejected", violations: [makeError(EventMalformed, { params: { detail: shape } })] })
  const o = resolveOptions(options)
  const d = dispatchOf(o)
  if (event.type === "approve" || event.type === "discard") return decide(registry, event, options, o, d)
  const steps = plan(registry, event, options)
  const ctx = makeContext(registry, event, steps, o)
  const violations = runRules(ctx, d)
  let alerts: ReadonlyArray<JukiError> = EMPTY_ERRORS
  let acknowledged: ReadonlyArray<string> = []
  if (violations.length > 0) {
    const ack = new Set(event.acknowledged ?? [])
    let blocked = false
    const used: Array<string> = []
    const al: Array<JukiError> = []
    for (const v of violations) {
      if (v.severity === "error" || !ack.has(v.code)) blocked = true
      else {
        al.push(v)
        if (!used.includes(v.code)) used.push(v.code)
      }
    }
    if (blocked) return Result.fail({ _tag: "Rejected", violations })
    alerts = al
    acknowledged = used
  }
  if (event.provisional === true) {
    const id = `P${registry.provisionalCounter + 1}`
    const { provisional: _p, ...stored } = event
    const atenaNumbers = steps.length > 0 ? steps.map((s) => s.atenaNumber) : event.type === "create" ? event.records.map((r) => r.atenaNumber) : []
    return Result.succeed({
      registry: {
        ...registry,
        provisionalCounter: registry.provisionalCounter + 1,
        pending: registry.pending.set(id, { id, event: stored as Event, atenaNumbers: [...new Set(atenaNumbers)] })
      },
      effects: EMPTY_EFFECTS,
      alerts,
      provisionalId: id
    })
  }
  switch (event.type) {
    case "receive-certificate":
      return Result.succeed({
        registry: { ...registry, certificates: registry.certificates.set(event.certificate.residentCode, event.certificate) },
        effects: EMPTY_EFFECTS,
        alerts
      })
    case "purge-certificates": {
      let certs = registry.certificates
      for (const [k, c] of registry.certificates.entries()) {
        if (!Calendar.isIsoDate(c.plannedDate) || event.processedOn > Calendar.addDays(c.plannedDate, o.certificateRetentionDays))
          certs = certs.delete(k)
      }
      return Result.succeed({ registry: { ...registry, certificates: certs }, effects: EMPTY_EFFECTS, alerts })
    }
    default:
      break
  }
  const done = commit(registry, event, steps, ctx, acknowledged)
  let reg = done.registry
  // A 特例転入 uses up the 転出証明書情報.
  if (event.type === "create" && event.route === "special")
    for (const r of event.records) if (r.residentCode !== undefined) reg = { ...reg, certificates: reg.certificates.delete(r.residentCode) }
  return Result.succeed({ registry: reg, effects: done.effects, alerts })
}

const EVENT_TYPES: ReadonlySet<string> = new Set([
  "create",
  "modify",
  "remove",
  "transfer-in-notice",
  "nationality-change",
  "reissue",
  "cancel",
  "approve",
  "discard",
  "receive-certificate",
  "purge-certificates"
])
const GROUP_OF_TYPE: Readonly<Record<string, JiyuEffect>> = { create: "create", modify: "modify", remove: "delete" }

/**
 * A cheap structural check on entry (typed callers pass it; JSON should go
 * through `Event.decode`, which checks everything).
 */
const shapeProblem = (e: unknown): string | undefined => {
  if (typeof e !== "object" || e === null) return "not an object"
  const x = e as Record<string, unknown>
  if (typeof x["type"] !== "string" || !EVENT_TYPES.has(x["type"])) return "unknown event type"
  if (typeof x["changeDate"] !== "string" || typeof x["processedOn"] !== "string") return "changeDate and processedOn are required"
  const group = GROUP_OF_TYPE[x["type"]]
  if (group !== undefined && (!isJiyu(x["jiyu"]) || jiyuInfo(x["jiyu"]).effect !== group)) return "異動事由 does not fit the event type"
  const list = x["type"] === "create" ? x["records"] : x["type"] === "modify" ? x["changes"] : x["type"] === "remove" || x["type"] === "cancel" ? x["atenaNumbers"] : []
  return Array.isArray(list) ? undefined : "missing list of persons"
}

const decide = (
  registry: Registry,
  event: Extract<Event, { type: "approve" | "discard" }>,
  options: Options | undefined,
  o: ResolvedOptions,
  d: Dispatch
): Result.Result<Applied, Rejected> => {
  const ctx = makeContext(registry, event, [], o)
  const violations = runRules(ctx, d)
  const p = registry.pending.get(event.provisionalId)
  if (p === undefined)
    return Result.fail({ _tag: "Rejected", violations: violations.length > 0 ? violations : [makeError(ProvisionalUnknown, { path: ["provisionalId"] })] })
  if (violations.some((v) => v.severity === "error")) return Result.fail({ _tag: "Rejected", violations })
  const without: Registry = { ...registry, pending: registry.pending.delete(event.provisionalId) }
  if (event.type === "discard") return Result.succeed({ registry: without, effects: EMPTY_EFFECTS, alerts: EMPTY_ERRORS })
  const stored = p.event
  const ack = [...new Set([...(stored.acknowledged ?? []), ...(event.acknowledged ?? [])])]
  const inner = { ...stored, processedOn: event.processedOn, ...(ack.length === 0 ? {} : { acknowledged: ack }) } as Event
  return apply(without, inner, options)
}
