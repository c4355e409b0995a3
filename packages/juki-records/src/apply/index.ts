/**
 * The state machine: `apply(registry, event)` returns either the new
 * registry with the effects the change causes, or every violation found.
 *
 * **When to use**
 *
 * Call {@link apply} for every 異動, keep the returned registry, and send
 * the returned effects in their order (their `sequence` is the 更新順番号).
 * Use {@link check} for a dry run (violations only) and {@link plan} to see
 * the changes an event would make.
 *
 * **Details**
 *
 * - Pure: the input registry is never changed; rejected events leave no
 *   trace.
 * - Every change appends one full history row per touched person (two for
 *   国籍取得・喪失 and 改製: the 消除 of the old 住民票, then the 記載 of the new).
 * - Effects, in 異動 order:
 *   - `cs-update`: the 本人確認情報 to send to the 市町村CS (法30条の6), for
 *     every 記載, 消除 and every 修正 that changes a 本人確認情報 item;
 *   - `transfer-in-notice`: the 転入通知 to the former municipality after a
 *     国内転入 (法9条1項);
 *   - `immigration-notice`: the 市町村通知 to 出入国在留管理庁 (入管法61条の8
 *     の2) for a foreign resident's 記載, 消除 or 修正, except 世帯変更 and
 *     changes of 続柄, 世帯 or insurance items only; for a 転出予定, sent on
 *     the 予定日 (`sendOn`);
 *   - `koseki-fuhyo-notice`: the 戸籍の附票 記載事項通知 to the 本籍地
 *     (住基法19条1項) for a Japanese resident with a 本籍;
 *   - `atena-update`: the 統合宛名 items for the 統合基盤 whenever one of
 *     them changes;
 *   - `delivery-info-due`: 送付先情報 for the 機構 when a 個人番号 is
 *     designated or changed (番号法7条);
 *   - `head-candidate`: when a 世帯主 leaves and one member remains, that
 *     member as the candidate for a 職権 世帯主 (標準仕様書 4.0.4).
 *   The rules of the onward effects are data: `ONWARD_EFFECTS`.
 * - `error` violations reject; `alert` violations reject unless the event
 *   lists their rule id in `acknowledged`.
 * - `provisional: true` validates the event and stores it as a 仮登録
 *   (no history, no effects, invisible to the CS); `approve` commits it
 *   after checking it again against the registry of that day.
 *
 * **Example** (A 転居 that also changes the 氏名 is rejected)
 *
 * ```ts
 * import { apply, check, Event, Registry } from "@juki/records"
 * import { Result } from "effect"
 *
 * const taro = {
 *   kind: "japanese", atenaNumber: "0000000019", householdNumber: "8000000010", relationship: "世帯主",
 *   residentCode: "20000000001", myNumber: "100000000013", name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
 *   birthDate: "1980-04-01", sex: "male",
 *   address: { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" },
 *   addressSince: "2024-04-01", previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
 *   honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" }, residentSince: "2024-04-01"
 * } as const // synthetic data (README of @juki/records)
 * const dates = { changeDate: "2024-04-01", filedOn: "2024-04-05", processedOn: "2024-04-05" }
 * const movedIn = apply(Registry.empty("131016"), Event.moveIn({ records: [taro], ...dates }))
 * if (Result.isFailure(movedIn)) throw new Error("the 転入 is valid")
 * const registry = movedIn.success.registry
 * movedIn.success.effects.map((x) => x.type) // => ["cs-update", "transfer-in-notice", "koseki-fuhyo-notice", "atena-update"]
 *
 * const e = Event.moveWithin({
 *   persons: [{ atenaNumber: "0000000019" }],
 *   address: { municipalityCode: "131016", text: "東京都千代田区丸の内一丁目2番" },
 *   householdNumber: "8000000010",
 *   extra: { name: { kanji: "山田　一郎" } },
 *   changeDate: "2024-05-01",
 *   filedOn: "2024-05-02",
 *   processedOn: "2024-05-02"
 * })
 * const r = apply(registry, e)
 * Result.isFailure(r) && r.failure.violations[0]?.code // => "records.cs.move-within-address-only"
 * check(registry, e).map((v) => v.code) // => ["records.cs.move-within-address-only"]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { municipal, noHolidays, standard, withHolidays } from "../deadline/index.js"
import { deepFreeze } from "../internal/freeze.js"
import { TYPES as EVENT_TYPE_LIST, type Event } from "../events/index.js"
import { info as jiyuInfo, isJiyu, type JiyuEffect } from "../jiyu/index.js"
import type { Registry } from "../registry/index.js"
import { DEFAULTS, dispatchOf, makeContext, resolveOptions, runRules, type Dispatch } from "../rules/engine.js"
import { EventMalformed } from "../rules/event.js"
import { ProvisionalUnknown } from "../rules/provisional.js"
import type { Options, ResolvedOptions } from "../rules/types.js"
import { commit } from "./commit.js"
import type { Effect } from "./effects.js"
import { plan } from "./plan.js"

export type {
  CsUpdate,
  Effect,
  HeadCandidate,
  ImmigrationNotice,
  OnwardEffect,
  TransferInNoticeOut
} from "./effects.js"
export { AtenaUpdate, DeliveryInfoDue, KosekiFuhyoNotice } from "./effects.js"
export { ONWARD_EFFECTS, atenaItems, deliveryPerson, fuhyoItems, type OnwardEffectInfo } from "./onward.js"
export { plan } from "./plan.js"
export { resolveOptions } from "../rules/engine.js"

/**
 * An accepted change.
 *
 * @category models
 * @since 0.1.0
 */
export interface Applied {
  readonly registry: Registry
  /** In 異動 order. */
  readonly effects: ReadonlyArray<Effect>
  /** Alerts the operator acknowledged. */
  readonly alerts: ReadonlyArray<JukiError>
  /** The id of the 仮登録, for a `provisional` event. */
  readonly provisionalId?: string
}

/**
 * A rejected change: every violation found (errors, and alerts whether
 * acknowledged or not).
 *
 * @category models
 * @since 0.1.0
 */
export interface Rejected {
  readonly _tag: "Rejected"
  readonly violations: ReadonlyArray<JukiError>
}

/**
 * The JSON form of {@link Options} used by the conformance vectors
 * (`when.options`): `holidays` lists extra 休日 added to the default calendar
 * (`Deadline.standard`: Saturdays, Sundays, 国民の祝日, 12-29..01-03), is
 * `"none"` for a calendar without 休日, or `{ yearEnd, extra }` for
 * `Deadline.municipal` (a 条例 without 年末年始 or with its own days).
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonOptions extends Omit<Options, "holidays"> {
  readonly holidays?:
    | ReadonlyArray<string>
    | "none"
    | { readonly yearEnd?: boolean; readonly extra?: ReadonlyArray<string> }
}

/**
 * {@link Options} from their JSON form.
 *
 * @category conversions
 * @since 0.1.0
 */
export const optionsFromJSON = (j: JsonOptions | undefined): Options | undefined => {
  if (j === undefined) return undefined
  const { holidays, ...rest } = j
  if (holidays === undefined) return rest
  return {
    ...rest,
    holidays:
      holidays === "none"
        ? noHolidays
        : Array.isArray(holidays)
          ? withHolidays(standard, holidays)
          : municipal(holidays as { readonly yearEnd?: boolean; readonly extra?: ReadonlyArray<string> })
  }
}

/**
 * Every violation an event would raise against a registry (a dry run of
 * {@link apply}, without committing).
 *
 * **Example** (A 転居 of someone the registry does not hold)
 *
 * ```ts
 * import { check, Event, Registry } from "@juki/records"
 *
 * const e = Event.moveWithin({
 *   persons: [{ atenaNumber: "0000000019" }],
 *   address: { municipalityCode: "131016", text: "東京都千代田区丸の内一丁目2番" },
 *   householdNumber: "8000000010",
 *   changeDate: "2024-05-01", filedOn: "2024-05-02", processedOn: "2024-05-02"
 * })
 * check(Registry.empty("131016"), e).length > 0 // => true
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const check = (registry: Registry, event: Event, options?: Options): ReadonlyArray<JukiError> => {
  const o = resolveOptions(options)
  if (event.type === "approve") {
    const r = apply(registry, event, options)
    return Result.isFailure(r) ? r.failure.violations : []
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: plan resolves the options again; DEFAULTS are what no options resolve to
  const steps = plan(registry, event, o === DEFAULTS ? undefined : options)
  return runRules(makeContext(registry, event, steps, o), dispatchOf(o))
}

const EMPTY_EFFECTS: ReadonlyArray<Effect> = Object.freeze([]) as ReadonlyArray<Effect>
const EMPTY_ERRORS: ReadonlyArray<JukiError> = Object.freeze([]) as ReadonlyArray<JukiError>

/**
 * Applies one 異動 to a registry. Returns the new registry and the effects
 * in 異動 order, or every violation found. Never throws on a well-typed
 * event; decode untrusted JSON with `Event.decode` first.
 *
 * @category constructors
 * @since 0.1.0
 */
export const apply = (registry: Registry, event: Event, options?: Options): Result.Result<Applied, Rejected> => {
  const shape = shapeProblem(event)
  if (shape !== undefined)
    return Result.fail({ _tag: "Rejected", violations: [makeError(EventMalformed, { params: { detail: shape } })] })
  const o = resolveOptions(options)
  const d = dispatchOf(o)
  if (event.type === "approve" || event.type === "discard") return decide(registry, event, options, o, d)
  const steps = plan(registry, event, options)
  const ctx = makeContext(registry, event, steps, o)
  const violations = runRules(ctx, d)
  let alerts: ReadonlyArray<JukiError> = EMPTY_ERRORS
  let acknowledged: ReadonlyArray<string> = []
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without a violation the loop below blocks and acknowledges nothing
  if (violations.length > 0) {
    // Stryker disable next-line ArrayDeclaration: a set with a made-up entry acknowledges no rule id either
    const ack = new Set(event.acknowledged ?? [])
    let blocked = false
    const used: Array<string> = []
    const al: Array<JukiError> = []
    for (const v of violations) {
      if (v.severity === "error" || !ack.has(v.code)) blocked = true
      else {
        al.push(v)
        if (!used.includes(v.code)) used.push(v.code)
      }
    }
    if (blocked) return Result.fail({ _tag: "Rejected", violations })
    alerts = al
    acknowledged = used
  }
  if (event.provisional === true) {
    const id = `P${registry.provisionalCounter + 1}`
    const { provisional: _p, ...stored } = event
    // plan() makes one step per record of a 記載, so the steps name every person the event records.
    const atenaNumbers = steps.map((s) => s.atenaNumber)
    return Result.succeed({
      registry: {
        ...registry,
        provisionalCounter: registry.provisionalCounter + 1,
        pending: registry.pending.set(
          id,
          deepFreeze({ id, event: stored as Event, atenaNumbers: [...new Set(atenaNumbers)] })
        )
      },
      effects: EMPTY_EFFECTS,
      alerts,
      provisionalId: id
    })
  }
  if (event.type === "receive-certificate")
    return Result.succeed({
      registry: {
        ...registry,
        certificates: registry.certificates.set(event.certificate.residentCode, deepFreeze(event.certificate))
      },
      effects: EMPTY_EFFECTS,
      alerts
    })
  if (event.type === "purge-certificates") {
    let certs = registry.certificates
    for (const [k, c] of registry.certificates.entries()) {
      if (
        !Calendar.isIsoDate(c.plannedDate) ||
        event.processedOn > Calendar.addDays(c.plannedDate, o.certificateRetentionDays)
      )
        certs = certs.delete(k)
    }
    return Result.succeed({ registry: { ...registry, certificates: certs }, effects: EMPTY_EFFECTS, alerts })
  }
  const done = commit(registry, event, steps, ctx, acknowledged)
  let reg = done.registry
  // A 特例転入 uses up the 転出証明書情報.
  if (event.type === "create" && event.route === "special")
    for (const r of event.records)
      if (r.residentCode !== undefined) reg = { ...reg, certificates: reg.certificates.delete(r.residentCode) }
  return Result.succeed({ registry: reg, effects: done.effects, alerts })
}

const EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPE_LIST)
// A set of the type names holds no value that is not a string: one look-up checks both.
const isEventType = (v: unknown): v is Event["type"] => EVENT_TYPES.has(v as string)
const GROUP_OF_TYPE: Readonly<Record<string, JiyuEffect>> = { create: "create", modify: "modify", remove: "delete" }

/**
 * A cheap structural check on entry (typed callers pass it; JSON should go
 * through `Event.decode`, which checks everything).
 */
const shapeProblem = (e: unknown): string | undefined => {
  if (typeof e !== "object" || e === null) return "not an object"
  const x = e as Record<string, unknown>
  if (!isEventType(x["type"])) return "unknown event type"
  if (typeof x["changeDate"] !== "string" || typeof x["processedOn"] !== "string")
    return "changeDate and processedOn are required"
  const group = GROUP_OF_TYPE[x["type"]]
  if (group !== undefined && (!isJiyu(x["jiyu"]) || jiyuInfo(x["jiyu"]).effect !== group))
    return "異動事由 does not fit the event type"
  const list =
    x["type"] === "create"
      ? x["records"]
      : x["type"] === "modify"
        ? x["changes"]
        : x["type"] === "remove" || x["type"] === "cancel"
          ? x["atenaNumbers"]
          : // Stryker disable next-line ArrayDeclaration: any array passes the check below
            []
  return Array.isArray(list) ? undefined : "missing list of persons"
}

const decide = (
  registry: Registry,
  event: Extract<Event, { type: "approve" | "discard" }>,
  options: Options | undefined,
  o: ResolvedOptions,
  d: Dispatch
): Result.Result<Applied, Rejected> => {
  const ctx = makeContext(registry, event, [], o)
  const violations = runRules(ctx, d)
  const p = registry.pending.get(event.provisionalId)
  if (p === undefined)
    return Result.fail({
      _tag: "Rejected",
      violations: violations.length > 0 ? violations : [makeError(ProvisionalUnknown, { path: ["provisionalId"] })]
    })
  if (violations.some((v) => v.severity === "error")) return Result.fail({ _tag: "Rejected", violations })
  const without: Registry = { ...registry, pending: registry.pending.delete(event.provisionalId) }
  if (event.type === "discard")
    return Result.succeed({ registry: without, effects: EMPTY_EFFECTS, alerts: EMPTY_ERRORS })
  const stored = p.event
  const ack = [...new Set([...(stored.acknowledged ?? []), ...(event.acknowledged ?? [])])]
  const inner = {
    ...stored,
    processedOn: event.processedOn,
    ...(ack.length === 0 ? {} : { acknowledged: ack })
  } as Event
  return apply(without, inner, options)
}
