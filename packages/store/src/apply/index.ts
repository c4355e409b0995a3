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
import { Effect, Fiber, Result } from "effect"
import { StoreConflictRule } from "../rules/conflict.js"
import { Store, StoreConflict, type Commit, type Decision, type OutboxRow, type StoreError } from "../store/index.js"

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
  toWorkingSet(): WorkingSet.WorkingSet {
    return {
      atenaNumbers: [...this.atenaNumbers],
      householdNumbers: [...this.householdNumbers],
      identifiers: [...this.identifiers],
      threeInfoKeys: [...this.threeInfoKeys],
      certificates: this.allCertificates ? "all" : [...this.certificates]
    }
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
  readonly atenaNumbers = new Set<string>()
  readonly householdNumbers = new Set<string>()
  readonly identifiers = new Set<string>()
  readonly threeInfoKeys = new Set<string>()
  readonly certificates = new Set<string>()
  all = false
  add(ws: WorkingSet.WorkingSet): void {
    for (const x of ws.atenaNumbers) this.atenaNumbers.add(x)
    for (const x of ws.householdNumbers) this.householdNumbers.add(x)
    for (const x of ws.identifiers) this.identifiers.add(x)
    for (const x of ws.threeInfoKeys) this.threeInfoKeys.add(x)
    if (ws.certificates === "all") this.all = true
    else for (const x of ws.certificates) this.certificates.add(x)
  }
  touches(ws: WorkingSet.WorkingSet): boolean {
    if (this.all || ws.certificates === "all") return true
    return (
      someIn(ws.atenaNumbers, this.atenaNumbers) ||
      someIn(ws.householdNumbers, this.householdNumbers) ||
      someIn(ws.identifiers, this.identifiers) ||
      someIn(ws.threeInfoKeys, this.threeInfoKeys) ||
      someIn(ws.certificates, this.certificates)
    )
  }
}

const someIn = (xs: ReadonlyArray<string>, set: ReadonlySet<string>): boolean => {
  if (set.size === 0) return false
  for (const x of xs) if (set.has(x)) return true
  return false
}

/** Whether every key of `ws` was read already (nothing to read for it; allocates nothing). */
const covers = (have: Have, ws: WorkingSet.WorkingSet): boolean =>
  (have.allCertificates || (ws.certificates !== "all" && ws.certificates.every((x) => have.certificates.has(x)))) &&
  ws.atenaNumbers.every((x) => have.atenaNumbers.has(x)) &&
  ws.householdNumbers.every((x) => have.householdNumbers.has(x)) &&
  ws.identifiers.every((x) => have.identifiers.has(x)) &&
  ws.threeInfoKeys.every((x) => have.threeInfoKeys.has(x))

// Rounds of reads before an event's keys settle (two or three are enough for every event; bounded all the same).
const MAX_ROUNDS = 16

/**
 * What a decided group leaves for the next one: the rows of the keys its events used, as its events left them
 * (so the next group need not read them again, nor wait for them to be committed), and the version its commit
 * makes. Only one group's rows are kept: the registry does not grow.
 */
interface Carry {
  readonly registry: Registry.Registry
  readonly have: Have
  /** The version the carrying group's commit makes: the next group's expected version. */
  readonly version: number
  /** The decisions of the carrying group (its commit may still be running). */
  readonly decided: ReadonlyMap<string, Decision>
}

/** A group checked but not yet committed. */
interface Decided {
  readonly outcomes: ReadonlyArray<Outcome>
  /** `undefined` when the group has nothing to write (every event decided in an earlier run). */
  readonly commit: Commit | undefined
  /** A read met a change committed by someone else: redo the group from fresh reads. */
  readonly stale: boolean
  readonly next: Carry | undefined
}

const STALE: Decided = { outcomes: NONE, commit: undefined, stale: true, next: undefined }

/**
 * Reads and decides a group in order, without committing. With a `carry`, the rows of the previous group come
 * from memory and the expected version is the one the previous group's commit makes (that commit may still be
 * running: the rows read here are of keys it does not write, the same before and after it).
 */
const decideGroup = (group: ReadonlyArray<Input>, settings: ApplySettings, carry: Carry | undefined) =>
  Effect.gen(function* () {
    const store = yield* Store
    const o = settings.options
    const decided = new Map((yield* store.decisions(group.map((g) => g.id))).map((d) => [d.eventId, d] as const))
    if (carry !== undefined)
      for (const g of group) {
        const d = carry.decided.get(g.id)
        if (d !== undefined) decided.set(g.id, d)
      }
    const todo = group.filter((g) => !decided.has(g.id))
    let version: number
    let known: Registry.Registry
    let have: Have
    if (carry === undefined) {
      const first = yield* store.read(WorkingSet.empty)
      version = first.version
      known = WorkingSet.fromRows(first.rows)
      have = new Have()
    } else {
      version = carry.version
      known = carry.registry
      have = carry.have
    }
    // Reads may see the store before or after the previous group's commit (same rows for the keys read here);
    // any other version means someone else committed.
    const expected = version
    const consistent = (v: number) => v === expected || (carry !== undefined && v === expected - 1)
    let stale = false
    // Batched reads: the keys every event of the group needs, against the rows read so far, in one read per
    // round (one query per table). Reading more rows than one event needs never changes its verdict: the small
    // registry is still a part of the whole one holding all the event's rows.
    const readMissing = (want: Want) =>
      Effect.gen(function* () {
        const miss = want.toWorkingSet()
        if (miss === undefined) return undefined
        const r = yield* store.read(miss)
        if (!consistent(r.version)) stale = true
        have.add(miss)
        // 仮登録 and the registry-wide row were read first (or carried); later reads add only the rows of new keys.
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
    if (stale) return STALE
    // Decide in order, one event at a time, on the growing small registry: event k sees exactly what events
    // 1..k-1 left. A key an earlier event made relevant (a 世帯 joined, a person named) is read before it.
    let base: Registry.Registry = known
    let cur: Registry.Registry = known
    const outcomes: Array<Outcome> = []
    const outbox: Array<OutboxRow> = []
    const decisions: Array<Decision> = []
    const dirty = new Dirty()
    // The keys this group's events used (and read): their rows are carried to the next group.
    const used = new Have()
    let carryable = true
    for (const input of group) {
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
      let covered = fresh
      for (let round = 0; round < MAX_ROUNDS && !fresh; round++) {
        ws = WorkingSet.of(e, cur, o)
        // Nearly always every key was read already: no read, and nothing allocated for one.
        if (covers(have, ws)) {
          covered = true
          break
        }
        const want = new Want(have)
        want.add(ws)
        // Rows of keys never read before: no earlier event of the group has read or written them.
        const rows = yield* readMissing(want)
        if (rows === undefined) {
          covered = true
          break
        }
        base = WorkingSet.withRows(base, rows)
        cur = WorkingSet.withRows(cur, rows)
      }
      if (stale) return STALE
      if (ws === undefined || !covered) carryable = false
      else used.add(ws)
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
            // The effect itself (frozen): a store writes it as JSON (no copy made here for each event).
            payload: x
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
    const commit: Commit | undefined =
      decisions.length === 0
        ? undefined
        : { expectedVersion: expected, changes: WorkingSet.changes(base, cur), outbox, decisions }
    // Every key an event used was read (or carried), and every row an accepted event wrote is under such a key:
    // the rows under these keys in `cur` are the store's rows once this group is committed.
    const next: Carry | undefined = carryable
      ? {
          registry: WorkingSet.restrict(cur, used.toWorkingSet()),
          have: used,
          version: commit === undefined ? expected : expected + 1,
          decided: new Map(decisions.map((d) => [d.eventId, d] as const))
        }
      : undefined
    return { outcomes, commit, stale: false, next } satisfies Decided
  })

/** Commits a decided group: `true`, or `false` when someone else committed first (nothing was written). */
const commitGroup = (c: Commit | undefined) =>
  Effect.gen(function* () {
    if (c === undefined) return true
    const store = yield* Store
    return yield* store.commit(c).pipe(
      Effect.as(true),
      Effect.catchTag("StoreConflict", () => Effect.succeed(false))
    )
  })

/**
 * A group decided and committed on its own, from fresh reads, retried after conflicts (`tried`: attempts already
 * made, a stale read or a lost commit each counting as one).
 */
const runGroup = (group: ReadonlyArray<Input>, settings: ApplySettings, tried: number) =>
  Effect.gen(function* () {
    const maxRetries = settings.maxRetries ?? 5
    for (let attempt = tried; ; attempt++) {
      if (attempt > maxRetries) {
        const v = makeError(StoreConflictRule, { params: { retries: maxRetries } })
        const outcomes = group.map(
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
        return { outcomes, commit: undefined, stale: false, next: undefined } satisfies Decided
      }
      const d = yield* decideGroup(group, settings, undefined)
      if (!d.stale && (yield* commitGroup(d.commit))) return d
    }
  })

/**
 * What {@link applyEach} did: how many events it decided, accepted, rejected
 * and skipped (decided in an earlier run).
 *
 * @category models
 * @since 0.1.0
 */
export interface Summary {
  readonly done: number
  readonly accepted: number
  readonly rejected: number
  readonly skipped: number
}

/**
 * Applies events in order through the {@link Store}, pulling them from an
 * iterable one group at a time and handing each outcome to `onOutcome` once
 * its group is committed; nothing is kept afterwards. The memory it needs
 * does not depend on the number of events: a generator over a file or a
 * queue of a million 異動 runs in the same memory as one of a hundred.
 *
 * **When to use**
 *
 * For long batches (a day's 異動 of a city, a migration). {@link applyEvents}
 * is this function collecting the outcomes into an array.
 *
 * **Details**
 *
 * Each accepted change is committed with its history rows, effects and
 * decision; each rejected one is recorded; events already decided (same id)
 * are skipped. Groups are pipelined: while a group's commit runs, the next
 * group is read and decided on the rows the first one left (kept in memory),
 * and committed only after it, expecting the version it made. When that
 * commit meets a concurrent change, both groups are done again from fresh
 * reads. `onProgress` gets `settings.total` (or the count so far) as total.
 *
 * Memory: what it keeps is one group's rows and outcomes, but each group
 * leaves its rows and the JSON of its commit as garbage, and with V8's
 * defaults on a machine with several GB of memory the old generation grows
 * to 4 x the live heap before it is collected (RSS climbed to about 330 MB
 * over 100,000 異動). A library cannot set V8 flags for its host: run the
 * process with `node --heap-growing-percent=100`, or call
 * `v8.setFlagsFromString("--heap-growing-percent=100")` before loading
 * anything else, as `juki registry apply` does (RSS then stays flat, about
 * 200 MB; more full collections). See the README, "Memory while applying".
 *
 * **Example**
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Apply, MemoryStore, Synthetic } from "@juki/store"
 *
 * let accepted = 0
 * const program = Apply.applyEach(Synthetic.eventStream(1_000, 500, 1), (o) => {
 *   if (o.accepted) accepted++
 * }, { groupSize: 100 })
 * Effect.runSync(Effect.provide(program, MemoryStore.layer(Synthetic.registry(1_000))))
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const applyEach = (
  inputs: Iterable<Input>,
  onOutcome: (outcome: Outcome) => void,
  settings: ApplySettings & { readonly total?: number } = {}
): Effect.Effect<Summary, StoreError, Store> =>
  Effect.gen(function* () {
    const size = Math.max(1, Math.floor(settings.groupSize ?? 1))
    const pipelined = (yield* Store).kind !== "memory"
    let count = 0
    let accepted = 0
    let skipped = 0
    const done = (d: Decided) => {
      for (const x of d.outcomes) {
        count++
        if (x.skipped) skipped++
        else if (x.accepted) accepted++
        onOutcome(x)
      }
      settings.onProgress?.(count, settings.total ?? count)
    }
    // The previous group, decided, its commit running.
    let flight:
      | {
          readonly group: ReadonlyArray<Input>
          readonly decided: Decided
          /** `true` when the commit went through, `false` when it lost a race. */
          readonly result: Effect.Effect<boolean, StoreError>
        }
      | undefined
    // Waits for the group in flight; when its commit lost a race, does it again on its own. `true`: it committed
    // as decided (what was decided on its rows holds).
    const land = Effect.gen(function* () {
      const f = flight
      if (f === undefined) return true
      flight = undefined
      if (yield* f.result) {
        done(f.decided)
        return true
      }
      done(yield* runGroup(f.group, settings, 1))
      return false
    })
    const it = inputs[Symbol.iterator]()
    const nextGroup = (): Array<Input> => {
      const group: Array<Input> = []
      while (group.length < size) {
        const n = it.next()
        if (n.done === true) break
        group.push(n.value)
      }
      return group
    }
    for (let group = nextGroup(); group.length > 0; group = nextGroup()) {
      const carry = flight?.decided.next
      // Without rows carried from the group in flight, reads must wait for its commit.
      if (flight !== undefined && carry === undefined) yield* land
      const d = yield* decideGroup(group, settings, flight === undefined ? undefined : carry)
      // Decided on rows of a group whose commit then lost a race: not an attempt of this group.
      const landed = yield* land
      if (!landed || d.stale) {
        // Done again on its own, committed; its rows are carried all the same.
        const r = yield* runGroup(group, settings, landed ? 1 : 0)
        flight = { group, decided: r, result: Effect.succeed(true) }
      } else if (pipelined) {
        const fiber = yield* Effect.forkChild(commitGroup(d.commit))
        flight = { group, decided: d, result: Fiber.join(fiber) }
      } else {
        // The in-memory store commits at once (and stays synchronous: nothing to overlap).
        const committed = yield* commitGroup(d.commit)
        flight = { group, decided: d, result: Effect.succeed(committed) }
      }
    }
    yield* land
    return { done: count, accepted, rejected: count - accepted - skipped, skipped } satisfies Summary
  })

/**
 * Applies events in order through the {@link Store}: each accepted change is
 * committed with its history rows, effects and decision; each rejected one
 * is recorded. Events already decided (same id) are skipped.
 *
 * Groups are pipelined (see {@link applyEach}). Every outcome is kept until
 * the end, with its effects: for long batches use {@link applyEach}, which
 * hands them over one by one.
 *
 * @category constructors
 * @since 0.1.0
 */
export const applyEvents = (
  inputs: ReadonlyArray<Input>,
  settings: ApplySettings = {}
): Effect.Effect<ReadonlyArray<Outcome>, StoreError, Store> =>
  Effect.suspend(() => {
    const out: Array<Outcome> = []
    return Effect.as(
      applyEach(inputs, (o) => out.push(o), { ...settings, total: inputs.length }),
      out
    )
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
