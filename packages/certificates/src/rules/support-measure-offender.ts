/**
 * `certificates.support-measure.offender`: a certificate that covers a person
 * protected by a DV等 支援措置 is not issued to a 加害者 the measure names,
 * whatever the route (本人等, 代理人 or 第三者) and channel.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { inForce, namesRequester } from "../project/measures.js"
import { notice, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const SupportMeasureOffender = defineRule({
  id: "certificates.support-measure.offender",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    notice(
      "住民基本台帳事務処理要領 第6-10 (DV等支援措置)",
      "the 要領 text was not read; the measure, its period and persons are the registry's data"
    ),
    {
      kind: "law",
      cite: "住民基本台帳法 第12条第6項, 第12条の3第7項 (不当な目的の請求の拒否)",
      verified: false,
      note: "UNVERIFIED: paragraph numbers not read"
    }
  ],
  title: { ja: "支援措置の加害者からの請求", en: "Request by a named offender" },
  message: {
    ja: "支援措置（{measure}）の対象者の証明書は、措置が定める加害者には交付できません",
    en: "A certificate covering a person protected by measure {measure} is not issued to an offender it names"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const date = String(c.request.date)
  return c.measures.flatMap((m) => {
    if (!inForce(m, date) || !namesRequester(m, c.request)) return []
    return c.persons.flatMap((p, i) =>
      m.protected.includes(p.atenaNumber)
        ? [makeError(SupportMeasureOffender, { path: ["persons", i], params: { measure: m.id } })]
        : []
    )
  })
}

/** @category rules @since 0.1.0 */
export const supportMeasureOffender: CertificateRule = { rule: SupportMeasureOffender, check }
