/**
 * `certificates.convenience.kind`: コンビニ交付 issues 住民票の写し and 住民票記載
 * 事項証明書 only; 除票の写し, 転出証明書 and 住民票コード通知書 are issued at the
 * counter or by mail.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { notice, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const ConvenienceKind = defineRule({
  id: "certificates.convenience.kind",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    notice(
      "地方公共団体情報システム機構 証明書コンビニ交付 (交付できる証明書)",
      "service terms, not law; municipalities choose which certificates they offer"
    )
  ],
  title: { ja: "コンビニ交付の証明書", en: "Convenience-store issue: kind" },
  message: { ja: "コンビニ交付では{kind}を交付できません", en: "A {kind} is not issued at a convenience store" }
})

const check = (c: Context): ReadonlyArray<JukiError> =>
  c.request.channel === "convenience-store" && c.request.kind !== "juminhyo" && c.request.kind !== "kisai-jiko"
    ? [makeError(ConvenienceKind, { path: ["kind"], params: { kind: c.request.kind } })]
    : []

/** @category rules @since 0.1.0 */
export const convenienceKind: CertificateRule = { rule: ConvenienceKind, check }
