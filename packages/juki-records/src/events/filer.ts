/**
 * 届出人 (filer) of an event: who made a 届出 and in what capacity.
 *
 * @since 0.2.0
 * @module
 */
import { Schema as S } from "effect"

const Str = S.String
const opt = S.optionalKey

/**
 * 届出人: who made a 届出 and in what capacity (法26条, 27条). `relation`:
 * `self` (本人), `head` (世帯主), `member` (世帯員 of the same 世帯),
 * `agent` (代理人: needs `powerOfAttorney`, the 委任状), or
 * `legal-representative` (法定代理人 of a minor or 成年被後見人: needs
 * `proofOfRepresentation`). `atenaNumber` names the filer when a resident
 * (checked against the 世帯); `name` is free text for anyone else.
 *
 * @category schemas
 * @since 0.2.0
 */
export const Filer = S.Struct({
  relation: S.Literals(["self", "head", "member", "agent", "legal-representative"]),
  atenaNumber: opt(Str),
  name: opt(Str),
  powerOfAttorney: opt(S.Boolean),
  proofOfRepresentation: opt(S.Boolean)
})

/** @category models @since 0.2.0 */
export type Filer = typeof Filer.Type
