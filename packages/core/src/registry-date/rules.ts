import { defineRule, type LegalBasis } from "../errors/index.js"

/**
 * The basis of the rules: 標準仕様書 1.1.8. Shared inside the registry-date module.
 *
 * @category internal
 * @since 0.1.0
 * @internal
 */
export const STD: LegalBasis = {
  kind: "standard",
  cite: "住民記録システム標準仕様書 1.1.8 年月日の管理",
  verified: true
}
/**
 * The basis of the UNVERIFIED conversion choices. Shared inside the registry-date module.
 *
 * @category internal
 * @since 0.1.0
 * @internal
 */
export const STD_CONVERSION: LegalBasis = {
  kind: "standard",
  cite: "住民記録システム標準仕様書 1.1.8: 住基ネットへ送付するコード定義",
  verified: false,
  note: "the code definition for 不詳日 and the conversion for 住基ネット were not obtained"
}

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

/**
 * The text is not a date in any form of the selected mode.
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "core.registry-date.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [STD, { kind: "library", cite: "juki: forms read by RegistryDate.parse", verified: true }],
  title: { ja: "年月日の形式", en: "Registry date format" },
  message: {
    ja: "{field}を年月日（暦上日、暦上日以外の日、不詳日）として読み取れません",
    en: "{field} is not a date (calendar, non-calendar or 不詳日 form)"
  }
})

/**
 * The month is not 1–12 or the day is not 1–31: not accepted even for the
 * fields of 1.1.8.
 *
 * @category rules
 * @since 0.1.0
 */
export const MonthDayRange = defineRule({
  id: "core.registry-date.calendar",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD, { kind: "library", cite: "juki: months 1–12 and days 1–31 in every mode", verified: true }],
  title: { ja: "月日の範囲", en: "Month and day range" },
  message: {
    ja: "{field}の月は1から12、日は1から31の範囲で指定してください",
    en: "{field}: the month must be 1–12 and the day 1–31"
  }
})

/**
 * The date is not a calendar day (2月29日 of a common year, 2月30日,
 * 明治45年7月30日, 大正15年12月25日); only the fields of
 * {@link REGISTRY_DATE_FIELDS} accept it, in `registry` mode.
 *
 * @category rules
 * @since 0.1.0
 */
export const NonCalendarNotAllowed = defineRule({
  id: "core.registry-date.non-calendar",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD],
  title: { ja: "暦上日以外の年月日", en: "Non-calendar date" },
  message: {
    ja: "{field}は暦上日ではありません（暦上日以外の年月日は生年月日等の項目に限り許容されます）",
    en: "{field} is not a calendar day (non-calendar dates are allowed only for 生年月日 and the other fields of 1.1.8)"
  }
})

/**
 * The text is a 不詳日 (令和5年頃, 年月日不詳 …); only the fields of
 * {@link REGISTRY_DATE_FIELDS} accept it, in `registry` mode.
 *
 * @category rules
 * @since 0.1.0
 */
export const UncertainNotAllowed = defineRule({
  id: "core.registry-date.uncertain",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD],
  title: { ja: "不詳日", en: "Uncertain date (不詳日)" },
  message: {
    ja: "{field}は不詳日です（不詳日は生年月日等の項目に限り許容されます）",
    en: "{field} is an uncertain date (不詳日 is allowed only for 生年月日 and the other fields of 1.1.8)"
  }
})

/**
 * In 「…から…までの間」 the end is before the start.
 *
 * @category rules
 * @since 0.1.0
 */
export const RangeOrder = defineRule({
  id: "core.registry-date.range-order",
  tag: "InvalidDate",
  severity: "error",
  basis: [STD],
  title: { ja: "期間の順序", en: "Range order" },
  message: {
    ja: "{field}の「から」の日が「まで」の日より後になっています",
    en: "{field}: the start of the range is after its end"
  }
})

/**
 * The rules of this module (the 和暦 rules `core.wareki.era-range`,
 * `core.wareki.era-boundary` and `core.wareki.lunisolar` also apply).
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Format, MonthDayRange, NonCalendarNotAllowed, UncertainNotAllowed, RangeOrder] as const
