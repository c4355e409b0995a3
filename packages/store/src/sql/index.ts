/**
 * The PostgreSQL store, over `effect/sql`: the same SQL on a PostgreSQL
 * server (`@effect/sql-pg`) and on PGlite (real PostgreSQL in WASM, driven
 * by the same `@effect/sql-pg` client over an in-process wire-protocol
 * stream).
 *
 * **When to use**
 *
 * {@link layerPg} with your server's URL (`postgres://user@host:5432/db`);
 * {@link layerPglite} for an embedded, zero-setup store (in memory, or in a
 * directory that survives restarts). Both run {@link migrate} first.
 *
 * **Details**
 *
 * - Reads fetch only the rows of a working set, by primary key or index
 *   (`= ANY(…)`), plus the registry-wide row and the 仮登録.
 * - A commit is one transaction: `UPDATE juki_meta … WHERE version = $read`
 *   (0 rows → {@link StoreConflict}, nothing written), then upserts of the
 *   persons, inserts of the history rows, the index rows, the outbox rows
 *   (primary key 更新順番号) and the decisions. Any failure rolls all back.
 *
 * @since 0.1.0
 * @module
 */
import { Registry, type HistoryRow, type ResidentRecord, type WorkingSet } from "@juki/records"
import type { Models } from "@juki/records"
import { Effect, Layer, Option, Redacted, Stream } from "effect"
import { SqlClient, type SqlError } from "effect/sql"
import { PgClient } from "@effect/sql-pg"
import {
  Store,
  StoreConflict,
  StoreError,
  type Commit,
  type Decision,
  type OutboxRow,
  type StoreShape
} from "../store/index.js"
import { pgliteStream } from "./pglite.js"
import { migrations, tables } from "./schema.js"

type Sql = SqlClient.SqlClient

const fail = (what: string) => (cause: unknown) =>
  new StoreError({ message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}`, cause })

/**
 * Creates the tables (once) and applies every migration not yet applied.
 *
 * @category constructors
 * @since 0.1.0
 */
export const migrate: Effect.Effect<void, StoreError, SqlClient.SqlClient> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE IF NOT EXISTS juki_migrations (id int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`
  const done = new Set((yield* sql<{ id: number }>`SELECT id FROM juki_migrations`).map((r) => Number(r.id)))
  for (const m of migrations) {
    if (done.has(m.id)) continue
    yield* sql.withTransaction(
      Effect.gen(function* () {
        for (const s of m.statements) yield* sql.unsafe(s)
        yield* sql`INSERT INTO juki_migrations (id, name) VALUES (${m.id}, ${m.name})`
      })
    )
  }
}).pipe(Effect.mapError(fail("migrate")))

const personRow = (atenaNumber: string, record: ResidentRecord, historyLength: number, ord: number) => ({
  atena_number: atenaNumber,
  household_number: record.householdNumber,
  ord,
  state: record.state,
  three_key: Registry.threeInfoKey(record),
  history_length: historyLength,
  record
})

// The 在留カード等番号 of a record held as jsonb (cardNumberOf in SQL): the 在留カード number of a 中長期在留者,
// the 特別永住者証明書 number of a 特別永住者.
const cardSql = (rec: string): string =>
  `CASE ${rec}->'status'->>'kubun' WHEN 'mid-to-long-term' THEN ${rec}->'status'->>'cardNumber' WHEN 'special-permanent' THEN ${rec}->'status'->>'certificateNumber' END`

/**
 * Builds the 世帯, identifier and 3情報 index tables from `juki_persons` and `juki_history` after a bulk load
 * (as `Registry.unsafeBuild` does: members in load order, identifiers of every history row, the last holder wins).
 *
 * @category constructors
 * @since 0.1.0
 */
export const deriveIndexStatements: ReadonlyArray<string> = [
  `INSERT INTO juki_households (household_number, members)
     SELECT household_number, array_agg(atena_number ORDER BY ord) FROM juki_persons GROUP BY household_number`,
  // One pass over the history: each row's snapshot gives its three identifiers.
  `INSERT INTO juki_identifiers (kind, value, atena_number)
     SELECT DISTINCT ON (kind, value) kind, value, atena_number FROM (
       SELECT v.kind, v.value, h.atena_number, p.ord, h.history_number
         FROM juki_history h JOIN juki_persons p USING (atena_number),
         LATERAL (SELECT h.row->'snapshot' AS s) s,
         LATERAL (VALUES ('r', s.s->>'residentCode'), ('m', s.s->>'myNumber'), ('c', ${cardSql("s.s")})) AS v(kind, value)
     ) x WHERE coalesce(value, '') <> ''
     ORDER BY kind, value, ord DESC, history_number DESC`,
  `INSERT INTO juki_three_info (key, atena_numbers)
     SELECT three_key, array_agg(atena_number ORDER BY ord) FROM juki_persons GROUP BY three_key`
]

/**
 * A bulk load (COPY into `juki_persons` and `juki_history`) without indexes:
 * {@link bulkLoadBefore} drops the keys and indexes of the tables a load
 * fills (run it on an empty store); after the COPY, {@link bulkLoadAfter}
 * builds the keys of the copied tables, derives the 世帯, identifier and
 * 3情報 tables ({@link deriveIndexStatements}), builds their keys and
 * indexes, and runs `ANALYZE`. Building an index once over sorted data is far
 * cheaper than keeping it up to date row by row.
 *
 * @category constructors
 * @since 0.1.0
 */
export const bulkLoadBefore: ReadonlyArray<string> = [
  "ALTER TABLE juki_persons DROP CONSTRAINT IF EXISTS juki_persons_pkey",
  "DROP INDEX IF EXISTS juki_persons_household",
  "DROP INDEX IF EXISTS juki_persons_ord",
  "ALTER TABLE juki_history DROP CONSTRAINT IF EXISTS juki_history_pkey",
  "ALTER TABLE juki_households DROP CONSTRAINT IF EXISTS juki_households_pkey",
  "ALTER TABLE juki_identifiers DROP CONSTRAINT IF EXISTS juki_identifiers_pkey",
  "DROP INDEX IF EXISTS juki_identifiers_atena",
  "ALTER TABLE juki_three_info DROP CONSTRAINT IF EXISTS juki_three_info_pkey"
]

/**
 * See {@link bulkLoadBefore}.
 *
 * @category constructors
 * @since 0.1.0
 */
export const bulkLoadAfter: ReadonlyArray<string> = [
  "SET maintenance_work_mem = '256MB'",
  "SET work_mem = '128MB'",
  "ALTER TABLE juki_persons ADD CONSTRAINT juki_persons_pkey PRIMARY KEY (atena_number)",
  "ALTER TABLE juki_history ADD CONSTRAINT juki_history_pkey PRIMARY KEY (atena_number, history_number)",
  ...deriveIndexStatements,
  "CREATE INDEX juki_persons_household ON juki_persons (household_number, atena_number)",
  "CREATE INDEX juki_persons_ord ON juki_persons (ord)",
  "ALTER TABLE juki_households ADD CONSTRAINT juki_households_pkey PRIMARY KEY (household_number)",
  "ALTER TABLE juki_identifiers ADD CONSTRAINT juki_identifiers_pkey PRIMARY KEY (kind, value)",
  "CREATE INDEX juki_identifiers_atena ON juki_identifiers (atena_number)",
  "ALTER TABLE juki_three_info ADD CONSTRAINT juki_three_info_pkey PRIMARY KEY (key)",
  // Statistics of the columns the look-ups filter on (not the 住民票 JSON: sampling it costs more than all the rest).
  "ANALYZE juki_persons (atena_number, household_number, ord, state, three_key), juki_history (atena_number, history_number), juki_households (household_number), juki_identifiers, juki_three_info (key)"
]

/**
 * A store over an `effect/sql` PostgreSQL client (server or PGlite).
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (kind: "postgres" | "pglite"): Effect.Effect<StoreShape, StoreError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql: Sql = yield* SqlClient.SqlClient
    yield* migrate
    const j = (x: unknown) => JSON.stringify(x)

    const CARD_SQL = sql.literal(cardSql("record"))
    const deriveIndexes = Effect.forEach(deriveIndexStatements, (s) => sql.unsafe(s), { discard: true })

    const readMeta = Effect.gen(function* () {
      const m = yield* sql<{
        municipality: string
        sequence: string | number
        provisional_counter: number
        version: string | number
      }>`
        SELECT municipality, sequence, provisional_counter, version FROM juki_meta WHERE id = 1`
      const row = m[0]
      return row === undefined
        ? { version: 0, meta: { municipality: "", sequence: 0, provisionalCounter: 0 } }
        : {
            version: Number(row.version),
            meta: {
              municipality: row.municipality,
              sequence: Number(row.sequence),
              provisionalCounter: Number(row.provisional_counter)
            }
          }
    })

    const none = Effect.succeed([] as Array<never>)
    const read: StoreShape["read"] = (ws) =>
      Effect.gen(function* () {
        const { version, meta } = yield* readMeta
        // One query per table, sent together (the pool runs them on its connections at once; PGlite in turn).
        // Rows committed after the version was read are caught by the commit's version check.
        const persons =
          ws.atenaNumbers.length === 0
            ? none
            : sql<{ atena_number: string; record: ResidentRecord; history: ReadonlyArray<HistoryRow> }>`
                SELECT p.atena_number, p.record,
                  (SELECT jsonb_agg(h.row ORDER BY h.history_number) FROM juki_history h WHERE h.atena_number = p.atena_number) AS history
                FROM juki_persons p
                WHERE p.atena_number = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(ws.atenaNumbers)}::jsonb)))`.pipe(
                Effect.map((rows) =>
                  rows.map((r) => ({ atenaNumber: r.atena_number, record: r.record, history: r.history }))
                )
              )
        const households =
          ws.householdNumbers.length === 0
            ? none
            : sql<{ household_number: string; members: ReadonlyArray<string> }>`
                SELECT household_number, members FROM juki_households
                WHERE household_number = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(ws.householdNumbers)}::jsonb)))`.pipe(
                Effect.map((rows) => rows.map((r) => ({ householdNumber: r.household_number, members: r.members })))
              )
        const identifiers =
          ws.identifiers.length === 0
            ? none
            : sql<{ kind: "r" | "m" | "c"; value: string; atena_number: string }>`
                SELECT i.kind, i.value, i.atena_number FROM juki_identifiers i
                JOIN jsonb_to_recordset(${j(ws.identifiers.map((x) => ({ kind: x.slice(0, 1), value: x.slice(2) })))}::jsonb) AS k(kind text, value text)
                  ON i.kind = k.kind AND i.value = k.value`.pipe(
                Effect.map((rows) => rows.map((r) => ({ kind: r.kind, value: r.value, atenaNumber: r.atena_number })))
              )
        const threeInfo =
          ws.threeInfoKeys.length === 0
            ? none
            : sql<{ key: string; atena_numbers: ReadonlyArray<string> }>`
                SELECT key, atena_numbers FROM juki_three_info
                WHERE key = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(ws.threeInfoKeys)}::jsonb)))`.pipe(
                Effect.map((rows) => rows.map((r) => ({ key: r.key, atenaNumbers: r.atena_numbers })))
              )
        const pending = sql<{
          change: Registry.PendingChange
        }>`SELECT change FROM juki_pending ORDER BY id`.pipe(Effect.map((rows) => rows.map((r) => r.change)))
        const certificates =
          ws.certificates === "all"
            ? sql<{
                certificate: Models.MoveOutCertificate
              }>`SELECT certificate FROM juki_certificates ORDER BY resident_code`.pipe(
                Effect.map((rows) => rows.map((r) => r.certificate))
              )
            : ws.certificates.length === 0
              ? none
              : sql<{ certificate: Models.MoveOutCertificate }>`
                  SELECT certificate FROM juki_certificates
                  WHERE resident_code = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(ws.certificates)}::jsonb)))`.pipe(
                  Effect.map((rows) => rows.map((r) => r.certificate))
                )
        const rows: WorkingSet.Rows = yield* Effect.all(
          { meta: Effect.succeed(meta), persons, households, identifiers, threeInfo, pending, certificates },
          { concurrency: "unbounded" }
        )
        return { version, rows }
      }).pipe(Effect.mapError(fail("read")))

    const writeRows = (c: WorkingSet.RowChanges, ordBase: number) =>
      Effect.gen(function* () {
        if (c.persons.length > 0) {
          yield* sql`
            INSERT INTO juki_persons (atena_number, household_number, ord, state, three_key, history_length, record)
            SELECT x.atena_number, x.household_number, x.ord, x.state, x.three_key, x.history_length, x.record
            FROM jsonb_to_recordset(${j(c.persons.map((p, i) => personRow(p.atenaNumber, p.record, p.previousLength + p.appended.length, ordBase + i)))}::jsonb)
              AS x(atena_number text, household_number text, ord bigint, state text, three_key text, history_length int, record jsonb)
            ON CONFLICT (atena_number) DO UPDATE SET household_number = EXCLUDED.household_number, state = EXCLUDED.state,
              three_key = EXCLUDED.three_key, history_length = EXCLUDED.history_length, record = EXCLUDED.record`
          const history = c.persons.flatMap((p) =>
            p.appended.map((row) => ({ atena_number: p.atenaNumber, history_number: row.historyNumber, row }))
          )
          if (history.length > 0)
            yield* sql`
              INSERT INTO juki_history (atena_number, history_number, row)
              SELECT x.atena_number, x.history_number, x.row FROM jsonb_to_recordset(${j(history)}::jsonb) AS x(atena_number text, history_number int, row jsonb)`
        }
        const hhSet = c.households.filter((h) => h.members !== undefined)
        const hhDel = c.households.filter((h) => h.members === undefined).map((h) => h.householdNumber)
        if (hhSet.length > 0)
          yield* sql`
            INSERT INTO juki_households (household_number, members)
            SELECT x.household_number, ARRAY(SELECT jsonb_array_elements_text(x.members)) FROM jsonb_to_recordset(${j(hhSet.map((h) => ({ household_number: h.householdNumber, members: h.members })))}::jsonb) AS x(household_number text, members jsonb)
            ON CONFLICT (household_number) DO UPDATE SET members = EXCLUDED.members`
        if (hhDel.length > 0)
          yield* sql`DELETE FROM juki_households WHERE household_number = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(hhDel)}::jsonb)))`
        if (c.identifiers.length > 0)
          yield* sql`
            INSERT INTO juki_identifiers (kind, value, atena_number)
            SELECT x.kind, x.value, x.atena_number FROM jsonb_to_recordset(${j(c.identifiers.map((i) => ({ kind: i.kind, value: i.value, atena_number: i.atenaNumber })))}::jsonb)
              AS x(kind text, value text, atena_number text)
            ON CONFLICT (kind, value) DO UPDATE SET atena_number = EXCLUDED.atena_number`
        if (c.threeInfo.length > 0)
          yield* sql`
            INSERT INTO juki_three_info (key, atena_numbers)
            SELECT x.key, ARRAY(SELECT jsonb_array_elements_text(x.atena_numbers)) FROM jsonb_to_recordset(${j(c.threeInfo.map((t) => ({ key: t.key, atena_numbers: t.atenaNumbers })))}::jsonb)
              AS x(key text, atena_numbers jsonb)
            ON CONFLICT (key) DO UPDATE SET atena_numbers = EXCLUDED.atena_numbers`
        for (const p of c.pending)
          if (p.change === undefined) yield* sql`DELETE FROM juki_pending WHERE id = ${p.id}`
          else
            yield* sql`INSERT INTO juki_pending (id, change) VALUES (${p.id}, ${j(p.change)}::jsonb) ON CONFLICT (id) DO UPDATE SET change = EXCLUDED.change`
        for (const x of c.certificates)
          if (x.certificate === undefined)
            yield* sql`DELETE FROM juki_certificates WHERE resident_code = ${x.residentCode}`
          else
            yield* sql`INSERT INTO juki_certificates (resident_code, certificate) VALUES (${x.residentCode}, ${j(x.certificate)}::jsonb)
              ON CONFLICT (resident_code) DO UPDATE SET certificate = EXCLUDED.certificate`
      })

    // One statement per commit: every write hangs off the version check (`m`), so when another change committed
    // first, `m` has no row and nothing is written; a single statement is atomic without BEGIN / COMMIT round
    // trips. A person's latest 住民票 is, nearly always, the snapshot of the last history row appended: then it is
    // sent once (in the history rows) and taken from there.
    const commitSql = (c: Commit) => {
      const ch = c.changes
      const persons: Array<unknown> = []
      const history: Array<unknown> = []
      ch.persons.forEach((p, i) => {
        const last = p.appended[p.appended.length - 1]
        const fromHistory = last !== undefined && last.snapshot === p.record
        persons.push({
          atena_number: p.atenaNumber,
          household_number: p.record.householdNumber,
          i,
          state: p.record.state,
          three_key: Registry.threeInfoKey(p.record),
          history_length: p.previousLength + p.appended.length,
          record: fromHistory ? null : p.record
        })
        for (const row of p.appended)
          history.push({ atena_number: p.atenaNumber, history_number: row.historyNumber, row })
      })
      const hhSet = ch.households.flatMap((h) =>
        h.members === undefined ? [] : [{ household_number: h.householdNumber, members: h.members }]
      )
      const hhDel = ch.households.flatMap((h) => (h.members === undefined ? [h.householdNumber] : []))
      const pendingSet = ch.pending.flatMap((x) => (x.change === undefined ? [] : [{ id: x.id, change: x.change }]))
      const pendingDel = ch.pending.flatMap((x) => (x.change === undefined ? [x.id] : []))
      const certSet = ch.certificates.flatMap((x) =>
        x.certificate === undefined ? [] : [{ resident_code: x.residentCode, certificate: x.certificate }]
      )
      const certDel = ch.certificates.flatMap((x) => (x.certificate === undefined ? [x.residentCode] : []))
      const m = ch.meta
      return sql<{ version: string | number }>`
        WITH m AS (
          UPDATE juki_meta SET version = version + 1, sequence = ${m.sequence}, provisional_counter = ${m.provisionalCounter}
          WHERE id = 1 AND version = ${c.expectedVersion}
          RETURNING version, (SELECT coalesce(max(ord), 0) + 1 FROM juki_persons) AS ord
        ),
        h AS (
          SELECT x.atena_number, x.history_number, x.row FROM m, jsonb_to_recordset(${j(history)}::jsonb)
            AS x(atena_number text, history_number int, row jsonb)
        ),
        hi AS (INSERT INTO juki_history (atena_number, history_number, row) SELECT atena_number, history_number, row FROM h),
        pi AS (
          INSERT INTO juki_persons (atena_number, household_number, ord, state, three_key, history_length, record)
          SELECT x.atena_number, x.household_number, m.ord + x.i, x.state, x.three_key, x.history_length,
            coalesce(x.record, (SELECT h.row->'snapshot' FROM h WHERE h.atena_number = x.atena_number ORDER BY h.history_number DESC LIMIT 1))
          FROM m, jsonb_to_recordset(${j(persons)}::jsonb)
            AS x(atena_number text, household_number text, i bigint, state text, three_key text, history_length int, record jsonb)
          ON CONFLICT (atena_number) DO UPDATE SET household_number = EXCLUDED.household_number, state = EXCLUDED.state,
            three_key = EXCLUDED.three_key, history_length = EXCLUDED.history_length, record = EXCLUDED.record
        ),
        hs AS (
          INSERT INTO juki_households (household_number, members)
          SELECT x.household_number, ARRAY(SELECT jsonb_array_elements_text(x.members))
          FROM m, jsonb_to_recordset(${j(hhSet)}::jsonb) AS x(household_number text, members jsonb)
          ON CONFLICT (household_number) DO UPDATE SET members = EXCLUDED.members
        ),
        hd AS (
          DELETE FROM juki_households USING m
          WHERE household_number = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(hhDel)}::jsonb)))
        ),
        ii AS (
          INSERT INTO juki_identifiers (kind, value, atena_number)
          SELECT x.kind, x.value, x.atena_number
          FROM m, jsonb_to_recordset(${j(ch.identifiers.map((i) => ({ kind: i.kind, value: i.value, atena_number: i.atenaNumber })))}::jsonb)
            AS x(kind text, value text, atena_number text)
          ON CONFLICT (kind, value) DO UPDATE SET atena_number = EXCLUDED.atena_number
        ),
        ti AS (
          INSERT INTO juki_three_info (key, atena_numbers)
          SELECT x.key, ARRAY(SELECT jsonb_array_elements_text(x.atena_numbers))
          FROM m, jsonb_to_recordset(${j(ch.threeInfo.map((t) => ({ key: t.key, atena_numbers: t.atenaNumbers })))}::jsonb)
            AS x(key text, atena_numbers jsonb)
          ON CONFLICT (key) DO UPDATE SET atena_numbers = EXCLUDED.atena_numbers
        ),
        ps AS (
          INSERT INTO juki_pending (id, change)
          SELECT x.id, x.change FROM m, jsonb_to_recordset(${j(pendingSet)}::jsonb) AS x(id text, change jsonb)
          ON CONFLICT (id) DO UPDATE SET change = EXCLUDED.change
        ),
        pd AS (
          DELETE FROM juki_pending USING m WHERE id = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(pendingDel)}::jsonb)))
        ),
        cs AS (
          INSERT INTO juki_certificates (resident_code, certificate)
          SELECT x.resident_code, x.certificate
          FROM m, jsonb_to_recordset(${j(certSet)}::jsonb) AS x(resident_code text, certificate jsonb)
          ON CONFLICT (resident_code) DO UPDATE SET certificate = EXCLUDED.certificate
        ),
        cd AS (
          DELETE FROM juki_certificates USING m
          WHERE resident_code = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(certDel)}::jsonb)))
        ),
        oi AS (
          INSERT INTO juki_outbox (sequence, type, event_id, payload)
          SELECT x.sequence, x.type, x.event_id, x.payload
          FROM m, jsonb_to_recordset(${j(c.outbox.map((o) => ({ sequence: o.sequence, type: o.type, event_id: o.eventId, payload: o.payload })))}::jsonb)
            AS x(sequence bigint, type text, event_id text, payload jsonb)
        ),
        di AS (
          INSERT INTO juki_decisions (event_id, accepted, codes, version)
          SELECT x.event_id, x.accepted, ARRAY(SELECT jsonb_array_elements_text(x.codes)), m.version
          FROM m, jsonb_to_recordset(${j(c.decisions.map((d) => ({ event_id: d.eventId, accepted: d.accepted, codes: d.codes })))}::jsonb)
            AS x(event_id text, accepted boolean, codes jsonb)
        )
        SELECT version FROM m`
    }

    const commit: StoreShape["commit"] = (c: Commit) =>
      Effect.gen(function* () {
        const done = yield* commitSql(c)
        if (done.length === 0) {
          const now = yield* readMeta
          return yield* Effect.fail(new StoreConflict({ expected: c.expectedVersion, actual: now.version }))
        }
      }).pipe(Effect.mapError((e) => (e instanceof StoreConflict ? e : fail("commit")(e))))

    const decisions: StoreShape["decisions"] = (ids) =>
      ids.length === 0
        ? Effect.succeed([])
        : sql<{ event_id: string; accepted: boolean; codes: ReadonlyArray<string> }>`
            SELECT event_id, accepted, codes FROM juki_decisions WHERE event_id = ANY(ARRAY(SELECT jsonb_array_elements_text(${j(ids)}::jsonb)))`.pipe(
            Effect.map((rows) =>
              rows.map((r): Decision => ({ eventId: r.event_id, accepted: r.accepted, codes: r.codes }))
            ),
            Effect.mapError(fail("decisions"))
          )

    const load: StoreShape["load"] = (reg) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            yield* sql.unsafe(`TRUNCATE ${tables.join(", ")}`)
            yield* sql`INSERT INTO juki_meta (id, municipality, sequence, provisional_counter, version)
              VALUES (1, ${reg.municipality}, ${reg.sequence}, ${reg.provisionalCounter}, 1)`
            const keys = reg.persons.keys().sort()
            const CHUNK = 2000
            for (let i = 0; i < keys.length; i += CHUNK) {
              const persons = keys.slice(i, i + CHUNK).map((a) => {
                const history = Registry.getHistory(reg, a)
                return {
                  atenaNumber: a,
                  record: Registry.getRecord(reg, a) as ResidentRecord,
                  previousLength: 0,
                  appended: history
                }
              })
              yield* writeRows(
                {
                  meta: { municipality: "", sequence: 0, provisionalCounter: 0 },
                  persons,
                  households: [],
                  identifiers: [],
                  threeInfo: [],
                  pending: [],
                  certificates: []
                },
                i + 1
              )
            }
            const all = (m: { entries(): Array<[string, unknown]> }) => m.entries()
            const hh = all(reg.households).map(([householdNumber, members]) => ({
              householdNumber,
              members: members as ReadonlyArray<string>
            }))
            const ids = [
              ...all(reg.byResidentCode).map(([value, a]) => ({ kind: "r" as const, value, atenaNumber: a as string })),
              ...all(reg.byMyNumber).map(([value, a]) => ({ kind: "m" as const, value, atenaNumber: a as string })),
              ...all(reg.byCard).map(([value, a]) => ({ kind: "c" as const, value, atenaNumber: a as string }))
            ]
            const three = all(reg.threeInfo).map(([key, a]) => ({ key, atenaNumbers: a as ReadonlyArray<string> }))
            for (let i = 0; i < Math.max(hh.length, ids.length, three.length); i += CHUNK)
              yield* writeRows(
                {
                  meta: { municipality: "", sequence: 0, provisionalCounter: 0 },
                  persons: [],
                  households: hh.slice(i, i + CHUNK),
                  identifiers: ids.slice(i, i + CHUNK),
                  threeInfo: three.slice(i, i + CHUNK),
                  pending: [],
                  certificates: []
                },
                0
              )
            yield* writeRows(
              {
                meta: { municipality: "", sequence: 0, provisionalCounter: 0 },
                persons: [],
                households: [],
                identifiers: [],
                threeInfo: [],
                pending: Registry.pending(reg).map((p) => ({ id: p.id, change: p })),
                certificates: Registry.certificates(reg).map((c) => ({ residentCode: c.residentCode, certificate: c }))
              },
              0
            )
          })
        )
        .pipe(Effect.mapError(fail("load")))

    const loadRecords: StoreShape["loadRecords"] = (municipality, records, onProgress) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            yield* sql.unsafe(`TRUNCATE ${tables.join(", ")}`)
            yield* sql`INSERT INTO juki_meta (id, municipality, sequence, provisional_counter, version) VALUES (1, ${municipality}, 0, 0, 1)`
            const CHUNK = 2000
            let n = 0
            let chunk: Array<WorkingSet.RowChanges["persons"][number]> = []
            const flush = Effect.suspend(() => {
              const persons = chunk
              chunk = []
              const base = n - persons.length + 1
              return writeRows(
                {
                  meta: { municipality, sequence: 0, provisionalCounter: 0 },
                  persons,
                  households: [],
                  identifiers: [],
                  threeInfo: [],
                  pending: [],
                  certificates: []
                },
                base
              )
            })
            // A file read as it streams (an async iterable) is pulled one record at a time.
            const it: Iterator<ResidentRecord> | AsyncIterator<ResidentRecord> =
              Symbol.asyncIterator in records ? records[Symbol.asyncIterator]() : records[Symbol.iterator]()
            for (;;) {
              const step = it.next()
              const next = step instanceof Promise ? yield* Effect.promise(() => step) : step
              if (next.done === true) break
              const r = next.value
              n++
              chunk.push({
                atenaNumber: r.atenaNumber,
                record: r,
                previousLength: 0,
                appended: [
                  Registry.unsafeBuild({ municipality, records: [r] }).persons.get(r.atenaNumber)?.row as HistoryRow
                ]
              })
              if (chunk.length >= CHUNK) {
                yield* flush
                onProgress?.(n)
              }
            }
            if (chunk.length > 0) yield* flush
            onProgress?.(n)
            yield* deriveIndexes
            return n
          })
        )
        .pipe(Effect.mapError(fail("loadRecords")))

    const duplicates: StoreShape["duplicates"] = sql<{
      kind: "r" | "m" | "c"
      value: string
      atena_numbers: ReadonlyArray<string>
    }>`
      SELECT kind, value, array_agg(atena_number ORDER BY atena_number) AS atena_numbers FROM (
        SELECT 'r' AS kind, record->>'residentCode' AS value, atena_number FROM juki_persons WHERE state <> 'removed' AND coalesce(record->>'residentCode', '') <> ''
        UNION ALL SELECT 'm', record->>'myNumber', atena_number FROM juki_persons WHERE state <> 'removed' AND coalesce(record->>'myNumber', '') <> ''
        UNION ALL SELECT 'c', ${CARD_SQL}, atena_number FROM juki_persons WHERE state <> 'removed' AND coalesce(${CARD_SQL}, '') <> ''
      ) x GROUP BY kind, value HAVING count(*) > 1 ORDER BY kind, value`.pipe(
      Effect.map((rows) => rows.map((r) => ({ kind: r.kind, value: r.value, atenaNumbers: r.atena_numbers }))),
      Effect.mapError(fail("duplicates"))
    )

    const PAGE = 2000
    const persons: StoreShape["persons"] = Stream.paginate({ household: "", atena: "" }, (after) =>
      sql<{
        atena_number: string
        household_number: string
        record: ResidentRecord
        history: ReadonlyArray<HistoryRow>
      }>`
          SELECT p.atena_number, p.household_number, p.record,
            (SELECT jsonb_agg(h.row ORDER BY h.history_number) FROM juki_history h WHERE h.atena_number = p.atena_number) AS history
          FROM juki_persons p
          WHERE (p.household_number, p.atena_number) > (${after.household}, ${after.atena})
          ORDER BY p.household_number, p.atena_number
          LIMIT ${PAGE}`.pipe(
        Effect.map((rows) => {
          const last = rows[rows.length - 1]
          const out = rows.map((r) => ({ atenaNumber: r.atena_number, record: r.record, history: r.history }))
          return [
            out,
            rows.length < PAGE || last === undefined
              ? Option.none()
              : Option.some({ household: last.household_number, atena: last.atena_number })
          ] as const
        }),
        Effect.mapError(fail("persons"))
      )
    )

    const outbox: StoreShape["outbox"] = (after, limit) =>
      sql<{ sequence: string | number; type: OutboxRow["type"]; event_id: string; payload: unknown }>`
        SELECT sequence, type, event_id, payload FROM juki_outbox WHERE sequence > ${after} ORDER BY sequence LIMIT ${limit}`.pipe(
        Effect.map((rows) =>
          rows.map(
            (r): OutboxRow => ({ sequence: Number(r.sequence), type: r.type, eventId: r.event_id, payload: r.payload })
          )
        ),
        Effect.mapError(fail("outbox"))
      )

    const stats: StoreShape["stats"] = Effect.gen(function* () {
      const { version, meta } = yield* readMeta
      const [c] = yield* sql<{
        persons: string
        history: string
        households: string
        outbox: string
        decisions: string
      }>`
        SELECT (SELECT count(*) FROM juki_persons) AS persons, (SELECT count(*) FROM juki_history) AS history,
          (SELECT count(DISTINCT household_number) FROM juki_persons WHERE state <> 'removed') AS households,
          (SELECT count(*) FROM juki_outbox) AS outbox, (SELECT count(*) FROM juki_decisions) AS decisions`
      return {
        version,
        sequence: meta.sequence,
        persons: Number(c?.persons ?? 0),
        historyRows: Number(c?.history ?? 0),
        households: Number(c?.households ?? 0),
        outbox: Number(c?.outbox ?? 0),
        decisions: Number(c?.decisions ?? 0)
      }
    }).pipe(Effect.mapError(fail("stats")))

    return { kind, read, commit, decisions, load, loadRecords, duplicates, persons, outbox, stats }
  })

/**
 * The store on a PostgreSQL server, e.g. `postgres://juki@127.0.0.1:5432/juki`.
 *
 * @category layers
 * @since 0.1.0
 */
export const layerPg = (
  url: string,
  options: { readonly maxConnections?: number } = {}
): Layer.Layer<Store, StoreError | SqlError.SqlError> =>
  Layer.effect(Store, make("postgres")).pipe(
    Layer.provide(PgClient.layer({ url: Redacted.make(url), maxConnections: options.maxConnections ?? 8 }))
  )

/**
 * The store in embedded PGlite: in memory, or kept in `dataDir`.
 *
 * @category layers
 * @since 0.1.0
 */
export const layerPglite = (dataDir?: string): Layer.Layer<Store, unknown> =>
  Layer.unwrap(
    Effect.map(pgliteStream(dataDir), (stream) =>
      Layer.effect(Store, make("pglite")).pipe(
        Layer.provide(
          PgClient.layer({
            stream,
            host: "pglite",
            username: "postgres",
            database: "postgres",
            maxConnections: 1,
            minConnections: 1
          })
        )
      )
    )
  )
