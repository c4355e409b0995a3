/**
 * The records rule catalogue: every check juki runs on a 異動, a 住民票, a
 * 世帯 or a whole registry, each with a stable id (`records.<area>.<rule>`),
 * a severity, its legal basis and Japanese and English text.
 *
 * **When to use**
 *
 * `apply` and `Registry.fromJSON` run the catalogue for you. Read
 * {@link catalogue} to list, document or audit the rules; switch rules off
 * with the `disable` option; look one up with {@link byId}.
 *
 * **Details**
 *
 * - `error` blocks the change; `alert` blocks it unless the operator
 *   confirmed it (`acknowledged: ["records.…"]` on the event), as the
 *   standard's アラート require (標準仕様書 11.1).
 * - The two logic checks the 市町村CS is documented to run (評価書 III):
 *   `records.cs.move-in-resident` (a 転入 for a person who is already a
 *   resident) and `records.cs.move-within-address-only` (a 転居 that changes
 *   anything but the address).
 * - Bases marked `verified: false` are UNVERIFIED: the behaviour is an
 *   option (see `Options`), and the docs say so.
 * - Each rule `records.<group>.<rule>` lives in `rules/<group>.ts`, its
 *   examples in `rules/<group>.examples.ts` and its conformance vectors in
 *   `conformance/vectors/records/<group>.json` (optional ones in
 *   `conformance/optional/records/<group>.json`).
 * - The 標準仕様書's own エラー項目一覧 / アラート項目一覧 were not obtained;
 *   this catalogue is built from the law, the standard's text and the seed,
 *   not from those lists.
 *
 * **Example** (Looking up a rule)
 *
 * ```ts
 * import { Rules } from "@juki/records"
 *
 * const r = Rules.byId("records.cs.move-within-address-only")
 * r?.severity // => "error"
 * r?.title.en // => "転居 changes the address only"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { RecordRule } from "./types.js"
import { CsMoveInResident, CsMoveWithinAddressOnly, CsItemFormat, CsOrder } from "./cs.js"
import { CreateCurrentExists } from "./create.js"
import {
  MoveInReentry,
  MoveInPossibleReentry,
  MoveInPreviousAddress,
  MoveInMunicipality,
  MoveInSameMunicipality
} from "./move-in.js"
import { SpecialMoveInWindow, SpecialMoveInCertificate } from "./special-move-in.js"
import { StateNotCurrent, StateRemovedImmutable } from "./state.js"
import { ProvisionalNotRegistered, ProvisionalUnknown } from "./provisional.js"
import { NoticeTarget, NoticeAlreadyConfirmed } from "./transfer-in-notice.js"
import { MoveOutLateFiling, MoveOutRemovalDate, MoveOutDestination } from "./move-out.js"
import { DateNotFuture, DateCalendar, DateBeforeBirth, DateFiledBeforeChange, DateEqualItems } from "./date.js"
import { DeadlineOverdue } from "./deadline.js"
import { ModifyAllowedFields, ModifyAddressMunicipality } from "./modify.js"
import { JiyuScope, JiyuUnknown, JiyuForbidden, JiyuMappingRule } from "./jiyu.js"
import {
  HouseholdNoAddressChange,
  HouseholdAtMostOneHead,
  HouseholdHeadLeaves,
  HouseholdSameAddress,
  HouseholdRelationshipInMoveWithin
} from "./household.js"
import { RelationshipVocabulary, RelationshipForbidden, RelationshipChainLength } from "./relationship.js"
import { RecordRequired } from "./record.js"
import { ForeignKubunItems, ForeignTransitionalFiling, ForeignPeriodExpired } from "./foreign.js"
import { NationalityCarryOver } from "./nationality.js"
import { HistoryAppendOnly } from "./history.js"
import { RegistryUniquePerson, RegistryMalformed } from "./registry.js"
import { EventMalformed } from "./event.js"
import { INBOUND_RULES } from "./inbound.js"
import { FilerEligible, FilerByAuthority, FilerMissing } from "./filer.js"

export type * from "./types.js"
export * from "./cs.js"
export * from "./create.js"
export * from "./move-in.js"
export * from "./special-move-in.js"
export * from "./state.js"
export * from "./provisional.js"
export * from "./transfer-in-notice.js"
export * from "./move-out.js"
export * from "./date.js"
export * from "./deadline.js"
export * from "./modify.js"
export * from "./jiyu.js"
export * from "./household.js"
export * from "./relationship.js"
export * from "./record.js"
export * from "./foreign.js"
export * from "./nationality.js"
export * from "./history.js"
export * from "./registry.js"
export * from "./event.js"
export * from "./inbound.js"
export * from "./filer.js"

/**
 * Every rule of the records catalogue, in documentation order.
 *
 * @category rules
 * @since 0.1.0
 */
export const catalogue: ReadonlyArray<RecordRule> = [
  CsMoveInResident,
  CsMoveWithinAddressOnly,
  CsItemFormat,
  CsOrder,
  CreateCurrentExists,
  MoveInReentry,
  MoveInPossibleReentry,
  MoveInPreviousAddress,
  MoveInMunicipality,
  MoveInSameMunicipality,
  SpecialMoveInWindow,
  SpecialMoveInCertificate,
  StateNotCurrent,
  StateRemovedImmutable,
  NoticeTarget,
  NoticeAlreadyConfirmed,
  MoveOutLateFiling,
  MoveOutRemovalDate,
  MoveOutDestination,
  DateNotFuture,
  DateCalendar,
  DateBeforeBirth,
  DateFiledBeforeChange,
  DateEqualItems,
  DeadlineOverdue,
  ModifyAllowedFields,
  ModifyAddressMunicipality,
  HouseholdNoAddressChange,
  HouseholdAtMostOneHead,
  HouseholdHeadLeaves,
  HouseholdSameAddress,
  HouseholdRelationshipInMoveWithin,
  FilerEligible,
  FilerByAuthority,
  FilerMissing,
  RelationshipVocabulary,
  RelationshipForbidden,
  RelationshipChainLength,
  RecordRequired,
  ForeignKubunItems,
  ForeignTransitionalFiling,
  ForeignPeriodExpired,
  NationalityCarryOver,
  HistoryAppendOnly,
  ProvisionalNotRegistered,
  ProvisionalUnknown,
  RegistryUniquePerson,
  RegistryMalformed,
  EventMalformed,
  JiyuScope,
  JiyuUnknown,
  JiyuForbidden,
  JiyuMappingRule,
  ...INBOUND_RULES
]

const BY_ID: ReadonlyMap<string, RecordRule> = new Map(catalogue.map((r) => [r.id, r]))

/**
 * A rule by id.
 *
 * @category getters
 * @since 0.1.0
 */
export const byId = (id: string): RecordRule | undefined => BY_ID.get(id)
