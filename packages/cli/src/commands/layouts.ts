/**
 * Finding a layout by name or JSON file for `validate` and `gen`, and
 * `juki layouts`. Layout files are data: JSON only, read with a size limit
 * and validated; a module layout is a library feature the CLI never loads.
 *
 * @since 0.1.0
 * @module
 */
import { ReferenceLayouts, validateLayout, type LayoutSpec } from "@juki/formats"
import { Result } from "effect"
import type { CommandSpec } from "../cli/command.js"
import { inspectPath, jsonPointer, LIMITS, parseJson, readTextFile } from "../cli/input.js"
import { displayWidth, padEndWidth } from "../cli/text.js"
import { t } from "../i18n.js"
import { UsageError, type Io } from "../io.js"

const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

/**
 * The bundled layouts (juki reference layouts, not official), by name.
 *
 * @category layouts
 * @since 0.1.0
 */
export const bundledLayouts = (): ReadonlyMap<string, LayoutSpec> =>
  new Map(
    Object.entries(ReferenceLayouts as unknown as Record<string, LayoutSpec>).filter(
      ([, v]) => typeof v === "object" && v !== null && "fields" in v
    )
  )

/**
 * Resolves `--layout`: a bundled name (`HonninKakuninJoho` or
 * `honnin-kakunin-joho`) or a JSON layout file (at most 1 MiB), validated
 * before use. Anything else (a `.js` module, a folder, a device) is refused.
 *
 * @category layouts
 * @since 0.1.0
 */
export const resolveLayout = async (nameOrPath: string, io: Io): Promise<LayoutSpec> => {
  const bundled = bundledLayouts()
  for (const [name, layout] of bundled) if (name === nameOrPath || kebab(name) === nameOrPath) return layout
  const names = [...bundled.keys()].map(kebab).join(", ")
  if (!/\.json$/i.test(nameOrPath)) {
    let exists = false
    try {
      inspectPath(nameOrPath, io.cwd, io.lang)
      exists = true
    } catch {
      exists = false
    }
    throw new UsageError(
      exists ? t(io.lang, "layoutNotJson", nameOrPath) : t(io.lang, "unknownLayout", nameOrPath, names)
    )
  }
  const { text } = readTextFile(nameOrPath, io.cwd, io.lang, LIMITS.layout)
  const data = parseJson(text, nameOrPath, io.lang)
  let result: ReturnType<typeof validateLayout>
  try {
    result = validateLayout(data as LayoutSpec)
  } catch {
    throw new UsageError(
      t(io.lang, "invalidLayout", nameOrPath, "/", io.lang === "ja" ? "レイアウトとして読めません" : "not a layout")
    )
  }
  if (Result.isFailure(result)) {
    const first = result.failure[0]
    const more =
      result.failure.length > 1
        ? io.lang === "ja"
          ? `（ほか ${result.failure.length - 1} 件）`
          : ` (and ${result.failure.length - 1} more)`
        : ""
    throw new UsageError(
      t(
        io.lang,
        "invalidLayout",
        nameOrPath,
        jsonPointer(first?.path ?? []),
        `${first?.code ?? ""} ${first?.messageIn(io.lang) ?? ""}`.trim()
      ) + more
    )
  }
  return result.success
}

/**
 * `juki layouts`: lists the bundled layouts.
 *
 * @category commands
 * @since 0.1.0
 */
export const listLayouts = (io: Io): 0 => {
  const rows = [...bundledLayouts()].map(([name, layout]) => {
    const bytes = layout.fields.reduce((n, f) => n + ((f as { length?: number }).length ?? 0), 0)
    return [
      kebab(name),
      layout.title,
      `${layout.fields.length} ${io.lang === "ja" ? "項目" : "fields"}, ${bytes} bytes  (${layout.basis})`
    ] as const
  })
  const w0 = Math.max(...rows.map((r) => displayWidth(r[0])))
  const w1 = Math.max(...rows.map((r) => displayWidth(r[1])))
  for (const r of rows) io.out(`${padEndWidth(r[0], w0)}  ${padEndWidth(r[1], w1)}  ${r[2]}\n`)
  return 0
}

/**
 * The `layouts` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const layoutsCommand: CommandSpec = {
  name: "layouts",
  summary: {
    ja: "同梱のレイアウト（juki の参照レイアウト。公式仕様ではありません）を一覧する",
    en: "list the bundled layouts (juki reference layouts, not official)"
  },
  usage: { ja: "", en: "" },
  options: [],
  examples: [
    {
      command: "juki layouts",
      ja: "名前・表題・項目数・バイト数・根拠を表示する",
      en: "names, titles, field counts, bytes and basis"
    }
  ],
  run: async (args, io) => {
    if (args.positionals.length > 0)
      throw new UsageError(t(io.lang, "tooManyArguments", args.positionals.join(" ")), true)
    return listLayouts(io)
  }
}
