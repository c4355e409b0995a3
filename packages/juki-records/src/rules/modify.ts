/**
 * The `records.modify.*` rules: Items each 修正 事由 may change.
 *
 * Examples: `modify.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/modify.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { std } from "../basis.js"
import type { Event } from "../events/index.js"
import { info } from "../jiyu/index.js"
import { changedItems, groupOf, HOUSEHOLD_JIYU, kindHasItem } from "./internal/helpers.js"
import { rule, at, jiyuP } from "./internal/define.js"
import { BASIS } from "../basis.js"
import { deepEqual } from "./internal/helpers.js"

/**
 * An update may change only the items its 異動事由 allows.
 *
 * @category rules
 * @since 0.1.0
 */
export const ModifyAllowedFields = rule({
  id: "records.modify.allowed-fields",
  tag: "RuleViolation",
  severity: "error",
  group: "modify",
  basis: [std("1.2.2"), std("4.2.3.2", "軽微な修正: 氏名・住所の文字等のみ"), std("4.4")],
  title: { ja: "事由と変更項目", en: "Items a reason may change" },
  message: {
    ja: "異動事由「{jiyuJa}」では{item}を変更できません",
    en: 'The reason "{jiyu}" may not change {item}'
  },
  description: {
    ja: "修正の事由ごとに変更できる項目群が決まっている（例: 個人番号の変更請求は個人番号のみ、旧氏の記載は旧氏のみ、軽微な修正は氏名・住所のみ）。住民票の種別（日本人/外国人）にない項目も変更できない。転居と世帯変更等は専用の規則で検査する。",
    en: "Each modifying reason may change only its item groups (a 個人番号 change request only the 個人番号, a 旧氏 entry only the 旧氏, a 軽微な修正 only name and address). Items that the kind of 住民票 does not have cannot be set. 転居 and 世帯変更 have their own rules."
  },
  events: ["modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "modify" }>
    const mutable = info(e.jiyu).mutable
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      if (s.before === undefined) continue
      for (const item of s.changed ?? changedItems(s.before, s.after)) {
        const path = [...s.path.slice(0, 2), "set", item]
        if (!kindHasItem(s.before.kind, item)) {
          out.push(at(ModifyAllowedFields, path, { ...jiyuP(e.jiyu), item }))
          continue
        }
        if (e.jiyu === "move-within") continue
        const g = groupOf(item)
        if (g === "system") continue
        if (HOUSEHOLD_JIYU.has(e.jiyu) && (g === "household" || g === "address")) continue
        if (mutable === "all" ? g === "managed" : !mutable.includes(g))
          out.push(at(ModifyAllowedFields, path, { ...jiyuP(e.jiyu), item }))
      }
    }
    return out
  }
})

/**
 * A 転居 or any 修正 (職権修正 included) that changes the address keeps it in
 * this municipality: a 転居 stays within the 市町村 (法23条); leaving it is a
 * 転出 (法24条).
 *
 * @category rules
 * @since 0.2.0
 */
export const ModifyAddressMunicipality = rule({
  id: "records.modify.address-municipality",
  tag: "RuleViolation",
  severity: "error",
  group: "modify",
  basis: [BASIS.law23, BASIS.law24, BASIS.law8],
  title: { ja: "市町村外への住所変更", en: "Address outside the municipality" },
  message: {
    ja: "{jiyuJa}で住所をこの市町村（{municipality}）の外（{code}）に変えることはできません（市町村外への移動は転出）",
    en: "A {jiyu} cannot move the address out of this municipality ({municipality} → {code}): leaving it is a 転出"
  },
  description: {
    ja: "転居・職権修正など住所を変える修正で、新しい住所の市町村コードが台帳の市町村コードと異なればエラー。",
    en: "A 修正 that changes the address (転居, 職権修正 …) to an address whose 市町村コード differs from the registry's is an error."
  },
  events: ["modify"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      const before = s.before
      if (before === undefined || deepEqual(before.address, s.after.address)) continue
      const code = s.after.address.municipalityCode
      if (code !== ctx.registry.municipality)
        out.push(
          at(ModifyAddressMunicipality, [...s.path, "set", "address", "municipalityCode"], {
            ...jiyuP(s.jiyu),
            code,
            municipality: ctx.registry.municipality
          })
        )
    }
    return out
  }
})
