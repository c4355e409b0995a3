/**
 * The adapter that runs conformance vectors of kind `certificates` (see
 * `conformance/README.md`) against this package.
 *
 * **Details**
 *
 * A case's `given` is a registry in its JSON form (`Registry.fromJSON` of
 * `@juki/records`); `when` is `{ request, measures? }`. A projected request is
 * accepted with `value` the printed content: one entry per row,
 * `{ removed, printed: [itemId, …] }` in print order (省略 items are absent;
 * the values are checked by the package's own tests). A refused
 * one is rejected with the rule ids of its violations. Alerts are reported in
 * `errors` of an accepted case.
 *
 * **Example**
 *
 * ```ts
 * import { conformanceAdapter } from "@juki/certificates"
 *
 * conformanceAdapter({ municipality: "131016", records: [] }, { request: null }, "project").accepted // => false
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Registry } from "@juki/records"
import { Result } from "effect"
import { project } from "../project/index.js"
import type { SupportMeasure } from "../project/measures.js"

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

const refs = (errors: ReadonlyArray<{ readonly code: string; readonly severity: "error" | "alert" }>) => {
  const seen = new Set<string>()
  return errors.flatMap((e) => {
    const key = `${e.code}/${e.severity}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{ rule: e.code, severity: e.severity }]
  })
}

/**
 * Runs one `certificates` case. Never throws on JSON input.
 *
 * @category conformance
 * @since 0.1.0
 */
export const conformanceAdapter = (
  given: unknown,
  when: Readonly<Record<string, unknown>>,
  _subject: string
): ConformanceOutcome => {
  const registry = Registry.fromJSON(given)
  if (Result.isFailure(registry)) return { accepted: false, errors: refs(registry.failure) }
  const measures = when["measures"] as ReadonlyArray<SupportMeasure> | undefined
  const r = project(registry.success, when["request"], measures === undefined ? {} : { measures })
  if (Result.isFailure(r)) return { accepted: false, errors: refs(r.failure) }
  const value = r.success.rows.map((row) => ({
    removed: row.removed,
    printed: row.items.flatMap((i) => (i.printed ? [i.id] : []))
  }))
  return { accepted: true, value, errors: refs(r.success.notices) }
}
