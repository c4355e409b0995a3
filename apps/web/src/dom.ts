/**
 * A tiny component layer: `h()` builds elements, `[data-i18n]` texts follow
 * the language switch, views re-render their dynamic parts through `onLang`.
 *
 * @since 0.1.0
 * @module
 */
import { type Key, lang, t } from "./i18n.js"

type Child = Node | string | number | null | undefined | false
type Attrs = Readonly<Record<string, string | number | boolean | EventListener | undefined>>

/** Creates an element; `on*` attributes are listeners, `i18n` sets a translated text that follows the switch. */
export const h = (
  tag: string,
  attrs: Attrs = {},
  ...children: ReadonlyArray<Child | ReadonlyArray<Child>>
): HTMLElement => {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v)
    else if (k === "i18n") {
      el.dataset["i18n"] = String(v)
      el.textContent = t(v as Key)
    } else if (k === "i18nLabel") {
      el.dataset["i18nLabel"] = String(v)
      el.setAttribute("aria-label", t(v as Key))
    } else if (v === true) el.setAttribute(k, "")
    else el.setAttribute(k, String(v))
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === "number" ? String(c) : c)
  return el
}

const listeners: Array<() => void> = []

/** Calls `f` after every language switch. */
export const onLang = (f: () => void): void => {
  listeners.push(f)
}

const live = new Map<HTMLElement, () => string>()

/**
 * Sets an element's text from `text()` now and again after every language switch (status lines whose words
 * depend on the moment, such as 中止しました / "Cancelled.", follow the switch like the static labels).
 */
export const liveText = (el: HTMLElement, text: () => string): void => {
  live.set(el, text)
  el.textContent = text()
}

/** Re-labels every `[data-i18n]` element and runs the views' listeners. */
export const relabel = (): void => {
  document.documentElement.lang = lang()
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-i18n]")))
    el.textContent = t(el.dataset["i18n"] as Key)
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-i18n-label]")))
    el.setAttribute("aria-label", t(el.dataset["i18nLabel"] as Key))
  for (const [el, text] of live) el.textContent = text()
  for (const f of listeners) f()
}

/** Offers text as a file download (a blob: URL; nothing leaves the machine). */
export const download = (name: string, text: string, type = "text/plain"): void => {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = h("a", { href: url, download: name }) as HTMLAnchorElement
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Copies text to the clipboard, falling back to a hidden textarea where the API is missing (file://). */
export const copy = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const ta = h("textarea", { "aria-hidden": "true", style: "position:fixed;left:-9999px" }) as HTMLTextAreaElement
    ta.value = text
    document.body.append(ta)
    ta.select()
    const ok = document.execCommand("copy")
    ta.remove()
    return ok
  }
}

/** Reads a user-chosen file as text (UTF-8). */
export const readText = (file: Blob): Promise<string> => file.text()

/** Formats a number with the current language's grouping. */
export const num = (n: number): string => n.toLocaleString(lang() === "ja" ? "ja-JP" : "en-US")
