/**
 * `juki reconcile <registry.json|file> <cs-file> --layout <name|file.json>`: 整合性確認 (住基法14条; 評価書
 * 別添1(2) 6). Joins the 本人確認情報 juki derives from a registry (or read from a first record file)
 * with a CS export by 住民票コード, in constant memory (external sort with temporary files, removed
 * afterwards), and writes every finding as JSON, CSV and a self-contained HTML summary. Identifiers
 * (住民票コード, 個人番号, 旧住民票コード) are masked in every output unless `--show-ids`.
 *
 * @since 0.3.0
 * @module
 */
import { createReadStream, createWriteStream, statSync, type WriteStream } from "node:fs"
import { once } from "node:events"
import { resolve } from "node:path"
import { Csv, FixedLength, Reconcile, type Encoding, type LayoutSpec } from "@juki/formats"
import { fileChunks, fileSpill } from "@juki/formats/node"
import { Registry } from "@juki/records"
import { Effect, Result, Stream } from "effect"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { describeSystemError, inspectPath, isSystemError, LIMITS, parseJson, readTextFile } from "../cli/input.js"
import { t } from "../i18n.js"
import { translator } from "@juki/core"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { barChart, csvCell, esc, page, table } from "../report/page.js"
import { resolveLayout } from "./layouts.js"

/**
 * Options of `juki reconcile`.
 *
 * @category models
 * @since 0.3.0
 */
export interface ReconcileCommandOptions {
  /** The registry side: a registry JSON file (`Registry.fromJSON`), or a record file read with `leftLayout`; ignored with `store`. */
  readonly left: string
  /** The registry side from a store (`postgres://…` or `pglite:<dir>`, as `juki registry`), streamed. */
  readonly store?: string
  /** The CS export, read with `layout`. */
  readonly right: string
  readonly layout: string
  /** Layout of a record file on the left (default: `layout`). */
  readonly leftLayout?: string
  readonly encoding?: Encoding
  /** Read the record files as CSV (default: by the name ending in `.csv`). */
  readonly csv?: boolean
  /** The CS file is already in 住民票コード order (skips the sort; checked). */
  readonly sorted?: boolean
  /** The items compared (default: `Reconcile.ITEMS` with `byDefault`). */
  readonly items?: ReadonlyArray<Reconcile.ItemName>
  /** Registry side: the day the images are taken on. */
  readonly asOf?: string
  /** Registry side: include 除票. */
  readonly includeRemoved?: boolean
  /** Path prefix of the outputs: `<out>.json`, `<out>.csv`, `<out>.html` (default `juki-reconcile`). */
  readonly out?: string
  /** Print identifiers in full. */
  readonly showIds?: boolean
  /** Findings listed in the HTML summary (default 1,000; JSON and CSV hold all of them). */
  readonly maxDifferences?: number
  /** Most images held in memory per run of the external sort (default 100,000; a run holds at most 16 MiB). */
  readonly runSize?: number
}

const M = {
  summary: {
    ja: "整合性確認: 住民記録側 {0} 件、CS側 {1} 件、一致 {2} 件、項目の不一致 {3} 件、CS側になし {4} 件、CS側にだけあり {5} 件、重複 {6} 件、読めないレコード {7} 件",
    en: "Reconciliation: registry side {0}, CS side {1}, identical {2}, items differ {3}, missing on the CS side {4}, only on the CS side {5}, duplicates {6}, unreadable records {7}"
  },
  incomplete: {
    ja: "住民票コード順でない入力があったため途中で止めました。--sorted を付けずに実行し直してください。",
    en: "Stopped: an input declared sorted is not in 住民票コード order. Run again without --sorted."
  },
  title: { ja: "整合性確認の結果（住基法14条）", en: "Reconciliation with the CS (住基法14条)" },
  badItems: {
    ja: "--items に知らない項目があります: {0}（使える項目: {1}）",
    en: "--items has unknown items: {0} (known: {1})"
  },
  badNumber: { ja: "{0} には 1 以上の整数を指定してください: {1}", en: "{0} must be a whole number >= 1: {1}" }
} as const

const tr = /*#__PURE__*/ translator(M)
const msg = (io: Io, key: keyof typeof M, ...args: ReadonlyArray<unknown>): string => tr(io.lang, key, ...args)

const KIND = {
  missing: { ja: "CS側になし", en: "missing on the CS side" },
  extra: { ja: "CS側にだけあり", en: "only on the CS side" },
  item: { ja: "項目の不一致", en: "items differ" },
  duplicate: { ja: "住民票コードの重複", en: "duplicated 住民票コード" },
  unsorted: { ja: "住民票コード順でない", en: "not sorted" },
  unreadable: { ja: "読めないレコード", en: "unreadable record" }
} as const

const SIDE = { left: { ja: "住民記録側", en: "registry side" }, right: { ja: "CS側", en: "CS side" } } as const

class Sink {
  #stream: WriteStream
  #error: unknown
  constructor(readonly path: string) {
    this.#stream = createWriteStream(path, { flags: "w" })
    this.#stream.on("error", (e) => (this.#error ??= e))
  }
  async write(s: string): Promise<void> {
    if (this.#error !== undefined) throw this.#error
    if (!this.#stream.write(s))
      await Promise.race([once(this.#stream, "drain"), once(this.#stream, "error")]).catch(() => undefined)
  }
  async close(): Promise<void> {
    this.#stream.end()
    await Promise.race([once(this.#stream, "finish"), once(this.#stream, "error")]).catch(() => undefined)
    if (this.#error !== undefined) throw this.#error
  }
  destroy(): void {
    this.#stream.destroy()
  }
}

const leftName = (o: ReconcileCommandOptions): string =>
  o.store === undefined ? o.left : o.store.replace(/:[^@/]*@/, ":***@")

const checkInput = (name: string, io: Io): string => {
  const info = inspectPath(name, io.cwd, io.lang)
  if (info.kind === "directory") throw new UsageError(t(io.lang, "isDirectory", name))
  if (info.kind !== "file" && info.kind !== "fifo")
    throw new UsageError(t(io.lang, "notRegularFile", name, t(io.lang, `kind.${info.kind}`)))
  return info.path
}

const imagesOfFile = (path: string, layout: LayoutSpec, options: ReconcileCommandOptions, io: Io) => {
  const csv = options.csv ?? path.toLowerCase().endsWith(".csv")
  const codecOptions = options.encoding ? { encoding: options.encoding } : {}
  const codec = csv ? Csv.make(layout, codecOptions) : FixedLength.make(layout, codecOptions)
  // A regular file is read into one reused buffer (fileChunks): fewer records decoded at a time and no fresh buffer
  // per chunk, so less survives the young generation and the peak stays low and flat; a pipe is read as a stream.
  const signal = io.signal ? { signal: io.signal } : {}
  const source = statSync(path).isFile()
    ? fileChunks(path, signal)
    : createReadStream(path, { highWaterMark: 1 << 16, ...signal })
  return Reconcile.fromDecoded(codec.decodeStream(source))
}

/** One finding as plain JSON, identifiers masked unless `show`. */
const findingJson = (d: Reconcile.Difference, show: boolean, io: Io) => {
  const x = show ? d : Reconcile.maskDifference(d)
  const base = {
    kind: x.kind,
    rule: x.rule,
    message: Reconcile.toErrors(d)
      .map((e) => e.messageIn(io.lang))
      .join(" / ")
  }
  switch (x.kind) {
    case "missing":
      return {
        ...base,
        residentCode: x.residentCode,
        ...(x.left.record === undefined ? {} : { record: x.left.record })
      }
    case "extra":
      return {
        ...base,
        residentCode: x.residentCode,
        ...(x.right.record === undefined ? {} : { record: x.right.record })
      }
    case "item":
      return {
        ...base,
        residentCode: x.residentCode,
        ...(x.right.record === undefined ? {} : { record: x.right.record }),
        items: x.items.map((i) => ({ item: i.item, label: i.label, left: i.left, right: i.right }))
      }
    case "duplicate":
    case "unsorted":
      return { ...base, residentCode: x.residentCode, side: x.side, record: x.record }
    case "unreadable":
      return { ...base, side: x.side, record: x.record, rules: x.rules }
  }
}

type FindingJson = ReturnType<typeof findingJson>

const csvRows = (f: FindingJson): ReadonlyArray<string> => {
  const side = "side" in f ? f.side : ""
  const record = "record" in f ? f.record : ""
  const code = "residentCode" in f ? f.residentCode : ""
  if ("items" in f && f.items)
    return f.items.map((i) =>
      [f.kind, f.rule, side, record, code, i.item, i.label, i.left, i.right, f.message].map(csvCell).join(",")
    )
  return [[f.kind, f.rule, side, record, code, "", "", "", "", f.message].map(csvCell).join(",")]
}

const renderHtml = (
  io: Io,
  options: ReconcileCommandOptions,
  counts: Reconcile.Counts,
  first: ReadonlyArray<FindingJson>,
  items: ReadonlyArray<Reconcile.ItemSpec>,
  files: { json: string; csv: string }
): string => {
  const ja = io.lang === "ja"
  const L = (j: string, e: string) => (ja ? j : e)
  const total = counts.missing + counts.extra + counts.changed + counts.duplicate + counts.unreadable
  const body: Array<string> = []
  body.push(
    `<p class="${total === 0 && counts.complete ? "ok" : "ng"}">${esc(
      total === 0 && counts.complete
        ? L("相違はありません。", "No differences.")
        : L(`相違 ${total.toLocaleString("en")} 件。`, `${total.toLocaleString("en")} findings.`)
    )}</p>`
  )
  if (!counts.complete) body.push(`<p class="ng">${esc(msg(io, "incomplete"))}</p>`)
  body.push(
    table(
      [L("項目", "item"), L("件数", "count")],
      [
        [L("住民記録側（" + leftName(options) + "）", "registry side (" + leftName(options) + ")"), counts.left],
        [L("CS側（" + options.right + "）", "CS side (" + options.right + ")"), counts.right],
        [L("住民票コードが一致", "matched by 住民票コード"), counts.matched],
        [L("うち全項目一致", "of which identical"), counts.identical],
        [KIND.item[io.lang], counts.changed],
        [KIND.missing[io.lang], counts.missing],
        [KIND.extra[io.lang], counts.extra],
        [KIND.duplicate[io.lang], counts.duplicate],
        [KIND.unreadable[io.lang], counts.unreadable]
      ]
    )
  )
  const byItem = items
    .filter((i) => (counts.byItem[i.name] ?? 0) > 0)
    .map((i) => ({ label: i.label, values: [counts.byItem[i.name] ?? 0] }))
  body.push(`<h2>${esc(L("項目別の不一致", "Differences by item"))}</h2>`)
  body.push(
    byItem.length
      ? barChart(L("項目別の不一致（人）", "persons with a difference, by item"), byItem)
      : `<p>${esc(L("なし", "none"))}</p>`
  )
  body.push(`<h2>${esc(L("相違の一覧", "Findings"))}</h2>`)
  if (first.length < total)
    body.push(
      `<p class="note">${esc(L(`先頭 ${first.length} 件を表示しています。全件は JSON と CSV にあります。`, `The first ${first.length} are listed; JSON and CSV hold all of them.`))}</p>`
    )
  body.push(
    table(
      [
        L("種類", "kind"),
        L("規則", "rule"),
        L("住民票コード", "住民票コード"),
        L("レコード", "record"),
        L("項目", "item"),
        L("住民記録側", "registry side"),
        L("CS側", "CS side")
      ],
      first.flatMap((f) => {
        const code = "residentCode" in f ? f.residentCode : ""
        const record = "record" in f && f.record !== undefined ? String(f.record) : ""
        const kind = KIND[f.kind][io.lang] + ("side" in f ? `（${SIDE[f.side][io.lang]}）` : "")
        if ("items" in f && f.items) return f.items.map((i) => [kind, f.rule, code, record, i.label, i.left, i.right])
        return [[kind, f.rule, code, record, "rules" in f ? f.rules.join(", ") : "", "", ""]]
      })
    )
  )
  body.push(`<h2>${esc(L("比較した項目", "Items compared"))}</h2>`)
  body.push(
    `<p class="note">${esc(
      L(
        "各項目は両側で同じ方法で正規化して比較しています（文字列は NFC・前後の空白除去、日付は YYYYMMDD、性別は 1/2）。外字数と清音化かなは、どちらの側でも記録された値を使わず氏名・住所から計算し直しています。比較項目と正規化は juki の選択です（公式の手順は公開されていません）。",
        "Each item is normalised the same way on both sides (text NFC and trimmed, dates YYYYMMDD, 性別 1/2). 外字数 and 清音化かな are recomputed from the 氏名 and 住所 on both sides, never read. The items and normalisation are juki's choice (the official procedure is not public)."
      )
    )}</p>`
  )
  body.push(
    table(
      [L("項目", "item"), L("名前", "name"), L("比較方法", "how")],
      items.map((i) => [i.label, i.name, i.kind + (i.from ? ` ← ${i.from}` : "")])
    )
  )
  body.push(
    `<p class="note">${esc(
      (options.showIds
        ? L("識別番号は伏せずに出力しています（--show-ids）。", "Identifiers are shown in full (--show-ids).")
        : L(
            "住民票コード・個人番号は末尾 4 桁以外を伏せています。",
            "住民票コード and 個人番号 are masked but the last 4 digits."
          )) +
        " " +
        L(`全件: ${files.json}, ${files.csv}`, `All findings: ${files.json}, ${files.csv}`)
    )}</p>`
  )
  return page(io.lang, msg(io, "title"), body.join("\n"))
}

/**
 * Runs 整合性確認. Exit 0 when nothing differs, 1 when there are findings (or the run stopped on an
 * unsorted input), 2 on usage or I/O errors, 130 on Ctrl-C.
 *
 * @category commands
 * @since 0.3.0
 */
export const reconcileFiles = async (options: ReconcileCommandOptions, io: Io): Promise<ExitCode> => {
  const known = Reconcile.ITEMS.map((i) => i.name)
  const unknown = (options.items ?? []).filter((i) => !known.includes(i))
  if (unknown.length) throw new UsageError(msg(io, "badItems", unknown.join(", "), known.join(", ")), true)
  const rightPath = checkInput(options.right, io)
  const layout = await resolveLayout(options.layout, io)
  const registryOptions = {
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.includeRemoved ? { includeRemoved: true } : {})
  }
  const spec = options.store
  if (spec !== undefined) {
    // The store stays open while its persons stream through the comparison.
    const { RegistryCli, Store } = await import("@juki/store")
    let layer: ReturnType<typeof RegistryCli.storeLayer>
    try {
      layer = RegistryCli.storeLayer(spec, io.cwd)
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e), true)
    }
    let failure: unknown
    let done = false
    const code = await Effect.runPromise(
      Effect.provide(
        Effect.gen(function* () {
          const store = yield* Store.Store
          const persons = yield* Stream.toAsyncIterableEffect(store.persons)
          return yield* Effect.promise(() =>
            compare({ images: Reconcile.fromPersons(persons, registryOptions) }, rightPath, layout, options, io).then(
              (c) => ((done = true), c),
              (e) => ((failure = e), 2 as ExitCode)
            )
          )
        }),
        layer
      ) as Effect.Effect<ExitCode>
    ).catch((e: unknown) => {
      if (!done && failure === undefined)
        failure = new UsageError(
          `--store ${spec.replace(/:[^@/]*@/, ":***@")}: ${e instanceof Error ? e.message : String(e)}`
        )
      return 2 as ExitCode
    })
    if (failure !== undefined) throw failure
    return code
  }
  const leftPath = checkInput(options.left, io)
  let left: Reconcile.SideInput
  if (/\.json$/i.test(options.left)) {
    const data = parseJson(readTextFile(options.left, io.cwd, io.lang, LIMITS.items).text, options.left, io.lang)
    const r = Registry.fromJSON(data as never)
    if (Result.isFailure(r)) {
      const first = r.failure[0]
      throw new UsageError(
        t(io.lang, "badRegistry", options.left, `${first?.code ?? ""} ${first?.messageIn(io.lang) ?? ""}`.trim())
      )
    }
    left = { images: Reconcile.fromRegistry(r.success, registryOptions), sorted: true }
  } else {
    const leftLayout = options.leftLayout === undefined ? layout : await resolveLayout(options.leftLayout, io)
    left = { images: imagesOfFile(leftPath, leftLayout, options, io) }
  }
  return compare(left, rightPath, layout, options, io)
}

const compare = async (
  left: Reconcile.SideInput,
  rightPath: string,
  layout: LayoutSpec,
  options: ReconcileCommandOptions,
  io: Io
): Promise<ExitCode> => {
  const items = Reconcile.chosenItems(options.items)
  const right: Reconcile.SideInput = {
    images: imagesOfFile(rightPath, layout, options, io),
    ...(options.sorted ? { sorted: true } : {})
  }

  const prefix = resolve(io.cwd, options.out ?? "juki-reconcile")
  const files = { json: `${prefix}.json`, csv: `${prefix}.csv`, html: `${prefix}.html` }
  const json = new Sink(files.json)
  const csv = new Sink(files.csv)
  const show = options.showIds ?? false
  const max = options.maxDifferences ?? 1000
  const first: Array<FindingJson> = []
  const counts = Reconcile.emptyCounts()
  let n = 0
  let interrupted = false
  try {
    await json.write(
      `{\n"left": ${JSON.stringify(options.left)},\n"right": ${JSON.stringify(options.right)},\n"layout": ${JSON.stringify(layout.name)},\n"masked": ${!show},\n"items": ${JSON.stringify(items.map((i) => i.name))},\n"differences": [`
    )
    await csv.write("kind,rule,side,record,residentCode,item,label,left,right,message\n")
    for await (const d of Reconcile.differences(left, right, {
      items: items.map((i) => i.name),
      counts,
      spill: fileSpill(),
      ...(options.runSize === undefined ? {} : { runSize: options.runSize })
    })) {
      if (io.signal?.aborted) {
        interrupted = true
        break
      }
      const f = findingJson(d, show, io)
      const line = JSON.stringify(f)
      await json.write(`${n++ === 0 ? "\n" : ",\n"}${line}`)
      for (const row of csvRows(f)) await csv.write(`${row}\n`)
      // Kept for the HTML page as a copy: its strings may be slices of a large chunk of the input.
      if (first.length < max) first.push(JSON.parse(line) as FindingJson)
    }
    const { byItem, ...rest } = counts
    await json.write(`\n],\n"counts": ${JSON.stringify({ ...rest, byItem, interrupted })}\n}\n`)
    await json.close()
    await csv.close()
    const html = new Sink(files.html)
    await html.write(renderHtml(io, options, counts, first, items, files))
    await html.close()
  } catch (e) {
    json.destroy()
    csv.destroy()
    if (io.signal?.aborted || (e instanceof Error && e.name === "AbortError")) interrupted = true
    else if (isSystemError(e)) throw new UsageError(describeSystemError(e, io.lang, io.cwd, undefined, true))
    else throw e
  }
  io.err(
    `${msg(io, "summary", counts.left, counts.right, counts.identical, counts.changed, counts.missing, counts.extra, counts.duplicate, counts.unreadable)}\n`
  )
  if (interrupted) {
    io.err(`${t(io.lang, "interrupted", counts.matched + counts.missing + counts.extra)}\n`)
    return 130
  }
  if (!counts.complete) io.err(`${msg(io, "incomplete")}\n`)
  io.err(`${t(io.lang, "wrote", [files.json, files.csv, files.html].join(", "))}\n`)
  return n > 0 || !counts.complete ? 1 : 0
}

const positiveInt = (io: Io, name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined
  if (!/^[1-9]\d{0,8}$/.test(v)) throw new UsageError(msg(io, "badNumber", name, v), true)
  return Number(v)
}

/**
 * The `reconcile` command.
 *
 * @category commands
 * @since 0.3.0
 */
export const reconcileCommand: CommandSpec = {
  name: "reconcile",
  summary: {
    ja: "住民記録と市町村CSの本人確認情報を突合する（整合性確認、住基法14条）",
    en: "reconcile the registry's 本人確認情報 with a CS export (整合性確認, 住基法14条)"
  },
  usage: {
    ja: "<台帳.json|ファイル> <CSファイル> --layout <名前|パス> [オプション]",
    en: "<registry.json|file> <cs-file> --layout <name|path> [options]"
  },
  options: [
    {
      name: "layout",
      short: "l",
      type: "string",
      value: { ja: "<名前|パス>", en: "<name|path>" },
      description: { ja: "CSファイルのレイアウト（必須）", en: "layout of the CS file (required)" },
      example: "--layout honnin-kakunin-joho"
    },
    {
      name: "store",
      type: "string",
      value: { ja: "<postgres://…|pglite:<dir>>", en: "<postgres://…|pglite:<dir>>" },
      description: {
        ja: "住民記録側をストアから読む（juki registry と同じ指定。このときは CS ファイルだけを引数に）",
        en: "read the registry side from a store (as for juki registry; then give only the CS file)"
      },
      example: "--store pglite:./juki-store"
    },
    {
      name: "left-layout",
      type: "string",
      value: { ja: "<名前|パス>", en: "<name|path>" },
      description: {
        ja: "1 つ目がレコードファイルのときのレイアウト（既定: --layout と同じ）",
        en: "layout of the first argument when it is a record file (default: --layout)"
      },
      example: "--left-layout togo-atena"
    },
    {
      name: "encoding",
      type: "string",
      choices: ["shift_jis", "utf-8"],
      value: { ja: "shift_jis|utf-8", en: "shift_jis|utf-8" },
      description: { ja: "文字コード（既定: レイアウトの指定）", en: "character encoding (default: the layout's)" },
      example: "--encoding utf-8"
    },
    {
      name: "csv",
      type: "boolean",
      description: {
        ja: "CSV として読む（既定: 拡張子が .csv なら CSV）",
        en: "read as CSV (default: when the name ends in .csv)"
      },
      example: "--csv"
    },
    {
      name: "sorted",
      type: "boolean",
      description: {
        ja: "CSファイルが住民票コード順であるとして並べ替えを省く（順でなければ止めて知らせます）",
        en: "the CS file is in 住民票コード order: skip the sort (checked; the run stops if not)"
      },
      example: "--sorted"
    },
    {
      name: "items",
      type: "string",
      value: { ja: "<項目,…>", en: "<item,…>" },
      description: {
        ja: "比較する項目（既定: 異動事由・旧住民票コード以外の全項目）",
        en: "items to compare (default: every item but jiyu and oldResidentCode)"
      },
      example: "--items nameKanji,address,birthDate"
    },
    {
      name: "as-of",
      type: "string",
      value: { ja: "<YYYY-MM-DD>", en: "<YYYY-MM-DD>" },
      description: { ja: "台帳側: この日の現存者で比べる", en: "registry side: the residents present on this day" },
      example: "--as-of 2026-03-31"
    },
    {
      name: "include-removed",
      type: "boolean",
      description: { ja: "台帳側: 除票も含める", en: "registry side: include 除票" },
      example: "--include-removed"
    },
    {
      name: "out",
      short: "o",
      type: "string",
      value: { ja: "<接頭辞>", en: "<prefix>" },
      description: {
        ja: "出力先（<接頭辞>.json / .csv / .html、既定: juki-reconcile）",
        en: "outputs <prefix>.json / .csv / .html (default: juki-reconcile)"
      },
      example: "--out 2026-reconcile"
    },
    {
      name: "max-differences",
      type: "string",
      value: { ja: "<件数>", en: "<count>" },
      description: {
        ja: "HTML に載せる相違の件数（既定: 1000、JSON と CSV は全件）",
        en: "findings listed in the HTML (default 1000; JSON and CSV hold all)"
      },
      example: "--max-differences 200"
    },
    {
      name: "run-size",
      type: "string",
      value: { ja: "<件数>", en: "<count>" },
      description: {
        ja: "並べ替えで一度にメモリに置く件数の上限（既定: 100000。あわせて 16 MiB まで）",
        en: "most images held in memory per sorted run (default 100000; at most 16 MiB in any case)"
      },
      example: "--run-size 50000"
    },
    {
      name: "show-ids",
      type: "boolean",
      description: {
        ja: "住民票コード・個人番号を伏せずに出力する（既定: 末尾 4 桁以外を * で伏せる）",
        en: "print 住民票コード and 個人番号 in full (default: masked but the last 4 digits)"
      },
      example: "--show-ids"
    }
  ],
  examples: [
    {
      command: "juki reconcile registry.json cs-export.dat --layout honnin-kakunin-joho",
      ja: "台帳から導いた本人確認情報と CS の出力ファイルを突合し、juki-reconcile.{json,csv,html} に書く",
      en: "reconcile the registry's 本人確認情報 with a CS export; write juki-reconcile.{json,csv,html}"
    },
    {
      command: "juki reconcile --store pglite:./juki-store cs-export.dat --layout honnin-kakunin-joho",
      ja: "ストアの台帳（juki registry load で読み込んだもの）と突合する",
      en: "reconcile the registry held in a store (loaded with juki registry load)"
    },
    {
      command: "juki reconcile ours.dat cs.dat --layout honnin-kakunin-joho --sorted --out 2026",
      ja: "2 つのファイルを突合する（CS側は住民票コード順）",
      en: "two files (the CS file already in 住民票コード order)"
    }
  ],
  notes: {
    ja: "相違の種類ごとに規則 ID があります: formats.reconcile.missing（CS側になし）, .extra（CS側にだけあり）, .item（項目の不一致）, .duplicate, .unsorted, .unreadable。外字数と清音化かなは、両側とも記録された値ではなく氏名・住所から計算し直して比べます。並べ替えの一時ファイルは終了時に削除します。",
    en: "Each kind of finding has a rule id: formats.reconcile.missing (not on the CS side), .extra (only on the CS side), .item, .duplicate, .unsorted, .unreadable. 外字数 and 清音化かな are recomputed from the 氏名 and 住所 on both sides, never read. The sort's temporary files are removed at the end."
  },
  run: async (args, io) => {
    const store = stringOption(args, "store")
    const [first, second, ...more] = args.positionals
    const left = store === undefined ? first : "-"
    const right = store === undefined ? second : first
    const extra = store === undefined ? more : args.positionals.slice(1)
    if (!left || !right)
      throw new UsageError(
        t(
          io.lang,
          "missingArgument",
          io.lang === "ja" ? "<台帳.json|ファイル> <CSファイル>" : "<registry.json|file> <cs-file>"
        ),
        true
      )
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    const layout = stringOption(args, "layout")
    if (!layout) throw new UsageError(t(io.lang, "missingArgument", "--layout <名前|パス>"), true)
    const leftLayout = stringOption(args, "left-layout")
    const encoding = stringOption(args, "encoding") as Encoding | undefined
    const items = stringOption(args, "items")
    const asOf = stringOption(args, "as-of")
    const out = stringOption(args, "out")
    const maxDifferences = positiveInt(io, "--max-differences", stringOption(args, "max-differences"))
    const runSize = positiveInt(io, "--run-size", stringOption(args, "run-size"))
    return reconcileFiles(
      {
        left,
        right,
        layout,
        ...(store ? { store } : {}),
        ...(leftLayout ? { leftLayout } : {}),
        ...(encoding ? { encoding } : {}),
        ...(args.values["csv"] ? { csv: true } : {}),
        ...(args.values["sorted"] ? { sorted: true } : {}),
        ...(items
          ? {
              items: items
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean) as Array<Reconcile.ItemName>
            }
          : {}),
        ...(asOf ? { asOf } : {}),
        ...(args.values["include-removed"] ? { includeRemoved: true } : {}),
        ...(out ? { out } : {}),
        ...(args.values["show-ids"] ? { showIds: true } : {}),
        ...(maxDifferences === undefined ? {} : { maxDifferences }),
        ...(runSize === undefined ? {} : { runSize })
      },
      io
    )
  }
}
