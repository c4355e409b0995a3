/**
 * `certificates.kind.state`: the kind does not match the person's state on
 * the day. A 住民票の写し, 記載事項証明書 or 住民票コード通知書 shows a 現存者 (a
 * 消除 person needs a 除票の写し); a 除票の写し shows a 消除 person; a 転出証明書
 * shows a person with a 転出届 (転出予定).
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { isRemovedKind, type Context } from "../project/context.js"
import { law, unverified, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const KindState = defineRule({
  id: "certificates.kind.state",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    law("住民基本台帳法 第12条第1項"),
    unverified(
      "住民基本台帳法 第15条の4 (除票の写し)",
      "the article number of 除票の写し was not confirmed in the primary text"
    ),
    unverified("住民基本台帳法施行令 第23条 (転出証明書)", "the article was not read")
  ],
  title: { ja: "証明書の種類と対象者の状態", en: "Certificate kind and person's state" },
  message: {
    ja: "{kind}は{state}の者について交付できません",
    en: "A {kind} cannot be issued for a person who is {state}"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const removedKind = isRemovedKind(c.request)
  return c.persons.flatMap((p, i) => {
    if (p.state === "none") return []
    let wrong = false
    if (c.request.kind === "tenshutsu") wrong = p.state !== "current" || p.record?.state !== "leaving"
    else wrong = removedKind ? p.state !== "removed" : p.state !== "current"
    const state = p.state === "removed" ? "removed" : p.record?.state === "leaving" ? "leaving" : "current"
    return wrong ? [makeError(KindState, { path: ["persons", i], params: { kind: c.request.kind, state } })] : []
  })
}

/** @category rules @since 0.1.0 */
export const kindState: CertificateRule = { rule: KindState, check }
