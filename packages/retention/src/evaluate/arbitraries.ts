/**
 * fast-check arbitraries of retention items: valid items of every kind (dates
 * 1900–2300 biased towards boundaries) and invalid ones (bad dates, unknown
 * kinds, non-objects, bad flags). Requires the optional peer dependency
 * `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { evaluate } from "@juki/retention"
 * import { Items } from "@juki/retention/arbitraries"
 * import { Result } from "effect"
 *
 * fc.assert(fc.property(Items.valid, (item) => Result.isSuccess(evaluate(item, "2025-01-01"))))
 * fc.assert(fc.property(Items.invalid, (item) => Result.isFailure(evaluate(item, "2025-01-01"))))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { day } from "../period/arbitraries.js"
import { recordKinds, type RecordKind } from "../policy/index.js"
import type { RetentionItem } from "./index.js"

/**
 * Any {@link RecordKind}.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const kind: fc.Arbitrary<RecordKind> = fc.constantFrom(...recordKinds)

/**
 * A valid item of any kind, with a start day of 1900–2300 (absent only where the
 * policy allows it) and the flags its kind knows.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<RetentionItem> = fc
  .record({
    kind,
    start: day,
    archived: fc.option(fc.boolean(), { nil: undefined }),
    tennyuRecorded: fc.option(fc.boolean(), { freq: 4, nil: undefined }),
    noStart: fc.boolean()
  })
  .map(({ kind, start, archived, tennyuRecorded, noStart }): RetentionItem => {
    const optionalStart = (kind === "delivery-address" || kind === "operation-log") && noStart
    return {
      kind,
      ...(optionalStart ? {} : { start }),
      ...(archived === undefined || (kind !== "juminhyo-johyo" && kind !== "fuhyo-johyo") ? {} : { archived }),
      ...(tennyuRecorded === undefined || kind !== "tenshutsu-certificate-info" ? {} : { tennyuRecorded })
    }
  })

const badDate = fc.oneof(
  fc.constantFrom("2023-02-29", "2014-6-20", "2014/06/20", "20140620", "2014-06-31", "0000-01-01", "", "2014-13-01"),
  fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
  fc.integer(),
  fc.constant(new Date(0))
)

/**
 * Items every evaluation must reject, each with the rule id it must be
 * rejected with: a bad or missing required date (`retention.item.date`), an
 * unknown kind (`retention.item.kind`), a non-object (`retention.item.type`)
 * or a non-boolean flag (`retention.item.flag`).
 *
 * @category arbitraries
 * @since 0.2.0
 */
export const invalidWithRule: fc.Arbitrary<{ readonly item: unknown; readonly rule: string }> = fc.oneof(
  fc.record({ kind, start: badDate }).map((item) => ({ item, rule: "retention.item.date" })),
  fc
    .record({
      kind: fc.constantFrom(
        "juminhyo-johyo",
        "fuhyo-johyo",
        "cs-superseded",
        "cs-deleted",
        "fuhyo-cs-superseded",
        "fuhyo-cs-deleted",
        "paper",
        "tenshutsu-certificate-info"
      )
    })
    .map((item) => ({ item, rule: "retention.item.date" })),
  fc
    .record({ kind: fc.string().filter((s) => !(recordKinds as ReadonlyArray<string>).includes(s)), start: day })
    .map((item) => ({ item, rule: "retention.item.kind" })),
  fc
    .constantFrom(null, undefined, 42, "juminhyo-johyo", [] as unknown, Symbol("x") as unknown)
    .map((item) => ({ item, rule: "retention.item.type" })),
  fc
    .record({
      kind: fc.constantFrom("juminhyo-johyo", "fuhyo-johyo"),
      start: day,
      archived: fc.constantFrom(1, "yes", null)
    })
    .map((item) => ({ item, rule: "retention.item.flag" })),
  fc
    .record({
      kind: fc.constant("tenshutsu-certificate-info"),
      start: day,
      tennyuRecorded: fc.constantFrom(0, "true", null)
    })
    .map((item) => ({ item, rule: "retention.item.flag" }))
)

/**
 * Items every evaluation must reject (the items of {@link invalidWithRule}).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<unknown> = invalidWithRule.map(({ item }) => item)
