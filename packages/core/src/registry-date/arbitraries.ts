/**
 * fast-check arbitraries of registry dates (住民記録システム標準仕様書 1.1.8):
 * exact days, non-calendar days (2月29日 of common years, 2月30日, era
 * overflow such as 明治45年7月30日) and every 不詳日 form, in 和暦 and 西暦,
 * plus texts `RegistryDate.parse` rejects in `registry` mode, paired with the
 * rule they break. Requires the optional peer dependency `fast-check` 4.
 *
 * Values are built by parsing canonical texts in `registry` mode with default
 * options, so `value.text` is always the canonical text.
 *
 * **Example**
 *
 * ```ts
 * import fc from "fast-check"
 * import { RegistryDate } from "@juki/core"
 * import { RegistryDate as Arb } from "@juki/core/arbitraries"
 *
 * fc.assert(fc.property(Arb.valid, (d) => RegistryDate.isRegistryDate(d)))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import fc from "fast-check"
import { Result } from "effect"
import { addDays, daysInMonth, fromDayNumber, toDayNumber, toYmd, type IsoDate } from "../calendar/index.js"
import { ERAS, fromIsoDate as warekiFromIsoDate } from "../wareki/index.js"
import { parse, type ExactDate, type NonCalendarDate, type RegistryDate, type UncertainDate } from "./index.js"

const FIRST = toDayNumber("1873-01-01")
const LAST = toDayNumber("2100-12-31")

const boundaries: ReadonlyArray<IsoDate> = ERAS.flatMap((e) => [e.start, ...(e.end ? [e.end] : [])]).filter(
  (d) => d >= "1873-01-01"
)

const day: fc.Arbitrary<IsoDate> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber) },
  { weight: 1, arbitrary: fc.constantFrom(...boundaries) }
)

/** The year part of a day, written in 和暦 (canonical era) or 西暦. */
const headOf = (d: IsoDate, seireki: boolean): string => {
  if (seireki) return `${d.slice(0, 4)}年`
  const r = warekiFromIsoDate(d)
  if (Result.isFailure(r)) throw new Error(`unexpected ${d}`)
  const era = ERAS.find((e) => e.id === r.success.era)!
  return `${era.name}${r.success.year === 1 ? "元" : r.success.year}年`
}

const parsed = <A extends RegistryDate>(text: string): A | undefined => {
  const r = parse(text, { mode: "registry" })
  return Result.isSuccess(r) ? (r.success as A) : undefined
}

const build = <A extends RegistryDate>(
  texts: fc.Arbitrary<string>
): fc.Arbitrary<{ readonly text: string; readonly value: A }> =>
  texts
    .map((text) => ({ text, value: parsed<A>(text) }))
    .filter((c): c is { text: string; value: A } => c.value !== undefined)

/**
 * Canonical texts of exact days (和暦 or 西暦) with their values.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const exactCase: fc.Arbitrary<{ readonly text: string; readonly value: ExactDate }> = build<ExactDate>(
  fc.tuple(day, fc.boolean()).map(([d, s]) => {
    const { month, day: dd } = toYmd(d)
    return `${headOf(d, s)}${month}月${dd}日`
  })
)

/**
 * Canonical texts of non-calendar days with their values: a day the month
 * lacks (2月29日 of a common year, 2月30日, 4月31日 …) or a day after an era's
 * end in its last year (明治45年7月30日, 大正15年12月25日, 昭和64年1月8日 …).
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const nonCalendarCase: fc.Arbitrary<{ readonly text: string; readonly value: NonCalendarDate }> =
  build<NonCalendarDate>(
    fc.oneof(
      fc
        .tuple(day, fc.boolean(), fc.integer({ min: 1, max: 3 }))
        .filter(([d, , k]) => {
          const { year, month } = toYmd(d)
          return daysInMonth(year, month) + k <= 31
        })
        .map(([d, s, k]) => {
          const { year, month } = toYmd(d)
          return `${headOf(d, s)}${month}月${daysInMonth(year, month) + k}日`
        }),
      fc
        .tuple(fc.constantFrom(...ERAS.filter((e) => e.end !== undefined)), fc.integer({ min: 1, max: 200 }))
        .filter(([e, k]) => addDays(e.end!, k).slice(0, 4) === e.end!.slice(0, 4))
        .map(([e, k]) => {
          const { month, day: dd } = toYmd(addDays(e.end!, k))
          return `${e.name}${e.lastYear}年${month}月${dd}日`
        })
    )
  )

const season = (m: number): string | undefined =>
  m >= 3 && m <= 5 ? "春" : m >= 6 && m <= 8 ? "夏" : m >= 9 && m <= 11 ? "秋" : m === 12 ? "冬" : undefined

/**
 * Canonical texts of every 不詳日 form of 1.1.8 (in 和暦 and 西暦) with their
 * values.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const uncertainCase: fc.Arbitrary<{ readonly text: string; readonly value: UncertainDate }> =
  build<UncertainDate>(
    fc
      .tuple(
        day,
        fc.boolean(),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean()
      )
      .map(([d, s, form, span, b1, b2, b3, b4]) => {
        const h = headOf(d, s)
        const { month, day: dd } = toYmd(d)
        switch (form) {
          case 0:
            return "年月日不詳"
          case 1:
            return `${h}頃`
          case 2:
            return `推定${h}`
          case 3:
            return `${h}月日不詳`
          case 4:
            return b1 ? `${h}${month}月頃` : `推定${h}${month}月`
          case 5:
            return `${h}${month}月日不詳`
          case 6:
            return `${h}${season(month) ?? `${month}月上旬`}`
          case 7:
            return `${h}${month}月${dd <= 10 ? "上旬" : dd <= 20 ? "中旬" : "下旬"}${b1 ? "頃" : ""}`
          case 8:
            return `${h}${month}月${dd}日頃`
          case 9:
            return `推定${h}${month}月${dd}日`
          default: {
            const to = addDays(d, span)
            const t = toYmd(to)
            if (t.year !== toYmd(d).year) return `${h}${month}月${dd}日頃`
            const end = `${t.month !== month ? `${t.month}月` : ""}${b3 ? "推定" : ""}${t.day}日${b4 ? "頃" : ""}`
            return `${h}${month}月${b1 ? "推定" : ""}${dd}日${b2 ? "頃" : ""}から${end}までの間`
          }
        }
      })
  )

/**
 * Every kind of registry date, each with its canonical text.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const validCase: fc.Arbitrary<{ readonly text: string; readonly value: RegistryDate }> = fc.oneof(
  exactCase,
  nonCalendarCase,
  uncertainCase
)

/**
 * Registry dates of every kind and form.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const valid: fc.Arbitrary<RegistryDate> = validCase.map((c) => c.value)

/**
 * Rules an invalid registry-date text breaks in `registry` mode.
 *
 * @category models
 * @since 0.1.0
 */
export type InvalidRule =
  | "core.registry-date.format"
  | "core.registry-date.calendar"
  | "core.registry-date.range-order"
  | "core.wareki.era-range"
  | "core.wareki.era-boundary"

/**
 * Texts `RegistryDate.parse` rejects in `registry` mode, with the rule.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalidCase: fc.Arbitrary<{ readonly text: string; readonly rule: InvalidRule }> = fc.oneof(
  // an era-year the era never reached, in any form
  fc
    .tuple(
      fc.constantFrom(...ERAS.filter((e) => e.lastYear !== undefined)),
      fc.integer({ min: 1, max: 30 }),
      fc.constantFrom("頃", "月日不詳", "3月4日", "3月上旬", "春")
    )
    .map(([e, k, tail]) => ({ text: `${e.name}${e.lastYear! + k}年${tail}`, rule: "core.wareki.era-range" as const })),
  fc.constantFrom(...ERAS).map((e) => ({ text: `推定${e.name}0年`, rule: "core.wareki.era-range" as const })),
  // before an era's first day in its first year
  fc.constantFrom(
    { text: "令和元年4月頃", rule: "core.wareki.era-boundary" as const },
    { text: "令和元年4月30日", rule: "core.wareki.era-boundary" as const },
    { text: "平成元年1月7日頃", rule: "core.wareki.era-boundary" as const },
    { text: "昭和元年春", rule: "core.wareki.era-boundary" as const },
    { text: "大正元年7月29日頃", rule: "core.wareki.era-boundary" as const }
  ),
  // months and days out of range
  fc.tuple(day, fc.integer({ min: 32, max: 99 })).map(([d, k]) => ({
    text: `${headOf(d, false)}${toYmd(d).month}月${k}日`,
    rule: "core.registry-date.calendar" as const
  })),
  fc
    .tuple(day, fc.integer({ min: 13, max: 99 }), fc.constantFrom("頃", "日不詳", "上旬", "1日"))
    .map(([d, m, tail]) => ({
      text: `${headOf(d, true)}${m}月${tail}`,
      rule: "core.registry-date.calendar" as const
    })),
  // ranges whose end is before their start
  fc
    .tuple(fc.integer({ min: 2, max: 28 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 12 }))
    .filter(([a, b]) => b < a)
    .map(([a, b, m]) => ({
      text: `令和5年${m}月${a}日から${b}日までの間`,
      rule: "core.registry-date.range-order" as const
    })),
  // not a registry-date form
  fc
    .constantFrom(
      "令和5年",
      "令和5年3月",
      "推定令和5年頃",
      "令和5年春頃",
      "推定令和5年3月上旬",
      "令和5年3月4日から",
      "月日不詳",
      "不詳",
      "R5.3",
      "",
      "2023-3-4"
    )
    .map((text) => ({ text, rule: "core.registry-date.format" as const }))
)

/**
 * Texts `RegistryDate.parse` rejects in `registry` mode.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const invalid: fc.Arbitrary<string> = invalidCase.map((c) => c.text)
