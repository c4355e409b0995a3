/**
 * `juki retention --as-of <date> <file>`: the purge plan of
 * `@juki/retention` for a file of items, streamed in constant memory.
 *
 * Input: JSON Lines (one item per line: `{"id":"a","kind":"juminhyo-johyo","start":"2014-06-20"}`),
 * a JSON array (`.json`), or CSV with a header (`id,kind,start,archived,tennyuRecorded`).
 * Output: one decision per item as JSON Lines (default), CSV, or text.
 *
 * @since 0.1.0
 * @module
 */
import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs"
import { resolve } from "node:path"
import { createInterface } from "node:readline"
import { Calendar } from "@juki/core"
import { describe, planPurge, type PurgeDecision } from "@juki/retention"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"

/**
 * Options of `juki retention`.
 *
 * @category models
 * @since 0.1.0
 */
export interface RetentionOptions {
  readonly file: string
  readonly asOf: string
  readonly format: "jsonl" | "csv" | "text"
  /** Write the plan here instead of stdout. */
  readonly out?: string
}

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

async function* readItems(path: string): AsyncGenerator<unknown> {
  if (path.endsWith(".json")) {
    const data: unknown = JSON.parse(readFileSync(path, "utf8"))
    if (!Array.isArray(data)) throw new UsageError(`${path}: a .json file holds an array of items`)
    yield* data
    return
  }
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })
  const isCsv = path.endsWith(".csv")
  let header: string[] | undefined
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, "")
    if (line.trim() === "") continue
    if (!isCsv) {
      try {
        yield JSON.parse(line)
      } catch {
        yield { unparsable: true }
      }
      continue
    }
    const cells = parseCsvLine(line)
    if (!header) {
      header = cells
      continue
    }
    const item: Record<string, unknown> = {}
    header.forEach((h, i) => {
      const v = cells[i] ?? ""
      if (v === "") return
      item[h] = h === "archived" || h === "tennyuRecorded" ? v === "true" || v === "1" : v
    })
    yield item
  }
}

const idOf = (item: unknown): string =>
  item !== null && typeof item === "object" && "id" in item ? String((item as { id: unknown }).id) : ""

/**
 * Runs the purge plan. Invalid items are listed with their rule id and make
 * the exit code 1; a file that cannot be read is exit 2.
 *
 * @category commands
 * @since 0.1.0
 */
export const retention = async (options: RetentionOptions, io: Io): Promise<ExitCode> => {
  if (!Calendar.isIsoDate(options.asOf)) throw new UsageError(t(io.lang, "badDate", options.asOf))
  const path = resolve(io.cwd, options.file)
  if (!existsSync(path)) throw new UsageError(t(io.lang, "fileNotFound", options.file))
  const sink = options.out ? createWriteStream(resolve(io.cwd, options.out)) : undefined
  const write = (s: string) => (sink ? sink.write(s) : io.out(s))
  const counts = { total: 0, retained: 0, "purge-due": 0, "archive-due": 0, "expired-under-former-rule": 0, "keep-forever": 0, invalid: 0 }
  if (options.format === "csv") write("index,id,action,status,lastRetainedDay,reason,basis\n")
  for await (const d of planPurge(readItems(path), options.asOf) as AsyncIterable<PurgeDecision<unknown>>) {
    counts.total++
    const id = idOf(d.item)
    if (d.action === "invalid") {
      counts.invalid++
      const msg = d.error.messageIn(io.lang)
      if (options.format === "jsonl") write(JSON.stringify({ index: d.index, id, action: "invalid", rule: d.error.code, message: msg }) + "\n")
      else if (options.format === "csv") write(`${d.index},${csvCell(id)},invalid,,,${csvCell(d.error.code)},\n`)
      else write(`${d.index}\t${id}\tinvalid\t${d.error.code}\t${msg}\n`)
      continue
    }
    const e = d.evaluation
    counts[e.status]++
    const basis = e.basis.map((b) => b.cite).join("; ")
    if (options.format === "jsonl")
      write(JSON.stringify({ index: d.index, id, action: d.action, status: e.status, lastRetainedDay: e.lastRetainedDay, reason: e.reason, basis }) + "\n")
    else if (options.format === "csv")
      write(`${d.index},${csvCell(id)},${d.action},${e.status},${e.lastRetainedDay ?? ""},${e.reason},${csvCell(basis)}\n`)
    else write(`${d.index}\t${id}\t${d.action}\t${describe(e, io.lang)}\n`)
  }
  if (sink) await new Promise<void>((r) => sink.end(r))
  io.err(
    t(io.lang, "retentionSummary", counts.total, counts.retained, counts["purge-due"], counts["archive-due"], counts["expired-under-former-rule"], counts["keep-forever"], counts.invalid) + "\n"
  )
  return counts.invalid > 0 ? 1 : 0
}
