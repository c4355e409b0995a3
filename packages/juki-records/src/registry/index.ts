/**
 * The registry (住民基本台帳 of one municipality) as an immutable value: every
 * person's latest 住民票 and append-only history, the 世帯, the 仮登録 waiting
 * for 決裁, the received 転出証明書情報 and the last 更新順番号.
 *
 * **When to use**
 *
 * Start from {@link empty} or `Registry.fromJSON`, change it only with
 * `apply`, read it with the getters here. Every `apply` returns a new
 * registry; the old one stays valid and unchanged.
 *
 * **Details**
 *
 * - Internally built on persistent maps with version rerooting: updating
 *   the newest registry costs a few `Map` operations, and older registries
 *   remain readable (reading an old one after many updates costs time
 *   proportional to the number of updates in between, once).
 * - A person is keyed by 宛名番号. 再転入, 改製, 国籍取得 and 国籍喪失 keep the
 *   宛名番号, so one person has one timeline of history rows; a 除票 is a
 *   history snapshot whose state is `removed`.
 * - The state of a 転出予定 person depends on the day: from the 転出予定年月日
 *   on, the person is no longer a 現存者 ({@link effectiveState}).
 *
 * **Plain-JSON form** (the `given` of the conformance vectors, {@link RegistryJson}):
 *
 * ```json
 * {
 *   "municipality": "131016",
 *   "sequence": 0,
 *   "records": [ { "kind": "japanese", "atenaNumber": "…", "state": "current", … } ],
 *   "history": { "<宛名番号>": [ { "historyNumber": 1, "jiyu": "…", "changeDate": "…", "processedOn": "…", "byAuthority": false, "snapshot": { … } } ] },
 *   "pending": [ { "id": "P1", "event": { … } } ],
 *   "certificates": [ { "residentCode": "…", "fromMunicipality": "…", "plannedDate": "…", … } ]
 * }
 * ```
 *
 * `history`, `pending` and `certificates` are optional. A record without
 * history gets one synthetic row (履歴番号 1) made from its 記載事由. Households
 * are derived from `householdNumber`, members in the order of `records`.
 *
 * @since 0.1.0
 * @module
 */
import { Schema as S } from "effect"
import { PMap } from "../internal/pmap.js"
import { deepFreeze } from "../internal/freeze.js"
import {
  HistoryRow,
  MoveOutCertificate,
  ResidentRecord,
  cardNumberOf,
  type Household,
  type HistoryRow as HistoryRowT,
  type MoveOutCertificate as MoveOutCertificateT,
  type RecordState,
  type ResidentRecord as ResidentRecordT
} from "../models/index.js"
import type { Event } from "../events/index.js"

/**
 * A person: the latest 住民票 and the history, as a chain of entries (one per
 * history row, newest first). Each entry is immutable; a change prepends one.
 *
 * @category models
 * @since 0.1.0
 */
export interface PersonEntry {
  /** The latest 住民票 (= `row.snapshot`). */
  readonly record: ResidentRecordT
  /** The latest history row. */
  readonly row: HistoryRowT
  /** The entry before the latest change (older rows). */
  readonly prev: PersonEntry | undefined
  /** Number of history rows (= the latest 履歴番号). */
  readonly historyLength: number
}

/**
 * A 仮登録: a validated event waiting for 決裁 (標準仕様書 4.0.8). Not in the
 * legal record, not in history, not sent to the CS.
 *
 * @category models
 * @since 0.1.0
 */
export interface PendingChange {
  readonly id: string
  readonly event: Event
  /** The persons the change touches. */
  readonly atenaNumbers: ReadonlyArray<string>
}

/**
 * The registry. Treat as opaque; read it with the getters of this module.
 *
 * @category models
 * @since 0.1.0
 */
export interface Registry {
  readonly _tag: "Registry"
  /** 市町村コード of the municipality keeping the registry. */
  readonly municipality: string
  /** The last 更新順番号 issued to an effect. */
  readonly sequence: number
  /** The last 仮登録 number issued. */
  readonly provisionalCounter: number
  /** @internal */
  readonly persons: PMap<PersonEntry>
  /** @internal 世帯番号 → members (present or formerly present; filtered on read). */
  readonly households: PMap<ReadonlyArray<string>>
  /** @internal 住民票コード (current or former) → 宛名番号. */
  readonly byResidentCode: PMap<string>
  /** @internal 個人番号 (current or former) → 宛名番号. */
  readonly byMyNumber: PMap<string>
  /** @internal 在留カード / 特別永住者証明書 number → 宛名番号. */
  readonly byCard: PMap<string>
  /** @internal 3情報 key → 宛名番号 list. */
  readonly threeInfo: PMap<ReadonlyArray<string>>
  /** @internal */
  readonly pending: PMap<PendingChange>
  /** @internal 住民票コード → 転出証明書情報. */
  readonly certificates: PMap<MoveOutCertificateT>
}

/**
 * An empty registry for a municipality.
 *
 * @category constructors
 * @since 0.1.0
 */
export const empty = (municipality: string): Registry => ({
  _tag: "Registry",
  municipality,
  sequence: 0,
  provisionalCounter: 0,
  persons: PMap.empty(),
  households: PMap.empty(),
  byResidentCode: PMap.empty(),
  byMyNumber: PMap.empty(),
  byCard: PMap.empty(),
  threeInfo: PMap.empty(),
  pending: PMap.empty(),
  certificates: PMap.empty()
})

/**
 * Whether `u` is a registry.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isRegistry = (u: unknown): u is Registry => {
  try {
    return typeof u === "object" && u !== null && (u as { _tag?: unknown })._tag === "Registry"
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------------------------
// States

/**
 * The state of a record on a day: a 転出予定 whose 転出予定年月日 has come is a
 * 除票 (標準仕様書 1.1.5).
 *
 * @category getters
 * @since 0.1.0
 */
export const effectiveState = (record: ResidentRecordT, asOf?: string): RecordState => {
  if (record.state !== "leaving" || asOf === undefined) return record.state
  const planned = record.moveOut?.planned?.date
  return planned !== undefined && asOf >= planned ? "removed" : "leaving"
}

/**
 * Whether the person is a 現存者 on `asOf` (現存 or a 転出予定 not yet reached).
 *
 * @category predicates
 * @since 0.1.0
 */
export const isPresent = (record: ResidentRecordT, asOf?: string): boolean =>
  typeof record === "object" &&
  record !== null &&
  typeof (record as { state?: unknown }).state === "string" &&
  (asOf === undefined || typeof asOf === "string") &&
  effectiveState(record, asOf) !== "removed"

/**
 * The state of a person in the registry: `none` (unknown), `provisional`
 * (仮登録 only), or the state of the latest 住民票.
 *
 * @category getters
 * @since 0.1.0
 */
export const stateOf = (
  registry: Registry,
  atenaNumber: string,
  asOf?: string
): RecordState | "none" | "provisional" => {
  const p = registry.persons.get(atenaNumber)
  if (p !== undefined) return effectiveState(p.record, asOf)
  return isProvisional(registry, atenaNumber) ? "provisional" : "none"
}

/**
 * Whether a 宛名番号 has a pending 仮登録 that records it (a 転入 waiting for
 * 決裁, possibly a 再転入 of a 除票).
 *
 * @category predicates
 * @since 0.1.0
 */
export const isProvisional = (registry: Registry, atenaNumber: string): boolean => {
  if (
    typeof registry !== "object" ||
    registry === null ||
    !(registry.pending instanceof PMap) ||
    typeof atenaNumber !== "string"
  )
    return false
  if (registry.pending.size === 0) return false
  let hit = false
  registry.pending.forEach((p) => {
    if (!hit && p.event.type === "create" && p.atenaNumbers.includes(atenaNumber)) hit = true
  })
  return hit
}

// ---------------------------------------------------------------------------------------------------------------
// Getters

/**
 * The latest 住民票 of a person (a 除票 included), or `undefined`. 仮登録 are
 * never returned.
 *
 * @category getters
 * @since 0.1.0
 */
export const getRecord = (registry: Registry, atenaNumber: string): ResidentRecordT | undefined =>
  deepFreeze(registry.persons.get(atenaNumber)?.record)

/** @internal */
export const getEntry = (registry: Registry, atenaNumber: string): PersonEntry | undefined =>
  registry.persons.get(atenaNumber)

/**
 * The history of a person, oldest row first (履歴番号 1, 2, …).
 *
 * @category getters
 * @since 0.1.0
 */
export const getHistory = (registry: Registry, atenaNumber: string): ReadonlyArray<HistoryRowT> => {
  const p = registry.persons.get(atenaNumber)
  if (p === undefined) return []
  const out: Array<HistoryRowT> = new Array(p.historyLength)
  let n: PersonEntry | undefined = p
  for (let i = p.historyLength - 1; i >= 0 && n !== undefined; i--) {
    out[i] = deepFreeze(n.row)
    n = n.prev
  }
  return out
}

/**
 * The latest 履歴番号 of a person (0 when unknown).
 *
 * @category getters
 * @since 0.1.0
 */
export const latestHistoryNumber = (registry: Registry, atenaNumber: string): number =>
  registry.persons.get(atenaNumber)?.historyLength ?? 0

/**
 * Every person's latest 住民票 (除票 included), by 宛名番号.
 *
 * @category getters
 * @since 0.1.0
 */
export const records = (registry: Registry): ReadonlyArray<ResidentRecordT> =>
  registry.persons
    .keys()
    .sort()
    .map((k) => deepFreeze((registry.persons.get(k) as PersonEntry).record))

/**
 * Number of persons known (現存 and 除票).
 *
 * @category getters
 * @since 0.1.0
 */
export const size = (registry: Registry): number => registry.persons.size

/**
 * A 世帯 with its 現存 members on `asOf` (in 記載順位 order), or `undefined`
 * when it has none.
 *
 * @category getters
 * @since 0.1.0
 */
export const getHousehold = (registry: Registry, householdNumber: string, asOf?: string): Household | undefined => {
  const members = householdMembers(registry, householdNumber, asOf).map((r) => r.atenaNumber)
  return members.length === 0 ? undefined : { householdNumber, members }
}

/**
 * The 現存 members' 住民票 of a 世帯 on `asOf`.
 *
 * @category getters
 * @since 0.1.0
 */
export const householdMembers = (
  registry: Registry,
  householdNumber: string,
  asOf?: string
): ReadonlyArray<ResidentRecordT> => {
  const list = registry.households.get(householdNumber)
  if (list === undefined) return []
  const out: Array<ResidentRecordT> = []
  for (const a of list) {
    const r = registry.persons.get(a)?.record
    if (r !== undefined && r.householdNumber === householdNumber && isPresent(r, asOf)) out.push(deepFreeze(r))
  }
  return out
}

/**
 * Every 世帯 with at least one 現存 member on `asOf`, by 世帯番号.
 *
 * @category getters
 * @since 0.1.0
 */
export const households = (registry: Registry, asOf?: string): ReadonlyArray<Household> =>
  registry.households
    .keys()
    .sort()
    .flatMap((k) => {
      const h = getHousehold(registry, k, asOf)
      return h === undefined ? [] : [h]
    })

/**
 * The 世帯主 of a 世帯 on `asOf`, if one is set (標準仕様書 1.1.10 allows none).
 *
 * @category getters
 * @since 0.1.0
 */
export const headOf = (registry: Registry, householdNumber: string, asOf?: string): ResidentRecordT | undefined =>
  householdMembers(registry, householdNumber, asOf).find((r) => r.relationship === "世帯主")

/**
 * The 宛名番号 recorded with a 住民票コード (current or former), if any: the
 * search by 住民票コード (seed 別添1(1) 4-①). Read the 住民票 with
 * {@link getRecord}; a former code finds the person it was last recorded for.
 *
 * **Example** (Searching by 住民票コード and by 個人番号)
 *
 * ```ts
 * import { Registry } from "@juki/records"
 * import { Result } from "effect"
 *
 * const taro = {
 *   kind: "japanese", atenaNumber: "0000000019", state: "current", householdNumber: "8000000010",
 *   relationship: "世帯主", residentCode: "20000000001", myNumber: "100000000013",
 *   name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" }, birthDate: "1980-04-01", sex: "male",
 *   address: { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番" }, addressSince: "2024-04-01",
 *   previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
 *   entry: { jiyu: "domestic-move-in", date: "2024-04-01", filedOn: "2024-04-05", byAuthority: false },
 *   honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" }, residentSince: "2024-04-01"
 * } // synthetic data
 * const loaded = Registry.fromJSON({ municipality: "131016", records: [taro] })
 * if (Result.isFailure(loaded)) throw new Error("the registry is valid")
 * const registry = loaded.success
 * Registry.findByResidentCode(registry, "20000000001") // => "0000000019"
 * Registry.findByMyNumber(registry, "100000000013") // => "0000000019"
 * Registry.findByMyNumber(registry, "100000000021") // => undefined
 * Registry.getRecord(registry, "0000000019")?.name.kanji // => "山田　太郎"
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const findByResidentCode = (registry: Registry, code: string): string | undefined =>
  registry.byResidentCode.get(code)

/**
 * The 宛名番号 recorded with a 個人番号 (current or former), if any: the
 * search by 個人番号 (seed 別添1(1) 4-①). See {@link findByResidentCode} for
 * an example.
 *
 * @category getters
 * @since 0.1.0
 */
export const findByMyNumber = (registry: Registry, myNumber: string): string | undefined =>
  registry.byMyNumber.get(myNumber)

/**
 * The 宛名番号 recorded with a 在留カード / 特別永住者証明書 number, if any.
 *
 * @category getters
 * @since 0.1.0
 */
export const findByCardNumber = (registry: Registry, cardNumber: string): string | undefined =>
  registry.byCard.get(cardNumber)

/**
 * The 3情報 key (氏名, 生年月日, 性別) used to detect a possible 再転入.
 *
 * @category getters
 * @since 0.1.0
 */
export const threeInfoKey = (r: Pick<ResidentRecordT, "name" | "birthDate" | "sex">): string => {
  const n = r.name.kanji ?? r.name.alphabet ?? r.name.kana ?? ""
  return `${SPACE.test(n) ? n.replace(SPACES, "") : n}|${r.birthDate}|${r.sex}`
}

const SPACE = /[\s\u3000]/
const SPACES = /[\s\u3000]+/g

/**
 * 宛名番号 of every person with the same 3情報.
 *
 * @category getters
 * @since 0.1.0
 */
export const findByThreeInfo = (
  registry: Registry,
  r: Pick<ResidentRecordT, "name" | "birthDate" | "sex">
): ReadonlyArray<string> => registry.threeInfo.get(threeInfoKey(r)) ?? []

/**
 * The 仮登録 waiting for 決裁.
 *
 * @category getters
 * @since 0.1.0
 */
export const pending = (registry: Registry): ReadonlyArray<PendingChange> =>
  registry.pending
    .values()
    .map(deepFreeze)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/**
 * The received 転出証明書情報 not yet used or erased.
 *
 * @category getters
 * @since 0.1.0
 */
export const certificates = (registry: Registry): ReadonlyArray<MoveOutCertificateT> =>
  registry.certificates
    .keys()
    .sort()
    .map((k) => deepFreeze(registry.certificates.get(k) as MoveOutCertificateT))

// ---------------------------------------------------------------------------------------------------------------
// Building (internal: used by apply and fromJSON)

/** @internal Adds the identifiers of a record to the indexes. */
export const indexIds = (
  registry: Pick<Registry, "byResidentCode" | "byMyNumber" | "byCard">,
  r: ResidentRecordT
): Pick<Registry, "byResidentCode" | "byMyNumber" | "byCard"> => {
  let { byResidentCode, byMyNumber, byCard } = registry
  if (r.residentCode !== undefined && r.residentCode !== "")
    byResidentCode = byResidentCode.set(r.residentCode, r.atenaNumber)
  if (r.myNumber !== undefined && r.myNumber !== "") byMyNumber = byMyNumber.set(r.myNumber, r.atenaNumber)
  const card = cardNumberOf(r)
  if (card !== undefined && card !== "") byCard = byCard.set(card, r.atenaNumber)
  return { byResidentCode, byMyNumber, byCard }
}

/** @internal The 宛名番号 holding an identifier: `r` 住民票コード, `m` 個人番号, `c` card number. */
export const lookupId = (registry: Registry, kind: "r" | "m" | "c", value: string): string | undefined =>
  (kind === "r" ? registry.byResidentCode : kind === "m" ? registry.byMyNumber : registry.byCard).get(value)

/** @internal */
export const indexThreeInfo = (idx: PMap<ReadonlyArray<string>>, r: ResidentRecordT): PMap<ReadonlyArray<string>> => {
  const key = threeInfoKey(r)
  const list = idx.get(key)
  if (list === undefined) return idx.set(key, [r.atenaNumber])
  return list.includes(r.atenaNumber) ? idx : idx.set(key, [...list, r.atenaNumber])
}

/** @internal */
export const addMember = (
  hh: PMap<ReadonlyArray<string>>,
  householdNumber: string,
  atenaNumber: string
): PMap<ReadonlyArray<string>> => {
  const list = hh.get(householdNumber)
  if (list === undefined) return hh.set(householdNumber, [atenaNumber])
  return list.includes(atenaNumber) ? hh : hh.set(householdNumber, [...list, atenaNumber])
}

/** @internal */
export const removeMember = (
  hh: PMap<ReadonlyArray<string>>,
  householdNumber: string,
  atenaNumber: string
): PMap<ReadonlyArray<string>> => {
  const list = hh.get(householdNumber)
  if (list === undefined || !list.includes(atenaNumber)) return hh
  const next = list.filter((a) => a !== atenaNumber)
  return next.length === 0 ? hh.delete(householdNumber) : hh.set(householdNumber, next)
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

/**
 * The plain-JSON form of a registry (see the module documentation).
 *
 * @category models
 * @since 0.1.0
 */
export interface RegistryJson {
  readonly municipality: string
  readonly sequence?: number
  readonly provisionalCounter?: number
  readonly records: ReadonlyArray<ResidentRecordT>
  readonly history?: Readonly<Record<string, ReadonlyArray<HistoryRowT>>>
  readonly pending?: ReadonlyArray<{ readonly id: string; readonly event: unknown }>
  readonly certificates?: ReadonlyArray<MoveOutCertificateT>
}

/**
 * effect/Schema of {@link RegistryJson} (events of `pending` are decoded
 * separately, by `Event.decode`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const RegistryJsonSchema = S.Struct({
  municipality: S.String,
  sequence: S.optionalKey(S.Number),
  provisionalCounter: S.optionalKey(S.Number),
  records: S.Array(ResidentRecord),
  history: S.optionalKey(S.Record(S.String, S.Array(HistoryRow))),
  pending: S.optionalKey(S.Array(S.Struct({ id: S.String, event: S.Unknown }))),
  certificates: S.optionalKey(S.Array(MoveOutCertificate))
})

/**
 * The plain-JSON form of a registry: records and households by 宛名番号, the
 * full history of every person.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toJSON = (registry: Registry): RegistryJson => {
  const keys = registry.persons.keys().sort()
  const history: Record<string, ReadonlyArray<HistoryRowT>> = {}
  for (const k of keys) history[k] = getHistory(registry, k)
  const p = pending(registry)
  const c = certificates(registry)
  return {
    municipality: registry.municipality,
    sequence: registry.sequence,
    ...(registry.provisionalCounter === 0 ? {} : { provisionalCounter: registry.provisionalCounter }),
    records: keys.map((k) => deepFreeze((registry.persons.get(k) as PersonEntry).record)),
    history,
    ...(p.length === 0 ? {} : { pending: p.map((x) => ({ id: x.id, event: x.event })) }),
    ...(c.length === 0 ? {} : { certificates: c })
  }
}

/** @internal A synthetic first history row for a record given without history. */
export const syntheticRow = (r: ResidentRecordT): HistoryRowT => ({
  historyNumber: 1,
  jiyu: r.entry.jiyu,
  changeDate: r.entry.date,
  processedOn: r.entry.filedOn ?? r.entry.date,
  ...(r.entry.filedOn === undefined ? {} : { filedOn: r.entry.filedOn }),
  byAuthority: r.entry.byAuthority,
  snapshot: r
})

/**
 * Builds a registry from already decoded and checked JSON parts. No rule is
 * run: use `Registry.fromJSON` for untrusted data.
 *
 * @category constructors
 * @since 0.1.0
 */
export const unsafeBuild = (json: {
  readonly municipality: string
  readonly sequence?: number
  readonly provisionalCounter?: number
  readonly records: ReadonlyArray<ResidentRecordT>
  readonly history?: Readonly<Record<string, ReadonlyArray<HistoryRowT>>>
  readonly pending?: ReadonlyArray<PendingChange>
  readonly certificates?: ReadonlyArray<MoveOutCertificateT>
}): Registry => {
  const persons = new Map<string, PersonEntry>()
  const hh = new Map<string, Array<string>>()
  const byResidentCode = new Map<string, string>()
  const byMyNumber = new Map<string, string>()
  const byCard = new Map<string, string>()
  const three = new Map<string, Array<string>>()
  for (const r of json.records) {
    const rows = json.history?.[r.atenaNumber] ?? [syntheticRow(r)]
    let entry: PersonEntry | undefined
    rows.forEach((row, i) => {
      entry = { record: row.snapshot, row, prev: entry, historyLength: i + 1 }
    })
    persons.set(r.atenaNumber, { ...(entry as PersonEntry), record: r })
    const list = hh.get(r.householdNumber)
    if (list === undefined) hh.set(r.householdNumber, [r.atenaNumber])
    else list.push(r.atenaNumber)
    for (const row of rows) {
      const s = row.snapshot
      if (s.residentCode) byResidentCode.set(s.residentCode, r.atenaNumber)
      if (s.myNumber) byMyNumber.set(s.myNumber, r.atenaNumber)
      const card = cardNumberOf(s)
      if (card) byCard.set(card, r.atenaNumber)
    }
    const key = threeInfoKey(r)
    const t = three.get(key)
    if (t === undefined) three.set(key, [r.atenaNumber])
    else if (!t.includes(r.atenaNumber)) t.push(r.atenaNumber)
  }
  return {
    _tag: "Registry",
    municipality: json.municipality,
    sequence: json.sequence ?? 0,
    provisionalCounter: json.provisionalCounter ?? 0,
    persons: PMap.fromEntries(persons),
    households: PMap.fromEntries(hh),
    byResidentCode: PMap.fromEntries(byResidentCode),
    byMyNumber: PMap.fromEntries(byMyNumber),
    byCard: PMap.fromEntries(byCard),
    threeInfo: PMap.fromEntries(three),
    pending: PMap.fromEntries((json.pending ?? []).map((p) => [p.id, p] as const)),
    certificates: PMap.fromEntries((json.certificates ?? []).map((c) => [c.residentCode, c] as const))
  }
}
