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
import type { ResidentRecord } from "../models/index.js"
import { lookupId } from "../registry/index.js"
import { idsOf } from "./internal/helpers.js"
import type { Step } from "./types.js"
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
    ja: "一人の者について現存する住民票は一つ。住民票コード・個人番号・在留カード等番号が同じ現存者（除票以外）が複数あればエラー。台帳の読込み時に加え、すべての異動（修正・国籍変更・改製・取消し等）の後にも検査するので、受け付けた異動の結果は必ず読み込み直せる（転入・出生等で現存者と一致する場合は records.cs.move-in-resident / records.create.current-record-exists / records.move-in.reentry が先に判定する）。",
    en: "A person has at most one record that is not a 除票: two such records sharing a 住民票コード, 個人番号 or card number are an error. Checked when a registry is loaded and after every change (修正, nationality change, 改製, 取消し …), so a registry an accepted change produces always reloads (a 記載 matching a resident is decided first by records.cs.move-in-resident, records.create.current-record-exists or records.move-in.reentry)."
  },
  events: ["create", "modify", "nationality-change", "reissue", "cancel"],
  onEvent: (ctx) => {
    const steps = ctx.steps
    const last = new Map<string, Step>()
    for (const s of steps) last.set(s.atenaNumber, s)
    const after = (a: string): ResidentRecord | undefined => last.get(a)?.after ?? ctx.registry.persons.get(a)?.record
    const out: Array<JukiError> = []
    const held = new Map<string, string>()
    for (const s of last.values()) {
      if (s.after.state === "removed") continue
      for (const [kind, value, name] of idsOf(s.after)) {
        const k = `${kind}:${value}`
        const mine = held.get(k)
        if (mine !== undefined && mine !== s.atenaNumber) {
          out.push(at(RegistryUniquePerson, [...s.path], matched(name)))
          continue
        }
        held.set(k, s.atenaNumber)
        // A 記載 matching a record of the registry is left to the 転入 / 記載 rules.
        if (s.op === "create" && !ctx.registry.persons.has(s.atenaNumber)) continue
        const other = lookupId(ctx.registry, kind, value)
        if (other === undefined || other === s.atenaNumber) continue
        const o = after(other)
        if (o === undefined || o.state === "removed") continue
        if (idsOf(o).some(([k2, v2]) => k2 === kind && v2 === value))
          out.push(at(RegistryUniquePerson, [...s.path], matched(name)))
      }
    }
    return out
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
