/**
 * DV等 支援措置 (住民基本台帳事務処理要領 第6-10) as data the vendor supplies:
 * the protected persons, the named 加害者 and the period. `@juki/records` has
 * no place for them, so `project` takes them as an input.
 *
 * @since 0.1.0
 * @module
 */
import type { Calendar } from "@juki/core"
import type { CertificateRequest } from "../request/index.js"

/**
 * A 加害者 named by a measure: by 宛名番号 (a resident) and/or by name (anyone;
 * compared without spaces).
 *
 * @category models
 * @since 0.1.0
 */
export interface Offender {
  readonly atenaNumber?: string
  readonly name?: string
}

/**
 * One 支援措置: its id, the 支援対象者 (宛名番号), the named 加害者 and the
 * period (`to` absent: until lifted).
 *
 * @category models
 * @since 0.1.0
 */
export interface SupportMeasure {
  readonly id: string
  readonly protected: ReadonlyArray<string>
  readonly offenders: ReadonlyArray<Offender>
  readonly from: Calendar.IsoDate | string
  readonly to?: Calendar.IsoDate | string
}

const bare = (s: string): string => s.replace(/[\s\u3000]/g, "")

/** Whether the measure is in force on `date`. */
export const inForce = (m: SupportMeasure, date: string): boolean =>
  m.from <= date && (m.to === undefined || date <= m.to)

/**
 * Whether the requester is a 加害者 the measure names: by 宛名番号 (本人,
 * 同一世帯員, a 代理人's principal, a 第三者 with a 宛名番号) or by name (代理人,
 * 第三者).
 *
 * @category predicates
 * @since 0.1.0
 */
export const namesRequester = (m: SupportMeasure, request: CertificateRequest): boolean => {
  const r = request.requester
  const atenas: Array<string> = []
  const names: Array<string> = []
  if (r.kind === "self" || r.kind === "household-member") atenas.push(r.atenaNumber)
  if (r.kind === "agent") {
    atenas.push(r.principal)
    if (r.name !== undefined) names.push(r.name)
  }
  if (r.kind === "third-party") {
    names.push(r.name)
    if (r.atenaNumber !== undefined) atenas.push(r.atenaNumber)
  }
  return m.offenders.some(
    (o) =>
      (o.atenaNumber !== undefined && atenas.includes(o.atenaNumber)) ||
      (o.name !== undefined && bare(o.name).length > 0 && names.some((n) => bare(n) === bare(o.name as string)))
  )
}

/**
 * Whether `u` is a list of {@link SupportMeasure}. Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isMeasures = (u: unknown): u is ReadonlyArray<SupportMeasure> =>
  Array.isArray(u) &&
  u.every(
    (m) =>
      typeof m === "object" &&
      m !== null &&
      typeof m.id === "string" &&
      Array.isArray(m.protected) &&
      m.protected.every((p: unknown) => typeof p === "string") &&
      Array.isArray(m.offenders) &&
      m.offenders.every((o: unknown) => typeof o === "object" && o !== null) &&
      typeof m.from === "string" &&
      (m.to === undefined || typeof m.to === "string")
  )
