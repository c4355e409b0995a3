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
