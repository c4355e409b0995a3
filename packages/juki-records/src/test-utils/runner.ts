/**
 * Runs one conformance case exactly as a JSON-only runner would: the case is
 * serialised to JSON and read back, then handed to the package's
 * `conformanceAdapter` (the one the reference runner uses).
 */
import type { JukiError } from "@juki/core"
import { Result } from "effect"
import { apply, type JsonOptions, optionsFromJSON } from "../apply/index.js"
import { conformanceAdapter, type ConformanceOutcome } from "../conformance/index.js"
import { decode } from "../events/index.js"
import { fromJSON } from "../registry/load.js"

export type Outcome = ConformanceOutcome

/** Normalises an expectation for comparison (errors as a sorted set). */
export const normalise = (e: {
  readonly accepted: boolean
  readonly errors?: ReadonlyArray<{ rule: string; severity: "error" | "alert" }>
}): Outcome => {
  if (e.accepted) return { accepted: true, errors: [] }
  const seen = new Set<string>()
  const errors = (e.errors ?? []).filter((x) => {
    const k = `${x.rule}|${x.severity}`
    return seen.has(k) ? false : (seen.add(k), true)
  })
  errors.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.severity < b.severity ? -1 : 1))
  return { accepted: false, errors }
}

const roundTrip = <A>(a: A): A => (a === undefined ? a : JSON.parse(JSON.stringify(a)))

/** Runs a `records` case: build the registry from `given`, decode and apply the event. */
export const runRecords = (
  given: unknown,
  when: { readonly event: unknown; readonly options?: JsonOptions }
): Outcome => conformanceAdapter(roundTrip(given), roundTrip(when) as Readonly<Record<string, unknown>>, "records")

/** Runs a `{ function, args }` case of the records area. */
export const runFunction = (when: { readonly function: string; readonly args: ReadonlyArray<unknown> }): Outcome =>
  conformanceAdapter(null, roundTrip(when) as Readonly<Record<string, unknown>>, "records")

/**
 * The violations of a `records` example as `JukiError`s (with path and params): the registry's load errors when
 * `given` does not load (`fromRegistry`), else the event's decode error or `apply`'s violations. Call it inside a
 * test: mutation testing attributes what runs to the test that runs it.
 */
export const violationsOfRecordsExample = (ex: {
  readonly given: unknown
  readonly event: unknown
  readonly options?: unknown
}): { readonly fromRegistry: boolean; readonly violations: ReadonlyArray<JukiError> } => {
  const options = optionsFromJSON(ex.options as JsonOptions | undefined)
  const reg = fromJSON(roundTrip(ex.given), options)
  if (Result.isFailure(reg)) return { fromRegistry: true, violations: reg.failure }
  const ev = decode(roundTrip(ex.event))
  if (Result.isFailure(ev)) return { fromRegistry: false, violations: [ev.failure] }
  const r = apply(reg.success, ev.success, options)
  return { fromRegistry: false, violations: Result.isFailure(r) ? r.failure.violations : [] }
}
