/**
 * The `records.filer.*` rules: who may make a 届出 (住基法26条, 27条; seed III 2
 * リスク2 「権利のない者からの届出を受付ないように届出人要件の確認」).
 *
 * Examples: `filer.examples.ts` beside this file; conformance vectors:
 * `conformance/vectors/records/filer.json`. The catalogue (`./index.ts`)
 * lists every rule in documentation order.
 *
 * **Details**
 *
 * - A 届出 here is a 転入届 (国内・国外, 30条の46/47), 転居届, 転出届 or
 *   世帯変更届 (法22–25条, 30条の46/47) not recorded 職権. The 届出人 is the
 *   event's optional `filer` (`Event.Filer`): relation, the filer's 宛名番号
 *   when a resident, and whether a 委任状 or the proof of 法定代理 was shown.
 * - Without a `filer` nothing is checked unless `filerRequired: true`
 *   (then `records.filer.missing`, an alert): older data and systems that
 *   record the 届出人 elsewhere keep working.
 *
 * @since 0.2.0
 * @module
 */
import { Calendar, type JukiError, type LegalBasis } from "@juki/core"
import { BASIS } from "../basis.js"
import type { Event, Filer } from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { HOUSEHOLD_JIYU, isIso, MOVE_IN_JIYU, MOVE_OUT_JIYU } from "./internal/helpers.js"
import { at, jiyuP, rule } from "./internal/define.js"
import { NONE, type EventContext } from "./types.js"

const law27_3: LegalBasis = {
  kind: "law",
  cite: "住民基本台帳法 第27条第3項",
  verified: true,
  note: "a filer other than the person (except one of the same 世帯) shows that he acts at the person's request (委任状) or by law (法定代理)"
}

const seedFiler: LegalBasis = {
  kind: "seed-practice",
  cite: "大阪市 住民基本台帳事務 全項目評価書 III 2. リスク2",
  verified: true,
  note: "権利のない者からの届出を受付ないように届出人要件の確認"
}

const minorRule: LegalBasis = {
  kind: "notice",
  cite: "住民基本台帳事務処理要領 (届出義務者が15歳未満の者又は成年被後見人のときは法定代理人)",
  verified: false,
  note: "UNVERIFIED: the age (15) is the option filerMinimumAge"
}

/** A 異動 recorded 職権: flagged `byAuthority`, or a 職権 異動事由 (職権記載・消除・修正, 出生, 死亡). */
const byAuthority = (e: Event): boolean =>
  e.byAuthority === true || ("jiyu" in e && (e.jiyu.includes("authority") || e.jiyu === "birth" || e.jiyu === "death"))

/** The 異動 that are 届出 (法22–25条, 30条の46/47) when not recorded 職権. */
const isFiling = (e: Event): boolean =>
  e.byAuthority !== true &&
  ((e.type === "create" && MOVE_IN_JIYU.has(e.jiyu)) ||
    (e.type === "modify" && (e.jiyu === "move-within" || HOUSEHOLD_JIYU.has(e.jiyu))) ||
    (e.type === "remove" && MOVE_OUT_JIYU.has(e.jiyu)))

const RELATION_JA: Readonly<Record<Filer["relation"], string>> = {
  self: "本人",
  head: "世帯主",
  member: "世帯員",
  agent: "代理人",
  "legal-representative": "法定代理人"
}

/** The 世帯 the event concerns, before and after it. */
const householdsOf = (ctx: EventContext): Array<ReadonlyArray<ResidentRecord>> => {
  const seen = new Set<string>()
  const out: Array<ReadonlyArray<ResidentRecord>> = []
  for (const s of ctx.steps) {
    const b = s.before?.householdNumber
    const a = s.after.householdNumber
    if (b !== undefined && !seen.has(`b${b}`)) {
      // Stryker disable next-line StringLiteral: the set only avoids listing a 世帯 twice; a duplicate changes no answer
      seen.add(`b${b}`)
      out.push(ctx.householdBefore(b))
    }
    if (!seen.has(`a${a}`)) {
      // Stryker disable next-line StringLiteral: the set only avoids listing a 世帯 twice; a duplicate changes no answer
      seen.add(`a${a}`)
      out.push(ctx.householdAfter(a))
    }
  }
  return out
}

/** The filer's 住民票 (planned by this event, or in the registry). */
const filerRecord = (ctx: EventContext, a: string): ResidentRecord | undefined => {
  for (let i = ctx.steps.length - 1; i >= 0; i--) {
    const s = ctx.steps[i]
    if (s !== undefined && s.atenaNumber === a) return s.after
  }
  // Stryker disable next-line OptionalChaining: called only for a filer with standing, who is a step's person or in a 世帯 of the registry
  return ctx.registry.persons.get(a)?.record
}

/** Full years between two ISO dates. */
const ageOn = (birth: string, day: string): number => {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4))
  return day.slice(5) >= birth.slice(5) ? years : years - 1
}

/**
 * A 届出 whose 届出人 has no standing: 本人, the 世帯主 or a 世帯員 of the
 * 世帯 concerned (before or after the change) may file (法26条; 27条3項 exempts
 * the same 世帯 from proving authority); anyone else files as 代理人 with a
 * 委任状, or as 法定代理人 with the proof of it (27条3項). A person under
 * `filerMinimumAge` (default 15, UNVERIFIED) files through a 法定代理人.
 *
 * @category rules
 * @since 0.2.0
 */
export const FilerEligible = rule({
  id: "records.filer.eligible",
  tag: "RuleViolation",
  severity: "error",
  group: "filer",
  basis: [BASIS.law26, law27_3, seedFiler, minorRule],
  title: { ja: "届出人の資格", en: "Filer without standing" },
  message: {
    ja: "{jiyuJa}の届出人（{relationJa}）に届出の資格が確認できません：{reasonJa}",
    en: "The filer of the {jiyu} ({relation}) has no standing: {reason}"
  },
  description: {
    ja: "届出できるのは本人、その世帯の世帯主・世帯員（異動の前後いずれかの世帯）、委任状のある代理人、法定代理であることを示す書類のある法定代理人（法26条、27条3項、評価書III 2 リスク2）。届出人の宛名番号があれば、本人・世帯主・世帯員であることを台帳で確かめる。届出人が filerMinimumAge（既定15歳、未検証）未満なら法定代理人による届出が必要。届出人の記録がない届出は検査しない（filerRequired を参照）。",
    en: "A 届出 may be made by the person, the 世帯主 or a 世帯員 of the 世帯 concerned (before or after the change), an 代理人 with a 委任状, or a 法定代理人 with proof of it (法26条, 27条3項, seed III 2 リスク2). When the filer's 宛名番号 is given, being the person, the 世帯主 or a 世帯員 is checked against the registry. A filer younger than filerMinimumAge (default 15, UNVERIFIED) files through a 法定代理人. A 届出 without a recorded filer is not checked (see filerRequired)."
  },
  options: ["filerMinimumAge"],
  events: ["create", "modify", "remove"],
  onEvent: (ctx) => {
    const e = ctx.event
    const f = e.filer
    if (f === undefined || !isFiling(e)) return NONE
    const bad = (reasonJa: string, reason: string): ReadonlyArray<JukiError> => [
      at(FilerEligible, ["filer"], {
        ...jiyuP((e as Extract<Event, { jiyu: string }>).jiyu as never),
        relation: f.relation,
        relationJa: RELATION_JA[f.relation],
        reasonJa,
        reason
      })
    ]
    if (f.relation === "agent")
      return f.powerOfAttorney === true ? NONE : bad("代理人の委任状がありません", "an 代理人 without a 委任状")
    if (f.relation === "legal-representative")
      return f.proofOfRepresentation === true
        ? NONE
        : bad("法定代理人であることを示す書類がありません", "a 法定代理人 without proof of representation")
    const a = f.atenaNumber
    if (a === undefined || a === "") return NONE
    const persons = new Set(ctx.steps.map((s) => s.atenaNumber))
    const households = householdsOf(ctx)
    const standing =
      f.relation === "self"
        ? persons.has(a)
        : households.some((h) =>
            h.some((r) => r.atenaNumber === a && (f.relation === "member" || r.relationship === "世帯主"))
          )
    if (!standing)
      return f.relation === "self"
        ? bad("届出人はこの届出の対象者ではありません", "the filer is not a person of this 届出")
        : f.relation === "head"
          ? bad("届出人はこの世帯の世帯主ではありません", "the filer is not the 世帯主 of this 世帯")
          : bad("届出人はこの世帯の世帯員ではありません", "the filer is not a member of this 世帯")
    const min = ctx.options.filerMinimumAge
    const r = filerRecord(ctx, a)
    const day = e.filedOn ?? e.processedOn
    if (min > 0 && r !== undefined && isIso(r.birthDate) && Calendar.isIsoDate(day) && ageOn(r.birthDate, day) < min)
      return bad(`届出人は${min}歳未満です（法定代理人による届出）`, `the filer is under ${min} (a 法定代理人 files)`)
    return NONE
  }
})

/**
 * A 職権 record names a 届出人: 職権 changes are made by the 市町村長 without a
 * 届出 (法8条, 令12条), so they have none.
 *
 * @category rules
 * @since 0.2.0
 */
export const FilerByAuthority = rule({
  id: "records.filer.by-authority",
  tag: "RuleViolation",
  severity: "error",
  group: "filer",
  basis: [BASIS.law8, BASIS.order12],
  title: { ja: "職権記載の届出人", en: "Filer on a change by authority" },
  message: {
    ja: "職権による異動に届出人は記録できません",
    en: "A change by authority (職権) has no filer"
  },
  description: {
    ja: "職権による記載・消除・修正（byAuthority、または職権記載・職権消除・職権修正・出生・死亡などの職権の異動事由）は届出によらないため、届出人を持たない（法8条、令12条）。届出人がある職権異動はエラー。",
    en: "A 職権 記載, 消除 or 修正 (byAuthority, or a 職権 異動事由 such as 職権記載, 職権消除, 職権修正, 出生, 死亡) is made without a 届出 (法8条, 令12条): naming a filer on it is an error."
  },
  onEvent: (ctx) => (ctx.event.filer !== undefined && byAuthority(ctx.event) ? [at(FilerByAuthority, ["filer"])] : NONE)
})

/**
 * A 届出 without a recorded 届出人, when the municipality requires one
 * (`filerRequired: true`). An alert: the operator confirms the 届出人 was
 * checked at the counter.
 *
 * @category rules
 * @since 0.2.0
 */
export const FilerMissing = rule({
  id: "records.filer.missing",
  tag: "RuleViolation",
  severity: "alert",
  group: "filer",
  basis: [BASIS.law26, seedFiler],
  title: { ja: "届出人の記録なし", en: "Filer not recorded" },
  message: {
    ja: "{jiyuJa}の届出人が記録されていません。届出人の要件を確認してください",
    en: "The filer of the {jiyu} is not recorded; check who filed"
  },
  description: {
    ja: "filerRequired が true のとき、届出人（filer）のない届出はアラート。既定は false（届出人を持たない既存データ・システムのため）。",
    en: "With filerRequired: true, a 届出 without a filer raises an alert. Off by default (older data and systems that record the filer elsewhere)."
  },
  options: ["filerRequired"],
  events: ["create", "modify", "remove"],
  onEvent: (ctx) => {
    const e = ctx.event
    if (!ctx.options.filerRequired || e.filer !== undefined || !isFiling(e)) return NONE
    return [at(FilerMissing, ["filer"], jiyuP((e as Extract<Event, { jiyu: string }>).jiyu as never))]
  }
})
