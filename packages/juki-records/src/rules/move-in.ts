/**
 * The `records.move-in.*` rules: 転入: 再転入 detection by identifiers and 3情報, 転入前住所 (標準仕様書 4.1.1).
 *
 * Examples: `move-in.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/move-in.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { BASIS, std } from "../basis.js"
import type { Event } from "../events/index.js"
import { cardNumberOf, type ResidentRecord } from "../models/index.js"
import { effectiveState, isPresent, lookupId, threeInfoKey } from "../registry/index.js"
import { blank, MOVE_IN_JIYU } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { rule, at, matched, stateP } from "./internal/define.js"

/**
 * 再転入: a person found among this municipality's 除票 by 個人番号, 住民票コード
 * or 在留カード番号 must be recorded on the same 宛名番号.
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveInReentry = rule({
  id: "records.move-in.reentry",
  tag: "RuleViolation",
  severity: "error",
  group: "move-in",
  basis: [std("4.1.1.2")],
  title: { ja: "再転入", en: "Re-entry" },
  message: {
    ja: "{matchedByJa}が除票と一致します。再転入として同じ宛名番号で記載してください",
    en: "The {matchedBy} matches a 除票: record the re-entry on the same 宛名番号"
  },
  description: {
    ja: "記載時に個人番号・住民票コード・在留カード等番号で除票が見つかった場合は再転入として扱い、新たな宛名番号での記載を止める（同じ宛名番号を使う）。",
    en: "When a 除票 matches by 個人番号, 住民票コード or card number, the new record must reuse its 宛名番号 (再転入); a new 宛名番号 is an error."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    const out: Array<JukiError> = []
    e.records.forEach((input, i) => {
      const r = input as ResidentRecord
      const hit = (kind: "r" | "m" | "c", value: string | undefined): boolean => {
        // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a shortcut only; the identifier indexes never hold a missing or empty value (registry indexIds), so lookupId finds nothing for them either
        if (value === undefined || value === "") return false
        const atena = lookupId(ctx.registry, kind, value)
        if (atena === undefined || atena === r.atenaNumber) return false
        const other = ctx.registry.persons.get(atena)?.record
        return other !== undefined && !isPresent(other, ctx.asOf)
      }
      const by = hit("r", r.residentCode)
        ? "residentCode"
        : hit("m", r.myNumber)
          ? "myNumber"
          : hit("c", cardNumberOf(r))
            ? "cardNumber"
            : undefined
      if (by !== undefined) out.push(at(MoveInReentry, ["records", i, "atenaNumber"], matched(by)))
    })
    return out
  }
})

/**
 * Same 氏名, 生年月日 and 性別 as another person (and no identifier match): a
 * possible 再転入 or duplicate, for the operator to confirm.
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveInPossibleReentry = rule({
  id: "records.move-in.possible-reentry",
  tag: "RuleViolation",
  severity: "alert",
  group: "move-in",
  basis: [std("4.1.1.2")],
  title: { ja: "3情報一致", en: "Same name, birth date and sex" },
  message: {
    ja: "氏名・性別・生年月日が一致する住民票（{stateJa}）があります。再転入でないか確認してください",
    en: "A record ({state}) has the same name, sex and birth date: check whether this is a re-entry"
  },
  description: {
    ja: "記載時に氏名＋性別＋生年月日のみが他の住民票（除票を含む）と一致する場合はアラート。",
    en: "When only 氏名 + 性別 + 生年月日 match another record (除票 included), raise an alert."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (e.jiyu === "birth") return NONE
    const out: Array<JukiError> = []
    e.records.forEach((input, i) => {
      const r = input as ResidentRecord
      const known = (kind: "r" | "m" | "c", v: string | undefined): boolean =>
        v !== undefined && v !== "" && lookupId(ctx.registry, kind, v) !== undefined
      if (known("r", r.residentCode) || known("m", r.myNumber) || known("c", cardNumberOf(r))) return
      const hits = (ctx.registry.threeInfo.get(threeInfoKey(r)) ?? []).filter((a) => a !== r.atenaNumber)
      const first = hits[0]
      if (first === undefined) return
      const other = ctx.registry.persons.get(first)?.record
      const state = other === undefined ? "none" : effectiveState(other, ctx.asOf)
      out.push(at(MoveInPossibleReentry, ["records", i], stateP(state)))
    })
    return out
  }
})

/**
 * A 転入 needs its 転入前住所; a 国内転入 needs the former 市町村コード for the
 * 転入通知 (法9条1項).
 *
 * @category rules
 * @since 0.1.0
 */
export const MoveInPreviousAddress = rule({
  id: "records.move-in.previous-address",
  tag: "RuleViolation",
  severity: "error",
  group: "move-in",
  basis: [std("4.1.1.1"), BASIS.law9_1, std("4.5.1", "may be blank for a 30条の46 転入")],
  title: { ja: "転入前住所", en: "Previous address" },
  message: {
    ja: "転入には転入前住所（国内転入は転出元の市町村コードを含む）が必要です（{item}）",
    en: "A 転入 needs the previous address (and for a 国内転入 the former 市町村コード) ({item})"
  },
  description: {
    ja: "国内転入・国外転入等の記載には転入前住所が必須。国内転入では転入通知の送付先として転出元の市町村コードも必須。30条の46・47の届出は空欄可。",
    en: "国内転入 and 国外転入等 need 転入前住所; a 国内転入 also needs the former 市町村コード (the 転入通知 goes there). 30条の46/47 filings may leave it blank."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (!MOVE_IN_JIYU.has(e.jiyu) || e.route === "art-30-46" || e.route === "art-30-47") return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      const p = r.previousAddress
      if (p === undefined || blank(p.text))
        out.push(at(MoveInPreviousAddress, ["records", i, "previousAddress"], { item: "text" }))
      else if (e.jiyu === "domestic-move-in" && !p.unknown && blank(p.municipalityCode))
        out.push(
          at(MoveInPreviousAddress, ["records", i, "previousAddress", "municipalityCode"], { item: "municipalityCode" })
        )
    })
    return out
  }
})

/**
 * A 転入 records an address in this municipality (法22条: 転入 is into this
 * 市町村); an address elsewhere is not this registry's to record.
 *
 * @category rules
 * @since 0.2.0
 */
export const MoveInMunicipality = rule({
  id: "records.move-in.municipality",
  tag: "RuleViolation",
  severity: "error",
  group: "move-in",
  basis: [BASIS.law22, BASIS.law30_46],
  title: { ja: "転入先の市町村", en: "Move-in municipality" },
  message: {
    ja: "転入後の住所の市町村コード（{code}）がこの市町村（{municipality}）ではありません",
    en: "The new address's 市町村コード ({code}) is not this municipality ({municipality})"
  },
  description: {
    ja: "転入（国内転入・国外転入等）で記載する住所は、この市町村の区域内（住所の地方公共団体コード＝台帳の市町村コード）。",
    en: "The address a 転入 (国内転入, 国外転入等) records lies in this municipality: its 地方公共団体コード equals the registry's."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (!MOVE_IN_JIYU.has(e.jiyu)) return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      const code = r.address.municipalityCode
      if (code !== ctx.registry.municipality)
        out.push(
          at(MoveInMunicipality, ["records", i, "address", "municipalityCode"], {
            code,
            municipality: ctx.registry.municipality
          })
        )
    })
    return out
  }
})

/**
 * A 国内転入 whose 従前の住所 is in this municipality is a 転居 (法23条), not a
 * 転入 (法22条).
 *
 * @category rules
 * @since 0.2.0
 */
export const MoveInSameMunicipality = rule({
  id: "records.move-in.same-municipality",
  tag: "RuleViolation",
  severity: "error",
  group: "move-in",
  basis: [BASIS.law22, BASIS.law23],
  title: { ja: "同一市町村からの転入", en: "Move-in from this municipality" },
  message: {
    ja: "転入前住所がこの市町村内です。市町村内の移動は転居として届け出てください",
    en: "The previous address is in this municipality: a move within it is a 転居"
  },
  description: {
    ja: "国内転入の転入前住所の市町村コードが台帳の市町村コードと同じならエラー（市町村内の住所変更は転居、法23条）。",
    en: "A 国内転入 whose 転入前住所 has the registry's own 市町村コード is an error: a change of address within the municipality is a 転居 (法23条)."
  },
  events: ["create"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" }>
    if (e.jiyu !== "domestic-move-in") return NONE
    const out: Array<JukiError> = []
    e.records.forEach((r, i) => {
      if (r.previousAddress?.municipalityCode === ctx.registry.municipality)
        out.push(at(MoveInSameMunicipality, ["records", i, "previousAddress", "municipalityCode"]))
    })
    return out
  }
})
