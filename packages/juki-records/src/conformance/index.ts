/**
 * The adapter that runs conformance vectors of kind `records` (see
 * `conformance/README.md`) against this package.
 *
 * **When to use**
 *
 * The reference runner (`@juki/conformance`) picks it up by name; call it
 * yourself to run `conformance/vectors/records/*.json` in your own harness.
 *
 * **Details**
 *
 * - `given` is a registry in its plain-JSON form. The case builds it with
 *   `Registry.fromJSON(given, options)` (its violations reject the case),
 *   decodes `when.event` with `Event.decode` and applies it with
 *   `apply(registry, event, options)`, where `options` is
 *   `optionsFromJSON(when.options)` (`holidays`: extra 休日 dates added to
 *   the default calendar, `"none"`, or `{ yearEnd, extra }`).
 * - A case whose `when` is `{ function, args }` calls that function of this
 *   package instead, with `given: null`: `"Jiyu.validateMapping"`
 *   (args: the mapping), or `"Inbound.process"` (args: a registry in
 *   plain JSON, a notice, and optionally `{ immigrationKeys, processedOn }`):
 *   accepted when the notice decodes, matches one resident exactly and every
 *   proposed event is accepted by `apply`; otherwise every violation.
 * - Rejections report every violation as (rule, severity); acceptance
 *   carries no value.
 *
 * **Example**
 *
 * ```ts
 * import { conformanceAdapter } from "@juki/records"
 *
 * conformanceAdapter({ municipality: "131016", records: [] }, { event: { type: "purge-certificates", changeDate: "2024-04-01", processedOn: "2024-04-01" } }, "records/x")
 * // => { accepted: true, errors: [] }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { Result } from "effect"
import { apply, optionsFromJSON, type JsonOptions } from "../apply/index.js"
import { decode } from "../events/index.js"
import { process as processNotice, type ProcessOptions } from "../inbound/process.js"
import { deliveryInfo, type DeliveryContext, type DeliveryPerson } from "../derive/delivery.js"
import { checkFile, decodeAllowLists, project, type AllowList } from "../fukuhon/index.js"
import { validateMapping } from "../jiyu/index.js"
import { fromJSON } from "../registry/load.js"

/**
 * What the adapter reports for one case (the runner contract's outcome).
 *
 * @category models
 * @since 0.1.0
 */
export interface ConformanceOutcome {
  readonly accepted: boolean
  /** The value a `when.function` case returned (JSON), compared when the case expects one. */
  readonly value?: unknown
  readonly errors: ReadonlyArray<{ readonly rule: string; readonly severity: "error" | "alert" }>
}

const rejected = (violations: ReadonlyArray<JukiError>): ConformanceOutcome => {
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

const FUNCTIONS: Readonly<
  Record<string, (...args: ReadonlyArray<unknown>) => Result.Result<unknown, ReadonlyArray<JukiError>>>
> = {
  "Jiyu.validateMapping": (m) => validateMapping(m),
  "Inbound.process": (registry, notice, options) => {
    const reg = fromJSON(registry)
    if (Result.isFailure(reg)) return Result.fail(reg.failure)
    const o = (typeof options === "object" && options !== null ? options : {}) as ProcessOptions
    const out = processNotice(reg.success, notice, o)
    return out.accepted ? Result.succeed(out) : Result.fail(out.violations)
  },
  // The value is the 送付先情報 record (the 縮退 reports are left out of the vector's value).
  "Derive.deliveryInfo": (p, c) => Result.map(deliveryInfo(p as DeliveryPerson, c as DeliveryContext), (d) => d.info),
  "Fukuhon.decodeAllowLists": (u) => decodeAllowLists(u),
  // A 副本 file checked against allow-lists given as JSON (decoded first; their problems reject the case).
  "Fukuhon.checkFile": (text, lists) => {
    const l = decodeAllowLists(lists)
    return Result.isFailure(l) ? l : checkFile(text as string, l.success)
  },
  // The row of a registry record (given as stored JSON) for one allow-list.
  "Fukuhon.project": (record, list, options) => {
    const l = decodeAllowLists([list])
    return Result.isFailure(l)
      ? l
      : Result.succeed(
          project(
            record as never,
            l.success[0] as AllowList,
            (options ?? {}) as { protectedPersons?: ReadonlyArray<string> }
          )
        )
  },
  // The onward effects (附票, 統合宛名, 送付先情報) `apply` emits for an event on a registry.
  "Onward.effects": (given, event, options) => {
    const o = optionsFromJSON(options as JsonOptions | undefined)
    const reg = fromJSON(given, o)
    if (Result.isFailure(reg)) return Result.fail(reg.failure)
    const ev = decode(event)
    if (Result.isFailure(ev)) return Result.fail([ev.failure])
    const r = apply(reg.success, ev.success, o)
    if (Result.isFailure(r)) return Result.fail(r.failure.violations)
    return Result.succeed(r.success.effects.filter((x) => ONWARD_TYPES.has(x.type)))
  }
}

// Functions whose vectors compare the returned value (the others report acceptance only).
const WITH_VALUE: ReadonlySet<string> = new Set([
  "Derive.deliveryInfo",
  "Onward.effects",
  "Fukuhon.decodeAllowLists",
  "Fukuhon.checkFile",
  "Fukuhon.project"
])

const ONWARD_TYPES: ReadonlySet<string> = new Set(["koseki-fuhyo-notice", "atena-update", "delivery-info-due"])

/**
 * Runs one `records` case. Never throws on data (an unknown function name
 * is a broken vector file and throws).
 *
 * @category conformance
 * @since 0.1.0
 */
export const conformanceAdapter = (
  given: unknown,
  when: Readonly<Record<string, unknown>>,
  _subject: string
): ConformanceOutcome => {
  const fn = when["function"]
  if (typeof fn === "string") {
    const f = FUNCTIONS[fn]
    if (f === undefined) throw new Error(`unknown records function ${fn}`)
    const r = f(...(Array.isArray(when["args"]) ? (when["args"] as ReadonlyArray<unknown>) : []))
    if (Result.isFailure(r)) return rejected(r.failure)
    return WITH_VALUE.has(fn)
      ? { accepted: true, errors: [], value: JSON.parse(JSON.stringify(r.success ?? null)) }
      : { accepted: true, errors: [] }
  }
  const options = optionsFromJSON(when["options"] as JsonOptions | undefined)
  const reg = fromJSON(given, options)
  if (Result.isFailure(reg)) return rejected(reg.failure)
  const ev = decode(when["event"])
  if (Result.isFailure(ev)) return rejected([ev.failure])
  const r = apply(reg.success, ev.success, options)
  return Result.isSuccess(r) ? { accepted: true, errors: [] } : rejected(r.failure.violations)
}
