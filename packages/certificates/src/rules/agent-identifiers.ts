/**
 * `certificates.agent.identifiers`: 個人番号 and 住民票コード are printed only
 * when 本人 or a 同一世帯員 asks for them; a 代理人 does not get them, on any
 * channel (the protective default: practice mails such a certificate to the
 * person's address instead, so 本人 should ask by mail).
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { notice, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const AgentIdentifiers = defineRule({
  id: "certificates.agent.identifiers",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    notice(
      "住民基本台帳事務処理要領 (個人番号を記載した住民票の写しの代理人への交付: 住所あて郵送)",
      "the 要領 text was not read; juki refuses instead (protective default)"
    )
  ],
  title: { ja: "代理人請求の個人番号", en: "Identifiers asked by an agent" },
  message: {
    ja: "代理人の請求では{item}を記載できません（本人又は同一世帯員が請求してください）",
    en: "A request by an agent cannot include {item} (the person or a household member must ask)"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> =>
  c.request.requester.kind !== "agent"
    ? []
    : c.request.items.flatMap((item, i) =>
        item === "my-number" || item === "resident-code"
          ? [makeError(AgentIdentifiers, { path: ["items", i], params: { item } })]
          : []
      )

/** @category rules @since 0.1.0 */
export const agentIdentifiers: CertificateRule = { rule: AgentIdentifiers, check }
