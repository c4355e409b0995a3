/**
 * Decides, for one record or a stream of millions, whether it must still be
 * kept, moved to the 除票 database, or erased, with the last retained day and
 * the rule that decided.
 *
 * **When to use**
 *
 * Use {@link evaluate} for one item (a screen, an API call) and
 * {@link planPurge} for a batch: it reads any iterable or async iterable
 * (a database cursor, a file stream) and yields one {@link PurgeDecision} per
 * item, in order, in constant memory.
 *
 * **Details**
 *
 * - The item form: `{ kind, start?, archived?, tennyuRecorded? }` (extra fields
 *   such as your own id are kept and handed back in the decision). `kind` is a
 *   {@link RecordKind}; `start` is the `YYYY-MM-DD` day of the event that starts
 *   the period (see {@link RetentionPolicy.start}).
 * - Status on `asOf`: `purge-due` when `asOf` is after the last retained day;
 *   `expired-under-former-rule` when that day was set by the former 5-year rule
 *   (a 除票 消除 before 2014-06-20); `archive-due` when a 除票 still in the live
 *   database (`archived` not `true`) has passed the archive period; `keep-forever`
 *   for rules without end; `retained` otherwise.
 * - Actions: `purge` for `purge-due` and `expired-under-former-rule`, `archive` for
 *   `archive-due`, `keep` for `retained` and `keep-forever`, `invalid` for items
 *   that fail a rule (a {@link JukiError} with a rule id such as
 *   `retention.item.date`). Nothing throws on bad items.
 * - The last retained day follows 民法140条・143条 (see the `Period` module): the
 *   item may be erased from the next day on.
 *
 * **Gotchas**
 *
 * - An item without `start` where the policy allows it (送付先情報 not yet
 *   sent, operation logs) is `retained`/`keep-forever` with `lastRetainedDay: null`.
 * - A 転出証明書情報 with `tennyuRecorded: true` was used for a 転入: the erasure
 *   rule no longer applies, so it is kept (`lastRetainedDay: null`).
 * - Errors thrown by your own iterable (a failing cursor) propagate; juki adds
 *   none.
 *
 * **Example** (A purge plan)
 *
 * ```ts
 * import { planPurge } from "@juki/retention"
 *
 * const items = [
 *   { id: 1, kind: "juminhyo-johyo", start: "2014-06-19" },
 *   { id: 2, kind: "juminhyo-johyo", start: "2014-06-20" },
 *   { id: 3, kind: "paper", start: "2024-04-01" }
 * ] as const
 * for (const d of planPurge(items, "2025-04-02")) {
 *   console.log(d.index, d.action, d.action === "invalid" ? d.error.code : d.evaluation.lastRetainedDay)
 * }
 * // 0 purge 2019-06-19   (expired under the former 5-year rule)
 * // 1 archive 2164-06-20 (covered by 150 years; due for the 除票 database)
 * // 2 purge 2025-04-01
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, makeError, type JukiError, type LegalBasis } from "@juki/core"
import { Result } from "effect"
import * as Period from "../period/index.js"
import {
  AsOfDate,
  defaultSettings,
  EXTENSION_DAY,
  ItemDate,
  ItemFlag,
  ItemKind,
  ItemRange,
  ItemType,
  ItemsType,
  policies,
  SettingValue,
  type MunicipalityOverride,
  type RecordKind,
  type Regime,
  type RetentionPolicy,
  type RetentionSettings
} from "../policy/index.js"

/**
 * The form of an item to evaluate. Extra fields are allowed and ignored.
 *
 * @category models
 * @since 0.1.0
 */
export interface RetentionItem {
  readonly kind: RecordKind
  /** The day of the event that starts the period (`YYYY-MM-DD`). */
  readonly start?: Calendar.IsoDate | string | undefined
  /** 除票 only: already moved to the 除票 database. */
  readonly archived?: boolean | undefined
  /** 転出証明書情報 only: a 転入 was recorded with it. */
  readonly tennyuRecorded?: boolean | undefined
}

/**
 * Where an item stands on the evaluation day.
 *
 * @category models
 * @since 0.1.0
 */
export type RetentionStatus = "retained" | "archive-due" | "purge-due" | "expired-under-former-rule" | "keep-forever"

/**
 * Why an item has its status (rendered by {@link describe}).
 *
 * @category models
 * @since 0.1.0
 */
export type Reason =
  | "within-period"
  | "archive-period-passed"
  | "period-ended"
  | "ended-under-former-rule"
  | "no-fixed-period"
  | "awaiting-start-event"
  | "tennyu-recorded"

/**
 * The result of evaluating one item. The day fields exist both as
 * `YYYY-MM-DD` strings (written when read) and as day numbers of
 * `Calendar.toDayNumber` (for sorting and database queries).
 *
 * @category models
 * @since 0.1.0
 */
export interface Evaluation {
  readonly kind: RecordKind
  readonly status: RetentionStatus
  /** The last day the item must be kept (it may go from the next day); `null`: no end. */
  readonly lastRetainedDay: Calendar.IsoDate | null
  /** {@link Evaluation.lastRetainedDay} as a day number. */
  readonly lastRetainedDayNumber: number | null
  /** 除票 only: the first day the item belongs in the 除票 database. */
  readonly archiveFrom: Calendar.IsoDate | null
  /** {@link Evaluation.archiveFrom} as a day number. */
  readonly archiveFromNumber: number | null
  /** The regime that set `lastRetainedDay`. */
  readonly regime: Regime
  /** The period applied (the regime's, or the one a setting chose). */
  readonly period: Period.Period
  readonly basis: ReadonlyArray<LegalBasis>
  readonly reason: Reason
}

/**
 * The JSON form of an {@link Evaluation} (the regime by its id).
 *
 * @category models
 * @since 0.1.0
 */
export interface EvaluationJson {
  readonly kind: RecordKind
  readonly status: RetentionStatus
  readonly lastRetainedDay: Calendar.IsoDate | null
  readonly archiveFrom: Calendar.IsoDate | null
  readonly regime: string
  readonly period: Period.Period
  readonly basis: ReadonlyArray<LegalBasis>
  readonly reason: Reason
}

/**
 * What a purge plan does with an item.
 *
 * @category models
 * @since 0.1.0
 */
export type PurgeAction = "purge" | "archive" | "keep" | "invalid"

/**
 * One decision of {@link planPurge}. `index` is the 0-based position in the
 * input stream.
 *
 * @category models
 * @since 0.1.0
 */
export type PurgeDecision<I = unknown> =
  | {
      readonly action: "purge" | "archive" | "keep"
      readonly index: number
      readonly item: I
      readonly evaluation: Evaluation
    }
  | { readonly action: "invalid"; readonly index: number; readonly item: unknown; readonly error: JukiError }

// ---------------------------------------------------------------------------
// Settings, resolved once per call.

/**
 * The part of an evaluation shared by every item with the same kind, regime,
 * period and status: built once per settings, so decisions stay small.
 */
interface Outcome {
  readonly kind: RecordKind
  readonly status: RetentionStatus
  readonly regime: Regime
  readonly period: Period.Period
  readonly reason: Reason
  readonly action: "purge" | "archive" | "keep"
}

const actionFor = (status: RetentionStatus): "purge" | "archive" | "keep" =>
  status === "purge-due" || status === "expired-under-former-rule" ? "purge" : status === "archive-due" ? "archive" : "keep"

const outcome = (kind: RecordKind, status: RetentionStatus, regime: Regime, period: Period.Period, reason: Reason): Outcome => ({
  kind,
  status,
  regime,
  period,
  reason,
  action: actionFor(status)
})

// Index of a status in a slot of KindPlan.slots.
const RETAINED = 0
const ARCHIVE_DUE = 1
const PURGE_DUE = 2
const EXPIRED_FORMER = 3
const SLOT_STATUSES: ReadonlyArray<readonly [RetentionStatus, Reason]> = [
  ["retained", "within-period"],
  ["archive-due", "archive-period-passed"],
  ["purge-due", "period-ended"],
  ["expired-under-former-rule", "ended-under-former-rule"]
]

interface KindPlan {
  readonly policy: RetentionPolicy
  /** Outcomes by regime (index in `regimes`, then the override's) and status index. */
  readonly slots: ReadonlyArray<ReadonlyArray<Outcome>>
  /** Outcomes without a period to count: no start yet, 転入 recorded, 永年. */
  readonly noStart: Outcome
  readonly tennyu: Outcome
  readonly forever: Outcome
  /** Whether the archive period equals the first regime's (its end is reused). */
  readonly archiveSameAsFirst: boolean
  /** Enabled regimes, oldest first, with their first day as a day number. */
  readonly regimes: ReadonlyArray<Regime>
  readonly froms: ReadonlyArray<number>
  /** The period of the current regime after settings. */
  readonly current: Period.Period
  readonly archive: Period.Period | null
  readonly override: ResolvedOverride | null
}

interface ResolvedOverride {
  /** `YYYY-MM-DD`; valid dates order like strings. */
  readonly coveredFrom: string
  readonly formerPeriod: Period.Period
  readonly regime: Regime
}

/**
 * Plans by kind. Looked up by the kind's length, then compared: cheaper than a
 * Map in the hot path, and blind to prototype keys such as `toString`.
 */
class Resolved {
  private readonly byLength: Array<Array<KindPlan> | undefined> = []
  add(plan: KindPlan): void {
    const n = plan.policy.kind.length
    ;(this.byLength[n] ??= []).push(plan)
  }
  get(kind: string): KindPlan | undefined {
    const bucket = this.byLength[kind.length]
    if (bucket === undefined) return undefined
    for (let i = 0; i < bucket.length; i++) {
      const plan = bucket[i] as KindPlan
      if (plan.policy.kind === kind) return plan
    }
    return undefined
  }
}

const EXTENSION = Calendar.toDayNumber(EXTENSION_DAY)

const isInt = (u: unknown, min: number, max: number): u is number =>
  typeof u === "number" && Number.isInteger(u) && u >= min && u <= max

const settingError = (setting: string): JukiError => makeError(SettingValue, { path: ["settings", setting], params: { setting } })

const isPeriod = (u: unknown): u is Period.Period => {
  if (typeof u !== "object" || u === null) return false
  const p = u as { unit?: unknown; amount?: unknown }
  if (p.unit === "forever") return false // a former rule has an end
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
      note: {
        ja: `${name.ja}の旧規定（${Period.format(v.formerPeriod, "ja")}）。${v.coveredFrom}より前の除票は期間満了。`,
        en: `${name.en} former local rule (${Period.format(v.formerPeriod, "en")}). 除票 before ${v.coveredFrom} ended.`
      }
    }
  }
}

const resolve = (settings: RetentionSettings | undefined): Resolved | JukiError => {
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
    const first = (regimes[0] as Regime).period
    const slot = (regime: Regime, period: Period.Period) =>
      SLOT_STATUSES.map(([status, reason]) => outcome(policy.kind, status, regime, period, reason))
    const slots = regimes.map((r, i) => slot(r, i === regimes.length - 1 ? current : r.period))
    if (isJohyo && override !== null) slots.push(slot(override.regime, override.formerPeriod))
    out.add({
      policy,
      slots,
      noStart:
        current.unit === "forever"
          ? outcome(policy.kind, "keep-forever", last, current, "no-fixed-period")
          : outcome(policy.kind, "retained", last, current, "awaiting-start-event"),
      tennyu: outcome(policy.kind, "retained", last, current, "tennyu-recorded"),
      forever: outcome(policy.kind, "keep-forever", last, current, "no-fixed-period"),
      archiveSameAsFirst:
        regimes.length > 1 && first.unit === "years" && policy.archive !== null && first.amount === s.archiveAfterYears,
      regimes,
      froms: regimes.map((r) => (r.from === null ? -Infinity : Calendar.toDayNumber(r.from))),
      current,
      archive: policy.archive === null ? null : Period.years(s.archiveAfterYears),
      override: isJohyo ? override : null
    })
  }
  return out
}

const DEFAULT = resolve(undefined) as Resolved

// ---------------------------------------------------------------------------
// The evaluation of one item.

const fail = (rule: Parameters<typeof makeError>[0], index: number, options: Parameters<typeof makeError>[1]): JukiError =>
  index < 0 ? makeError(rule, options) : makeError(rule, { ...options, position: { record: index + 1 } })

// The result of evaluateWith, written to module scratch so that evaluating
// allocates nothing; evaluate and planPurge then build one object from it.
let R_OUTCOME: Outcome | undefined
let R_LAST: number | null = null
let R_ARCHIVE: number | null = null

const done = (o: Outcome, last: number | null, archiveFrom: number | null): undefined => {
  R_OUTCOME = o
  R_LAST = last
  R_ARCHIVE = archiveFrom
  return undefined
}

const dayString = (n: number | null): Calendar.IsoDate | null => (n === null ? null : Calendar.fromDayNumber(n))

const evaluationJson = (e: Evaluation): EvaluationJson => ({
  kind: e.kind,
  status: e.status,
  lastRetainedDay: e.lastRetainedDay,
  archiveFrom: e.archiveFrom,
  regime: e.regime.id,
  period: e.period,
  basis: e.basis,
  reason: e.reason
})

const INSPECT = Symbol.for("nodejs.util.inspect.custom")

/**
 * An {@link Evaluation} built from the scratch: a shared {@link Outcome} and
 * two day numbers; the `YYYY-MM-DD` strings are written only when read.
 */
abstract class EvaluationBase implements Evaluation {
  readonly outcome: Outcome = R_OUTCOME as Outcome
  readonly lastRetainedDayNumber: number | null = R_LAST
  readonly archiveFromNumber: number | null = R_ARCHIVE
  get kind(): RecordKind {
    return this.outcome.kind
  }
  get status(): RetentionStatus {
    return this.outcome.status
  }
  get regime(): Regime {
    return this.outcome.regime
  }
  get period(): Period.Period {
    return this.outcome.period
  }
  get reason(): Reason {
    return this.outcome.reason
  }
  get basis(): ReadonlyArray<LegalBasis> {
    return this.outcome.regime.basis
  }
  get lastRetainedDay(): Calendar.IsoDate | null {
    return dayString(this.lastRetainedDayNumber)
  }
  get archiveFrom(): Calendar.IsoDate | null {
    return dayString(this.archiveFromNumber)
  }
  abstract toJSON(): unknown
  [INSPECT](): unknown {
    return this.toJSON()
  }
}

class LazyEvaluation extends EvaluationBase {
  toJSON(): EvaluationJson {
    return evaluationJson(this)
  }
}

/**
 * A decision of a purge plan that is also its own evaluation, so a plan over
 * millions of rows allocates one small object per item.
 */
class Decision<I> extends EvaluationBase {
  constructor(
    readonly index: number,
    readonly item: I
  ) {
    super()
  }
  get action(): "purge" | "archive" | "keep" {
    return this.outcome.action
  }
  get evaluation(): Evaluation {
    return this
  }
  toJSON(): { action: string; index: number; item: I; evaluation: EvaluationJson } {
    return { action: this.action, index: this.index, item: this.item, evaluation: evaluationJson(this) }
  }
}

// The date parsed by parseDate (module scratch, so the hot path allocates nothing).
let PY = 0
let PM = 0
let PD = 0
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -100_000
}
/** Exactly Calendar.isIsoDate (`^\d{4}-\d{2}-\d{2}$` and a real date), without a regex match. */
const parseDate = (u: unknown): boolean => {
  if (typeof u !== "string" || u.length !== 10 || u.charCodeAt(4) !== 45 || u.charCodeAt(7) !== 45) return false
  // A non-digit makes its number negative (-100000 outweighs every digit sum).
  const y = digit(u, 0) * 1000 + digit(u, 1) * 100 + digit(u, 2) * 10 + digit(u, 3)
  const m = digit(u, 5) * 10 + digit(u, 6)
  const d = digit(u, 8) * 10 + digit(u, 9)
  // Calendar.isValidYmd without its integer checks (the numbers are integers).
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > Calendar.daysInMonth(y, m)) return false
  PY = y
  PM = m
  PD = d
  return true
}

/** Evaluates into the R_* scratch; returns an error, or undefined on success. */
const evaluateWith = (item: unknown, asOf: number, plans: Resolved, index: number): JukiError | undefined => {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return fail(ItemType, index, { input: item })
  }
  const it = item as { readonly kind?: unknown; readonly start?: unknown; readonly archived?: unknown; readonly tennyuRecorded?: unknown }
  const kind = it.kind
  const plan = typeof kind === "string" ? plans.get(kind) : undefined
  if (plan === undefined) return fail(ItemKind, index, { input: kind, path: ["kind"] })
  const start = it.start
  if (start === undefined || start === null) {
    if (plan.policy.startRequired) return fail(ItemDate, index, { path: ["start"] })
    return done(plan.noStart, null, null)
  }
  if (!parseDate(start)) return fail(ItemDate, index, { input: start, path: ["start"] })
  const y = PY
  const m = PM
  const d = PD

  let archived = false
  if (plan.archive !== null && it.archived !== undefined) {
    if (typeof it.archived !== "boolean") return fail(ItemFlag, index, { input: it.archived, path: ["archived"] })
    archived = it.archived
  }
  if (plan.policy.kind === "tenshutsu-certificate-info" && it.tennyuRecorded !== undefined) {
    if (typeof it.tennyuRecorded !== "boolean") {
      return fail(ItemFlag, index, { input: it.tennyuRecorded, path: ["tennyuRecorded"] })
    }
    if (it.tennyuRecorded) {
      return done(plan.tennyu, null, null)
    }
  }
  if (plan.current.unit === "forever") {
    return done(plan.forever, null, null)
  }

  // Walk the timeline: an item moves to the next regime only when its period
  // under the previous one had not ended on the day the next one came into force.
  const regimes = plan.regimes
  const lastRegime = regimes.length - 1
  let slot = 0
  let last = Period.lastDayNumberOfYmd(y, m, d, lastRegime === 0 ? plan.current : (regimes[0] as Regime).period)
  const firstEnd = last
  let former = false
  for (let i = 1; i <= lastRegime && last !== undefined && last !== null; i++) {
    if (last >= (plan.froms[i] as number)) {
      slot = i
      last = Period.lastDayNumberOfYmd(y, m, d, i === lastRegime ? plan.current : (regimes[i] as Regime).period)
    } else {
      former = true
      break
    }
  }
  const override = plan.override
  if (override !== null && former && last !== undefined && last !== null) {
    if ((start as string) >= override.coveredFrom) {
      // The municipality still held it on 2019-06-20: covered by the current rule.
      former = false
      slot = lastRegime
      last = Period.lastDayNumberOfYmd(y, m, d, plan.current)
    } else {
      // Kept longer by local rule, but never into the new regime's first day.
      const local = Period.lastDayNumberOfYmd(y, m, d, override.formerPeriod)
      if (local !== undefined && local !== null && local > last) {
        last = Math.min(local, EXTENSION - 1)
        slot = regimes.length
      }
    }
  }
  if (last === undefined || last === null) return fail(ItemRange, index, { path: ["start"] })

  let archiveFrom: number | null = null
  if (plan.archive !== null) {
    const a = plan.archiveSameAsFirst ? firstEnd : Period.lastDayNumberOfYmd(y, m, d, plan.archive)
    archiveFrom = a === undefined || a === null ? null : a + 1
  }
  const outcomes = plan.slots[slot] as ReadonlyArray<Outcome>
  if (asOf > last) return done(outcomes[former ? EXPIRED_FORMER : PURGE_DUE] as Outcome, last, archiveFrom)
  if (archiveFrom !== null && !archived && asOf >= archiveFrom) {
    return done(outcomes[ARCHIVE_DUE] as Outcome, last, archiveFrom)
  }
  return done(outcomes[RETAINED] as Outcome, last, archiveFrom)
}

const asOfDay = (asOf: unknown): number | JukiError =>
  Calendar.isIsoDate(asOf) ? Calendar.toDayNumber(asOf) : makeError(AsOfDate, { input: asOf, path: ["asOf"] })

const plansFor = (settings: RetentionSettings | undefined): Resolved | JukiError =>
  settings === undefined ? DEFAULT : resolve(settings)

/**
 * Evaluates one item on the day `asOf`: its status, last retained day and the
 * rule that decided. Returns a {@link JukiError} (never throws) for an item that
 * is not an object (`retention.item.type`), names no known kind
 * (`retention.item.kind`), lacks a required or real start date
 * (`retention.item.date`), has a non-boolean flag (`retention.item.flag`), or
 * ends after 9999 (`retention.item.range`); for a bad `asOf`
 * (`retention.as-of.date`) or bad settings (`retention.settings.value`).
 *
 * **Example**
 *
 * ```ts
 * import { evaluate } from "@juki/retention"
 * import { Result } from "effect"
 *
 * const r = evaluate({ kind: "juminhyo-johyo", start: "2014-06-20", archived: true }, "2025-01-01")
 * if (Result.isSuccess(r)) {
 *   r.success.status // => "retained"
 *   r.success.lastRetainedDay // => "2164-06-20"
 *   r.success.regime.id // => "rei34-1.150y"
 * }
 * ```
 *
 * @category evaluation
 * @since 0.1.0
 */
export const evaluate = (
  item: RetentionItem | unknown,
  asOf: Calendar.IsoDate | string,
  settings?: RetentionSettings
): Result.Result<Evaluation, JukiError> => {
  const day = asOfDay(asOf)
  if (typeof day !== "number") return Result.fail(day)
  const plans = plansFor(settings)
  if (!(plans instanceof Resolved)) return Result.fail(plans as JukiError)
  const error = evaluateWith(item, day, plans, -1)
  return error === undefined ? Result.succeed(new LazyEvaluation()) : Result.fail(error)
}

/**
 * The action of a plan for a status.
 *
 * @category getters
 * @since 0.1.0
 */
export const actionOf = (status: RetentionStatus): "purge" | "archive" | "keep" => actionFor(status)

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined }

const decide = <I>(item: I, index: number, day: number, plans: Resolved | undefined, error: JukiError | undefined): PurgeDecision<I> => {
  const problem = plans === undefined ? error : evaluateWith(item, day, plans, index)
  return problem === undefined
    ? (new Decision(index, item) as PurgeDecision<I>)
    : { action: "invalid", index, item, error: problem }
}

/** The plan's day and settings, or the error that makes every decision invalid. */
interface Prepared {
  readonly day: number
  readonly plans: Resolved | undefined
  readonly error: JukiError | undefined
}

const prepare = (asOf: unknown, settings: RetentionSettings | undefined): Prepared => {
  const day = asOfDay(asOf)
  if (typeof day !== "number") return { day: 0, plans: undefined, error: day }
  const plans = plansFor(settings)
  return plans instanceof Resolved ? { day, plans, error: undefined } : { day: 0, plans: undefined, error: plans }
}

/** The sync plan: a plain iterator (an index loop over arrays), cheaper than a generator. */
class SyncPlan<I> implements IterableIterator<PurgeDecision<I>> {
  private index = 0
  private readonly array: ArrayLike<I> | undefined
  private readonly source: Iterator<I> | undefined
  private readonly day: number
  private readonly plans: Resolved | undefined
  private readonly error: JukiError | undefined
  constructor(items: Iterable<I>, asOf: unknown, settings: RetentionSettings | undefined) {
    const fast = Array.isArray(items) && (items as Array<I>)[Symbol.iterator] === Array.prototype[Symbol.iterator]
    this.array = fast ? (items as Array<I>) : undefined
    this.source = fast ? undefined : items[Symbol.iterator]()
    const p = prepare(asOf, settings)
    this.day = p.day
    this.plans = p.plans
    this.error = p.error
  }
  next(): IteratorResult<PurgeDecision<I>, undefined> {
    let item: I
    if (this.array !== undefined) {
      if (this.index >= this.array.length) return DONE
      item = this.array[this.index] as I
    } else {
      const r = (this.source as Iterator<I>).next()
      if (r.done === true) return DONE
      item = r.value
    }
    return { done: false, value: decide(item, this.index++, this.day, this.plans, this.error) }
  }
  return(): IteratorResult<PurgeDecision<I>, undefined> {
    this.source?.return?.()
    return DONE
  }
  [Symbol.iterator](): this {
    return this
  }
}

async function* planAsync<I>(
  items: AsyncIterable<I>,
  asOf: unknown,
  settings: RetentionSettings | undefined
): AsyncGenerator<PurgeDecision<I>> {
  const { day, plans, error } = prepare(asOf, settings)
  let index = 0
  for await (const item of items) yield decide(item, index++, day, plans, error)
}

function* notIterable(items: unknown): Generator<PurgeDecision<never>> {
  yield { action: "invalid", index: 0, item: items, error: makeError(ItemsType, { input: items }) }
}

/**
 * Plans a purge over a stream of items: one {@link PurgeDecision} per item, in
 * input order, each with its evaluation (status, last retained day, regime and
 * basis) or its error. Lazy in and out: a sync iterable gives a sync iterable,
 * an async iterable (a cursor, a Node stream) an async one, and nothing is
 * buffered, so millions of records run in constant memory.
 *
 * A bad `asOf` or bad settings make every decision `invalid` with that error;
 * nothing is ever selected for purge by mistake. Input that is not iterable
 * gives one `invalid` decision (`retention.items.type`).
 *
 * **Example** (Async source)
 *
 * ```ts
 * import { planPurge } from "@juki/retention"
 *
 * async function* rows() {
 *   yield { kind: "tenshutsu-certificate-info", start: "2025-03-01" }
 * }
 * for await (const d of planPurge(rows(), "2025-04-01")) {
 *   d.action // => "purge" (2025-03-31 was the last retained day)
 * }
 * ```
 *
 * @category evaluation
 * @since 0.1.0
 */
export function planPurge<I>(
  items: AsyncIterable<I>,
  asOf: Calendar.IsoDate | string,
  settings?: RetentionSettings
): AsyncIterableIterator<PurgeDecision<I>>
export function planPurge<I>(
  items: Iterable<I>,
  asOf: Calendar.IsoDate | string,
  settings?: RetentionSettings
): IterableIterator<PurgeDecision<I>>
export function planPurge<I>(
  items: Iterable<I> | AsyncIterable<I>,
  asOf: Calendar.IsoDate | string,
  settings?: RetentionSettings
): IterableIterator<PurgeDecision<I>> | AsyncIterableIterator<PurgeDecision<I>> {
  const u = items as unknown
  if (u !== null && u !== undefined) {
    const o = u as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown }
    if (typeof o[Symbol.asyncIterator] === "function") return planAsync(items as AsyncIterable<I>, asOf, settings)
    if (typeof o[Symbol.iterator] === "function") return new SyncPlan(items as Iterable<I>, asOf, settings)
  }
  return notIterable(items)
}

const STATUS_TEXT: { readonly [S in RetentionStatus]: { readonly ja: string; readonly en: string } } = {
  retained: { ja: "保存期間中", en: "retained" },
  "archive-due": { ja: "除票DBへの移行対象", en: "due for the 除票 database" },
  "purge-due": { ja: "保存期間満了（削除対象）", en: "retention ended (purge due)" },
  "expired-under-former-rule": { ja: "旧規定により保存期間満了（削除対象）", en: "ended under the former rule (purge due)" },
  "keep-forever": { ja: "永年保存", en: "kept for good" }
}

/**
 * Renders an evaluation as one line for operators and audit logs, in Japanese
 * (default) or English. It contains no personal data.
 *
 * **Example**
 *
 * ```ts
 * import { describe, evaluate } from "@juki/retention"
 * import { Result } from "effect"
 *
 * const r = evaluate({ kind: "paper", start: "2024-04-01" }, "2025-04-02")
 * if (Result.isSuccess(r)) describe(r.success, "en")
 * // => "notification forms and other papers: retention ended (purge due); last retained day 2025-04-01 (住民基本台帳法施行令 第34条第4項, 1 year)"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const describe = (e: Evaluation, lang: "ja" | "en" = "ja"): string => {
  const policy = policies.find((p) => p.kind === e.kind) as RetentionPolicy
  const cites = e.basis.map((b) => (b.verified ? b.cite : `${b.cite} [UNVERIFIED]`)).join("; ")
  const period = Period.format(e.period, lang)
  const last =
    e.lastRetainedDay === null
      ? lang === "ja"
        ? "終期なし"
        : "no end"
      : lang === "ja"
        ? `${e.lastRetainedDay}まで保存`
        : `last retained day ${e.lastRetainedDay}`
  return lang === "ja"
    ? `${policy.label.ja}: ${STATUS_TEXT[e.status].ja}、${last}（${cites}、${period}）`
    : `${policy.label.en}: ${STATUS_TEXT[e.status].en}; ${last} (${cites}, ${period})`
}
