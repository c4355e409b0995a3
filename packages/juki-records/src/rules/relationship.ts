/**
 * The `records.relationship.*` rules: 続柄 vocabulary (標準仕様書 1.1.11).
 *
 * Examples: `relationship.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/relationship.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import { std } from "../basis.js"
import { classify } from "../relationship/index.js"
import { isPresent } from "../registry/index.js"
import { NONE, type RecordRule } from "./types.js"
import { rule, at } from "./internal/define.js"

const relationshipRule = (
  id: string,
  problem: "unknown" | "forbidden" | "chain-length",
  title: { ja: string; en: string },
  message: { ja: string; en: string },
  description: { ja: string; en: string }
): RecordRule => {
  const self: RecordRule = rule({
    id,
    tag: "InvalidComponent",
    severity: "error",
    group: "relationship",
    basis: [std("1.1.11")],
    title,
    message,
    description,
    reads: ["relationship"],
    onRecord: (r, ctx) => {
      if (!isPresent(r, ctx.asOf)) return NONE
      const c = classify(r.relationship)
      if (c.ok || c.problem !== problem) return NONE
      return [at(self, [...ctx.path, "relationship"], c.problem === "chain-length" ? { links: c.links } : {})]
    }
  })
  return self
}

/**
 * 続柄 must be 世帯主, a base term, a chain of base terms, 縁故者 or 同居人.
 *
 * @category rules
 * @since 0.1.0
 */
export const RelationshipVocabulary = relationshipRule(
  "records.relationship.vocabulary",
  "unknown",
  { ja: "続柄の語彙", en: "Relationship vocabulary" },
  {
    ja: "続柄は標準仕様書1.1.11の語彙で記載してください（長男・長女・養子も「子」）",
    en: "Write the 続柄 with the vocabulary of 標準仕様書 1.1.11 (長男, 長女 and 養子 are all 子)"
  },
  {
    ja: "続柄は ①世帯主 ②夫・妻・夫（未届）・妻（未届）・子・子（子の夫）・子（子の妻）・父・母・兄・姉・弟・妹 ③②を「の」で4つまでつないだもの ④縁故者 ⑤同居人 のいずれか。",
    en: "A 続柄 is ① 世帯主, ② 夫, 妻, 夫（未届）, 妻（未届）, 子, 子（子の夫）, 子（子の妻）, 父, 母, 兄, 姉, 弟, 妹, ③ up to four ② joined by の, ④ 縁故者 or ⑤ 同居人."
  }
)

/**
 * 祖父, 祖母, おじ, おば, 甥, 姪, 孫, 家事使用人, 準世帯主 must not be used.
 *
 * @category rules
 * @since 0.1.0
 */
export const RelationshipForbidden = relationshipRule(
  "records.relationship.forbidden-term",
  "forbidden",
  { ja: "使用しない続柄", en: "Forbidden relationship term" },
  {
    ja: "祖父・祖母・おじ・おば・甥・姪・孫・家事使用人・準世帯主は続柄に使用しません（例: 孫→子の子）",
    en: "祖父, 祖母, おじ, おば, 甥, 姪, 孫, 家事使用人 and 準世帯主 are not used (e.g. 孫 → 子の子)"
  },
  {
    ja: "祖父・祖母・おじ（伯父・叔父）・おば（伯母・叔母）・甥・姪・孫・家事使用人・準世帯主は使用しない。",
    en: "祖父, 祖母, おじ (伯父, 叔父), おば (伯母, 叔母), 甥, 姪, 孫, 家事使用人 and 準世帯主 must not be used."
  }
)

/**
 * Chains of five or more links are written 縁故者.
 *
 * @category rules
 * @since 0.1.0
 */
export const RelationshipChainLength = relationshipRule(
  "records.relationship.chain-length",
  "chain-length",
  { ja: "続柄の連結数", en: "Relationship chain length" },
  {
    ja: "続柄の連結は4つまでです（{links}つ）。縁故者と記載してください",
    en: "A 続柄 chain has at most 4 links (got {links}): write 縁故者"
  },
  {
    ja: "「の」でつなぐのは4つまで（子の子の子の子）。5つ以上は縁故者とする。",
    en: "At most four links joined by の (子の子の子の子); five or more are written 縁故者."
  }
)
