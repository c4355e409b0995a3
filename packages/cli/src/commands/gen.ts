/**
 * `juki gen <layout> --out <dir>`: the generated record type (`.ts`), JSON
 * Schema and Markdown layout table of a layout.
 *
 * @since 0.1.0
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { generateJsonSchema, generateMarkdown, generateTypeScript } from "@juki/formats"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { describeSystemError, isSystemError } from "../cli/input.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { resolveLayout } from "./layouts.js"

const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

/**
 * Writes `<name>.ts`, `<name>.schema.json` and `<name>.md` into `out`.
 *
 * @category commands
 * @since 0.1.0
 */
export const gen = async (
  options: { readonly layout: string; readonly out: string },
  io: Io
): Promise<{ readonly code: ExitCode; readonly files: ReadonlyArray<string> }> => {
  const layout = await resolveLayout(options.layout, io)
  const dir = resolve(io.cwd, options.out)
  const guard = (path: string, f: () => void) => {
    try {
      f()
    } catch (e) {
      throw isSystemError(e) ? new UsageError(describeSystemError(e, io.lang, io.cwd, path, true)) : e
    }
  }
  guard(dir, () => mkdirSync(dir, { recursive: true }))
  const base = kebab(layout.name)
  const files = [
    [join(dir, `${base}.ts`), generateTypeScript(layout)],
    [join(dir, `${base}.schema.json`), JSON.stringify(generateJsonSchema(layout), null, 2) + "\n"],
    [join(dir, `${base}.md`), generateMarkdown(layout)]
  ] as const
  for (const [p, text] of files) {
    guard(p, () => writeFileSync(p, text))
    io.out(t(io.lang, "generated", p) + "\n")
  }
  return { code: 0, files: files.map(([p]) => p) }
}

/**
 * The `gen` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const genCommand: CommandSpec = {
  name: "gen",
  summary: {
    ja: "レイアウトから型定義・JSON Schema・Markdown 表を生成する",
    en: "generate types, JSON Schema and a Markdown table from a layout"
  },
  usage: { ja: "<名前|ファイル.json> [--out <フォルダ>]", en: "<name|file.json> [--out <dir>]" },
  options: [
    {
      name: "out",
      short: "o",
      type: "string",
      value: { ja: "<フォルダ>", en: "<dir>" },
      description: { ja: "出力先フォルダ（既定: generated）", en: "output folder (default: generated)" },
      example: "--out src/generated"
    }
  ],
  examples: [
    {
      command: "juki gen togo-atena --out src/generated",
      ja: "統合宛名のレイアウトから togo-atena.ts・.schema.json・.md を書く",
      en: "write togo-atena.ts, .schema.json and .md"
    },
    {
      command: "juki gen my-layout.json",
      ja: "自前の JSON レイアウトから生成する（既定の出力先 generated/）",
      en: "from your own JSON layout (into generated/)"
    }
  ],
  run: async (args, io) => {
    const [layout, ...extra] = args.positionals
    if (!layout)
      throw new UsageError(t(io.lang, "missingArgument", io.lang === "ja" ? "<レイアウト>" : "<layout>"), true)
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    return (await gen({ layout, out: stringOption(args, "out") ?? "generated" }, io)).code
  }
}
