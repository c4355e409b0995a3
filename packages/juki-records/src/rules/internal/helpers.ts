/**
 * Small pure helpers shared by the rules and the state machine.
 *
 * @since 0.1.0
 * @internal
 */
import { Calendar } from "@juki/core"
import type { Event } from "../../events/index.js"
import { FIELD_GROUPS, type FieldGroup } from "../../models/fields.js"
import { cardNumberOf, type ResidentRecord } from "../../models/index.js"
import { isPresent, lookupId, type Registry } from "../../registry/index.js"

/** Structural equality of JSON-like values (records, addresses). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  let na = 0
  for (const k of ka) {
    const va = (a as Record<string, unknown>)[k]
    if (va === undefined) continue
    na++
    if (!deepEqual(va, (b as Record<string, unknown>)[k])) return false
  }
  let nb = 0
  for (const k of kb) if ((b as Record<string, unknown>)[k] !== undefined) nb++
  return na === nb
}

/** Top-level items whose value differs between two records. */
export const changedItems = (before: ResidentRecord, after: ResidentRecord): Array<string> => {
  const out: Array<string> = []
  const b = before as unknown as Record<string, unknown>
  const a = after as unknown as Record<string, unknown>
  for (const k in a) if (!deepEqual(a[k], b[k])) out.push(k)
  for (const k in b) if (!(k in a) && b[k] !== undefined) out.push(k)
  return out
}

/** The item group of a top-level item (unknown items count as `managed`). */
export const groupOf = (item: string): FieldGroup => FIELD_GROUPS[item] ?? "managed"

/** Items that only one kind of 住民票 has. */
export const JAPANESE_ONLY: ReadonlySet<string> = new Set([
  "honseki",
  "residentSince",
  "formerSurname",
  "voterRegistered"
])
export const FOREIGN_ONLY: ReadonlySet<string> = new Set([
  "nationality",
  "foreignResidentSince",
  "status",
  "alias",
  "oldRegistrationDate",
  "residenceNotified",
  "landingPermitMoveIn"
])

/** Whether a 住民票 kind has an item. */
export const kindHasItem = (kind: ResidentRecord["kind"], item: string): boolean =>
  kind === "japanese" ? !FOREIGN_ONLY.has(item) : !JAPANESE_ONLY.has(item)

const isoCache = new Map<string, boolean>()

/** `Calendar.isIsoDate`, memoised (a registry sees few distinct dates). */
export const isIso = (d: unknown): d is string => {
  if (typeof d !== "string") return false
  let v = isoCache.get(d)
  if (v === undefined) {
    v = Calendar.isIsoDate(d)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the memo's memory; a cleared or never-cleared memo gives the same answers
    if (isoCache.size > 100_000) isoCache.clear()
    isoCache.set(d, v)
  }
  return v
}

const WS = /^[\s\u3000]*$/

/** Whether a text item is absent or only white space (full-width spaces too). */
export const blank = (s: string | undefined): boolean => s === undefined || s.length === 0 || WS.test(s)

const presentHolder = (
  registry: Registry,
  kind: "r" | "m" | "c",
  value: string | undefined,
  pick: (x: ResidentRecord) => string | undefined,
  asOf: string
): boolean => {
  if (value === undefined || value === "") return false
  const atena = lookupId(registry, kind, value)
  if (atena === undefined) return false
  const other = registry.persons.get(atena)?.record
  return other !== undefined && isPresent(other, asOf) && pick(other) === value
}
const pickCode = (x: ResidentRecord): string | undefined => x.residentCode
const pickNumber = (x: ResidentRecord): string | undefined => x.myNumber

/** Which identifier ties an incoming record to a present person in the registry, if any. */
export const presentMatch = (
  registry: Registry,
  r: ResidentRecord | { readonly atenaNumber: string; readonly residentCode?: string; readonly myNumber?: string },
  asOf: string
): "atenaNumber" | "residentCode" | "myNumber" | "cardNumber" | undefined => {
  const self = registry.persons.get(r.atenaNumber)?.record
  if (self !== undefined && isPresent(self, asOf)) return "atenaNumber"
  if (presentHolder(registry, "r", r.residentCode, pickCode, asOf)) return "residentCode"
  if (presentHolder(registry, "m", r.myNumber, pickNumber, asOf)) return "myNumber"
  const card = "kind" in r ? cardNumberOf(r as ResidentRecord) : undefined
  if (presentHolder(registry, "c", card, cardNumberOf, asOf)) return "cardNumber"
  return undefined
}

/** The persons an event names (not `create`), with their paths. */
export type Targets = ReadonlyArray<{ readonly atenaNumber: string; readonly path: ReadonlyArray<string | number> }>

/** The persons an event targets (not `create`), with their paths. */
export const targetsOf = (e: Event): Targets => computeTargets(e)

const computeTargets = (e: Event): Targets => {
  switch (e.type) {
    case "modify":
      return e.changes.map((c, i) => ({ atenaNumber: c.atenaNumber, path: ["changes", i, "atenaNumber"] }))
    case "remove":
    case "cancel":
      return e.atenaNumbers.map((a, i) => ({ atenaNumber: a, path: ["atenaNumbers", i] }))
    case "transfer-in-notice":
    case "reissue":
      return [{ atenaNumber: e.atenaNumber, path: ["atenaNumber"] }]
    case "nationality-change":
      return [{ atenaNumber: e.record.atenaNumber, path: ["record", "atenaNumber"] }]
    default:
      return []
  }
}

export const MOVE_OUT_JIYU: ReadonlySet<string> = new Set(["domestic-move-out", "move-out-abroad"])
export const MOVE_IN_JIYU: ReadonlySet<string> = new Set(["domestic-move-in", "move-in-from-abroad"])
export const HOUSEHOLD_JIYU: ReadonlySet<string> = new Set([
  "household-split",
  "household-merge",
  "household-change",
  "head-change"
])

/** The later of two ISO dates. */
export const maxDate = (a: string, b: string): string => (a >= b ? a : b)
/** The earlier of two ISO dates. */
export const minDate = (a: string, b: string): string => (a <= b ? a : b)

/** The identifiers a record is indexed by (住民票コード, 個人番号, 在留カード等番号), with the index kind and item name. */
export const idsOf = (r: ResidentRecord): Array<["r" | "m" | "c", string, string]> => {
  const out: Array<["r" | "m" | "c", string, string]> = []
  if (r.residentCode) out.push(["r", r.residentCode, "residentCode"])
  if (r.myNumber) out.push(["m", r.myNumber, "myNumber"])
  const c = cardNumberOf(r)
  if (c) out.push(["c", c, "cardNumber"])
  return out
}
