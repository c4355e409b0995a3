/**
 * The "generate" view: a layout JSON (pasted, loaded, or a bundled layout)
 * → the TypeScript types, JSON Schema and Markdown table, byte for byte what
 * `juki gen` writes (the same `generate*` functions and file names).
 *
 * @since 0.1.0
 * @module
 */
import { generateJsonSchema, generateMarkdown, generateTypeScript } from "@juki/formats"
import { Result } from "effect"
import { copy, download, h, liveText, onLang, readText } from "./dom.js"
import { lang, t } from "./i18n.js"
import { bundledLayouts, kebab, resolveLayout } from "./layouts.js"

/** The three files `juki gen` writes for a layout, with their names. */
export const genFiles = (
  layout: Parameters<typeof generateTypeScript>[0]
): ReadonlyArray<readonly [string, string]> => {
  const base = kebab(layout.name)
  return [
    [`${base}.ts`, generateTypeScript(layout)],
    [`${base}.schema.json`, JSON.stringify(generateJsonSchema(layout), null, 2) + "\n"],
    [`${base}.md`, generateMarkdown(layout)]
  ]
}

export const generateView = (): HTMLElement => {
  const source = h(
    "select",
    { id: "g-bundled" },
    h("option", { value: "", i18n: "pickBundled" }),
    [...bundledLayouts()].map(([name, l]) => h("option", { value: name }, `${kebab(name)} — ${l.title}`))
  ) as HTMLSelectElement
  const file = h("input", { type: "file", id: "g-file", accept: ".json,application/json" }) as HTMLInputElement
  const text = h("textarea", {
    id: "g-json",
    rows: 14,
    spellcheck: "false",
    "data-i18n-label": "layoutJson"
  }) as HTMLTextAreaElement
  text.setAttribute("aria-label", t("layoutJson"))
  const run = h("button", { id: "g-run", class: "primary", type: "button", i18n: "generate" }) as HTMLButtonElement
  const status = h("p", { id: "g-status", role: "status", "aria-live": "polite" })
  const outputs = h("div", { id: "g-outputs" })
  let files: ReadonlyArray<readonly [string, string]> = []

  source.addEventListener("change", () => {
    const l = bundledLayouts().get(source.value)
    if (l) text.value = JSON.stringify(l, null, 2)
  })
  file.addEventListener("change", async () => {
    const f = file.files?.[0]
    if (f) text.value = await readText(f)
  })

  const render = (): void => {
    outputs.replaceChildren(
      ...files.map(([name, content], i) => {
        const pre = h("pre", { id: `g-out-${i}`, "data-file": name, tabindex: 0 }, content)
        const copyBtn = h(
          "button",
          { type: "button", "data-file": name, class: "g-copy" },
          t("copy")
        ) as HTMLButtonElement
        copyBtn.addEventListener("click", async () => {
          copyBtn.textContent = (await copy(content)) ? t("copied") : t("copyFailed")
        })
        const dl = h("button", { type: "button", "data-file": name, class: "g-download" }, t("download"))
        dl.addEventListener("click", () =>
          download(
            name,
            content,
            name.endsWith(".json") ? "application/json" : name.endsWith(".md") ? "text/markdown" : "text/plain"
          )
        )
        return h("div", { class: "output" }, h("div", { class: "output-head" }, h("h3", {}, name), copyBtn, dl), pre)
      })
    )
  }

  run.addEventListener("click", () => {
    const r = resolveLayout({ json: text.value }, lang())
    if (Result.isFailure(r)) {
      files = []
      status.dataset["state"] = "error"
      const failure = r.failure
      liveText(status, () => `${t("badLayout")}: ${failure}`)
    } else {
      files = genFiles(r.success)
      status.dataset["state"] = "done"
      const name = r.success.name
      liveText(status, () => t("generated", name))
    }
    render()
  })
  onLang(render)

  return h(
    "section",
    { id: "view-generate", class: "view", "aria-labelledby": "tab-generate", hidden: true },
    h("h2", { i18n: "generateTitle" }),
    h("p", { class: "lead", i18n: "generateLead" }),
    h(
      "div",
      { class: "grid" },
      h("div", { class: "field" }, h("label", { for: "g-bundled", i18n: "bundledLayout" }), source),
      h("div", { class: "field" }, h("label", { for: "g-file", i18n: "loadLayout" }), file)
    ),
    text,
    h("div", { class: "actions" }, run),
    status,
    outputs
  )
}
