/**
 * The adapter that runs conformance vectors of kind `retention` (see
 * `conformance/README.md`) against this package.
 *
 * **When to use**
 *
 * The reference runner (`@juki/conformance`) picks it up by name; call it
 * yourself to run `conformance/vectors/retention/*.json` in your own harness.
 *
 * **Details**
 *
 * A case's `when` is `{ item, asOf, options? }`: `item` is the item form of
 * `evaluate`, `asOf` the evaluation day, `options` the {@link RetentionSettings}
 * (a municipality override written out as an object). An evaluated item is
 * accepted with `value: { status, lastRetainedDay }`; an invalid one is rejected
 * with the rule ids of its errors.
 *
 * **Gotchas**
 *
 * Only `status` and `lastRetainedDay` are compared: the regime, basis and
 * archive day are this implementation's detail, not part of the contract.
 *
 * **Example**
 *
 * ```ts
 * import { conformanceAdapter } from "@juki/retention"
 *
 * conformanceAdapter(null, { item: { kind: "paper", start: "2024-04-01" }, asOf: "2025-04-02" }, "paper")
 * // => { accepted: true, value: { status: "purge-due", lastRetainedDay: "2025-04-01" }, errors: [] }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { evaluate } from "../evaluate/index.js"
import type { RetentionSettings } from "../policy/index.js"

/**
 * What the adapter reports for one case (the runner contract's outcome).
 *
 * @category models
 * @since 0.1.0
 */
export interface ConformanceOutcome {
  readonly accepted: boolean
  readonly value?: unknown
  readonly errors: ReadonlyArray<{ readonly rule: string; readonly severity: "error" | "alert" }>
}

/**
 * Runs one `retention` case: `when = { item, asOf, options? }`. Never throws.
 *
 * @category conformance
 * @since 0.1.0
 */
export const conformanceAdapter = (
  _given: unknown,
  when: Readonly<Record<string, unknown>>,
  _subject: string
): ConformanceOutcome => {
  const r = evaluate(when["item"], when["asOf"] as string, when["options"] as RetentionSettings | undefined)
  return Result.isSuccess(r)
    ? { accepted: true, value: { status: r.success.status, lastRetainedDay: r.success.lastRetainedDay }, errors: [] }
    : { accepted: false, errors: [{ rule: r.failure.code, severity: r.failure.severity }] }
}
