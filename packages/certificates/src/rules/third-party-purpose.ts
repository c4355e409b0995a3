/**
 * `certificates.third-party.purpose`: a 第三者 states its 利用目的 under 住基法
 * 12条の3 (自己の権利行使・義務履行, 国等への提出, その他正当な理由, or a 特定事務
 * 受任者 for its case); without one the request is refused.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const ThirdPartyPurposeRule = defineRule({
  id: "certificates.third-party.purpose",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    law("住民基本台帳法 第12条の3第1項各号, 第2項 (特定事務受任者)"),
    law("住民基本台帳法 第12条の3第4項 (利用の目的を明らかにして)")
  ],
  title: { ja: "第三者請求の利用目的", en: "Third-party purpose" },
  message: { ja: "第三者の請求には利用目的の区分が必要です", en: "A third-party request needs its purpose category" }
})

const check = (c: Context): ReadonlyArray<JukiError> =>
  c.request.requester.kind === "third-party" && c.request.requester.purpose === undefined
    ? [makeError(ThirdPartyPurposeRule, { path: ["requester", "purpose"] })]
    : []

/** @category rules @since 0.1.0 */
export const thirdPartyPurpose: CertificateRule = { rule: ThirdPartyPurposeRule, check }
