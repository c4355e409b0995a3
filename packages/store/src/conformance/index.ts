/**
 * The adapter that runs conformance vectors of kind `store` (see
 * `conformance/README.md`), and the rules of `@juki/store` for the audit
 * catalogue. Import it as `@juki/store/conformance`: it holds no database
 * driver (the race runs on the in-memory store), so the audit also runs in a
 * browser.
 *
 * **Details**
 *
 * A case's `given` is a registry in its JSON form (`Registry.fromJSON` of
 * `@juki/records`); `when` is `{ winner, loser, maxRetries }`, two 異動
 * (`Event` JSON). The loser reads its rows, then the winner commits, then the
 * loser commits: the commit meets the winner's change, and the loser is read
 * and decided again (up to `maxRetries` times) or rejected with
 * `store.conflict`. The outcome is the loser's: accepted (alerts in
 * `errors`), or rejected with the rule ids of its violations.
 *
 * **Example**
 *
 * ```ts
 * import { conformanceAdapter } from "@juki/store/conformance"
 *
 * conformanceAdapter({ municipality: "131016", records: [] }, { winner: null, loser: null }, "race").accepted // => false
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Event, Registry } from "@juki/records"
import { Effect, Result } from "effect"
import * as Apply from "../apply/index.js"
import * as MemoryStore from "../memory/index.js"
import { Store, type StoreShape } from "../store/index.js"

export { rules, StoreConflictRule } from "../rules/conflict.js"

/**
 * What the adapter reports for one case (the runner contract's outcome).
 *
 * @category models
 * @since 0.1.0
 */
export interface ConformanceOutcome {
  readonly accepted: boolean
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
 * Runs the loser of a race: its first commit lets the winner commit first.
 *
 * @category conformance
 * @since 0.1.0
 */
export const race = (
  registry: Registry.Registry,
  winner: Event.Event,
  loser: Event.Event,
  maxRetries: number
): Apply.Outcome => {
  const store = MemoryStore.make(registry)
  let first = true
  const racing: StoreShape = {
    ...store,
    commit: (c) =>
      Effect.suspend(() => {
        if (!first) return store.commit(c)
        first = false
        return Apply.applyEvents([{ id: "winner", event: winner }]).pipe(
          Effect.provideService(Store, store),
          Effect.andThen(store.commit(c))
        )
      })
  }
  const [o] = Effect.runSync(
    Apply.applyEvents([{ id: "loser", event: loser }], { maxRetries }).pipe(Effect.provideService(Store, racing))
  )
  return o as Apply.Outcome
}

/**
 * Runs one `store` case. Never throws on JSON input.
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
  const winner = Event.decode(when["winner"])
  if (Result.isFailure(winner)) return { accepted: false, errors: refs([winner.failure]) }
  const loser = Event.decode(when["loser"])
  if (Result.isFailure(loser)) return { accepted: false, errors: refs([loser.failure]) }
  const n = when["maxRetries"]
  const maxRetries = typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 10 ? n : 5
  const o = race(registry.success, winner.success, loser.success, maxRetries)
  return o.accepted ? { accepted: true, errors: refs(o.alerts) } : { accepted: false, errors: refs(o.violations) }
}
