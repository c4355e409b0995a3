/**
 * `juki audit`: runs the conformance suite (built in, or vector files
 * written by someone else) and writes the auditors' report as Markdown, HTML,
 * JSON and JUnit.
 *
 * @since 0.1.0
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import {
  builtinVectorDirs,
  loadVectorFiles,
  ruleCatalogue,
  runFile,
  summarise,
  type CaseResult,
  type LoadedFile
} from "@juki/conformance"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { buildReport, type AuditReport } from "../report/model.js"
import { renderHtml } from "../report/html.js"
import { renderJunit } from "../report/junit.js"
import { renderMarkdown } from "../report/markdown.js"

/** The runner contract version this CLI implements. */
export const RUNNER_CONTRACT = "1.0.0"

/**
 * Options of `juki audit`.
 *
 * @category models
 * @since 0.1.0
 */
export interface AuditOptions {
  /** Vector files or folders; the built-in suite when empty. */
  readonly vectors: ReadonlyArray<string>
  /** Where to write report.{md,html,json,xml}. */
  readonly out: string
  /** Include the built-in optional cases (only with the built-in suite). */
  readonly includeOptional: boolean
  /** Which report files to write. */
  readonly formats: ReadonlyArray<"md" | "html" | "json" | "junit">
}

/**
 * Runs the audit and writes the reports. Returns the report and the exit code
 * (1 when any case failed).
 *
 * @category commands
 * @since 0.1.0
 */
export const audit = (options: AuditOptions, io: Io): { readonly report: AuditReport; readonly code: ExitCode; readonly files: ReadonlyArray<string> } => {
  let files: ReadonlyArray<LoadedFile>
  const sources: string[] = []
  try {
    if (options.vectors.length === 0) {
      const dirs = builtinVectorDirs()
      files = loadVectorFiles(dirs.required, io.cwd)
      sources.push("built-in (conformance/vectors)")
      if (options.includeOptional && existsSync(dirs.optional)) {
        files = [...files, ...loadVectorFiles(dirs.optional, io.cwd)]
        sources.push("built-in optional (conformance/optional)")
      }
    } else {
      files = options.vectors.flatMap((v) => {
        const p = resolve(io.cwd, v)
        if (!existsSync(p)) throw new UsageError(t(io.lang, "fileNotFound", v))
        sources.push(v)
        return loadVectorFiles(p, io.cwd)
      })
    }
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`${t(io.lang, "badOption", "--vectors")}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const results: ReadonlyArray<CaseResult> = files.flatMap((f) => runFile(f))
  const summary = summarise(results)
  const report = buildReport({
    results,
    summary,
    catalogue: ruleCatalogue(),
    sources,
    lang: io.lang,
    runnerContract: RUNNER_CONTRACT,
    now: io.now(),
    onlyExercised: options.vectors.length > 0
  })
  const outDir = resolve(io.cwd, options.out)
  mkdirSync(outDir, { recursive: true })
  const written: string[] = []
  const write = (name: string, text: string) => {
    const p = join(outDir, name)
    writeFileSync(p, text)
    written.push(p)
  }
  for (const f of options.formats) {
    if (f === "md") write("audit-report.md", renderMarkdown(report))
    if (f === "html") write("audit-report.html", renderHtml(report))
    if (f === "json") write("audit-report.json", JSON.stringify(report, null, 2) + "\n")
    if (f === "junit") write("audit-report.junit.xml", renderJunit(report))
  }
  for (const r of results.filter((r) => !r.passed)) io.err(t(io.lang, "caseFailed", `${r.subject}: ${r.description}`, r.reason ?? "") + "\n")
  io.out(t(io.lang, "auditSummary", summary.cases, summary.passed, summary.failed, summary.optional) + "\n")
  for (const p of written) io.out(t(io.lang, "reportWritten", p) + "\n")
  return { report, code: summary.failed > 0 ? 1 : 0, files: written }
}
