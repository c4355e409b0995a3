/**
 * The `records.registry.*` rules: The registry's plain-JSON form and one present record per person.
 *
 * Examples: `registry.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/registry.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, library, std } from "../basis.js"
import { idsOf } from "./internal/helpers.js"
import { rule, at, matched } from "./internal/define.js"

/**
 * At most one present 住民票 per person (住民票コード, 個人番号, card number).
 *
 * @category rules
 * @since 0.1.0
 */
export const RegistryUniquePerson = rule({
  id: "records.registry.unique-person",
  tag: "RuleViolation",
  severity: "error",
  group: "registry",
  basis: [BASIS.law6, BASIS.seedCsChecks, std("4.0.1")],
  title: { ja: "一人一票", en: "One record per person" },
  message: {
    ja: "同じ{matchedByJa}の現存する住民票が複数あります",
    en: "Several present records share one {matchedBy}"
  },
  description: {
    ja: "一人の者について現存する住民票は一つ。住民票コード・個人番号・在留カード等番号が同じ現存者が複数あればエラー。",
    en: "A person has at most one present record: two present records sharing a 住民票コード, 個人番号 or card number are an error."
  },
  onRegistry: (ctx) => {
    const out: Array<JukiError> = []
    const seen = new Map<string, number>()
    ctx.records.forEach((r, i) => {
      if (r.state === "removed") return
      for (const [p, v, name] of idsOf(r)) {
        const k = `${p}:${v}`
        if (seen.has(k)) out.push(at(RegistryUniquePerson, ["records", i], matched(name)))
        else seen.set(k, i)
      }
    })
    return out
  }
})

/**
 * A registry JSON that does not decode.
 *
 * @category rules
 * @since 0.1.0
 */
export const RegistryMalformed = rule({
  id: "records.registry.malformed",
  tag: "DecodeError",
  severity: "error",
  group: "registry",
  basis: [library("the plain-JSON form documented in Registry")],
  title: { ja: "台帳データの形式", en: "Registry shape" },
  message: { ja: "台帳データの形式が不正です: {detail}", en: "The registry data is malformed: {detail}" },
  description: {
    ja: "Registry.fromJSON が読む平文JSONの形（未知のキーは不可）。",
    en: "The plain-JSON form read by Registry.fromJSON (unknown keys are errors)."
  },
  checkedBy: "Registry.fromJSON"
})
