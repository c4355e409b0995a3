import { STD } from "./rules.js"
import type { IsoDate } from "../calendar/index.js"
import type { LegalBasis } from "../errors/index.js"
import type { EraId, Options as WarekiOptions } from "../wareki/model.js"

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/**
 * Whether a date was written in 和暦 (with an era) or in 西暦 (4-digit year).
 *
 * @category models
 * @since 0.1.0
 */
export type Notation = "wareki" | "seireki"

/**
 * The year part of a date as written: the era (和暦 only) and the era-year or
 * Gregorian year.
 *
 * @category models
 * @since 0.1.0
 */
export interface WrittenYear {
  readonly notation: Notation
  /** Present when `notation` is `wareki`. */
  readonly era?: EraId
  /** Era-year (和暦) or Gregorian year (西暦). */
  readonly year: number
}

/**
 * A calendar day.
 *
 * @category models
 * @since 0.1.0
 */
export interface ExactDate {
  readonly _tag: "Exact"
  readonly notation: Notation
  readonly date: IsoDate
}

/**
 * A date that is not a calendar day, kept as written, with the day used
 * internally and for 住基ネット (`normalised`, see the module notes:
 * UNVERIFIED).
 *
 * @category models
 * @since 0.1.0
 */
export interface NonCalendarDate extends WrittenYear {
  readonly _tag: "NonCalendar"
  readonly month: number
  readonly day: number
  /** `era-overflow`: a real day after the era's end, in its last year; `invalid-day`: the month has no such day. */
  readonly reason: "era-overflow" | "invalid-day"
  readonly normalised: IsoDate
}

/**
 * What every 不詳日 form has. Shared inside the registry-date module.
 *
 * @category internal
 * @since 0.1.0
 * @internal
 */
export interface UncertainBase {
  readonly _tag: "Uncertain"
  /** The text as given (trimmed). */
  readonly text: string
  readonly earliest: IsoDate
  readonly latest: IsoDate
  readonly representative: IsoDate
}

/**
 * 「年月日不詳」.
 *
 * @category models
 * @since 0.1.0
 */
export interface UnknownDate extends UncertainBase {
  readonly form: "unknown"
}

/**
 * 「令和5年頃」 (`approximate`), 「推定令和5年」 (`estimated`),
 * 「令和5年 月日不詳」 (`unknown-rest`).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainYear extends UncertainBase, WrittenYear {
  readonly form: "year"
  readonly qualifier: "approximate" | "estimated" | "unknown-rest"
}

/**
 * 「令和5年3月頃」 (`approximate`), 「推定令和5年3月」 (`estimated`),
 * 「令和5年3月 日不詳」 (`unknown-rest`).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainMonth extends UncertainBase, WrittenYear {
  readonly form: "month"
  readonly month: number
  readonly qualifier: "approximate" | "estimated" | "unknown-rest"
}

/**
 * 「令和5年春」 (春 夏 秋 冬).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainSeason extends UncertainBase, WrittenYear {
  readonly form: "season"
  readonly season: "spring" | "summer" | "autumn" | "winter"
}

/**
 * 「令和5年3月上旬」, 「令和5年3月中旬頃」 (上旬 1–10日, 中旬 11–20日, 下旬 21日–月末).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainDekad extends UncertainBase, WrittenYear {
  readonly form: "dekad"
  readonly month: number
  readonly dekad: "early" | "middle" | "late"
  /** Written with 頃. */
  readonly approximate: boolean
}

/**
 * 「令和5年3月4日頃」 (`approximate`), 「推定令和5年3月4日」 (`estimated`).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainDay extends UncertainBase, WrittenYear {
  readonly form: "day"
  readonly month: number
  readonly day: number
  readonly qualifier: "approximate" | "estimated"
}

/**
 * One end of 「…から…までの間」: month, day and the 推定 / 頃 marks written on it.
 *
 * @category models
 * @since 0.1.0
 */
export interface RangeEnd {
  readonly month: number
  readonly day: number
  readonly estimated: boolean
  readonly approximate: boolean
}

/**
 * 「令和5年3月4日から3月10日頃までの間」, 「令和5年3月推定4日から10日までの間」,
 * 「令和5年3月4日頃から10日頃までの間」 (both ends in the same year).
 *
 * @category models
 * @since 0.1.0
 */
export interface UncertainBetween extends UncertainBase, WrittenYear {
  readonly form: "between"
  readonly from: RangeEnd
  readonly to: RangeEnd
}

/**
 * A 不詳日 of 標準仕様書 1.1.8 with its range and representative day.
 *
 * @category models
 * @since 0.1.0
 */
export type UncertainDate =
  | UnknownDate
  | UncertainYear
  | UncertainMonth
  | UncertainSeason
  | UncertainDekad
  | UncertainDay
  | UncertainBetween

/**
 * A date as a resident registry holds it.
 *
 * @category models
 * @since 0.1.0
 */
export type RegistryDate = ExactDate | NonCalendarDate | UncertainDate

// ---------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------

/**
 * A registry field that accepts more than calendar days (標準仕様書 1.1.8).
 *
 * @category models
 * @since 0.1.0
 */
export interface RegistryDateField {
  /** Stable English id, for records and code. */
  readonly id: string
  readonly ja: string
  readonly en: string
  /** Accepts non-calendar days. */
  readonly nonCalendar: boolean
  /** Accepts 不詳日. */
  readonly uncertain: boolean
  readonly basis: LegalBasis
}

/**
 * The fields that may hold non-calendar dates and 不詳日
 * (住民記録システム標準仕様書 1.1.8, citing 1.1.1, 1.1.2 and 1.2.2). 「旧外登法による
 * 登録年月日」 accepts 不詳 only (when it is not held). Every other date field
 * holds calendar days only.
 *
 * @category models
 * @since 0.1.0
 */
export const REGISTRY_DATE_FIELDS: ReadonlyArray<RegistryDateField> = [
  { id: "birthDate", ja: "生年月日", en: "date of birth", nonCalendar: true, uncertain: true, basis: STD },
  {
    id: "residentSince",
    ja: "住民となった年月日",
    en: "date of becoming a resident",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "addressSince",
    ja: "住所を定めた年月日",
    en: "date the address was set",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "foreignResidentSince",
    ja: "外国人住民となった年月日",
    en: "date of becoming a foreign resident",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "birthEventDate",
    ja: "出生に係る異動日",
    en: "event date of a birth",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "deathEventDate",
    ja: "死亡に係る異動日",
    en: "event date of a death",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "disappearanceEventDate",
    ja: "失踪に係る異動日",
    en: "event date of a disappearance (失踪)",
    nonCalendar: true,
    uncertain: true,
    basis: STD
  },
  {
    id: "alienRegistrationDate",
    ja: "旧外登法による登録年月日",
    en: "registration date under the former Alien Registration Act",
    nonCalendar: false,
    uncertain: true,
    basis: STD
  }
]

/**
 * The {@link RegistryDateField} with an id or Japanese name, or `undefined`.
 * Never throws.
 *
 * @category getters
 * @since 0.1.0
 */
export const getField = (idOrName: unknown): RegistryDateField | undefined =>
  typeof idOrName === "string" ? REGISTRY_DATE_FIELDS.find((f) => f.id === idOrName || f.ja === idOrName) : undefined

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

/**
 * Options of {@link parse}. The conversion choices are UNVERIFIED (the
 * 住基ネット code definition was not obtained) and have safe defaults.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options extends WarekiOptions {
  /** `strict` (default): calendar days only; `registry`: also non-calendar days and 不詳日 (1.1.8). */
  readonly mode?: "strict" | "registry"
  /** Day used for a day the month lacks: `clamp` (default, month end) or `roll` (into the next month). UNVERIFIED. */
  readonly invalidDay?: "clamp" | "roll"
  /** Representative day of a range: `earliest` (default), `middle` or `latest`. UNVERIFIED. */
  readonly representative?: "earliest" | "middle" | "latest"
  /** 冬 of year Y: `following` (default, Y-12 … Y+1-02) or `preceding` (Y-1-12 … Y-02). UNVERIFIED. */
  readonly winter?: "following" | "preceding"
  /** Range of 年月日不詳 (default 1868-01-25 … 9999-12-31). */
  readonly unknownRange?: { readonly earliest: string; readonly latest: string }
}

/**
 * Which forms a parse accepts besides calendar days. Shared inside the registry-date module.
 *
 * @category internal
 * @since 0.1.0
 * @internal
 */
export interface Accept {
  readonly nonCalendar: boolean
  readonly uncertain: boolean
}
