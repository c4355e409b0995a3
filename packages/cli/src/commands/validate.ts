/**
 * `juki validate <file|-> --layout <name|file.json>`: streams a record file
 * (or standard input, or a pipe) through the layout's decoder and every field
 * check, in constant memory, and reports every problem with record number,
 * byte offset, field and rule id.
 *
 * @since 0.1.0
 * @module
 */
import { createReadStream } from "node:fs"
import { availableParallelism } from "node:os"
import { fileChunks, validateFile } from "@juki/formats/node"
import { addAbortSignal, Readable } from "node:stream"
import type { JukiError } from "@juki/core"
import { Csv, FixedLength, type Encoding, type LayoutSpec, type LineEnding, type Summary } from "@juki/formats"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { describeSystemError, inspectPath, isSystemError } from "../cli/input.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { renderJunitSuites } from "../report/junit.js"
import { resolveLayout } from "./layouts.js"
import { makeProgress } from "./progress.js"

/** Files from this size on are validated on every core unless `--workers` says otherwise. */
const PARALLEL_FROM = 16 * 1024 * 1024

/**
 * Options of `juki validate`.
 *
 * @category models
 * @since 0.1.0
 */
export interface ValidateCommandOptions {
  /** A file, a named pipe, or `-` for standard input. */
  readonly file: string
  readonly layout: string
  readonly format: "text" | "json" | "junit"
  readonly encoding?: Encoding
  /** CSV instead of fixed-length (default: by the file name ending in `.csv`, in any case). */
  readonly csv?: boolean
  /** Draw a progress bar (default: when stderr is a terminal). */
  readonly progress?: boolean
  /** How many problems to list (default 1,000; counts are always complete). */
  readonly maxProblems?: number
  /**
   * Worker threads for fixed-length files (`validateFile` of `@juki/formats/node`). Default: the available cores
   * for files of 16 MiB or more, else 1; 1 reads in this thread (progress bar, Ctrl-C).
   */
  readonly workers?: number
  /**
   * Line-ending policy of fixed-length CRLF files: `"crlf"` (strict, a bare LF is `formats.record.line-ending`) or
   * `"any"` (default: the layout's, else `"crlf"`).
   */
  readonly lineEnding?: LineEnding
}

/**
 * The JSON summary of `juki validate --format json`. `interrupted` is `true`
 * when Ctrl-C stopped the run: the counts are then those of the records
 * checked so far.
 *
 * @category models
 * @since 0.1.0
 */
export interface ValidateJson {
  readonly file: string
  readonly layout: string
  readonly records: number
  readonly accepted: number
  readonly rejected: number
  readonly bytes: number
  readonly problems: number
  readonly byRule: Readonly<Record<string, number>>
  readonly firstProblems: ReadonlyArray<ReturnType<JukiError["toJSON"]>>
  readonly elapsedMs: number
  readonly interrupted: boolean
}

const describeProblem = (p: JukiError, io: Io): string => {
  const pos = p.position
  const where = [
    pos?.record !== undefined ? `#${pos.record}` : "",
    pos?.byteOffset !== undefined ? `@${pos.byteOffset}` : "",
    p.field
  ]
    .filter(Boolean)
    .join(" ")
  const severity = io.lang === "ja" ? (p.severity === "error" ? "エラー" : "アラート") : p.severity
  return `${where}  ${p.code} (${severity})  ${p.messageIn(io.lang)}${p.preview !== undefined ? `  [${p.preview}]` : ""}`
}

class Interrupted {
  readonly _tag = "Interrupted"
}

/**
 * Validates a file. Exit 0 when every record was accepted, 1 when some were
 * rejected, 2 on usage or I/O errors, 130 when interrupted.
 *
 * @category commands
 * @since 0.1.0
 */
export const validate = async (
  options: ValidateCommandOptions,
  io: Io
): Promise<{ readonly code: ExitCode; readonly summary: Summary }> => {
  const stdin = options.file === "-"
  let total = 0
  let path = ""
  if (!stdin) {
    const info = inspectPath(options.file, io.cwd, io.lang)
    if (info.kind === "directory") throw new UsageError(t(io.lang, "isDirectory", options.file))
    if (info.kind !== "file" && info.kind !== "fifo")
      throw new UsageError(t(io.lang, "notRegularFile", options.file, t(io.lang, `kind.${info.kind}`)))
    path = info.path
    total = info.kind === "file" ? info.size : 0
  }
  const layout: LayoutSpec = await resolveLayout(options.layout, io)
  const csv = options.csv ?? (!stdin && path.toLowerCase().endsWith(".csv"))
  const codecOptions = options.encoding ? { encoding: options.encoding } : {}
  const fixedOptions = { ...codecOptions, ...(options.lineEnding ? { lineEnding: options.lineEnding } : {}) }
  const codec = csv ? Csv.make(layout, codecOptions) : FixedLength.make(layout, fixedOptions)
  const progress = makeProgress(options.progress ?? io.isTTY, total, io.err)
  const signal = io.signal
  let bytes = 0
  const tally = {
    records: 0,
    accepted: 0,
    rejected: 0,
    problems: 0,
    byRule: new Map<string, number>(),
    first: [] as JukiError[]
  }
  const maxProblems = options.maxProblems ?? 1000
  async function* counted(): AsyncGenerator<Uint8Array> {
    // A regular file is read into one reused buffer (constant memory; a stream allocates a buffer per chunk).
    const source: AsyncIterable<Uint8Array | string> = stdin
      ? (io.stdin ?? (signal ? addAbortSignal(signal, process.stdin) : process.stdin))
      : total > 0
        ? fileChunks(path, signal ? { signal } : {})
        : createReadStream(path, { highWaterMark: 1 << 16, ...(signal ? { signal } : {}) })
    if (signal?.aborted) throw new Interrupted()
    try {
      for await (const chunk of source) {
        if (signal?.aborted) throw new Interrupted()
        const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk
        bytes += buf.length
        progress.update(bytes, tally.records)
        yield buf
      }
    } catch (e) {
      if (signal?.aborted || (e instanceof Error && e.name === "AbortError")) throw new Interrupted()
      throw e
    } finally {
      if (source instanceof Readable && !stdin) source.destroy()
    }
  }
  const started = Date.now()
  let summary: Summary
  let interrupted = false
  const workers = options.workers ?? (total >= PARALLEL_FROM ? availableParallelism() : 1)
  try {
    summary =
      workers > 1 && !stdin && !csv
        ? await validateFile(layout, path, { ...fixedOptions, workers, maxProblems })
        : await codec.validate(counted(), {
            maxProblems,
            onRecord: (_record, accepted) => {
              tally.records++
              if (accepted) tally.accepted++
              else tally.rejected++
            },
            onProblem: (p) => {
              tally.problems++
              tally.byRule.set(p.code, (tally.byRule.get(p.code) ?? 0) + 1)
              if (tally.first.length < maxProblems) tally.first.push(p)
            }
          })
  } catch (e) {
    progress.done()
    if (!(e instanceof Interrupted)) {
      if (isSystemError(e)) throw new UsageError(describeSystemError(e, io.lang, io.cwd, path))
      if (e instanceof UsageError) throw e
      throw new UsageError(t(io.lang, "cannotRead", options.file, e instanceof Error ? e.message : String(e)))
    }
    interrupted = true
    summary = {
      records: tally.records,
      accepted: tally.accepted,
      rejected: tally.rejected,
      bytes,
      problems: tally.problems,
      byRule: Object.fromEntries([...tally.byRule].sort(([a], [b]) => (a < b ? -1 : 1))),
      firstProblems: tally.first
    }
  }
  progress.done()
  const elapsedMs = Date.now() - started
  const shownFile = stdin ? "-" : options.file
  if (options.format === "json") {
    const json: ValidateJson = {
      file: shownFile,
      layout: layout.name,
      records: summary.records,
      accepted: summary.accepted,
      rejected: summary.rejected,
      bytes: summary.bytes,
      problems: summary.problems,
      byRule: summary.byRule,
      firstProblems: summary.firstProblems.map((p) => p.toJSON()),
      elapsedMs,
      interrupted
    }
    io.out(JSON.stringify(json, null, 2) + "\n")
  } else if (options.format === "junit") {
    const cases: Array<{ name: string; className: string; failure?: string }> = Object.entries(summary.byRule).map(
      ([rule, n]) => ({
        name: rule,
        className: layout.name,
        failure: `${n} × ${rule}: ${summary.firstProblems
          .filter((p) => p.code === rule)
          .slice(0, 20)
          .map((p) => describeProblem(p, io))
          .join(" | ")}`
      })
    )
    const balanced = summary.records === summary.accepted + summary.rejected
    cases.unshift({
      name: `records in = accepted + rejected (${summary.records} = ${summary.accepted} + ${summary.rejected})`,
      className: layout.name,
      ...(balanced ? {} : { failure: "record count mismatch" })
    })
    if (interrupted)
      cases.push({ name: "interrupted", className: layout.name, failure: t(io.lang, "interrupted", summary.records) })
    io.out(renderJunitSuites(`juki validate ${shownFile}`, [{ name: `${layout.name}: ${shownFile}`, cases }]))
  } else {
    for (const p of summary.firstProblems) io.out(describeProblem(p, io) + "\n")
    if (summary.problems > summary.firstProblems.length)
      io.out(`… ${summary.problems - summary.firstProblems.length}\n`)
    for (const [rule, n] of Object.entries(summary.byRule).sort((a, b) => b[1] - a[1])) io.out(`  ${rule}: ${n}\n`)
    io.out(t(io.lang, "validateSummary", summary.records, summary.accepted, summary.rejected, summary.problems) + "\n")
  }
  if (interrupted) {
    io.err(t(io.lang, "interrupted", summary.records) + "\n")
    return { code: 130, summary }
  }
  return { code: summary.rejected > 0 ? 1 : 0, summary }
}

/**
 * The `validate` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const validateCommand: CommandSpec = {
  name: "validate",
  summary: {
    ja: "レコードファイルを検証する（ストリーミング、一定のメモリ）",
    en: "validate a record file (streaming, constant memory)"
  },
  usage: {
    ja: "<ファイル|-> --layout <名前|ファイル.json> [オプション]",
    en: "<file|-> --layout <name|file.json> [options]"
  },
  options: [
    {
      name: "layout",
      short: "l",
      type: "string",
      value: { ja: "<名前|ファイル.json>", en: "<name|file.json>" },
      description: {
        ja: "同梱レイアウトの名前（juki layouts）か JSON のレイアウトファイル",
        en: "a bundled layout (juki layouts) or a JSON layout file"
      },
      example: "--layout honnin-kakunin-joho"
    },
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["text", "json", "junit"],
      value: { ja: "text|json|junit", en: "text|json|junit" },
      description: { ja: "出力形式（既定: text）", en: "output format (default: text)" },
      example: "--format json"
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
      name: "line-ending",
      type: "string",
      choices: ["crlf", "any"],
      value: { ja: "crlf|any", en: "crlf|any" },
      description: {
        ja: "固定長 CRLF ファイルの改行の扱い（crlf: CR のない LF は誤り、any: LF も可。既定: レイアウトの指定、なければ crlf）",
        en: "line endings of fixed-length CRLF files (crlf: a bare LF is an error; any: LF too; default: the layout's, else crlf)"
      },
      example: "--line-ending any"
    },
    {
      name: "csv",
      type: "boolean",
      description: {
        ja: "CSV として読む（既定: 拡張子が .csv なら CSV、大文字小文字は問わない）",
        en: "read as CSV (default: when the name ends in .csv, in any case)"
      },
      example: "--csv"
    },
    {
      name: "workers",
      type: "string",
      value: { ja: "<数>", en: "<n>" },
      description: {
        ja: "固定長ファイルを検証するスレッド数（既定: 16 MiB 以上なら CPU コア数、それ未満は 1。1 なら進捗表示あり）",
        en: "threads for fixed-length files (default: the available cores from 16 MiB on, else 1; 1 draws progress)"
      },
      example: "--workers 2"
    },
    {
      name: "progress",
      type: "boolean",
      description: {
        ja: "進捗を表示する（既定: 端末のとき。パイプでは件数とバイト数のみ）",
        en: "draw the progress bar (default: on a terminal; bytes and records only for pipes)"
      },
      example: "--progress"
    },
    {
      name: "no-progress",
      type: "boolean",
      description: { ja: "進捗を表示しない", en: "no progress bar" },
      example: "--no-progress"
    }
  ],
  examples: [
    {
      command: "juki validate honnin.dat --layout honnin-kakunin-joho",
      ja: "本人確認情報ファイルを検証する",
      en: "validate a 本人確認情報 file"
    },
    {
      command: "gzip -dc honnin.dat.gz | juki validate - --layout honnin-kakunin-joho --format json",
      ja: "標準入力から読み、JSON で結果を出す",
      en: "read standard input, print JSON"
    },
    {
      command: "juki validate atena.csv --layout my-layout.json --encoding utf-8 --format junit",
      ja: "自前の JSON レイアウトで UTF-8 の CSV を検証し、JUnit XML を出す",
      en: "a UTF-8 CSV with your own JSON layout, JUnit XML out"
    }
  ],
  notes: {
    ja: "Ctrl-C で中断すると、進捗行を消し、検査済みの件数を表示して終了コード 130 で終わります（--format json でも JSON は閉じます）。",
    en: "Ctrl-C clears the progress line, prints how many records were checked and exits 130 (--format json still prints a complete JSON document)."
  },
  run: async (args, io) => {
    const [file, ...extra] = args.positionals
    if (!file) throw new UsageError(t(io.lang, "missingArgument", io.lang === "ja" ? "<ファイル|->" : "<file|->"), true)
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    const layout = stringOption(args, "layout")
    if (!layout) throw new UsageError(t(io.lang, "missingArgument", "--layout"), true)
    const format = (stringOption(args, "format") ?? "text") as ValidateCommandOptions["format"]
    const encoding = stringOption(args, "encoding") as Encoding | undefined
    const lineEnding = stringOption(args, "line-ending") as LineEnding | undefined
    const progress = args.values["no-progress"] ? false : args.values["progress"] ? true : undefined
    const workersText = stringOption(args, "workers")
    const workers = workersText === undefined ? undefined : Number(workersText)
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
      throw new UsageError(`--workers: ${workersText}`, true)
    }
    return (
      await validate(
        {
          file,
          layout,
          format,
          ...(encoding ? { encoding } : {}),
          ...(lineEnding ? { lineEnding } : {}),
          ...(args.values["csv"] ? { csv: true } : {}),
          ...(progress === undefined ? {} : { progress }),
          ...(workers === undefined ? {} : { workers })
        },
        io
      )
    ).code
  }
}
