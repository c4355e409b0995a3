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
import type { ResidentRecord } from "../models/index.js"
import { NONE, type RecordContext } from "./types.js"

type Validate = (input: unknown) => Result.Result<string, JukiError>

/** Validates one item: a failure or a non-canonical form (separators, full width) is a format error. */
const one = (
  out: Array<JukiError>,
  rule: RuleDefinition,
  path: ReadonlyArray<string | number>,
  item: string,
  value: string | undefined,
  before: string | undefined,
  validate: Validate
): void => {
  if (value === undefined || value === "" || value === before) return
  const r = validate(value)
  if (Result.isFailure(r)) out.push(makeError(rule, { path, input: value, params: { item, cause: r.failure.code } }))
  else if (r.success !== value) out.push(makeError(rule, { path, input: value, params: { item, cause: "non-canonical form" } }))
}

/** Checks the identifier items of a record that are new or changed. */
export const checkItemFormats = (r: ResidentRecord, ctx: RecordContext, rule: RuleDefinition): ReadonlyArray<JukiError> => {
  const out: Array<JukiError> = []
  const b = ctx.before
  const p = ctx.path
  const o = ctx.options.identifiers
  one(out, rule, [...p, "residentCode"], "住民票コード", r.residentCode, b?.residentCode, (v) => ResidentCode.validate(v, o.residentCode))
  one(out, rule, [...p, "myNumber"], "個人番号", r.myNumber, b?.myNumber, MyNumber.validate)
  one(out, rule, [...p, "address", "municipalityCode"], "市町村コード", r.address.municipalityCode, b?.address.municipalityCode, LocalGovernmentCode.validate)
  one(out, rule, [...p, "address", "postalCode"], "郵便番号", r.address.postalCode, b?.address.postalCode, PostalCode.validate)
  one(
    out,
    rule,
    [...p, "previousAddress", "municipalityCode"],
    "転入前住所の市町村コード",
    r.previousAddress?.abroad === true ? undefined : r.previousAddress?.municipalityCode,
    b?.previousAddress?.municipalityCode,
    LocalGovernmentCode.validate
  )
  if (r.kind === "foreign") {
    const s = r.status
    const bs = b?.kind === "foreign" ? b.status : undefined
    if (s.kubun === "mid-to-long-term")
      one(out, rule, [...p, "status", "cardNumber"], "在留カード番号", s.cardNumber, bs?.kubun === "mid-to-long-term" ? bs.cardNumber : undefined, ResidenceCardNumber.validate)
    else if (s.kubun === "special-permanent")
      one(
        out,
        rule,
        [...p, "status", "certificateNumber"],
        "特別永住者証明書番号",
        s.certificateNumber,
        bs?.kubun === "special-permanent" ? bs.certificateNumber : undefined,
        SpecialPermanentResidentCertificateNumber.validate
      )
  }
  if (ctx.isNew) one(out, rule, [...p, "atenaNumber"], "宛名番号", r.atenaNumber, undefined, (v) => AtenaNumber.validate(v, o.atenaNumber))
  if (ctx.isNewHousehold)
    one(out, rule, [...p, "householdNumber"], "世帯番号", r.householdNumber, undefined, (v) => HouseholdNumber.validate(v, o.householdNumber))
  return out.length === 0 ? NONE : out
}
