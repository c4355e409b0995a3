/**
 * 異動 events: what happened to whom, when and on what ground. An event is
 * plain data; `apply` turns it into a new registry or a list of violations.
 *
 * **When to use**
 *
 * Build events with the typed constructors ({@link moveIn},
 * {@link moveWithin}, {@link moveOut}, {@link householdChange}, …); decode
 * events that arrive as JSON with {@link decode}, which rejects unknown keys.
 *
 * **Details**
 *
 * Every event carries the dates of 標準仕様書 1.2.1 / 4.1.0.2:
 * `changeDate` (異動日), `processedOn` (処理日, the system date),
 * `filedOn` (届出日, for 届出), `appliedOn` (申出日), `noticeOn` (通知日),
 * `requestedOn` (請求日); `byAuthority` (職権), `provisional` (仮登録:
 * validated but kept out of the legal record until {@link approve}),
 * `acknowledged` (alert rule ids the operator confirmed) and `remarks`
 * (留意事項).
 *
 * | `type` | 異動事由 | effect |
 * |---|---|---|
 * | `create` | 記載 (国内転入, 国外転入等, 出生, 職権記載 …) | new 住民票 (or 再転入 on the same 宛名番号) |
 * | `modify` | 修正 (転居, 世帯変更, 職権修正 …) | item changes (`set`/`unset` per person) |
 * | `remove` | 消除 (国内/国外転出, 死亡, 職権消除) | 除票, or 転出予定 for a future 転出 |
 * | `transfer-in-notice` | (法9条1項 転入通知) | adds the 確定 items to a 転出 除票 |
 * | `nationality-change` | 職権消除+職権記載 (帰化等 / 国籍喪失) | old 住民票 消除, new one 記載, same 宛名番号 |
 * | `reissue` | 改製 / 再製 | old 住民票 消除, copy 記載 |
 * | `cancel` | 異動の取消し (増/減/修正) | restores the previous history row |
 * | `approve` / `discard` | — | 仮登録 決裁 / 取下げ |
 * | `receive-certificate` / `purge-certificates` | — | 転出証明書情報 for 特例転入 |
 *
 * **Example** (A 転居 event)
 *
 * ```ts
 * import { Event } from "@juki/records"
 *
 * const e = Event.moveWithin({
 *   persons: [{ atenaNumber: "0000000010" }],
 *   address: { municipalityCode: "131016", text: "東京都千代田区丸の内一丁目2番" },
 *   householdNumber: "0000000028",
 *   changeDate: "2024-04-01",
 *   filedOn: "2024-04-05",
 *   processedOn: "2024-04-05"
 * })
 * e.type // => "modify"
 * e.jiyu // => "move-within"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result, Schema as S } from "effect"
import { defineRule, makeError, type JukiError } from "@juki/core"
import { ENTRY, fromName, isJiyu, MODIFICATION, REMOVAL, type IdouJiyu } from "../jiyu/index.js"
import {
  Address,
  Alias,
  FormerSurname,
  ForeignStatus,
  Honseki,
  MoveOutCertificate,
  OtherAddress,
  PersonName,
  RecordInput,
  Sex,
  SystemFields,
  Welfare,
  type RecordInput as RecordInputT
} from "../models/index.js"
import { library } from "../basis.js"
import { Filer } from "./filer.js"

export { Filer } from "./filer.js"

const Str = S.String
const opt = S.optionalKey

const metaFields = {
  /** 異動日. */
  changeDate: Str,
  /** 処理日 (system date; not editable). */
  processedOn: Str,
  /** 届出日. */
  filedOn: opt(Str),
  /** 申出日. */
  appliedOn: opt(Str),
  /** 通知日. */
  noticeOn: opt(Str),
  /** 請求日. */
  requestedOn: opt(Str),
  /** 届出人 (届出 only; 職権 events have none). */
  filer: opt(Filer),
  /** 職権. */
  byAuthority: opt(S.Boolean),
  /** 仮登録. */
  provisional: opt(S.Boolean),
  /** Alert rule ids confirmed by the operator. */
  acknowledged: opt(S.Array(Str)),
  /** 留意事項. */
  remarks: opt(Str),
  inputPlace: opt(Str),
  inputTerminal: opt(Str)
}

/**
 * 転入 route: with a 転出証明書 (`certificate`), 特例転入 under 法24条の2
 * (`special`), 未届転入 (`unreported`, 標準仕様書 4.1.1.4), or a foreign
 * resident's 30条の46 / 30条の47 filing.
 *
 * @category schemas
 * @since 0.1.0
 */
export const MoveInRoute = S.Literals(["certificate", "special", "unreported", "art-30-46", "art-30-47"])

/** @category models @since 0.1.0 */
export type MoveInRoute = typeof MoveInRoute.Type

/**
 * The items an update may set (any item of either kind of 住民票 except the
 * managed ones).
 *
 * @category schemas
 * @since 0.1.0
 */
export const RecordPatch = S.Struct({
  householdNumber: opt(Str),
  relationship: opt(Str),
  residentCode: opt(Str),
  myNumber: opt(Str),
  name: opt(PersonName),
  birthDate: opt(Str),
  sex: opt(Sex),
  address: opt(Address),
  addressSince: opt(Str),
  previousAddress: opt(OtherAddress),
  welfare: opt(Welfare),
  remarks: opt(Str),
  system: opt(SystemFields),
  honseki: opt(Honseki),
  residentSince: opt(Str),
  formerSurname: opt(FormerSurname),
  voterRegistered: opt(S.Boolean),
  nationality: opt(Str),
  foreignResidentSince: opt(Str),
  status: opt(ForeignStatus),
  alias: opt(Alias),
  oldRegistrationDate: opt(Str),
  residenceNotified: opt(S.Boolean),
  landingPermitMoveIn: opt(S.Boolean)
})

/** @category models @since 0.1.0 */
export type RecordPatch = typeof RecordPatch.Type

/**
 * Optional items an update may clear.
 *
 * @category schemas
 * @since 0.1.0
 */
export const UnsettableItem = S.Literals([
  "residentCode",
  "myNumber",
  "previousAddress",
  "welfare",
  "remarks",
  "system",
  "formerSurname",
  "voterRegistered",
  "alias",
  "oldRegistrationDate",
  "residenceNotified",
  "landingPermitMoveIn"
])

/**
 * One person's part of a `modify` event. `baseHistoryNumber`, when given,
 * is the 履歴番号 the change was prepared against: it must still be the
 * latest (`records.history.append-only`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Change = S.Struct({
  atenaNumber: Str,
  set: RecordPatch,
  unset: opt(S.Array(UnsettableItem)),
  baseHistoryNumber: opt(S.Number)
})

/** @category models @since 0.1.0 */
export type Change = typeof Change.Type

/**
 * 記載: creates 住民票 (a family moving in together is one event).
 *
 * @category schemas
 * @since 0.1.0
 */
export const CreateEvent = S.Struct({
  type: S.Literal("create"),
  jiyu: S.Literals(ENTRY),
  route: opt(MoveInRoute),
  records: S.Array(RecordInput),
  ...metaFields
})

/** @category models @since 0.1.0 */
export type CreateEvent = typeof CreateEvent.Type

/**
 * 修正: changes items of 住民票.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ModifyEvent = S.Struct({
  type: S.Literal("modify"),
  jiyu: S.Literals(MODIFICATION),
  changes: S.Array(Change),
  ...metaFields
})

/** @category models @since 0.1.0 */
export type ModifyEvent = typeof ModifyEvent.Type

/**
 * 消除: 転出 (with the destination; a future `changeDate` = 転出予定年月日
 * makes a 転出予定), 死亡, 職権消除.
 *
 * @category schemas
 * @since 0.1.0
 */
export const RemoveEvent = S.Struct({
  type: S.Literal("remove"),
  jiyu: S.Literals(REMOVAL),
  atenaNumbers: S.Array(Str),
  destination: opt(OtherAddress),
  ...metaFields
})

/** @category models @since 0.1.0 */
export type RemoveEvent = typeof RemoveEvent.Type

/**
 * 転入通知 (法9条1項) received from the new municipality: `changeDate` is the
 * 転入日 stated in it, `noticeOn` the day it was received.
 *
 * @category schemas
 * @since 0.1.0
 */
export const TransferInNoticeEvent = S.Struct({
  type: S.Literal("transfer-in-notice"),
  atenaNumber: Str,
  address: OtherAddress,
  ...metaFields
})

/** @category models @since 0.1.0 */
export type TransferInNoticeEvent = typeof TransferInNoticeEvent.Type

/**
 * 国籍取得・帰化 (`acquisition`: foreign → Japanese) or 国籍喪失 (`loss`:
 * Japanese → foreign). `record` is the new 住民票; the carried-over items
 * must equal the old ones (令8条の2; 標準仕様書 4.5.3–4.5.5).
 *
 * @category schemas
 * @since 0.1.0
 */
export const NationalityChangeEvent = S.Struct({
  type: S.Literal("nationality-change"),
  direction: S.Literals(["acquisition", "loss"]),
  record: RecordInput,
  ...metaFields
})

/** @category models @since 0.1.0 */
export type NationalityChangeEvent = typeof NationalityChangeEvent.Type

/**
 * 改製 / 再製: the 住民票 is re-made (manual only; 標準仕様書 1.1.4).
 *
 * @category schemas
 * @since 0.1.0
 */
export const ReissueEvent = S.Struct({
  type: S.Literal("reissue"),
  mode: S.Literals(["reissue", "remake"]),
  atenaNumber: Str,
  ...metaFields
})

/** @category models @since 0.1.0 */
export type ReissueEvent = typeof ReissueEvent.Type

/**
 * 異動の取消し: undoes the latest history row of each person (標準仕様書 4.6).
 *
 * @category schemas
 * @since 0.1.0
 */
export const CancelEvent = S.Struct({
  type: S.Literal("cancel"),
  atenaNumbers: S.Array(Str),
  /** The 履歴番号 being cancelled, per person, when the caller wants it checked. */
  historyNumbers: opt(S.Array(S.Number)),
  ...metaFields
})

/** @category models @since 0.1.0 */
export type CancelEvent = typeof CancelEvent.Type

/**
 * 決裁 of a 仮登録 (commits it) or its 取下げ.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ProvisionalDecisionEvent = S.Struct({
  type: S.Literals(["approve", "discard"]),
  provisionalId: Str,
  ...metaFields
})

/** @category models @since 0.1.0 */
export type ProvisionalDecisionEvent = typeof ProvisionalDecisionEvent.Type

/**
 * 転出証明書情報 received through the CS (特例転入).
 *
 * @category schemas
 * @since 0.1.0
 */
export const ReceiveCertificateEvent = S.Struct({
  type: S.Literal("receive-certificate"),
  certificate: MoveOutCertificate,
  ...metaFields
})

/** @category models @since 0.1.0 */
export type ReceiveCertificateEvent = typeof ReceiveCertificateEvent.Type

/**
 * Batch: erase 転出証明書情報 whose 転出予定年月日 + 30 days has passed
 * (評価書 別添1 3-③; UNVERIFIED as law, the period is an option).
 *
 * @category schemas
 * @since 0.1.0
 */
export const PurgeCertificatesEvent = S.Struct({
  type: S.Literal("purge-certificates"),
  ...metaFields
})

/** @category models @since 0.1.0 */
export type PurgeCertificatesEvent = typeof PurgeCertificatesEvent.Type

/**
 * Any event.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Event = S.Union([
  CreateEvent,
  ModifyEvent,
  RemoveEvent,
  TransferInNoticeEvent,
  NationalityChangeEvent,
  ReissueEvent,
  CancelEvent,
  ProvisionalDecisionEvent,
  ReceiveCertificateEvent,
  PurgeCertificatesEvent
])

/**
 * Any event (discriminated by `type`).
 *
 * @category models
 * @since 0.1.0
 */
export type Event = typeof Event.Type

/**
 * Every event `type`, listed once: the state machine dispatches on them and
 * rejects any other.
 *
 * @category models
 * @since 0.1.0
 */
export const TYPES = [
  "create",
  "modify",
  "remove",
  "transfer-in-notice",
  "nationality-change",
  "reissue",
  "cancel",
  "approve",
  "discard",
  "receive-certificate",
  "purge-certificates"
] as const satisfies ReadonlyArray<Event["type"]>

/**
 * The common dates and flags of every event.
 *
 * @category models
 * @since 0.1.0
 */
export interface Meta {
  readonly changeDate: string
  readonly processedOn: string
  readonly filedOn?: string
  readonly appliedOn?: string
  readonly noticeOn?: string
  readonly requestedOn?: string
  /** 届出人 (届出 only; 職権 events have none). */
  readonly filer?: Filer
  readonly byAuthority?: boolean
  readonly provisional?: boolean
  readonly acknowledged?: ReadonlyArray<string>
  readonly remarks?: string
  readonly inputPlace?: string
  readonly inputTerminal?: string
}

/**
 * An event that is not well-formed JSON for its type (unknown keys, missing
 * items, wrong types).
 *
 * @category rules
 * @since 0.1.0
 */
export const Malformed = defineRule({
  id: "records.event.malformed",
  tag: "DecodeError",
  severity: "error",
  basis: [library("events are validated on entry")],
  title: { ja: "異動データの形式", en: "Event shape" },
  message: { ja: "異動データの形式が不正です: {detail}", en: "The event is malformed: {detail}" }
})

const decodeEvent = S.decodeUnknownResult(Event, { onExcessProperty: "error" })

/**
 * Decodes an event from JSON. Unknown keys are errors; `jiyu` may be an id
 * or a Japanese category name ("転居"), and "転居取消" is rejected with
 * `records.jiyu.forbidden`, unknown names with `records.jiyu.unknown`.
 * Never throws.
 *
 * **Example** (Events from JSON)
 *
 * ```ts
 * import { Event } from "@juki/records"
 * import { Result } from "effect"
 *
 * const json = {
 *   type: "modify",
 *   jiyu: "転居", // an id ("move-within") or the Japanese name
 *   changes: [{ atenaNumber: "0000000019", set: { address: { municipalityCode: "131016", text: "東京都千代田区丸の内一丁目2番" } } }],
 *   changeDate: "2024-05-01", filedOn: "2024-05-02", processedOn: "2024-05-02"
 * }
 * Result.isSuccess(Event.decode(json)) // => true
 * Result.map(Event.decode(json), (e) => e.jiyu) // => Result.succeed("move-within")
 * Event.decode({ ...json, jiyu: "転居取消" }) // => failure records.jiyu.forbidden
 * Event.decode({ ...json, color: "red" }) // => failure records.event.malformed
 * Event.decode("not an event") // => failure records.event.malformed
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const decode = (u: unknown): Result.Result<Event, JukiError> => {
  try {
    let input = u
    // 異動事由 may be given by id or by its Japanese category name (標準仕様書 1.2.2).
    if (typeof u === "object" && u !== null && "jiyu" in u) {
      const j = (u as { jiyu: unknown }).jiyu
      if (!isJiyu(j)) {
        const side = (u as { type?: unknown }).type === "remove" ? "消除" : "記載"
        const named = fromName(j, { side })
        if (Result.isFailure(named)) return Result.fail(named.failure)
        input = { ...(u as object), jiyu: named.success }
      }
    }
    const r = decodeEvent(input)
    if (Result.isSuccess(r)) return Result.succeed(r.success)
    // The schema message names paths and expected types, never the values.
    const detail = String(r.failure.message).replace(/\s+/g, " ").slice(0, 300)
    return Result.fail(makeError(Malformed, { params: { detail } }))
  } catch {
    return Result.fail(makeError(Malformed, { params: { detail: "unreadable input" } }))
  }
}

const meta = (m: Meta): Meta => m

// ---------------------------------------------------------------------------------------------------------------
// Constructors

/**
 * 転入 (国内転入, or 国外転入等 with `from: "abroad"`): new 住民票 for one or
 * more persons moving in together. Reusing the 宛名番号 of a 除票 is a 再転入.
 *
 * @category constructors
 * @since 0.1.0
 */
export const moveIn = (
  args: Meta & {
    readonly records: ReadonlyArray<RecordInputT>
    readonly from?: "domestic" | "abroad"
    readonly route?: MoveInRoute
  }
): CreateEvent => {
  const { records, from, route, ...m } = args
  return {
    type: "create",
    jiyu: from === "abroad" ? "move-in-from-abroad" : "domestic-move-in",
    ...(route === undefined ? {} : { route }),
    records,
    ...meta(m)
  }
}

/**
 * 30条の46 (国外から転入した中長期在留者等) or 30条の47 (住所を有する者が
 * 中長期在留者等となった) filing, recorded with 国外転入等 (the mapping of
 * 30条の47 onto 国外転入等 is juki's reading of "等"; UNVERIFIED).
 *
 * @category constructors
 * @since 0.1.0
 */
export const foreignResidentFiling = (
  args: Meta & { readonly article: "30-46" | "30-47"; readonly records: ReadonlyArray<RecordInputT> }
): CreateEvent => {
  const { article, records, ...m } = args
  return {
    type: "create",
    jiyu: "move-in-from-abroad",
    route: article === "30-46" ? "art-30-46" : "art-30-47",
    records,
    ...meta(m)
  }
}

/**
 * 出生 (recorded 職権 on the 出生届 or a 法9条2項 notice).
 *
 * @category constructors
 * @since 0.1.0
 */
export const birth = (args: Meta & { readonly record: RecordInputT }): CreateEvent => {
  const { record, ...m } = args
  return { type: "create", jiyu: "birth", records: [record], byAuthority: true, ...meta(m) }
}

/**
 * 職権記載 (including 住所設定).
 *
 * @category constructors
 * @since 0.1.0
 */
export const authorityEntry = (args: Meta & { readonly records: ReadonlyArray<RecordInputT> }): CreateEvent => {
  const { records, ...m } = args
  return { type: "create", jiyu: "authority-entry", records, byAuthority: true, ...meta(m) }
}

/**
 * Any 修正 with explicit per-person changes.
 *
 * @category constructors
 * @since 0.1.0
 */
export const modify = (
  args: Meta & { readonly jiyu: (typeof MODIFICATION)[number]; readonly changes: ReadonlyArray<Change> }
): ModifyEvent => {
  const { jiyu, changes, ...m } = args
  return { type: "modify", jiyu, changes, ...meta(m) }
}

/**
 * 転居: persons move to `address` in the same municipality and join (or
 * form) the 世帯 `householdNumber`. 住所を定めた年月日 is the 異動日 and the
 * 従前の住所 is filled in by `apply`. `extra` items are allowed only to
 * exercise the CS check `records.cs.move-within-address-only`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const moveWithin = (
  args: Meta & {
    readonly persons: ReadonlyArray<{ readonly atenaNumber: string; readonly relationship?: string }>
    readonly address: Address
    readonly householdNumber: string
    readonly extra?: RecordPatch
  }
): ModifyEvent => {
  const { persons, address, householdNumber, extra, ...m } = args
  return {
    type: "modify",
    jiyu: "move-within",
    changes: persons.map((p) => ({
      atenaNumber: p.atenaNumber,
      set: {
        ...extra,
        address,
        addressSince: m.changeDate,
        householdNumber,
        ...(p.relationship === undefined ? {} : { relationship: p.relationship })
      }
    })),
    ...meta(m)
  }
}

/**
 * 世帯分離 / 世帯合併 / 世帯変更 / 世帯主変更: new 世帯番号 and 続柄 per member.
 * The address never changes with these (標準仕様書 4.1.4.1).
 *
 * @category constructors
 * @since 0.1.0
 */
export const householdChange = (
  args: Meta & {
    readonly jiyu: "household-split" | "household-merge" | "household-change" | "head-change"
    readonly members: ReadonlyArray<{
      readonly atenaNumber: string
      readonly householdNumber: string
      readonly relationship: string
    }>
  }
): ModifyEvent => {
  const { jiyu, members, ...m } = args
  return {
    type: "modify",
    jiyu,
    changes: members.map((x) => ({
      atenaNumber: x.atenaNumber,
      set: { householdNumber: x.householdNumber, relationship: x.relationship }
    })),
    ...meta(m)
  }
}

/**
 * 転出 (国内転出, or 国外転出 with `to: "abroad"`). `changeDate` is the
 * 転出予定年月日; a date after `processedOn` makes a 転出予定.
 *
 * @category constructors
 * @since 0.1.0
 */
export const moveOut = (
  args: Meta & {
    readonly atenaNumbers: ReadonlyArray<string>
    readonly destination: OtherAddress
    readonly to?: "domestic" | "abroad"
  }
): RemoveEvent => {
  const { atenaNumbers, destination, to, ...m } = args
  return {
    type: "remove",
    jiyu: to === "abroad" ? "move-out-abroad" : "domestic-move-out",
    atenaNumbers,
    destination,
    ...meta(m)
  }
}

/**
 * 死亡 (職権, on the 死亡届 or a 法9条2項 notice).
 *
 * @category constructors
 * @since 0.1.0
 */
export const death = (args: Meta & { readonly atenaNumber: string }): RemoveEvent => {
  const { atenaNumber, ...m } = args
  return { type: "remove", jiyu: "death", atenaNumbers: [atenaNumber], byAuthority: true, ...meta(m) }
}

/**
 * 職権消除 (e.g. after a 実態調査, or 失踪宣告 on a 法9条2項 notice).
 *
 * @category constructors
 * @since 0.1.0
 */
export const authorityRemoval = (args: Meta & { readonly atenaNumbers: ReadonlyArray<string> }): RemoveEvent => {
  const { atenaNumbers, ...m } = args
  return { type: "remove", jiyu: "authority-removal", atenaNumbers, byAuthority: true, ...meta(m) }
}

/**
 * 転入通知 received (法9条1項): `changeDate` is the 転入日 in the notice.
 *
 * @category constructors
 * @since 0.1.0
 */
export const transferInNotice = (
  args: Meta & { readonly atenaNumber: string; readonly address: OtherAddress }
): TransferInNoticeEvent => {
  const { atenaNumber, address, ...m } = args
  return { type: "transfer-in-notice", atenaNumber, address, ...meta(m) }
}

/**
 * 国籍取得・帰化 or 国籍喪失 with the new 住民票.
 *
 * @category constructors
 * @since 0.1.0
 */
export const nationalityChange = (
  args: Meta & { readonly direction: "acquisition" | "loss"; readonly record: RecordInputT }
): NationalityChangeEvent => {
  const { direction, record, ...m } = args
  return { type: "nationality-change", direction, record, byAuthority: true, ...meta(m) }
}

/**
 * 改製 or 再製.
 *
 * @category constructors
 * @since 0.1.0
 */
export const reissue = (
  args: Meta & { readonly atenaNumber: string; readonly mode?: "reissue" | "remake" }
): ReissueEvent => {
  const { atenaNumber, mode, ...m } = args
  return { type: "reissue", mode: mode ?? "reissue", atenaNumber, byAuthority: true, ...meta(m) }
}

/**
 * 異動の取消し of the latest change of each person.
 *
 * @category constructors
 * @since 0.1.0
 */
export const cancel = (args: Meta & { readonly atenaNumbers: ReadonlyArray<string> }): CancelEvent => {
  const { atenaNumbers, ...m } = args
  return { type: "cancel", atenaNumbers, ...meta(m) }
}

/**
 * 決裁: commits a 仮登録.
 *
 * @category constructors
 * @since 0.1.0
 */
export const approve = (args: Meta & { readonly provisionalId: string }): ProvisionalDecisionEvent => {
  const { provisionalId, ...m } = args
  return { type: "approve", provisionalId, ...meta(m) }
}

/**
 * 取下げ of a 仮登録.
 *
 * @category constructors
 * @since 0.1.0
 */
export const discard = (args: Meta & { readonly provisionalId: string }): ProvisionalDecisionEvent => {
  const { provisionalId, ...m } = args
  return { type: "discard", provisionalId, ...meta(m) }
}

/**
 * 転出証明書情報 received through the CS.
 *
 * @category constructors
 * @since 0.1.0
 */
export const receiveCertificate = (
  args: Meta & { readonly certificate: MoveOutCertificate }
): ReceiveCertificateEvent => {
  const { certificate, ...m } = args
  return { type: "receive-certificate", certificate, ...meta(m) }
}

/**
 * Erases expired 転出証明書情報.
 *
 * @category constructors
 * @since 0.1.0
 */
export const purgeCertificates = (args: Meta): PurgeCertificatesEvent => ({ type: "purge-certificates", ...meta(args) })

/**
 * The 異動事由 an event records, when it has one.
 *
 * @category getters
 * @since 0.1.0
 */
export const jiyuOf = (e: Event): IdouJiyu | undefined => ("jiyu" in e ? e.jiyu : undefined)
