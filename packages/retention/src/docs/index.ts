/**
 * Renders the retention policies as Markdown: the source of `docs/retention.md`
 * (written by `scripts/gen-retention-docs.mjs`; a test fails when the file is
 * stale).
 *
 * **When to use**
 *
 * Use {@link renderRetentionDocs} to publish the rules a system applies, e.g. in
 * an audit appendix, or {@link renderPolicyTable} for the table alone.
 *
 * **Details**
 *
 * Every number in the output is computed from the policy data and the
 * evaluation functions of this package (the cut-off derivation included), so
 * the document cannot drift from the code.
 *
 * **Gotchas**
 *
 * `docs/retention.md` is written from the built package: rebuild before running
 * `scripts/gen-retention-docs.mjs`, or the file will describe the last build.
 *
 * **Example**
 *
 * ```ts
 * import { renderPolicyTable } from "@juki/retention"
 *
 * renderPolicyTable().split("\n")[0]
 * // => "| Kind | Record | Period | Start | Basis | Verified |"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, type LegalBasis } from "@juki/core"
import { Result } from "effect"
import { evaluate } from "../evaluate/index.js"
import * as Period from "../period/index.js"
import {
  COVERED_FROM,
  defaultSettings,
  EXTENSION_DAY,
  overrides,
  policies,
  type RecordKind,
  type RetentionSettings
} from "../policy/index.js"

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")
const cites = (basis: ReadonlyArray<LegalBasis>): string => basis.map((b) => b.cite).join("; ")
const verified = (basis: ReadonlyArray<LegalBasis>): string =>
  basis.every((b) => b.verified)
    ? "yes"
    : `**no** — ${basis
        .filter((b) => !b.verified)
        .map((b) => (b.note ?? b.cite).replace(/^UNVERIFIED: /, ""))
        .join("; ")}`

/**
 * The counting table: for every regime, the words of the provision, how juki
 * counts them (初日不算入 under 民法140条, or 初日算入 for 「起算して」), a worked
 * example computed by `Period.lastDay`, and where the words were read.
 *
 * @category formatting
 * @since 0.2.0
 */
export const renderCountingTable = (): string => {
  const rows = [
    "| Regime | Words of the provision | Reading | Example | Source | Verified |",
    "|---|---|---|---|---|---|"
  ]
  for (const p of policies) {
    for (const r of p.timeline) {
      const w = r.wording
      const example =
        r.period.unit === "forever"
          ? "—"
          : `${p.start.ja} 2000-01-01 → ${Period.lastDay("2000-01-01", r.period) ?? "—"}まで保存`
      rows.push(
        `| \`${r.id}\` | 「${cell(w.text)}」 | ${cell(w.reading.ja)}<br>${cell(w.reading.en)} | ${cell(example)} | ${cell(w.source)} | ${w.verified ? "yes" : "**no**"} |`
      )
    }
  }
  return rows.join("\n")
}

/**
 * The policy table: one row per regime of every {@link RecordKind} and one per
 * 除票 archive move, with kind, record, period, start, basis and verified flag.
 *
 * @category formatting
 * @since 0.1.0
 */
export const renderPolicyTable = (): string => {
  const rows = ["| Kind | Record | Period | Start | Basis | Verified |", "|---|---|---|---|---|---|"]
  for (const p of policies) {
    p.timeline.forEach((r, i) => {
      const when = r.enabledBy !== undefined ? ` (only with ${r.enabledBy}: "johyo-cutoff")` : ""
      const nextFrom = p.timeline[i + 1]?.from
      const until = nextFrom === undefined || nextFrom === null ? "" : ` until ${Calendar.addDays(nextFrom, -1)}`
      const from = (r.from === null ? "" : ` from ${r.from}`) + until
      const setting = p.setting === null ? "" : ` (setting \`${p.setting}\`)`
      rows.push(
        `| \`${p.kind}\` | ${cell(p.label.ja)} | ${Period.format(r.period, "ja")}${from}${when}${setting}: ${cell(r.note.en)} | ${cell(p.start.ja)} | ${cell(cites(r.basis))} | ${cell(verified(r.basis))} |`
      )
    })
    if (p.archive !== null) {
      const a = p.archive
      rows.push(
        `| \`${p.kind}\` (archive) | ${cell(p.label.ja)}: 除票DBへの移行 | ${Period.format(a.period, "ja")} (setting \`${a.setting}\`): ${cell(a.note.en)} | ${cell(p.start.ja)} | ${cell(cites(a.basis))} | ${cell(verified(a.basis))} |`
      )
    }
  }
  return rows.join("\n")
}

const lastOf = (kind: RecordKind, start: string, asOf: string, settings?: RetentionSettings) => {
  const r = evaluate({ kind, start }, asOf, settings)
  return Result.isSuccess(r) ? r.success : undefined
}

const line = (kind: RecordKind, start: string, asOf: string, settings?: RetentionSettings): string => {
  const e = lastOf(kind, start, asOf, settings)
  if (e === undefined) return `| \`${kind}\` | ${start} | (invalid) | | |`
  const next = e.lastRetainedDay === null ? "—" : Calendar.addDays(e.lastRetainedDay, 1)
  return `| \`${kind}\` | ${start} | ${e.lastRetainedDay ?? "—"} | ${next} | ${e.status} on ${asOf} (\`${e.regime.id}\`) |`
}

/**
 * The whole of `docs/retention.md`: the policy table, municipality overrides,
 * settings, the period convention with the derivation of the 2014-06-20
 * cut-off, and worked boundary examples.
 *
 * @category formatting
 * @since 0.1.0
 */
export const renderRetentionDocs = (): string => {
  const ext = EXTENSION_DAY
  const y5 = Period.years(5)
  const d19 = Period.lastDay("2014-06-19", y5)
  const d20 = Period.lastDay("2014-06-20", y5)
  const d20long = Period.lastDay("2014-06-20", Period.years(150))
  const firstDay = (d: string | null | undefined) => (typeof d === "string" ? Calendar.addDays(d, 1) : "—")
  const kagoshima10 = Period.lastDay("2009-06-20", Period.years(10))
  const settingsRows = [
    [
      "tenshutsuCertificateDays",
      String(defaultSettings.tenshutsuCertificateDays),
      "days after the 転出予定年月日 a received 転出証明書情報 is kept (seed 別添1 3-③)"
    ],
    [
      "deliveryAddressDays",
      String(defaultSettings.deliveryAddressDays),
      "days after sending a 送付先情報 is kept (seed: delete promptly)"
    ],
    [
      "operationLogYears",
      String(defaultSettings.operationLogYears),
      "years operation logs are kept; `null` = 永年 (seed III-3)"
    ],
    [
      "archiveAfterYears",
      String(defaultSettings.archiveAfterYears),
      "years before a 除票 moves to the 除票 database (標準仕様 1.1.5, 9.3)"
    ],
    [
      "csTransition",
      `"${defaultSettings.csTransition}"`,
      "`none`: every CS and 附票 CS image 150 years (safe); `johyo-cutoff`: apply the 除票 transition (UNVERIFIED)"
    ],
    ["override", String(defaultSettings.override), "a municipality's longer former 除票 rule, e.g. `Kagoshima`"]
  ]
  const out: Array<string> = [
    "# Retention periods (`@juki/retention`)",
    "",
    "<!-- Generated by scripts/gen-retention-docs.mjs from packages/retention/src (policy data and evaluate). Do not edit by hand. -->",
    "",
    "How long each record of the resident registry is kept, from which event, on which basis. Rows marked",
    "UNVERIFIED rest on municipal practice or on facts not confirmed against the text of the law: juki makes",
    "them settings and documents them, it never presents them as law.",
    "",
    "## Policies",
    "",
    renderPolicyTable(),
    "",
    "## Municipality overrides",
    "",
    "| Id | Municipality | Former local period | Covered from (消除/改製 on or after) | Basis | Verified |",
    "|---|---|---|---|---|---|",
    ...overrides.map(
      (o) =>
        `| \`${o.id}\` | ${o.name.ja} | ${Period.format(o.formerPeriod, "ja")} | ${o.coveredFrom} | ${cell(cites(o.basis))} | ${cell(verified(o.basis))} |`
    ),
    "",
    "An override can only keep more than the law: a 除票 the law covers stays covered, and no 除票 is reported",
    `as kept under a former rule on or after ${ext}.`,
    "",
    "## Settings",
    "",
    "| Setting | Default | Meaning |",
    "|---|---|---|",
    ...settingsRows.map(([k, v, m]) => `| \`${k}\` | ${v} | ${m} |`),
    "",
    "## How each 項 of 令34条 is counted",
    "",
    "Each period is counted from the words of its own provision. A bare 「…の日から…年間」 (1項 and 4項) is",
    "民法140条: the event day is not counted. 「…の日から起算して…を経過する日」 (2項 and 3項) names that day",
    "itself as the first day of the period (初日算入, the usual meaning of 「起算して」 in statutes), so a",
    "本人確認情報 notified on 2000-01-01 is kept through 2149-12-31, while a 除票 消除 on 2000-01-01 would be",
    `kept through ${Period.lastDay("2000-01-01", Period.years(150))}. Both then end the day before the 応当日 (民法143条2項) or, when there is`,
    "none, on the last day of that month (ただし書).",
    "",
    renderCountingTable(),
    "",
    "### The rule in force on the evaluation day",
    "",
    `\`evaluate\` applies the regime in force on \`asOf\`: before ${ext} a 除票 is counted with the former`,
    "5 years even when it is later covered by the 150-year rule (a 2014-06-20 除票 evaluated on 2019-06-19 shows",
    `\`rei34-1.former-5y\` and ${d20}; on ${ext} it shows \`rei34-1.150y\` and ${d20long}). No purge decision`,
    "depends on it: a 除票 whose former period ended before the evaluation day was not covered anyway. The",
    "transitional provision (附則 of the amending 政令 of 令和元年) was not read: its basis is marked UNVERIFIED.",
    "",
    "## Period convention (民法140条, 141条, 143条)",
    "",
    "The events that start a period (消除, 受理, 送付) happen during a day, so:",
    "",
    "1. 民法140条: the day of the event is not counted; the period starts on the next day (起算日). Where the",
    "   provision says 「起算して」 (令34条2項・3項), the event day itself is the 起算日 (see above).",
    "2. 民法143条2項: a period in years ends at the end of the day before the day of the last year that",
    "   corresponds to the 起算日 (応当日).",
    "3. 民法143条2項 ただし書: when there is no corresponding day (29 February in a common year), the period",
    "   ends on the last day of that month.",
    "4. 民法141条: the period ends at the end of its last day, so that day is still retained; the record may be",
    "   erased from the next day. `lastRetainedDay` is that last day.",
    "5. A period in days ends `N` days after the event (30日後 of a 転出予定日 is the 30th day after it).",
    "",
    "For years this is usually the same month and day `N` years after the event, with one exception:",
    `an event on 28 February of a common year whose last year is a leap year. A 5-year period from 2015-02-28`,
    `starts on 2015-03-01 and ends on ${Period.lastDay("2015-02-28", y5)}, one day later than \`addYears("2015-02-28", 5)\`.`,
    "",
    "### Derivation of the 2014-06-20 cut-off",
    "",
    `The 150-year rule of 住民基本台帳法施行令 第34条第1項 came into force on ${ext}. A 除票 is covered only`,
    "if its 5-year period under the former rule had not ended on that day.",
    "",
    `- 消除 on **2014-06-19**: 起算日 ${Calendar.addDays("2014-06-19", 1)}; 応当日 ${firstDay(d19)}; last retained day **${d19}**. The period`,
    `  ended at the end of ${d19}, the day before the new rule: not covered. juki reports it as`,
    "  `expired-under-former-rule` with `lastRetainedDay` " + `${d19}.`,
    `- 消除 on **2014-06-20**: 起算日 ${Calendar.addDays("2014-06-20", 1)}; 応当日 ${firstDay(d20)}; last retained day **${d20}**, the very day`,
    `  the new rule came into force, so the period was still running: covered. Under 150 years its last`,
    `  retained day is **${d20long}** (応当日 ${firstDay(d20long)}); it may be erased from ${firstDay(d20long)}.`,
    `- Hence the first covered 消除 day is **${COVERED_FROM}**, the date published by 佐久市, 豊川市, 松戸市,`,
    "  愛川町 and 都城市. Counting the first day instead (初日算入) would end the period of a 2014-06-20 消除 on",
    "  2019-06-19 and move the cut-off to 2014-06-21, which contradicts every published date: the published",
    "  cut-off confirms the convention above.",
    `- 鹿児島市 kept 除票 10 years and publishes 平成21年6月21日 (2009-06-21). By the convention above a 10-year`,
    `  period from 2009-06-20 would end on ${kagoshima10} and be covered, so the city's date is one day later`,
    "  than 民法140条 counting gives (it seems to count the first day). juki uses the published date as data",
    "  (UNVERIFIED how the city counts) and never keeps a 除票 under a former rule into " + `${ext}.`,
    "",
    "## Boundary examples",
    "",
    "Computed by `evaluate` with the default settings. The record may be erased from the day in the fourth",
    "column; on the last retained day it must still be kept.",
    "",
    "| Kind | Start | Last retained day | Erasable from | Status |",
    "|---|---|---|---|---|",
    line("juminhyo-johyo", "2014-06-19", "2019-06-20"),
    line("juminhyo-johyo", "2014-06-20", "2019-06-20"),
    line("juminhyo-johyo", "2015-02-28", "2019-06-20"),
    line("fuhyo-johyo", "2018-02-28", "2019-06-20"),
    line("juminhyo-johyo", "2014-06-20", "2019-06-19"),
    line("cs-superseded", "2000-01-01", "2019-06-20"),
    line("cs-superseded", "2010-04-01", "2019-06-20"),
    line("cs-deleted", "2024-02-29", "2025-01-01"),
    line("fuhyo-cs-superseded", "2000-01-01", "2150-01-01"),
    line("fuhyo-cs-deleted", "2022-03-01", "2025-01-01"),
    line("paper", "2024-02-29", "2025-03-01"),
    line("tenshutsu-certificate-info", "2025-03-01", "2025-03-31"),
    line("delivery-address", "2025-05-01", "2025-05-02"),
    line("operation-log", "2000-01-01", "2025-01-01"),
    ""
  ]
  return out.join("\n")
}
