/**
 * The shape of a records rule and the contexts its checks receive.
 *
 * @since 0.1.0
 * @module
 */
import type { AtenaNumber, HouseholdNumber, JukiError, ResidentCode, RuleDefinition } from "@juki/core"
import type { HolidayCalendar } from "../deadline/index.js"
import type { Event } from "../events/index.js"
import type { IdouJiyu } from "../jiyu/index.js"
import type { ResidentRecord } from "../models/index.js"
import type { Registry } from "../registry/index.js"

/**
 * Options of `apply` and `Registry.fromJSON`. Every UNVERIFIED or
 * municipality-specific behaviour is here, with the safe default.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** 休日 for 届出期間 (default: weekends and 12-29..01-03; add 国民の祝日 yourself). */
  readonly holidays?: HolidayCalendar
  /**
   * 特例転入 limits: the 転入届 within `afterMoveIn` days of moving in and
   * within `afterPlannedMoveOut` days of the 転出予定年月日 (default 14 / 30,
   * municipal guidance; 令24条の2 wording UNVERIFIED).
   */
  readonly specialMoveIn?: { readonly afterMoveIn?: number; readonly afterPlannedMoveOut?: number }
  /**
   * A 転出届 filed more than 14 days after the move: `"reject"` (default)
   * asks the operator to record it 職権; `"convert"` records it 職権
   * automatically (標準仕様書 4.1.3.0.1).
   */
  readonly lateMoveOut?: "reject" | "convert"
  /**
   * Whether a 転居 may also change the 世帯 and 続柄 (default `true`,
   * 標準仕様書 4.0.2). Whether the CS treats 続柄 as part of a 転居 is
   * UNVERIFIED; `false` rejects it.
   */
  readonly moveWithinChangesHousehold?: boolean
  /** Days after the 転出予定年月日 after which 転出証明書情報 is erased (default 30; UNVERIFIED). */
  readonly certificateRetentionDays?: number
  /**
   * Options of the identifier checks (`records.cs.item-format`). Defaults:
   * 住民票コード without the UNVERIFIED checksum; 宛名番号 and 世帯番号 of any
   * length 2–16 with the M11W2-7 check digit (length is municipal, UNVERIFIED).
   */
  readonly identifiers?: {
    readonly residentCode?: Partial<ResidentCode.Options>
    readonly atenaNumber?: Partial<AtenaNumber.Options>
    readonly householdNumber?: Partial<HouseholdNumber.Options>
  }
  /**
   * Whether a 届出 must name its 届出人 (`filer`); without one it raises the
   * alert `records.filer.missing` (default `false`: older data has none).
   */
  readonly filerRequired?: boolean
  /**
   * Below this age a 届出人 files through a 法定代理人
   * (`records.filer.eligible`; default 15, UNVERIFIED; 0 switches it off).
   */
  readonly filerMinimumAge?: number
  /** Rule ids to switch off. */
  readonly disable?: ReadonlyArray<string>
}

/**
 * {@link Options} with every default filled in.
 *
 * @category models
 * @since 0.1.0
 */
export interface ResolvedOptions {
  readonly holidays: HolidayCalendar
  readonly specialMoveIn: { readonly afterMoveIn: number; readonly afterPlannedMoveOut: number }
  readonly lateMoveOut: "reject" | "convert"
  readonly moveWithinChangesHousehold: boolean
  readonly certificateRetentionDays: number
  readonly identifiers: {
    readonly residentCode: Partial<ResidentCode.Options>
    readonly atenaNumber: Partial<AtenaNumber.Options>
    readonly householdNumber: Partial<HouseholdNumber.Options>
  }
  readonly filerRequired: boolean
  readonly filerMinimumAge: number
  readonly disable: ReadonlySet<string>
}

/**
 * One change to one person, in 異動 order.
 *
 * @category models
 * @since 0.1.0
 */
export interface Step {
  readonly atenaNumber: string
  /** Position of the person in the event (for error paths). */
  readonly path: ReadonlyArray<string | number>
  readonly jiyu: IdouJiyu
  readonly op: "create" | "remove" | "modify" | "notice"
  /** The 住民票 before (undefined for a first 記載). */
  readonly before: ResidentRecord | undefined
  readonly after: ResidentRecord
  /** Top-level items that differ between `before` and `after` (computed once; `undefined` for a first 記載). */
  readonly changed: ReadonlyArray<string> | undefined
}

/**
 * What an event-level check sees.
 *
 * @category models
 * @since 0.1.0
 */
export interface EventContext {
  /** The registry before the event. */
  readonly registry: Registry
  readonly event: Event
  /** The changes the event would make, in 異動 order. */
  readonly steps: ReadonlyArray<Step>
  /** The persons the event names (all but `create`), with their paths. */
  readonly targets: ReadonlyArray<{ readonly atenaNumber: string; readonly path: ReadonlyArray<string | number> }>
  readonly options: ResolvedOptions
  /** 処理日. */
  readonly asOf: string
  /** 現存 members of a 世帯 before the event. */
  readonly householdBefore: (householdNumber: string) => ReadonlyArray<ResidentRecord>
  /** 現存 members of a 世帯 after the event. */
  readonly householdAfter: (householdNumber: string) => ReadonlyArray<ResidentRecord>
}

/**
 * What a record-level check sees.
 *
 * @category models
 * @since 0.1.0
 */
export interface RecordContext {
  readonly options: ResolvedOptions
  /** The day the record is looked at (処理日), if known. */
  readonly asOf: string | undefined
  /** Path prefix for errors. */
  readonly path: ReadonlyArray<string | number>
  /** Whether the 宛名番号 is new in this event (new numbers get check-digit checks). */
  readonly isNew: boolean
  /** Whether the 世帯番号 is new in this event. */
  readonly isNewHousehold: boolean
  /** The record before the change (items that did not change are not re-checked). */
  readonly before: ResidentRecord | undefined
}

/**
 * What a household-level check sees.
 *
 * @category models
 * @since 0.1.0
 */
export interface HouseholdContext {
  readonly options: ResolvedOptions
  readonly asOf: string | undefined
  readonly path: ReadonlyArray<string | number>
}

/**
 * Registry-level input: the decoded plain JSON.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegistryContext {
  readonly options: ResolvedOptions
  readonly records: ReadonlyArray<ResidentRecord>
  readonly history: Readonly<Record<string, ReadonlyArray<import("../models/index.js").HistoryRow>>>
}

/**
 * Where in the catalogue a rule belongs (one conformance vector file per group).
 *
 * @category models
 * @since 0.1.0
 */
export type RuleGroup =
  | "cs"
  | "create"
  | "move-in"
  | "special-move-in"
  | "state"
  | "transfer-in-notice"
  | "move-out"
  | "date"
  | "deadline"
  | "modify"
  | "household"
  | "relationship"
  | "record"
  | "foreign"
  | "nationality"
  | "history"
  | "provisional"
  | "registry"
  | "jiyu"
  | "event"
  | "inbound"
  | "filer"

type Errors = ReadonlyArray<JukiError>

/**
 * A rule of the records catalogue: a {@link RuleDefinition} (id, severity,
 * legal basis, ja/en text) plus its pure checks. A rule checks events,
 * records, households or the whole registry (or several of these).
 *
 * @category models
 * @since 0.1.0
 */
export interface RecordRule extends RuleDefinition {
  readonly group: RuleGroup
  /** Longer description for docs (ja, en). */
  readonly description: { readonly ja: string; readonly en: string }
  /** Option names that change the rule's behaviour. */
  readonly options?: ReadonlyArray<keyof Options>
  /** Event types the event check applies to (all when absent). */
  readonly events?: ReadonlyArray<Event["type"]>
  readonly onEvent?: (ctx: EventContext) => Errors
  readonly onRecord?: (record: ResidentRecord, ctx: RecordContext) => Errors
  /**
   * Top-level items the record check reads. When an update leaves all of
   * them unchanged the check is skipped (the record passed it before).
   */
  readonly reads?: ReadonlyArray<string>
  readonly onHousehold?: (
    householdNumber: string,
    members: ReadonlyArray<ResidentRecord>,
    ctx: HouseholdContext
  ) => Errors
  readonly onRegistry?: (ctx: RegistryContext) => Errors
  /** Rules checked outside `apply` (by `Jiyu.fromName`, `Event.decode`, `Registry.fromJSON` decoding). */
  readonly checkedBy?: string
}

/** @internal Shared empty result. */
export const NONE: Errors = Object.freeze([]) as Errors
