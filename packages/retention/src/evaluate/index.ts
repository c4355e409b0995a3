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
 * - Fast batches: for one evaluation day each policy question is monotone in the
 *   start day, so it is answered once per kind (a threshold found by binary
 *   search) and each item is compared with it as a string. A decision is one
 *   small object; `lastRetainedDay` and `archiveFrom` are counted when read.
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
  ItemDate,
  ItemFlag,
  ItemKind,
  ItemRange,
  ItemType,
  ItemsType,
  policies,
  type RecordKind,
  type Regime,
  type RetentionPolicy,
  type RetentionSettings
} from "../policy/index.js"
import type { Evaluation, EvaluationJson, PurgeDecision, Reason, RetentionItem, RetentionStatus } from "./model.js"
import {
  actionFor,
  ARCHIVE_DUE,
  Context,
  DEFAULT,
  EXPIRED_FORMER,
  EXTENSION,
  PURGE_DUE,
  resolve,
  Resolved,
  RETAINED,
  type KindPlan,
  type Outcome,
  type ResolvedOverride,
  type Thresholds
} from "./plan.js"

export * from "./model.js"

// ---------------------------------------------------------------------------
// The evaluation of one item.

const fail = (
  rule: Parameters<typeof makeError>[0],
  index: number,
  options: Parameters<typeof makeError>[1]
): JukiError =>
  index < 0 ? makeError(rule, options) : makeError(rule, { ...options, position: { record: index + 1 } })

// The result of evaluateWith, written to module scratch so that evaluating
// allocates nothing; evaluate and planPurge then build one object from it.
let R_OUTCOME: Outcome | undefined
let R_START: string | null = null
/** A last retained day fixed by the evaluation (override rules), or NaN to count from the start. */
let R_FIXED = Number.NaN

const done = (o: Outcome, start: string | null, fixed: number): undefined => {
  R_OUTCOME = o
  R_START = start
  R_FIXED = fixed
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
 * An {@link Evaluation} built from the scratch: a shared {@link Outcome}, the
 * start day and (for override rules) a fixed last day. The last retained day
 * and the archive day are counted from the start when read.
 */
abstract class EvaluationBase implements Evaluation {
  constructor(
    readonly outcome: Outcome,
    readonly start: string | null,
    readonly fixed: number
  ) {}
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
  get lastRetainedDayNumber(): number | null {
    if (this.outcome.noEnd || this.start === null) return null
    if (!Number.isNaN(this.fixed)) return this.fixed
    return Period.lastDayNumberOfDate(this.start, this.outcome.period) ?? null
  }
  get archiveFromNumber(): number | null {
    const archive = this.outcome.archive
    if (archive === null || this.outcome.noEnd || this.start === null) return null
    // Never null: the archive period has an end; undefined when that end lies after 9999-12-31.
    const end = Period.lastDayNumberOfDate(this.start, archive) as number | undefined
    return end === undefined ? null : end + 1
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
    super(R_OUTCOME as Outcome, R_START, R_FIXED)
  }
  get action(): "purge" | "archive" | "keep" {
    return this.outcome.action
  }
  /** The evaluation alone (a decision reads as one too). */
  get evaluation(): Evaluation {
    return new LazyEvaluation(this.outcome, this.start, this.fixed)
  }
  toJSON(): { action: string; index: number; item: I; evaluation: EvaluationJson } {
    return { action: this.action, index: this.index, item: this.item, evaluation: evaluationJson(this) }
  }
}

// The date parsed by parseDate (module scratch, so the hot path allocates nothing).
let PY = 0
let PM = 0
let PD = 0
/** Exactly Calendar.isIsoDate (`^\d{4}-\d{2}-\d{2}$` and a real date), without a regex match. */
const parseDate = (u: unknown): u is string => {
  if (typeof u !== "string" || u.length !== 10 || u.charCodeAt(4) !== 45 || u.charCodeAt(7) !== 45) return false
  const c0 = u.charCodeAt(0) - 48
  const c1 = u.charCodeAt(1) - 48
  const c2 = u.charCodeAt(2) - 48
  const c3 = u.charCodeAt(3) - 48
  const c5 = u.charCodeAt(5) - 48
  const c6 = u.charCodeAt(6) - 48
  const c8 = u.charCodeAt(8) - 48
  const c9 = u.charCodeAt(9) - 48
  // `>>> 0` turns a negative difference into a large number, so one test per character.
  // The tens of the month and of the day need no test: any other character there puts the month or the day out of
  // the ranges checked below (a month tens digit must be 0 or 1, a day tens digit 0 to 3).
  if (c0 >>> 0 > 9 || c1 >>> 0 > 9 || c2 >>> 0 > 9 || c3 >>> 0 > 9) return false
  if (c6 >>> 0 > 9 || c9 >>> 0 > 9) return false
  const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3
  const m = c5 * 10 + c6
  const d = c8 * 10 + c9
  // Calendar.isValidYmd without its integer checks (the numbers are integers).
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > Calendar.daysInMonth(y, m)) return false
  PY = y
  PM = m
  PD = d
  return true
}

/** A 除票 before the transition under a municipality override (rare): counted day by day. */
const evaluateOverride = (
  plan: KindPlan,
  override: ResolvedOverride,
  start: string,
  archived: boolean,
  context: Context,
  t: Thresholds,
  index: number
): JukiError | undefined => {
  const lastRegime = plan.regimes.length - 1
  const y = PY
  const m = PM
  const d = PD
  if (t.inForce < lastRegime) {
    // Evaluated before the current rule came into force: the former law and the
    // local rule then in force, whichever keeps longer, with no cap.
    let slot = t.inForce
    // Never null: the periods of the 除票 kinds have an end.
    const law = Period.lastDayNumberOfYmd(y, m, d, plan.periods[slot] as Period.Period) as number | undefined
    if (law === undefined) return fail(ItemRange, index, { path: ["start"] })
    let last = law
    const covered = start >= override.coveredFrom
    // Never null: an override's former period has an end (resolve rejects 永年); undefined after 9999-12-31, which
    // is out of range only for a covered start (kept in full): any other one is cut to 2019-06-19.
    const local = Period.lastDayNumberOfYmd(y, m, d, override.formerPeriod) as number | undefined
    if (local === undefined && covered) return fail(ItemRange, index, { path: ["start"] })
    if (local === undefined || local > last) {
      // Not covered by the city's published date: its local period ended before 2019-06-20.
      last = covered ? (local as number) : Math.min(local ?? Number.POSITIVE_INFINITY, EXTENSION - 1)
      slot = plan.regimes.length
    }
    const outcomes = plan.slots[slot] as ReadonlyArray<Outcome>
    if (context.day > last) return done(outcomes[PURGE_DUE] as Outcome, start, last)
    if (!archived && start < t.archiveUntil) return done(outcomes[ARCHIVE_DUE] as Outcome, start, last)
    return done(outcomes[RETAINED] as Outcome, start, last)
  }
  if (start >= override.coveredFrom) {
    // The municipality still held it on 2019-06-20: covered by the current rule. No range check: the start lies
    // before the one that reaches the current regime (2014-06-20 for the 除票 kinds), so its period ends long before 9999.
    const outcomes = plan.slots[lastRegime] as ReadonlyArray<Outcome>
    if (start < (t.keepFrom[lastRegime] as string)) return done(outcomes[PURGE_DUE] as Outcome, start, Number.NaN)
    if (!archived && start < t.archiveUntil) return done(outcomes[ARCHIVE_DUE] as Outcome, start, Number.NaN)
    return done(outcomes[RETAINED] as Outcome, start, Number.NaN)
  }
  // Kept longer by local rule, but never into the new regime's first day: so, with the current regime in force
  // (the day is on or after its first day), its period has always ended.
  let slot = 0
  let last = Period.lastDayNumberOfYmd(y, m, d, plan.periods[0] as Period.Period) as number
  // Never null: an override's former period has an end (resolve rejects 永年); undefined (after 9999-12-31) keeps
  // longer than the law too, and is cut like any other.
  const local = Period.lastDayNumberOfYmd(y, m, d, override.formerPeriod) as number | undefined
  if (local === undefined || local > last) {
    last = Math.min(local ?? Number.POSITIVE_INFINITY, EXTENSION - 1)
    slot = plan.regimes.length
  }
  return done((plan.slots[slot] as ReadonlyArray<Outcome>)[EXPIRED_FORMER] as Outcome, start, last)
}

/** Evaluates into the R_* scratch; returns an error, or undefined on success. */
const evaluateWith = (item: unknown, context: Context, index: number): JukiError | undefined => {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return fail(ItemType, index, { input: item })
  }
  const it = item as {
    readonly kind?: unknown
    readonly start?: unknown
    readonly archived?: unknown
    readonly tennyuRecorded?: unknown
  }
  const kind = it.kind
  const plan = typeof kind === "string" ? context.plans.get(kind) : undefined
  if (plan === undefined) return fail(ItemKind, index, { input: kind, path: ["kind"] })
  const start = it.start
  if (start === undefined || start === null) {
    if (plan.policy.startRequired) return fail(ItemDate, index, { path: ["start"] })
    return done(plan.noStart, null, Number.NaN)
  }
  if (!parseDate(start)) return fail(ItemDate, index, { input: start, path: ["start"] })

  let archived = false
  if (plan.archive !== null && it.archived !== undefined) {
    if (typeof it.archived !== "boolean") return fail(ItemFlag, index, { input: it.archived, path: ["archived"] })
    archived = it.archived
  }
  if (plan.kind === "tenshutsu-certificate-info" && it.tennyuRecorded !== undefined) {
    if (typeof it.tennyuRecorded !== "boolean") {
      return fail(ItemFlag, index, { input: it.tennyuRecorded, path: ["tennyuRecorded"] })
    }
    if (it.tennyuRecorded) return done(plan.tennyu, start, Number.NaN)
  }
  if (plan.current.unit === "forever") return done(plan.forever, start, Number.NaN)

  const t = context.thresholds(plan)
  // The regime: an item moves to the next one only when its period under the
  // previous one had not ended on the day the next one came into force, and
  // never to a regime not yet in force on the evaluation day.
  const reach = t.reach
  let slot = reach.length - 1
  // reach[0] is "" (every start reaches the first regime), so the loop stops there.
  while (start < (reach[slot] as string)) slot--
  slot = Math.min(slot, t.inForce)
  // Superseded: a later regime is in force, but the item's period ended before it.
  const former = slot < t.inForce
  if (plan.override !== null && slot < plan.regimes.length - 1) {
    return evaluateOverride(plan, plan.override, start, archived, context, t, index)
  }
  if (start > (t.rangeMax[slot] as string)) return fail(ItemRange, index, { path: ["start"] })
  const outcomes = plan.slots[slot] as ReadonlyArray<Outcome>
  if (start < (t.keepFrom[slot] as string)) {
    return done(outcomes[former ? EXPIRED_FORMER : PURGE_DUE] as Outcome, start, Number.NaN)
  }
  if (!archived && start < t.archiveUntil) return done(outcomes[ARCHIVE_DUE] as Outcome, start, Number.NaN)
  return done(outcomes[RETAINED] as Outcome, start, Number.NaN)
}

const asOfDay = (asOf: unknown): number | JukiError =>
  Calendar.isIsoDate(asOf) ? Calendar.toDayNumber(asOf) : makeError(AsOfDate, { input: asOf, path: ["asOf"] })

const plansFor = (settings: RetentionSettings | undefined): Resolved | JukiError =>
  settings === undefined ? DEFAULT : resolve(settings)

/** The plan's context, or the error that makes every decision invalid. */
const prepare = (asOf: unknown, settings: RetentionSettings | undefined): Context | JukiError => {
  const day = asOfDay(asOf)
  if (typeof day !== "number") return day
  const plans = plansFor(settings)
  return plans instanceof Resolved ? new Context(day, plans) : plans
}

// The last context of `evaluate` with the default settings, reused while asOf stays the same.
let lastDefault: Context | undefined

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
  let context: Context | JukiError
  if (
    settings === undefined &&
    lastDefault !== undefined &&
    Calendar.isIsoDate(asOf) &&
    lastDefault.day === Calendar.toDayNumber(asOf)
  ) {
    context = lastDefault
  } else {
    context = prepare(asOf, settings)
    if (settings === undefined && context instanceof Context) lastDefault = context
  }
  if (!(context instanceof Context)) return Result.fail(context)
  const error = evaluateWith(item, context, -1)
  return error === undefined
    ? Result.succeed(new LazyEvaluation(R_OUTCOME as Outcome, R_START, R_FIXED))
    : Result.fail(error)
}

/**
 * The action of a plan for a status.
 *
 * @category getters
 * @since 0.1.0
 */
export const actionOf = (status: RetentionStatus): "purge" | "archive" | "keep" => actionFor(status)

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined }

const decide = <I>(item: I, index: number, context: Context | JukiError): PurgeDecision<I> => {
  const problem = context instanceof Context ? evaluateWith(item, context, index) : context
  return problem === undefined
    ? (new Decision(index, item) as PurgeDecision<I>)
    : { action: "invalid", index, item, error: problem }
}

/** The sync plan: a plain iterator (an index loop over arrays), cheaper than a generator. */
class SyncPlan<I> implements IterableIterator<PurgeDecision<I>> {
  private index = 0
  private readonly array: ArrayLike<I> | undefined
  private readonly source: Iterator<I> | undefined
  private readonly context: Context | JukiError
  constructor(items: Iterable<I>, asOf: unknown, settings: RetentionSettings | undefined) {
    const fast = Array.isArray(items) && (items as Array<I>)[Symbol.iterator] === Array.prototype[Symbol.iterator]
    this.array = fast ? (items as Array<I>) : undefined
    this.source = fast ? undefined : items[Symbol.iterator]()
    this.context = prepare(asOf, settings)
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
    return { done: false, value: decide(item, this.index++, this.context) }
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
  const context = prepare(asOf, settings)
  let index = 0
  for await (const item of items) yield decide(item, index++, context)
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
  "expired-under-former-rule": {
    ja: "旧規定により保存期間満了（削除対象）",
    en: "ended under the former rule (purge due)"
  },
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
