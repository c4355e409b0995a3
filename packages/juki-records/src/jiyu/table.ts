/**
 * The 37 異動事由 of 標準仕様書 1.2.2 with their metadata, and reading them
 * from ids and Japanese names (see the module `Jiyu`).
 *
 * @since 0.1.0
 * @internal
 */
import { defineRule, makeError, type Bilingual, type JukiError, type LegalBasis } from "@juki/core"
import { Result } from "effect"
import { BASIS, library, std } from "../basis.js"
import type { FieldGroup } from "../models/fields.js"

/**
 * The 記載の事由 (create a 住民票), 標準仕様書 1.2.2.
 *
 * @category models
 * @since 0.1.0
 */
export const ENTRY = [
  "domestic-move-in",
  "move-in-from-abroad",
  "birth",
  "authority-entry-naturalisation",
  "authority-entry-nationality-loss",
  "authority-entry",
  "reissue-entry",
  "remake-entry",
  "cancel-increase"
] as const

/**
 * The 消除の事由 (turn a 住民票 into a 除票), 標準仕様書 1.2.2.
 *
 * @category models
 * @since 0.1.0
 */
export const REMOVAL = [
  "domestic-move-out",
  "move-out-abroad",
  "death",
  "authority-removal-naturalisation",
  "authority-removal-nationality-loss",
  "authority-removal",
  "reissue-removal",
  "remake-removal",
  "cancel-decrease"
] as const

/**
 * The 修正の事由 (modify a 住民票), 標準仕様書 1.2.2.
 *
 * @category models
 * @since 0.1.0
 */
export const MODIFICATION = [
  "move-within",
  "minor-correction",
  "authority-correction",
  "clerical-correction",
  "mynumber-change-request",
  "mynumber-authority-correction",
  "mynumber-authority-entry",
  "resident-code-change-request",
  "resident-code-authority-entry",
  "household-split",
  "household-merge",
  "household-change",
  "head-change",
  "former-surname-entry",
  "former-surname-change",
  "former-surname-deletion",
  "alias-entry",
  "alias-deletion",
  "cancel-modification"
] as const

/**
 * Every 異動事由 id (37 = 9 + 9 + 19).
 *
 * @category models
 * @since 0.1.0
 */
export const ALL = [...ENTRY, ...REMOVAL, ...MODIFICATION] as const

/**
 * A 異動事由 of 標準仕様書 1.2.2 as a symbolic id.
 *
 * @category models
 * @since 0.1.0
 */
export type IdouJiyu = (typeof ALL)[number]

/**
 * What a 事由 does to the 住民票: create (記載), delete (消除, to 除票) or modify (修正).
 *
 * @category models
 * @since 0.1.0
 */
export type JiyuEffect = "create" | "delete" | "modify"

/**
 * A 届出期間: `days` counted from the day after the event (初日不算入), the
 * last day rolled to the next business day when it is a 休日.
 *
 * @category models
 * @since 0.1.0
 */
export interface Deadline {
  readonly days: number
  /** Who files: the resident (住基法), or a 戸籍 filing whose record is made 職権. */
  readonly filing: "resident" | "koseki"
  /** Only resident filings under 住基法 are checked by `records.deadline.overdue`. */
  readonly checked: boolean
  readonly basis: ReadonlyArray<LegalBasis>
  readonly note?: Bilingual
}

/**
 * The metadata of one 異動事由.
 *
 * @category models
 * @since 0.1.0
 */
export interface JiyuInfo {
  readonly id: IdouJiyu
  /** The category name of 標準仕様書 1.2.2. */
  readonly ja: string
  readonly en: string
  readonly group: "記載" | "消除" | "修正"
  readonly effect: JiyuEffect
  /** 日本人住民のみ / 外国人住民のみ per 1.2.2. */
  readonly scope: "all" | "japanese" | "foreign"
  /** Item groups an update with this 事由 may change (`"all"` for creating or restoring events). */
  readonly mutable: ReadonlyArray<FieldGroup> | "all"
  readonly deadline?: Deadline
  readonly basis: ReadonlyArray<LegalBasis>
}

const ALL_GROUPS = "all" as const
const D14 = (basis: LegalBasis): Deadline => ({
  days: 14,
  filing: "resident",
  checked: true,
  basis: [basis, BASIS.hiroshimaFaq, BASIS.localAutonomy4_2]
})

const table: ReadonlyArray<JiyuInfo> = [
  // 記載
  {
    id: "domestic-move-in",
    ja: "国内転入",
    en: "move-in from another municipality",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    deadline: D14(BASIS.law22),
    basis: [BASIS.law22, std("1.2.2"), std("4.1.1")]
  },
  {
    id: "move-in-from-abroad",
    ja: "国外転入等",
    en: "move-in from abroad (and 30条の46/47 filings)",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    deadline: D14(BASIS.law22_1_7),
    basis: [BASIS.law22_1_7, BASIS.law30_46, BASIS.law30_47, std("1.2.2")]
  },
  {
    id: "birth",
    ja: "出生",
    en: "birth",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    deadline: {
      days: 14,
      filing: "koseki",
      checked: false,
      basis: [BASIS.koseki49],
      note: {
        ja: "出生届の期間（国外出生は3か月）。住民票は職権記載",
        en: "出生届 period (3 months if born abroad); the 住民票 is recorded 職権"
      }
    },
    basis: [BASIS.order12, std("4.2.1.2")]
  },
  {
    id: "authority-entry-naturalisation",
    ja: "職権記載（帰化等）",
    en: "authority entry (naturalisation etc.)",
    group: "記載",
    effect: "create",
    scope: "japanese",
    mutable: ALL_GROUPS,
    basis: [BASIS.order8_2, std("4.5.3"), std("4.5.4")]
  },
  {
    id: "authority-entry-nationality-loss",
    ja: "職権記載（国籍喪失）",
    en: "authority entry (loss of nationality)",
    group: "記載",
    effect: "create",
    scope: "foreign",
    mutable: ALL_GROUPS,
    basis: [BASIS.order8_2, std("4.5.5")]
  },
  {
    id: "authority-entry",
    ja: "職権記載",
    en: "authority entry",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [BASIS.order12, std("4.2.1.1")]
  },
  {
    id: "reissue-entry",
    ja: "改製",
    en: "reissue (new record)",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [std("1.1.4"), std("1.1.5")]
  },
  {
    id: "remake-entry",
    ja: "再製",
    en: "remake (new record)",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [std("1.1.4"), std("1.1.5")]
  },
  {
    id: "cancel-increase",
    ja: "異動の取消し（増）",
    en: "cancellation (restores a record)",
    group: "記載",
    effect: "create",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [std("4.6")]
  },
  // 消除
  {
    id: "domestic-move-out",
    ja: "国内転出",
    en: "move-out to another municipality",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    basis: [BASIS.law24, std("4.1.3")]
  },
  {
    id: "move-out-abroad",
    ja: "国外転出",
    en: "move-out abroad",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    basis: [BASIS.law24, std("4.1.3")]
  },
  {
    id: "death",
    ja: "死亡",
    en: "death",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    deadline: {
      days: 7,
      filing: "koseki",
      checked: false,
      basis: [BASIS.koseki86],
      note: {
        ja: "死亡届の期間（死亡の事実を知った日から。国外は3か月）。住民票は職権消除",
        en: "死亡届 period (from learning of the death; 3 months abroad); the 住民票 is removed 職権"
      }
    },
    basis: [BASIS.order12, std("4.2.2.1")]
  },
  {
    id: "authority-removal-naturalisation",
    ja: "職権消除（帰化等）",
    en: "authority removal (naturalisation etc.)",
    group: "消除",
    effect: "delete",
    scope: "foreign",
    mutable: [],
    basis: [BASIS.order8_2, std("4.5.3"), std("4.5.4")]
  },
  {
    id: "authority-removal-nationality-loss",
    ja: "職権消除（国籍喪失）",
    en: "authority removal (loss of nationality)",
    group: "消除",
    effect: "delete",
    scope: "japanese",
    mutable: [],
    basis: [BASIS.order8_2, std("4.5.5")]
  },
  {
    id: "authority-removal",
    ja: "職権消除",
    en: "authority removal",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    basis: [BASIS.order12, std("4.2.2.2")]
  },
  {
    id: "reissue-removal",
    ja: "改製",
    en: "reissue (old record removed)",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    basis: [std("1.1.4"), std("1.1.5")]
  },
  {
    id: "remake-removal",
    ja: "再製",
    en: "remake (old record removed)",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    basis: [std("1.1.4"), std("1.1.5")]
  },
  {
    id: "cancel-decrease",
    ja: "異動の取消し（減）",
    en: "cancellation (removes a record)",
    group: "消除",
    effect: "delete",
    scope: "all",
    mutable: [],
    basis: [std("4.6")]
  },
  // 修正
  {
    id: "move-within",
    ja: "転居",
    en: "move within the municipality",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["address", "household"],
    deadline: D14(BASIS.law23),
    basis: [BASIS.law23, std("4.1.2"), BASIS.seedCsChecks]
  },
  {
    id: "minor-correction",
    ja: "軽微な修正",
    en: "minor correction (characters, 住居表示, place names)",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["name", "address"],
    basis: [std("4.2.3.2")]
  },
  {
    id: "authority-correction",
    ja: "職権修正",
    en: "authority correction",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [BASIS.order12, std("4.2.3.1")]
  },
  {
    id: "clerical-correction",
    ja: "誤記修正",
    en: "correction of a clerical error",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [BASIS.order12_3, std("4.2.3.3")]
  },
  {
    id: "mynumber-change-request",
    ja: "個人番号の変更請求",
    en: "My Number change on request",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["myNumber"],
    basis: [BASIS.mynumberAct7, std("4.4")]
  },
  {
    id: "mynumber-authority-correction",
    ja: "個人番号の職権修正",
    en: "My Number authority correction",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["myNumber"],
    basis: [BASIS.mynumberAct7, BASIS.order12_3, std("4.4")]
  },
  {
    id: "mynumber-authority-entry",
    ja: "個人番号の職権記載",
    en: "My Number authority entry",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["myNumber"],
    basis: [BASIS.mynumberAct7, std("4.4")]
  },
  {
    id: "resident-code-change-request",
    ja: "住民票コードの変更請求",
    en: "resident code change on request",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["residentCode"],
    basis: [BASIS.law30_4, std("4.3.1")]
  },
  {
    id: "resident-code-authority-entry",
    ja: "住民票コードの職権記載",
    en: "resident code authority entry",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["residentCode"],
    basis: [BASIS.law30_4, std("4.3.1")]
  },
  {
    id: "household-split",
    ja: "世帯分離",
    en: "household split",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["household"],
    deadline: D14(BASIS.law25),
    basis: [BASIS.law25, std("4.1.4")]
  },
  {
    id: "household-merge",
    ja: "世帯合併",
    en: "household merge",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["household"],
    deadline: D14(BASIS.law25),
    basis: [BASIS.law25, std("4.1.4")]
  },
  {
    id: "household-change",
    ja: "世帯変更",
    en: "household composition change",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["household"],
    deadline: D14(BASIS.law25),
    basis: [BASIS.law25, std("4.1.4")]
  },
  {
    id: "head-change",
    ja: "世帯主変更",
    en: "change of household head",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ["household"],
    deadline: D14(BASIS.law25),
    basis: [BASIS.law25, std("4.1.4.2")]
  },
  {
    id: "former-surname-entry",
    ja: "旧氏の記載",
    en: "former surname entry",
    group: "修正",
    effect: "modify",
    scope: "japanese",
    mutable: ["formerSurname"],
    basis: [
      std("1.1.7"),
      std("1.2.1"),
      library("旧氏 is recorded on 請求; 令 article UNVERIFIED; Japanese residents only")
    ]
  },
  {
    id: "former-surname-change",
    ja: "旧氏の変更",
    en: "former surname change",
    group: "修正",
    effect: "modify",
    scope: "japanese",
    mutable: ["formerSurname"],
    basis: [std("1.1.7"), std("1.2.1")]
  },
  {
    id: "former-surname-deletion",
    ja: "旧氏の削除",
    en: "former surname deletion",
    group: "修正",
    effect: "modify",
    scope: "japanese",
    mutable: ["formerSurname"],
    basis: [std("1.1.7"), std("1.2.1")]
  },
  {
    id: "alias-entry",
    ja: "通称の記載",
    en: "alias (通称) entry",
    group: "修正",
    effect: "modify",
    scope: "foreign",
    mutable: ["alias"],
    basis: [BASIS.order30_26, std("1.1.2")]
  },
  {
    id: "alias-deletion",
    ja: "通称の削除",
    en: "alias (通称) deletion",
    group: "修正",
    effect: "modify",
    scope: "foreign",
    mutable: ["alias"],
    basis: [BASIS.order30_26, std("1.1.2")]
  },
  {
    id: "cancel-modification",
    ja: "異動の取消し（修正）",
    en: "cancellation of a modification",
    group: "修正",
    effect: "modify",
    scope: "all",
    mutable: ALL_GROUPS,
    basis: [std("4.6"), std("1.2.2", "a separate 転居取消 is 実装しない")]
  }
]

const byId: ReadonlyMap<IdouJiyu, JiyuInfo> = new Map(table.map((i) => [i.id, i]))
const ALL_SET: ReadonlySet<string> = new Set(ALL)

/**
 * The whole catalogue in 標準仕様書 1.2.2 order.
 *
 * @category getters
 * @since 0.1.0
 */
export const catalogue: ReadonlyArray<JiyuInfo> = table

/**
 * The metadata of a 異動事由.
 *
 * @category getters
 * @since 0.1.0
 */
export const info = (id: IdouJiyu): JiyuInfo => byId.get(id) as JiyuInfo

/**
 * Whether `u` is one of the 37 ids. Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isJiyu = (u: unknown): u is IdouJiyu => typeof u === "string" && ALL_SET.has(u)

/**
 * Whether a 事由 creates (記載), deletes (消除) or modifies (修正).
 *
 * @category getters
 * @since 0.1.0
 */
export const effectOf = (id: IdouJiyu): JiyuEffect => info(id).effect

/**
 * A 異動事由 name that is not one of the 1.2.2 categories.
 *
 * @category rules
 * @since 0.1.0
 */
export const Unknown = defineRule({
  id: "records.jiyu.unknown",
  tag: "InvalidComponent",
  severity: "error",
  basis: [std("1.2.2")],
  title: { ja: "異動事由", en: "Reason of change" },
  message: {
    ja: "異動事由は標準仕様書1.2.2の分類のいずれかでなければなりません",
    en: "The reason of change must be one of the categories of 標準仕様書 1.2.2"
  }
})

/**
 * 転居取消 must not exist as a category (1.2.2 実装しない): use 異動の取消し（修正）.
 *
 * @category rules
 * @since 0.1.0
 */
export const Forbidden = defineRule({
  id: "records.jiyu.forbidden",
  tag: "RuleViolation",
  severity: "error",
  basis: [std("1.2.2", "転居取消 is listed as 実装しない")],
  title: { ja: "転居取消の禁止", en: "No separate 転居取消" },
  message: {
    ja: "転居取消は事由として実装しません。異動の取消し（修正）を使用してください",
    en: "転居取消 is not a category: cancel a 転居 with 異動の取消し（修正）"
  }
})

const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(["転居取消", "転居取り消し", "転居取消し"])

const normaliseName = (s: string): string =>
  s.normalize("NFKC").replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）")

/**
 * Reads a 異動事由 from its id or its Japanese category name (full- or
 * half-width parentheses). 改製 and 再製 resolve to the 記載 side unless
 * `side: "消除"` is given. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Jiyu } from "@juki/records"
 * import { Result } from "effect"
 *
 * Result.getOrThrow(Jiyu.fromName("異動の取消し(修正)")) // => "cancel-modification"
 * Result.isFailure(Jiyu.fromName("転居取消")) // => true (records.jiyu.forbidden)
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const fromName = (
  name: unknown,
  options: { readonly side?: "記載" | "消除" } = {}
): Result.Result<IdouJiyu, JukiError> => {
  if (isJiyu(name)) return Result.succeed(name)
  if (typeof name !== "string") return Result.fail(makeError(Unknown, { input: name }))
  const n = normaliseName(name)
  if (FORBIDDEN_NAMES.has(n)) return Result.fail(makeError(Forbidden, { input: name }))
  const side = options.side ?? "記載"
  const hit = table.find((i) => i.ja === n && (i.ja !== "改製" && i.ja !== "再製" ? true : i.group === side))
  return hit ? Result.succeed(hit.id) : Result.fail(makeError(Unknown, { input: name }))
}

/**
 * Whether `u` is an id or a category name of 1.2.2 (転居取消 is not). Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid = (u: unknown): boolean => Result.isSuccess(fromName(u))
