/**
 * The era table, rules, model and checks of the `wareki` module. Public
 * names are re-exported by `./index.ts`; the helpers marked internal are
 * shared with `registry-date` only.
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { fromYmd, isIsoDate, isValidYmd, toYmd, type IsoDate } from "../calendar/index.js"
import { defineRule, makeError, type JukiError, type LegalBasis } from "../errors/index.js"
import { ERA_KANJI, ERA_LETTER, KANJI_NUMERAL, eraOfToken, readNumber, readYear } from "./internal.js"

// ---------------------------------------------------------------------------
// Era table
// ---------------------------------------------------------------------------

/**
 * The five 元号 since 明治, as ids (English transliterations).
 *
 * @category models
 * @since 0.1.0
 */
export type EraId = "meiji" | "taisho" | "showa" | "heisei" | "reiwa"

/**
 * One 元号 with its names, symbols, span and legal basis.
 *
 * @category models
 * @since 0.1.0
 */
export interface Era {
  readonly id: EraId
  /** 元号 in kanji, e.g. `令和`. */
  readonly name: string
  /** Reading in hiragana, e.g. `れいわ`. */
  readonly reading: string
  /** Hepburn name without macrons, e.g. `Reiwa`. */
  readonly romaji: string
  /** JIS X 0301 letter: M T S H R. */
  readonly letter: "M" | "T" | "S" | "H" | "R"
  /** Single-kanji abbreviation (JIS X 0301 symbol): 明 大 昭 平 令. */
  readonly abbreviation: string
  /** Unicode square ligature: ㍾ ㍽ ㍼ ㍻ ㋿. */
  readonly ligature: string
  /** First day (Gregorian). */
  readonly start: IsoDate
  /** Last day (Gregorian); absent for the current era. */
  readonly end?: IsoDate
  /** Gregorian year of 元年. */
  readonly startYear: number
  /** Era-year of the last day; absent for the current era. */
  readonly lastYear?: number
  readonly basis: ReadonlyArray<LegalBasis>
}

/** @internal */
export const JIS_BASIS: LegalBasis = { kind: "jis", cite: "JIS X 0301:2019 追補1 附属書1", verified: true }
const JIS = JIS_BASIS

/**
 * The era table of JIS X 0301:2019 追補1 附属書1, oldest first.
 *
 * **Details**
 *
 * 明治's first day is the retroactive M01.01.01 = 1868-01-25 (lunisolar
 * 慶応4年1月1日) of JIS X 0301, not the day of the 改元の詔 (1868-10-23, used by
 * ICU/`Intl`) nor 1868-01-01 (Java).
 *
 * @category models
 * @since 0.1.0
 */
export const ERAS: ReadonlyArray<Era> = [
  {
    id: "meiji",
    name: "明治",
    reading: "めいじ",
    romaji: "Meiji",
    letter: "M",
    abbreviation: "明",
    ligature: "\u337E",
    start: "1868-01-25" as IsoDate,
    end: "1912-07-29" as IsoDate,
    startYear: 1868,
    lastYear: 45,
    basis: [
      {
        kind: "law",
        cite: "改元の詔書 (明治元年9月8日, 一世一元の制)",
        verified: true,
        note: "set before 元号法; JIS X 0301 counts 明治 retroactively from M01.01.01"
      },
      JIS
    ]
  },
  {
    id: "taisho",
    name: "大正",
    reading: "たいしょう",
    romaji: "Taisho",
    letter: "T",
    abbreviation: "大",
    ligature: "\u337D",
    start: "1912-07-30" as IsoDate,
    end: "1926-12-24" as IsoDate,
    startYear: 1912,
    lastYear: 15,
    basis: [{ kind: "law", cite: "改元の詔書 (大正元年7月30日)", verified: true, note: "set before 元号法" }, JIS]
  },
  {
    id: "showa",
    name: "昭和",
    reading: "しょうわ",
    romaji: "Showa",
    letter: "S",
    abbreviation: "昭",
    ligature: "\u337C",
    start: "1926-12-25" as IsoDate,
    end: "1989-01-07" as IsoDate,
    startYear: 1926,
    lastYear: 64,
    basis: [
      { kind: "law", cite: "改元の詔書 (昭和元年12月25日)", verified: true, note: "set before 元号法" },
      {
        kind: "law",
        cite: "元号法 (昭和54年法律第43号) 附則2項",
        verified: true,
        note: "昭和 is deemed set under 元号法 第1項"
      },
      JIS
    ]
  },
  {
    id: "heisei",
    name: "平成",
    reading: "へいせい",
    romaji: "Heisei",
    letter: "H",
    abbreviation: "平",
    ligature: "\u337B",
    start: "1989-01-08" as IsoDate,
    end: "2019-04-30" as IsoDate,
    startYear: 1989,
    lastYear: 31,
    basis: [{ kind: "cabinet-order", cite: "元号を改める政令 (昭和64年政令第1号)", verified: true }, JIS]
  },
  {
    id: "reiwa",
    name: "令和",
    reading: "れいわ",
    romaji: "Reiwa",
    letter: "R",
    abbreviation: "令",
    ligature: "\u32FF",
    start: "2019-05-01" as IsoDate,
    startYear: 2019,
    basis: [{ kind: "cabinet-order", cite: "元号を改める政令 (平成31年政令第143号)", verified: true }, JIS]
  }
]

const ERA_MAP: ReadonlyMap<string, Era> = new Map(ERAS.map((e) => [e.id, e]))

/**
 * The era with an id, or `undefined`. Never throws.
 *
 * @category getters
 * @since 0.1.0
 */
export const getEra = (id: unknown): Era | undefined => (typeof id === "string" ? ERA_MAP.get(id) : undefined)

/**
 * The first day of 明治 in JIS X 0301 (1868-01-25); no 和暦 exists before it.
 *
 * @category models
 * @since 0.1.0
 */
export const MEIJI_START = "1868-01-25" as IsoDate

/**
 * The first Gregorian day in Japan, 明治6年1月1日 = 1873-01-01 (改暦). Earlier
 * days were lunisolar.
 *
 * @category models
 * @since 0.1.0
 */
export const GREGORIAN_START = "1873-01-01" as IsoDate

/**
 * The era a Gregorian day belongs to (JIS X 0301), or `undefined` before
 * 1868-01-25 or for a value that is not an {@link IsoDate}. Never throws.
 *
 * @category getters
 * @since 0.1.0
 */
export const eraAt = (date: unknown): Era | undefined => {
  if (!isIsoDate(date)) return undefined
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!
    if (date >= era.start) return era
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

const MOSHIAWASE: LegalBasis = {
  kind: "notice",
  cite: "関係省庁連絡会議申合せ (2019-04-01): 平成31年5月1日以降の日付の文書も有効",
  verified: true,
  note: "quoted secondarily"
}

/**
 * The text is not a 和暦 date in any form juki reads.
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "core.wareki.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [JIS, { kind: "library", cite: "juki: forms read by Wareki.parse", verified: true }],
  title: { ja: "和暦の形式", en: "Japanese era date format" },
  message: {
    ja: "{field}を和暦の日付として読み取れません（例: 令和元年5月1日、R01.05.01）",
    en: "{field} is not a Japanese era date (e.g. 令和元年5月1日, R01.05.01)"
  }
})

/**
 * The era is not one of 明治, 大正, 昭和, 平成, 令和 (or the code is not in the
 * selected era-code table).
 *
 * @category rules
 * @since 0.1.0
 */
export const UnknownEra = defineRule({
  id: "core.wareki.era",
  tag: "InvalidComponent",
  severity: "error",
  basis: [JIS],
  title: { ja: "元号", en: "Era" },
  message: {
    ja: "元号が明治・大正・昭和・平成・令和（または選択した元号コード表）のいずれでもありません",
    en: "The era is not 明治, 大正, 昭和, 平成 or 令和 (or not a code of the selected era-code table)"
  }
})

/**
 * The era-year is below 1 or above the era's last year (平成0年, 平成32年,
 * 昭和65年).
 *
 * @category rules
 * @since 0.1.0
 */
export const EraRange = defineRule({
  id: "core.wareki.era-range",
  tag: "InvalidDate",
  severity: "error",
  basis: [JIS, { kind: "law", cite: "元号法 (昭和54年法律第43号) 第2項", verified: true }],
  title: { ja: "元号の年の範囲", en: "Era-year range" },
  message: {
    ja: "{era}の年は1年から{lastYear}年までです",
    en: "Years of {era} run from 1 to {lastYear}"
  }
})

/**
 * The era-year exists but the day lies outside the era (昭和64年1月8日 is
 * 平成元年1月8日; 明治45年7月30日 is 大正元年7月30日; 令和元年4月30日 is 平成).
 *
 * Params: `era`, `start` and `end` (the era's first and last day; `""` for 令和,
 * which has no end), `span` (`"1989-01-08〜2019-04-30"`, `"2019-05-01〜"`) and
 * `actualEra` (the era the day is in; `明治以前` before 1868-01-25).
 *
 * @category rules
 * @since 0.1.0
 */
export const EraBoundary = defineRule({
  id: "core.wareki.era-boundary",
  tag: "InvalidDate",
  severity: "error",
  basis: [JIS, MOSHIAWASE],
  title: { ja: "元号の期間", en: "Era span" },
  message: {
    ja: "{era}の期間は{span}です（この日は{actualEra}の日付です）",
    en: "{era} spans {span} (this day belongs to {actualEra})"
  }
})

/**
 * The month and day are not a date of the Gregorian calendar in that year
 * (令和元年2月30日, 令和2年13月1日).
 *
 * @category rules
 * @since 0.1.0
 */
export const NotCalendarDate = defineRule({
  id: "core.wareki.calendar",
  tag: "InvalidDate",
  severity: "error",
  basis: [
    JIS,
    {
      kind: "law",
      cite: "明治5年太政官布告第337号 (改暦ノ布告)",
      verified: false,
      note: "Gregorian calendar from 明治6年1月1日"
    }
  ],
  title: { ja: "暦上の日", en: "Calendar date" },
  message: {
    ja: "{field}は暦上に存在しない日付です",
    en: "{field} is not a day of the calendar"
  }
})

/**
 * The date is before 明治6年1月1日 (1873-01-01), when the lunisolar calendar
 * applied; JIS X 0301 leaves such conversions out, so juki refuses them unless
 * `allowLunisolar` is set.
 *
 * @category rules
 * @since 0.1.0
 */
export const Lunisolar = defineRule({
  id: "core.wareki.lunisolar",
  tag: "InvalidDate",
  severity: "error",
  basis: [JIS],
  title: { ja: "太陰太陽暦の期間", en: "Lunisolar period" },
  message: {
    ja: "明治6年1月1日（1873-01-01）より前は太陰太陽暦のため換算できません",
    en: "Dates before 明治6年1月1日 (1873-01-01) are lunisolar and cannot be converted"
  }
})

/**
 * The Gregorian day is before 明治 (1868-01-25); juki has no earlier 元号.
 *
 * @category rules
 * @since 0.1.0
 */
export const BeforeMeiji = defineRule({
  id: "core.wareki.before-meiji",
  tag: "InvalidDate",
  severity: "error",
  basis: [JIS],
  title: { ja: "明治より前", en: "Before Meiji" },
  message: {
    ja: "明治元年（1868-01-25）より前の日付は和暦に換算できません",
    en: "Days before 明治 (1868-01-25) have no era date in juki"
  }
})

/**
 * The value to convert is not a `YYYY-MM-DD` calendar date.
 *
 * @category rules
 * @since 0.1.0
 */
export const NotIsoDate = defineRule({
  id: "core.wareki.iso-date",
  tag: "InvalidFormat",
  severity: "error",
  basis: [{ kind: "library", cite: "juki: ISO 8601 calendar dates YYYY-MM-DD", verified: true }],
  title: { ja: "西暦日付の形式", en: "ISO date" },
  message: {
    ja: "{field}はYYYY-MM-DD形式の暦上の日付ではありません",
    en: "{field} is not a YYYY-MM-DD calendar date"
  }
})

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [
  Format,
  UnknownEra,
  EraRange,
  EraBoundary,
  NotCalendarDate,
  Lunisolar,
  BeforeMeiji,
  NotIsoDate
] as const

// ---------------------------------------------------------------------------
// Model and options
// ---------------------------------------------------------------------------

/**
 * A 和暦 date. Canonical values (those returned by juki) always name the era
 * the day belongs to.
 *
 * @category models
 * @since 0.1.0
 */
export interface Wareki {
  readonly era: EraId
  /** Era-year, 1 = 元年. */
  readonly year: number
  readonly month: number
  readonly day: number
  /**
   * Set when the day is before 1873-01-01 and was converted proleptically
   * (`allowLunisolar`): month and day are Gregorian, not the lunisolar date
   * of contemporary documents.
   */
  readonly lunisolar?: true
}

/**
 * Options of conversion and parsing.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /**
   * Convert days before 1873-01-01 proleptically and flag them
   * `lunisolar: true` instead of refusing them (default `false`).
   */
  readonly allowLunisolar?: boolean
  /**
   * Accept 平成 dates from 平成31年5月1日 on (legally valid documents per the
   * 申合せ of 2019-04-01) and return them as 令和 (default `false`).
   */
  readonly acceptHeiseiAfterReiwa?: boolean
}

/** @internal */
export const fail = (rule: Parameters<typeof makeError>[0], input: unknown, params?: Record<string, string | number>) =>
  Result.fail(makeError(rule, { input, ...(params ? { params } : {}) }))

/** An era's days as one language-neutral text: `"1989-01-08〜2019-04-30"`, `"2019-05-01〜"` (令和: no end). @internal */
export const eraSpan = (era: Era): string => `${era.start}〜${era.end ?? ""}`

const eraRangeError = (era: Era, input: unknown) =>
  fail(EraRange, input, { era: era.name, lastYear: era.lastYear ?? 9999 - era.startYear + 1 })

/** The canonical 和暦 of a day ≥ 1868-01-25 (no checks). @internal */
export const warekiOf = (date: IsoDate): Wareki => {
  const era = eraAt(date) ?? ERAS[0]!
  const { year, month, day } = toYmd(date)
  const w: Wareki = { era: era.id, year: year - era.startYear + 1, month, day }
  return date < GREGORIAN_START ? { ...w, lunisolar: true } : w
}

/**
 * Checks era, era-year, month and day and returns the Gregorian day.
 * @internal
 */
export const resolveParts = (
  eraId: unknown,
  year: unknown,
  month: unknown,
  day: unknown,
  options: Options,
  input: unknown
): Result.Result<IsoDate, JukiError> => {
  const era = getEra(eraId)
  if (era === undefined) return fail(UnknownEra, input)
  const heiseiLate = era.id === "heisei" && options.acceptHeiseiAfterReiwa === true
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1) return eraRangeError(era, input)
  if (era.lastYear !== undefined && year > era.lastYear && !heiseiLate) return eraRangeError(era, input)
  const gYear = era.startYear + year - 1
  if (gYear > 9999) return eraRangeError(era, input)
  if (era.id === "meiji" && year < 6 && options.allowLunisolar !== true) return fail(Lunisolar, input)
  if (typeof month !== "number" || typeof day !== "number" || !isValidYmd(gYear, month, day)) {
    return fail(NotCalendarDate, input)
  }
  const iso = fromYmd(gYear, month, day)
  if (iso < era.start || (era.end !== undefined && iso > era.end && !heiseiLate)) {
    return fail(EraBoundary, input, {
      era: era.name,
      start: era.start,
      end: era.end ?? "",
      span: eraSpan(era),
      actualEra: eraAt(iso)?.name ?? "明治以前"
    })
  }
  return Result.succeed(iso)
}

/** @internal */
export const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === "object" && u !== null

// ---------------------------------------------------------------------------
// Reading parts
// ---------------------------------------------------------------------------

const YEAR = `元|\\d{1,4}|${KANJI_NUMERAL}`
const NUM = `\\d{1,2}|${KANJI_NUMERAL}`
const KANJI_FORM = new RegExp(`^(${ERA_KANJI})(${YEAR})年(${NUM})月(${NUM})日$`, "u")
const DOTTED_FORM = new RegExp(`^(${ERA_LETTER}|${ERA_KANJI})(元|\\d{1,3})([./-])(\\d{1,2})\\3(\\d{1,2})$`, "u")
const COMPACT_FORM = new RegExp(`^(${ERA_LETTER})(\\d{2})(\\d{2})(\\d{2})$`, "u")

/**
 * The parts of a 和暦 day as written, before any check.
 * @internal
 */
export interface WrittenParts {
  readonly era: EraId
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * Reads the parts of a 和暦 day from normalised text (see `normaliseText`),
 * without checking them.
 * @internal
 */
export const readParts = (s: string): WrittenParts | undefined => {
  const m = KANJI_FORM.exec(s) ?? DOTTED_FORM.exec(s)
  let parts: ReadonlyArray<string | undefined> | undefined
  if (m) parts = m.length === 5 ? [m[1], m[2], m[3], m[4]] : [m[1], m[2], m[4], m[5]]
  else {
    const c = COMPACT_FORM.exec(s)
    if (c) parts = [c[1], c[2], c[3], c[4]]
  }
  if (!parts) return undefined
  // Stryker disable next-line StringLiteral: each form fills all four parts (KANJI_FORM, DOTTED_FORM and COMPACT_FORM capture four groups)
  const era = eraOfToken(parts[0] ?? "")
  // Stryker disable next-line StringLiteral: each form fills all four parts (KANJI_FORM, DOTTED_FORM and COMPACT_FORM capture four groups)
  const year = readYear(parts[1] ?? "")
  // Stryker disable next-line StringLiteral: each form fills all four parts (KANJI_FORM, DOTTED_FORM and COMPACT_FORM capture four groups)
  const month = readNumber(parts[2] ?? "")
  // Stryker disable next-line StringLiteral: each form fills all four parts (KANJI_FORM, DOTTED_FORM and COMPACT_FORM capture four groups)
  const day = readNumber(parts[3] ?? "")
  if (era === undefined || year === undefined || month === undefined || day === undefined) return undefined
  return { era, year, month, day }
}
