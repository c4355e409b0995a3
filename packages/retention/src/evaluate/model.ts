/**
 * The data of an evaluation: the item form, statuses, reasons, the
 * {@link Evaluation} and the decisions of a purge plan. Re-exported by the
 * evaluate module; see it for the rules.
 *
 * @since 0.1.0
 * @module
 */
import type { Calendar, JukiError, LegalBasis } from "@juki/core"
import type * as Period from "../period/index.js"
import type { RecordKind, Regime } from "../policy/index.js"

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
