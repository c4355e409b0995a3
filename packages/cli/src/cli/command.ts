/**
 * The command table of `juki`: each command is one {@link CommandSpec} (its
 * options, help texts, examples and `run`), defined in its own file under
 * `commands/` and listed once in `commands/index.ts`. Parsing, help, typo
 * suggestions and "this option belongs to another command" all come from
 * these specs.
 *
 * **When to use**
 *
 * Adding a command: write `commands/<name>.ts` exporting a `CommandSpec` and
 * add it to the list in `commands/index.ts`. Nothing else changes.
 *
 * **Details**
 *
 * We parse with our own small parser over the specs instead of `effect/cli`:
 * `effect/cli` needs a platform runtime (`@effect/platform-node`) to run,
 * and its help headings and errors ("Did you mean this?") are fixed English
 * texts, while every line `juki` prints must be in the user's language
 * (Japanese by default). `main(argv, io)` also stays a plain function the
 * tests and the fuzz test call in-process.
 *
 * @since 0.2.0
 * @module
 */
import type { Lang } from "@juki/core"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { displayWidth, padEndWidth, suggest } from "./text.js"

/**
 * A text in both languages.
 *
 * @category models
 * @since 0.2.0
 */
export interface Bilingual {
  readonly ja: string
  readonly en: string
}

/**
 * One option of a command.
 *
 * @category models
 * @since 0.2.0
 */
export interface OptionSpec {
  /** Long name without dashes: `layout` for `--layout`. */
  readonly name: string
  readonly short?: string
  readonly type: "string" | "boolean"
  /** May be given more than once (values collected in order). */
  readonly multiple?: boolean
  /** Name of the value in help: `<名前|パス>`. */
  readonly value?: Bilingual
  /** Allowed values (checked by the parser). */
  readonly choices?: ReadonlyArray<string>
  readonly description: Bilingual
  /** An example of the option as typed: `--format json`. */
  readonly example: string
}

/**
 * Parsed arguments of one command.
 *
 * @category models
 * @since 0.2.0
 */
export interface ParsedArgs {
  readonly positionals: ReadonlyArray<string>
  readonly values: Readonly<Record<string, string | boolean | ReadonlyArray<string> | undefined>>
}

/**
 * A command: names, help texts, options and what it does.
 *
 * @category models
 * @since 0.2.0
 */
export interface CommandSpec {
  readonly name: string
  readonly summary: Bilingual
  /** The arguments after the command name: `<ファイル|-> --layout <名前|パス>`. */
  readonly usage: Bilingual
  readonly options: ReadonlyArray<OptionSpec>
  readonly examples: ReadonlyArray<{ readonly command: string } & Bilingual>
  /** Extra paragraphs of the command's help. */
  readonly notes?: Bilingual
  readonly run: (args: ParsedArgs, io: Io) => Promise<ExitCode>
}

/**
 * The options every command takes.
 *
 * @category models
 * @since 0.2.0
 */
export const globalOptions: ReadonlyArray<OptionSpec> = [
  {
    name: "lang",
    type: "string",
    choices: ["ja", "en"],
    value: { ja: "ja|en", en: "ja|en" },
    description: { ja: "表示言語（既定: ja）", en: "language of messages (default: ja)" },
    example: "--lang en"
  },
  {
    name: "help",
    short: "h",
    type: "boolean",
    description: { ja: "この説明を表示する", en: "show this help" },
    example: "--help"
  },
  {
    name: "version",
    short: "V",
    type: "boolean",
    description: { ja: "juki の版を表示する", en: "print the juki version" },
    example: "--version"
  },
  {
    name: "debug",
    type: "boolean",
    description: {
      ja: "内部エラーのスタックトレースも表示する（開発者向け）",
      en: "also print stack traces of internal errors (for developers)"
    },
    example: "--debug"
  }
]

const optionLabel = (o: OptionSpec, lang: Lang): string =>
  `${o.short ? `-${o.short}, ` : "    "}--${o.name}${o.type === "string" ? ` ${o.value?.[lang] ?? "<値>"}` : ""}`

/**
 * Lines of a two-column table padded by display width.
 *
 * @category formatting
 * @since 0.2.0
 */
export const columns = (rows: ReadonlyArray<readonly [string, string]>, indent = "  "): string => {
  const w = Math.max(0, ...rows.map(([a]) => displayWidth(a)))
  return rows.map(([a, b]) => `${indent}${padEndWidth(a, w)}  ${b}`.trimEnd()).join("\n")
}

/**
 * The help of one command: usage, every option with an example, examples,
 * exit codes.
 *
 * @category formatting
 * @since 0.2.0
 */
export const commandHelp = (spec: CommandSpec, lang: Lang): string => {
  const ja = lang === "ja"
  const opts = [...spec.options, ...globalOptions]
  const rows = opts.map(
    (o) => [optionLabel(o, lang), `${o.description[lang]}${ja ? "　例: " : " — e.g. "}${o.example}`] as const
  )
  return [
    `${ja ? "使い方" : "Usage"}: juki ${spec.name} ${spec.usage[lang]}`,
    "",
    spec.summary[lang],
    "",
    ja ? "オプション:" : "Options:",
    columns(rows),
    ...(spec.notes ? ["", spec.notes[lang]] : []),
    "",
    ja ? "例:" : "Examples:",
    ...spec.examples.map((e) => `  ${e.command}\n      ${e[lang]}`),
    "",
    t(lang, "exitCodes")
  ].join("\n")
}

/**
 * The global help: every command with its summary.
 *
 * @category formatting
 * @since 0.2.0
 */
export const globalHelp = (commands: ReadonlyArray<CommandSpec>, lang: Lang): string => {
  const ja = lang === "ja"
  return [
    `${ja ? "使い方" : "Usage"}: juki <${ja ? "コマンド" : "command"}> [${ja ? "オプション" : "options"}]`,
    "",
    ja ? "コマンド:" : "Commands:",
    columns(commands.map((c) => [c.name, c.summary[lang]] as const)),
    "",
    ja ? "共通オプション:" : "Common options:",
    columns(globalOptions.map((o) => [optionLabel(o, lang), o.description[lang]] as const)),
    "",
    ja ? "各コマンドの説明: juki <コマンド> --help" : "Help of a command: juki <command> --help",
    "",
    t(lang, "exitCodes")
  ].join("\n")
}

/**
 * Parses the arguments after the command name against the command's options
 * and the global ones. Unknown options, options of other commands, missing
 * values and values outside `choices` are {@link UsageError}s in the user's
 * language, with suggestions.
 *
 * @category parsing
 * @since 0.2.0
 */
export const parseCommandArgs = (
  argv: ReadonlyArray<string>,
  spec: CommandSpec,
  all: ReadonlyArray<CommandSpec>,
  lang: Lang
): ParsedArgs => {
  const opts = [...spec.options, ...globalOptions]
  const byName = new Map(opts.map((o) => [o.name, o]))
  const byShort = new Map(opts.filter((o) => o.short).map((o) => [o.short as string, o]))
  const values: Record<string, string | boolean | Array<string>> = {}
  const positionals: string[] = []
  const unknown = (flag: string): never => {
    const name = flag.replace(/^-+/, "")
    const owners = all.filter((c) => c !== spec && c.options.some((o) => o.name === name)).map((c) => c.name)
    if (owners.length > 0)
      throw new UsageError(t(lang, "optionOfOtherCommand", flag, spec.name, owners.join(", ")), true)
    const near = suggest(
      name,
      opts.map((o) => o.name)
    ).map((n) => `--${n}`)
    throw new UsageError(
      t(lang, "unknownOption", flag, spec.name) + (near.length ? t(lang, "didYouMean", near.join(", ")) : ""),
      true
    )
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg)
      continue
    }
    let o: OptionSpec | undefined
    let inline: string | undefined
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=")
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2)
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined
      o = byName.get(name)
      if (!o) unknown(`--${name}`)
    } else {
      if (arg.length !== 2) unknown(arg)
      o = byShort.get(arg.slice(1))
      if (!o) unknown(arg)
    }
    const opt = o as OptionSpec
    if (opt.type === "boolean") {
      if (inline !== undefined) throw new UsageError(t(lang, "optionTakesNoValue", `--${opt.name}`), true)
      values[opt.name] = true
      continue
    }
    let value = inline
    if (value === undefined) {
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith("-") && next !== "-"))
        throw new UsageError(t(lang, "optionNeedsValue", `--${opt.name}`, opt.example), true)
      value = next
      i++
    }
    if (opt.choices && !opt.choices.includes(value)) {
      throw new UsageError(t(lang, "badChoice", `--${opt.name}`, value, opt.choices.join(", ")), true)
    }
    if (opt.multiple) values[opt.name] = [...((values[opt.name] as string[] | undefined) ?? []), value]
    else if (values[opt.name] !== undefined) throw new UsageError(t(lang, "optionTwice", `--${opt.name}`), true)
    else values[opt.name] = value
  }
  return { positionals, values }
}

/**
 * A string option's value.
 *
 * @category parsing
 * @since 0.2.0
 */
export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name]
  return typeof v === "string" ? v : undefined
}
