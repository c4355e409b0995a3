/**
 * `certificates.wide-area.kind`: 広域交付 issues only 住民票の写し (12条の4), not
 * 記載事項証明書, 除票の写し, 転出証明書 or 住民票コード通知書.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const WideAreaKind = defineRule({
  id: "certificates.wide-area.kind",
  tag: "RuleViolation",
  severity: "error",
  basis: [law("住民基本台帳法 第12条の4第1項 (住民票の写し)")],
  title: { ja: "広域交付の証明書", en: "Wide-area issue: kind" },
  message: {
    ja: "広域交付で交付できるのは住民票の写しのみです（{kind}は不可）",
    en: "Wide-area issue gives only 住民票の写し ({kind} is not available)"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> =>
  c.request.channel === "wide-area" && c.request.kind !== "juminhyo"
    ? [makeError(WideAreaKind, { path: ["kind"], params: { kind: c.request.kind } })]
    : []

/** @category rules @since 0.1.0 */
export const wideAreaKind: CertificateRule = { rule: WideAreaKind, check }
