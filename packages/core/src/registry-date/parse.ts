/**
 * Parsing registry dates: the checks of a written year, month and day, the
 * forms of 1.1.8 and the parse functions. Re-exported by `./index.ts`;
 * import them from there.
 *
 * @since 0.1.0
 * @internal
 */
import type { UncertainBase } from "./model.js"
import { Result } from "effect"
import {
  addDays,
  daysInMonth,
  fromDayNumber,
  fromYmd,
  isIsoDate,
  isValidYmd,
  toDayNumber,
  type IsoDate
} from "../calendar/index.js"
import { makeError, type JukiError, type RuleDefinition } from "../errors/index.js"
import { NotAString } from "../identifier/index.js"
import { ERA_KANJI, KANJI_NUMERAL, eraOfToken, normaliseText, readNumber, readYear } from "../wareki/internal.js"
import {
  EraBoundary,
  EraRange,
  GREGORIAN_START,
  Lunisolar,
  MEIJI_START,
  NotIsoDate,
  eraAt,
  eraSpan,
  getEra,
  isRecord,
  readParts,
  type Era,
  type Options as WarekiOptions
} from "../wareki/model.js"
import { eraFromCode, fromIsoDate as warekiFromIsoDate, type EraCodeTable } from "../wareki/index.js"
import { Format, MonthDayRange, NonCalendarNotAllowed, UncertainNotAllowed, RangeOrder } from "./rules.js"
import {
  type Notation,
  type WrittenYear,
  type ExactDate,
  type NonCalendarDate,
  type UncertainSeason,
  type UncertainDekad,
  type RangeEnd,
  type UncertainDate,
  type RegistryDate,
  REGISTRY_DATE_FIELDS,
  getField,
  type Options,
  type Accept
} from "./model.js"

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

type R<A> = Result.Result<A, JukiError>
const err = (rule: RuleDefinition, input: unknown, params?: Record<string, string | number>): R<never> =>
  Result.fail(makeError(rule, { input, ...(params ? { params } : {}) }))

const END_OF_TIME = "9999-12-31" as IsoDate

interface YearSpan {
  /** Gregorian year. */
  readonly gYear: number
  /** Days the written year may cover (the era's span for 和暦). */
  readonly lo: IsoDate
  readonly hi: IsoDate
  readonly era: Era | undefined
}

/** Checks the written year and returns its Gregorian year and the span it may cover. */
const checkYear = (head: WrittenYear, options: Options, input: unknown): R<YearSpan> => {
  if (head.notation === "seireki") {
    if (!Number.isInteger(head.year) || head.year < 1 || head.year > 9999) return err(Format, input)
    return Result.succeed({ gYear: head.year, lo: "0001-01-01" as IsoDate, hi: END_OF_TIME, era: undefined })
  }
  const era = getEra(head.era)
  // Stryker disable next-line ConditionalExpression: head.era always names an era here (readHead, readParts and eraFromCode build known ones only)
  if (era === undefined) return err(Format, input)
  const heiseiLate = era.id === "heisei" && options.acceptHeiseiAfterReiwa === true
  const last = era.lastYear ?? 9999 - era.startYear + 1
  const rangeParams = { era: era.name, lastYear: era.lastYear ?? last }
  if (!Number.isInteger(head.year) || head.year < 1) return err(EraRange, input, rangeParams)
  if (head.year > last && !heiseiLate) return err(EraRange, input, rangeParams)
  const gYear = era.startYear + head.year - 1
  if (gYear > 9999) return err(EraRange, input, rangeParams)
  if (era.id === "meiji" && head.year < 6 && options.allowLunisolar !== true) return err(Lunisolar, input)
  return Result.succeed({ gYear, lo: era.start, hi: heiseiLate ? END_OF_TIME : (era.end ?? END_OF_TIME), era })
}

const boundaryError = (span: YearSpan, day: IsoDate, input: unknown): R<never> =>
  err(EraBoundary, input, {
    // Stryker disable next-line OptionalChaining,StringLiteral: only a 和暦 span (era set) can have a day before its start; a 西暦 span starts at 0001-01-01
    era: span.era?.name ?? "",
    // Stryker disable next-line OptionalChaining,StringLiteral: as above, the era is always set here
    start: span.era?.start ?? "",
    // Stryker disable next-line OptionalChaining: as above, the era is always set here
    end: span.era?.end ?? "",
    // Stryker disable next-line ConditionalExpression,StringLiteral: as above, the era is always set here
    span: span.era === undefined ? "" : eraSpan(span.era),
    actualEra: eraAt(day)?.name ?? "明治以前"
  })

interface Day {
  readonly date: IsoDate
  readonly exact: boolean
  readonly reason?: "era-overflow" | "invalid-day"
}

/** Resolves a written day: exact, or non-calendar with its normalised day. */
const resolveDay = (
  head: WrittenYear,
  month: number,
  day: number,
  options: Options,
  accept: Accept,
  input: unknown
): R<Day> => {
  const span = checkYear(head, options, input)
  if (Result.isFailure(span)) return Result.fail(span.failure)
  const { gYear } = span.success
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 31) {
    return err(MonthDayRange, input)
  }
  let date: IsoDate
  let reason: Day["reason"]
  if (isValidYmd(gYear, month, day)) date = fromYmd(gYear, month, day)
  else {
    const dim = daysInMonth(gYear, month)
    date = options.invalidDay === "roll" ? addDays(fromYmd(gYear, month, dim), day - dim) : fromYmd(gYear, month, dim)
    reason = "invalid-day"
  }
  if (date < span.success.lo) return boundaryError(span.success, date, input)
  if (date > span.success.hi) reason ??= "era-overflow"
  if (reason === undefined) return Result.succeed({ date, exact: true })
  if (!accept.nonCalendar) return err(NonCalendarNotAllowed, input)
  return Result.succeed({ date, exact: false, reason })
}

/** Cuts a Gregorian range to the span of the written year (the era), checking lunisolar days. */
const clip = (span: YearSpan, a: IsoDate, b: IsoDate, input: unknown): R<readonly [IsoDate, IsoDate]> => {
  // Stryker disable next-line EqualityOperator: at a === span.lo both sides are the same day
  const lo = a < span.lo ? span.lo : a
  // Stryker disable next-line EqualityOperator: at b === span.hi both sides are the same day
  const hi = b > span.hi ? span.hi : b
  // Stryker disable next-line EqualityOperator,ConditionalExpression: no 1.1.8 period meets an era in exactly one day (eras start on 25, 30, 25, 8, 1 and end on 29, 24, 7, 30; periods start on 1, 11 or 21 and end on 10, 20 or a month end), and a period wholly outside its era lies in one other era, so a and b name the same actualEra
  if (lo > hi) return boundaryError(span, a < span.lo ? b : a, input)
  return Result.succeed([lo, hi] as const)
}

const pick = (lo: IsoDate, hi: IsoDate, options: Options): IsoDate =>
  options.representative === "latest"
    ? hi
    : options.representative === "middle"
      ? fromDayNumber(Math.floor((toDayNumber(lo) + toDayNumber(hi)) / 2))
      : lo

const lastDay = (y: number, m: number): IsoDate => fromYmd(y, m, daysInMonth(y, m))

const seasonRange = (season: UncertainSeason["season"], y: number, options: Options): readonly [IsoDate, IsoDate] => {
  switch (season) {
    case "spring":
      return [fromYmd(y, 3, 1), lastDay(y, 5)]
    case "summer":
      return [fromYmd(y, 6, 1), lastDay(y, 8)]
    case "autumn":
      return [fromYmd(y, 9, 1), lastDay(y, 11)]
    default:
      return options.winter === "preceding"
        ? // Stryker disable next-line ConditionalExpression,EqualityOperator: for 0001 the preceding December (0000-12-01) is cut to 0001-01-01 by clip anyway
          [y > 1 ? fromYmd(y - 1, 12, 1) : fromYmd(1, 1, 1), lastDay(y, 2)]
        : [fromYmd(y, 12, 1), y < 9999 ? lastDay(y + 1, 2) : END_OF_TIME]
  }
}

/**
 * 上旬/中旬/下旬 by form. Shared inside the registry-date module.
 *
 * @category internal
 * @since 0.1.0
 * @internal
 */
export const DEKADS = { early: "上旬", middle: "中旬", late: "下旬" } as const
/**
 * 春/夏/秋/冬 by form. Shared inside the registry-date module.
 *
 * @category internal
 * @since 0.1.0
 * @internal
 */
export const SEASONS = { spring: "春", summer: "夏", autumn: "秋", winter: "冬" } as const

const dekadRange = (dekad: UncertainDekad["dekad"], y: number, m: number): readonly [IsoDate, IsoDate] =>
  dekad === "early"
    ? [fromYmd(y, m, 1), fromYmd(y, m, 10)]
    : dekad === "middle"
      ? [fromYmd(y, m, 11), fromYmd(y, m, 20)]
      : [fromYmd(y, m, 21), lastDay(y, m)]

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

const YEAR = `元|\\d{1,4}|${KANJI_NUMERAL}`
const NUM = `\\d{1,2}|${KANJI_NUMERAL}`
const HEAD = `(?:(${ERA_KANJI})(${YEAR})|(?:西暦)?(\\d{4}))年`
const RE_UNKNOWN = /^年月日不詳$/u
const RE_YEAR_REST = new RegExp(`^${HEAD}月日不詳$`, "u")
const RE_MONTH_REST = new RegExp(`^${HEAD}(${NUM})月日不詳$`, "u")
const RE_BETWEEN = new RegExp(
  `^${HEAD}(${NUM})月(推定)?(${NUM})日(頃)?から(?:(${NUM})月)?(推定)?(${NUM})日(頃)?までの間$`,
  "u"
)
const RE_GENERAL = new RegExp(`^(推定)?${HEAD}(?:(${NUM})月(?:(${NUM})日|(上旬|中旬|下旬))?|(春|夏|秋|冬))?(頃)?$`, "u")
const RE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/u

const readHead = (
  eraToken: string | undefined,
  eraYear: string | undefined,
  gYear: string | undefined
): WrittenYear | undefined => {
  if (gYear !== undefined) return { notation: "seireki", year: Number(gYear) }
  // Stryker disable next-line StringLiteral: RE_YEAR_REST, RE_MONTH_REST, RE_BETWEEN and RE_GENERAL capture an era and its year whenever they capture no 西暦 year
  const era = eraOfToken(eraToken ?? "")
  // Stryker disable next-line StringLiteral: as above
  const year = readYear(eraYear ?? "")
  if (era === undefined || year === undefined) return undefined
  return { notation: "wareki", era, year }
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : readNumber(s))

const headFields = (head: WrittenYear): WrittenYear =>
  head.era === undefined
    ? { notation: head.notation, year: head.year }
    : { notation: head.notation, era: head.era, year: head.year }

/** Builds Exact or NonCalendar from a written day. */
const dayValue = (
  head: WrittenYear,
  month: number,
  day: number,
  options: Options,
  accept: Accept,
  input: unknown
): R<ExactDate | NonCalendarDate> =>
  Result.map(resolveDay(head, month, day, options, accept, input), (d): ExactDate | NonCalendarDate =>
    d.exact
      ? { _tag: "Exact", notation: head.notation, date: d.date }
      : { _tag: "NonCalendar", ...headFields(head), month, day, reason: d.reason ?? "invalid-day", normalised: d.date }
  )

type Pending =
  | { readonly kind: "uncertain"; readonly build: () => R<UncertainDate> }
  | { readonly kind: "day"; readonly run: () => R<ExactDate | NonCalendarDate> }

const uncertainRange = <F extends Record<string, unknown>>(
  text: string,
  fields: F,
  lo: IsoDate,
  hi: IsoDate,
  options: Options
): F & UncertainBase => ({
  _tag: "Uncertain",
  ...fields,
  text,
  earliest: lo,
  latest: hi,
  representative: pick(lo, hi, options)
})

/** Classifies normalised text; returns undefined when no form matches. */
const classify = (s: string, text: string, options: Options, accept: Accept): Pending | undefined => {
  if (RE_UNKNOWN.test(s)) {
    return {
      // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
      kind: "uncertain",
      build: () => {
        const r = options.unknownRange
        const lo = r && isIsoDate(r.earliest) ? r.earliest : MEIJI_START
        const hi = r && isIsoDate(r.latest) && r.latest >= lo ? r.latest : END_OF_TIME
        return Result.succeed(uncertainRange(text, { form: "unknown" as const }, lo, hi, options))
      }
    }
  }
  const periodOf = (
    head: WrittenYear,
    make: (gYear: number) => readonly [IsoDate, IsoDate],
    fields: Record<string, unknown>
  ): R<UncertainDate> => {
    const span = checkYear(head, options, text)
    if (Result.isFailure(span)) return Result.fail(span.failure)
    const [a, b] = make(span.success.gYear)
    const c = clip(span.success, a, b, text)
    if (Result.isFailure(c)) return Result.fail(c.failure)
    if (head.notation === "wareki" && c.success[0] < GREGORIAN_START && options.allowLunisolar !== true)
      return err(Lunisolar, text)
    return Result.succeed(
      uncertainRange(text, { ...fields, ...headFields(head) }, c.success[0], c.success[1], options) as UncertainDate
    )
  }
  const month12 = (m: number | undefined): m is number => m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12

  let m = RE_YEAR_REST.exec(s)
  if (m) {
    const head = readHead(m[1], m[2], m[3])
    if (!head) return undefined
    return {
      // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
      kind: "uncertain",
      build: () =>
        periodOf(head, (y) => [fromYmd(y, 1, 1), fromYmd(y, 12, 31)], { form: "year", qualifier: "unknown-rest" })
    }
  }
  m = RE_MONTH_REST.exec(s)
  if (m) {
    const head = readHead(m[1], m[2], m[3])
    const month = num(m[4])
    if (!head || month === undefined) return undefined
    return {
      // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
      kind: "uncertain",
      build: () =>
        Result.isFailure(checkYear(head, options, text)) || month12(month)
          ? periodOf(head, (y) => [fromYmd(y, month, 1), lastDay(y, month)], {
              form: "month",
              month,
              qualifier: "unknown-rest"
            })
          : err(MonthDayRange, text)
    }
  }
  m = RE_BETWEEN.exec(s)
  if (m) {
    const head = readHead(m[1], m[2], m[3])
    const fm = num(m[4])
    const fd = num(m[6])
    const tm = m[8] === undefined ? fm : num(m[8])
    const td = num(m[10])
    if (!head || fm === undefined || fd === undefined || tm === undefined || td === undefined) return undefined
    const from: RangeEnd = { month: fm, day: fd, estimated: m[5] !== undefined, approximate: m[7] !== undefined }
    const to: RangeEnd = { month: tm, day: td, estimated: m[9] !== undefined, approximate: m[11] !== undefined }
    return {
      // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
      kind: "uncertain",
      build: (): R<UncertainDate> => {
        const a = resolveDay(head, fm, fd, options, accept, text)
        if (Result.isFailure(a)) return Result.fail(a.failure)
        const b = resolveDay(head, tm, td, options, accept, text)
        if (Result.isFailure(b)) return Result.fail(b.failure)
        if (b.success.date < a.success.date) return err(RangeOrder, text)
        return Result.succeed(
          uncertainRange(
            text,
            { form: "between" as const, ...headFields(head), from, to },
            a.success.date,
            b.success.date,
            options
          )
        )
      }
    }
  }
  m = RE_GENERAL.exec(s)
  if (m) {
    const estimated = m[1] !== undefined
    const head = readHead(m[2], m[3], m[4])
    const month = num(m[5])
    const day = num(m[6])
    const dekadText = m[7]
    const seasonText = m[8]
    const approximate = m[9] !== undefined
    if (!head || (m[5] !== undefined && month === undefined) || (m[6] !== undefined && day === undefined))
      return undefined
    if (estimated && approximate) return undefined
    if (seasonText !== undefined) {
      if (estimated || approximate) return undefined
      const season = (Object.keys(SEASONS) as ReadonlyArray<UncertainSeason["season"]>).find(
        (k) => SEASONS[k] === seasonText
      )!
      return {
        // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
        kind: "uncertain",
        build: () => periodOf(head, (y) => seasonRange(season, y, options), { form: "season", season })
      }
    }
    if (month === undefined) {
      if (!estimated && !approximate) return undefined
      return {
        // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
        kind: "uncertain",
        build: () =>
          periodOf(head, (y) => [fromYmd(y, 1, 1), fromYmd(y, 12, 31)], {
            form: "year",
            qualifier: estimated ? "estimated" : "approximate"
          })
      }
    }
    if (dekadText !== undefined) {
      if (estimated) return undefined
      const dekad = (Object.keys(DEKADS) as ReadonlyArray<UncertainDekad["dekad"]>).find(
        (k) => DEKADS[k] === dekadText
      )!
      return {
        // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
        kind: "uncertain",
        build: () =>
          Result.isFailure(checkYear(head, options, text)) || month12(month)
            ? periodOf(head, (y) => dekadRange(dekad, y, month), { form: "dekad", month, dekad, approximate })
            : err(MonthDayRange, text)
      }
    }
    if (day === undefined) {
      if (!estimated && !approximate) return undefined
      return {
        // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
        kind: "uncertain",
        build: () =>
          Result.isFailure(checkYear(head, options, text)) || month12(month)
            ? periodOf(head, (y) => [fromYmd(y, month, 1), lastDay(y, month)], {
                form: "month",
                month,
                qualifier: estimated ? "estimated" : "approximate"
              })
            : err(MonthDayRange, text)
      }
    }
    if (estimated || approximate) {
      return {
        // Stryker disable next-line StringLiteral: parseText compares the kind with "day" only
        kind: "uncertain",
        build: () =>
          Result.map(resolveDay(head, month, day, options, accept, text), (d) =>
            uncertainRange(
              text,
              {
                form: "day" as const,
                ...headFields(head),
                month,
                day,
                qualifier: estimated ? ("estimated" as const) : ("approximate" as const)
              },
              d.date,
              d.date,
              options
            )
          )
      }
    }
    return { kind: "day", run: () => dayValue(head, month, day, options, accept, text) }
  }
  m = RE_ISO.exec(s)
  if (m) {
    const head: WrittenYear = { notation: "seireki", year: Number(m[1]) }
    const month = Number(m[2])
    const day = Number(m[3])
    return { kind: "day", run: () => dayValue(head, month, day, options, accept, text) }
  }
  const parts = readParts(s)
  if (parts) {
    const head: WrittenYear = { notation: "wareki", era: parts.era, year: parts.year }
    return { kind: "day", run: () => dayValue(head, parts.month, parts.day, options, accept, text) }
  }
  return undefined
}

const parseWith = (text: unknown, options: Options, accept: Accept): R<RegistryDate> => {
  try {
    return parseText(text, options, accept)
  } catch {
    return err(Format, undefined)
  }
}

const parseText = (text: unknown, options: Options, accept: Accept): R<RegistryDate> => {
  if (typeof text !== "string") return Result.fail(makeError(NotAString, { input: text }))
  if (text.length > 128) return err(Format, text)
  const trimmed = text.trim()
  const pending = classify(normaliseText(trimmed), trimmed, options, accept)
  if (pending === undefined) return err(Format, text)
  if (pending.kind === "day") return pending.run()
  if (!accept.uncertain) return err(UncertainNotAllowed, text)
  return pending.build()
}

const STRICT: Accept = { nonCalendar: false, uncertain: false }
const REGISTRY: Accept = { nonCalendar: true, uncertain: true }

/**
 * Parses a date as a resident registry holds it. Never throws for any `text` (`options` are
 * the caller's own settings, read as given: a getter that throws is not caught).
 *
 * **Details**
 *
 * - `mode: "strict"` (default): calendar days only, in 和暦 (every form of
 *   `Wareki.parse`) or 西暦 (`2019-05-01`, `2019年5月1日`, `西暦2019年5月1日`).
 *   A non-calendar day fails with `core.registry-date.non-calendar`, a 不詳日
 *   with `core.registry-date.uncertain`.
 * - `mode: "registry"`: also non-calendar days (`NonCalendar`) and the 不詳日
 *   forms of 1.1.8 (`Uncertain`): 年月日不詳; Y年頃, 推定Y年, Y年 月日不詳;
 *   Y年M月頃, 推定Y年M月, Y年M月 日不詳; Y年春/夏/秋/冬; Y年M月上旬/中旬/下旬
 *   (頃 optional); Y年M月D日頃, 推定Y年M月D日; Y年M月D日(頃)から(M月)D日(頃)までの間
 *   with 推定 before either day. Y is an era and era-year (令和5年, 令和元年) or
 *   a 4-digit year.
 * - Era-years outside the era, days before the era's start and lunisolar days
 *   fail with the `core.wareki.*` rules in both modes.
 *
 * **Example**
 *
 * ```ts
 * import { RegistryDate } from "@juki/core"
 * RegistryDate.parse("令和元年5月1日") // => Result.succeed({ _tag: "Exact", notation: "wareki", date: "2019-05-01" })
 * RegistryDate.parse("令和5年頃") // => failure core.registry-date.uncertain
 * RegistryDate.parse("年月日不詳", { mode: "registry" }) // => Result.succeed({ _tag: "Uncertain", form: "unknown", … })
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parse = (text: unknown, options: Options = {}): R<RegistryDate> => {
  const o = options ?? {}
  return parseWith(text, o, o.mode === "registry" ? REGISTRY : STRICT)
}

/**
 * Parses the value of a named field: `registry` mode with what the field
 * accepts when it is one of {@link REGISTRY_DATE_FIELDS} (by id or Japanese
 * name), `strict` mode otherwise. `options.mode` is ignored. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { RegistryDate } from "@juki/core"
 * RegistryDate.parseField("生年月日", "大正15年12月25日") // => Result.succeed({ _tag: "NonCalendar", … })
 * RegistryDate.parseField("届出日", "大正15年12月25日") // => failure core.registry-date.non-calendar
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parseField = (field: unknown, text: unknown, options: Options = {}): R<RegistryDate> => {
  const f = getField(field)
  return parseWith(text, options ?? {}, f ? { nonCalendar: f.nonCalendar, uncertain: f.uncertain } : STRICT)
}

/**
 * An exact registry date from a Gregorian day, in 和暦 (default) or 西暦
 * notation. 和暦 needs a day from 1873-01-01 (or `allowLunisolar`). Never
 * throws.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromIsoDate = (
  date: unknown,
  options: WarekiOptions & { readonly notation?: Notation } = {}
): R<ExactDate> => {
  const notation: Notation = options?.notation === "seireki" ? "seireki" : "wareki"
  if (notation === "wareki") {
    const w = warekiFromIsoDate(date, options)
    if (Result.isFailure(w)) return Result.fail(w.failure)
  } else if (!isIsoDate(date)) return err(NotIsoDate, date)
  return Result.succeed({ _tag: "Exact", notation, date: date as IsoDate })
}

/**
 * Reads a 元号区分 + 年月日 pair (`YYMMDD`, see `Wareki.CodedPair`) in
 * `registry` mode for non-calendar days (明治45年7月30日 as `1` + `450730`) but
 * without 不詳日, which have no agreed `YYMMDD` encoding (UNVERIFIED: e.g. `00`
 * for an unknown month is not read). Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const fromCodedPair = (
  pair: unknown,
  table: EraCodeTable = "sequential",
  options: Options = {}
): R<ExactDate | NonCalendarDate> => {
  try {
    return readCodedPair(pair, table, options ?? {})
  } catch {
    return err(Format, undefined)
  }
}

const readCodedPair = (pair: unknown, table: EraCodeTable, options: Options): R<ExactDate | NonCalendarDate> => {
  if (!isRecord(pair)) return err(Format, pair)
  const era = eraFromCode(pair["eraCode"], table)
  if (Result.isFailure(era)) return Result.fail(era.failure)
  const ymd = typeof pair["ymd"] === "string" ? pair["ymd"].normalize("NFKC") : ""
  if (!/^\d{6}$/.test(ymd)) return err(Format, pair["ymd"])
  const head: WrittenYear = { notation: "wareki", era: era.success, year: Number(ymd.slice(0, 2)) }
  return dayValue(
    head,
    Number(ymd.slice(2, 4)),
    Number(ymd.slice(4, 6)),
    options,
    options.mode === "strict" ? STRICT : { nonCalendar: true, uncertain: false },
    ymd
  )
}
