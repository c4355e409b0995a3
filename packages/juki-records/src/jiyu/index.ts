/**
 * 異動事由 (idō jiyū, reason of a registry change): the closed catalogue of the
 * categories of 住民記録システム標準仕様書 1.2.2 — 9 記載の事由 (create a 住民票),
 * 9 消除の事由 (turn it into a 除票) and 19 修正の事由 (modify it) — with what
 * each one does, which items it may change, its notification deadline and
 * its legal basis.
 *
 * **When to use**
 *
 * Use the symbolic ids (`"domestic-move-in"`, `"move-within"`, …) everywhere
 * in juki. Use {@link info} for the metadata and {@link fromName} to read a
 * Japanese category name. Translate vendor or CS numeric codes with a
 * {@link JiyuMapping} you supply ({@link validateMapping}, {@link toJiyu},
 * {@link toCode}).
 *
 * **Details**
 *
 * - The standard publishes **no numeric codes**: it only requires that the
 *   system's own 異動事由コード can be classified into these categories
 *   (標準仕様書 1.2.2; reference §3). Codes of the 中間標準レイアウト, the CS
 *   電文 and the 基本データリスト were not obtained (UNVERIFIED), so juki ships
 *   none. {@link exampleMapping} is an EXAMPLE with invented codes.
 * - 改製 and 再製 appear as both a 記載 and a 消除 category (the old 住民票 is
 *   消除, a new one 記載); juki has one id for each side.
 * - A separate 転居取消 category must not be implemented (標準仕様書 1.2.2
 *   実装しない): a 転居 is undone with 異動の取消し（修正）. {@link fromName}
 *   rejects it with `records.jiyu.forbidden`.
 *
 * **Gotchas**
 *
 * `mutable` lists the item groups an update with that 事由 may change; the
 * rules `records.cs.move-within-address-only`,
 * `records.household.no-address-change` and `records.modify.allowed-fields`
 * enforce it.
 *
 * **Example** (Reading the catalogue)
 *
 * ```ts
 * import { Jiyu } from "@juki/records"
 *
 * Jiyu.info("move-within").ja // => "転居"
 * Jiyu.info("move-within").effect // => "modify"
 * Jiyu.info("move-within").mutable // => ["address", "household"]
 * Jiyu.isValid("転居取消") // => false
 * ```
 *
 * @since 0.1.0
 * @module
 */
export * from "./table.js"
export * from "./mapping.js"
