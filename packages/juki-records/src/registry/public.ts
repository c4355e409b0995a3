/**
 * The registry: an immutable value holding every person's 住民票 and history,
 * the 世帯, the 仮登録 and the received 転出証明書情報. See
 * `registry/index.ts` for the plain-JSON form.
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
