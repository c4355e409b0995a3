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
import { t } from "../i18n.js"
import type { ExitCode, Io } from "../io.js"
import { resolveLayout } from "./layouts.js"

const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

/**
 * Writes `<name>.ts`, `<name>.schema.json` and `<name>.md` into `out`.
 *
 * @category commands
 * @since 0.1.0
 */
export const gen = async (options: { readonly layout: string; readonly out: string }, io: Io): Promise<{ readonly code: ExitCode; readonly files: ReadonlyArray<string> }> => {
  const layout = await resolveLayout(options.layout, io)
  const dir = resolve(io.cwd, options.out)
  mkdirSync(dir, { recursive: true })
  const base = kebab(layout.name)
  const files = [
    [join(dir, `${base}.ts`), generateTypeScript(layout)],
    [join(dir, `${base}.schema.json`), JSON.stringify(generateJsonSchema(layout), null, 2) + "\n"],
    [join(dir, `${base}.md`), generateMarkdown(layout)]
  ] as const
  for (const [p, text] of files) {
    writeFileSync(p, text)
    io.out(t(io.lang, "generated", p) + "\n")
  }
  return { code: 0, files: files.map(([p]) => p) }
}
