/**
 * Working sets: which rows of a registry an event's rules read, as data.
 *
 * **When to use**
 *
 * A registry kept in a database does not have to be loaded whole to check
 * one 異動. Ask {@link of} which rows the event needs, read them, build a
 * small registry with {@link fromRows}, and run `apply` on it: the verdict,
 * the violations and the effects are the ones the full registry gives.
 * {@link changes} then lists the rows the accepted change writes (the new
 * history rows, the 世帯, the identifier index, the 仮登録, the
 * 転出証明書情報 and the 更新順番号), for one atomic commit.
 *
 * **Details**
 *
 * - The registry is seen as tables: `persons` (宛名番号 → latest 住民票 and
 *   every history row), `households` (世帯番号 → members, in 記載順 order),
 *   `identifiers` (住民票コード `r`, 個人番号 `m`, 在留カード等番号 `c` →
 *   宛名番号, current or former), `threeInfo` (the 3情報 key of 再転入
 *   matching → 宛名番号), `pending` (仮登録), `certificates` (received
 *   転出証明書情報 by 住民票コード) and `meta` (市町村コード, 更新順番号,
 *   仮登録 counter).
 * - Some keys are only known after a first read (the 世帯 of a person named by
 *   宛名番号, the holder of a 住民票コード). {@link of} takes the rows known so
 *   far; call it again after each read until {@link missing} is empty
 *   ({@link resolve} does the loop for a synchronous reader). Two or three
 *   rounds are enough for every event.
 * - A key in the working set whose row does not exist is a read of an absent
 *   row (e.g. "no one holds this 個人番号"): a store must treat it as read
 *   too when it checks for concurrent changes.
 * - `pending` is always read whole (仮登録 are few and several rules scan
 *   them); `certificates` whole only for `purge-certificates`.
 *
 * **Example** (Check a 転居 against only the rows it needs)
 *
 * ```ts no-run
 * import { apply, WorkingSet, type Event, type Registry } from "@juki/records"
 *
 * declare const full: Registry.Registry
 * declare const event: Event.Event
 * const rows = WorkingSet.resolve(event, (ws) => WorkingSet.rowsOf(full, ws))
 * const small = WorkingSet.fromRows(rows)
 * apply(small, event) // same verdict, violations and effects as apply(full, event)
 * ```
 *
 * @since 0.2.0
 * @module
 */
import { plan } from "../apply/index.js"
import type { Event } from "../events/index.js"
import { PMap } from "../internal/pmap.js"
import { cardNumberOf, type HistoryRow, type MoveOutCertificate, type ResidentRecord } from "../models/index.js"
import {
  getHistory,
  lookupId,
  threeInfoKey,
  type PendingChange,
  type PersonEntry,
  type Registry
} from "../registry/index.js"
import { targetsOf } from "../rules/internal/helpers.js"
import type { Options } from "../rules/types.js"

/**
 * The kind of an identifier row: `r` 住民票コード, `m` 個人番号, `c`
 * 在留カード / 特別永住者証明書 number.
 *
 * @category models
 * @since 0.2.0
 */
export type IdKind = "r" | "m" | "c"

/**
 * The keys of the rows an event needs, per table.
 *
 * @category models
 * @since 0.2.0
 */
export interface WorkingSet {
  /** `persons` rows by 宛名番号. */
  readonly atenaNumbers: ReadonlyArray<string>
  /** `households` rows by 世帯番号. */
  readonly householdNumbers: ReadonlyArray<string>
  /** `identifiers` rows, as `"<kind>:<value>"` (kind `r`, `m` or `c`). */
  readonly identifiers: ReadonlyArray<string>
  /** `threeInfo` rows by 3情報 key ({@link threeInfoKey}). */
  readonly threeInfoKeys: ReadonlyArray<string>
  /** `certificates` rows by 住民票コード, or every row. */
  readonly certificates: ReadonlyArray<string> | "all"
}

/**
 * A person: the latest 住民票 and every history row, oldest first.
 *
 * @category models
 * @since 0.2.0
 */
export interface PersonRow {
  readonly atenaNumber: string
  readonly record: ResidentRecord
  readonly history: ReadonlyArray<HistoryRow>
}

/**
 * The registry-wide values: 市町村コード, the last 更新順番号 and the last
 * 仮登録 number.
 *
 * @category models
 * @since 0.2.0
 */
export interface Meta {
  readonly municipality: string
  readonly sequence: number
  readonly provisionalCounter: number
}

/**
 * Rows read from a store.
 *
 * @category models
 * @since 0.2.0
 */
export interface Rows {
  readonly meta: Meta
  readonly persons: ReadonlyArray<PersonRow>
  readonly households: ReadonlyArray<{ readonly householdNumber: string; readonly members: ReadonlyArray<string> }>
  readonly identifiers: ReadonlyArray<{ readonly kind: IdKind; readonly value: string; readonly atenaNumber: string }>
  readonly threeInfo: ReadonlyArray<{ readonly key: string; readonly atenaNumbers: ReadonlyArray<string> }>
  readonly pending: ReadonlyArray<PendingChange>
  readonly certificates: ReadonlyArray<MoveOutCertificate>
}

/**
 * The working set with no key.
 *
 * @category constructors
 * @since 0.2.0
 */
export const empty: WorkingSet = {
  atenaNumbers: [],
  householdNumbers: [],
  identifiers: [],
  threeInfoKeys: [],
  certificates: []
}

/**
 * Rows with nothing but the registry-wide values.
 *
 * @category constructors
 * @since 0.2.0
 */
export const emptyRows = (meta: Meta): Rows => ({
  meta,
  persons: [],
  households: [],
  identifiers: [],
  threeInfo: [],
  pending: [],
  certificates: []
})

class Acc {
  readonly atenas = new Set<string>()
  readonly hh = new Set<string>()
  readonly ids = new Set<string>()
  readonly three = new Set<string>()
  readonly certs = new Set<string>()
  allCerts = false
  record(r: Partial<ResidentRecord> | undefined): void {
    if (r === undefined) return
    if (typeof r.atenaNumber === "string") this.atenas.add(r.atenaNumber)
    if (typeof r.householdNumber === "string") this.hh.add(r.householdNumber)
    if (typeof r.residentCode === "string" && r.residentCode !== "") {
      this.ids.add(`r:${r.residentCode}`)
      this.certs.add(r.residentCode)
    }
    if (typeof r.myNumber === "string" && r.myNumber !== "") this.ids.add(`m:${r.myNumber}`)
    try {
      const card = cardNumberOf(r as ResidentRecord)
      if (card !== undefined && card !== "") this.ids.add(`c:${card}`)
    } catch {
      // a malformed status has no card number
    }
    try {
      if (typeof r.name === "object") this.three.add(threeInfoKey(r as ResidentRecord))
    } catch {
      // a malformed name (null) has no 3情報 key
    }
  }
  done(): WorkingSet {
    return {
      atenaNumbers: [...this.atenas].sort(),
      householdNumbers: [...this.hh].sort(),
      identifiers: [...this.ids].sort(),
      threeInfoKeys: [...this.three].sort(),
      certificates: this.allCerts ? "all" : [...this.certs].sort()
    }
  }
}

// A 記載 needs no case of its own: `plan` makes a step of every record (`after`, and as `before` the person already
// under its 宛名番号), whether or not the registry read so far holds anyone.
const collect = (e: Event, known: Registry, options: Options | undefined, acc: Acc): void => {
  const primary = new Set<string>()
  for (const t of targetsOf(e)) primary.add(t.atenaNumber)
  switch (e.type) {
    case "nationality-change":
      acc.record(e.record as Partial<ResidentRecord>)
      break
    case "modify":
      for (const c of e.changes) acc.record({ ...(c.set as Partial<ResidentRecord>), atenaNumber: c.atenaNumber })
      break
    case "receive-certificate":
      acc.certs.add(e.certificate.residentCode)
      break
    case "purge-certificates":
      acc.allCerts = true
      break
  }
  for (const a of primary) {
    acc.atenas.add(a)
    acc.record(known.persons.get(a)?.record)
  }
  try {
    for (const s of plan(known, e, options)) {
      acc.record(s.before)
      acc.record(s.after)
    }
  } catch {
    // a malformed event is rejected before any read
  }
}

/**
 * The rows `event` needs, given the rows known so far (`known`, a registry
 * built with {@link fromRows}; start with {@link fromRows}`(emptyRows(…))`).
 * Call again after reading the keys {@link missing} returns.
 *
 * @category getters
 * @since 0.2.0
 */
export const of = (event: Event, known: Registry, options?: Options): WorkingSet => {
  const acc = new Acc()
  collect(event, known, options, acc)
  if (event.type === "approve") {
    const p = known.pending.get(event.provisionalId)
    if (p !== undefined) collect({ ...p.event, processedOn: event.processedOn } as Event, known, options, acc)
  }
  // Rows reached through the rows known: the members of each 世帯, the holders of each identifier and 3情報 key.
  for (const hn of [...acc.hh]) for (const a of known.households.get(hn) ?? []) acc.atenas.add(a)
  for (const id of [...acc.ids]) {
    const a = lookupId(known, id[0] as IdKind, id.slice(2))
    if (a !== undefined) acc.atenas.add(a)
  }
  for (const k of [...acc.three]) for (const a of known.threeInfo.get(k) ?? []) acc.atenas.add(a)
  return acc.done()
}

const minus = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (b.length === 0) return a
  const s = new Set(b)
  return a.filter((x) => !s.has(x))
}

/**
 * The keys of `need` not in `have`, or `undefined` when `have` covers `need`.
 * Where `have` holds no key of a table, the result shares `need`'s list (not
 * copied).
 *
 * @category getters
 * @since 0.2.0
 */
export const missing = (need: WorkingSet, have: WorkingSet): WorkingSet | undefined => {
  const out: WorkingSet = {
    atenaNumbers: minus(need.atenaNumbers, have.atenaNumbers),
    householdNumbers: minus(need.householdNumbers, have.householdNumbers),
    identifiers: minus(need.identifiers, have.identifiers),
    threeInfoKeys: minus(need.threeInfoKeys, have.threeInfoKeys),
    certificates:
      have.certificates === "all"
        ? []
        : need.certificates === "all"
          ? "all"
          : minus(need.certificates, have.certificates)
  }
  const none =
    out.atenaNumbers.length === 0 &&
    out.householdNumbers.length === 0 &&
    out.identifiers.length === 0 &&
    out.threeInfoKeys.length === 0 &&
    // "all" is a string of length 3: never none.
    out.certificates.length === 0
  return none ? undefined : out
}

const uni = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): ReadonlyArray<string> =>
  [...new Set([...a, ...b])].sort()

/**
 * Both working sets' keys.
 *
 * @category combinators
 * @since 0.2.0
 */
export const union = (a: WorkingSet, b: WorkingSet): WorkingSet => ({
  atenaNumbers: uni(a.atenaNumbers, b.atenaNumbers),
  householdNumbers: uni(a.householdNumbers, b.householdNumbers),
  identifiers: uni(a.identifiers, b.identifiers),
  threeInfoKeys: uni(a.threeInfoKeys, b.threeInfoKeys),
  certificates: a.certificates === "all" || b.certificates === "all" ? "all" : uni(a.certificates, b.certificates)
})

/**
 * Both sets of rows (rows of `b` win on the same key; `meta` from `b`).
 * Where one side has no row of a table, the result shares the other side's
 * list (rows are shared, not copied).
 *
 * @category combinators
 * @since 0.2.0
 */
export const mergeRows = (a: Rows, b: Rows): Rows => {
  const by = <T>(xs: ReadonlyArray<T>, ys: ReadonlyArray<T>, key: (x: T) => string): ReadonlyArray<T> => {
    if (xs.length === 0) return ys
    if (ys.length === 0) return xs
    const m = new Map<string, T>()
    for (const x of xs) m.set(key(x), x)
    for (const y of ys) m.set(key(y), y)
    return [...m.values()]
  }
  return {
    meta: b.meta,
    persons: by(a.persons, b.persons, (p) => p.atenaNumber),
    households: by(a.households, b.households, (h) => h.householdNumber),
    identifiers: by(a.identifiers, b.identifiers, (i) => `${i.kind}:${i.value}`),
    threeInfo: by(a.threeInfo, b.threeInfo, (t) => t.key),
    pending: by(a.pending, b.pending, (p) => p.id),
    certificates: by(a.certificates, b.certificates, (c) => c.residentCode)
  }
}

/**
 * The rows of an in-memory registry for a working set (`pending` whole).
 *
 * @category getters
 * @since 0.2.0
 */
export const rowsOf = (registry: Registry, ws: WorkingSet): Rows => {
  const persons: Array<PersonRow> = []
  for (const a of ws.atenaNumbers) {
    const p = registry.persons.get(a)
    if (p !== undefined) persons.push({ atenaNumber: a, record: p.record, history: getHistory(registry, a) })
  }
  const households: Array<{ householdNumber: string; members: ReadonlyArray<string> }> = []
  for (const hn of ws.householdNumbers) {
    const m = registry.households.get(hn)
    if (m !== undefined) households.push({ householdNumber: hn, members: m })
  }
  const identifiers: Array<{ kind: IdKind; value: string; atenaNumber: string }> = []
  for (const id of ws.identifiers) {
    const kind = id[0] as IdKind
    const value = id.slice(2)
    const a = lookupId(registry, kind, value)
    if (a !== undefined) identifiers.push({ kind, value, atenaNumber: a })
  }
  const threeInfo: Array<{ key: string; atenaNumbers: ReadonlyArray<string> }> = []
  for (const key of ws.threeInfoKeys) {
    const l = registry.threeInfo.get(key)
    if (l !== undefined) threeInfo.push({ key, atenaNumbers: l })
  }
  const certificates: Array<MoveOutCertificate> = []
  if (ws.certificates === "all") certificates.push(...registry.certificates.values())
  else
    for (const c of ws.certificates) {
      const x = registry.certificates.get(c)
      if (x !== undefined) certificates.push(x)
    }
  return {
    meta: metaOf(registry),
    persons,
    households,
    identifiers,
    threeInfo,
    pending: registry.pending.values(),
    certificates
  }
}

/**
 * The registry-wide values of a registry.
 *
 * @category getters
 * @since 0.2.0
 */
export const metaOf = (registry: Registry): Meta => ({
  municipality: registry.municipality,
  sequence: registry.sequence,
  provisionalCounter: registry.provisionalCounter
})

const entryOf = (p: PersonRow): PersonEntry => {
  let entry: PersonEntry | undefined
  p.history.forEach((row, i) => {
    entry = { record: row.snapshot, row, prev: entry, historyLength: i + 1 }
  })
  if (entry === undefined) throw new TypeError("a person row needs at least one history row")
  return { ...entry, record: p.record }
}

/**
 * A registry holding exactly the given rows (the households, identifier and
 * 3情報 indexes as read, not rebuilt from the records).
 *
 * @category constructors
 * @since 0.2.0
 */
export const fromRows = (rows: Rows): Registry => ({
  _tag: "Registry",
  municipality: rows.meta.municipality,
  sequence: rows.meta.sequence,
  provisionalCounter: rows.meta.provisionalCounter,
  persons: PMap.fromEntries(rows.persons.map((p) => [p.atenaNumber, entryOf(p)] as const)),
  households: PMap.fromEntries(rows.households.map((h) => [h.householdNumber, h.members] as const)),
  byResidentCode: PMap.fromEntries(
    rows.identifiers.filter((i) => i.kind === "r").map((i) => [i.value, i.atenaNumber] as const)
  ),
  byMyNumber: PMap.fromEntries(
    rows.identifiers.filter((i) => i.kind === "m").map((i) => [i.value, i.atenaNumber] as const)
  ),
  byCard: PMap.fromEntries(
    rows.identifiers.filter((i) => i.kind === "c").map((i) => [i.value, i.atenaNumber] as const)
  ),
  threeInfo: PMap.fromEntries(rows.threeInfo.map((t) => [t.key, t.atenaNumbers] as const)),
  pending: PMap.fromEntries(rows.pending.map((p) => [p.id, p] as const)),
  certificates: PMap.fromEntries(rows.certificates.map((c) => [c.residentCode, c] as const))
})

/**
 * A registry holding only the rows of `registry` under the keys of `ws`
 * (persons with their whole history, 世帯, identifier, 3情報 and
 * 転出証明書情報 rows), with its registry-wide values and every 仮登録. A key
 * without a row stays absent. Used to keep the rows of one group of events
 * for the next without the registry growing: rows are shared, not copied.
 *
 * @category combinators
 * @since 0.2.0
 */
export const restrict = (registry: Registry, ws: WorkingSet): Registry => {
  const pick = <V>(m: PMap<V>, keys: Iterable<string>): PMap<V> => {
    const out: Array<readonly [string, V]> = []
    for (const k of keys) {
      const v = m.get(k)
      if (v !== undefined) out.push([k, v])
    }
    return PMap.fromEntries(out)
  }
  const ids = (kind: IdKind) => ws.identifiers.filter((x) => x[0] === kind).map((x) => x.slice(2))
  return {
    ...registry,
    persons: pick(registry.persons, ws.atenaNumbers),
    households: pick(registry.households, ws.householdNumbers),
    byResidentCode: pick(registry.byResidentCode, ids("r")),
    byMyNumber: pick(registry.byMyNumber, ids("m")),
    byCard: pick(registry.byCard, ids("c")),
    threeInfo: pick(registry.threeInfo, ws.threeInfoKeys),
    pending: PMap.fromEntries(registry.pending.entries()),
    certificates:
      ws.certificates === "all"
        ? PMap.fromEntries(registry.certificates.entries())
        : pick(registry.certificates, ws.certificates)
  }
}

/**
 * A registry with more rows added (rows of `rows` replace those on the same
 * key; `meta` is kept). Used to grow a small registry as more keys are read.
 *
 * @category combinators
 * @since 0.2.0
 */
export const withRows = (registry: Registry, rows: Rows): Registry => {
  let { persons, households, byResidentCode, byMyNumber, byCard, threeInfo, pending, certificates } = registry
  for (const p of rows.persons) persons = persons.set(p.atenaNumber, entryOf(p))
  for (const h of rows.households) households = households.set(h.householdNumber, h.members)
  for (const i of rows.identifiers)
    if (i.kind === "r") byResidentCode = byResidentCode.set(i.value, i.atenaNumber)
    else if (i.kind === "m") byMyNumber = byMyNumber.set(i.value, i.atenaNumber)
    else byCard = byCard.set(i.value, i.atenaNumber)
  for (const t of rows.threeInfo) threeInfo = threeInfo.set(t.key, t.atenaNumbers)
  for (const p of rows.pending) pending = pending.set(p.id, p)
  for (const c of rows.certificates) certificates = certificates.set(c.residentCode, c)
  return { ...registry, persons, households, byResidentCode, byMyNumber, byCard, threeInfo, pending, certificates }
}

/**
 * Writes row changes into a registry (the in-memory commit): the result
 * holds, for every key, the row {@link changes} reported.
 *
 * @category combinators
 * @since 0.2.0
 */
export const applyChanges = (registry: Registry, c: RowChanges): Registry => {
  let { persons, households, byResidentCode, byMyNumber, byCard, threeInfo, pending, certificates } = registry
  for (const p of c.persons) {
    let entry = persons.get(p.atenaNumber)
    for (const row of p.appended)
      entry = { record: row.snapshot, row, prev: entry, historyLength: (entry?.historyLength ?? 0) + 1 }
    if (entry === undefined) continue
    persons = persons.set(p.atenaNumber, { ...entry, record: p.record })
  }
  for (const h of c.households)
    households =
      h.members === undefined ? households.delete(h.householdNumber) : households.set(h.householdNumber, h.members)
  for (const i of c.identifiers)
    if (i.kind === "r") byResidentCode = byResidentCode.set(i.value, i.atenaNumber)
    else if (i.kind === "m") byMyNumber = byMyNumber.set(i.value, i.atenaNumber)
    else byCard = byCard.set(i.value, i.atenaNumber)
  for (const t of c.threeInfo) threeInfo = threeInfo.set(t.key, t.atenaNumbers)
  for (const p of c.pending) pending = p.change === undefined ? pending.delete(p.id) : pending.set(p.id, p.change)
  for (const x of c.certificates)
    certificates =
      x.certificate === undefined
        ? certificates.delete(x.residentCode)
        : certificates.set(x.residentCode, x.certificate)
  return {
    ...registry,
    municipality: c.meta.municipality,
    sequence: c.meta.sequence,
    provisionalCounter: c.meta.provisionalCounter,
    persons,
    households,
    byResidentCode,
    byMyNumber,
    byCard,
    threeInfo,
    pending,
    certificates
  }
}

/**
 * Reads every row an event needs with a synchronous reader, round by round
 * (see the module documentation), and returns them.
 *
 * @category constructors
 * @since 0.2.0
 */
export const resolve = (event: Event, read: (ws: WorkingSet) => Rows, options?: Options): Rows => {
  let have = empty
  let rows = read(empty)
  for (let round = 0; round < 16; round++) {
    const need = of(event, fromRows(rows), options)
    const miss = missing(need, have)
    if (miss === undefined) return rows
    rows = mergeRows(rows, read(miss))
    have = union(have, miss)
  }
  return rows
}

/**
 * The rows an accepted change writes: for each changed person the new
 * latest 住民票 and the appended history rows; the 世帯, identifier, 3情報,
 * 仮登録 and 転出証明書情報 rows set or deleted; the new registry-wide values.
 *
 * @category models
 * @since 0.2.0
 */
export interface RowChanges {
  readonly meta: Meta
  readonly persons: ReadonlyArray<{
    readonly atenaNumber: string
    readonly record: ResidentRecord
    /** The 履歴番号 the person had before the change (0 for a new person): the optimistic version. */
    readonly previousLength: number
    /** History rows appended, oldest first. */
    readonly appended: ReadonlyArray<HistoryRow>
  }>
  readonly households: ReadonlyArray<{
    readonly householdNumber: string
    readonly members: ReadonlyArray<string> | undefined
  }>
  readonly identifiers: ReadonlyArray<{ readonly kind: IdKind; readonly value: string; readonly atenaNumber: string }>
  readonly threeInfo: ReadonlyArray<{ readonly key: string; readonly atenaNumbers: ReadonlyArray<string> }>
  readonly pending: ReadonlyArray<{ readonly id: string; readonly change: PendingChange | undefined }>
  readonly certificates: ReadonlyArray<{
    readonly residentCode: string
    readonly certificate: MoveOutCertificate | undefined
  }>
}

const sameList = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  return a.every((x, i) => x === b[i])
}
const samePerson = (a: PersonEntry | undefined, b: PersonEntry): boolean =>
  a !== undefined && a.row === b.row && a.record === b.record && a.historyLength === b.historyLength

const changedKeys = <V>(
  before: PMap<V>,
  after: PMap<V>,
  same: (a: V | undefined, b: V) => boolean = sameList
): Array<[string, V | undefined]> => {
  const out = new Map<string, V | undefined>()
  for (const [k, v] of after.entries()) if (!same(before.get(k), v)) out.set(k, v)
  for (const k of before.keys()) if (!after.has(k)) out.set(k, undefined)
  // Keys in code-unit order, as `<` compares them.
  return [...out.keys()].sort().map((k) => [k, out.get(k)])
}

/**
 * The rows that differ between a small registry and the registry `apply`
 * returned for it. Both must be small (built with {@link fromRows}): every
 * key of both is visited.
 *
 * @category getters
 * @since 0.2.0
 */
export const changes = (before: Registry, after: Registry): RowChanges => {
  const persons: Array<RowChanges["persons"][number]> = []
  for (const [a, entry] of changedKeys(before.persons, after.persons, samePerson)) {
    if (entry === undefined) continue
    const old = before.persons.get(a)
    const previousLength = old?.historyLength ?? 0
    const appended: Array<HistoryRow> = []
    let n: PersonEntry | undefined = entry
    while (n !== undefined && n.historyLength > previousLength) {
      appended.unshift(n.row)
      n = n.prev
    }
    persons.push({ atenaNumber: a, record: entry.record, previousLength, appended })
  }
  const identifiers: Array<RowChanges["identifiers"][number]> = []
  for (const [kind, b, c] of [
    ["r", before.byResidentCode, after.byResidentCode],
    ["m", before.byMyNumber, after.byMyNumber],
    ["c", before.byCard, after.byCard]
  ] as const)
    for (const [value, atenaNumber] of changedKeys(b, c))
      if (atenaNumber !== undefined) identifiers.push({ kind, value, atenaNumber })
  return {
    meta: metaOf(after),
    persons,
    households: changedKeys(before.households, after.households).map(([householdNumber, members]) => ({
      householdNumber,
      members
    })),
    identifiers,
    threeInfo: changedKeys(before.threeInfo, after.threeInfo).flatMap(([key, atenaNumbers]) =>
      atenaNumbers === undefined ? [] : [{ key, atenaNumbers }]
    ),
    pending: changedKeys(before.pending, after.pending).map(([id, change]) => ({ id, change })),
    certificates: changedKeys(before.certificates, after.certificates).map(([residentCode, certificate]) => ({
      residentCode,
      certificate
    }))
  }
}
