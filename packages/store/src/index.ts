/**
 * `@juki/store`: keep a registry (住民基本台帳) in memory, in a PostgreSQL
 * server or in embedded PGlite, and check and commit 異動 against it reading
 * only each event's working set.
 *
 * @since 0.1.0
 * @module
 */
export * as Store from "./store/index.js"
export * as MemoryStore from "./memory/index.js"
export * as Apply from "./apply/index.js"
export * as SqlStore from "./sql/index.js"
export * as Schema from "./sql/schema.js"
export * as Synthetic from "./synthetic/index.js"
export * as RegistryCli from "./cli/index.js"
export * as Layout from "./layout/index.js"
