/**
 * The `records.date.*` rules: Dates: not in the future, calendar-valid except registry dates (標準仕様書 1.1.8), not before birth.
 *
 * Examples: `date.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/date.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { library, std } from "../basis.js"
import type { ResidentRecord } from "../models/index.js"
import type { Event } from "../events/index.js"
import { BASIS } from "../basis.js"
import { HOUSEHOLD_JIYU, isIso, MOVE_IN_JIYU, MOVE_OUT_JIYU } from "./internal/helpers.js"
import { NONE } from "./types.js"
import { isRegistryDate } from "./internal/dates.js"
import { rule, at, jiyuP, type Path } from "./internal/define.js"

const META_DATES = ["changeDate", "processedOn", "filedOn", "appliedOn", "noticeOn", "requestedOn"] as const

const FILING_DATES = [
  ["filedOn", "届出日"],
  ["appliedOn", "申出日"],
  ["noticeOn", "通知日"],
  ["requestedOn", "請求日"]
] as const

/**
 * 異動日 and the dates of filing must not be after the 処理日 — except the
 * 転出予定年月日 of a 転出.
 *
 * @category rules
 * @since 0.1.0
 */
export const DateNotFuture = rule({
  id: "records.date.not-future",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [std("4.0.3"), std("4.1.0.2")],
  title: { ja: "未来日付", en: "Future date" },
  message: {
    ja: "{itemJa}は処理日より後にできません（転出の異動日を除く）",
    en: "{item} cannot be after the processing date (except the date of a 転出)"
  },
  description: {
    ja: "異動日≦処理日（転出を除く）、届出日・申出日・通知日・請求日≦処理日。処理日はシステム日付。",
    en: "異動日 ≤ 処理日 except for a 転出; 届出日, 申出日, 通知日 and 請求日 ≤ 処理日. The 処理日 is the system date."
  },
  onEvent: (ctx) => {
    const e = ctx.event
    const out: Array<JukiError> = []
    const p = e.processedOn
    if (!isIso(p)) return NONE
    const exempt = e.type === "remove" && MOVE_OUT_JIYU.has(e.jiyu)
    if (!exempt && isIso(e.changeDate) && e.changeDate > p)
      out.push(at(DateNotFuture, ["changeDate"], { item: "changeDate", itemJa: "異動日" }))
    for (const [k, ja] of FILING_DATES) {
      const d = e[k]
      if (isIso(d) && d > p) out.push(at(DateNotFuture, [k], { item: k, itemJa: ja }))
    }
    return out
  }
})

/** Calls `f` for every strict (calendar-only) date item of a record (an absent optional one as `undefined`). */
const strictRecordDates = (r: ResidentRecord, f: (path: Path, d: string | undefined) => void): void => {
  f(["entry", "date"], r.entry.date)
  f(["entry", "filedOn"], r.entry.filedOn)
  if (r.removal !== undefined) {
    f(["removal", "date"], r.removal.date)
    f(["removal", "filedOn"], r.removal.filedOn)
  }
  const mo = r.moveOut
  if (mo !== undefined) {
    if (mo.planned !== undefined) f(["moveOut", "planned", "date"], mo.planned.date)
    if (mo.confirmed !== undefined) {
      f(["moveOut", "confirmed", "date"], mo.confirmed.date)
      f(["moveOut", "confirmed", "noticeReceivedOn"], mo.confirmed.noticeReceivedOn)
    }
  }
  if (r.kind === "foreign") {
    if (r.status.kubun === "mid-to-long-term") f(["status", "expiryDate"], r.status.expiryDate)
    if (r.alias?.recordedOn !== undefined) f(["alias", "recordedOn"], r.alias.recordedOn)
  } else if (r.formerSurname?.requestedOn !== undefined)
    f(["formerSurname", "requestedOn"], r.formerSurname.requestedOn)
}

const REGISTRY_DATE_ITEMS: Readonly<Record<ResidentRecord["kind"], ReadonlyArray<string>>> = {
  japanese: ["birthDate", "addressSince", "residentSince"],
  foreign: ["birthDate", "addressSince", "foreignResidentSince", "oldRegistrationDate"]
}

/**
 * Dates must be real calendar dates, except the registry-date items that
 * also accept non-calendar and 不詳 dates (標準仕様書 1.1.8).
 *
 * @category rules
 * @since 0.1.0
 */
export const DateCalendar = rule({
  id: "records.date.calendar",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [std("1.1.8")],
  title: { ja: "暦日", en: "Calendar date" },
  message: {
    ja: "{item}は実在する日付（YYYY-MM-DD）でなければなりません",
    en: "{item} must be a real calendar date (YYYY-MM-DD)"
  },
  description: {
    ja: "日付は暦に実在する日付。ただし生年月日・住民となった年月日・住所を定めた年月日・外国人住民となった年月日・旧外登法による登録年月日は非暦日・不詳日も可（RegistryDate）。異動日・処理日・届出日等は暦日。",
    en: "Dates must exist in the calendar, except 生年月日, 住民となった年月日, 住所を定めた年月日, 外国人住民となった年月日 and 旧外登法による登録年月日, which also accept non-calendar and 不詳 dates (RegistryDate). Event dates must be calendar dates."
  },
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    for (const k of META_DATES) {
      const d = (ctx.event as Record<string, unknown>)[k]
      if (d !== undefined && !isIso(d)) out.push(at(DateCalendar, [k], { item: k }))
    }
    return out
  },
  reads: [
    "entry",
    "removal",
    "moveOut",
    "status",
    "alias",
    "formerSurname",
    "birthDate",
    "addressSince",
    "residentSince",
    "foreignResidentSince",
    "oldRegistrationDate"
  ],
  onRecord: (r, ctx) => {
    let out: Array<JukiError> | undefined
    const bad = (p: Path): void => {
      ;(out ??= []).push(at(DateCalendar, [...ctx.path, ...p], { item: p.join(".") }))
    }
    // Fast path: the paths are only built for a bad date.
    strictRecordDates(r, (p, d) => {
      if (d !== undefined && !isIso(d)) bad(p)
    })
    for (const item of REGISTRY_DATE_ITEMS[r.kind]) {
      const d = (r as unknown as Record<string, unknown>)[item]
      if (typeof d === "string" && d !== "" && !isRegistryDate(d, item)) bad([item])
    }
    return out ?? NONE
  }
})

/**
 * A 異動 before the person's birth.
 *
 * @category rules
 * @since 0.1.0
 */
export const DateBeforeBirth = rule({
  id: "records.date.before-birth",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [library("異動年月日 ≥ 生年月日: an inferred CS-style check (reference §5.2), not a published rule")],
  title: { ja: "生年月日前の異動", en: "Change before birth" },
  message: { ja: "異動日が生年月日より前です", en: "The change date is before the birth date" },
  description: {
    ja: "異動日は生年月日以後（CS論理チェックからの推定。公開された規則ではない）。生年月日が不詳日等の場合は検査しない。",
    en: "The change date must not precede the birth date (inferred from the CS logic checks, not a published rule); not checked when the birth date is a 不詳 or non-calendar date."
  },
  events: ["create", "modify", "remove", "nationality-change"],
  onEvent: (ctx) => {
    const out: Array<JukiError> = []
    const d = ctx.event.changeDate
    if (!isIso(d)) return NONE
    for (const s of ctx.steps)
      if (isIso(s.after.birthDate) && d < s.after.birthDate)
        // Stryker disable next-line MethodExpression: every step path has at most 2 elements (apply/plan.ts: ["records", i], ["changes", i], ["atenaNumbers", i], ["record"], ["atenaNumber"])
        out.push(at(DateBeforeBirth, [...s.path.slice(0, 2), "birthDate"]))
    return out
  }
})

/**
 * A 転入届, 転居届 or 世帯変更届 is filed on or after the 異動日: the law counts
 * its 14 days from the day of the move (法22条, 23条, 25条, 30条の46). Only the
 * 転出届 is made in advance (法24条).
 *
 * @category rules
 * @since 0.2.0
 */
export const DateFiledBeforeChange = rule({
  id: "records.date.filed-before-change",
  tag: "RuleViolation",
  severity: "error",
  group: "date",
  basis: [BASIS.law22, BASIS.law23, BASIS.law25, BASIS.law30_46, BASIS.law24],
  title: { ja: "異動前の届出", en: "Filed before the move" },
  message: {
    ja: "{jiyuJa}の届出日が異動日より前です（事前に届け出られるのは転出届のみ）",
    en: "The {jiyu} is filed before the date of the change (only a 転出届 is made in advance)"
  },
  description: {
    ja: "転入届・転居届・世帯変更届（30条の46の届出を含む）は異動の後に行うもので、届出日が異動日より前ならエラー。転出届だけは予定日より前に届け出る（法24条）。職権による異動は対象外。",
    en: "A 転入届, 転居届 or 世帯変更届 (including a 30条の46 filing) is made after the change: a 届出日 before the 異動日 is an error. Only the 転出届 is filed in advance (法24条). Changes by authority are not checked."
  },
  events: ["create", "modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" | "modify" }>
    if (e.byAuthority === true || !isIso(e.filedOn) || !isIso(e.changeDate)) return NONE
    const filed =
      e.type === "create" ? MOVE_IN_JIYU.has(e.jiyu) : e.jiyu === "move-within" || HOUSEHOLD_JIYU.has(e.jiyu)
    if (!filed || e.filedOn >= e.changeDate) return NONE
    return [at(DateFiledBeforeChange, ["filedOn"], jiyuP(e.jiyu))]
  }
})

const EQUAL_ITEM_JA: Readonly<Record<string, string>> = {
  changeDate: "異動日",
  addressSince: "住所を定めた年月日",
  residentSince: "住民となった年月日",
  foreignResidentSince: "外国人住民となった年月日"
}

/**
 * Dates the law makes equal in one 異動: a 転入 sets 住所を定めた年月日 and
 * 住民となった年月日 to the day of moving in (法22条 転入をした年月日; a 30条の46
 * filer also becomes a 外国人住民 that day), a 転居 sets 住所を定めた年月日 to
 * the day of the move (法23条), and a 出生 is recorded on the birth date, with
 * 住民となった年月日 and 住所を定めた年月日 the birth date too (法7条).
 *
 * @category rules
 * @since 0.2.0
 */
export const DateEqualItems = rule({
  id: "records.date.equal-items",
  tag: "InvalidDate",
  severity: "error",
  group: "date",
  basis: [
    BASIS.law7,
    BASIS.law22,
    BASIS.law23,
    BASIS.law30_46,
    {
      kind: "standard",
      cite: "住民記録システム標準仕様書 4.1.1",
      verified: false,
      note: "UNVERIFIED: that the standard fills these items from the 異動日 (and 出生 from the 生年月日) was not checked against its text"
    }
  ],
  title: { ja: "異動日と一致すべき年月日", en: "Dates that must equal the change date" },
  message: {
    ja: "{jiyuJa}では{itemJa}は{expectedJa}と同じ日です",
    en: "In a {jiyu}, {item} must be the same day as {expected}"
  },
  description: {
    ja: "転入（国内・国外、30条の46を含む。30条の47と職権記載は除く）：住所を定めた年月日と住民となった年月日（日本人）は異動日（転入をした年月日）と同じ。30条の46の届出では外国人住民となった年月日も異動日。転居：住所を定めた年月日は異動日。出生：異動日、住民となった年月日、住所を定めた年月日はいずれも生年月日。外国人住民の国内転入での外国人住民となった年月日は引き継がれるため検査しない。",
    en: "転入 (domestic, from abroad, 30条の46; not 30条の47 nor 職権記載): 住所を定めた年月日 and, for Japanese residents, 住民となった年月日 equal the 異動日 (the day of moving in); a 30条の46 filer's 外国人住民となった年月日 too. 転居: 住所を定めた年月日 equals the 異動日. 出生: the 異動日, 住民となった年月日 and 住所を定めた年月日 all equal the 生年月日. A foreign resident's 外国人住民となった年月日 on a domestic 転入 is carried over and not checked."
  },
  events: ["create", "modify"],
  onEvent: (ctx) => {
    const e = ctx.event as Extract<Event, { type: "create" | "modify" }>
    const d = e.changeDate
    if (!isIso(d)) return NONE
    const out: Array<JukiError> = []
    const bad = (path: Path, item: string, expected: string) =>
      out.push(
        at(DateEqualItems, path, {
          ...jiyuP(e.jiyu),
          item,
          itemJa: EQUAL_ITEM_JA[item] ?? item,
          expected,
          expectedJa: expected === "birthDate" ? "生年月日" : (EQUAL_ITEM_JA[expected] ?? expected)
        })
      )
    const check = (
      r: ResidentRecord,
      path: Path,
      item: "addressSince" | "residentSince" | "foreignResidentSince",
      want: string,
      expected: string
    ) => {
      const v = (r as Partial<Record<string, unknown>>)[item]
      if (typeof v === "string" && v !== want) bad([...path, item], item, expected)
    }
    // Every step of a create event creates a record (apply/plan.ts).
    if (e.type === "create" && MOVE_IN_JIYU.has(e.jiyu) && e.route !== "art-30-47") {
      for (const s of ctx.steps) {
        // Stryker disable next-line MethodExpression: every step path has at most 2 elements (apply/plan.ts: ["records", i], ["changes", i], ["atenaNumbers", i], ["record"], ["atenaNumber"])
        const p = s.path.slice(0, 2)
        check(s.after, p, "addressSince", d, "changeDate")
        if (s.after.kind === "japanese") check(s.after, p, "residentSince", d, "changeDate")
        else if (e.route === "art-30-46") check(s.after, p, "foreignResidentSince", d, "changeDate")
      }
    } else if (e.type === "create" && e.jiyu === "birth") {
      for (const s of ctx.steps) {
        if (!isIso(s.after.birthDate)) continue
        const b = s.after.birthDate
        // Stryker disable next-line MethodExpression: every step path has at most 2 elements (apply/plan.ts: ["records", i], ["changes", i], ["atenaNumbers", i], ["record"], ["atenaNumber"])
        const p = s.path.slice(0, 2)
        if (d !== b) bad(["changeDate"], "changeDate", "birthDate")
        check(s.after, p, "addressSince", b, "birthDate")
        if (s.after.kind === "japanese") check(s.after, p, "residentSince", b, "birthDate")
        else check(s.after, p, "foreignResidentSince", b, "birthDate")
      }
    } else if (e.type === "modify" && e.jiyu === "move-within") {
      for (const s of ctx.steps) {
        // Stryker disable next-line OptionalChaining: a 転居 step has its record before and keeps its kind, so `changed` is set (apply/plan.ts)
        if (s.changed?.includes("address") === true || s.changed?.includes("addressSince") === true) {
          // Stryker disable next-line MethodExpression: every step path has at most 2 elements (apply/plan.ts: ["records", i], ["changes", i], ["atenaNumbers", i], ["record"], ["atenaNumber"])
          check(s.after, [...s.path.slice(0, 2), "set"], "addressSince", d, "changeDate")
        }
      }
    }
    // Stryker disable next-line ConditionalExpression: an empty `out` and NONE are both an empty list of violations
    return out.length === 0 ? NONE : out
  }
})
