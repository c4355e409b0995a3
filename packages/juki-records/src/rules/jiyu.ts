/**
 * The `records.jiyu.*` rules: 異動事由 of 標準仕様書 1.2.2: names, 転居取消, scope.
 *
 * Examples: `jiyu.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/jiyu.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { std } from "../basis.js"
import { Forbidden, InvalidMapping, Unknown, info } from "../jiyu/index.js"
import type { RecordRule } from "./types.js"
import { rule, at, jiyuP } from "./internal/define.js"

/**
 * A 事由 limited to 日本人住民 or 外国人住民 used for the other kind.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuScope = rule({
  id: "records.jiyu.scope",
  tag: "RuleViolation",
  severity: "error",
  group: "jiyu",
  basis: [std("1.2.2")],
  title: { ja: "事由の対象者", en: "Who a reason applies to" },
  message: {
    ja: "異動事由「{jiyuJa}」は{scopeJa}にのみ使えます",
    en: 'The reason "{jiyu}" applies to {scope} only'
  },
  description: {
    ja: "職権記載（帰化等）・職権消除（国籍喪失）・旧氏は日本人住民のみ、職権記載（国籍喪失）・職権消除（帰化等）・通称は外国人住民のみ。",
    en: "職権記載（帰化等）, 職権消除（国籍喪失） and 旧氏 apply to Japanese residents only; 職権記載（国籍喪失）, 職権消除（帰化等） and 通称 to foreign residents only."
  },
  events: ["create", "modify", "remove"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const s of ctx.steps) {
      const i = info(s.jiyu)
      if (i.scope === "all") continue
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral,LogicalOperator: on the events this rule runs on (create, modify, remove) a step keeps its record's kind (only nationality-change, not dispatched here, changes it), so before and after name the same kind
      const kind = (s.op === "create" ? s.after : (s.before ?? s.after)).kind
      if (kind !== i.scope)
        out.push(
          at(JiyuScope, s.path, {
            ...jiyuP(s.jiyu),
            scope: i.scope === "japanese" ? "Japanese residents" : "foreign residents",
            scopeJa: i.scope === "japanese" ? "日本人住民" : "外国人住民"
          })
        )
    }
    return out
  }
})

const asCatalogue = (
  r: {
    id: string
    tag: RecordRule["tag"]
    severity: RecordRule["severity"]
    basis: RecordRule["basis"]
    title: RecordRule["title"]
    message: RecordRule["message"]
  },
  group: RecordRule["group"],
  description: RecordRule["description"],
  checkedBy: string
): RecordRule => ({ ...r, group, description, checkedBy }) as RecordRule

/**
 * `records.jiyu.unknown`: the 1.2.2 categories are closed, an unknown
 * 異動事由 name is rejected. Declared as `Jiyu.Unknown` (jiyu/table.ts),
 * which `Jiyu.fromName` reports; listed here with its description.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuUnknown = asCatalogue(
  Unknown,
  "jiyu",
  {
    ja: "異動事由は標準仕様書1.2.2の37分類（記載9・消除9・修正19）のいずれか。",
    en: "A 異動事由 is one of the 37 categories of 標準仕様書 1.2.2 (9 記載, 9 消除, 19 修正)."
  },
  "Jiyu.fromName, Event.decode"
)

/**
 * `records.jiyu.forbidden`: 転居取消 is not a category. Declared as
 * `Jiyu.Forbidden` (jiyu/table.ts), which `Jiyu.fromName` reports.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuForbidden = asCatalogue(
  Forbidden,
  "jiyu",
  {
    ja: "転居取消という事由は実装しない。転居は異動の取消し（修正）で取り消す。",
    en: "There is no 転居取消 category; a 転居 is undone with 異動の取消し（修正）."
  },
  "Jiyu.fromName, Event.decode"
)

/**
 * `records.jiyu.mapping`: malformed vendor code mapping tables. Declared as
 * `Jiyu.InvalidMapping` (jiyu/mapping.ts), which `Jiyu.validateMapping`
 * reports.
 *
 * @category rules
 * @since 0.1.0
 */
export const JiyuMappingRule = asCatalogue(
  InvalidMapping,
  "jiyu",
  {
    ja: "ベンダー・CSの異動事由コードとの対応表は、既知の事由への対応のみ・コード重複なし・転居取消なし。",
    en: "A vendor or CS code mapping maps each code once, onto a known category, never onto 転居取消."
  },
  "Jiyu.validateMapping"
)
