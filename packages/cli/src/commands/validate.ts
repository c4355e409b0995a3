/**
 * `juki validate <file> --layout <name|path>`: streams a record file through
 * the layout's decoder and every field check, in constant memory, and
 * reports every problem with record number, byte offset, field and rule id.
 *
 * @since 0.1.0
 * @module
 */
import { createReadStream, existsSync, statSync } from "node:fs"
import { resolve } from "node:path"
import type { JukiError } from "@juki/core"
import { Csv, FixedLength, type Encoding, type LayoutSpec, type Summary } from "@juki/formats"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { renderJunitSuites } from "../report/junit.js"
import { resolveLayout } from "./layouts.js"
import { makeProgress } from "./progress.js"

/**
 * Options of `juki validate`.
 *
 * @category models
 * @since 0.1.0
 */
export interface ValidateCommandOptions {
  readonly file: string
  readonly layout: string
  readonly format: "text" | "json" | "junit"
  readonly encoding?: Encoding
  /** CSV instead of fixed-length (default: by the file name ending in `.csv`). */
  readonly csv?: boolean
  /** Draw a progress bar (default: when stderr is a terminal). */
  readonly progress?: boolean
  /** How many problems to list (default 1,000; counts are always complete). */
  readonly maxProblems?: number
}

/**
 * The JSON summary of `juki validate --format json`.
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
}

const describeProblem = (p: JukiError, io: Io): string => {
  const pos = p.position
  const where = [pos?.record !== undefined ? `#${pos.record}` : "", pos?.byteOffset !== undefined ? `@${pos.byteOffset}` : "", p.field].filter(Boolean).join(" ")
  return `${where}  ${p.code} (${p.severity})  ${p.messageIn(io.lang)}${p.preview !== undefined ? `  [${p.preview}]` : ""}`
}

/**
 * Validates a file. Exit 0 when every record was accepted, 1 when some were
 * rejected, 2 on usage or I/O errors.
 *
 * @category commands
 * @since 0.1.0
 */
export const validate = async (options: ValidateCommandOptions, io: Io): Promise<{ readonly code: ExitCode; readonly summary: Summary }> => {
  const path = resolve(io.cwd, options.file)
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(t(io.lang, "fileNotFound", options.file))
  const layout: LayoutSpec = await resolveLayout(options.layout, io)
  const csv = options.csv ?? path.toLowerCase().endsWith(".csv")
  const codecOptions = options.encoding ? { encoding: options.encoding } : {}
  const codec = csv ? Csv.make(layout, codecOptions) : FixedLength.make(layout, codecOptions)
  const total = statSync(path).size
  const progress = makeProgress(options.progress ?? io.isTTY, total, io.err)
  let bytes = 0
  let records = 0
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      bytes += (chunk as Buffer).length
      progress.update(bytes, records)
      yield chunk as Uint8Array
    }
  }
  const started = Date.now()
  let summary: Summary
  try {
    summary = await codec.validate(counted(), {
      maxProblems: options.maxProblems ?? 1000,
      onRecord: () => {
        records++
      }
    })
  } catch (e) {
    progress.done()
    throw new UsageError(`${options.file}: ${e instanceof Error ? e.message : String(e)}`)
  }
  progress.done()
  const elapsedMs = Date.now() - started
  if (options.format === "json") {
    const json: ValidateJson = {
      file: options.file,
      layout: layout.name,
      records: summary.records,
      accepted: summary.accepted,
      rejected: summary.rejected,
      bytes: summary.bytes,
      problems: summary.problems,
      byRule: summary.byRule,
      firstProblems: summary.firstProblems.map((p) => p.toJSON()),
      elapsedMs
    }
    io.out(JSON.stringify(json, null, 2) + "\n")
  } else if (options.format === "junit") {
    const cases = Object.entries(summary.byRule).map(([rule, n]) => ({
      name: rule,
      className: layout.name,
      failure: `${n} × ${rule}: ${summary.firstProblems
        .filter((p) => p.code === rule)
        .slice(0, 20)
        .map((p) => describeProblem(p, io))
        .join(" | ")}`
    }))
    cases.unshift({
      name: `records in = accepted + rejected (${summary.records} = ${summary.accepted} + ${summary.rejected})`,
      className: layout.name,
      ...(summary.records === summary.accepted + summary.rejected ? {} : { failure: "record count mismatch" })
    } as { name: string; className: string; failure: string })
    io.out(renderJunitSuites(`juki validate ${options.file}`, [{ name: `${layout.name}: ${options.file}`, cases }]))
  } else {
    for (const p of summary.firstProblems) io.out(describeProblem(p, io) + "\n")
    if (summary.problems > summary.firstProblems.length) io.out(`… ${summary.problems - summary.firstProblems.length}\n`)
    for (const [rule, n] of Object.entries(summary.byRule).sort((a, b) => b[1] - a[1])) io.out(`  ${rule}: ${n}\n`)
    io.out(t(io.lang, "validateSummary", summary.records, summary.accepted, summary.rejected, summary.problems) + "\n")
  }
  return { code: summary.rejected > 0 ? 1 : 0, summary }
}
