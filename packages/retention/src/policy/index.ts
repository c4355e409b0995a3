/**
 * Retention policies as data: for each kind of record, how long it is kept,
 * from which event, on which legal basis, and under which legal regime.
 *
 * **When to use**
 *
 * Read {@link policies} (or {@link policyOf}) to show or audit the rules;
 * pass {@link RetentionSettings} to `evaluate`/`planPurge` to choose the
 * practice-only rules and a {@link MunicipalityOverride} such as
 * {@link Kagoshima}. The docs table (`docs/retention.md`) is generated from
 * this data.
 *
 * **Details**
 *
 * - 住民票の除票 and 戸籍の附票の除票 (住民基本台帳法施行令 第34条第1項) follow a
 *   timeline of two regimes: 5 years until 2019-06-19 and 150 years from
 *   令和元年6月20日. A 除票 moves to the 150-year regime only when its 5-year
 *   period had not ended on 2019-06-20, i.e. when it was 消除/改製 on or after
 *   2014-06-20. Earlier ones ended under the former rule: they are reported as
 *   `expired-under-former-rule`, never as covered.
 * - CS 本人確認情報 (令34条2項) and 附票本人確認情報 (令34条3項): a superseded
 *   image is kept until 150 years counted from the next notice have elapsed, a
 *   消除 image until 150 years counted from the 消除 notice. The words are
 *   「…の日から起算して百五十年を経過する日」: the notice day is the first day
 *   (初日算入), so a notice on 2000-01-01 is kept through 2149-12-31. 1項 and 4項
 *   say a bare 「…の日から」 and are counted under 民法140条 (翌日起算). Each
 *   regime carries its {@link Wording}. Whether the CS copy also had a 5-year
 *   former rule is UNVERIFIED: by default every CS image gets 150 years (the
 *   safe choice); `csTransition: "johyo-cutoff"` applies the 除票 cut-off instead.
 * - 届出書・通知書 and other papers (令34条4項): 1 year from 受理 (民法140条).
 * - An evaluation day before 2019-06-20 gets the rule in force on that day:
 *   the former 5 years for 除票 (`evaluate` picks the regime by `from`).
 * - Practice-only rules of the 大阪市 評価書 (the seed), each UNVERIFIED as law
 *   and set by a {@link RetentionSettings} field: 転出証明書情報 received for
 *   特例転入, erased 30 days after the 転出予定年月日 (別添1 3-③); 送付先情報,
 *   deleted once sent (II 送付先情報ファイル ⑥); operation logs, kept for good
 *   (III-3 リスク2, 永年).
 * - 除票 stay in the live database for 5 years and are then moved by a batch
 *   to the 除票 database (住民記録システム標準仕様書 1.1.5, 9.3).
 *
 * **Gotchas**
 *
 * - The amending 政令 of 令和元年 and its 附則 were not obtained: the cut-off of
 *   2014-06-20 rests on many municipal pages (佐久市, 豊川市, 松戸市, 愛川町,
 *   都城市) that all agree. The transition regime carries `verified: false`.
 * - Municipalities that kept 除票 longer under their own rules have earlier
 *   cut-offs (鹿児島市: 10 years, 平成21年6月21日). Use an override; an override can
 *   only keep more, never less, than the law.
 *
 * **Example** (Reading the policy of a kind)
 *
 * ```ts
 * import { policyOf } from "@juki/retention"
 *
 * const p = policyOf("juminhyo-johyo")
 * p.timeline.map((r) => r.id) // => ["rei34-1.former-5y", "rei34-1.150y"]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { type Calendar, defineRule, type Bilingual, type LegalBasis } from "@juki/core"
import * as Period from "../period/index.js"
import type { MunicipalityOverride } from "./overrides.js"

/**
 * The kinds of record a retention rule applies to. The item form of
 * `evaluate` names one of them in `kind`.
 *
 * - `juminhyo-johyo`: 住民票の除票 (start: 消除 or 改製 day)
 * - `fuhyo-johyo`: 戸籍の附票の除票 (start: 消除 or 改製 day)
 * - `cs-superseded`: 市町村CS 本人確認情報, an image superseded by a later notice
 *   (start: the day of the next 本人確認情報 notice)
 * - `cs-deleted`: 市町村CS 本人確認情報 of a 消除 (start: the 消除 notice day)
 * - `fuhyo-cs-superseded`: 附票本人確認情報 (令34条3項1号), an image superseded
 *   by a later 附票本人確認情報 notice (start: the day of that next notice)
 * - `fuhyo-cs-deleted`: 附票本人確認情報 of a 戸籍の附票の消除 (令34条3項2号;
 *   start: the 消除 notice day)
 * - `paper`: 届出書, 通知書 and other papers (start: 受理 day)
 * - `tenshutsu-certificate-info`: 転出証明書情報 received for 特例転入 (start: the
 *   転出予定年月日 written in it)
 * - `delivery-address`: 送付先情報 for 個人番号通知書 and card applications (start:
 *   the day it was sent to 機構; absent while not sent)
 * - `operation-log`: operation and access logs of the 住民記録システム (start:
 *   the day recorded; optional)
 *
 * @category models
 * @since 0.1.0
 */
export type RecordKind =
  | "juminhyo-johyo"
  | "fuhyo-johyo"
  | "cs-superseded"
  | "cs-deleted"
  | "fuhyo-cs-superseded"
  | "fuhyo-cs-deleted"
  | "paper"
  | "tenshutsu-certificate-info"
  | "delivery-address"
  | "operation-log"

/**
 * Every {@link RecordKind}, in the order of {@link policies}.
 *
 * @category getters
 * @since 0.1.0
 */
export const recordKinds: ReadonlyArray<RecordKind> = [
  "juminhyo-johyo",
  "fuhyo-johyo",
  "cs-superseded",
  "cs-deleted",
  "fuhyo-cs-superseded",
  "fuhyo-cs-deleted",
  "paper",
  "tenshutsu-certificate-info",
  "delivery-address",
  "operation-log"
]

/**
 * Whether `u` is a {@link RecordKind}. Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isRecordKind = (u: unknown): u is RecordKind =>
  typeof u === "string" && (recordKinds as ReadonlyArray<string>).includes(u)

/**
 * The name of a setting of {@link RetentionSettings} that replaces the period
 * of a practice-only rule.
 *
 * @category models
 * @since 0.1.0
 */
export type SettingName = "tenshutsuCertificateDays" | "deliveryAddressDays" | "operationLogYears" | "archiveAfterYears"

/**
 * One legal regime in the timeline of a record kind: from `from` on (or from
 * the beginning, when `null`), records are kept for `period`.
 *
 * @category models
 * @since 0.1.0
 */
export interface Regime {
  /** Stable id, e.g. `rei34-1.150y`. */
  readonly id: string
  /** First day the regime is in force; `null` for the first regime. */
  readonly from: Calendar.IsoDate | null
  readonly period: Period.Period
  readonly basis: ReadonlyArray<LegalBasis>
  /** The words the count rests on and how juki reads them (docs/retention.md). */
  readonly wording: Wording
  /** Only part of the timeline when this setting is chosen (UNVERIFIED regimes). */
  readonly enabledBy?: "csTransition"
  readonly note: Bilingual
}

/**
 * The words of a provision that fix a period, and how they are counted:
 * a bare 「…の日から…年間」 is 民法140条 (the event day is not counted), while
 * 「…の日から起算して…を経過する日」 counts the event day as the first day
 * (初日算入, the drafting convention of 法令用語).
 *
 * @category models
 * @since 0.2.0
 */
export interface Wording {
  /** The words quoted from the provision (or the seed, for practice rules). */
  readonly text: string
  /** How juki counts them. */
  readonly reading: Bilingual
  /** Where the words were read. */
  readonly source: string
  /** Whether the words were read in the text itself (or a page quoting it). */
  readonly verified: boolean
}

/**
 * The move of 除票 from the live database to the 除票 database after a period
 * (住民記録システム標準仕様書 1.1.5, 9.3).
 *
 * @category models
 * @since 0.1.0
 */
export interface ArchiveRule {
  readonly id: string
  readonly period: Period.Period
  readonly basis: ReadonlyArray<LegalBasis>
  readonly setting: "archiveAfterYears"
  readonly note: Bilingual
}

/**
 * The retention policy of one {@link RecordKind}.
 *
 * @category models
 * @since 0.1.0
 */
export interface RetentionPolicy {
  readonly kind: RecordKind
  readonly label: Bilingual
  /** The event that starts the period (the item's `start`). */
  readonly start: Bilingual
  /** Whether an item of this kind must carry `start`. */
  readonly startRequired: boolean
  /** Legal regimes, oldest first; the last one is the current rule. */
  readonly timeline: ReadonlyArray<Regime>
  readonly archive: ArchiveRule | null
  /** The setting that replaces the current period (practice-only rules). */
  readonly setting: Exclude<SettingName, "archiveAfterYears"> | null
}

const law = (cite: string): LegalBasis => ({ kind: "cabinet-order", cite, verified: true })

/**
 * The day the 150-year rule of 令34条 came into force: 令和元年(2019)6月20日.
 *
 * @category constants
 * @since 0.1.0
 */
export const EXTENSION_DAY = "2019-06-20" as Calendar.IsoDate

/**
 * The first 消除/改製 day whose 除票 is covered by the 150-year rule:
 * 平成26年(2014)6月20日. Derived, not assumed: the 5-year period of a 除票
 * 消除 on 2014-06-20 ends at the end of 2019-06-20, the day the new rule came
 * into force; one 消除 on 2014-06-19 ended on 2019-06-19.
 *
 * @category constants
 * @since 0.1.0
 */
export const COVERED_FROM = "2014-06-20" as Calendar.IsoDate

const TRANSITION: LegalBasis = {
  kind: "cabinet-order",
  cite: "住民基本台帳法施行令 第34条第1項 (令和元年6月20日施行の改正、附則の経過措置)",
  verified: false,
  note:
    "UNVERIFIED: the amending 政令 and its 附則 were not obtained; the 5-year former period and the " +
    "cut-off 2014-06-20 agree across 佐久市, 豊川市, 松戸市, 愛川町 and 都城市 guidance"
}
const REI34_1 = law("住民基本台帳法施行令 第34条第1項")
const REI34_2 = law("住民基本台帳法施行令 第34条第2項")
const REI34_3 = law("住民基本台帳法施行令 第34条第3項")
const REI34_4 = law("住民基本台帳法施行令 第34条第4項")
const CS_TRANSITION: LegalBasis = {
  kind: "cabinet-order",
  cite: "住民基本台帳法施行令 第34条第2項 (令和元年改正前)",
  verified: false,
  note: "UNVERIFIED: whether the CS copy had a 5-year former rule with the same transition was not confirmed"
}
const FUHYO_CS_TRANSITION: LegalBasis = {
  kind: "cabinet-order",
  cite: "住民基本台帳法施行令 第34条第3項 (附票本人確認情報、令和元年法律第16号による法30条の41の新設)",
  verified: false,
  note:
    "UNVERIFIED: 附票本人確認情報 exists only since 法30条の41 (令和元年法律第16号) came into force; " +
    'a 5-year former rule for it is not known and only applies with csTransition: "johyo-cutoff"'
}
const STD_ARCHIVE: LegalBasis = {
  kind: "standard",
  cite: "住民記録システム標準仕様書 1.1.5, 9.3",
  verified: true,
  note: "第1.0版 text; the batch runs at least yearly, off-peak"
}
const SEED_TENSHUTSU: LegalBasis = {
  kind: "seed-practice",
  cite: "大阪市 住民基本台帳事務 全項目評価書 別添1 3-③",
  verified: false,
  note: "UNVERIFIED as law: the 告示334 clause was not obtained; the 30 days match the 特例転入 limit"
}
const SEED_SOFUSAKI: LegalBasis = {
  kind: "seed-practice",
  cite: "大阪市 住民基本台帳事務 全項目評価書 II 送付先情報ファイル 6.②, III リスク2",
  verified: false,
  note: "practice, not law: 送付後の変更は行わないことから…速やかに削除することが望ましい"
}
const SEED_LOGS: LegalBasis = {
  kind: "seed-practice",
  cite: "大阪市 住民基本台帳事務 全項目評価書 III-3 リスク2, 別添3",
  verified: false,
  note: "practice, not law: 永年保存 in the standard system (5 years in the former system)"
}

/** Where the current text of 令34条 was read (it quotes e-Gov). */
const REI34_SOURCE = "住民基本台帳法施行令 第34条 現行条文 (https://ebisudo-office.com/2025/02/10, e-Gov の引用)"
const NEXT_DAY: Bilingual = {
  ja: "「日から」のみで「起算して」がないため、民法140条により初日不算入（翌日起算）。民法143条2項により応当日の前日に満了。",
  en: "A bare 「日から」 without 「起算して」: 民法140条, the event day is not counted; the period ends the day before the 応当日 (民法143条2項)."
}
const EVENT_DAY: Bilingual = {
  ja: "「通知の日から起算して」は、その日を期間の初日とする（初日算入、法令用語の例）。「百五十年を経過する日」は応当日の前日。",
  en: "「…の日から起算して」 makes that day the first day of the period (初日算入, statutory drafting usage); 「百五十年を経過する日」 is the day before the 応当日."
}
const W_1 = (years: number, verified: boolean): Wording => ({
  text:
    years === 150
      ? "除票又は戸籍の附票の除票を、これらに係る住民票又は戸籍の附票を消除し、又は改製した日から百五十年間保存する"
      : "除票又は戸籍の附票の除票を、これらに係る住民票又は戸籍の附票を消除し、又は改製した日から五年間保存する（令和元年6月19日までの規定）",
  reading: NEXT_DAY,
  source:
    years === 150
      ? REI34_SOURCE
      : "令和元年改正前の令34条1項 (UNVERIFIED: the former text was not read; 5 years per 総務省資料 000533868 and municipal pages)",
  verified
})
const W_CS = (item: 1 | 2, para: 2 | 3, years: number): Wording => {
  const info = para === 2 ? "本人確認情報" : "附票本人確認情報"
  return {
    text:
      years !== 150
        ? `（令和元年改正前の${info}の保存期間。文言は未確認）`
        : item === 1
          ? `当該${info}に係る者に係る新たな${info}の通知をした日から起算して百五十年を経過する日`
          : `当該${info}の通知の日から起算して百五十年を経過する日`,
    reading:
      years === 150
        ? EVENT_DAY
        : {
            ja: "旧規定の文言は未確認。設定 johyo-cutoff は除票と同じ経過措置（2014-06-20以降の通知が対象）をそのまま当てはめる。",
            en: "The former words were not read. The johyo-cutoff setting applies the 除票 transition as it is (notices on or after 2014-06-20 covered)."
          },
    source: years === 150 ? `${REI34_SOURCE}, 第${para}項第${item}号` : "令和元年改正前の令34条 (UNVERIFIED: not read)",
    verified: years === 150
  }
}
const W_4: Wording = {
  text: "法及びこの政令に基づく届出書、通知書その他の書類は、その受理された日から一年間保存する",
  reading: NEXT_DAY,
  source: `${REI34_SOURCE}, 第4項`,
  verified: true
}
const seedWording = (text: string, ja: string, en: string): Wording => ({
  text,
  reading: { ja, en },
  source: "大阪市 住民基本台帳事務 全項目評価書 (seed)",
  verified: false
})

const johyoTimeline = (code: string): ReadonlyArray<Regime> => [
  {
    id: `${code}.former-5y`,
    from: null,
    period: Period.years(5),
    basis: [TRANSITION],
    wording: W_1(5, false),
    note: {
      ja: "令和元年6月20日より前の規定（5年）。2014-06-19以前に消除・改製された除票はこの規定で期間満了。",
      en: "Rule before 2019-06-20 (5 years). 除票 消除/改製 on or before 2014-06-19 ended under it."
    }
  },
  {
    id: `${code}.150y`,
    from: EXTENSION_DAY,
    period: Period.years(150),
    basis: [REI34_1],
    wording: W_1(150, true),
    note: {
      ja: "現行規定（150年）。2014-06-20以降に消除・改製された除票に適用。",
      en: "Current rule (150 years). Applies to 除票 消除/改製 on or after 2014-06-20."
    }
  }
]

const csTimeline = (code: string, para: 2 | 3, item: 1 | 2): ReadonlyArray<Regime> => [
  {
    id: `${code}.former-5y`,
    from: null,
    // The 除票 cut-off applied as it is (2014-06-20): counted like 1項, by design of the setting.
    period: Period.years(5),
    basis: [para === 2 ? CS_TRANSITION : FUHYO_CS_TRANSITION],
    wording: W_CS(item, para, 5),
    enabledBy: "csTransition",
    note: {
      ja: '設定 csTransition: "johyo-cutoff" のときのみ。除票と同じ経過措置を仮定（未確認）。',
      en: 'Only with csTransition: "johyo-cutoff": assumes the 除票 transition (UNVERIFIED).'
    }
  },
  {
    id: `${code}.150y`,
    from: EXTENSION_DAY,
    period: Period.fromEventDay(Period.years(150)),
    basis: [para === 2 ? REI34_2 : REI34_3],
    wording: W_CS(item, para, 150),
    note: {
      ja: "通知の日から起算して150年を経過する日まで（初日算入）。既定ではすべての像に適用（安全側）。",
      en: "Through the day 150 years counted from the notice day itself elapse. Applies to every image by default (the safe choice)."
    }
  }
]

const ARCHIVE: ArchiveRule = {
  id: "std-1-1-5.archive-5y",
  period: Period.years(5),
  basis: [STD_ARCHIVE],
  setting: "archiveAfterYears",
  note: {
    ja: "5年を経過した除票を除票DBへ移し、現行DBから削除する（年1回以上のバッチ）。",
    en: "除票 older than 5 years move to the 除票 database (batch at least yearly)."
  }
}

/**
 * The retention policy of every {@link RecordKind}.
 *
 * @category constants
 * @since 0.1.0
 */
export const policies: ReadonlyArray<RetentionPolicy> = [
  {
    kind: "juminhyo-johyo",
    label: { ja: "住民票の除票", en: "removed resident record (住民票の除票)" },
    start: { ja: "消除又は改製の日", en: "day of 消除 or 改製" },
    startRequired: true,
    timeline: johyoTimeline("rei34-1"),
    archive: ARCHIVE,
    setting: null
  },
  {
    kind: "fuhyo-johyo",
    label: { ja: "戸籍の附票の除票", en: "removed family-register annex (戸籍の附票の除票)" },
    start: { ja: "消除又は改製の日", en: "day of 消除 or 改製" },
    startRequired: true,
    timeline: johyoTimeline("rei34-1-fuhyo"),
    archive: ARCHIVE,
    setting: null
  },
  {
    kind: "cs-superseded",
    label: { ja: "本人確認情報（修正前の像）", en: "CS identity data, superseded image" },
    start: { ja: "次の本人確認情報の通知の日", en: "day of the next identity-data notice" },
    startRequired: true,
    timeline: csTimeline("rei34-2-superseded", 2, 1),
    archive: null,
    setting: null
  },
  {
    kind: "cs-deleted",
    label: { ja: "本人確認情報（消除の像）", en: "CS identity data, 消除 image" },
    start: { ja: "消除の通知の日", en: "day of the 消除 notice" },
    startRequired: true,
    timeline: csTimeline("rei34-2-deleted", 2, 2),
    archive: null,
    setting: null
  },
  {
    kind: "fuhyo-cs-superseded",
    label: { ja: "附票本人確認情報（修正前の像）", en: "附票 identity data (附票本人確認情報), superseded image" },
    start: { ja: "次の附票本人確認情報の通知の日", en: "day of the next 附票本人確認情報 notice" },
    startRequired: true,
    timeline: csTimeline("rei34-3-superseded", 3, 1),
    archive: null,
    setting: null
  },
  {
    kind: "fuhyo-cs-deleted",
    label: { ja: "附票本人確認情報（消除の像）", en: "附票 identity data (附票本人確認情報), 消除 image" },
    start: { ja: "戸籍の附票の消除の通知の日", en: "day of the notice of the 附票 消除" },
    startRequired: true,
    timeline: csTimeline("rei34-3-deleted", 3, 2),
    archive: null,
    setting: null
  },
  {
    kind: "paper",
    label: { ja: "届出書・通知書その他の書類", en: "notification forms and other papers" },
    start: { ja: "受理した日", en: "day of 受理" },
    startRequired: true,
    timeline: [
      {
        id: "rei34-4.1y",
        from: null,
        period: Period.years(1),
        basis: [REI34_4],
        wording: W_4,
        note: { ja: "受理した日から1年。", en: "1 year from 受理." }
      }
    ],
    archive: null,
    setting: null
  },
  {
    kind: "tenshutsu-certificate-info",
    label: { ja: "転出証明書情報（特例転入）", en: "move-out certificate data received for 特例転入" },
    start: { ja: "転出の予定年月日", en: "planned move-out date in it" },
    startRequired: true,
    timeline: [
      {
        id: "seed.tenshutsu-30d",
        from: null,
        period: Period.days(30),
        basis: [SEED_TENSHUTSU],
        wording: seedWording(
          "転出の予定年月日から30日後までに転入手続がない場合は消去",
          "「30日後まで」: 予定年月日の翌日から数えて30日目まで保存（民法140条の数え方）。",
          "「30日後まで」: kept through the 30th day after the planned date (民法140条 counting)."
        ),
        note: {
          ja: "予定年月日から30日後までに転入手続がなければ消去（設定 tenshutsuCertificateDays）。",
          en: "Erased when no 転入 by 30 days after the planned date (setting tenshutsuCertificateDays)."
        }
      }
    ],
    archive: null,
    setting: "tenshutsuCertificateDays"
  },
  {
    kind: "delivery-address",
    label: { ja: "送付先情報", en: "delivery addresses sent to 機構" },
    start: { ja: "機構へ送付した日", en: "day sent to 機構" },
    startRequired: false,
    timeline: [
      {
        id: "seed.sofusaki-0d",
        from: null,
        period: Period.days(0),
        basis: [SEED_SOFUSAKI],
        wording: seedWording(
          "送付後の変更は行わないことから…速やかに削除することが望ましい",
          "期間の定めなし。送付日の翌日から削除対象とする（設定で延長可）。",
          "No period: due from the day after sending (a setting extends it)."
        ),
        note: {
          ja: "送付後速やかに削除（送付日の翌日から削除対象。設定 deliveryAddressDays）。",
          en: "Deleted promptly once sent (due from the next day; setting deliveryAddressDays)."
        }
      }
    ],
    archive: null,
    setting: "deliveryAddressDays"
  },
  {
    kind: "operation-log",
    label: { ja: "操作ログ", en: "operation and access logs" },
    start: { ja: "記録した日", en: "day recorded" },
    startRequired: false,
    timeline: [
      {
        id: "seed.logs-forever",
        from: null,
        period: Period.forever,
        basis: [SEED_LOGS],
        wording: seedWording("永年", "終期なし。", "No end."),
        note: {
          ja: "永年保存（設定 operationLogYears で年数を指定可）。",
          en: "Kept for good (setting operationLogYears sets a number of years)."
        }
      }
    ],
    archive: null,
    setting: "operationLogYears"
  }
]

/**
 * The policy of a kind.
 *
 * @category getters
 * @since 0.1.0
 */
export const policyOf = (kind: RecordKind): RetentionPolicy => policies.find((p) => p.kind === kind) as RetentionPolicy

export { Kagoshima, type MunicipalityOverride, overrides } from "./overrides.js"

/**
 * Choices for the practice-only and UNVERIFIED rules. Every field is optional;
 * {@link defaultSettings} holds the defaults.
 *
 * @category models
 * @since 0.1.0
 */
export interface RetentionSettings {
  /** Days after the 転出予定年月日 a 転出証明書情報 is kept (seed: 30). */
  readonly tenshutsuCertificateDays?: number
  /** Days after sending a 送付先情報 is kept (seed: 0, delete promptly). */
  readonly deliveryAddressDays?: number
  /** Years operation logs are kept; `null` keeps them for good (seed: 永年). */
  readonly operationLogYears?: number | null
  /** Years before a 除票 moves to the 除票 database (標準仕様 1.1.5: 5). */
  readonly archiveAfterYears?: number
  /**
   * Transition of CS 本人確認情報. `none` (default, safe): every image is kept
   * 150 years. `johyo-cutoff`: images whose 5-year period ended before
   * 2019-06-20 ended under a former rule (UNVERIFIED).
   */
  readonly csTransition?: "none" | "johyo-cutoff"
  /** A municipality's longer former rule for 除票 (e.g. {@link Kagoshima}). */
  readonly override?: MunicipalityOverride | null
}

/**
 * The default {@link RetentionSettings}.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultSettings: Required<RetentionSettings> = {
  tenshutsuCertificateDays: 30,
  deliveryAddressDays: 0,
  operationLogYears: null,
  archiveAfterYears: 5,
  csTransition: "none",
  override: null
}

const LIBRARY: LegalBasis = { kind: "library", cite: "@juki/retention item form", verified: true }

/**
 * An item is not an object.
 *
 * @category rules
 * @since 0.1.0
 */
export const ItemType = defineRule({
  id: "retention.item.type",
  tag: "InvalidType",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "保存期間の判定対象", en: "Retention item" },
  message: { ja: "判定対象はオブジェクトで指定してください", en: "A retention item must be an object" }
})

/**
 * An item names no known {@link RecordKind}.
 *
 * @category rules
 * @since 0.1.0
 */
export const ItemKind = defineRule({
  id: "retention.item.kind",
  tag: "InvalidComponent",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "記録の種類", en: "Record kind" },
  message: { ja: "{field}が不明です", en: "{field} is not a known record kind" }
})

/**
 * The start date of an item is missing (where required) or not a real
 * `YYYY-MM-DD` date.
 *
 * @category rules
 * @since 0.1.0
 */
export const ItemDate = defineRule({
  id: "retention.item.date",
  tag: "InvalidDate",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "起算の日", en: "Start date" },
  message: {
    ja: "{field}はYYYY-MM-DD形式の実在する日付で指定してください",
    en: "{field} must be a real date written YYYY-MM-DD"
  }
})

/**
 * The end of the period lies after 9999-12-31, which no date can hold.
 *
 * @category rules
 * @since 0.1.0
 */
export const ItemRange = defineRule({
  id: "retention.item.range",
  tag: "InvalidDate",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "保存期間の終期", en: "End of retention" },
  message: { ja: "保存期間の終期が9999-12-31を超えます", en: "The retention period ends after 9999-12-31" }
})

/**
 * A flag of an item (`archived`, `tennyuRecorded`) is present but not a boolean.
 *
 * @category rules
 * @since 0.1.0
 */
export const ItemFlag = defineRule({
  id: "retention.item.flag",
  tag: "InvalidType",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "判定対象の区分", en: "Item flag" },
  message: { ja: "{field}は真偽値で指定してください", en: "{field} must be a boolean" }
})

/**
 * The input of `planPurge` is neither an iterable nor an async iterable.
 *
 * @category rules
 * @since 0.1.0
 */
export const ItemsType = defineRule({
  id: "retention.items.type",
  tag: "InvalidType",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "判定対象の列", en: "Retention items" },
  message: {
    ja: "判定対象は反復可能なもの（配列、ジェネレータ、非同期イテラブル）で指定してください",
    en: "Items must be an iterable or an async iterable"
  }
})

/**
 * The evaluation day `asOf` is not a real `YYYY-MM-DD` date.
 *
 * @category rules
 * @since 0.1.0
 */
export const AsOfDate = defineRule({
  id: "retention.as-of.date",
  tag: "InvalidDate",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "基準日", en: "Evaluation day" },
  message: {
    ja: "基準日はYYYY-MM-DD形式の実在する日付で指定してください",
    en: "asOf must be a real date written YYYY-MM-DD"
  }
})

/**
 * A setting is out of range (negative, not an integer, an unknown choice, or an
 * override without a real `coveredFrom`).
 *
 * @category rules
 * @since 0.1.0
 */
export const SettingValue = defineRule({
  id: "retention.settings.value",
  tag: "InvalidComponent",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "保存期間の設定", en: "Retention setting" },
  message: { ja: "設定{setting}の値が不正です", en: "Setting {setting} has an invalid value" }
})

/**
 * The rules of this package, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [ItemType, ItemKind, ItemDate, ItemRange, ItemFlag, ItemsType, AsOfDate, SettingValue] as const
