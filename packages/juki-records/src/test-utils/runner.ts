/**
 * Runs one conformance case (records or function kind) against the
 * implementation, exactly as a JSON-only runner would: the case is
 * serialised to JSON and read back first.
 */
import { Result } from "effect"
import { apply, optionsFromJSON, type JsonOptions } from "../apply/index.js"
import { decode } from "../events/index.js"
import { validateMapping } from "../jiyu/index.js"
import { fromJSON } from "../registry/load.js"

export interface Outcome {
  readonly accepted: boolean
  readonly errors: ReadonlyArray<{ readonly rule: string; readonly severity: "error" | "alert" }>
}

const outcome = (violations: ReadonlyArray<{ code: string; severity: "error" | "alert" }>): Outcome => {
  const seen = new Set<string>()
  const errors: Array<{ rule: string; severity: "error" | "alert" }> = []
  for (const v of violations) {
    const k = `${v.code}|${v.severity}`
    if (seen.has(k)) continue
    seen.add(k)
    errors.push({ rule: v.code, severity: v.severity })
  }
  errors.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.severity < b.severity ? -1 : 1))
  return { accepted: false, errors }
}

/** Normalises an expectation for comparison (errors as a sorted set). */
export const normalise = (e: { readonly accepted: boolean; readonly errors?: ReadonlyArray<{ rule: string; severity: "error" | "alert" }> }): Outcome =>
  e.accepted ? { accepted: true, errors: [] } : outcome((e.errors ?? []).map((x) => ({ code: x.rule, severity: x.severity })))

const roundTrip = <A>(a: A): A => (a === undefined ? a : JSON.parse(JSON.stringify(a)))

/** Runs a `records` case: build the registry from `given`, decode and apply the event. */
export const runRecords = (given: unknown, when: { readonly event: unknown; readonly options?: JsonOptions }): Outcome => {
  const options = optionsFromJSON(roundTrip(when.options))
  const reg = fromJSON(roundTrip(given), options)
  if (Result.isFailure(reg)) return outcome(reg.failure)
  const ev = decode(roundTrip(when.event))
  if (Result.isFailure(ev)) return outcome([ev.failure])
  const r = apply(reg.success, ev.success, options)
  return Result.isSuccess(r) ? { accepted: true, errors: [] } : outcome(r.failure.violations)
}

/** Runs a `function` case of the records area. */
export const runFunction = (when: { readonly function: string; readonly args: ReadonlyArray<unknown> }): Outcome => {
  if (when.function !== "Jiyu.validateMapping") throw new Error(`unknown function ${when.function}`)
  const r = validateMapping(roundTrip(when.args[0]))
  return Result.isSuccess(r) ? { accepted: true, errors: [] } : outcome(r.failure)
}
