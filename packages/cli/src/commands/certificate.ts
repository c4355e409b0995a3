/**
 * `juki certificate <registry.json> <request.json> [--measures <file>] [--format text|html|json]`:
 * projects a certificate request with `@juki/certificates` and prints the
 * content, or every violation with its rule id (exit 1).
 *
 * @since 0.2.0
 * @module
 */
import { project, renderHtml, renderText } from "@juki/certificates"
import { Registry } from "@juki/records"
import { Result } from "effect"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { LIMITS, parseJson, readTextFile } from "../cli/input.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"

/**
 * Options of `juki certificate`.
 *
 * @category models
 * @since 0.2.0
 */
export interface CertificateOptions {
  readonly registry: string
  readonly request: string
  readonly measures?: string
  readonly format: "text" | "html" | "json"
}

const readJson = (io: Io, file: string): unknown =>
  parseJson(readTextFile(file, io.cwd, io.lang, LIMITS.items).text, file, io.lang)

/**
 * Runs the projection. Violations (and a registry that does not load) print
 * their rule ids and messages and give exit code 1.
 *
 * @category commands
 * @since 0.2.0
 */
export const certificate = (options: CertificateOptions, io: Io): ExitCode => {
  const registry = Registry.fromJSON(readJson(io, options.registry))
  const problems = (list: ReadonlyArray<{ code: string; messageIn: (l: "ja" | "en") => string }>): ExitCode => {
    if (options.format === "json") {
      io.out(
        `${JSON.stringify({ accepted: false, errors: list.map((e) => ({ rule: e.code, message: e.messageIn(io.lang) })) }, null, 2)}\n`
      )
    } else for (const e of list) io.out(`${e.code}\t${e.messageIn(io.lang)}\n`)
    return 1
  }
  if (Result.isFailure(registry)) return problems(registry.failure)
  const measures = options.measures === undefined ? undefined : readJson(io, options.measures)
  const r = project(
    registry.success,
    readJson(io, options.request),
    measures === undefined ? {} : { measures: measures as never }
  )
  if (Result.isFailure(r)) return problems(r.failure)
  if (options.format === "html") io.out(`${renderHtml(r.success)}\n`)
  else if (options.format === "json")
    io.out(`${JSON.stringify({ accepted: true, certificate: { ...r.success, notices: [] } }, null, 2)}\n`)
  else io.out(`${renderText(r.success)}\n`)
  return 0
}

/**
 * The `certificate` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const certificateCommand: CommandSpec = {
  name: "certificate",
  summary: {
    ja: "証明書の交付請求を評価し、記載できる内容か違反を出力する（住基法12条ほか）",
    en: "project a certificate request: the content it may show, or every violation (住基法12条 and more)"
  },
  usage: { ja: "<台帳.json> <請求.json> [オプション]", en: "<registry.json> <request.json> [options]" },
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["text", "html", "json"],
      value: { ja: "text|html|json", en: "text|html|json" },
      description: { ja: "出力形式（既定: text）", en: "output format (default: text)" },
      example: "--format html"
    },
    {
      name: "measures",
      type: "string",
      value: { ja: "<ファイル>", en: "<file>" },
      description: {
        ja: "DV等支援措置の一覧（JSON 配列: id, protected, offenders, from, to）",
        en: "DV等 支援措置 list (JSON array: id, protected, offenders, from, to)"
      },
      example: "--measures measures.json"
    }
  ],
  examples: [
    {
      command: "juki certificate registry.json request.json",
      ja: "請求に対する証明書の内容（または違反）をテキストで出す",
      en: "the content of the certificate (or the violations), as text"
    }
  ],
  run: async (args, io) => {
    const [registry, request, ...extra] = args.positionals
    if (!registry || !request)
      throw new UsageError(t(io.lang, "missingArgument", "<registry.json> <request.json>"), true)
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    const measures = stringOption(args, "measures")
    const format = (stringOption(args, "format") ?? "text") as CertificateOptions["format"]
    return certificate({ registry, request, format, ...(measures ? { measures } : {}) }, io)
  }
}
