/**
 * `certificates.person.not-recorded`: a person the request names was not
 * recorded on the day asked (or the 世帯 had no member that day).
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const PersonNotRecorded = defineRule({
  id: "certificates.person.not-recorded",
  tag: "RuleViolation",
  severity: "error",
  basis: [law("住民基本台帳法 第12条第1項 (住民基本台帳に記録されている者)")],
  title: { ja: "対象者の記録", en: "Person recorded" },
  message: {
    ja: "請求の対象者が{date}時点で記録されていません",
    en: "A person asked for was not recorded on {date}"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const date = String(c.request.date)
  if (c.persons.length === 0) return [makeError(PersonNotRecorded, { path: ["persons"], params: { date } })]
  return c.persons.flatMap((p, i) =>
    p.state === "none"
      ? [makeError(PersonNotRecorded, { path: ["persons", i], params: { date }, input: p.atenaNumber })]
      : []
  )
}

/** @category rules @since 0.1.0 */
export const personNotRecorded: CertificateRule = { rule: PersonNotRecorded, check }
