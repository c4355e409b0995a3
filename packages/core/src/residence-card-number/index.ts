/**
 * ResidenceCardNumber (在留カード番号, zairyū kādo bangō): the number printed
 * on a 在留カード, 2 capital letters + 8 digits + 2 capital letters
 * (`AB12345678CD`). It has **no check digit**.
 *
 * **When to use**
 *
 * Use `ResidenceCardNumber.validate` / `isValid` to check the form of a
 * 在留カード番号 (a 住民票 item of 中長期在留者, 住基法 第30条の45), and
 * `mask` whenever one is shown or logged.
 *
 * **Details**
 *
 * - 出入国管理及び難民認定法 第19条の4第1項第5号: the card shows 「在留カードの
 *   番号」; 同条第2項: a different number is set at every issue (再交付
 *   included), so the number changes on 更新・変更・再交付.
 * - Layout: 12 characters, `[A-Z]{2}[0-9]{8}[A-Z]{2}`, as on the
 *   出入国在留管理庁 sample card `AB12345678CD` and in its 失効情報照会 (which asks
 *   for half-width capitals). The 施行規則 article fixing the layout was not
 *   identified.
 * - `compact` removes spaces and hyphens, folds full-width letters and digits
 *   to ASCII and upper-cases (`ab 12345678 cd` → `AB12345678CD`).
 *
 * **Gotchas**
 *
 * - There is no `checkDigit`: no check-digit algorithm is public, and
 *   Microsoft Purview's definition says "Checksum: No". A mod-11 rule over the
 *   8 digits claimed by one package fails the official sample `AB12345678CD`.
 *   A well-formed number may still be revoked or never issued: only the
 *   出入国在留管理庁 「在留カード等番号失効情報照会」 (number + expiry date) can tell.
 * - 特別永住者証明書番号 is a separate module
 *   (`SpecialPermanentResidentCertificateNumber`) because its layout is UNVERIFIED.
 *
 * **Example**
 *
 * ```ts
 * import { ResidenceCardNumber } from "@juki/core"
 *
 * ResidenceCardNumber.isValid("AB12345678CD") // => true
 * ResidenceCardNumber.compact("ａｂ 1234 5678 ｃｄ") // => "AB12345678CD"
 * ResidenceCardNumber.isValid("AB1234567CD") // => false (7 digits)
 * ResidenceCardNumber.mask("AB12345678CD") // => "********78CD"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { Brand } from "effect"
import type { LegalBasis } from "../errors/index.js"
import {
  identifierCompact,
  identifierFormat,
  identifierIsValid,
  identifierMask,
  identifierSchema,
  identifierValidate,
  type IdentifierSpec
} from "../identifier/index.js"
import { checkCard, makeCardRules } from "./layout.js"

const BASIS: ReadonlyArray<LegalBasis> = [
  { kind: "law", cite: "出入国管理及び難民認定法 第19条の4第1項第5号・第2項", verified: true },
  {
    kind: "library",
    cite: "出入国在留管理庁 在留カード見本 (AB12345678CD) and 在留カード等番号失効情報照会",
    verified: true,
    note: "the 施行規則 article fixing the 2+8+2 layout was not identified"
  }
]

const R = makeCardRules("residence-card-number", "在留カード番号", "residence card number", BASIS)

/**
 * 在留カード番号 has 12 characters.
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = R.Length

/**
 * 在留カード番号 is 2 capital letters, 8 digits and 2 capital letters.
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = R.Format

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format] as const

/**
 * A well-formed 在留カード番号 in canonical form (`AB12345678CD`).
 *
 * @category models
 * @since 0.1.0
 */
export type ResidenceCardNumber = string & Brand.Brand<"ResidenceCardNumber">

const spec: IdentifierSpec<"ResidenceCardNumber", object> = {
  brand: "ResidenceCardNumber",
  label: { ja: "在留カード番号", en: "Residence card number" },
  // Stryker disable next-line StringLiteral: checkCard reads every layout but "alphanumeric" as 2+8+2
  check: (value) => checkCard(R, value, "2+8+2"),
  defaults: {}
}

/**
 * Normalises input: white space and hyphens removed, full-width letters and
 * digits to ASCII, letters upper-cased. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const compact: (input: unknown) => string = /*#__PURE__*/ identifierCompact(spec)

/**
 * Compacts, then checks the 2+8+2 layout. Returns the branded number or the
 * first `JukiError`. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const validate = /*#__PURE__*/ identifierValidate(spec)

/**
 * `true` when {@link validate} succeeds. Never throws, whatever the input.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid: (input: unknown) => boolean = /*#__PURE__*/ identifierIsValid(spec)

/**
 * Display form: the 12 characters as printed on the card.
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form: only the last 4 characters visible (`********78CD`).
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form (upper case, no separators).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema = /*#__PURE__*/ identifierSchema(spec)

/**
 * Names of the module: 在留カード番号 / Residence card number.
 *
 * @category models
 * @since 0.1.0
 */
export const label = spec.label

/**
 * Brand name `ResidenceCardNumber`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand = spec.brand
