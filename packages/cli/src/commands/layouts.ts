/**
 * Finding a layout by name or path for `validate` and `gen`.
 *
 * @since 0.1.0
 * @module
 */
import { existsSync, readFileSync } from "node:fs"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { parseLayout, ReferenceLayouts, validateLayout, type LayoutSpec } from "@juki/formats"
import { Result } from "effect"
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
  new Map(Object.entries(ReferenceLayouts as unknown as Record<string, LayoutSpec>).filter(([, v]) => typeof v === "object" && v !== null && "fields" in v))

/**
 * Resolves `--layout`: a bundled name (`HonninKakuninJoho` or
 * `honnin-kakunin-joho`), a JSON layout file, or a `.js`/`.mjs` module whose
 * default export is a layout. Layout files are validated first.
 *
 * @category layouts
 * @since 0.1.0
 */
export const resolveLayout = async (nameOrPath: string, io: Io): Promise<LayoutSpec> => {
  const bundled = bundledLayouts()
  for (const [name, layout] of bundled) if (name === nameOrPath || kebab(name) === nameOrPath) return layout
  const path = resolve(io.cwd, nameOrPath)
  if (!existsSync(path)) throw new UsageError(t(io.lang, "unknownLayout", nameOrPath, [...bundled.keys()].map(kebab).join(", ")))
  let result: Result.Result<LayoutSpec, ReadonlyArray<{ readonly code: string; messageIn(lang: "ja" | "en"): string }>>
  if (path.endsWith(".json")) result = parseLayout(readFileSync(path, "utf8"))
  else {
    const mod = (await import(pathToFileURL(path).href)) as { default?: unknown }
    result = validateLayout(mod.default as LayoutSpec)
  }
  if (Result.isFailure(result)) {
    throw new UsageError(`${nameOrPath}: ${result.failure.map((e) => `${e.code}: ${e.messageIn(io.lang)}`).join("; ")}`)
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
  for (const [name, layout] of bundledLayouts()) {
    const bytes = layout.fields.reduce((n, f) => n + ((f as { length?: number }).length ?? 0), 0)
    io.out(`${kebab(name).padEnd(22)} ${layout.title}  ${layout.fields.length} ${io.lang === "ja" ? "項目" : "fields"}, ${bytes} bytes  (${layout.basis})\n`)
  }
  return 0
}
