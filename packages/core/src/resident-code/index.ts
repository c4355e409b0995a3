/**
 * ResidentCode (住民票コード, jūminhyō kōdo): the 11-digit code of a 住民票,
 * 10 random digits followed by one 検査数字.
 *
 * **When to use**
 *
 * Use `ResidentCode.isValid` / `validate` to check that a value has the form
 * of a 住民票コード, and `ResidentCode.mask` whenever one is shown or logged.
 *
 * **Details**
 *
 * - 住民基本台帳法 第7条第13号: the 住民票 records a 住民票コード.
 * - 住民基本台帳法施行規則 第1条: 「無作為に作成された十けたの数字」 followed by
 *   「一けたの検査数字」, computed by a formula the 総務大臣 defines — that is
 *   平成14年総務省告示第436号 (官報 2002-07-25).
 * - **The text of 告示第436号 has not been obtained, so the checksum is
 *   UNVERIFIED.** By default this module checks the form only (11 ASCII
 *   digits). `{ checksum: "assumed-mod11" }` additionally checks juki's
 *   working hypothesis, {@link checkDigit}: the 個人番号 rule over 10 digits
 *   (left-to-right weights 5,4,3,2,7,6,5,4,3,2; remainder 0 or 1 gives 0,
 *   otherwise 11 − remainder). Do not reject real data with it until the
 *   告示 is checked.
 *
 * **Gotchas**
 *
 * - Leading zeros are significant: never store the code as a number.
 * - A resident may request a new 住民票コード (住基法 第30条の4), so it is not
 *   a permanent key; foreign residents have one since 2013-07-08.
 * - 11 digits distinguish it from the 個人番号 (12) and the 法人番号 (13).
 *
 * **Example** (Validating and masking)
 *
 * ```ts
 * import { ResidentCode } from "@juki/core"
 *
 * ResidentCode.isValid("12345678901") // => true (form only, the default)
 * ResidentCode.isValid("12345678901", { checksum: "assumed-mod11" }) // => false
 * ResidentCode.isValid("44060009497", { checksum: "assumed-mod11" }) // => true
 * ResidentCode.isValid("123456789012") // => false (12 digits: a 個人番号?)
 * ResidentCode.mask("44060009497") // => "*******9497"
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
  type IdentifierSpec,
  weightedSum
} from "../identifier/index.js"

const BASIS_FORMAT: LegalBasis = {
  kind: "ministerial-ordinance",
  cite: "住民基本台帳法施行規則 第1条",
  verified: true
}
const BASIS_CHECK: LegalBasis = {
  kind: "notice",
  cite: "平成14年総務省告示第436号",
  verified: false,
  note: "text not obtained; juki's working hypothesis: weights 5,4,3,2,7,6,5,4,3,2, remainder ≤ 1 → 0, else 11 − remainder"
}

/**
 * 住民票コード must be 11 digits (10 + 検査数字).
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = defineRule({
  id: "core.resident-code.length",
  tag: "InvalidLength",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "住民票コードの桁数", en: "Resident record code length" },
  message: {
    ja: "住民票コードは11桁です（入力は{length}桁）",
    en: "A resident record code has 11 digits (got {length})"
  }
})

/**
 * 住民票コード consists of ASCII digits only (after compaction).
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "core.resident-code.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "住民票コードの形式", en: "Resident record code format" },
  message: { ja: "住民票コードは数字のみで構成されます", en: "A resident record code consists of digits only" }
})

/**
 * Only with `{ checksum: "assumed-mod11" }`: the 11th digit matches
 * {@link checkDigit}. UNVERIFIED (告示第436号 not obtained), basis
 * `verified: false`.
 *
 * @category rules
 * @since 0.1.0
 */
export const Checksum = defineRule({
  id: "core.resident-code.checksum",
  tag: "InvalidChecksum",
  severity: "error",
  basis: [BASIS_CHECK],
  title: { ja: "住民票コードの検査数字（推定式）", en: "Resident record code check digit (assumed formula)" },
  message: {
    ja: "住民票コードの検査数字が推定式（未確認）と一致しません",
    en: "The resident record code check digit does not match the assumed (UNVERIFIED) formula"
  }
})

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format, Checksum] as const

/**
 * A 住民票コード in canonical form (11 ASCII digits).
 *
 * @category models
 * @since 0.1.0
 */
export type ResidentCode = string & Brand.Brand<"ResidentCode">

/**
 * Which checksum {@link validate} applies: `"none"` (default, form only) or
 * `"assumed-mod11"` (juki's UNVERIFIED working hypothesis, {@link checkDigit}).
 *
 * @category models
 * @since 0.1.0
 */
export type ChecksumMode = "none" | "assumed-mod11"

/**
 * Options of {@link validate} and {@link isValid}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly checksum: ChecksumMode
}

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const

/**
 * **UNVERIFIED working hypothesis**, not the law: the check digit that
 * 平成14年総務省告示第436号 *might* define, assumed to be the 個人番号 rule
 * over 10 digits (weights 5,4,3,2,7,6,5,4,3,2 left to right, i.e. 2–7 then
 * 2–5 from the right; remainder 0 or 1 gives 0, otherwise 11 − remainder).
 * Returns `undefined` when the base is not 10 ASCII digits. Use it to build
 * test data, not to reject real codes.
 *
 * **Example**
 *
 * ```ts
 * import { ResidentCode } from "@juki/core"
 * ResidentCode.checkDigit("4406000949") // => 7 (assumed)
 * ```
 *
 * @category check digits
 * @since 0.1.0
 */
export const checkDigit = (base: string): number | undefined => {
  if (typeof base !== "string" || !isAsciiDigits(base, 10)) return undefined
  const r = weightedSum(base, WEIGHTS) % 11
  return r <= 1 ? 0 : 11 - r
}

const check = (value: string, options: Options): JukiError | undefined => {
  if (value.length !== 11) return makeError(Length, { input: value, params: { length: value.length } })
  if (!isAsciiDigits(value)) return makeError(Format, { input: value })
  if (options.checksum === "assumed-mod11" && checkDigit(value.slice(0, 10)) !== value.charCodeAt(10) - 48) {
    return makeError(Checksum, { input: value })
  }
  return undefined
}

const spec: IdentifierSpec<"ResidentCode", Options> = {
  brand: "ResidentCode",
  label: { ja: "住民票コード", en: "Resident record code" },
  check,
  defaults: { checksum: "none" }
}

/**
 * Normalises input: white space, hyphens and look-alikes removed, full-width
 * digits to ASCII. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const compact: (input: unknown) => string = /*#__PURE__*/ identifierCompact(spec)

/**
 * Compacts, then checks 11 ASCII digits (and, with `{ checksum:
 * "assumed-mod11" }`, the UNVERIFIED assumed check digit). Returns the
 * branded code or the first {@link JukiError}. Never throws.
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
 * Display form: the 11 digits (no official grouping is known).
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form: only the last 4 digits visible (`*******9497`).
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form (11 ASCII digits, no checksum).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema = /*#__PURE__*/ identifierSchema(spec)

/**
 * Names of the module: 住民票コード / Resident record code.
 *
 * @category models
 * @since 0.1.0
 */
export const label = spec.label

/**
 * Brand name `ResidentCode`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand = spec.brand
