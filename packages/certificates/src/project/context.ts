// Internal: the facts a request is checked against, resolved once from the
// registry on the request's day through the public API of @juki/records.
import { Registry, type ResidentRecord } from "@juki/records"
import type { CertificateRequest } from "../request/index.js"
import type { SupportMeasure } from "./measures.js"

/** One person the request names or covers, as recorded on the request's day. */
export interface PersonAt {
  readonly atenaNumber: string
  /** The 住民票 as it stood on the day, or undefined when the person was not recorded then. */
  readonly record: ResidentRecord | undefined
  /** `current` (現存, including 転出予定 not yet reached), `removed` (除票), or `none`. */
  readonly state: "current" | "removed" | "none"
}

export interface Context {
  readonly registry: Registry.Registry
  readonly request: CertificateRequest
  readonly persons: ReadonlyArray<PersonAt>
  /** The 世帯 of the requester on the day (本人 / 同一世帯員 routes), if any. */
  readonly requesterHousehold: string | undefined
  readonly measures: ReadonlyArray<SupportMeasure>
}

/**
 * The 住民票 of a person as it stood on `date`: the last history row processed
 * on or before it, or the record itself when it has no history and its entry
 * is not later than the day.
 */
export const recordAt = (
  registry: Registry.Registry,
  atenaNumber: string,
  date: string
): ResidentRecord | undefined => {
  const history = Registry.getHistory(registry, atenaNumber)
  if (history.length > 0) {
    let found: ResidentRecord | undefined
    for (const row of history) if (row.processedOn <= date) found = row.snapshot
    return found
  }
  const record = Registry.getRecord(registry, atenaNumber)
  return record !== undefined && record.entry.date <= date ? record : undefined
}

export const personAt = (registry: Registry.Registry, atenaNumber: string, date: string): PersonAt => {
  const record = recordAt(registry, atenaNumber, date)
  if (record === undefined) return { atenaNumber, record, state: "none" }
  return { atenaNumber, record, state: Registry.isPresent(record, date) ? "current" : "removed" }
}

/** The persons a request covers on its day: the 世帯's members in 記載順位, or the named ones. */
export const personsOf = (registry: Registry.Registry, request: CertificateRequest): ReadonlyArray<PersonAt> => {
  if ("household" in request.persons) {
    return Registry.householdMembers(registry, request.persons.household, request.date).map((r) =>
      personAt(registry, r.atenaNumber, request.date)
    )
  }
  return request.persons.atenaNumbers.map((a) => personAt(registry, a, request.date))
}

/** The 宛名番号 whose 世帯 the 本人 route uses: the requester, or the agent's principal. */
export const routeAtena = (request: CertificateRequest): string | undefined => {
  const r = request.requester
  if (r.kind === "self" || r.kind === "household-member") return r.atenaNumber
  if (r.kind === "agent") return r.principal
  return undefined
}

export const makeContext = (
  registry: Registry.Registry,
  request: CertificateRequest,
  measures: ReadonlyArray<SupportMeasure>
): Context => {
  const atena = routeAtena(request)
  const requester = atena === undefined ? undefined : recordAt(registry, atena, request.date)
  return {
    registry,
    request,
    persons: personsOf(registry, request),
    requesterHousehold: requester?.householdNumber,
    measures
  }
}

/** Whether the request goes by the 本人等 route of 住基法12条1項 (本人, 同一世帯員, their 代理人). */
export const isOwnRoute = (request: CertificateRequest): boolean =>
  request.requester.kind === "self" ||
  request.requester.kind === "household-member" ||
  request.requester.kind === "agent"

/** Whether the kind is a 除票 certificate. */
export const isRemovedKind = (request: CertificateRequest): boolean =>
  request.kind === "johyo" || request.kind === "johyo-kisai-jiko"
