/**
 * `certificates.wide-area.requester`: 広域交付 (住基法12条の4) is for 本人 or a
 * 同一世帯員 in person, with a 個人番号カード or the document of the 総務省令;
 * not for a 代理人, 国等 or 第三者.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const WideAreaRequester = defineRule({
  id: "certificates.wide-area.requester",
  tag: "RuleViolation",
  severity: "error",
  basis: [law("住民基本台帳法 第12条の4第1項 (自己又は自己と同一の世帯に属する者に係る住民票の写し)")],
  title: { ja: "広域交付の請求者", en: "Wide-area issue: requester" },
  message: {
    ja: "広域交付は本人又は同一世帯員が請求するものに限られます（{requester}は不可）",
    en: "Wide-area issue is only for the person or a household member ({requester} may not ask)"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const who = c.request.requester.kind
  return c.request.channel === "wide-area" && who !== "self" && who !== "household-member"
    ? [makeError(WideAreaRequester, { path: ["requester", "kind"], params: { requester: who } })]
    : []
}

/** @category rules @since 0.1.0 */
export const wideAreaRequester: CertificateRule = { rule: WideAreaRequester, check }
