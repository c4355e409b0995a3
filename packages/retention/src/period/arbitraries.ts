/**
 * fast-check arbitraries of calendar days for retention tests: any day of
 * 1900–2300, biased towards the days where periods go wrong (28/29 February,
 * 1 March, month ends and the 2014-06-20 / 2019-06-20 boundaries). Requires the
 * optional peer dependency `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { Period } from "@juki/retention/arbitraries"
 *
 * fc.sample(Period.day, 3) // e.g. ["2014-06-19", "2168-02-29", "1903-11-30"]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar } from "@juki/core"
import fc from "fast-check"

const MIN = Calendar.toDayNumber("1900-01-01")
const MAX = Calendar.toDayNumber("2300-12-31")

/**
 * Any day from 1900-01-01 to 2300-12-31, uniformly.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const anyDay: fc.Arbitrary<Calendar.IsoDate> = fc.integer({ min: MIN, max: MAX }).map(Calendar.fromDayNumber)

/**
 * 27 February – 2 March of any year 1900–2300 (leap and common years).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const aroundFebruaryEnd: fc.Arbitrary<Calendar.IsoDate> = fc
  .tuple(fc.integer({ min: 1900, max: 2300 }), fc.integer({ min: -2, max: 2 }))
  .map(([y, k]) => Calendar.addDays(Calendar.fromYmd(y, 3, 1), k))

/**
 * The last or first day of any month 1900–2300.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const monthEdge: fc.Arbitrary<Calendar.IsoDate> = fc
  .tuple(fc.integer({ min: 1900, max: 2299 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -1, max: 0 }))
  .map(([y, m, k]) => Calendar.addDays(Calendar.fromYmd(y, m, 1), k))

/**
 * Within 3 days of 2014-06-20, 2019-06-20, 2009-06-21 and 2164-06-20.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const nearBoundary: fc.Arbitrary<Calendar.IsoDate> = fc
  .tuple(fc.constantFrom("2014-06-20", "2019-06-20", "2009-06-21", "2164-06-20"), fc.integer({ min: -3, max: 3 }))
  .map(([d, k]) => Calendar.addDays(d, k))

/**
 * A day of 1900–2300 biased towards the error-prone days.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const day: fc.Arbitrary<Calendar.IsoDate> = fc.oneof(
  { arbitrary: anyDay, weight: 3 },
  { arbitrary: aroundFebruaryEnd, weight: 2 },
  { arbitrary: monthEdge, weight: 1 },
  { arbitrary: nearBoundary, weight: 2 }
)
