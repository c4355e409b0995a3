/**
 * Applying 異動 through a store: read each event's working set, run `apply`
 * on the small registry those rows make, and commit the accepted change with
 * its history rows, its effects (outbox) and the decision, atomically.
 *
 * **When to use**
 *
 * {@link applyEvents} for a batch of events from a file or a queue; each
 * event has an id, so a batch that was interrupted can be run again: events
 * already decided are skipped, and no effect is written twice.
 *
 * **Details**
 *
 * - With `groupSize` > 1, several events are checked in order against one
 *   growing small registry and committed in one transaction (group commit).
 *   Each verdict is the one the events would get one at a time: event k sees
 *   exactly the rows events 1..k-1 left.
 * - A commit that meets a concurrent change ({@link StoreConflict}) is
 *   retried from a fresh read, up to `maxRetries` times; then every event of
 *   the group is rejected with `store.conflict`.
 * - Rejected events are recorded as decisions too, but write no row.
 *
 * @since 0.1.0
 * @module
 */
import { makeError, type JukiError } from "@juki/core"
import { apply, WorkingSet, type Effect as RecordEffect, type Event, type Options, type Registry } from "@juki/records"
import { Effect, Result } from "effect"
import { StoreConflictRule } from "../rules/conflict.js"
import { Store, StoreConflict, type Decision, type OutboxRow, type StoreError } from "../store/index.js"

/**
 * An event with its id (the key that makes a re-run idempotent).
 *
 * @category models
 * @since 0.1.0
 */
export interface Input {
  readonly id: string
  readonly event: Event.Event
}

/**
 * What happened to one event.
 *
 * @category models
 * @since 0.1.0
 */
export interface Outcome {
  readonly id: string
  readonly accepted: boolean
  /** Decided in an earlier run: not checked again, nothing written now. */
  readonly skipped: boolean
  readonly effects: ReadonlyArray<RecordEffect>
  readonly violations: ReadonlyArray<JukiError>
  readonly alerts: ReadonlyArray<JukiError>
  /** Rule ids of a decision taken in an earlier run. */
  readonly codes: ReadonlyArray<string>
}

/**
 * Settings of {@link applyEvents}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ApplySettings {
  readonly options?: Options
  /** Events per commit (default 1). */
  readonly groupSize?: number
  /** Retries after a conflict (default 5). */
  readonly maxRetries?: number
  /** Called after each commit with the number of events done. */
  readonly onProgress?: (done: number, total: number) => void
}

const NONE: ReadonlyArray<never> = []

/** Keys read so far, per table (sets, so a group of hundreds of events checks them in O(keys of the event)). */
class Have {
  readonly atenaNumbers = new Set<string>()
  readonly householdNumbers = new Set<string>()
  readonly identifiers = new Set<string>()
  readonly threeInfoKeys = new Set<string>()
  readonly certificates = new Set<string>()
  allCertificates = false
  add(ws: WorkingSet.WorkingSet): void {
    for (const x of ws.atenaNumbers) this.atenaNumbers.add(x)
    for (const x of ws.householdNumbers) this.householdNumbers.add(x)
    for (const x of ws.identifiers) this.identifiers.add(x)
    for (const x of ws.threeInfoKeys) this.threeInfoKeys.add(x)
    if (ws.certificates === "all") this.allCertificates = true
    else for (const x of ws.certificates) this.certificates.add(x)
  }
}

/** Keys wanted by one or more events and not read yet, gathered into one working set. */
class Want {
  readonly atenaNumbers = new Set<string>()
  readonly householdNumbers = new Set<string>()
  readonly identifiers = new Set<string>()
  readonly threeInfoKeys = new Set<string>()
  readonly certificates = new Set<string>()
  allCertificates = false
  size = 0
  constructor(readonly have: Have) {}
  private put(from: ReadonlyArray<string>, have: Set<string>, to: Set<string>): boolean {
    let missed = false
    for (const x of from)
      if (!have.has(x)) {
        missed = true
        if (!to.has(x)) {
          to.add(x)
          this.size++
        }
      }
    return missed
  }
  /** Adds the keys of `ws` not read yet; `true` when there was one. */
  add(ws: WorkingSet.WorkingSet): boolean {
    const h = this.have
    let missed = this.put(ws.atenaNumbers, h.atenaNumbers, this.atenaNumbers)
    missed = this.put(ws.householdNumbers, h.householdNumbers, this.householdNumbers) || missed
    missed = this.put(ws.identifiers, h.identifiers, this.identifiers) || missed
    missed = this.put(ws.threeInfoKeys, h.threeInfoKeys, this.threeInfoKeys) || missed
    if (!h.allCertificates) {
      if (ws.certificates === "all") {
        if (!this.allCertificates) this.size++
        this.allCertificates = true
        missed = true
      } else missed = this.put(ws.certificates, h.certificates, this.certificates) || missed
    }
    return missed
  }
  toWorkingSet(): WorkingSet.WorkingSet | undefined {
    if (this.size === 0) return undefined
    const list = (x: Set<string>) => [...x].sort()
    return {
      atenaNumbers: list(this.atenaNumbers),
      householdNumbers: list(this.householdNumbers),
      identifiers: list(this.identifiers),
      threeInfoKeys: list(this.threeInfoKeys),
      certificates: this.allCertificates ? "all" : list(this.certificates)
    }
  }
}

/**
 * Keys whose rows the events decided so far in the group may have changed (an event writes only rows of its own
 * working set). An event whose working set (against the rows as read) misses all of them sees exactly those rows
 * in the growing registry too, so its working set there is the same one, already read.
 */
class Dirty {
  readonly keys = new Set<string>()
  all = false
  add(ws: WorkingSet.WorkingSet): void {
    for (const x of ws.atenaNumbers) this.keys.add(`a:${x}`)
    for (const x of ws.householdNumbers) this.keys.add(`h:${x}`)
    for (const x of ws.identifiers) this.keys.add(`i:${x}`)
    for (const x of ws.threeInfoKeys) this.keys.add(`t:${x}`)
    if (ws.certificates === "all") this.all = true
    else for (const x of ws.certificates) this.keys.add(`c:${x}`)
  }
  touches(ws: WorkingSet.WorkingSet): boolean {
    if (this.all || ws.certificates === "all") return true
    if (this.keys.size === 0) return false
    const k = this.keys
    return (
      ws.atenaNumbers.some((x) => k.has(`a:${x}`)) ||
      ws.householdNumbers.some((x) => k.has(`h:${x}`)) ||
      ws.identifiers.some((x) => k.has(`i:${x}`)) ||
      ws.threeInfoKeys.some((x) => k.has(`t:${x}`)) ||
      ws.certificates.some((x) => k.has(`c:${x}`))
    )
  }
}

// Rounds of reads before an event's keys settle (two or three are enough for every event; bounded all the same).
const MAX_ROUNDS = 16

const runGroup = (group: ReadonlyArray<Input>, settings: ApplySettings) =>
  Effect.gen(function* () {
    const store = yield* Store
    const o = settings.options
    const maxRetries = settings.maxRetries ?? 5
    const decided = new Map((yield* store.decisions(group.map((g) => g.id))).map((d) => [d.eventId, d] as const))
    const todo = group.filter((g) => !decided.has(g.id))
    for (let attempt = 0; ; attempt++) {
      const first = yield* store.read(WorkingSet.empty)
      const version = first.version
      let known = WorkingSet.fromRows(first.rows)
      const have = new Have()
      let stale = false
      // Batched reads: the keys every event of the group needs, against the rows read so far, in one read per
      // round (one query per table). Reading more rows than one event needs never changes its verdict: the small
      // registry is still a part of the whole one holding all the event's rows.
      const readMissing = (want: Want) =>
        Effect.gen(function* () {
          const miss = want.toWorkingSet()
          if (miss === undefined) return undefined
          const r = yield* store.read(miss)
          if (r.version !== version) stale = true
          have.add(miss)
          // 仮登録 and the registry-wide row were read first; later reads add only the rows of new keys.
          return { ...r.rows, pending: NONE }
        })
      // An event all of whose keys were read already needs nothing more: its working set, computed on rows that
      // no longer change for it, stays the same (it is kept for the ordered pass below).
      const settled = new Map<string, WorkingSet.WorkingSet>()
      for (let round = 0; round < MAX_ROUNDS && !stale; round++) {
        const want = new Want(have)
        for (const input of todo) {
          if (settled.has(input.id)) continue
          const ws = WorkingSet.of(input.event, known, o)
          if (!want.add(ws)) settled.set(input.id, ws)
        }
        const rows = yield* readMissing(want)
        if (rows === undefined) break
        known = WorkingSet.withRows(known, rows)
      }
      // Decide in order, one event at a time, on the growing small registry: event k sees exactly what events
      // 1..k-1 left. A key an earlier event made relevant (a 世帯 joined, a person named) is read before it.
      let base: Registry.Registry = known
      let cur: Registry.Registry = known
      const outcomes: Array<Outcome> = []
      const outbox: Array<OutboxRow> = []
      const decisions: Array<Decision> = []
      const dirty = new Dirty()
      for (const input of group) {
        if (stale) break
        const d = decided.get(input.id)
        if (d !== undefined) {
          outcomes.push({
            id: input.id,
            accepted: d.accepted,
            skipped: true,
            effects: NONE,
            violations: NONE,
            alerts: NONE,
            codes: d.codes
          })
          continue
        }
        const e = input.event
        const asRead = settled.get(input.id)
        // 仮登録 changed by an earlier event of the group: the event's rows may be reached through them.
        const fresh = asRead !== undefined && !dirty.touches(asRead) && cur.pending === known.pending
        let ws = asRead
        for (let round = 0; round < MAX_ROUNDS && !fresh; round++) {
          const want = new Want(have)
          ws = WorkingSet.of(e, cur, o)
          want.add(ws)
          // Rows of keys never read before: no earlier event of the group has read or written them.
          const rows = yield* readMissing(want)
          if (rows === undefined) break
          base = WorkingSet.withRows(base, rows)
          cur = WorkingSet.withRows(cur, rows)
        }
        if (stale) break
        const r = apply(cur, e, o)
        if (Result.isSuccess(r)) {
          cur = r.success.registry
          if (ws === undefined) dirty.all = true
          else dirty.add(ws)
          for (const x of r.success.effects)
            outbox.push({
              sequence: x.sequence,
              type: x.type,
              eventId: input.id,
              payload: JSON.parse(JSON.stringify(x))
            })
          const codes = r.success.alerts.map((a) => a.code)
          decisions.push({ eventId: input.id, accepted: true, codes })
          outcomes.push({
            id: input.id,
            accepted: true,
            skipped: false,
            effects: r.success.effects,
            violations: NONE,
            alerts: r.success.alerts,
            codes
          })
        } else {
          const codes = r.failure.violations.map((v) => v.code)
          decisions.push({ eventId: input.id, accepted: false, codes })
          outcomes.push({
            id: input.id,
            accepted: false,
            skipped: false,
            effects: NONE,
            violations: r.failure.violations,
            alerts: NONE,
            codes
          })
        }
      }
      const committed = stale
        ? false
        : decisions.length === 0
          ? true
          : yield* store
              .commit({ expectedVersion: version, changes: WorkingSet.changes(base, cur), outbox, decisions })
              .pipe(
                Effect.as(true),
                Effect.catchTag("StoreConflict", () => Effect.succeed(false))
              )
      if (committed) return outcomes
      if (attempt >= maxRetries) {
        const v = makeError(StoreConflictRule, { params: { retries: maxRetries } })
        return group.map(
          (g): Outcome => ({
            id: g.id,
            accepted: false,
            skipped: false,
            effects: NONE,
            violations: [v],
            alerts: NONE,
            codes: [v.code]
          })
        )
      }
    }
  })

/**
 * Applies events in order through the {@link Store}: each accepted change is
 * committed with its history rows, effects and decision; each rejected one
 * is recorded. Events already decided (same id) are skipped.
 *
 * @category constructors
 * @since 0.1.0
 */
export const applyEvents = (
  inputs: ReadonlyArray<Input>,
  settings: ApplySettings = {}
): Effect.Effect<ReadonlyArray<Outcome>, StoreError, Store> =>
  Effect.gen(function* () {
    const size = Math.max(1, Math.floor(settings.groupSize ?? 1))
    const out: Array<Outcome> = []
    for (let i = 0; i < inputs.length; i += size) {
      const got = yield* runGroup(inputs.slice(i, i + size), settings)
      for (const x of got) out.push(x)
      settings.onProgress?.(out.length, inputs.length)
    }
    return out
  })

/**
 * Applies one event through the {@link Store}.
 *
 * @category constructors
 * @since 0.1.0
 */
export const applyEvent = (input: Input, settings: ApplySettings = {}): Effect.Effect<Outcome, StoreError, Store> =>
  Effect.map(applyEvents([input], settings), (o) => o[0] as Outcome)

export { StoreConflict, StoreConflictRule }
