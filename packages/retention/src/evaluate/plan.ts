// Internal: settings resolved into per-kind plans, and the start-day
// thresholds of one evaluation day. Not part of the public API (the evaluate
// module builds on it).
import { Calendar, makeError, type JukiError } from "@juki/core"
import * as Period from "../period/index.js"
import {
  defaultSettings,
  EXTENSION_DAY,
  policies,
  SettingValue,
  type MunicipalityOverride,
  type RecordKind,
  type Regime,
  type RetentionPolicy,
  type RetentionSettings
} from "../policy/index.js"
import type { Reason, RetentionStatus } from "./model.js"

// ---------------------------------------------------------------------------
// Settings, resolved once per call.
//
// How a batch stays fast: for a fixed evaluation day, every question the
// policies ask about an item ("did its period under regime i reach the day
// regime i+1 came into force?", "has its period ended by asOf?", "is its
// archive move due?") is monotone in the start day, because the last day of a
// period never decreases when the start moves later (民法143条 counting). So
// each question is answered once per kind by a binary search for the first
// start day that says "yes" (a threshold), and per item by comparing its
// `YYYY-MM-DD` start with that threshold as strings (valid ISO dates order
// like strings). The last retained day itself is computed only when read.

/**
 * The part of an evaluation shared by every item with the same kind, regime,
 * period and status: built once per settings, so decisions stay small.
 */
export interface Outcome {
  readonly kind: RecordKind
  readonly status: RetentionStatus
  readonly regime: Regime
  readonly period: Period.Period
  readonly reason: Reason
  readonly action: "purge" | "archive" | "keep"
  /** No end to count (no start yet, 転入 recorded, 永年). */
  readonly noEnd: boolean
  /** The archive period of 除票 kinds. */
  readonly archive: Period.Period | null
}

export const actionFor = (status: RetentionStatus): "purge" | "archive" | "keep" =>
  status === "purge-due" || status === "expired-under-former-rule"
    ? "purge"
    : status === "archive-due"
      ? "archive"
      : "keep"

// Index of a status in a slot of KindPlan.slots.
export const RETAINED = 0
export const ARCHIVE_DUE = 1
export const PURGE_DUE = 2
export const EXPIRED_FORMER = 3
const SLOT_STATUSES: ReadonlyArray<readonly [RetentionStatus, Reason]> = [
  ["retained", "within-period"],
  ["archive-due", "archive-period-passed"],
  ["purge-due", "period-ended"],
  ["expired-under-former-rule", "ended-under-former-rule"]
]

export interface KindPlan {
  /** Position in {@link Resolved}, for per-day threshold caches. */
  readonly id: number
  readonly kind: RecordKind
  readonly policy: RetentionPolicy
  /** Outcomes by slot (regime index in `regimes`, then the override's) and status index. */
  readonly slots: ReadonlyArray<ReadonlyArray<Outcome>>
  /** Outcomes without a period to count: no start yet, 転入 recorded, 永年. */
  readonly noStart: Outcome
  readonly tennyu: Outcome
  readonly forever: Outcome
  /** Enabled regimes, oldest first, with their first day as a day number. */
  readonly regimes: ReadonlyArray<Regime>
  readonly froms: ReadonlyArray<number>
  /** The period of each regime slot after settings (the last one is the current period). */
  readonly periods: ReadonlyArray<Period.Period>
  readonly current: Period.Period
  readonly archive: Period.Period | null
  readonly override: ResolvedOverride | null
}

export interface ResolvedOverride {
  /** `YYYY-MM-DD`; valid dates order like strings. */
  readonly coveredFrom: string
  readonly formerPeriod: Period.Period
  readonly regime: Regime
}

/**
 * Plans by kind. Looked up by the kind's length, then compared: cheaper than a
 * Map in the hot path, and blind to prototype keys such as `toString`.
 */
export class Resolved {
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray first entry sits in bucket 0 (no kind has length 0) and has no `kind` that could match
  private readonly byLength: Array<Array<KindPlan> | undefined> = []
  size = 0
  add(plan: KindPlan): void {
    const n = plan.kind.length
    // Stryker disable next-line ArrayDeclaration: equivalent, a stray string in a bucket has no `kind`, so get() skips it
    const bucket = (this.byLength[n] ??= [])
    bucket.push(plan)
    // Stryker disable next-line UpdateOperator: equivalent, ids only key the Context cache, where negative ids work as well
    this.size++
  }
  get(kind: string): KindPlan | undefined {
    const bucket = this.byLength[kind.length]
    if (bucket === undefined) return undefined
    for (let i = 0; i < bucket.length; i++) {
      const plan = bucket[i] as KindPlan
      if (plan.kind === kind) return plan
    }
    return undefined
  }
}

export const EXTENSION = Calendar.toDayNumber(EXTENSION_DAY)

const isInt = (u: unknown, min: number, max: number): u is number =>
  typeof u === "number" && Number.isInteger(u) && u >= min && u <= max

const settingError = (setting: string): JukiError =>
  makeError(SettingValue, { path: ["settings", setting], params: { setting } })

const isPeriod = (u: unknown): u is Period.Period => {
  if (typeof u !== "object" || u === null) return false
  const p = u as { unit?: unknown; amount?: unknown }
  // A former rule has an end: 永年 (`unit: "forever"`) is none of these units.
  return (p.unit === "years" || p.unit === "months" || p.unit === "days") && isInt(p.amount, 0, 1000 * 366)
}

const resolveOverride = (o: unknown): ResolvedOverride | JukiError | null => {
  if (o === undefined || o === null) return null
  if (typeof o !== "object") return settingError("override")
  const v = o as Partial<MunicipalityOverride>
  if (typeof v.id !== "string" || !Calendar.isIsoDate(v.coveredFrom) || !isPeriod(v.formerPeriod)) {
    return settingError("override")
  }
  const name = v.name ?? { ja: v.id, en: v.id }
  return {
    coveredFrom: v.coveredFrom,
    formerPeriod: v.formerPeriod,
    regime: {
      id: `override.${v.id}.former`,
      from: null,
      period: v.formerPeriod,
      basis: Array.isArray(v.basis) ? v.basis : [],
      wording: {
        text: `${name.ja}の旧規定（${Period.format(v.formerPeriod, "ja")}）`,
        reading: {
          ja: "市町村の公表する対象日を事実として用いる（数え方は未確認）。",
          en: "The municipality's published cut-off is taken as the fact (how it counts is UNVERIFIED)."
        },
        source: `override ${v.id}`,
        verified: false
      },
      note: {
        ja: `${name.ja}の旧規定（${Period.format(v.formerPeriod, "ja")}）。${v.coveredFrom}より前の除票は期間満了。`,
        en: `${name.en} former local rule (${Period.format(v.formerPeriod, "en")}). 除票 before ${v.coveredFrom} ended.`
      }
    }
  }
}

export const resolve = (settings: RetentionSettings | undefined): Resolved | JukiError => {
  if (settings !== undefined && (typeof settings !== "object" || settings === null)) return settingError("settings")
  const s = { ...defaultSettings, ...settings }
  if (!isInt(s.tenshutsuCertificateDays, 0, 36_600)) return settingError("tenshutsuCertificateDays")
  if (!isInt(s.deliveryAddressDays, 0, 36_600)) return settingError("deliveryAddressDays")
  if (s.operationLogYears !== null && !isInt(s.operationLogYears, 1, 1000)) return settingError("operationLogYears")
  if (!isInt(s.archiveAfterYears, 1, 150)) return settingError("archiveAfterYears")
  if (s.csTransition !== "none" && s.csTransition !== "johyo-cutoff") return settingError("csTransition")
  const override = resolveOverride(s.override)
  if (override !== null && !("coveredFrom" in override)) return override
  const out = new Resolved()
  for (const policy of policies) {
    const regimes = policy.timeline.filter((r) => r.enabledBy === undefined || s.csTransition === "johyo-cutoff")
    const last = regimes[regimes.length - 1] as Regime
    let current = last.period
    if (policy.setting === "tenshutsuCertificateDays") current = Period.days(s.tenshutsuCertificateDays)
    if (policy.setting === "deliveryAddressDays") current = Period.days(s.deliveryAddressDays)
    if (policy.setting === "operationLogYears") {
      current = s.operationLogYears === null ? Period.forever : Period.years(s.operationLogYears)
    }
    const isJohyo = policy.kind === "juminhyo-johyo" || policy.kind === "fuhyo-johyo"
    const archive = policy.archive === null ? null : Period.years(s.archiveAfterYears)
    const outcome = (
      status: RetentionStatus,
      regime: Regime,
      period: Period.Period,
      reason: Reason,
      noEnd: boolean
    ): Outcome => ({
      kind: policy.kind,
      status,
      regime,
      period,
      reason,
      action: actionFor(status),
      noEnd,
      archive
    })
    const periods = regimes.map((r, i) => (i === regimes.length - 1 ? current : r.period))
    const slot = (regime: Regime, period: Period.Period) =>
      SLOT_STATUSES.map(([status, reason]) => outcome(status, regime, period, reason, false))
    const slots = regimes.map((r, i) => slot(r, periods[i] as Period.Period))
    if (isJohyo && override !== null) slots.push(slot(override.regime, override.formerPeriod))
    out.add({
      id: out.size,
      kind: policy.kind,
      policy,
      slots,
      noStart:
        current.unit === "forever"
          ? outcome("keep-forever", last, current, "no-fixed-period", true)
          : outcome("retained", last, current, "awaiting-start-event", true),
      tennyu: outcome("retained", last, current, "tennyu-recorded", true),
      forever: outcome("keep-forever", last, current, "no-fixed-period", true),
      regimes,
      // Stryker disable next-line UnaryOperator: equivalent, only the first regime has no `from`; froms[0] is read only by the inForce reduce, which starts at 0 anyway
      froms: regimes.map((r) => (r.from === null ? -Infinity : Calendar.toDayNumber(r.from))),
      periods,
      current,
      archive,
      override: isJohyo ? override : null
    })
  }
  return out
}

export const DEFAULT = resolve(undefined) as Resolved

// ---------------------------------------------------------------------------
// Thresholds for one evaluation day.

const FIRST_DAY = Calendar.toDayNumber("0001-01-01")
const LAST_DAY = Calendar.toDayNumber("9999-12-31")
/** Orders before every `YYYY-MM-DD`. */
const BEFORE_ALL = ""
/** Orders after every `YYYY-MM-DD`. */
const AFTER_ALL = "~"

/** The last day of `period` from `event`, with "after 9999" as +∞ (so it stays monotone). */
const endOrInfinity = (event: number, period: Period.Period): number => {
  const end = Period.lastDayNumber(event, period)
  return end === undefined || end === null ? Infinity : end
}

/** The first start day whose period ends on or after `day`, as `YYYY-MM-DD` (or a sentinel). */
const firstEndingOnOrAfter = (period: Period.Period, day: number): string => {
  if (endOrInfinity(FIRST_DAY, period) >= day) return BEFORE_ALL
  // No period ends before its event (0 days end on the event day) and `day` is at most 9999-12-31, so a start on
  // 9999-12-31 always ends on or after `day`: the search needs no "after all" case.
  let lo = FIRST_DAY // ends before `day`
  let hi = LAST_DAY // ends on or after `day`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (endOrInfinity(mid, period) >= day) hi = mid
    else lo = mid
  }
  return Calendar.fromDayNumber(hi)
}

/** The last start day whose period ends by 9999-12-31, as `YYYY-MM-DD` (or a sentinel). */
const lastWithEnd = (period: Period.Period): string => {
  if (endOrInfinity(LAST_DAY, period) !== Infinity) return AFTER_ALL
  if (endOrInfinity(FIRST_DAY, period) === Infinity) return BEFORE_ALL
  let lo = FIRST_DAY // defined
  let hi = LAST_DAY // undefined
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (endOrInfinity(mid, period) !== Infinity) lo = mid
    else hi = mid
  }
  return Calendar.fromDayNumber(lo)
}

const maxString = (a: string, b: string): string => (a >= b ? a : b)
const minString = (a: string, b: string): string => (a <= b ? a : b)

/** The answers for one kind on one evaluation day, as start-day thresholds. */
export interface Thresholds {
  /** The first start that reaches regime slot i (non-decreasing; slot 0 from the beginning). */
  readonly reach: ReadonlyArray<string>
  /** The last start whose periods up to slot i all end by 9999-12-31. */
  readonly rangeMax: ReadonlyArray<string>
  /** The first start still retained on the day in slot i; earlier ones are due. */
  readonly keepFrom: ReadonlyArray<string>
  /** The first start whose archive move is not yet due; earlier, unarchived ones are. */
  readonly archiveUntil: string
  /**
   * The regime slot in force on the evaluation day: the last regime whose
   * `from` is on or before it. An item never gets a later regime than this one
   * (an evaluation as of 2019-06-19 applies the former 5 years).
   */
  readonly inForce: number
}

export const thresholdsOf = (plan: KindPlan, day: number): Thresholds => {
  const reach: Array<string> = [BEFORE_ALL]
  const rangeMax: Array<string> = [lastWithEnd(plan.periods[0] as Period.Period)]
  const keepFrom: Array<string> = [firstEndingOnOrAfter(plan.periods[0] as Period.Period, day)]
  for (let i = 1; i < plan.periods.length; i++) {
    const previous = plan.periods[i - 1] as Period.Period
    const period = plan.periods[i] as Period.Period
    reach.push(maxString(reach[i - 1] as string, firstEndingOnOrAfter(previous, plan.froms[i] as number)))
    rangeMax.push(minString(rangeMax[i - 1] as string, lastWithEnd(period)))
    keepFrom.push(firstEndingOnOrAfter(period, day))
  }
  return {
    reach,
    rangeMax,
    keepFrom,
    archiveUntil: plan.archive === null ? BEFORE_ALL : firstEndingOnOrAfter(plan.archive, day),
    inForce: plan.froms.reduce((n, from, i) => (from <= day ? i : n), 0)
  }
}

/** The evaluation day with its settings, and the thresholds computed so far. */
export class Context {
  private readonly cache: Array<Thresholds | undefined> = []
  constructor(
    readonly day: number,
    readonly plans: Resolved
  ) {}
  thresholds(plan: KindPlan): Thresholds {
    return (this.cache[plan.id] ??= thresholdsOf(plan, this.day))
  }
}
