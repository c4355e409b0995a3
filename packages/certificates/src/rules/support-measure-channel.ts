/**
 * `certificates.support-measure.channel`: while a 支援措置 is in force the
 * protected person's certificates are issued only after the counter's strict
 * identity check, so コンビニ交付 and 広域交付 are stopped for them.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { inForce } from "../project/measures.js"
import { notice, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const SupportMeasureChannel = defineRule({
  id: "certificates.support-measure.channel",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    notice("住民基本台帳事務処理要領 第6-10 (支援措置: 広域交付・コンビニ交付の停止)", "the 要領 text was not read")
  ],
  title: { ja: "支援措置対象者の交付経路", en: "Channel for a protected person" },
  message: {
    ja: "支援措置（{measure}）の対象者の証明書は{channel}では交付できません",
    en: "A certificate covering a person protected by measure {measure} is not issued through {channel}"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const channel = c.request.channel
  if (channel !== "convenience-store" && channel !== "wide-area") return []
  const date = String(c.request.date)
  return c.measures.flatMap((m) =>
    inForce(m, date)
      ? c.persons.flatMap((p, i) =>
          m.protected.includes(p.atenaNumber)
            ? [makeError(SupportMeasureChannel, { path: ["persons", i], params: { measure: m.id, channel } })]
            : []
        )
      : []
  )
}

/** @category rules @since 0.1.0 */
export const supportMeasureChannel: CertificateRule = { rule: SupportMeasureChannel, check }
