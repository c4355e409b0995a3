/**
 * `juki stats <registry.json> --from <YYYY-MM> --to <YYYY-MM>`: 異動集計表・人口統計 (評価書 別添1(1) 6) from a
 * registry's history — monthly population, 記載/消除 by 事由, 日本人/外国人 × 男/女, 自然増減・社会増減, age
 * bands, 世帯数 — and the per-person records of 住民基本台帳人口移動報告. Writes `<out>.json` (the data),
 * `<out>.csv` (one row per month and group), `<out>-movements.csv` and `<out>.html` (tables and inline SVG
 * charts, no script).
 *
 * @since 0.3.0
 * @module
 */
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { Jiyu, Registry, Stats, type IdouJiyu } from "@juki/records"
import { Result } from "effect"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { describeSystemError, isSystemError, LIMITS, parseJson, readTextFile } from "../cli/input.js"
import { t } from "../i18n.js"
import { translator } from "@juki/core"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { barChart, csvCell, esc, page, table } from "../report/page.js"

/**
 * Options of `juki stats`.
 *
 * @category models
 * @since 0.3.0
 */
export interface StatsCommandOptions {
  /** A registry JSON file with its history (`Registry.toJSON`). */
  readonly registry: string
  /** `YYYY-MM`. */
  readonly from: string
  /** `YYYY-MM` (inclusive). */
  readonly to: string
  /** Lower bounds of the age bands (default 0, 5, …, 100). */
  readonly ageBands?: ReadonlyArray<number>
  /** Path prefix of the outputs (default `juki-stats`). */
  readonly out?: string
}

const M = {
  badMonth: {
    ja: "{0} には YYYY-MM の年月を指定してください（{1} 以前）: {2}",
    en: "{0} must be a month YYYY-MM (not after {1}): {2}"
  },
  badBands: {
    ja: "--age-bands は 0 以上の整数をカンマで区切って指定してください: {0}",
    en: "--age-bands takes whole numbers >= 0 separated by commas: {0}"
  },
  title: { ja: "異動集計表・人口統計", en: "Registry changes and population statistics" },
  summary: {
    ja: "{0}〜{1}: 期首人口 {2} 人、期末人口 {3} 人（自然増減 {4}、社会増減 {5}、その他 {6}）、期末世帯数 {7}、人口移動報告 {8} 件",
    en: "{0} to {1}: population {2} at the start, {3} at the end (natural {4}, social {5}, other {6}), {7} households, {8} movement records"
  }
} as const

const tr = /*#__PURE__*/ translator(M)
const msg = (io: Io, key: keyof typeof M, ...args: ReadonlyArray<unknown>): string => tr(io.lang, key, ...args)

const GROUP_LABEL: Record<Stats.Group, { ja: string; en: string }> = {
  total: { ja: "総数", en: "total" },
  male: { ja: "男", en: "male" },
  female: { ja: "女", en: "female" },
  japanese: { ja: "日本人", en: "Japanese" },
  "japanese.male": { ja: "日本人 男", en: "Japanese male" },
  "japanese.female": { ja: "日本人 女", en: "Japanese female" },
  foreign: { ja: "外国人", en: "foreign" },
  "foreign.male": { ja: "外国人 男", en: "foreign male" },
  "foreign.female": { ja: "外国人 女", en: "foreign female" }
}

const jiyuName = (j: IdouJiyu, io: Io) => Jiyu.info(j)[io.lang]
const sum = (x: Partial<Record<IdouJiyu, number>>) => Object.values(x).reduce((n: number, v) => n + (v ?? 0), 0)
const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

const balanceCsv = (report: Stats.Report): string => {
  const head = [
    "month",
    "group",
    "start",
    ...Jiyu.ENTRY.map((j) => `increase.${j}`),
    "increase",
    ...Jiyu.REMOVAL.map((j) => `decrease.${j}`),
    "decrease",
    "movedIn",
    "movedOut",
    "end",
    "natural",
    "social",
    "other",
    "households"
  ]
  const rows = report.months.flatMap((m) =>
    Stats.GROUPS.map((g) => {
      const x = m.groups[g]
      const change = g === "total" || g === "japanese" || g === "foreign" ? g : undefined
      return [
        m.month,
        g,
        x.start,
        ...Jiyu.ENTRY.map((j) => x.increase[j] ?? 0),
        sum(x.increase),
        ...Jiyu.REMOVAL.map((j) => x.decrease[j] ?? 0),
        sum(x.decrease),
        x.movedIn,
        x.movedOut,
        x.end,
        change ? m.natural[change] : "",
        change ? m.social[change] : "",
        change ? m.other[change] : "",
        g === "total"
          ? m.households.end.total
          : g === "japanese"
            ? m.households.end.japaneseOnly
            : g === "foreign"
              ? m.households.end.foreignOnly
              : ""
      ]
        .map(csvCell)
        .join(",")
    })
  )
  return `${head.join(",")}\n${rows.map((r) => `${r}\n`).join("")}`
}

const movementsCsv = (report: Stats.Report): string =>
  `municipalityCode,direction,counterpartCode,abroad,sex,birthDate,nationality,jiyu,yearMonth,date\n${report.movements
    .map((m) =>
      [
        m.municipalityCode,
        m.direction,
        m.counterpartCode ?? "",
        m.abroad,
        m.sex === "male" ? "1" : "2",
        m.birthDate,
        m.nationality,
        m.jiyu,
        m.yearMonth,
        m.date
      ]
        .map(csvCell)
        .join(",")
    )
    .map((r) => `${r}\n`)
    .join("")}`

const renderHtml = (report: Stats.Report, io: Io): string => {
  const ja = io.lang === "ja"
  const L = (j: string, e: string) => (ja ? j : e)
  const p = report.period
  const body: Array<string> = []
  body.push(`<p>${esc(`${report.municipality}　${report.from} 〜 ${report.to}`)}</p>`)
  body.push(
    `<h2>${esc(L("期間の増減（前月末人口 + 増 − 減 = 当月末人口）", "Balance of the period (start + increase − decrease = end)"))}</h2>`
  )
  body.push(
    table(
      [
        L("区分", "group"),
        L("期首", "start"),
        L("増", "increase"),
        L("減", "decrease"),
        L("区分変更", "regrouped"),
        L("期末", "end")
      ],
      Stats.GROUPS.map((g) => {
        const x = p.groups[g]
        return [GROUP_LABEL[g][io.lang], x.start, sum(x.increase), sum(x.decrease), x.movedIn - x.movedOut, x.end]
      })
    )
  )
  body.push(
    table(
      [L("区分", "group"), L("自然増減", "natural"), L("社会増減", "social"), L("その他", "other")],
      (["total", "japanese", "foreign"] as const).map((g) => [
        GROUP_LABEL[g][io.lang],
        signed(p.natural[g]),
        signed(p.social[g]),
        signed(p.other[g])
      ])
    )
  )
  const inc = Jiyu.ENTRY.filter((j) => (p.groups.total.increase[j] ?? 0) > 0)
  const dec = Jiyu.REMOVAL.filter((j) => (p.groups.total.decrease[j] ?? 0) > 0)
  body.push(`<h2>${esc(L("事由別の記載・消除", "記載 and 消除 by 事由"))}</h2>`)
  body.push(
    barChart(
      L("記載（増）", "記載 (increase)"),
      inc.map((j) => ({
        label: jiyuName(j, io),
        values: [p.groups.japanese.increase[j] ?? 0, p.groups.foreign.increase[j] ?? 0]
      })),
      [L("日本人", "Japanese"), L("外国人", "foreign")]
    )
  )
  body.push(
    barChart(
      L("消除（減）", "消除 (decrease)"),
      dec.map((j) => ({
        label: jiyuName(j, io),
        values: [p.groups.japanese.decrease[j] ?? 0, p.groups.foreign.decrease[j] ?? 0]
      })),
      [L("日本人", "Japanese"), L("外国人", "foreign")]
    )
  )
  body.push(`<h2>${esc(L("月別", "By month"))}</h2>`)
  body.push(
    table(
      [
        L("月", "month"),
        L("前月末人口", "start"),
        L("増", "increase"),
        L("減", "decrease"),
        L("当月末人口", "end"),
        L("自然増減", "natural"),
        L("社会増減", "social"),
        L("その他", "other"),
        L("世帯数", "households")
      ],
      report.months.map((m) => [
        m.month,
        m.groups.total.start,
        sum(m.groups.total.increase),
        sum(m.groups.total.decrease),
        m.groups.total.end,
        signed(m.natural.total),
        signed(m.social.total),
        signed(m.other.total),
        m.households.end.total
      ])
    )
  )
  body.push(
    barChart(
      L("月別の自然増減・社会増減（絶対値）", "natural and social change by month (absolute)"),
      report.months.map((m) => ({ label: m.month, values: [m.natural.total, m.social.total] })),
      [L("自然増減", "natural"), L("社会増減", "social")]
    )
  )
  body.push(`<h2>${esc(L("年齢別人口（期末）", "Population by age (end of the period)"))}</h2>`)
  body.push(
    barChart(
      L("年齢階級別", "by age band"),
      p.ageBands
        .filter((b) => b.total > 0)
        .map((b) => ({ label: b.band === "unknown" ? L("不詳", "unknown") : b.band, values: [b.male, b.female] })),
      [L("男", "male"), L("女", "female")]
    )
  )
  body.push(
    `<h2>${esc(L("世帯数（期末）", "Households (end of the period)"))}</h2>` +
      table(
        [L("総数", "total"), L("日本人のみ", "Japanese only"), L("外国人のみ", "foreign only"), L("混合", "mixed")],
        [[p.households.end.total, p.households.end.japaneseOnly, p.households.end.foreignOnly, p.households.end.mixed]]
      )
  )
  body.push(
    `<p class="note">${esc(
      L(
        `住民基本台帳人口移動報告の個票 ${report.movements.length} 件は CSV にあります。自然増減 = 出生 − 死亡、社会増減 = 転入（国外から含む）− 転出（国外へ含む）、その他 = 職権記載・消除、帰化など（この区分は juki のもので、公式の集計区分は確認できていません）。`,
        `The ${report.movements.length} records of 住民基本台帳人口移動報告 are in the CSV. Natural = 出生 − 死亡; social = 転入 (incl. from abroad) − 転出 (incl. abroad); other = 職権記載/消除, 帰化 … (juki's split; the official categories were not verified).`
      )
    )}</p>`
  )
  return page(io.lang, msg(io, "title"), body.join("\n"))
}

/**
 * Computes and writes the statistics. Exit 0 when written, 2 on usage or I/O errors.
 *
 * @category commands
 * @since 0.3.0
 */
export const statsCommandRun = async (options: StatsCommandOptions, io: Io): Promise<ExitCode> => {
  for (const [name, v] of [
    ["--from", options.from],
    ["--to", options.to]
  ] as const)
    if (Stats.monthsOf(v, v).length !== 1) throw new UsageError(msg(io, "badMonth", name, options.to, v), true)
  if (Stats.monthsOf(options.from, options.to).length === 0)
    throw new UsageError(msg(io, "badMonth", "--from", options.to, options.from), true)
  const data = parseJson(readTextFile(options.registry, io.cwd, io.lang, LIMITS.items).text, options.registry, io.lang)
  const r = Registry.fromJSON(data as never)
  if (Result.isFailure(r)) {
    const first = r.failure[0]
    throw new UsageError(
      t(io.lang, "badRegistry", options.registry, `${first?.code ?? ""} ${first?.messageIn(io.lang) ?? ""}`.trim())
    )
  }
  const report = Stats.monthly(r.success, {
    from: options.from,
    to: options.to,
    ...(options.ageBands ? { ageBands: options.ageBands } : {})
  })
  const prefix = resolve(io.cwd, options.out ?? "juki-stats")
  const files = [`${prefix}.json`, `${prefix}.csv`, `${prefix}-movements.csv`, `${prefix}.html`] as const
  try {
    writeFileSync(files[0], `${JSON.stringify(report, null, 2)}\n`)
    writeFileSync(files[1], balanceCsv(report))
    writeFileSync(files[2], movementsCsv(report))
    writeFileSync(files[3], renderHtml(report, io))
  } catch (e) {
    if (isSystemError(e)) throw new UsageError(describeSystemError(e, io.lang, io.cwd, undefined, true))
    throw e
  }
  const p = report.period
  io.err(
    `${msg(io, "summary", report.from, report.to, p.groups.total.start, p.groups.total.end, signed(p.natural.total), signed(p.social.total), signed(p.other.total), p.households.end.total, report.movements.length)}\n`
  )
  io.err(`${t(io.lang, "wrote", files.join(", "))}\n`)
  return 0
}

/**
 * The `stats` command.
 *
 * @category commands
 * @since 0.3.0
 */
export const statsCommand: CommandSpec = {
  name: "stats",
  summary: {
    ja: "台帳の履歴から異動集計表・人口統計と人口移動報告の個票を作る",
    en: "registry change tables, population statistics and 人口移動報告 records from a registry's history"
  },
  usage: {
    ja: "<台帳.json> --from <YYYY-MM> --to <YYYY-MM> [オプション]",
    en: "<registry.json> --from <YYYY-MM> --to <YYYY-MM> [options]"
  },
  options: [
    {
      name: "from",
      type: "string",
      value: { ja: "<YYYY-MM>", en: "<YYYY-MM>" },
      description: { ja: "最初の月（必須）", en: "first month (required)" },
      example: "--from 2025-04"
    },
    {
      name: "to",
      type: "string",
      value: { ja: "<YYYY-MM>", en: "<YYYY-MM>" },
      description: { ja: "最後の月（必須、この月を含む）", en: "last month (required, inclusive)" },
      example: "--to 2026-03"
    },
    {
      name: "age-bands",
      type: "string",
      value: { ja: "<下限,…>", en: "<lower,…>" },
      description: { ja: "年齢階級の下限（既定: 0,5,…,100）", en: "lower bounds of the age bands (default 0,5,…,100)" },
      example: "--age-bands 0,15,65,75"
    },
    {
      name: "out",
      short: "o",
      type: "string",
      value: { ja: "<接頭辞>", en: "<prefix>" },
      description: {
        ja: "出力先（<接頭辞>.json / .csv / -movements.csv / .html、既定: juki-stats）",
        en: "outputs <prefix>.json / .csv / -movements.csv / .html (default: juki-stats)"
      },
      example: "--out 2025-stats"
    }
  ],
  examples: [
    {
      command: "juki stats registry.json --from 2025-04 --to 2026-03",
      ja: "年度の月別集計を juki-stats.{json,csv,html} と juki-stats-movements.csv に書く",
      en: "monthly statistics of a fiscal year into juki-stats.{json,csv,html} and juki-stats-movements.csv"
    }
  ],
  notes: {
    ja: "異動日（異動年月日）で集計します。転出予定は転出予定日に消除として数えます。すべての区分で 前月末人口 + 増 − 減 = 当月末人口 が成り立ちます（性別などの訂正による区分の移動は「区分変更」に数えます）。",
    en: "Counted by 異動日. A 転出予定 counts as 消除 on its planned day. For every group, start + increase − decrease = end (a 性別 or similar correction moves a person between groups and counts as regrouped)."
  },
  run: async (args, io) => {
    const [registry, ...extra] = args.positionals
    if (!registry)
      throw new UsageError(t(io.lang, "missingArgument", io.lang === "ja" ? "<台帳.json>" : "<registry.json>"), true)
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    const from = stringOption(args, "from")
    const to = stringOption(args, "to")
    if (!from || !to) throw new UsageError(t(io.lang, "missingArgument", "--from <YYYY-MM> --to <YYYY-MM>"), true)
    const bands = stringOption(args, "age-bands")
    let ageBands: Array<number> | undefined
    if (bands !== undefined) {
      if (!/^\d{1,3}(,\d{1,3})*$/.test(bands)) throw new UsageError(msg(io, "badBands", bands), true)
      ageBands = bands.split(",").map(Number)
    }
    const out = stringOption(args, "out")
    return statsCommandRun({ registry, from, to, ...(ageBands ? { ageBands } : {}), ...(out ? { out } : {}) }, io)
  }
}
