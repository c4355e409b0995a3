/**
 * The `Store` service: where a registry (住民基本台帳) lives, seen as the
 * tables of `WorkingSet` (persons with history, 世帯, identifier index, 3情報
 * index, 仮登録, 転出証明書情報, registry-wide values) plus an outbox of
 * effects and the decisions taken on each event.
 *
 * **When to use**
 *
 * Provide one implementation (`MemoryStore.layer`, `SqlStore.layerPg`,
 * `SqlStore.layerPglite`) and run `Apply.applyEvents` on it. Code that only
 * checks and commits 異動 never sees which store it runs on.
 *
 * **Details**
 *
 * - {@link StoreShape.read} returns the rows of a working set, with the
 *   store `version` at the time of the read.
 * - {@link StoreShape.commit} writes one accepted change (or a batch of
 *   them): the new 住民票, the appended history rows, the index rows, the
 *   effects into the outbox and the decision of every event, all in one
 *   transaction, only if the store `version` is still the one read
 *   (optimistic check). Otherwise it fails with {@link StoreConflict} and
 *   writes nothing. The version is registry-wide because the 更新順番号 of
 *   the effects is: two changes that both send effects can never commit on
 *   the same 更新順番号.
 *
 * @since 0.1.0
 * @module
 */
import type { Effect as RecordEffect, Registry, ResidentRecord, WorkingSet } from "@juki/records"
import { Context, Data, type Effect, type Stream } from "effect"

/**
 * The decision taken on one event, kept with the change (idempotent
 * re-runs skip decided events).
 *
 * @category models
 * @since 0.1.0
 */
export interface Decision {
  readonly eventId: string
  readonly accepted: boolean
  /** Rule ids of the violations (rejected) or acknowledged alerts (accepted). */
  readonly codes: ReadonlyArray<string>
}

/**
 * One effect in the outbox, by 更新順番号.
 *
 * @category models
 * @since 0.1.0
 */
export interface OutboxRow {
  readonly sequence: number
  readonly type: RecordEffect["type"]
  readonly eventId: string
  /**
   * The effect `apply` returned. In a {@link Commit} it is that (frozen) value, which the store keeps as JSON
   * (`JSON.stringify` of it); read back from a store it is that JSON.
   */
  readonly payload: unknown
}

/**
 * What one commit writes.
 *
 * @category models
 * @since 0.1.0
 */
export interface Commit {
  /** The store version the rows were read at. */
  readonly expectedVersion: number
  readonly changes: WorkingSet.RowChanges
  readonly outbox: ReadonlyArray<OutboxRow>
  readonly decisions: ReadonlyArray<Decision>
}

/**
 * Rows read, with the store version they were read at.
 *
 * @category models
 * @since 0.1.0
 */
export interface Read {
  readonly version: number
  readonly rows: WorkingSet.Rows
}

/**
 * A failure of the store itself (connection, SQL, corrupt row).
 *
 * @category errors
 * @since 0.1.0
 */
export class StoreError extends Data.TaggedError("StoreError")<{
  readonly message: string
  readonly cause?: unknown
}> {}

/**
 * Another change committed after the rows were read: nothing was written.
 *
 * @category errors
 * @since 0.1.0
 */
export class StoreConflict extends Data.TaggedError("StoreConflict")<{
  readonly expected: number
  readonly actual: number
}> {}

/**
 * The operations every store implements.
 *
 * @category models
 * @since 0.1.0
 */
export interface StoreShape {
  readonly kind: "memory" | "postgres" | "pglite"
  /** The rows of a working set (and always the registry-wide row and every 仮登録). */
  readonly read: (ws: WorkingSet.WorkingSet) => Effect.Effect<Read, StoreError>
  /** Writes one commit atomically, or fails with {@link StoreConflict} writing nothing. */
  readonly commit: (c: Commit) => Effect.Effect<void, StoreError | StoreConflict>
  /** The decisions already taken on these event ids. */
  readonly decisions: (eventIds: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<Decision>, StoreError>
  /** Replaces the whole content with a registry (bulk load; history and indexes included). */
  readonly load: (registry: Registry.Registry) => Effect.Effect<void, StoreError>
  /**
   * Replaces the whole content with 住民票 given one by one (each with one synthetic history row, as
   * `Registry.unsafeBuild` does), in chunks, without holding them; the indexes are built after. No rule is run.
   */
  readonly loadRecords: (
    municipality: string,
    records: Iterable<ResidentRecord> | AsyncIterable<ResidentRecord>,
    onProgress?: (done: number) => void
  ) => Effect.Effect<number, StoreError>
  /** 住民票コード, 個人番号 or 在留カード等番号 shared by several present records (for `juki registry check`). */
  readonly duplicates: Effect.Effect<
    ReadonlyArray<{
      readonly kind: "r" | "m" | "c"
      readonly value: string
      readonly atenaNumbers: ReadonlyArray<string>
    }>,
    StoreError
  >
  /** Every person, ordered by 世帯番号 then 宛名番号, streamed. */
  readonly persons: Stream.Stream<WorkingSet.PersonRow, StoreError>
  /** Outbox rows with 更新順番号 > `after`, in order. */
  readonly outbox: (after: number, limit: number) => Effect.Effect<ReadonlyArray<OutboxRow>, StoreError>
  /** Counts, for reports and tests. */
  readonly stats: Effect.Effect<StoreStats, StoreError>
}

/**
 * Row counts of a store.
 *
 * @category models
 * @since 0.1.0
 */
export interface StoreStats {
  readonly version: number
  readonly sequence: number
  readonly persons: number
  readonly historyRows: number
  readonly households: number
  readonly outbox: number
  readonly decisions: number
}

/**
 * The store service.
 *
 * @category services
 * @since 0.1.0
 */
export class Store extends Context.Service<Store, StoreShape>()("@juki/store/Store") {}
