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
import { defineRule, makeError, type JukiError } from "@juki/core"
import { apply, WorkingSet, type Effect as RecordEffect, type Event, type Options } from "@juki/records"
import { Effect, Result } from "effect"
import { Store, StoreConflict, type Decision, type OutboxRow, type StoreError } from "../store/index.js"

/**
 * A change that kept meeting concurrent changes to the same rows and was
 * not committed.
 *
 * @category rules
 * @since 0.1.0
 */
export const StoreConflictRule = defineRule({
  id: "store.conflict",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    {
      kind: "library",
      cite: "juki store: optimistic check of the rows read (更新順番号 is registry-wide)",
      verified: true
    }
  ],
  title: { ja: "同時更新の競合", en: "Concurrent change" },
  message: {
    ja: "同じ住民票・世帯への他の異動と競合したため登録しませんでした（{retries}回再試行）。再度処理してください",
    en: "Not committed: it kept conflicting with other changes to the same rows ({retries} retries). Apply it again"
  }
})

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

const runGroup = (group: ReadonlyArray<Input>, settings: ApplySettings) =>
  Effect.gen(function* () {
    const store = yield* Store
    const o = settings.options
    const maxRetries = settings.maxRetries ?? 5
    const decided = new Map((yield* store.decisions(group.map((g) => g.id))).map((d) => [d.eventId, d] as const))
    for (let attempt = 0; ; attempt++) {
      const first = yield* store.read(WorkingSet.empty)
      const version = first.version
      let base = WorkingSet.fromRows(first.rows)
      let cur = WorkingSet.fromRows(first.rows)
      let have = WorkingSet.empty
      let stale = false
      const outcomes: Array<Outcome> = []
      const outbox: Array<OutboxRow> = []
      const decisions: Array<Decision> = []
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
        for (let round = 0; round < 16; round++) {
          const miss = WorkingSet.missing(WorkingSet.of(e, cur, o), have)
          if (miss === undefined) break
          const r = yield* store.read(miss)
          if (r.version !== version) stale = true
          // 仮登録 and the registry-wide row were read first; later reads add only the rows of new keys.
          const rows = { ...r.rows, pending: NONE }
          base = WorkingSet.withRows(base, rows)
          cur = WorkingSet.withRows(cur, rows)
          have = WorkingSet.union(have, miss)
        }
        if (stale) break
        const r = apply(cur, e, o)
        if (Result.isSuccess(r)) {
          cur = r.success.registry
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

export { StoreConflict }
