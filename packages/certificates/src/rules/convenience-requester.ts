/**
 * `certificates.convenience.requester`: コンビニ交付 runs on the requester's own
 * 個人番号カード (利用者証明用電子証明書): only 本人, or 本人 for the members of
 * the own 世帯; no 代理人, 国等 or 第三者.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, notice, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const ConvenienceRequester = defineRule({
  id: "certificates.convenience.requester",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    law("住民基本台帳法 第12条第1項"),
    notice(
      "地方公共団体情報システム機構 証明書コンビニ交付 (利用者証明用電子証明書による本人確認)",
      "service terms, not law; per municipality"
    )
  ],
  title: { ja: "コンビニ交付の請求者", en: "Convenience-store issue: requester" },
  message: {
    ja: "コンビニ交付は本人又は同一世帯員が自らの個人番号カードで請求するものに限られます（{requester}は不可）",
    en: "Convenience-store issue is only for the person or a household member with their own card ({requester} may not ask)"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const who = c.request.requester.kind
  return c.request.channel === "convenience-store" && who !== "self" && who !== "household-member"
    ? [makeError(ConvenienceRequester, { path: ["requester", "kind"], params: { requester: who } })]
    : []
}

/** @category rules @since 0.1.0 */
export const convenienceRequester: CertificateRule = { rule: ConvenienceRequester, check }
