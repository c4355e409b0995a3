/**
 * `certificates.household.outside`: by the 本人等 route (本人, 同一世帯員, their
 * 代理人) a certificate covers only the requester and the members of the
 * requester's 世帯 (for a 除票: a person who belonged to it). Anyone else is a
 * 第三者 request under 住基法12条の3.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { isOwnRoute, routeAtena, type Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const HouseholdOutside = defineRule({
  id: "certificates.household.outside",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    law("住民基本台帳法 第12条第1項 (自己又は自己と同一の世帯に属する者)"),
    law("住民基本台帳法 第12条の3 (第三者)")
  ],
  title: { ja: "本人等の範囲", en: "Own household only" },
  message: {
    ja: "本人等の請求では請求者の世帯に属さない者の証明書は交付できません（第三者請求によります）",
    en: "By the own-household route a certificate cannot cover a person outside the requester's household (a third-party request is needed)"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  if (!isOwnRoute(c.request)) return []
  const me = routeAtena(c.request)
  return c.persons.flatMap((p, i) => {
    if (p.state === "none" || p.atenaNumber === me) return []
    const inside = c.requesterHousehold !== undefined && p.record?.householdNumber === c.requesterHousehold
    return inside ? [] : [makeError(HouseholdOutside, { path: ["persons", i] })]
  })
}

/** @category rules @since 0.1.0 */
export const householdOutside: CertificateRule = { rule: HouseholdOutside, check }
