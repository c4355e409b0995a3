/**
 * `juki registry load | apply | check`: the registry in a store, from the
 * command line. Wired into `@juki/cli`; usable on its own with any output.
 *
 * - `juki registry load <registry.json> [--store URL]` — a registry in its
 *   plain-JSON form (`Registry.fromJSON`, every rule checked) into the store;
 *   `--synthetic N` loads N synthetic residents instead (streamed);
 *   `--layout <name|layout.json>` reads a fixed-length or CSV file of 住民票
 *   rows (`Layout`; CSV when the name ends in `.csv`), streamed, in two
 *   passes: nothing is loaded unless every row is a 住民票.
 * - `juki registry apply <events.json|.jsonl> [--store URL] [--group N]` —
 *   異動 (`Event` JSON; an array, JSON Lines, or `{ "id", "event" }` items)
 *   through the store; a re-run skips the events already decided.
 * - `juki registry check [--store URL]` — every record, 世帯 and registry
 *   rule over the whole store, streamed 世帯 by 世帯.
 *
 * `--store` (or `JUKI_STORE_URL`): `postgres://…` for a PostgreSQL server,
 * `pglite:<dir>` for embedded PGlite kept in a directory (default
 * `pglite:./juki-store`). Progress goes to stderr; identifiers in messages are
 * masked.
 *
 * @since 0.1.0
 * @module
 */
import { createReadStream, readFileSync, statSync } from "node:fs"
import { basename, resolve } from "node:path"
import { parseArgs } from "node:util"
import type { JukiError } from "@juki/core"
import { Event, Registry, resolveOptions, rules, type RecordRule, type ResidentRecord } from "@juki/records"
import { Effect, type Layer, Result, Stream } from "effect"
import { parseLayout, type LayoutSpec } from "@juki/formats"
import * as Apply from "../apply/index.js"
import * as Layout from "../layout/index.js"
import { layerPg, layerPglite } from "../sql/index.js"
import { Store } from "../store/index.js"
import * as Synthetic from "../synthetic/index.js"

/**
 * Where the command writes.
 *
 * @category models
 * @since 0.1.0
 */
export interface CliIo {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly cwd: string
  readonly lang: "ja" | "en"
  readonly env?: Readonly<Record<string, string | undefined>>
}

/**
 * The store layer for a `--store` value.
 *
 * @category constructors
 * @since 0.1.0
 */
export const storeLayer = (spec: string, cwd: string): Layer.Layer<Store, unknown> => {
  if (spec.startsWith("postgres://") || spec.startsWith("postgresql://")) return layerPg(spec)
  if (spec === "pglite:memory") return layerPglite()
  if (spec.startsWith("pglite:")) return layerPglite(resolve(cwd, spec.slice("pglite:".length)))
  throw new Error(`--store: expected postgres://… or pglite:<dir>, got ${spec.replace(/:[^@/]*@/, ":***@")}`)
}

const mask = (s: string): string => (s.length <= 4 ? s : `${"*".repeat(s.length - 4)}${s.slice(-4)}`)

const USAGE = {
  ja: `使い方: juki registry <load|apply|check> [--store postgres://…|pglite:<dir>]
  load <registry.json> | --synthetic <人数>   台帳（平文JSON）を読み込む
  load <住民票.csv|固定長> --layout <名前|layout.json>   固定長・CSVの住民票ファイルを読み込む
  apply <events.json|.jsonl> [--group N]       異動を順に適用（判定済みは飛ばす）
  check                                        台帳全体を検査（世帯ごとに流し読み）
`,
  en: `usage: juki registry <load|apply|check> [--store postgres://…|pglite:<dir>]
  load <registry.json> | --synthetic <residents>   load a registry (plain JSON) into the store
  load <rows.csv|fixed> --layout <name|layout.json> load a fixed-length or CSV file of 住民票 rows
  apply <events.json|.jsonl> [--group N]           apply 異動 in order (decided ones are skipped)
  check                                            check the whole store (streamed 世帯 by 世帯)
`
}

/**
 * Reads events from a JSON array, JSON Lines, or `{ id, event }` items;
 * ids default to `<file>#<line or index>`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const readEvents = (
  file: string,
  text: string
): { readonly inputs: Array<Apply.Input>; readonly problems: Array<string> } => {
  const name = basename(file)
  const items: Array<unknown> = text.trimStart().startsWith("[")
    ? (JSON.parse(text) as Array<unknown>)
    : text.split("\n").flatMap((l) => (l.trim() === "" ? [] : [JSON.parse(l) as unknown]))
  const inputs: Array<Apply.Input> = []
  const problems: Array<string> = []
  items.forEach((it, i) => {
    const wrapped = typeof it === "object" && it !== null && "event" in it && "id" in it
    const raw = wrapped ? (it as { event: unknown }).event : it
    const id = wrapped ? String((it as { id: unknown }).id) : `${name}#${i + 1}`
    const d = Event.decode(raw)
    if (Result.isFailure(d)) problems.push(`${id}: ${d.failure.code}`)
    else inputs.push({ id, event: d.success })
  })
  return { inputs, problems }
}

const recordRules = (): ReadonlyArray<RecordRule> => rules.filter((r) => r.onRecord !== undefined)
const householdRules = (): ReadonlyArray<RecordRule> => rules.filter((r) => r.onHousehold !== undefined)
// Registry-wide rules run 世帯 by 世帯; the one that needs the whole registry (one present record per person) is
// answered by the store (`duplicates`).
const GLOBAL = "records.registry.unique-person"
const registryRules = (): ReadonlyArray<RecordRule> =>
  rules.filter((r) => r.onRegistry !== undefined && r.id !== GLOBAL)

/**
 * Checks every rule over a whole store, 世帯 by 世帯, holding one 世帯 at a
 * time. Calls `report` for each violation with the (masked) 宛名番号.
 *
 * @category constructors
 * @since 0.1.0
 */
export const checkStore = (
  report: (v: JukiError, atenaNumber: string | undefined) => void,
  onProgress?: (persons: number) => void
) =>
  Effect.gen(function* () {
    const store = yield* Store
    const o = resolveOptions()
    const rr = recordRules()
    const hr = householdRules()
    const gr = registryRules()
    let persons = 0
    let households = 0
    let violations = 0
    let group: Array<{ record: ResidentRecord; history: ReadonlyArray<import("@juki/records").HistoryRow> }> = []
    const flush = () => {
      if (group.length === 0) return
      households++
      const records = group.map((g) => g.record)
      const history: Record<string, ReadonlyArray<import("@juki/records").HistoryRow>> = {}
      for (const g of group) history[g.record.atenaNumber] = g.history
      for (const rec of records) {
        const ctx = {
          options: o,
          asOf: undefined,
          path: ["records"],
          isNew: false,
          isNewHousehold: false,
          before: undefined
        }
        for (const r of rr)
          for (const v of (r.onRecord as NonNullable<RecordRule["onRecord"]>)(rec, ctx)) {
            violations++
            report(v, rec.atenaNumber)
          }
      }
      const present = records.filter((r) => Registry.isPresent(r))
      if (present.length > 0)
        for (const r of hr)
          for (const v of (r.onHousehold as NonNullable<RecordRule["onHousehold"]>)(
            (present[0] as ResidentRecord).householdNumber,
            present,
            { options: o, asOf: undefined, path: ["household"] }
          )) {
            violations++
            report(v, (present[0] as ResidentRecord).atenaNumber)
          }
      for (const r of gr)
        for (const v of (r.onRegistry as NonNullable<RecordRule["onRegistry"]>)({ options: o, records, history })) {
          violations++
          const at = v.path[1]
          report(v, typeof at === "string" ? at : typeof at === "number" ? records[at]?.atenaNumber : undefined)
        }
      group = []
    }
    // The next pages are fetched while one is checked (two pages ahead at most: memory stays flat).
    yield* Stream.runForEachArray(store.persons.pipe(Stream.bufferArray({ capacity: 2 })), (page) =>
      Effect.sync(() => {
        for (const p of page) {
          if (
            group.length > 0 &&
            (group[0] as { record: ResidentRecord }).record.householdNumber !== p.record.householdNumber
          )
            flush()
          group.push({ record: p.record, history: p.history })
          persons++
          if (persons % 10_000 === 0) onProgress?.(persons)
        }
      })
    )
    flush()
    onProgress?.(persons)
    const unique = rules.find((r) => r.id === GLOBAL)
    const dups = yield* store.duplicates
    if (unique !== undefined)
      for (const d of dups) {
        violations++
        const { makeError } = yield* Effect.promise(() => import("@juki/core"))
        const name = d.kind === "r" ? "residentCode" : d.kind === "m" ? "myNumber" : "cardNumber"
        const nameJa = d.kind === "r" ? "住民票コード" : d.kind === "m" ? "個人番号" : "在留カード等番号"
        report(
          makeError(unique, { path: ["records"], params: { matchedBy: name, matchedByJa: nameJa } }),
          d.atenaNumbers[0]
        )
      }
    return { persons, households, violations }
  })

const MAX_LAYOUT_BYTES = 1 << 20

/** `--layout`: a layout name of {@link Layout.layouts} or a JSON layout file (data only, at most 1 MiB, validated). */
const resolveLayout = (spec: string, cwd: string, ja: boolean): LayoutSpec => {
  const named = Layout.layouts.get(spec)
  if (named !== undefined) return named
  if (!/\.json$/i.test(spec))
    throw new Error(
      ja
        ? `--layout: レイアウト名（${[...Layout.layouts.keys()].join(", ")}）または JSON ファイルを指定してください: ${spec}`
        : `--layout: a layout name (${[...Layout.layouts.keys()].join(", ")}) or a JSON file, got ${spec}`
    )
  const path = resolve(cwd, spec)
  if (statSync(path).size > MAX_LAYOUT_BYTES) throw new Error(`--layout: ${spec} > 1 MiB`)
  const r = parseLayout(readFileSync(path, "utf8"))
  if (Result.isFailure(r)) {
    const first = r.failure[0]
    throw new Error(`--layout ${spec}: ${first?.code ?? ""} ${first?.messageIn(ja ? "ja" : "en") ?? ""}`.trim())
  }
  return r.success
}

const loadLayoutFile = async (
  path: string,
  layoutSpec: string,
  io: CliIo,
  run: <A>(eff: Effect.Effect<A, unknown, Store>) => Promise<A>
): Promise<0 | 1 | 2> => {
  const ja = io.lang === "ja"
  const layout = resolveLayout(layoutSpec, io.cwd, ja)
  // A layout without byte widths can only be CSV, whatever the file is called.
  const format =
    path.toLowerCase().endsWith(".csv") || layout.fields.some((f) => f.length === undefined) ? "csv" : "fixed"
  const rows = () => Layout.readRows(layout, createReadStream(path), format)
  // First pass: every row must read as a 住民票; nothing is loaded otherwise.
  let count = 0
  let bad = 0
  let municipality: string | undefined
  const shown = 20
  for await (const row of rows()) {
    count++
    if (row.value === undefined) {
      if (bad++ < shown)
        for (const p of row.problems.slice(0, 3))
          io.err(`${ja ? "レコード" : "record"} ${row.record}: ${p.code} ${p.messageIn(io.lang)}\n`)
    } else municipality ??= row.value.address.municipalityCode
  }
  if (bad > 0 || municipality === undefined) {
    io.err(
      count === 0
        ? ja
          ? `${path}: 住民票の行がないため、読み込みませんでした\n`
          : `not loaded: ${path} has no 住民票 rows\n`
        : ja
          ? `${count} 件中 ${bad} 件が住民票として読めないため、読み込みませんでした\n`
          : `not loaded: ${bad} of ${count} rows are not 住民票\n`
    )
    return 1
  }
  // Second pass: streamed into the store (indexes built after); the rules run with `juki registry check`.
  const done = await run(
    Effect.gen(function* () {
      const store = yield* Store
      return yield* store.loadRecords(
        municipality as string,
        (async function* () {
          for await (const row of rows()) if (row.value !== undefined) yield row.value
        })(),
        (n) => io.err(`\r${ja ? "読込" : "loaded"} ${n.toLocaleString("en-US")}`)
      )
    })
  )
  io.err("\n")
  io.out(
    ja
      ? `${done.toLocaleString()} 人を読み込みました（規則の検査: juki registry check）\n`
      : `loaded ${done.toLocaleString()} persons (check the rules with juki registry check)\n`
  )
  return 0
}

/**
 * Runs `juki registry …`. Returns the exit code: 0 done (check: no
 * violation), 1 violations or rejected events, 2 usage or store problems.
 *
 * @category commands
 * @since 0.1.0
 */
export const runRegistry = async (argv: ReadonlyArray<string>, io: CliIo): Promise<0 | 1 | 2> => {
  const ja = io.lang === "ja"
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        store: { type: "string" },
        synthetic: { type: "string" },
        layout: { type: "string" },
        group: { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
        "max-problems": { type: "string" }
      }
    })
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n${USAGE[io.lang]}`)
    return 2
  }
  const [sub, ...rest] = parsed.positionals
  const v = parsed.values
  if (v.help === true || sub === undefined) {
    io.out(USAGE[io.lang])
    return sub === undefined && v.help !== true ? 2 : 0
  }
  const spec = v.store ?? io.env?.["JUKI_STORE_URL"] ?? "pglite:./juki-store"
  let layer: Layer.Layer<Store, unknown>
  try {
    layer = storeLayer(spec, io.cwd)
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
  const progress = (label: string) => (n: number) => io.err(`\r${label} ${n.toLocaleString("en-US")}`)
  const run = <A>(eff: Effect.Effect<A, unknown, Store>): Promise<A> =>
    Effect.runPromise(Effect.provide(eff, layer) as Effect.Effect<A>)
  try {
    switch (sub) {
      case "load": {
        if (v.synthetic !== undefined) {
          const n = Number(v.synthetic)
          if (!Number.isInteger(n) || n < 1) throw new Error(`--synthetic ${v.synthetic}`)
          const done = await run(
            Effect.gen(function* () {
              return yield* (yield* Store).loadRecords(
                Synthetic.MUNICIPALITY,
                Synthetic.residents(n),
                progress(ja ? "読込" : "loaded")
              )
            })
          )
          io.err("\n")
          io.out(
            ja
              ? `合成住民 ${done.toLocaleString()} 人を読み込みました\n`
              : `loaded ${done.toLocaleString()} synthetic residents\n`
          )
          return 0
        }
        const file = rest[0]
        if (file === undefined) throw new Error(ja ? "ファイルを指定してください" : "a registry JSON file is required")
        if (v.layout !== undefined) return await loadLayoutFile(resolve(io.cwd, file), v.layout, io, run)
        const reg = Registry.fromJSON(JSON.parse(readFileSync(resolve(io.cwd, file), "utf8")))
        if (Result.isFailure(reg)) {
          for (const e of reg.failure.slice(0, 20))
            io.err(`${e.code} ${JSON.stringify(e.path)} ${e.messageIn(io.lang)}\n`)
          io.err(
            ja
              ? `${reg.failure.length} 件の問題があり読み込みませんでした\n`
              : `not loaded: ${reg.failure.length} problems\n`
          )
          return 1
        }
        await run(
          Effect.gen(function* () {
            yield* (yield* Store).load(reg.success)
          })
        )
        io.out(
          ja
            ? `${Registry.size(reg.success).toLocaleString()} 人を読み込みました\n`
            : `loaded ${Registry.size(reg.success).toLocaleString()} persons\n`
        )
        return 0
      }
      case "apply": {
        const file = rest[0]
        if (file === undefined) throw new Error(ja ? "異動ファイルを指定してください" : "an events file is required")
        const { inputs, problems } = readEvents(file, readFileSync(resolve(io.cwd, file), "utf8"))
        for (const p of problems) io.err(`${p}\n`)
        const group = Number(v.group ?? 200)
        // Outcomes are handed over one by one (not kept): the first rejected ones are listed after the progress.
        const maxListed = Number(v["max-problems"] ?? 20)
        const listed: Array<string> = []
        const summary = await run(
          Apply.applyEach(
            inputs,
            (o) => {
              if (!o.accepted && !o.skipped && listed.length < maxListed)
                listed.push(`${o.id}: ${o.codes.join(", ")}\n`)
            },
            {
              groupSize: group,
              total: inputs.length,
              onProgress: (d, t) => io.err(`\r${ja ? "適用" : "applied"} ${d}/${t}`)
            }
          )
        )
        io.err("\n")
        const { accepted, rejected, skipped } = summary
        for (const line of listed) io.out(line)
        io.out(
          ja
            ? `受理 ${accepted} 件, 却下 ${rejected} 件, 判定済みのため省略 ${skipped} 件, 形式不正 ${problems.length} 件\n`
            : `accepted ${accepted}, rejected ${rejected}, skipped (already decided) ${skipped}, malformed ${problems.length}\n`
        )
        return rejected + problems.length > 0 ? 1 : 0
      }
      case "check": {
        const shown = Number(v["max-problems"] ?? 20)
        let n = 0
        const r = await run(
          checkStore(
            (e, atena) => {
              if (n++ < shown) io.out(`${e.code} ${atena === undefined ? "" : mask(atena)} ${e.messageIn(io.lang)}\n`)
            },
            progress(ja ? "検査" : "checked")
          )
        )
        io.err("\n")
        io.out(
          ja
            ? `${r.persons.toLocaleString()} 人, ${r.households.toLocaleString()} 世帯を検査: 違反 ${r.violations} 件\n`
            : `checked ${r.persons.toLocaleString()} persons in ${r.households.toLocaleString()} 世帯: ${r.violations} violations\n`
        )
        return r.violations > 0 ? 1 : 0
      }
      default:
        io.err(USAGE[io.lang])
        return 2
    }
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
}

/**
 * The store part of `juki demo`: loads a synthetic registry into embedded
 * PGlite (in memory), applies a batch of random 異動 through it, checks the
 * result against the in-memory registry and prints a summary. Small and
 * quick (seconds, tens of MB).
 *
 * @category commands
 * @since 0.1.0
 */
export const demoStore = async (
  io: Pick<CliIo, "out" | "lang">,
  size: { readonly residents: number; readonly events: number } = { residents: 2_000, events: 300 }
): Promise<boolean> => {
  const ja = io.lang === "ja"
  const inputs = Synthetic.events(size.residents, size.events, 2024)
  const t0 = Date.now()
  const r = await Effect.runPromise(
    Effect.gen(function* () {
      const store = yield* Store
      const loaded = yield* store.loadRecords(Synthetic.MUNICIPALITY, Synthetic.residents(size.residents))
      const t1 = Date.now()
      const outcomes = yield* Apply.applyEvents(inputs, { groupSize: 50 })
      const t2 = Date.now()
      const stats = yield* store.stats
      const check = yield* checkStore(() => undefined)
      return { loaded, outcomes, stats, check, loadMs: t1 - t0, applyMs: t2 - t1 }
    }).pipe(Effect.provide(layerPglite())) as Effect.Effect<{
      loaded: number
      outcomes: ReadonlyArray<Apply.Outcome>
      stats: import("../store/index.js").StoreStats
      check: { persons: number; households: number; violations: number }
      loadMs: number
      applyMs: number
    }>
  )
  // The same events one at a time on the in-memory registry: the verdicts must agree.
  let reg = Synthetic.registry(size.residents)
  let same = 0
  for (const [i, { event }] of inputs.entries()) {
    const x = (await import("@juki/records")).apply(reg, event)
    if (Result.isSuccess(x)) reg = x.success.registry
    if (Result.isSuccess(x) === (r.outcomes[i] as Apply.Outcome).accepted) same++
  }
  const accepted = r.outcomes.filter((o) => o.accepted).length
  io.out(
    ja
      ? `   合成台帳 ${r.loaded.toLocaleString()} 人を組込みPostgreSQL（PGlite）に読込（${r.loadMs} ms）、異動 ${inputs.length} 件を適用（${r.applyMs} ms）: 受理 ${accepted}, 却下 ${inputs.length - accepted}\n` +
          `   アウトボックスの効果 ${r.stats.outbox} 件, 履歴 ${r.stats.historyRows.toLocaleString()} 行; 全体検査: 違反 ${r.check.violations} 件; メモリ上の台帳と判定一致 ${same}/${inputs.length}\n`
      : `   synthetic registry of ${r.loaded.toLocaleString()} residents loaded into embedded PostgreSQL (PGlite) in ${r.loadMs} ms; ${inputs.length} 異動 applied in ${r.applyMs} ms: ${accepted} accepted, ${inputs.length - accepted} rejected\n` +
          `   ${r.stats.outbox} effects in the outbox, ${r.stats.historyRows.toLocaleString()} history rows; whole-store check: ${r.check.violations} violations; verdicts equal to the in-memory registry: ${same}/${inputs.length}\n`
  )
  return same === inputs.length && r.check.violations === 0
}
