/**
 * The rule catalogue of `@juki/certificates`: every rule a request is checked
 * against, one file per rule id.
 *
 * @since 0.1.0
 * @module
 */
import { RequestShape } from "../request/index.js"
import { agentIdentifiers } from "./agent-identifiers.js"
import { convenienceItem } from "./convenience-item.js"
import { convenienceKind } from "./convenience-kind.js"
import { convenienceRequester } from "./convenience-requester.js"
import { formMixedHouseholds } from "./form-mixed-households.js"
import { householdOutside } from "./household-outside.js"
import { identifiersRequester } from "./identifiers-requester.js"
import { itemNotAnItem } from "./item-not-an-item.js"
import { kindRequester } from "./kind-requester.js"
import { kindState } from "./kind-state.js"
import { personNotRecorded } from "./person-not-recorded.js"
import { removedHouseholdForm } from "./removed-household-form.js"
import { supportMeasureChannel } from "./support-measure-channel.js"
import { supportMeasureOffender } from "./support-measure-offender.js"
import { thirdPartyPurpose } from "./third-party-purpose.js"
import type { CertificateRule } from "./types.js"
import { wideAreaItem } from "./wide-area-item.js"
import { wideAreaKind } from "./wide-area-kind.js"
import { wideAreaRequester } from "./wide-area-requester.js"

export type { CertificateRule } from "./types.js"

/**
 * Every check, in the order its problems are reported.
 *
 * @category rules
 * @since 0.1.0
 */
export const checks: ReadonlyArray<CertificateRule> = [
  personNotRecorded,
  kindRequester,
  thirdPartyPurpose,
  wideAreaRequester,
  wideAreaKind,
  wideAreaItem,
  convenienceRequester,
  convenienceKind,
  convenienceItem,
  kindState,
  householdOutside,
  identifiersRequester,
  itemNotAnItem,
  removedHouseholdForm,
  formMixedHouseholds,
  supportMeasureOffender,
  supportMeasureChannel,
  agentIdentifiers
]

/**
 * The rules of this package, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [RequestShape, ...checks.map((c) => c.rule)] as const

export { AgentIdentifiers } from "./agent-identifiers.js"
export { ConvenienceItem } from "./convenience-item.js"
export { ConvenienceKind } from "./convenience-kind.js"
export { ConvenienceRequester } from "./convenience-requester.js"
export { FormMixedHouseholds } from "./form-mixed-households.js"
export { HouseholdOutside } from "./household-outside.js"
export { IdentifiersRequester } from "./identifiers-requester.js"
export { ItemNotAnItem } from "./item-not-an-item.js"
export { KindRequester } from "./kind-requester.js"
export { KindState } from "./kind-state.js"
export { PersonNotRecorded } from "./person-not-recorded.js"
export { RemovedHouseholdForm } from "./removed-household-form.js"
export { SupportMeasureChannel } from "./support-measure-channel.js"
export { SupportMeasureOffender } from "./support-measure-offender.js"
export { ThirdPartyPurposeRule } from "./third-party-purpose.js"
export { WideAreaItem } from "./wide-area-item.js"
export { WideAreaKind } from "./wide-area-kind.js"
export { WideAreaRequester } from "./wide-area-requester.js"
