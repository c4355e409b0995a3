/**
 * `juki audit`: runs the conformance suite (built in, or vector files
 * written by someone else) and writes the auditors' report as Markdown, HTML,
 * JSON and JUnit.
 *
 * @since 0.1.0
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { builtinVectorDirs, ruleCatalogue, runFile, summarise, type CaseResult } from "@juki/conformance"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { describeSystemError, inspectPath, isSystemError } from "../cli/input.js"
import { loadVectors, type HashedFile } from "../cli/vectors.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { buildReport, type AuditReport } from "../report/model.js"
import { renderHtml } from "../report/html.js"
import { renderJunit } from "../report/junit.js"
import { renderMarkdown } from "../report/markdown.js"
import { cliVersion, packageVersion } from "../version.js"

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
  /** Print case inputs and values in full (default: identifiers masked, `********1234`). */
  readonly showInputs?: boolean
}

/**
 * Runs the audit and writes the reports. Returns the report and the exit code
 * (1 when any case failed).
 *
 * @category commands
 * @since 0.1.0
 */
export const audit = (
  options: AuditOptions,
  io: Io
): { readonly report: AuditReport; readonly code: ExitCode; readonly files: ReadonlyArray<string> } => {
  let files: ReadonlyArray<HashedFile>
  const sources: string[] = []
  if (options.vectors.length === 0) {
    const dirs = builtinVectorDirs()
    files = loadVectors([dirs.required], io.cwd, io.lang)
    sources.push("built-in (conformance/vectors)")
    if (options.includeOptional) {
      let optional: ReadonlyArray<HashedFile> = []
      try {
        if (inspectPath(dirs.optional, io.cwd, io.lang).kind === "directory")
          optional = loadVectors([dirs.optional], io.cwd, io.lang)
      } catch (e) {
        if (!(e instanceof UsageError)) throw e
      }
      files = [...files, ...optional]
      sources.push("built-in optional (conformance/optional)")
    }
  } else {
    files = loadVectors(options.vectors, io.cwd, io.lang)
    sources.push(...options.vectors)
  }
  const results: ReadonlyArray<CaseResult & { readonly input: unknown }> = files.flatMap((f) =>
    runFile(f).map((r, i) => ({ ...r, input: { given: f.data.cases[i]?.given, when: f.data.cases[i]?.when } }))
  )
  const summary = summarise(results)
  const report = buildReport({
    results,
    summary,
    catalogue: ruleCatalogue(),
    sources,
    lang: io.lang,
    runnerContract: RUNNER_CONTRACT,
    versions: { juki: cliVersion(), runner: `@juki/conformance ${packageVersion("@juki/conformance")}` },
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes, cases: f.data.cases.length })),
    now: io.now(),
    showInputs: options.showInputs ?? false,
    onlyExercised: options.vectors.length > 0
  })
  const outDir = resolve(io.cwd, options.out)
  const written: string[] = []
  const write = (name: string, text: string) => {
    const p = join(outDir, name)
    try {
      mkdirSync(outDir, { recursive: true })
      writeFileSync(p, text)
    } catch (e) {
      throw isSystemError(e) ? new UsageError(describeSystemError(e, io.lang, io.cwd, p, true)) : e
    }
    written.push(p)
  }
  for (const f of options.formats) {
    if (f === "md") write("audit-report.md", renderMarkdown(report))
    if (f === "html") write("audit-report.html", renderHtml(report))
    if (f === "json") write("audit-report.json", JSON.stringify(report, null, 2) + "\n")
    if (f === "junit") write("audit-report.junit.xml", renderJunit(report))
  }
  for (const r of report.results.filter((r) => !r.passed))
    io.err(t(io.lang, "caseFailed", `${r.subject}: ${r.description}`, r.reasonText) + "\n")
  io.out(t(io.lang, "auditSummary", summary.cases, summary.passed, summary.failed, summary.optional) + "\n")
  for (const p of written) io.out(t(io.lang, "reportWritten", p) + "\n")
  return { report, code: summary.failed > 0 ? 1 : 0, files: written }
}

/**
 * The `audit` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const auditCommand: CommandSpec = {
  name: "audit",
  summary: {
    ja: "適合性テストを実行し、監査報告書を書く",
    en: "run the conformance suite and write the auditors' report"
  },
  usage: { ja: "[<ファイル|フォルダ>…] [オプション]", en: "[<file|dir>…] [options]" },
  options: [
    {
      name: "vectors",
      type: "string",
      multiple: true,
      value: { ja: "<ファイル|フォルダ>", en: "<file|dir>" },
      description: {
        ja: "テストベクトル（既定: 同梱の適合性テスト）。公開の JSON Schema で検査してから実行する。複数可",
        en: "vector files or folders (default: the built-in suite), checked against the published JSON Schema first; repeatable"
      },
      example: "--vectors my-cases.json"
    },
    {
      name: "out",
      short: "o",
      type: "string",
      value: { ja: "<フォルダ>", en: "<dir>" },
      description: { ja: "報告書の出力先（既定: juki-audit）", en: "where to write the report (default: juki-audit)" },
      example: "--out report"
    },
    {
      name: "format",
      short: "f",
      type: "string",
      value: { ja: "md,html,json,junit", en: "md,html,json,junit" },
      description: {
        ja: "書く形式（カンマ区切り、既定: 全部）",
        en: "formats to write, comma-separated (default: all)"
      },
      example: "--format html,junit"
    },
    {
      name: "include-optional",
      type: "boolean",
      description: { ja: "同梱の任意ケースも実行する", en: "also run the built-in optional cases" },
      example: "--include-optional"
    },
    {
      name: "show-inputs",
      type: "boolean",
      description: {
        ja: "ケースの入力と値を伏せずに報告書へ載せる（既定: 8 桁以上の数字は末尾 4 桁以外を伏せる）",
        en: "print case inputs and values in full (default: runs of 8+ digits masked but the last 4)"
      },
      example: "--show-inputs"
    }
  ],
  examples: [
    {
      command: "juki audit --include-optional --out report",
      ja: "同梱の全ケースで監査し、report/ に報告書を書く",
      en: "audit with every built-in case, report into report/"
    },
    {
      command: "juki audit --vectors my-cases.json --format html --lang en",
      ja: "自分で書いたテストベクトルで監査し、英語の HTML 報告書を書く",
      en: "audit your own vectors, English HTML report"
    }
  ],
  run: async (args, io) => {
    const formats = (stringOption(args, "format") ?? "md,html,json,junit").split(",").map((s) => s.trim())
    for (const f of formats)
      if (!["md", "html", "json", "junit"].includes(f))
        throw new UsageError(t(io.lang, "badChoice", "--format", f, "md, html, json, junit"), true)
    const vectors = [...((args.values["vectors"] as ReadonlyArray<string> | undefined) ?? []), ...args.positionals]
    return audit(
      {
        vectors,
        out: stringOption(args, "out") ?? "juki-audit",
        includeOptional: Boolean(args.values["include-optional"]),
        formats: formats as Array<"md" | "html" | "json" | "junit">,
        showInputs: Boolean(args.values["show-inputs"])
      },
      io
    ).code
  }
}
