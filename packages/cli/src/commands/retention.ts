/**
 * `juki retention --as-of <date> <file|->`: the purge plan of
 * `@juki/retention` for a file of items, streamed in constant memory.
 *
 * Input: JSON Lines (one item per line:
 * `{"id":"a","kind":"juminhyo-johyo","start":"2014-06-20"}`), a JSON array, or
 * CSV with a header (`id,kind,start,archived,tennyuRecorded`), chosen by the
 * file name's extension in any case (`.json`, `.csv`, anything else JSON
 * Lines) or `--input-format`. CSV flags (`archived`, `tennyuRecorded`) are
 * `true`, `false`, `1` or `0` (no other spelling: `TRUE`, `yes`, `はい` make
 * the item invalid rather than guessing). Every output line names where its
 * item was: the file line (JSON Lines, CSV) or a JSON pointer (JSON array).
 *
 * @since 0.1.0
 * @module
 */
import { createReadStream, createWriteStream, type WriteStream } from "node:fs"
import { once } from "node:events"
import { resolve } from "node:path"
import { createInterface } from "node:readline"
import { Calendar } from "@juki/core"
import { describe, planPurge, type PurgeDecision } from "@juki/retention"
import { stringOption, type CommandSpec } from "../cli/command.js"
import {
  describeSystemError,
  inspectPath,
  isSystemError,
  jsonErrorOffset,
  LIMITS,
  parseJson,
  readTextFile
} from "../cli/input.js"
import { maskDigits } from "../cli/text.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"

/**
 * Options of `juki retention`.
 *
 * @category models
 * @since 0.1.0
 */
export interface RetentionOptions {
  /** A file, a named pipe, or `-` for standard input. */
  readonly file: string
  readonly asOf: string
  readonly format: "jsonl" | "csv" | "text"
  /** How to read the input (default: by the file name's extension, in any case). */
  readonly inputFormat?: "jsonl" | "json" | "csv"
  /** Write the plan here instead of stdout. */
  readonly out?: string
  /** Print item ids in full (default: runs of 8 or more digits are masked, `********1234`). */
  readonly showIds?: boolean
}

/**
 * The spellings a CSV flag may take.
 *
 * @category models
 * @since 0.2.0
 */
export const CSV_FLAGS: Readonly<Record<string, boolean>> = { true: true, false: false, "1": true, "0": false }

const FLAG_COLUMNS = new Set(["archived", "tennyuRecorded"])

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

const parseCsvLine = (line: string): string[] => {
  const out: string[] = []
  let cur = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++
      else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ",") out.push(cur), (cur = "")
    else cur += c
  }
  out.push(cur)
  return out
}

/** Where an item came from, and a problem the reader found before the library saw it. */
interface Meta {
  readonly where: string
  readonly problem?: { readonly rule: string; readonly message: string }
}

const inputFormatOf = (file: string): "jsonl" | "json" | "csv" =>
  /\.json$/i.test(file) ? "json" : /\.csv$/i.test(file) ? "csv" : "jsonl"

async function* readItems(options: RetentionOptions, io: Io, metas: Meta[]): AsyncGenerator<unknown> {
  const format = options.inputFormat ?? (options.file === "-" ? "jsonl" : inputFormatOf(options.file))
  if (format === "json") {
    if (options.file === "-")
      throw new UsageError(t(io.lang, "badChoice", "--input-format", "json", "jsonl, csv (-)"), true)
    const { text } = readTextFile(options.file, io.cwd, io.lang, LIMITS.items)
    const data = parseJson(text, options.file, io.lang)
    if (!Array.isArray(data)) throw new UsageError(t(io.lang, "invalidItems", options.file, "/"))
    for (let i = 0; i < data.length; i++) {
      metas.push({ where: `/${i}` })
      yield data[i]
    }
    return
  }
  const signal = io.signal
  const input =
    options.file === "-"
      ? ((io.stdin ?? process.stdin) as NodeJS.ReadableStream)
      : createReadStream(inspectPath(options.file, io.cwd, io.lang).path, {
          encoding: "utf8",
          ...(signal ? { signal } : {})
        })
  const lines = createInterface({ input, crlfDelay: Infinity })
  let header: string[] | undefined
  let lineNo = 0
  for await (const raw of lines) {
    lineNo++
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw
    if (line.trim() === "") continue
    if (format === "jsonl") {
      let item: unknown
      try {
        item = JSON.parse(line)
      } catch {
        metas.push({
          where: String(lineNo),
          problem: {
            rule: "cli.input.json-syntax",
            message: t(io.lang, "retentionJsonSyntax", jsonErrorOffset(line) + 1)
          }
        })
        yield null
        continue
      }
      metas.push({ where: String(lineNo) })
      yield item
      continue
    }
    const cells = parseCsvLine(line)
    if (!header) {
      header = cells.map((c) => c.trim())
      continue
    }
    const item: Record<string, unknown> = {}
    let problem: Meta["problem"]
    if (cells.length > header.length)
      problem = {
        rule: "cli.input.csv-columns",
        message: t(io.lang, "retentionCsvColumns", cells.length, header.length)
      }
    header.forEach((h, i) => {
      const v = cells[i] ?? ""
      if (v === "") return
      if (FLAG_COLUMNS.has(h)) {
        const flag = CSV_FLAGS[v]
        if (flag === undefined) {
          problem ??= { rule: "retention.item.flag", message: t(io.lang, "retentionInvalidFlag", h, maskDigits(v)) }
          item[h] = v
        } else item[h] = flag
      } else item[h] = v
    })
    metas.push({ where: String(lineNo), ...(problem ? { problem } : {}) })
    yield item
  }
}

const idOf = (item: unknown, show: boolean): string => {
  const id = item !== null && typeof item === "object" && "id" in item ? String((item as { id: unknown }).id) : ""
  return show ? id : maskDigits(id)
}

const openOut = async (name: string, io: Io): Promise<WriteStream> => {
  const info = (() => {
    try {
      return inspectPath(name, io.cwd, io.lang)
    } catch {
      return undefined
    }
  })()
  if (info?.kind === "directory") throw new UsageError(t(io.lang, "isDirectory", name))
  const stream = createWriteStream(info?.path ?? resolve(io.cwd, name), { flags: "w" })
  try {
    await Promise.race([once(stream, "open"), once(stream, "error").then(([e]) => Promise.reject(e))])
  } catch (e) {
    stream.destroy()
    throw isSystemError(e) ? new UsageError(describeSystemError(e, io.lang, io.cwd, name, true)) : e
  }
  return stream
}

/**
 * Runs the purge plan. Invalid items are listed with their rule id and line
 * and make the exit code 1; a file that cannot be read or an output that
 * cannot be written is exit 2; Ctrl-C stops after the last complete line
 * (exit 130).
 *
 * @category commands
 * @since 0.1.0
 */
export const retention = async (options: RetentionOptions, io: Io): Promise<ExitCode> => {
  if (!Calendar.isIsoDate(options.asOf)) throw new UsageError(t(io.lang, "badDate", options.asOf))
  if (options.file !== "-") {
    const info = inspectPath(options.file, io.cwd, io.lang)
    if (info.kind === "directory") throw new UsageError(t(io.lang, "isDirectory", options.file))
    if (info.kind !== "file" && info.kind !== "fifo")
      throw new UsageError(t(io.lang, "notRegularFile", options.file, t(io.lang, `kind.${info.kind}`)))
  }
  const sink = options.out ? await openOut(options.out, io) : undefined
  let sinkError: unknown
  sink?.on("error", (e) => (sinkError ??= e))
  const write = async (s: string) => {
    if (!sink) return io.out(s)
    if (sinkError === undefined && !sink.write(s))
      await Promise.race([once(sink, "drain"), once(sink, "error")]).catch(() => undefined)
  }
  const show = options.showIds ?? false
  const counts = {
    total: 0,
    retained: 0,
    "purge-due": 0,
    "archive-due": 0,
    "expired-under-former-rule": 0,
    "keep-forever": 0,
    invalid: 0
  }
  const metas: Meta[] = []
  let interrupted = false
  try {
    if (options.format === "csv") await write("index,line,id,action,status,lastRetainedDay,reason,basis\n")
    for await (const d of planPurge(readItems(options, io, metas), options.asOf) as AsyncIterable<
      PurgeDecision<unknown>
    >) {
      if (io.signal?.aborted) {
        interrupted = true
        break
      }
      if (sinkError !== undefined) break
      counts.total++
      const meta = metas[d.index] ?? { where: "" }
      delete metas[d.index]
      const id = idOf(d.item, show)
      if (d.action === "invalid" || meta.problem) {
        counts.invalid++
        const rule = meta.problem?.rule ?? (d.action === "invalid" ? d.error.code : "")
        const msg = meta.problem?.message ?? (d.action === "invalid" ? d.error.messageIn(io.lang) : "")
        if (options.format === "jsonl")
          await write(
            JSON.stringify({ index: d.index, line: meta.where, id, action: "invalid", rule, message: msg }) + "\n"
          )
        else if (options.format === "csv")
          await write(`${d.index},${csvCell(meta.where)},${csvCell(id)},invalid,,,${csvCell(rule)},\n`)
        else await write(`${d.index}\t${meta.where}\t${id}\tinvalid\t${rule}\t${msg}\n`)
        continue
      }
      const e = d.evaluation
      counts[e.status]++
      const basis = e.basis.map((b) => b.cite).join("; ")
      if (options.format === "jsonl")
        await write(
          JSON.stringify({
            index: d.index,
            line: meta.where,
            id,
            action: d.action,
            status: e.status,
            lastRetainedDay: e.lastRetainedDay,
            reason: e.reason,
            basis
          }) + "\n"
        )
      else if (options.format === "csv")
        await write(
          `${d.index},${csvCell(meta.where)},${csvCell(id)},${d.action},${e.status},${e.lastRetainedDay ?? ""},${e.reason},${csvCell(basis)}\n`
        )
      else await write(`${d.index}\t${meta.where}\t${id}\t${d.action}\t${describe(e, io.lang)}\n`)
    }
  } catch (e) {
    if (io.signal?.aborted || (e instanceof Error && e.name === "AbortError")) interrupted = true
    else {
      sink?.destroy()
      if (isSystemError(e)) throw new UsageError(describeSystemError(e, io.lang, io.cwd, options.file))
      throw e
    }
  }
  if (sink) {
    if (sinkError === undefined) {
      sink.end()
      await Promise.race([once(sink, "finish"), once(sink, "error")]).catch(() => undefined)
    } else sink.destroy()
    if (sinkError !== undefined)
      throw isSystemError(sinkError)
        ? new UsageError(describeSystemError(sinkError, io.lang, io.cwd, options.out, true))
        : sinkError
  }
  io.err(
    t(
      io.lang,
      "retentionSummary",
      counts.total,
      counts.retained,
      counts["purge-due"],
      counts["archive-due"],
      counts["expired-under-former-rule"],
      counts["keep-forever"],
      counts.invalid
    ) + "\n"
  )
  if (interrupted) {
    io.err(t(io.lang, "interrupted", counts.total) + "\n")
    return 130
  }
  return counts.invalid > 0 ? 1 : 0
}

/**
 * The `retention` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const retentionCommand: CommandSpec = {
  name: "retention",
  summary: {
    ja: "保存期間を評価し、消去計画を出力する（住基法施行令34条ほか）",
    en: "evaluate retention and print the purge plan (住基法施行令34条 and more)"
  },
  usage: { ja: "--as-of <YYYY-MM-DD> <ファイル|-> [オプション]", en: "--as-of <YYYY-MM-DD> <file|-> [options]" },
  options: [
    {
      name: "as-of",
      type: "string",
      value: { ja: "<YYYY-MM-DD>", en: "<YYYY-MM-DD>" },
      description: { ja: "評価する日（必須）", en: "the day to evaluate on (required)" },
      example: "--as-of 2026-04-01"
    },
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["jsonl", "csv", "text"],
      value: { ja: "jsonl|csv|text", en: "jsonl|csv|text" },
      description: { ja: "出力形式（既定: jsonl）", en: "output format (default: jsonl)" },
      example: "--format csv"
    },
    {
      name: "input-format",
      type: "string",
      choices: ["jsonl", "json", "csv"],
      value: { ja: "jsonl|json|csv", en: "jsonl|json|csv" },
      description: {
        ja: "入力形式（既定: 拡張子 .json / .csv で判定、大文字小文字は問わない。その他は JSON Lines）",
        en: "input format (default: by the extension .json / .csv in any case; anything else is JSON Lines)"
      },
      example: "--input-format csv"
    },
    {
      name: "out",
      short: "o",
      type: "string",
      value: { ja: "<ファイル>", en: "<file>" },
      description: {
        ja: "計画をこのファイルに書く（既定: 標準出力）",
        en: "write the plan to this file (default: stdout)"
      },
      example: "--out plan.jsonl"
    },
    {
      name: "show-ids",
      type: "boolean",
      description: {
        ja: "項目の id を伏せずに出力する（既定: 8 桁以上の数字は末尾 4 桁以外を * で伏せる）",
        en: "print item ids in full (default: runs of 8+ digits are masked but the last 4)"
      },
      example: "--show-ids"
    }
  ],
  examples: [
    {
      command: "juki retention --as-of 2026-04-01 items.jsonl",
      ja: "JSON Lines の項目の消去計画を JSON Lines で出す",
      en: "the purge plan of JSON Lines items, as JSON Lines"
    },
    {
      command: "juki retention --as-of 2026-04-01 ITEMS.CSV --format csv --out plan.csv",
      ja: "CSV を読み、CSV の計画をファイルに書く",
      en: "read CSV, write the plan as CSV to a file"
    },
    {
      command: "cat items.txt | juki retention --as-of 2026-04-01 - --input-format csv",
      ja: "標準入力の CSV を読む",
      en: "CSV from standard input"
    }
  ],
  notes: {
    ja: "CSV の archived / tennyuRecorded は true・false・1・0 のみ（TRUE・yes・はい などは推測せず、その項目を誤りとして行番号とともに報告します）。出力の line は入力の行番号（JSON 配列では JSON ポインタ）です。",
    en: "CSV archived / tennyuRecorded take true, false, 1 or 0 only (TRUE, yes, はい are not guessed: the item is reported invalid with its line). The output's line is the input line (a JSON pointer for a JSON array)."
  },
  run: async (args, io) => {
    const [file, ...extra] = args.positionals
    if (!file) throw new UsageError(t(io.lang, "missingArgument", io.lang === "ja" ? "<ファイル|->" : "<file|->"), true)
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    const asOf = stringOption(args, "as-of")
    if (!asOf) throw new UsageError(t(io.lang, "missingArgument", "--as-of <YYYY-MM-DD>"), true)
    const out = stringOption(args, "out")
    const inputFormat = stringOption(args, "input-format") as RetentionOptions["inputFormat"]
    return retention(
      {
        file,
        asOf,
        format: (stringOption(args, "format") ?? "jsonl") as RetentionOptions["format"],
        ...(inputFormat ? { inputFormat } : {}),
        ...(out ? { out } : {}),
        ...(args.values["show-ids"] ? { showIds: true } : {})
      },
      io
    )
  }
}
