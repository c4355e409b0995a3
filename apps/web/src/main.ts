/**
 * juki in the browser: one offline HTML page with four views (validate a
 * file, check an identifier, generate, audit). Japanese first, English
 * switch; tabs follow the WAI-ARIA tabs pattern (arrow keys, Home, End).
 *
 * @since 0.1.0
 * @module
 */
import { auditView } from "./audit.js"
import { h, relabel } from "./dom.js"
import { generateView } from "./generate.js"
import { lang, setLang, t, type Key } from "./i18n.js"
import { identifiersView } from "./identifiers.js"
import { validateView } from "./validate.js"

const views: ReadonlyArray<readonly [string, Key, () => HTMLElement]> = [
  ["validate", "tabValidate", validateView],
  ["identifiers", "tabIdentifiers", identifiersView],
  ["generate", "tabGenerate", generateView],
  ["audit", "tabAudit", auditView]
]

const app = document.getElementById("app")!
const panels = views.map(([id, , make]) => {
  const panel = make()
  panel.setAttribute("role", "tabpanel")
  panel.tabIndex = -1
  return [id, panel] as const
})
const tabs = views.map(([id, key]) =>
  h("button", {
    type: "button",
    role: "tab",
    id: `tab-${id}`,
    "aria-controls": `view-${id}`,
    "aria-selected": "false",
    tabindex: -1,
    i18n: key
  })
)

const select = (id: string, focus = false): void => {
  for (const [i, [pid, panel]] of panels.entries()) {
    const on = pid === id
    panel.hidden = !on
    const tab = tabs[i]!
    tab.setAttribute("aria-selected", String(on))
    tab.tabIndex = on ? 0 : -1
    if (on && focus) tab.focus()
  }
  if (location.hash !== `#${id}`) history.replaceState(null, "", `#${id}`)
}
for (const [i, tab] of tabs.entries()) {
  tab.addEventListener("click", () => select(views[i]![0]))
  tab.addEventListener("keydown", (e) => {
    const n = tabs.length
    const to =
      e.key === "ArrowRight"
        ? (i + 1) % n
        : e.key === "ArrowLeft"
          ? (i - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : -1
    if (to >= 0) {
      e.preventDefault()
      select(views[to]![0], true)
    }
  })
}

const langButton = h("button", { type: "button", id: "lang", i18n: "switchLang", "data-i18n-label": "switchLangLabel" })
langButton.setAttribute("aria-label", t("switchLangLabel"))
langButton.setAttribute("lang", "en")
langButton.addEventListener("click", () => {
  setLang(lang() === "ja" ? "en" : "ja")
  langButton.setAttribute("lang", lang() === "ja" ? "en" : "ja")
  relabel()
  document.title = t("appTitle")
})

app.append(
  h(
    "header",
    {},
    h("div", { class: "brand" }, h("h1", { i18n: "appTitle" }), h("p", { class: "lead", i18n: "appLead" })),
    h("div", { class: "header-actions" }, h("span", { class: "badge", i18n: "offline" }), langButton)
  ),
  h("nav", { role: "tablist", "aria-label": "juki" }, tabs),
  h(
    "main",
    {},
    panels.map(([, p]) => p)
  )
)

const initial = location.hash.slice(1)
select(views.some(([id]) => id === initial) ? initial : "validate")
document.title = t("appTitle")
