/**
 * `certificates.kind.requester`: a 転出証明書 is issued to the person moving out
 * (本人, a 同一世帯員 or their 代理人), a 住民票コード通知書 to 本人 only; neither
 * to a 国等 or a 第三者.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { unverified, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const KindRequester = defineRule({
  id: "certificates.kind.requester",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    unverified("住民基本台帳法施行令 第23条 (転出証明書)", "the article was not read"),
    unverified("住民基本台帳法 第30条の3第3項 (住民票コードの通知)", "the paragraph was not read")
  ],
  title: { ja: "証明書の種類と請求者", en: "Certificate kind and requester" },
  message: { ja: "{kind}は{requester}には交付できません", en: "A {kind} is not issued to {requester}" }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const who = c.request.requester.kind
  const kind = c.request.kind
  const bad =
    (kind === "tenshutsu" && (who === "government" || who === "third-party")) ||
    (kind === "code-notice" && who !== "self")
  return bad ? [makeError(KindRequester, { path: ["requester", "kind"], params: { kind, requester: who } })] : []
}

/** @category rules @since 0.1.0 */
export const kindRequester: CertificateRule = { rule: KindRequester, check }
