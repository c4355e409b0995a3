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
 * A case's `when` takes one of two forms:
 *
 * - One item, `{ item, asOf, options? }`: `evaluate(item, asOf, options)`.
 *   `item` is the item form of `evaluate`, `asOf` the evaluation day,
 *   `options` the {@link RetentionSettings} (a municipality override written
 *   out as an object). An evaluated item is accepted with
 *   `value: { status, lastRetainedDay }`; an invalid one is rejected with the
 *   rule id of its error (`retention.item.*`, `retention.as-of.date`,
 *   `retention.settings.value`).
 * - A batch, `{ items, asOf, options? }` (the key `items` is present, whatever
 *   its value): `planPurge(items, asOf, options)`. When every decision is
 *   valid the case is accepted with `value` the list of
 *   `{ status, lastRetainedDay }`, one per item in input order (`[]` for an
 *   empty list). When any decision is `invalid` the case is rejected with the
 *   rule ids of the invalid decisions: `retention.items.type` for `items` that
 *   is not a list (`null`, a number, an object), the item's rule for a bad
 *   item, and `retention.as-of.date` or `retention.settings.value` for a bad
 *   day or bad settings (which make every decision invalid).
 *
 * **Gotchas**
 *
 * - Only `status` and `lastRetainedDay` are compared: the regime, basis,
 *   action and archive day are this implementation's detail, not part of the
 *   contract (the action follows from the status).
 * - A batch with one bad item among good ones is rejected as a whole here,
 *   although `planPurge` still decides the good ones.
 *
 * **Example**
 *
 * ```ts
 * import { conformanceAdapter } from "@juki/retention"
 *
 * conformanceAdapter(null, { item: { kind: "paper", start: "2024-04-01" }, asOf: "2025-04-02" }, "paper")
 * // => { accepted: true, value: { status: "purge-due", lastRetainedDay: "2025-04-01" }, errors: [] }
 * conformanceAdapter(null, { items: null, asOf: "2025-04-02" }, "planPurge")
 * // => { accepted: false, errors: [{ rule: "retention.items.type", severity: "error" }] }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { evaluate, planPurge } from "../evaluate/index.js"
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

type RuleRef = { readonly rule: string; readonly severity: "error" | "alert" }

const runBatch = (when: Readonly<Record<string, unknown>>): ConformanceOutcome => {
  const values: Array<{ status: string; lastRetainedDay: string | null }> = []
  const errors: Array<RuleRef> = []
  const seen = new Set<string>()
  const decisions = planPurge(
    when["items"] as Iterable<unknown>,
    when["asOf"] as string,
    when["options"] as RetentionSettings | undefined
  )
  for (const d of decisions) {
    if (d.action === "invalid") {
      const key = `${d.error.code}/${d.error.severity}`
      if (!seen.has(key)) {
        seen.add(key)
        errors.push({ rule: d.error.code, severity: d.error.severity })
      }
    } else {
      values.push({ status: d.evaluation.status, lastRetainedDay: d.evaluation.lastRetainedDay })
    }
  }
  return errors.length > 0 ? { accepted: false, errors } : { accepted: true, value: values, errors: [] }
}

/**
 * Runs one `retention` case: `when = { item, asOf, options? }` evaluates one
 * item, `when = { items, asOf, options? }` plans a purge over a list (see the
 * module notes). Never throws on JSON input.
 *
 * @category conformance
 * @since 0.1.0
 */
export const conformanceAdapter = (
  _given: unknown,
  when: Readonly<Record<string, unknown>>,
  _subject: string
): ConformanceOutcome => {
  if (Object.hasOwn(when, "items")) return runBatch(when)
  const r = evaluate(when["item"], when["asOf"] as string, when["options"] as RetentionSettings | undefined)
  return Result.isSuccess(r)
    ? { accepted: true, value: { status: r.success.status, lastRetainedDay: r.success.lastRetainedDay }, errors: [] }
    : { accepted: false, errors: [{ rule: r.failure.code, severity: r.failure.severity }] }
}
