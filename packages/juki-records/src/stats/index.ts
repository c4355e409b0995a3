/**
 * 異動集計表・人口統計 (評価書 別添1(1) 6): from a registry's history, the monthly counts a municipality
 * reports — population at each month end, 記載 and 消除 by 異動事由, 日本人/外国人/総数 × 男/女, 自然増減,
 * 社会増減, age bands and 世帯数 — and the per-person records of 住民基本台帳人口移動報告.
 *
 * **When to use**
 *
 * Monthly and yearly statistics of the resident registry; the data behind `juki stats`.
 *
 * **Details**
 *
 * - Everything is read from each person's history rows, ordered by 異動日 (`changeDate`; rows of the
 *   same day keep their 履歴番号 order). A person is a resident (現存者) on a day when the last row on
 *   or before it is `current`, or `leaving` before its 転出予定日 (a 転出予定 is 消除 on the planned day,
 *   標準仕様書 1.1.5). 記載 and 消除 are the days this changes, counted under the 事由 of the row that
 *   made the change (for a 転出予定 reached: the row of the 転出届).
 * - For every group and month, `start + Σ increase − Σ decrease + movedIn − movedOut = end` holds
 *   exactly: `movedIn` / `movedOut` count residents whose group changed while present (a 性別 or
 *   nationality correction), so the balance is exact for every group, and 0 for the totals.
 * - 自然増減 = 出生 − 死亡; 社会増減 = (転入 + 国外からの転入) − (転出 + 国外への転出); the other 事由
 *   (職権記載/消除, 帰化, 国籍喪失, 再製, 改製, 取消 …) are `other`. This split is juki's (UNVERIFIED:
 *   some reports count 職権 under 社会動態): see {@link NATURAL} and {@link SOCIAL}.
 * - Age bands: full years on the month's last day (born on the same month and day or earlier: one
 *   more year), 5-year bands by default; a 生年月日 that is not a full date (不詳) is `unknown`.
 * - 世帯数: distinct 世帯番号 of the residents on the day; 日本人のみ, 外国人のみ and 混合 世帯.
 * - 住民基本台帳人口移動報告: one record per 転入 / 転出 (and from / to abroad) of the period, with the
 *   counterpart 市区町村コード where the record has it. The official record layout was not obtained
 *   (UNVERIFIED): the items follow the issue (市区町村コード, 性別, 生年月日, 異動事由, 異動年月).
 *
 * **Example** (A family of one moves in, in April 2024)
 *
 * ```ts
 * import { apply, Event, Registry, Stats, type RecordInput } from "@juki/records"
 * import { Result } from "effect"
 *
 * const record = {
 *   kind: "japanese", atenaNumber: "0000000019", householdNumber: "8000000010", relationship: "世帯主",
 *   residentCode: "20000000001", myNumber: "100000000013", name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
 *   birthDate: "1980-04-01", sex: "male",
 *   address: { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" },
 *   addressSince: "2024-04-01", previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
 *   honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" }, residentSince: "2024-04-01"
 * } as const satisfies RecordInput // synthetic data
 * const r = apply(Registry.empty("131016"), Event.moveIn({ records: [record], changeDate: "2024-04-01", filedOn: "2024-04-03", processedOn: "2024-04-03" }))
 * const report = Stats.monthly(Result.getOrThrow(r).registry, { from: "2024-03", to: "2024-04" })
 * const [march, april] = report.months
 * march?.groups.total.end // => 0
 * april?.groups.total.start // => 0
 * april?.groups.total.increase["domestic-move-in"] // => 1
 * april?.groups["japanese.male"].end // => 1
 * april?.social.total // => 1
 * report.movements.map((m) => [m.direction, m.counterpartCode, m.yearMonth]) // => [["in", "271276", "2024-04"]]
 * ```
 *
 * @since 0.3.0
 * @module
 */
import type { IdouJiyu } from "../jiyu/index.js"
import type { HistoryRow, ResidentRecord } from "../models/index.js"
import { getHistory, type Registry } from "../registry/index.js"

/**
 * 自然動態: 出生 (記載) and 死亡 (消除).
 *
 * @category models
 * @since 0.3.0
 */
export const NATURAL = { increase: ["birth"], decrease: ["death"] } as const satisfies Record<
  string,
  ReadonlyArray<IdouJiyu>
>

/**
 * 社会動態: 転入 and 国外からの転入 (記載), 転出 and 国外への転出 (消除).
 *
 * @category models
 * @since 0.3.0
 */
export const SOCIAL = {
  increase: ["domestic-move-in", "move-in-from-abroad"],
  decrease: ["domestic-move-out", "move-out-abroad"]
} as const satisfies Record<string, ReadonlyArray<IdouJiyu>>

/**
 * The groups of the balance: 総数, 日本人, 外国人, each in total and by 性別.
 *
 * @category models
 * @since 0.3.0
 */
export const GROUPS = [
  "total",
  "male",
  "female",
  "japanese",
  "japanese.male",
  "japanese.female",
  "foreign",
  "foreign.male",
  "foreign.female"
] as const

/**
 * A group of {@link GROUPS}.
 *
 * @category models
 * @since 0.3.0
 */
export type Group = (typeof GROUPS)[number]

/**
 * The balance of one group in one month.
 *
 * @category models
 * @since 0.3.0
 */
export interface GroupCounts {
  /** Residents at the end of the previous month (前月末人口). */
  start: number
  /** 記載 by 事由. */
  increase: Partial<Record<IdouJiyu, number>>
  /** 消除 by 事由. */
  decrease: Partial<Record<IdouJiyu, number>>
  /** Residents whose 性別 or nationality changed into this group while present. */
  movedIn: number
  movedOut: number
  /** Residents at the end of the month (当月末人口). */
  end: number
}

/**
 * 自然増減, 社会増減 and the rest for 総数, 日本人, 外国人.
 *
 * @category models
 * @since 0.3.0
 */
export interface Change {
  readonly total: number
  readonly japanese: number
  readonly foreign: number
}

/**
 * 世帯数 on a day.
 *
 * @category models
 * @since 0.3.0
 */
export interface Households {
  readonly total: number
  readonly japaneseOnly: number
  readonly foreignOnly: number
  readonly mixed: number
}

/**
 * Residents in an age band at a month's end, by 性別.
 *
 * @category models
 * @since 0.3.0
 */
export interface AgeBand {
  /** `0-4`, `5-9`, …, `100-` or `unknown`. */
  readonly band: string
  male: number
  female: number
  total: number
}

/**
 * The statistics of one month.
 *
 * @category models
 * @since 0.3.0
 */
export interface MonthStats {
  /** `YYYY-MM`. */
  readonly month: string
  /** First and last day. */
  readonly from: string
  readonly to: string
  readonly groups: Record<Group, GroupCounts>
  readonly natural: Change
  readonly social: Change
  readonly other: Change
  readonly households: { readonly start: Households; readonly end: Households }
  /** At the month's end. */
  readonly ageBands: ReadonlyArray<AgeBand>
}

/**
 * A record of 住民基本台帳人口移動報告: one 転入 or 転出.
 *
 * @category models
 * @since 0.3.0
 */
export interface Movement {
  /** The reporting municipality (the registry's 市町村コード). */
  readonly municipalityCode: string
  readonly direction: "in" | "out"
  /** 従前の住所地 (in) or 転出先 (out) 市区町村コード, when the record has it; absent from / to abroad. */
  readonly counterpartCode?: string
  readonly abroad: boolean
  readonly sex: "male" | "female"
  readonly birthDate: string
  readonly nationality: "japanese" | "foreign"
  readonly jiyu: IdouJiyu
  /** 異動年月 `YYYY-MM`. */
  readonly yearMonth: string
  /** 異動日. */
  readonly date: string
}

/**
 * The statistics of a period.
 *
 * @category models
 * @since 0.3.0
 */
export interface Report {
  readonly municipality: string
  readonly from: string
  readonly to: string
  readonly months: ReadonlyArray<MonthStats>
  /** The whole period: start of the first month, end of the last, flows summed. */
  readonly period: Omit<MonthStats, "month" | "ageBands"> & { readonly ageBands: ReadonlyArray<AgeBand> }
  readonly movements: ReadonlyArray<Movement>
}

/**
 * Options of {@link monthly}.
 *
 * @category models
 * @since 0.3.0
 */
export interface Options {
  /** `YYYY-MM`: the first month. */
  readonly from: string
  /** `YYYY-MM`: the last month (inclusive). */
  readonly to: string
  /** Lower bounds of the age bands (default 0, 5, …, 100). */
  readonly ageBands?: ReadonlyArray<number>
}

const MONTH = /^(\d{4})-(\d{2})$/
const pad = (n: number, w = 2) => String(n).padStart(w, "0")

/** Last day of a month as `YYYY-MM-DD`. */
const lastDay = (y: number, m: number): string =>
  `${pad(y, 4)}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`

/**
 * The months of a period (`YYYY-MM` … `YYYY-MM`) with their first and last day and the last day of
 * the month before; empty when malformed or reversed (at most 1,200 months).
 *
 * @category getters
 * @since 0.3.0
 */
export const monthsOf = (
  from: string,
  to: string
): ReadonlyArray<{
  readonly month: string
  readonly first: string
  readonly last: string
  readonly before: string
}> => {
  const a = MONTH.exec(from)
  const b = MONTH.exec(to)
  if (!a || !b) return []
  let y = Number(a[1])
  let m = Number(a[2])
  const ye = Number(b[1])
  const me = Number(b[2])
  if (m < 1 || m > 12 || me < 1 || me > 12) return []
  const out = []
  while ((y < ye || (y === ye && m <= me)) && out.length < 1200) {
    const py = m === 1 ? y - 1 : y
    const pm = m === 1 ? 12 : m - 1
    out.push({
      month: `${pad(y, 4)}-${pad(m)}`,
      first: `${pad(y, 4)}-${pad(m)}-01`,
      last: lastDay(y, m),
      before: lastDay(py, pm)
    })
    m++
    if (m === 13) {
      m = 1
      y++
    }
  }
  return out
}

interface State {
  readonly present: boolean
  readonly row: HistoryRow | undefined
  readonly record: ResidentRecord | undefined
}

const ABSENT: State = { present: false, row: undefined, record: undefined }

/** A person's rows in 異動日 order (stable). */
const timeline = (rows: ReadonlyArray<HistoryRow>): ReadonlyArray<HistoryRow> =>
  rows
    .map((r, i) => [r, i] as const)
    .sort((x, y) => (x[0].changeDate < y[0].changeDate ? -1 : x[0].changeDate > y[0].changeDate ? 1 : x[1] - y[1]))
    .map(([r]) => r)

const plannedOf = (r: ResidentRecord): string | undefined =>
  r.state === "leaving" ? r.moveOut?.planned?.date : undefined

/** The state of a person on a day: the last row on or before it. */
const stateAt = (rows: ReadonlyArray<HistoryRow>, day: string): State => {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((rows[mid] as HistoryRow).changeDate <= day) lo = mid + 1
    else hi = mid
  }
  if (lo === 0) return ABSENT
  const row = rows[lo - 1] as HistoryRow
  const r = row.snapshot
  const planned = plannedOf(r)
  const present = r.state === "current" || (r.state === "leaving" && (planned === undefined || day < planned))
  return { present, row, record: r }
}

const groupsOf = (r: ResidentRecord): ReadonlyArray<Group> => {
  const nat = r.kind === "japanese" ? "japanese" : "foreign"
  return ["total", r.sex, nat, `${nat}.${r.sex}` as Group]
}

const emptyGroup = (): GroupCounts => ({ start: 0, increase: {}, decrease: {}, movedIn: 0, movedOut: 0, end: 0 })
const emptyGroups = (): Record<Group, GroupCounts> =>
  Object.fromEntries(GROUPS.map((g) => [g, emptyGroup()])) as Record<Group, GroupCounts>

/**
 * Full years on `day` of a person born on `birth` (`YYYY-MM-DD`); undefined when either is not a full
 * date (不詳) or the day is before the birth.
 *
 * @category getters
 * @since 0.3.0
 */
export const ageOn = (birth: string, day: string): number | undefined => {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth)
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!b || !d || b[2] === "00" || b[3] === "00") return undefined
  const years = Number(d[1]) - Number(b[1]) - (`${d[2]}-${d[3]}` < `${b[2]}-${b[3]}` ? 1 : 0)
  return years < 0 ? undefined : years
}

const DEFAULT_BANDS = Array.from({ length: 21 }, (_, i) => i * 5)

const bandLabels = (bounds: ReadonlyArray<number>): ReadonlyArray<string> => [
  ...bounds.map((b, i) => (i + 1 < bounds.length ? `${b}-${(bounds[i + 1] as number) - 1}` : `${b}-`)),
  "unknown"
]

const bandIndex = (bounds: ReadonlyArray<number>, age: number | undefined): number => {
  if (age === undefined || age < (bounds[0] ?? 0)) return bounds.length
  let i = 0
  while (i + 1 < bounds.length && age >= (bounds[i + 1] as number)) i++
  return i
}

const changeOf = (
  gs: Record<Group, GroupCounts>,
  set: { readonly increase: ReadonlyArray<IdouJiyu>; readonly decrease: ReadonlyArray<IdouJiyu> } | "other"
): Change => {
  const sum = (x: Partial<Record<IdouJiyu, number>>, keep: (j: string) => boolean) =>
    Object.entries(x).reduce((n, [j, v]) => n + (keep(j) ? (v as number) : 0), 0)
  const part = (
    g: GroupCounts,
    p: { readonly increase: ReadonlyArray<IdouJiyu>; readonly decrease: ReadonlyArray<IdouJiyu> }
  ): number => {
    const inc = new Set<string>(p.increase)
    const dec = new Set<string>(p.decrease)
    return sum(g.increase, (j) => inc.has(j)) - sum(g.decrease, (j) => dec.has(j))
  }
  // その他 is the rest of the change, so that 自然 + 社会 + その他 = 増 − 減 always.
  const of = (g: GroupCounts): number =>
    set === "other"
      ? sum(g.increase, () => true) - sum(g.decrease, () => true) - part(g, NATURAL) - part(g, SOCIAL)
      : part(g, set)
  return { total: of(gs.total), japanese: of(gs.japanese), foreign: of(gs.foreign) }
}

const householdsOf = (members: Map<string, { japanese: boolean; foreign: boolean }>): Households => {
  let japaneseOnly = 0
  let foreignOnly = 0
  let mixed = 0
  for (const m of members.values()) {
    if (m.japanese && m.foreign) mixed++
    else if (m.japanese) japaneseOnly++
    else foreignOnly++
  }
  return { total: members.size, japaneseOnly, foreignOnly, mixed }
}

const addHousehold = (map: Map<string, { japanese: boolean; foreign: boolean }>, r: ResidentRecord): void => {
  const h = map.get(r.householdNumber) ?? { japanese: false, foreign: false }
  if (r.kind === "japanese") h.japanese = true
  else h.foreign = true
  map.set(r.householdNumber, h)
}

const bump = (x: Partial<Record<IdouJiyu, number>>, j: IdouJiyu): void => {
  x[j] = (x[j] ?? 0) + 1
}

/**
 * The monthly statistics of a registry over `from`…`to` (months, inclusive). A malformed or reversed
 * period gives no months.
 *
 * @category statistics
 * @since 0.3.0
 */
export const monthly = (registry: Registry, options: Options): Report => {
  const months = monthsOf(options.from, options.to)
  const bounds = (options.ageBands ?? DEFAULT_BANDS).filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => a - b)
  const ageBounds = bounds.length > 0 ? [...new Set(bounds)] : DEFAULT_BANDS
  const labels = bandLabels(ageBounds)
  const groups = months.map(() => emptyGroups())
  const hhStart = months.map(() => new Map<string, { japanese: boolean; foreign: boolean }>())
  const hhEnd = months.map(() => new Map<string, { japanese: boolean; foreign: boolean }>())
  const ages = months.map(() => labels.map((band) => ({ band, male: 0, female: 0, total: 0 })))
  const movements: Array<Movement> = []
  const first = months[0]
  const last = months[months.length - 1]
  if (first !== undefined && last !== undefined) {
    registry.persons.forEach((_p, atena) => {
      const rows = timeline(getHistory(registry, atena))
      if (rows.length === 0) return
      // The days a person's state may change inside the period: every row's 異動日 and every planned 転出予定日.
      const days = new Set<string>()
      for (const row of rows) {
        if (row.changeDate > first.before && row.changeDate <= last.last) days.add(row.changeDate)
        const planned = plannedOf(row.snapshot)
        if (planned !== undefined && planned > first.before && planned <= last.last) days.add(planned)
      }
      const sorted = [...days].sort()
      let k = 0
      months.forEach((m, i) => {
        const gs = groups[i] as Record<Group, GroupCounts>
        const s0 = stateAt(rows, m.before)
        if (s0.present && s0.record) {
          for (const g of groupsOf(s0.record)) gs[g].start++
          addHousehold(hhStart[i] as Map<string, { japanese: boolean; foreign: boolean }>, s0.record)
        }
        let prev = s0
        for (; k < sorted.length && (sorted[k] as string) <= m.last; k++) {
          const day = sorted[k] as string
          const s = stateAt(rows, day)
          if (s.present && !prev.present && s.record && s.row) {
            for (const g of groupsOf(s.record)) bump(gs[g].increase, s.row.jiyu)
            movement(registry, s.record, s.row.jiyu, day, "in", movements)
          } else if (!s.present && prev.present && prev.record && s.row) {
            // A 転出予定 reached: the 事由 is that of the 転出届 row still in force; otherwise the row that removed.
            const jiyu = s.row.jiyu
            for (const g of groupsOf(prev.record)) bump(gs[g].decrease, jiyu)
            movement(registry, s.record ?? prev.record, jiyu, day, "out", movements)
          } else if (s.present && prev.present && s.record && prev.record) {
            const before = new Set(groupsOf(prev.record))
            const after = new Set(groupsOf(s.record))
            for (const g of before) if (!after.has(g)) gs[g].movedOut++
            for (const g of after) if (!before.has(g)) gs[g].movedIn++
          }
          prev = s
        }
        const s1 = stateAt(rows, m.last)
        if (s1.present && s1.record) {
          for (const g of groupsOf(s1.record)) gs[g].end++
          addHousehold(hhEnd[i] as Map<string, { japanese: boolean; foreign: boolean }>, s1.record)
          const band = (ages[i] as Array<AgeBand>)[bandIndex(ageBounds, ageOn(s1.record.birthDate, m.last))] as AgeBand
          band[s1.record.sex]++
          band.total++
        }
      })
    })
  }
  const monthStats: Array<MonthStats> = months.map((m, i) => {
    const gs = groups[i] as Record<Group, GroupCounts>
    return {
      month: m.month,
      from: m.first,
      to: m.last,
      groups: gs,
      natural: changeOf(gs, NATURAL),
      social: changeOf(gs, SOCIAL),
      other: changeOf(gs, "other"),
      households: {
        start: householdsOf(hhStart[i] as Map<string, { japanese: boolean; foreign: boolean }>),
        end: householdsOf(hhEnd[i] as Map<string, { japanese: boolean; foreign: boolean }>)
      },
      ageBands: ages[i] as Array<AgeBand>
    }
  })
  const total = emptyGroups()
  for (const g of GROUPS) {
    const t = total[g]
    t.start = monthStats[0]?.groups[g].start ?? 0
    t.end = monthStats[monthStats.length - 1]?.groups[g].end ?? 0
    for (const m of monthStats) {
      const x = m.groups[g]
      for (const [j, v] of Object.entries(x.increase))
        t.increase[j as IdouJiyu] = (t.increase[j as IdouJiyu] ?? 0) + (v as number)
      for (const [j, v] of Object.entries(x.decrease))
        t.decrease[j as IdouJiyu] = (t.decrease[j as IdouJiyu] ?? 0) + (v as number)
      t.movedIn += x.movedIn
      t.movedOut += x.movedOut
    }
  }
  const firstStats = monthStats[0]
  const lastStats = monthStats[monthStats.length - 1]
  const noHouseholds: Households = { total: 0, japaneseOnly: 0, foreignOnly: 0, mixed: 0 }
  return {
    municipality: registry.municipality,
    from: first?.first ?? "",
    to: last?.last ?? "",
    months: monthStats,
    period: {
      from: first?.first ?? "",
      to: last?.last ?? "",
      groups: total,
      natural: changeOf(total, NATURAL),
      social: changeOf(total, SOCIAL),
      other: changeOf(total, "other"),
      households: {
        start: firstStats?.households.start ?? noHouseholds,
        end: lastStats?.households.end ?? noHouseholds
      },
      ageBands: lastStats?.ageBands ?? []
    },
    movements: movements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  }
}

const MOVES = new Set<string>([...SOCIAL.increase, ...SOCIAL.decrease])

function movement(
  registry: Registry,
  r: ResidentRecord,
  jiyu: IdouJiyu,
  day: string,
  direction: "in" | "out",
  out: Array<Movement>
): void {
  if (!MOVES.has(jiyu)) return
  const abroad = jiyu === "move-in-from-abroad" || jiyu === "move-out-abroad"
  const counterpart =
    direction === "in"
      ? r.previousAddress?.municipalityCode
      : (r.moveOut?.confirmed?.address.municipalityCode ?? r.moveOut?.planned?.address.municipalityCode)
  out.push({
    municipalityCode: registry.municipality,
    direction,
    ...(counterpart === undefined || abroad ? {} : { counterpartCode: counterpart }),
    abroad,
    sex: r.sex,
    birthDate: r.birthDate,
    nationality: r.kind === "japanese" ? "japanese" : "foreign",
    jiyu,
    yearMonth: day.slice(0, 7),
    date: day
  })
}

/**
 * Checks the balance of every group and month: `start + Σ increase − Σ decrease + movedIn − movedOut
 * === end`, and each month's start is the previous month's end. Returns the failures (empty when all
 * hold).
 *
 * @category statistics
 * @since 0.3.0
 */
export const balanceFailures = (report: Report): ReadonlyArray<string> => {
  const out: Array<string> = []
  const sum = (x: Partial<Record<IdouJiyu, number>>) => Object.values(x).reduce((n: number, v) => n + (v as number), 0)
  report.months.forEach((m, i) => {
    for (const g of GROUPS) {
      const x = m.groups[g]
      if (x.start + sum(x.increase) - sum(x.decrease) + x.movedIn - x.movedOut !== x.end) out.push(`${m.month} ${g}`)
      const prev = report.months[i - 1]
      if (prev !== undefined && prev.groups[g].end !== x.start) out.push(`${m.month} ${g} start`)
    }
  })
  return out
}
