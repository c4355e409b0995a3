/**
 * `certificates.removed.household-form`: a 除票 is the record of one person, so a
 * 除票の写し or 除票記載事項証明書 is issued per person (個人票), never as a
 * 世帯連記式.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { isRemovedKind, type Context } from "../project/context.js"
import { unverified, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const RemovedHouseholdForm = defineRule({
  id: "certificates.removed.household-form",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    unverified(
      "住民基本台帳法 第15条の4 (除票の写し)",
      "the article number of 除票の写し and its form were not confirmed in the primary text"
    )
  ],
  title: { ja: "除票の写しの様式", en: "Form of a 除票 certificate" },
  message: {
    ja: "除票の写しは世帯連記式では交付できません（個人票）",
    en: "A 除票 certificate is issued per person, not as a household form"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> =>
  isRemovedKind(c.request) && c.request.form === "household"
    ? [makeError(RemovedHouseholdForm, { path: ["form"] })]
    : []

/** @category rules @since 0.1.0 */
export const removedHouseholdForm: CertificateRule = { rule: RemovedHouseholdForm, check }
