/**
 * The `records.nationality.*` rules: 国籍取得・帰化・国籍喪失: carry-over (住基令8条の2).
 *
 * Examples: `nationality.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/nationality.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, std } from "../basis.js"
import type { Event } from "../events/index.js"
import { isPresent } from "../registry/index.js"
import { deepEqual, isIso, maxDate } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at } from "./internal/define.js"

const CARRY = [
  "address",
  "birthDate",
  "sex",
  "relationship",
  "householdNumber",
  "addressSince",
  "residentCode",
  "myNumber",
  "previousAddress"
] as const

const CARRY_JA: Record<(typeof CARRY)[number], string> = {
  address: "住所（方書）",
  birthDate: "生年月日",
  sex: "性別",
  relationship: "続柄",
  householdNumber: "世帯",
  addressSince: "住所を定めた年月日",
  residentCode: "住民票コード",
  myNumber: "個人番号",
  previousAddress: "転入前住所"
}

/**
 * 国籍取得・帰化 and 国籍喪失 carry the 住所, 生年月日, 性別, 続柄,
 * 住所を定めた年月日, 住民票コード, 宛名番号, 個人番号 and 転入前住所 over to the
 * new 住民票, and set the 住民となった / 外国人住民となった年月日 as the standard
 * says.
 *
 * @category rules
 * @since 0.1.0
 */
export const NationalityCarryOver = rule({
  id: "records.nationality.carry-over",
  tag: "RuleViolation",
  severity: "error",
  group: "nationality",
  basis: [BASIS.order8_2, std("4.5.3"), std("4.5.4"), std("4.5.5")],
  title: { ja: "国籍変更時の引継ぎ", en: "Carry-over on a nationality change" },
  message: { ja: "国籍の取得・喪失では{itemJa}を引き継ぎます", en: "A nationality change carries {item} over" },
  description: {
    ja: "帰化・国籍取得（外国人→日本人）と国籍喪失（日本人→外国人）では住所（方書）・生年月日・性別・続柄・世帯・住所を定めた年月日・住民票コード・宛名番号・個人番号・転入前住所を引き継ぐ。取得では外国人住民となった年月日を住民となった年月日とし、喪失では外国人住民となった年月日＝max(国籍喪失日, 住民となった日)、区分は国籍喪失による経過滞在者。",
    en: "Naturalisation / acquisition (foreign → Japanese) and loss (Japanese → foreign) carry over address (方書), birth date, sex, 続柄, 世帯, 住所を定めた年月日, 住民票コード, 宛名番号, 個人番号 and 転入前住所. On acquisition 住民となった年月日 = the former 外国人住民となった年月日; on loss 外国人住民となった年月日 = max(loss date, 住民となった日) and the category is 国籍喪失による経過滞在者."
  },
  events: ["nationality-change"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "nationality-change" }>
    const old = ctx.registry.persons.get(e.record.atenaNumber)?.record
    if (old === undefined || !isPresent(old, ctx.asOf)) return NONE
    const next = e.record
    const wantOld = e.direction === "acquisition" ? "foreign" : "japanese"
    const wantNew = e.direction === "acquisition" ? "japanese" : "foreign"
    if (old.kind !== wantOld || next.kind !== wantNew)
      return [at(NationalityCarryOver, ["record", "kind"], { item: "kind", itemJa: "住民種別" })]
    const out: Array<JukiError> = []
    for (const k of CARRY)
      if (!deepEqual((old as Record<string, unknown>)[k], (next as Record<string, unknown>)[k]))
        out.push(at(NationalityCarryOver, ["record", k], { item: k, itemJa: CARRY_JA[k] }))
    if (old.kind === "foreign" && next.kind === "japanese" && next.residentSince !== old.foreignResidentSince)
      out.push(
        at(NationalityCarryOver, ["record", "residentSince"], { item: "residentSince", itemJa: "住民となった年月日" })
      )
    if (old.kind === "japanese" && next.kind === "foreign") {
      const expected = isIso(old.residentSince) ? maxDate(e.changeDate, old.residentSince) : e.changeDate
      if (next.foreignResidentSince !== expected)
        out.push(
          at(NationalityCarryOver, ["record", "foreignResidentSince"], {
            item: "foreignResidentSince",
            itemJa: "外国人住民となった年月日"
          })
        )
      if (next.status.kubun !== "transitional-nationality-loss")
        out.push(
          at(NationalityCarryOver, ["record", "status", "kubun"], {
            item: "status.kubun (transitional-nationality-loss)",
            itemJa: "区分（国籍喪失による経過滞在者）"
          })
        )
    }
    return out
  }
})
