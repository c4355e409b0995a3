/**
 * `certificates.item.not-an-item`: an item was asked that no person on the
 * certificate has: 本籍・筆頭者 or 旧氏 only for 外国人住民 (戸籍の表示 is not an
 * item of 30条の45), or 通称 and the 30条の45 items only for Japanese residents.
 * In a mixed 世帯 the item is printed for those who have it and 省略 for the
 * others.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { itemInfo } from "../items/index.js"
import type { Context } from "../project/context.js"
import { law, type CertificateRule } from "./types.js"

/** @category rules @since 0.1.0 */
export const ItemNotAnItem = defineRule({
  id: "certificates.item.not-an-item",
  tag: "RuleViolation",
  severity: "error",
  basis: [law("住民基本台帳法 第30条の45 (外国人住民: 第7条第5号 戸籍の表示を除く)"), law("住民基本台帳法 第7条")],
  title: { ja: "記載事項でない項目", en: "Not an item of the record" },
  message: {
    ja: "{item}は対象者の住民票の記載事項ではありません",
    en: "{item} is not an item of the records asked for"
  }
})

const check = (c: Context): ReadonlyArray<JukiError> => {
  const kinds = new Set(c.persons.flatMap((p) => (p.record === undefined ? [] : [p.record.kind])))
  if (kinds.size === 0) return []
  return c.request.items.flatMap((item, i) => {
    const applies = itemInfo(item).appliesTo
    if (applies === "all") return []
    return kinds.has(applies) ? [] : [makeError(ItemNotAnItem, { path: ["items", i], params: { item } })]
  })
}

/** @category rules @since 0.1.0 */
export const itemNotAnItem: CertificateRule = { rule: ItemNotAnItem, check }
