/**
 * SpecialPermanentResidentCertificateNumber (特別永住者証明書番号): the number
 * of a 特別永住者証明書. **Its layout is UNVERIFIED**: juki assumes the
 * 在留カード番号 layout, 2 capital letters + 8 digits + 2 capital letters, and
 * lets you relax it.
 *
 * **When to use**
 *
 * Use it for the 特別永住者証明書の番号, a 住民票 item of 特別永住者
 * (住基法 第30条の45). Pass `{ layout: "alphanumeric" }` if a real
 * number does not fit the assumed layout.
 *
 * **Details**
 *
 * - The 特別永住者証明書 is issued under the 入管特例法 since 2012-07-09. Its
 *   number is accepted by the same 出入国在留管理庁 「在留カード等番号失効情報照会」
 *   as 在留カード番号, and public card-reader sample code treats the two
 *   numbers alike, but **the article fixing the layout and the claim that it
 *   is the same 2+8+2 layout are UNVERIFIED** (some municipal pages describe
 *   在留カード等番号 only as 「アルファベット＋8桁の数字」). The rules' basis is
 *   therefore `verified: false`.
 * - Default `{ layout: "2+8+2" }`: `[A-Z]{2}[0-9]{8}[A-Z]{2}`.
 *   `{ layout: "alphanumeric" }`: 1–16 ASCII capital letters and digits.
 * - `compact` removes spaces and hyphens, folds full width and upper-cases.
 *
 * **Gotchas**
 *
 * - No check digit is known, so there is no `checkDigit` (see
 *   `ResidenceCardNumber`). A well-formed number may be revoked.
 *
 * **Example**
 *
 * ```ts
 * import { SpecialPermanentResidentCertificateNumber as Sp } from "@juki/core"
 *
 * Sp.isValid("AB12345678CD") // => true (assumed layout)
 * Sp.isValid("A123456789") // => false
 * Sp.isValid("A123456789", { layout: "alphanumeric" }) // => true
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
import { checkCard, makeCardRules, type Layout as Layout_ } from "../residence-card-number/layout.js"

const BASIS: ReadonlyArray<LegalBasis> = [
  { kind: "law", cite: "住民基本台帳法 第30条の45 (特別永住者証明書の番号)", verified: true },
  {
    kind: "library",
    cite: "juki: same 2+8+2 layout as the 在留カード番号 (option layout)",
    verified: false,
    note: "UNVERIFIED: the 入管特例法 施行規則 article fixing the number's layout was not obtained"
  }
]

const R = makeCardRules(
  "special-permanent-resident-certificate-number",
  "特別永住者証明書番号",
  "special permanent resident certificate number",
  BASIS
)

/**
 * 特別永住者証明書番号 has 12 characters (assumed layout; 1–16 with
 * `"alphanumeric"`). UNVERIFIED.
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = R.Length

/**
 * 特別永住者証明書番号 is 2 capital letters + 8 digits + 2 capital letters
 * (assumed; capital letters and digits with `"alphanumeric"`). UNVERIFIED.
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
 * A well-formed 特別永住者証明書番号 in canonical form.
 *
 * @category models
 * @since 0.1.0
 */
export type SpecialPermanentResidentCertificateNumber = string &
  Brand.Brand<"SpecialPermanentResidentCertificateNumber">

/**
 * `"2+8+2"` (default, assumed) or `"alphanumeric"` (1–16 capital letters and
 * digits).
 *
 * @category models
 * @since 0.1.0
 */
export type Layout = Layout_

/**
 * Options of {@link validate}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly layout: Layout
}

const spec: IdentifierSpec<"SpecialPermanentResidentCertificateNumber", Options> = {
  brand: "SpecialPermanentResidentCertificateNumber",
  label: { ja: "特別永住者証明書番号", en: "Special permanent resident certificate number" },
  check: (value, options) => checkCard(R, value, options.layout),
  defaults: { layout: "2+8+2" }
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
 * Compacts, then checks the layout (default the assumed 2+8+2). Returns the
 * branded number or the first `JukiError`. Never throws.
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
export const isValid: (input: unknown, options?: Partial<Options>) => boolean = /*#__PURE__*/ identifierIsValid(spec)

/**
 * Display form: the characters as printed.
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form: only the last 4 characters visible.
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form with the default (assumed) layout.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema = /*#__PURE__*/ identifierSchema(spec)

/**
 * Names of the module: 特別永住者証明書番号 / Special permanent resident certificate number.
 *
 * @category models
 * @since 0.1.0
 */
export const label = spec.label

/**
 * Brand name `SpecialPermanentResidentCertificateNumber`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand = spec.brand
