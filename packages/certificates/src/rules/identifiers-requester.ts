/**
 * `certificates.identifiers.requester`: 個人番号 and 住民票コード are printed
 * only for 本人 or a 同一世帯員 (and their 代理人) who ask for them. A 国又は地方
 * 公共団体の機関 (12条の2) or a 第三者 (12条の3) never gets them.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, unverified, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const IdentifiersRequester = defineRule({
  id: "certificates.identifiers.requester",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    unverified("住民基本台帳法 第12条の2 (国等の請求)", "the paragraph that excludes 7条8号の2・13号 was not read"),
    unverified("住民基本台帳法 第12条の3 (第三者の請求)", "the paragraph that excludes 7条8号の2・13号 was not read"),
    law("行政手続における特定の個人を識別するための番号の利用等に関する法律 第19条 (提供の制限)")
  ],
  title: { ja: "個人番号・住民票コードの記載", en: "個人番号 and 住民票コード" },
  message: {
    ja: "{requester}の請求には{item}を記載できません",
    en: "A request by {requester} cannot include {item}"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const who = c.request.requester.kind
  if (who !== "government" && who !== "third-party") return []
  return c.request.items.flatMap((item, i) =>
    item === "my-number" || item === "resident-code"
      ? [makeError(IdentifiersRequester, { path: ["items", i], params: { requester: who, item } })]
      : []
  )
}

/** @category rules @since 0.1.0 */
export const identifiersRequester: CertificateRule = { rule: IdentifiersRequester, check }
