/**
 * `@juki/core`: identifiers, 和暦 registry dates, Japanese text and the error
 * model shared by every juki package.
 *
 * Every identifier module offers the same verbs: `compact`, `validate`,
 * `isValid`, `format`, `mask`, `checkDigit` (where a check digit exists) and
 * an effect/Schema `Schema`. fast-check arbitraries live in the separate
 * entry `@juki/core/arbitraries`, so the main entry never loads fast-check.
 *
 * @since 0.1.0
 * @module
 */
export * from "./errors/index.js"
export * from "./identifier/index.js"
export * as Calendar from "./calendar/index.js"
export * as Holidays from "./holidays/index.js"
export * as LocalGovernmentCode from "./local-government-code/index.js"
export * as ResidentCode from "./resident-code/index.js"
export * as AtenaNumber from "./atena-number/index.js"
export * as HouseholdNumber from "./household-number/index.js"
export * as ResidenceCardNumber from "./residence-card-number/index.js"
export * as SpecialPermanentResidentCertificateNumber from "./special-permanent-resident-certificate-number/index.js"
export * as PostalCode from "./postal-code/index.js"
export * as Wareki from "./wareki/index.js"
export * as RegistryDate from "./registry-date/index.js"
export * as Text from "./text/index.js"
