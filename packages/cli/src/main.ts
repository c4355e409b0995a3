/**
 * The `juki` command line: argument parsing and dispatch.
 *
 * @since 0.1.0
 * @module
 */
import { parseArgs } from "node:util"
import type { Lang } from "@juki/core"
import { audit } from "./commands/audit.js"
import { t } from "./i18n.js"
import { UsageError, type ExitCode, type Io } from "./io.js"

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>

const OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  vectors: { type: "string", multiple: true },
  out: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  layout: { type: "string", short: "l" },
  encoding: { type: "string" },
  "as-of": { type: "string" },
  "include-optional": { type: "boolean" },
  records: { type: "string" },
  seed: { type: "string" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" }
} as const

const str = (v: Values, k: string): string | undefined => (typeof v[k] === "string" ? (v[k] as string) : undefined)

/**
 * Runs the CLI with the given arguments. Never throws: usage and I/O problems
 * give exit code 2 with a message on stderr.
 *
 * @category commands
 * @since 0.1.0
 */
export const main = async (argv: ReadonlyArray<string>, io: Omit<Io, "lang">): Promise<ExitCode> => {
  const langIndex = argv.indexOf("--lang")
  const lang: Lang = argv.includes("--lang=en") || (langIndex >= 0 && argv[langIndex + 1] === "en") ? "en" : "ja"
  const ctx: Io = { ...io, lang }
  try {
    let parsed
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
    } catch (e) {
      throw new UsageError(t(lang, "badOption", e instanceof Error ? e.message : String(e)))
    }
    const values = parsed.values as Values
    const [command, ...rest] = parsed.positionals
    const langValue = str(values, "lang")
    if (langValue !== undefined && langValue !== "ja" && langValue !== "en") throw new UsageError(t(lang, "badOption", `--lang ${langValue}`))
    if (values["help"] || command === undefined || command === "help") {
      ctx.out(t(lang, "usage") + "\n")
      return command === undefined && !values["help"] ? 2 : 0
    }
    switch (command) {
      case "audit": {
        const formats = (str(values, "format") ?? "md,html,json,junit").split(",").map((s) => s.trim())
        for (const f of formats) if (!["md", "html", "json", "junit"].includes(f)) throw new UsageError(t(lang, "badOption", `--format ${f}`))
        const vectors = [...((values["vectors"] as string[] | undefined) ?? []), ...rest]
        return audit(
          {
            vectors,
            out: str(values, "out") ?? "juki-audit",
            includeOptional: Boolean(values["include-optional"]),
            formats: formats as Array<"md" | "html" | "json" | "junit">
          },
          ctx
        ).code
      }
      default: {
        const { runOther } = await import("./commands/other.js")
        return await runOther(command, rest, values, ctx)
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.err(e.message + "\n")
      return 2
    }
    ctx.err(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    return 2
  }
}
