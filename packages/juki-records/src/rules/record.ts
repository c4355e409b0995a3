/**
 * The `records.record.*` rules: Required items of a 住民票 (標準仕様書 1.1.6).
 *
 * Examples: `record.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/record.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, std } from "../basis.js"
import { blank } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

/**
 * Items that must not be blank (標準仕様書 1.1.6).
 *
 * @category rules
 * @since 0.1.0
 */
export const RecordRequired = rule({
  id: "records.record.required",
  tag: "RuleViolation",
  severity: "error",
  group: "record",
  basis: [std("1.1.6"), std("1.1.12", "本籍: なし・不明 allowed"), BASIS.law7],
  title: { ja: "必須項目", en: "Required items" },
  message: { ja: "{itemJa}は必須です", en: "{item} is required" },
  description: {
    ja: "空欄不可: 氏名、生年月日、戸籍の表示（本籍・筆頭者。なし・不明可）、住民となった年月日、住所、住所を定めた年月日、住民票コード（除票を除く）、外国人住民となった年月日、国籍・地域、宛名番号、世帯番号、続柄。",
    en: "Never blank: 氏名, 生年月日, 戸籍の表示 (本籍 and 筆頭者; なし / 不明 allowed), 住民となった年月日, 住所, 住所を定めた年月日, 住民票コード (except on a 除票), 外国人住民となった年月日, 国籍・地域, 宛名番号, 世帯番号, 続柄."
  },
  reads: [
    "atenaNumber",
    "householdNumber",
    "relationship",
    "name",
    "birthDate",
    "address",
    "addressSince",
    "residentCode",
    "state",
    "honseki",
    "residentSince",
    "nationality",
    "foreignResidentSince"
  ],
  onRecord: (r, ctx) => {
    let out: Array<JukiError> | undefined
    const need = (ok: boolean, key: string, item: string, sub?: string): void => {
      if (!ok)
        (out ??= []).push(
          at(RecordRequired, sub === undefined ? [...ctx.path, key] : [...ctx.path, key, sub], {
            item: sub === undefined ? key : `${key}.${sub}`,
            itemJa: item
          })
        )
    }
    need(!blank(r.atenaNumber), "atenaNumber", "宛名番号")
    need(!blank(r.householdNumber), "householdNumber", "世帯番号")
    need(!blank(r.relationship), "relationship", "続柄")
    need(r.kind === "japanese" ? !blank(r.name.kanji) : !blank(r.name.alphabet) || !blank(r.name.kanji), "name", "氏名")
    need(!blank(r.birthDate), "birthDate", "生年月日")
    need(!blank(r.address.municipalityCode), "address", "住所（市町村コード）", "municipalityCode")
    need(!blank(r.address.text), "address", "住所", "text")
    need(!blank(r.addressSince), "addressSince", "住所を定めた年月日")
    if (r.state !== "removed") need(!blank(r.residentCode), "residentCode", "住民票コード")
    if (r.kind === "japanese") {
      if (r.honseki.kind === "registered") {
        need(!blank(r.honseki.place), "honseki", "本籍", "place")
        need(!blank(r.honseki.head), "honseki", "筆頭者", "head")
      }
      need(!blank(r.residentSince), "residentSince", "住民となった年月日")
    } else {
      need(!blank(r.nationality), "nationality", "国籍・地域")
      need(!blank(r.foreignResidentSince), "foreignResidentSince", "外国人住民となった年月日")
    }
    return out ?? NONE
  }
})
