/**
 * `@juki/records`: resident records (住民票), 異動 state transitions, 世帯 rules
 * and the 市町村CS checks, as pure functions over an immutable registry.
 *
 * **When to use**
 *
 * Build a registry (`Registry.empty`, `Registry.fromJSON`), describe each 異動
 * with an `Event` constructor, and call `apply`: you get the new registry
 * and the effects to send (CS 本人確認情報, 転入通知, 入管 市町村通知), or
 * every violation with its rule id, severity and legal basis.
 *
 * **Details**
 *
 * - `Models`: the 住民票 (Japanese / foreign residents), history rows,
 *   本人確認情報, 送付先情報, 統合宛名 (effect/Schema).
 * - `Jiyu`: the 37 異動事由 of 標準仕様書 1.2.2 with their metadata and code
 *   mappings. `Relationship`: the 続柄 vocabulary. `Deadline`: 届出期間
 *   with a pluggable 休日 calendar.
 * - `Event`: typed constructors and JSON decoding. `apply`, `check`, `plan`.
 * - `Rules`: the rule catalogue. `Lifecycle`: the transition table.
 *   `Derive`: 本人確認情報 and 4情報 search. `Docs`: docs generators.
 *
 * **Example** (A family moves in, one member moves within the city)
 *
 * ```ts
 * import { apply, Event, Registry, type RecordInput } from "@juki/records"
 * import { Result } from "effect"
 *
 * const record = {
 *   kind: "japanese", atenaNumber: "0000000019", householdNumber: "8000000010", relationship: "世帯主",
 *   residentCode: "20000000001", myNumber: "100000000013", name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
 *   birthDate: "1980-04-01", sex: "male",
 *   address: { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" },
 *   addressSince: "2024-04-01", previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
 *   honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" }, residentSince: "2024-04-01"
 * } as const satisfies RecordInput // synthetic data
 * let registry = Registry.empty("131016")
 * const r = apply(registry, Event.moveIn({ records: [record], changeDate: "2024-04-01", filedOn: "2024-04-03", processedOn: "2024-04-03" }))
 * if (Result.isSuccess(r)) {
 *   registry = r.success.registry
 *   r.success.effects.map((e) => e.type) // => ["cs-update", "transfer-in-notice", "koseki-fuhyo-notice", "atena-update"]
 * }
 * ```
 *
 * @since 0.1.0
 * @module
 */
export * as Models from "./models/index.js"
export type {
  Address,
  ForeignRecord,
  ForeignStatus,
  HistoryRow,
  Household,
  IdentityInfo,
  JapaneseRecord,
  RecordInput,
  RecordState,
  ResidentRecord
} from "./models/index.js"
export * as Jiyu from "./jiyu/index.js"
export type { IdouJiyu, JiyuInfo, JiyuMapping } from "./jiyu/index.js"
export * as Event from "./events/index.js"
export * as Registry from "./registry/public.js"
export * as Rules from "./rules/index.js"
export type { Options, RecordRule } from "./rules/types.js"
export * as Relationship from "./relationship/index.js"
export * as Deadline from "./deadline/index.js"
export * as Derive from "./derive/index.js"
export * as Lifecycle from "./lifecycle/index.js"
export * as Docs from "./docs/index.js"
export * as WorkingSet from "./working-set/index.js"
export * as Stats from "./stats/index.js"
export * as Inbound from "./inbound/index.js"
export { apply, check, optionsFromJSON, plan, resolveOptions } from "./apply/index.js"
export { AtenaUpdate, DeliveryInfoDue, KosekiFuhyoNotice } from "./apply/index.js"
export * as Onward from "./apply/onward.js"
export * as Fukuhon from "./fukuhon/index.js"
export { conformanceAdapter, type ConformanceOutcome } from "./conformance/index.js"
export type {
  Applied,
  CsUpdate,
  Effect,
  HeadCandidate,
  ImmigrationNotice,
  JsonOptions,
  OnwardEffect,
  Rejected,
  TransferInNoticeOut
} from "./apply/index.js"

/**
 * The rule catalogue (same as `Rules.catalogue`).
 *
 * @category rules
 * @since 0.1.0
 */
export { catalogue as rules } from "./rules/index.js"
