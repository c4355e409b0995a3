/**
 * Layouts the page offers: the bundled juki reference layouts (as `juki
 * layouts` lists them) and layout JSON a user loads, checked with the same
 * `parseLayout` the CLI uses.
 *
 * @since 0.1.0
 * @module
 */
import type { Lang } from "@juki/core"
import { parseLayout, ReferenceLayouts, type LayoutSpec } from "@juki/formats"
import { Result } from "effect"

/** `HonninKakuninJoho` → `honnin-kakunin-joho`, as the CLI names files and layouts. */
export const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

/** The bundled layouts by name (the same filter as the CLI's `bundledLayouts`). */
export const bundledLayouts = (): ReadonlyMap<string, LayoutSpec> =>
  new Map(
    Object.entries(ReferenceLayouts as unknown as Record<string, LayoutSpec>).filter(
      ([, v]) => typeof v === "object" && v !== null && "fields" in v
    )
  )

/** Where a layout comes from: a bundled name or JSON text. */
export type LayoutSource = { readonly name: string } | { readonly json: string }

/** Resolves a layout; a failure carries every problem's rule id and message. */
export const resolveLayout = (source: LayoutSource, lang: Lang): Result.Result<LayoutSpec, string> => {
  if ("name" in source) {
    const layout = bundledLayouts().get(source.name)
    return layout ? Result.succeed(layout) : Result.fail(`unknown layout ${source.name}`)
  }
  const r = parseLayout(source.json)
  return Result.isSuccess(r)
    ? Result.succeed(r.success)
    : Result.fail(r.failure.map((e) => `${e.code}: ${e.messageIn(lang)}`).join("; "))
}
