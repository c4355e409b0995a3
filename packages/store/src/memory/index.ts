/**
 * The in-memory store: the registry as an immutable `Registry` value (the
 * default, as juki has always kept it), plus the outbox and the decisions.
 *
 * **When to use**
 *
 * Tests, small registries, and anything that already holds the registry in
 * memory. Nothing survives the process.
 *
 * **Details**
 *
 * Reads are `WorkingSet.rowsOf`, commits `WorkingSet.applyChanges`, under
 * the same optimistic version check as the database stores.
 *
 * **Example** (Apply a 異動 through the in-memory store)
 *
 * ```ts no-run
 * import { Effect } from "effect"
 * import { Registry } from "@juki/records"
 * import { Apply, MemoryStore } from "@juki/store"
 *
 * declare const events: ReadonlyArray<Apply.Input>
 * const program = Apply.applyEvents(events).pipe(Effect.provide(MemoryStore.layer(Registry.empty("131016"))))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Models, Registry, WorkingSet, type ResidentRecord } from "@juki/records"
import { Effect, Layer, Stream } from "effect"
import { Store, StoreConflict, type Decision, type OutboxRow, type StoreShape } from "../store/index.js"

/**
 * An in-memory store holding `registry`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (registry: Registry.Registry): StoreShape => {
  let reg = registry
  let version = 0
  const outbox: Array<OutboxRow> = []
  const decisions = new Map<string, Decision>()
  return {
    kind: "memory",
    read: (ws) => Effect.sync(() => ({ version, rows: WorkingSet.rowsOf(reg, ws) })),
    commit: (c) =>
      Effect.suspend(() => {
        if (c.expectedVersion !== version)
          return Effect.fail(new StoreConflict({ expected: c.expectedVersion, actual: version }))
        for (const o of c.outbox)
          if (outbox.length > 0 && (outbox[outbox.length - 1] as OutboxRow).sequence >= o.sequence)
            return Effect.die(new Error("outbox sequence must increase"))
        reg = WorkingSet.applyChanges(reg, c.changes)
        // Kept as JSON, as a database store returns it.
        for (const o of c.outbox) outbox.push({ ...o, payload: JSON.parse(JSON.stringify(o.payload)) })
        for (const d of c.decisions) decisions.set(d.eventId, d)
        version++
        return Effect.void
      }),
    decisions: (ids) => Effect.sync(() => ids.flatMap((id) => decisions.get(id) ?? [])),
    load: (r) =>
      Effect.sync(() => {
        reg = r
        version++
        outbox.length = 0
        decisions.clear()
      }),
    loadRecords: (municipality, records, onProgress) =>
      (Symbol.asyncIterator in records
        ? Effect.promise(async () => {
            const all: Array<ResidentRecord> = []
            for await (const r of records) all.push(r)
            return all
          })
        : Effect.sync(() => [...records])
      ).pipe(
        Effect.map((all) => {
          reg = Registry.unsafeBuild({ municipality, records: all })
          version++
          outbox.length = 0
          decisions.clear()
          onProgress?.(all.length)
          return all.length
        })
      ),
    duplicates: Effect.sync(() => {
      const seen = new Map<string, Array<string>>()
      for (const rec of Registry.records(reg)) {
        if (!Registry.isPresent(rec)) continue
        const card = Models.cardNumberOf(rec)
        for (const [k, v] of [
          ["r", rec.residentCode],
          ["m", rec.myNumber],
          ["c", card]
        ] as const) {
          if (v === undefined || v === "") continue
          const key = `${k}:${v}`
          const l = seen.get(key)
          if (l === undefined) seen.set(key, [rec.atenaNumber])
          else l.push(rec.atenaNumber)
        }
      }
      return [...seen]
        .filter(([, l]) => l.length > 1)
        .map(([key, atenaNumbers]) => ({ kind: key[0] as "r" | "m" | "c", value: key.slice(2), atenaNumbers }))
    }),
    persons: Stream.suspend(() => {
      const r = reg
      const keys = r.persons.keys()
      const rec = (a: string) => Registry.getRecord(r, a) as NonNullable<ReturnType<typeof Registry.getRecord>>
      keys.sort((a, b) => {
        const x = rec(a).householdNumber
        const y = rec(b).householdNumber
        return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
      })
      return Stream.fromIterable(
        keys.map((a) => ({ atenaNumber: a, record: rec(a), history: Registry.getHistory(r, a) }))
      )
    }),
    outbox: (after, limit) => Effect.sync(() => outbox.filter((o) => o.sequence > after).slice(0, limit)),
    stats: Effect.sync(() => {
      let historyRows = 0
      for (const a of reg.persons.keys()) historyRows += Registry.latestHistoryNumber(reg, a)
      return {
        version,
        sequence: reg.sequence,
        persons: Registry.size(reg),
        historyRows,
        households: Registry.households(reg).length,
        outbox: outbox.length,
        decisions: decisions.size
      }
    })
  }
}

/**
 * The in-memory store as a layer.
 *
 * @category layers
 * @since 0.1.0
 */
export const layer = (registry: Registry.Registry): Layer.Layer<Store> => Layer.sync(Store, () => make(registry))
