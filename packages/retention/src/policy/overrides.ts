/**
 * Municipality overrides of the 除票 retention rule: a municipality whose own,
 * longer former period still covered 除票 on 2019-06-20 (re-exported from
 * `policy/index.ts`).
 *
 * @since 0.1.0
 * @module
 */
import type { Bilingual, Calendar, LegalBasis } from "@juki/core"
import * as Period from "../period/index.js"

/**
 * A municipality's own, longer former rule for 除票: on 2019-06-20 it still
 * held 除票 消除 on or after `coveredFrom`, so those are covered by the 150-year
 * rule. `coveredFrom` is the date the municipality publishes.
 *
 * @category models
 * @since 0.1.0
 */
export interface MunicipalityOverride {
  readonly id: string
  readonly name: Bilingual
  /** The local former period (e.g. 10 years). */
  readonly formerPeriod: Period.Period
  /** The earliest 消除/改製 day the municipality reports as covered. */
  readonly coveredFrom: Calendar.IsoDate | string
  readonly basis: ReadonlyArray<LegalBasis>
}

/**
 * 鹿児島市 kept 除票 for 10 years and issues 除票 消除 on or after
 * 平成21年(2009)6月21日.
 *
 * **Gotchas**
 *
 * The published date is one day later than 民法140条 counting would give for
 * 10 years (a 10-year period from 2009-06-20 ends on 2019-06-20): the city
 * seems to count the first day. juki takes the published date as the fact
 * (UNVERIFIED how the city counts), and never reports a 除票 as kept on or
 * after 2019-06-20 under a former rule.
 *
 * @category constants
 * @since 0.1.0
 */
export const Kagoshima: MunicipalityOverride = {
  id: "kagoshima",
  name: { ja: "鹿児島市", en: "Kagoshima City" },
  formerPeriod: Period.years(10),
  coveredFrom: "2009-06-21" as Calendar.IsoDate,
  basis: [
    {
      kind: "seed-practice",
      cite: "鹿児島市 除票の保存期間 (https://www.city.kagoshima.lg.jp/shimin/shiminbunka/shimin/johyohozonkikan.html)",
      verified: false,
      note: "municipal practice, not law"
    }
  ]
}

/**
 * Built-in municipality overrides.
 *
 * @category constants
 * @since 0.1.0
 */
export const overrides: ReadonlyArray<MunicipalityOverride> = [Kagoshima]
