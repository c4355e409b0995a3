/**
 * The PostgreSQL schema of a juki store, as numbered migrations. The same
 * SQL runs on a PostgreSQL server and on PGlite.
 *
 * @since 0.1.0
 * @module
 */

/**
 * One migration: an id (applied in order, once) and its statements.
 *
 * @category models
 * @since 0.1.0
 */
export interface Migration {
  readonly id: number
  readonly name: string
  readonly statements: ReadonlyArray<string>
}

/**
 * Every migration, in order.
 *
 * @category constants
 * @since 0.1.0
 */
export const migrations: ReadonlyArray<Migration> = [
  {
    id: 1,
    name: "tables",
    statements: [
      // Registry-wide values; `version` is the optimistic lock every commit checks and bumps.
      `CREATE TABLE juki_meta (
        id int PRIMARY KEY CHECK (id = 1),
        municipality text NOT NULL,
        sequence bigint NOT NULL,
        provisional_counter int NOT NULL,
        version bigint NOT NULL
      )`,
      // The latest 住民票 of each person (現存 and 除票). `ord` keeps the load order (世帯 member order).
      `CREATE TABLE juki_persons (
        atena_number text PRIMARY KEY,
        household_number text NOT NULL,
        ord bigint NOT NULL,
        state text NOT NULL,
        three_key text NOT NULL,
        history_length int NOT NULL,
        record jsonb NOT NULL
      )`,
      `CREATE INDEX juki_persons_household ON juki_persons (household_number, atena_number)`,
      // Append-only history: one full row per change, 履歴番号 1, 2, 3 …
      `CREATE TABLE juki_history (
        atena_number text NOT NULL,
        history_number int NOT NULL,
        row jsonb NOT NULL,
        PRIMARY KEY (atena_number, history_number)
      )`,
      `CREATE TABLE juki_households (household_number text PRIMARY KEY, members text[] NOT NULL)`,
      // 住民票コード (r), 個人番号 (m), 在留カード等番号 (c), current or former → 宛名番号.
      `CREATE TABLE juki_identifiers (kind text NOT NULL, value text NOT NULL, atena_number text NOT NULL, PRIMARY KEY (kind, value))`,
      `CREATE INDEX juki_identifiers_atena ON juki_identifiers (atena_number)`,
      // 3情報 (氏名・生年月日・性別) key of 再転入 matching → 宛名番号.
      `CREATE TABLE juki_three_info (key text PRIMARY KEY, atena_numbers text[] NOT NULL)`,
      `CREATE TABLE juki_pending (id text PRIMARY KEY, change jsonb NOT NULL)`,
      `CREATE TABLE juki_certificates (resident_code text PRIMARY KEY, certificate jsonb NOT NULL)`,
      // Effects written in the same transaction as the change; 更新順番号 is the key, so none is written twice.
      `CREATE TABLE juki_outbox (
        sequence bigint PRIMARY KEY,
        type text NOT NULL,
        event_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`,
      `CREATE INDEX juki_outbox_unsent ON juki_outbox (sequence) WHERE sent_at IS NULL`,
      // The decision on every event applied (accepted or rejected), for idempotent re-runs.
      `CREATE TABLE juki_decisions (event_id text PRIMARY KEY, accepted boolean NOT NULL, codes text[] NOT NULL, version bigint NOT NULL)`
    ]
  },
  {
    id: 2,
    name: "persons-ord",
    statements: [
      // A commit numbers new persons after the last `ord`: without this index `max(ord)` scans every person.
      `CREATE INDEX IF NOT EXISTS juki_persons_ord ON juki_persons (ord)`
    ]
  }
]

/**
 * Every table of the store, for `TRUNCATE` before a load.
 *
 * @category constants
 * @since 0.1.0
 */
export const tables: ReadonlyArray<string> = [
  "juki_meta",
  "juki_persons",
  "juki_history",
  "juki_households",
  "juki_identifiers",
  "juki_three_info",
  "juki_pending",
  "juki_certificates",
  "juki_outbox",
  "juki_decisions"
]
