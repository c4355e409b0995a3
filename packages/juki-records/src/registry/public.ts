/**
 * The registry: an immutable value holding every person's 住民票 and history,
 * the 世帯, the 仮登録 and the received 転出証明書情報. The plain-JSON form
 * (`RegistryJson`) is documented in the package README and on `toJSON`.
 *
 * **Example** (Reading a registry)
 *
 * ```ts
 * import { Registry } from "@juki/records"
 * import { Result } from "effect"
 *
 * const r = Registry.fromJSON({ municipality: "131016", records: [] })
 * if (Result.isSuccess(r)) {
 *   Registry.size(r.success) // => 0
 *   Registry.stateOf(r.success, "0000000019") // => "none"
 *   Registry.toJSON(r.success).municipality // => "131016"
 * }
 * ```
 *
 * @since 0.1.0
 * @module
 */
export {
  certificates,
  effectiveState,
  empty,
  findByCardNumber,
  findByMyNumber,
  findByResidentCode,
  findByThreeInfo,
  getHistory,
  getHousehold,
  getRecord,
  headOf,
  householdMembers,
  households,
  isPresent,
  isProvisional,
  isRegistry,
  latestHistoryNumber,
  pending,
  records,
  RegistryJsonSchema,
  size,
  stateOf,
  threeInfoKey,
  toJSON,
  unsafeBuild,
  type PendingChange,
  type PersonEntry,
  type Registry,
  type RegistryJson
} from "./index.js"
export { fromJSON } from "./load.js"
