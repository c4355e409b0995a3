/**
 * Format checks of the 本人確認情報 items, delegated to the identifier modules
 * of `@juki/core` and `@juki/mynumber` (one home per identifier rule).
 *
 * @since 0.1.0
 * @internal
 */
import {
  AtenaNumber,
  HouseholdNumber,
  LocalGovernmentCode,
  makeError,
  PostalCode,
  ResidenceCardNumber,
  ResidentCode,
  SpecialPermanentResidentCertificateNumber,
  type JukiError,
  type RuleDefinition
} from "@juki/core"
import { MyNumber } from "@juki/mynumber"
import { Result } from "effect"
import type { ResidentRecord } from "../../models/index.js"
import { NONE, type RecordContext } from "../types.js"

type Validate = (input: unknown) => Result.Result<string, JukiError>

/** Memoises a validator for values that repeat across a registry (市町村コード, 郵便番号). */
const memo = (v: Validate): Validate => {
  const cache = new Map<string, Result.Result<string, JukiError>>()
  return (input) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the memo only saves work; validating again gives the same result
    if (typeof input !== "string") return v(input)
    let r = cache.get(input)
    // Stryker disable next-line ConditionalExpression: the memo only saves work; validating again gives the same result
    if (r === undefined) {
      r = v(input)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the memo's memory; a cleared or never-cleared memo gives the same results
      if (cache.size > 10_000) cache.clear()
      cache.set(input, r)
    }
    return r
  }
}

const municipalityCode = memo(LocalGovernmentCode.validate)
const postalCode = memo(PostalCode.validate)

/** Validates one item: a failure or a non-canonical form (separators, full width) is a format error. */
const one = (
  out: Array<JukiError>,
  rule: RuleDefinition,
  prefix: ReadonlyArray<string | number>,
  keys: ReadonlyArray<string>,
  item: string,
  value: string | undefined,
  before: string | undefined,
  validate: Validate
): void => {
  if (value === undefined || value === "" || value === before) return
  const r = validate(value)
  if (Result.isSuccess(r) && r.success === value) return
  const path = [...prefix, ...keys]
  const names = { item: keys.join("."), itemJa: item }
  if (Result.isFailure(r))
    out.push(makeError(rule, { path, input: value, params: { ...names, cause: r.failure.code } }))
  else out.push(makeError(rule, { path, input: value, params: { ...names, cause: "non-canonical form" } }))
}

const K_RC = ["residentCode"]
const K_MN = ["myNumber"]
const K_MC = ["address", "municipalityCode"]
const K_PC = ["address", "postalCode"]
const K_PMC = ["previousAddress", "municipalityCode"]
const K_CARD = ["status", "cardNumber"]
const K_SPR = ["status", "certificateNumber"]
const K_ATENA = ["atenaNumber"]
const K_HH = ["householdNumber"]

/** Checks the identifier items of a record that are new or changed. */
const scratch: Array<JukiError> = []

export const checkItemFormats = (
  r: ResidentRecord,
  ctx: RecordContext,
  rule: RuleDefinition
): ReadonlyArray<JukiError> => {
  const out = scratch
  out.length = 0
  const b = ctx.before
  const p = ctx.path
  const o = ctx.options.identifiers
  one(out, rule, p, K_RC, "住民票コード", r.residentCode, b?.residentCode, (v) =>
    ResidentCode.validate(v, o.residentCode)
  )
  one(out, rule, p, K_MN, "個人番号", r.myNumber, b?.myNumber, MyNumber.validate)
  one(out, rule, p, K_MC, "市町村コード", r.address.municipalityCode, b?.address.municipalityCode, municipalityCode)
  one(out, rule, p, K_PC, "郵便番号", r.address.postalCode, b?.address.postalCode, postalCode)
  one(
    out,
    rule,
    p,
    K_PMC,
    "転入前住所の市町村コード",
    r.previousAddress?.abroad === true ? undefined : r.previousAddress?.municipalityCode,
    b?.previousAddress?.municipalityCode,
    municipalityCode
  )
  if (r.kind === "foreign") {
    const s = r.status
    const bs = b?.kind === "foreign" ? b.status : undefined
    if (s.kubun === "mid-to-long-term")
      one(
        out,
        rule,
        p,
        K_CARD,
        "在留カード番号",
        s.cardNumber,
        bs?.kubun === "mid-to-long-term" ? bs.cardNumber : undefined,
        ResidenceCardNumber.validate
      )
    else if (s.kubun === "special-permanent")
      one(
        out,
        rule,
        p,
        K_SPR,
        "特別永住者証明書番号",
        s.certificateNumber,
        bs?.kubun === "special-permanent" ? bs.certificateNumber : undefined,
        SpecialPermanentResidentCertificateNumber.validate
      )
  }
  if (ctx.isNew)
    one(out, rule, p, K_ATENA, "宛名番号", r.atenaNumber, undefined, (v) => AtenaNumber.validate(v, o.atenaNumber))
  if (ctx.isNewHousehold)
    one(out, rule, p, K_HH, "世帯番号", r.householdNumber, undefined, (v) =>
      HouseholdNumber.validate(v, o.householdNumber)
    )
  // Stryker disable next-line ConditionalExpression,EqualityOperator: NONE only spares an empty array; splice(0) of none is an empty one too
  return out.length === 0 ? NONE : out.splice(0)
}
