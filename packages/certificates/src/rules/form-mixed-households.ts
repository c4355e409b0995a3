/**
 * `certificates.form.mixed-households`: a 世帯連記式 shows one 世帯; persons of
 * different 世帯 are issued on separate certificates.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const FormMixedHouseholds = defineRule({
  id: "certificates.form.mixed-households",
  tag: "RuleViolation",
  severity: "error",
  basis: [law("住民基本台帳法 第6条第1項 (個人を単位とする住民票を世帯ごとに編成)")],
  title: { ja: "世帯連記式の対象", en: "Household form: one household" },
  message: {
    ja: "世帯連記式には異なる世帯の者を記載できません",
    en: "A household form cannot show persons of different households"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  if (c.request.form !== "household") return []
  const households = new Set(c.persons.flatMap((p) => (p.record === undefined ? [] : [p.record.householdNumber])))
  return households.size > 1 ? [makeError(FormMixedHouseholds, { path: ["persons"] })] : []
}

/** @category rules @since 0.1.0 */
export const formMixedHouseholds: CertificateRule = { rule: FormMixedHouseholds, check }
