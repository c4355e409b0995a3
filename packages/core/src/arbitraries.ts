/**
 * fast-check arbitraries of valid and of invalid values for every identifier,
 * date and text module of `@juki/core`. Requires the optional peer dependency
 * `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { LocalGovernmentCode } from "@juki/core/arbitraries"
 * import { LocalGovernmentCode as L } from "@juki/core"
 *
 * fc.assert(fc.property(LocalGovernmentCode.valid, (code) => L.isValid(code)))
 * ```
 *
 * @since 0.1.0
 * @module
 */
export * as LocalGovernmentCode from "./local-government-code/arbitraries.js"
export * as ResidentCode from "./resident-code/arbitraries.js"
export * as AtenaNumber from "./atena-number/arbitraries.js"
export * as HouseholdNumber from "./household-number/arbitraries.js"
export * as ResidenceCardNumber from "./residence-card-number/arbitraries.js"
export * as SpecialPermanentResidentCertificateNumber from "./special-permanent-resident-certificate-number/arbitraries.js"
export * as PostalCode from "./postal-code/arbitraries.js"
export * as Wareki from "./wareki/arbitraries.js"
export * as RegistryDate from "./registry-date/arbitraries.js"
export * as Text from "./text/arbitraries.js"
