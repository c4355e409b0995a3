/**
 * Turning a matched notice into proposed 職権 events (see the module `Inbound`).
 *
 * @since 0.3.0
 * @internal
 */
import { makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { apply } from "../apply/index.js"
import * as Event from "../events/index.js"
import type { ForeignRecord, ForeignStatus, JapaneseRecord, ResidentRecord } from "../models/index.js"
import { getRecord, latestHistoryNumber, type Registry } from "../registry/index.js"
import { InboundStatusMismatch } from "../rules/inbound.js"
import { deepEqual } from "../rules/internal/helpers.js"
import type { Options } from "../rules/types.js"
import { match, type Match, type MatchOptions } from "./match.js"
import {
  decode,
  IMMIGRATION_REASON_JA,
  KOSEKI_REASON_JA,
  LOSS_REASONS,
  STATUS_REASONS,
  type ImmigrationNotice,
  type KosekiNotice,
  type Notice
} from "./notice.js"

/**
 * Options of {@link process}: the matcher's options, the 処理日 of the
 * proposed events (default: the day the notice was received) and the
 * options `apply` is dry-run with.
 *
 * @category models
 * @since 0.3.0
 */
export interface ProcessOptions extends MatchOptions {
  /** 処理日 of the proposed events (default `notice.receivedOn`). */
  readonly processedOn?: string
  /** Options of the dry run with `apply` (the same the caller will apply with). */
  readonly apply?: Options
}

/**
 * One proposed 職権 event and what a dry run of `apply` on the current
 * registry says about it. Nothing is applied: the caller decides.
 *
 * @category models
 * @since 0.3.0
 */
export interface Proposal {
  readonly event: Event.Event
  /** Whether `apply(registry, event, options.apply)` accepts it now. */
  readonly accepted: boolean
  /** `apply`'s violations when it does not. */
  readonly violations: ReadonlyArray<JukiError>
}

/**
 * What {@link process} says about one notice.
 *
 * - `notice`: the decoded notice (absent when it does not decode);
 * - `match`: the matcher's answer (absent when the notice does not decode);
 * - `proposals`: the 職権 events that apply the notice (only for an exact
 *   match that fits the resident); empty when the registry already shows
 *   what the notice says (`upToDate`);
 * - `violations`: every problem (decoding, matching, fit, and the dry run of
 *   each proposal). `accepted` is true when there is none.
 *
 * @category models
 * @since 0.3.0
 */
export interface Outcome {
  readonly accepted: boolean
  readonly notice: Notice | undefined
  readonly match: Match | undefined
  readonly proposals: ReadonlyArray<Proposal>
  readonly upToDate: boolean
  readonly violations: ReadonlyArray<JukiError>
}

const KUBUN_JA: Readonly<Record<ForeignStatus["kubun"], string>> = {
  "mid-to-long-term": "中長期在留者",
  "special-permanent": "特別永住者",
  "temporary-refuge": "一時庇護許可者",
  "provisional-stay": "仮滞在許可者",
  "transitional-birth": "出生による経過滞在者",
  "transitional-nationality-loss": "国籍喪失による経過滞在者"
}

const statusMismatch = (n: ImmigrationNotice, kubun: ForeignStatus["kubun"]): JukiError =>
  makeError(InboundStatusMismatch, {
    path: ["reason"],
    params: { reason: n.reason, reasonJa: IMMIGRATION_REASON_JA[n.reason], kubun, kubunJa: KUBUN_JA[kubun] }
  })

/** Which 区分 each 在留 reason applies to. */
const FITS: Readonly<Partial<Record<ImmigrationNotice["reason"], ReadonlyArray<ForeignStatus["kubun"]>>>> = {
  "status-change": ["mid-to-long-term"],
  "period-renewal": ["mid-to-long-term"],
  "status-acquisition": ["transitional-birth", "transitional-nationality-loss", "temporary-refuge", "provisional-stay"],
  "card-reissue": ["mid-to-long-term", "special-permanent"]
}

type Plan =
  | { readonly kind: "set"; readonly set: Event.RecordPatch }
  | { readonly kind: "remove"; readonly jiyu: "death" | "authority-removal" }
  | { readonly kind: "error"; readonly error: JukiError }

const planImmigration = (n: ImmigrationNotice, r: ForeignRecord): Plan => {
  const fits = FITS[n.reason]
  if (fits !== undefined && !fits.includes(r.status.kubun))
    return { kind: "error", error: statusMismatch(n, r.status.kubun) }
  if (LOSS_REASONS.has(n.reason)) return { kind: "remove", jiyu: "authority-removal" }
  if (STATUS_REASONS.has(n.reason) && n.status !== undefined) return { kind: "set", set: { status: n.status } }
  if (n.reason === "card-reissue" && n.cardNumber !== undefined) {
    const s = r.status
    const status: ForeignStatus =
      s.kubun === "mid-to-long-term"
        ? { ...s, cardNumber: n.cardNumber }
        : s.kubun === "special-permanent"
          ? { ...s, certificateNumber: n.cardNumber }
          : s
    return { kind: "set", set: { status } }
  }
  const c = n.changes ?? {}
  return {
    kind: "set",
    set: {
      ...(c.name === undefined ? {} : { name: { ...r.name, ...c.name } }),
      ...(c.birthDate === undefined ? {} : { birthDate: c.birthDate }),
      ...(c.sex === undefined ? {} : { sex: c.sex }),
      ...(c.nationality === undefined ? {} : { nationality: c.nationality })
    }
  }
}

const planKoseki = (n: KosekiNotice, r: JapaneseRecord): Plan => {
  if (n.reason === "death") return { kind: "remove", jiyu: "death" }
  if (n.reason === "disappearance") return { kind: "remove", jiyu: "authority-removal" }
  const c = n.changes ?? {}
  return {
    kind: "set",
    set: {
      ...(c.name === undefined ? {} : { name: { ...r.name, ...c.name } }),
      ...(c.honseki === undefined ? {} : { honseki: c.honseki }),
      ...(c.relationship === undefined ? {} : { relationship: c.relationship }),
      ...(c.sex === undefined ? {} : { sex: c.sex }),
      ...(c.birthDate === undefined ? {} : { birthDate: c.birthDate })
    }
  }
}

/** Whether every item of `set` already holds its value on the record. */
const upToDate = (r: ResidentRecord, set: Event.RecordPatch): boolean =>
  Object.entries(set).every(([k, v]) => deepEqual((r as unknown as Record<string, unknown>)[k], v))

const remarksOf = (n: Notice): string =>
  n.source === "immigration"
    ? `住基法30条の50通知（${IMMIGRATION_REASON_JA[n.reason]}）${n.noticeId === undefined ? "" : ` 通知番号 ${n.noticeId}`}`
    : `住基法9条2項通知（${KOSEKI_REASON_JA[n.reason]}）${n.noticeId === undefined ? "" : ` 通知番号 ${n.noticeId}`}`

const eventOf = (
  registry: Registry,
  n: Notice,
  r: ResidentRecord,
  plan: Exclude<Plan, { kind: "error" }>,
  processedOn: string
): Event.Event => {
  const meta = { changeDate: n.occurredOn, processedOn, noticeOn: n.receivedOn, remarks: remarksOf(n) }
  if (plan.kind === "remove")
    switch (plan.jiyu) {
      case "death":
        return Event.death({ atenaNumber: r.atenaNumber, ...meta })
      case "authority-removal":
        return Event.authorityRemoval({ atenaNumbers: [r.atenaNumber], ...meta })
    }
  return Event.modify({
    jiyu: "authority-correction",
    changes: [
      { atenaNumber: r.atenaNumber, set: plan.set, baseHistoryNumber: latestHistoryNumber(registry, r.atenaNumber) }
    ],
    byAuthority: true,
    ...meta
  })
}

/**
 * Proposes the 職権 events that apply a decoded notice to the resident of an
 * exact match, each dry-run with `apply`. Never throws; applies nothing.
 *
 * @category proposals
 * @since 0.3.0
 */
export const propose = (
  registry: Registry,
  notice: Notice,
  m: Match,
  options: ProcessOptions = {}
): {
  readonly proposals: ReadonlyArray<Proposal>
  readonly upToDate: boolean
  readonly violations: ReadonlyArray<JukiError>
} => {
  if (m.outcome !== "exact" || m.atenaNumber === undefined) return { proposals: [], upToDate: false, violations: [] }
  const r = getRecord(registry, m.atenaNumber)
  if (r === undefined) return { proposals: [], upToDate: false, violations: [] }
  // The matcher only returns records of the notice's kind (foreign for 30条の50, Japanese for 9条2項).
  const plan: Plan =
    notice.source === "immigration" && r.kind === "foreign"
      ? planImmigration(notice, r)
      : notice.source === "koseki" && r.kind === "japanese"
        ? planKoseki(notice, r)
        : {
            kind: "error",
            error: makeError(InboundStatusMismatch, {
              path: ["source"],
              params: {
                reason: notice.reason,
                reasonJa: notice.reason,
                kubun: r.kind,
                kubunJa: r.kind === "japanese" ? "日本人住民" : "外国人住民"
              }
            })
          }
  if (plan.kind === "error") return { proposals: [], upToDate: false, violations: [plan.error] }
  if (plan.kind === "set" && upToDate(r, plan.set)) return { proposals: [], upToDate: true, violations: [] }
  const event = eventOf(registry, notice, r, plan, options.processedOn ?? notice.receivedOn)
  const verdict = apply(registry, event, options.apply)
  const violations = Result.isFailure(verdict) ? verdict.failure.violations : []
  const accepted = Result.isSuccess(verdict)
  return { proposals: [{ event, accepted, violations }], upToDate: false, violations }
}

/**
 * Decodes a notice, matches it and proposes the 職権 events, in one call.
 * Never throws; applies nothing.
 *
 * @category proposals
 * @since 0.3.0
 */
export const process = (registry: Registry, u: unknown, options: ProcessOptions = {}): Outcome => {
  const d = decode(u)
  if (Result.isFailure(d))
    return {
      accepted: false,
      notice: undefined,
      match: undefined,
      proposals: [],
      upToDate: false,
      violations: d.failure
    }
  const m = match(registry, d.success, options)
  const p = propose(registry, d.success, m, options)
  const violations = [...m.violations, ...p.violations]
  return {
    accepted: violations.length === 0,
    notice: d.success,
    match: m,
    proposals: p.proposals,
    upToDate: p.upToDate,
    violations
  }
}
