/**
 * fast-check arbitraries of 和暦 dates: Gregorian days of the Gregorian
 * period of Japan (1873-01-01 on), their canonical 和暦, era boundary days,
 * texts in every form `Wareki.parse` reads, and invalid values paired with
 * the rule they break. Requires the optional peer dependency `fast-check` 4.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { Wareki } from "@juki/core"
 * import { Wareki as Arb } from "@juki/core/arbitraries"
 *
 * fc.assert(fc.property(Arb.valid, (w) => Wareki.isValid(w)))
 * fc.assert(fc.property(Arb.invalid, (w) => !Wareki.isValid(w)))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { Result } from "effect"
import { addDays, daysInMonth, fromDayNumber, toDayNumber, type IsoDate } from "../calendar/index.js"
import { ERAS, fromIsoDate, format, type EraId, type Style, type Wareki } from "./index.js"

const FIRST = toDayNumber("1873-01-01")
const LAST = toDayNumber("2100-12-31")

/**
 * The first and last day of every era and the days either side of each
 * change of era, plus 1873-01-01 (first Gregorian day).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const boundaryDays: ReadonlyArray<IsoDate> = [
  "1873-01-01" as IsoDate,
  ...ERAS.flatMap((e) => [e.start, addDays(e.start, 1), ...(e.end ? [addDays(e.end, -1), e.end] : [])])
].filter((d) => d >= "1873-01-01")

/**
 * Gregorian days from 1873-01-01 to 2100-12-31, biased towards era boundary
 * days.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const isoDate: fc.Arbitrary<IsoDate> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber) },
  { weight: 1, arbitrary: fc.constantFrom(...boundaryDays) }
)

const toWareki = (d: IsoDate): Wareki => {
  const r = fromIsoDate(d)
  if (Result.isFailure(r)) throw new Error(`unexpected: ${d}`)
  return r.success
}

/**
 * Canonical 和暦 of days from 1873-01-01 to 2100-12-31 (all five eras,
 * boundary days included).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<Wareki> = isoDate.map(toWareki)

/**
 * Every style of `Wareki.format`.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const style: fc.Arbitrary<Style> = fc.constantFrom(
  "kanji",
  "kanji-padded",
  "kanji-numerals",
  "jis",
  "jis-short",
  "abbreviation",
  "compact"
)

/**
 * A valid 和暦 with one of its texts (any style, 元年 or 1年, ASCII or
 * full-width digits, or the era ligature ㋿ ㍻ ㍼ ㍽ ㍾).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const validText: fc.Arbitrary<{ readonly wareki: Wareki; readonly text: string }> = fc
  .tuple(valid, style, fc.boolean(), fc.boolean(), fc.boolean())
  .map(([wareki, s, gannen, fullWidth, ligature]) => {
    let text = format(wareki, { style: s, gannen, fullWidth })
    const era = ERAS.find((e) => e.id === wareki.era)!
    if (ligature && text.startsWith(era.name)) text = era.ligature + text.slice(era.name.length)
    return { wareki, text }
  })

/**
 * Which rule an invalid value breaks.
 *
 * @category models
 * @since 0.1.0
 */
export type InvalidRule = "core.wareki.era-range" | "core.wareki.era-boundary" | "core.wareki.calendar"

const eraArb: fc.Arbitrary<(typeof ERAS)[number]> = fc.constantFrom(...ERAS)

const eraRange: fc.Arbitrary<Wareki> = fc.oneof(
  // year 0 or negative
  fc.tuple(eraArb, fc.integer({ min: -5, max: 0 })).map(([e, year]) => ({ era: e.id, year, month: 6, day: 1 })),
  // beyond the last year of a past era (平成32年 …)
  fc
    .tuple(fc.constantFrom(...ERAS.filter((e) => e.lastYear !== undefined)), fc.integer({ min: 1, max: 40 }))
    .map(([e, k]) => ({ era: e.id, year: e.lastYear! + k, month: 1, day: 1 }))
)

const eraBoundary: fc.Arbitrary<Wareki> = fc.oneof(
  // after the end, in the last year (昭和64年1月8日, 明治45年7月30日 …)
  fc
    .tuple(fc.constantFrom(...ERAS.filter((e) => e.end !== undefined)), fc.integer({ min: 1, max: 150 }))
    .filter(([e, k]) => addDays(e.end!, k).slice(0, 4) === e.end!.slice(0, 4))
    .map(([e, k]) => {
      const d = addDays(e.end!, k)
      return { era: e.id, year: e.lastYear!, month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) }
    }),
  // before the start, in 元年 (令和元年4月30日, 平成元年1月7日 …); 明治 is excluded (lunisolar)
  fc
    .tuple(fc.constantFrom(...ERAS.filter((e) => e.id !== "meiji")), fc.integer({ min: 1, max: 120 }))
    .filter(([e, k]) => addDays(e.start, -k).slice(0, 4) === e.start.slice(0, 4))
    .map(([e, k]) => {
      const d = addDays(e.start, -k)
      return { era: e.id, year: 1, month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) }
    })
)

const calendar: fc.Arbitrary<Wareki> = valid.chain((w) =>
  fc.oneof(
    fc.constant({ ...w, day: 32 }),
    fc.constant({ ...w, month: 13 }),
    fc.constant({ ...w, month: 0 }),
    fc.constant({ ...w, day: 0 }),
    // 2/29 of a common year, 2/30, 4/31 … (keeps the era valid: only months that stay in the era)
    fc.integer({ min: 1, max: 3 }).map((k) => {
      const era = ERAS.find((e) => e.id === w.era)!
      const g = era.startYear + w.year - 1
      return { ...w, day: daysInMonth(g, w.month) + k }
    })
  )
)

/**
 * An invalid 和暦 value paired with the rule it breaks.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalidCase: fc.Arbitrary<{ readonly wareki: Wareki; readonly rule: InvalidRule }> = fc.oneof(
  eraRange.map((wareki) => ({ wareki, rule: "core.wareki.era-range" as const })),
  eraBoundary.map((wareki) => ({ wareki, rule: "core.wareki.era-boundary" as const })),
  calendar.map((wareki) => ({ wareki, rule: "core.wareki.calendar" as const }))
)

/**
 * 和暦 values `Wareki.validate` rejects (era-years outside the era, days
 * outside the era, non-calendar days).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<Wareki> = invalidCase.map((c) => c.wareki)

/**
 * Texts of invalid 和暦 dates in the kanji style (e.g. `平成32年1月1日`,
 * `昭和64年1月8日`, `令和元年2月30日`), paired with the rule they break.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalidText: fc.Arbitrary<{ readonly text: string; readonly rule: InvalidRule }> = invalidCase
  .filter((c) => c.wareki.year >= 0)
  .map((c) => ({ text: format(c.wareki, { gannen: false }), rule: c.rule }))

/**
 * Era ids.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const eraId: fc.Arbitrary<EraId> = eraArb.map((e) => e.id)
