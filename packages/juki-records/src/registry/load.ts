/**
 * Reading a registry from its plain-JSON form, with every registry-level,
 * record-level and household-level rule of the catalogue.
 *
 * @since 0.1.0
 * @internal
 */
import { makeError, type JukiError } from "@juki/core"
import { Result, Schema as S } from "effect"
import { resolveOptions, dispatchOf } from "../rules/engine.js"
import { decode as decodeEvent } from "../events/index.js"
import type { HistoryRow, ResidentRecord } from "../models/index.js"
import { catalogue, RegistryMalformed } from "../rules/index.js"
import type { Options, RecordRule } from "../rules/types.js"
import { RegistryJsonSchema, unsafeBuild, type PendingChange, type Registry } from "./index.js"

const decodeJson = S.decodeUnknownResult(RegistryJsonSchema, { onExcessProperty: "error" })

/**
 * Reads a registry from plain JSON (see {@link RegistryJson}) and checks it:
 * history append-only and consistent, one present record per person, every
 * record and 世帯 rule. Returns every violation found. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Registry } from "@juki/records"
 * import { Result } from "effect"
 *
 * const r = Registry.fromJSON({ municipality: "131016", records: [] })
 * Result.isSuccess(r) // => true
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromJSON = (
  u: unknown,
  options?: Options & { readonly validate?: boolean }
): Result.Result<Registry, ReadonlyArray<JukiError>> => {
  let decoded
  try {
    decoded = decodeJson(u)
  } catch {
    return Result.fail([makeError(RegistryMalformed, { params: { detail: "unreadable input" } })])
  }
  if (Result.isFailure(decoded)) {
    const detail = String(decoded.failure.message).replace(/\s+/g, " ").slice(0, 300)
    return Result.fail([makeError(RegistryMalformed, { params: { detail } })])
  }
  const json = decoded.success
  const violations: Array<JukiError> = []
  const pending: Array<PendingChange> = []
  ;(json.pending ?? []).forEach((p, i) => {
    const e = decodeEvent(p.event)
    if (Result.isFailure(e))
      violations.push(
        makeError(RegistryMalformed, {
          path: ["pending", i],
          params: { detail: String(e.failure.params["detail"] ?? "event") }
        })
      )
    else {
      const ev = e.success
      const atenaNumbers =
        ev.type === "create"
          ? ev.records.map((r) => r.atenaNumber)
          : "atenaNumbers" in ev
            ? [...ev.atenaNumbers]
            : "atenaNumber" in ev
              ? [ev.atenaNumber]
              : []
      pending.push({ id: p.id, event: ev, atenaNumbers })
    }
  })
  if (options?.validate !== false) violations.push(...checkJson(json.records, json.history ?? {}, options))
  if (violations.length > 0) return Result.fail(violations)
  return Result.succeed(
    unsafeBuild({
      municipality: json.municipality,
      records: json.records,
      ...(json.sequence === undefined ? {} : { sequence: json.sequence }),
      ...(json.provisionalCounter === undefined ? {} : { provisionalCounter: json.provisionalCounter }),
      ...(json.history === undefined ? {} : { history: json.history }),
      pending,
      ...(json.certificates === undefined ? {} : { certificates: json.certificates })
    })
  )
}

const checkJson = (
  records: ReadonlyArray<ResidentRecord>,
  history: Readonly<Record<string, ReadonlyArray<HistoryRow>>>,
  options: Options | undefined
): Array<JukiError> => {
  const o = resolveOptions(options)
  const out: Array<JukiError> = []
  const on = catalogue.filter((r) => !o.disable.has(r.id))
  for (const r of on) if (r.onRegistry !== undefined) out.push(...r.onRegistry({ options: o, records, history }))
  const d = dispatchOf(o)
  const seen = new Set<string>()
  records.forEach((rec, i) => {
    if (seen.has(rec.atenaNumber))
      out.push(
        makeError(RegistryMalformed, { path: ["records", i, "atenaNumber"], params: { detail: "duplicated 宛名番号" } })
      )
    seen.add(rec.atenaNumber)
    const ctx = {
      options: o,
      asOf: undefined,
      path: ["records", i],
      isNew: false,
      isNewHousehold: false,
      before: undefined
    }
    for (const r of d.record) out.push(...(r.onRecord as NonNullable<RecordRule["onRecord"]>)(rec, ctx))
  })
  const households = new Map<string, Array<ResidentRecord>>()
  for (const rec of records) {
    // Without a date the loader cannot tell whether a 転出予定 has passed its planned day (apply checks 世帯 as of
    // the 処理日 and may already count such a person as gone): 世帯 rules see the records that are current.
    if (rec.state !== "current") continue
    const list = households.get(rec.householdNumber)
    if (list === undefined) households.set(rec.householdNumber, [rec])
    else list.push(rec)
  }
  for (const [hn, members] of households)
    for (const r of d.household)
      out.push(
        ...(r.onHousehold as NonNullable<RecordRule["onHousehold"]>)(hn, members, {
          options: o,
          asOf: undefined,
          path: ["household"]
        })
      )
  return out
}
