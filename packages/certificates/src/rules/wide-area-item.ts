/**
 * `certificates.wide-area.item`: a 住民票の写し of 広域交付 leaves out 第7条第5号
 * (本籍・筆頭者), 第9号から第12号まで and 第14号 (the 政令 items: 旧氏, 通称) by
 * law; they cannot be asked for.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import type { Context } from "../project/context.js"
import { law, unverified, type CertificateRule } from "./types.js"

/** Items 12条の4第1項 leaves out of a 広域交付 住民票の写し. */
export const WIDE_AREA_EXCLUDED: ReadonlyArray<string> = ["honseki", "former-surname", "alias"]

/** @category rules @since 0.1.0 */
export const WideAreaItem = defineRule({
  id: "certificates.wide-area.item",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    law(
      "住民基本台帳法 第12条の4第1項 (第七条第五号、第九号から第十二号まで及び第十四号に掲げる事項の記載を省略したもの)"
    ),
    unverified(
      "住民基本台帳法施行令 第30条の13, 第30条の26 (旧氏・通称 as 7条14号 items)",
      "that 旧氏 and 通称 are 7条14号 items was not read"
    )
  ],
  title: { ja: "広域交付の記載事項", en: "Wide-area issue: items" },
  message: { ja: "広域交付の住民票の写しには{item}を記載できません", en: "A wide-area 住民票の写し cannot show {item}" }
})

const check = (c: Context): ReadonlyArray<JukiError> =>
  c.request.channel !== "wide-area"
    ? []
    : c.request.items.flatMap((item, i) =>
        WIDE_AREA_EXCLUDED.includes(item) ? [makeError(WideAreaItem, { path: ["items", i], params: { item } })] : []
      )

/** @category rules @since 0.1.0 */
export const wideAreaItem: CertificateRule = { rule: WideAreaItem, check }
