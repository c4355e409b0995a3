/**
 * `certificates.convenience.item`: a certificate printed at a convenience store
 * shows neither 個人番号 nor 住民票コード, and no 異動履歴.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { notice, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const ConvenienceItem = defineRule({
  id: "certificates.convenience.item",
  tag: "RuleViolation",
  severity: "error",
  basis: [notice("地方公共団体情報システム機構 証明書コンビニ交付 (記載できない事項)", "service terms, not law")],
  title: { ja: "コンビニ交付の記載事項", en: "Convenience-store issue: items" },
  message: {
    ja: "コンビニ交付の証明書には{item}を記載できません",
    en: "A convenience-store certificate cannot show {item}"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  if (c.request.channel !== "convenience-store") return []
  const out: Array<JukiError> = c.request.items.flatMap((item, i) =>
    item === "my-number" || item === "resident-code"
      ? [makeError(ConvenienceItem, { path: ["items", i], params: { item } })]
      : []
  )
  if (c.request.history === "full")
    out.push(makeError(ConvenienceItem, { path: ["history"], params: { item: "history" } }))
  return out
}

/** @category rules @since 0.1.0 */
export const convenienceItem: CertificateRule = { rule: ConvenienceItem, check }
