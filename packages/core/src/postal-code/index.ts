/**
 * PostalCode (郵便番号, yūbin bangō): 7 digits, written `NNN-NNNN`, with no
 * check digit.
 *
 * **When to use**
 *
 * Use `PostalCode.validate` / `isValid` to check the form of a postal code
 * (a 住基ネット CS item next to the 住所), `format` to display it as
 * `NNN-NNNN` and `compact` to store it as 7 digits.
 *
 * **Details**
 *
 * - 7 digits since 1998-02-02 (3 or 5 digits before); display form
 *   `NNN-NNNN`, optionally after the 〒 mark.
 * - `compact` folds full width (NFKC), removes the postal marks 〒 〠 〶 and
 *   surrounding white space, and removes **one** separator (a hyphen
 *   look-alike such as `-` `－` `‐` `−` `ー`, or white space) **between the
 *   3rd and 4th digits**. `〒１００－０００１` → `1000001`.
 * - "Valid" means well formed. Whether a code exists needs Japan Post's data
 *   (KEN_ALL.CSV / utf_all.csv), which juki does not bundle.
 *
 * **Gotchas**
 *
 * - A separator anywhere else is kept, so `1000-001` is reported as
 *   InvalidFormat instead of silently becoming a different code.
 * - Leading zeros are significant (北海道 `060-0000`): `60-0000` is invalid.
 * - One code can span municipalities and even prefectures (`498-0000` is in
 *   三重県 and 愛知県), and 大口事業所 have their own codes: never derive a
 *   全国地方公共団体コード from a postal code alone.
 *
 * **Example**
 *
 * ```ts
 * import { PostalCode } from "@juki/core"
 *
 * PostalCode.isValid("〒100-0001") // => true
 * PostalCode.compact("１００－０００１") // => "1000001"
 * PostalCode.format("0600000") // => "060-0000"
 * PostalCode.isValid("1000-001") // => false (separator in the wrong place)
 * PostalCode.isValid("60-0000") // => false (leading zero lost)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { Brand } from "effect"
import { defineRule, makeError, type JukiError, type LegalBasis } from "../errors/index.js"
import {
  isAsciiDigits,
  identifierCompact,
  identifierFormat,
  identifierIsValid,
  identifierMask,
  identifierSchema,
  identifierValidate,
  type IdentifierSpec
} from "../identifier/index.js"

const BASIS: LegalBasis = {
  kind: "standard",
  cite: "日本郵便 郵便番号 (7桁, 1998-02-02 以降; 表記 NNN-NNNN)",
  verified: true
}

/**
 * 郵便番号 has 7 digits.
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = defineRule({
  id: "core.postal-code.length",
  tag: "InvalidLength",
  severity: "error",
  basis: [BASIS],
  title: { ja: "郵便番号の桁数", en: "Postal code length" },
  message: { ja: "郵便番号は7桁です（入力は{length}桁）", en: "A postal code has 7 digits (got {length})" }
})

/**
 * 郵便番号 consists of digits, with at most one separator after the 3rd digit.
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "core.postal-code.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [BASIS],
  title: { ja: "郵便番号の形式", en: "Postal code format" },
  message: {
    ja: "郵便番号は数字7桁（NNN-NNNN）で入力してください",
    en: "A postal code is 7 digits, written NNN-NNNN"
  }
})

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format] as const

/**
 * A well-formed 郵便番号 in canonical form (7 ASCII digits).
 *
 * @category models
 * @since 0.1.0
 */
export type PostalCode = string & Brand.Brand<"PostalCode">

const POSTAL_MARKS = /[\u3012\u3020\u3036]/g
const DASH_LIKE = /[\u002D\u2010-\u2015\u2212\u2043\u30FC\uFE58\uFE63\u2500\u2501\u301C~]/g
const WELL_FORMED = /^([0-9]{3})(?:-|\s+| *- *)?([0-9]{4})$/

const normalise = (input: string): string => {
  const s = input.normalize("NFKC").replace(POSTAL_MARKS, "").replace(DASH_LIKE, "-").trim()
  const m = WELL_FORMED.exec(s)
  return m ? `${m[1]}${m[2]}` : s
}

const check = (value: string): JukiError | undefined => {
  if (value.length > 0 && !isAsciiDigits(value)) return makeError(Format, { input: value })
  if (value.length !== 7) return makeError(Length, { input: value, params: { length: value.length } })
  return undefined
}

const spec: IdentifierSpec<"PostalCode", object> = {
  brand: "PostalCode",
  label: { ja: "郵便番号", en: "Postal code" },
  compact: normalise,
  check,
  format: (v) => `${v.slice(0, 3)}-${v.slice(3)}`,
  defaults: {}
}

/**
 * Normalises input: full width folded, 〒 marks and outer white space
 * removed, one separator between the 3rd and 4th digits removed. Anything
 * else is left for {@link validate} to report. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const compact: (input: unknown) => string = /*#__PURE__*/ identifierCompact(spec)

/**
 * Compacts, then checks 7 ASCII digits. Returns the branded code or the first
 * `JukiError`. Never throws.
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
 * Display form `NNN-NNNN` (without the 〒 mark); invalid input is returned
 * compacted, unchanged otherwise.
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form (all 7 digits replaced by `*`, as for any value shorter than 8
 * characters): a postal code is part of an address.
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form (7 ASCII digits, no hyphen).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema = /*#__PURE__*/ identifierSchema(spec)

/**
 * Names of the module: 郵便番号 / Postal code.
 *
 * @category models
 * @since 0.1.0
 */
export const label = spec.label

/**
 * Brand name `PostalCode`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand = spec.brand
