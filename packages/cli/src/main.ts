/**
 * The `juki` command line: global options, dispatch over the command table
 * (`commands/index.ts`), and the one place where every failure becomes one
 * line in the user's language and an exit code.
 *
 * Exit codes: 0 clean, 1 findings (records rejected, cases failed, invalid
 * items), 2 usage or I/O error, 130 interrupted (Ctrl-C).
 *
 * @since 0.1.0
 * @module
 */
import type { Lang } from "@juki/core"
import { commandHelp, globalHelp, globalOptions, parseCommandArgs } from "./cli/command.js"
import { describeSystemError, isSystemError } from "./cli/input.js"
import { maskDigits, suggest } from "./cli/text.js"
import { commands } from "./commands/index.js"
import { t } from "./i18n.js"
import { UsageError, type ExitCode, type Io } from "./io.js"
import { cliVersion } from "./version.js"

const detectLang = (argv: ReadonlyArray<string>): Lang => {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break
    if (argv[i] === "--lang=en" || (argv[i] === "--lang" && argv[i + 1] === "en")) return "en"
  }
  return "ja"
}

/**
 * Runs the CLI with the given arguments. Never throws: usage and I/O problems
 * are one line on stderr with exit code 2; an internal error is one line too
 * (its stack trace only with `--debug`).
 *
 * @category commands
 * @since 0.1.0
 */
export const main = async (argv: ReadonlyArray<string>, io: Omit<Io, "lang">): Promise<ExitCode> => {
  const lang = detectLang(argv)
  const debug = argv.includes("--debug")
  const ctx: Io = { ...io, lang }
  let commandName: string | undefined
  try {
    // Global options before the command.
    let i = 0
    const globals = new Set(globalOptions.map((o) => `--${o.name}`))
    for (; i < argv.length; i++) {
      const a = argv[i] as string
      if (!a.startsWith("-") || a === "-") break
      if (a === "--help" || a === "-h") {
        ctx.out(globalHelp(commands, lang) + "\n")
        return 0
      }
      if (a === "--version" || a === "-V") {
        ctx.out(`juki ${cliVersion()}\n`)
        return 0
      }
      if (a === "--lang") {
        const v = argv[++i]
        if (v !== "ja" && v !== "en") throw new UsageError(t(lang, "badChoice", "--lang", v ?? "", "ja, en"))
        continue
      }
      if (a === "--lang=ja" || a === "--lang=en" || a === "--debug") continue
      const name = a.split("=")[0] as string
      const owners = commands.filter((c) => c.options.some((o) => `--${o.name}` === name)).map((c) => c.name)
      if (owners.length) throw new UsageError(t(lang, "optionOfOtherCommand", name, "juki", owners.join(", ")))
      const near = suggest(
        name.replace(/^-+/, ""),
        [...globals].map((g) => g.slice(2))
      ).map((g) => `--${g}`)
      throw new UsageError(
        t(lang, "unknownOption", name, "juki") + (near.length ? t(lang, "didYouMean", near.join(", ")) : "")
      )
    }
    let name = argv[i]
    let rest = argv.slice(i + 1)
    // `juki registry …` parses its own arguments (@juki/store); its help comes from the command table.
    if (name === "registry" && !rest.includes("--help") && !rest.includes("-h")) {
      const { RegistryCli } = await import("@juki/store")
      return await RegistryCli.runRegistry(rest, { ...ctx, env: process.env })
    }
    if (name === undefined) {
      ctx.err(globalHelp(commands, lang) + "\n")
      return 2
    }
    if (name === "help") {
      const target = rest.find((r) => !r.startsWith("-"))
      if (target === undefined) {
        ctx.out(globalHelp(commands, lang) + "\n")
        return 0
      }
      name = target
      rest = ["--help"]
    }
    const spec = commands.find((c) => c.name === name)
    if (!spec) {
      const near = suggest(
        name,
        commands.map((c) => c.name)
      )
      throw new UsageError(
        t(lang, "unknownCommand", name) +
          (near.length ? t(lang, "didYouMean", near.join(", ")) : "") +
          "\n" +
          t(lang, "seeGlobalHelp")
      )
    }
    commandName = spec.name
    const args = parseCommandArgs(rest, spec, commands, lang)
    if (args.values["help"]) {
      ctx.out(commandHelp(spec, lang) + "\n")
      return 0
    }
    if (args.values["version"]) {
      ctx.out(`juki ${cliVersion()}\n`)
      return 0
    }
    return await spec.run(args, ctx)
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.err(e.message + (commandName && e.showHelp ? `\n${t(lang, "seeHelp", commandName)}` : "") + "\n")
      return 2
    }
    if (isSystemError(e)) {
      ctx.err(describeSystemError(e, lang, ctx.cwd) + "\n")
      return 2
    }
    const message = maskDigits(e instanceof Error ? e.message : String(e))
    ctx.err(t(lang, "internalError", message) + "\n")
    if (debug && e instanceof Error && e.stack) ctx.err(maskDigits(e.stack) + "\n")
    return 2
  }
}
