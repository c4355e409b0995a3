/**
 * The "validate a file" view: a file is streamed in a Web Worker through the
 * same `validate` as `juki validate`; progress, cancel, problems with record,
 * byte offset, field, rule id and message (masked previews), summary counts,
 * export as JSON (the shape of `juki validate --format json`) and CSV.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiErrorJson } from "@juki/core"
import { download, h, num, onLang, readText } from "./dom.js"
import { lang, t } from "./i18n.js"
import { bundledLayouts, kebab, type LayoutSource } from "./layouts.js"
import type { StartMessage, WorkerMessage } from "./protocol.js"

declare const __JUKI_WORKER_SOURCE__: string

/** The most rows the table shows (the export holds every kept problem). */
const SHOWN = 1000

interface Done {
  readonly file: string
  readonly layout: string
  readonly records: number
  readonly accepted: number
  readonly rejected: number
  readonly bytes: number
  readonly problems: number
  readonly byRule: Readonly<Record<string, number>>
  readonly elapsedMs: number
}

export const validateView = (): HTMLElement => {
  let worker: Worker | undefined
  let workerUrl: string | undefined
  let problems: Array<JukiErrorJson> = []
  let done: Done | undefined
  let userLayout: { name: string; json: string } | undefined

  const fileInput = h("input", { type: "file", id: "v-file", "aria-describedby": "v-drop-hint" }) as HTMLInputElement
  const layoutSelect = h(
    "select",
    { id: "v-layout" },
    [...bundledLayouts()].map(([name, l]) => h("option", { value: name }, `${kebab(name)} — ${l.title}`)),
    h("option", { value: "__user__", "data-i18n": "userLayoutOption" }, t("userLayoutOption"))
  ) as HTMLSelectElement
  const layoutFile = h("input", {
    type: "file",
    id: "v-layout-file",
    accept: ".json,application/json",
    hidden: true
  }) as HTMLInputElement
  const layoutNote = h("span", { class: "note", id: "v-layout-note" })
  const format = h(
    "select",
    { id: "v-format" },
    h("option", { value: "auto", i18n: "formatAuto" }),
    h("option", { value: "fixed", i18n: "formatFixed" }),
    h("option", { value: "csv", i18n: "formatCsv" })
  ) as HTMLSelectElement
  const encoding = h(
    "select",
    { id: "v-encoding" },
    h("option", { value: "", i18n: "encodingLayout" }),
    h("option", { value: "shift_jis" }, "Shift_JIS"),
    h("option", { value: "utf-8" }, "UTF-8")
  ) as HTMLSelectElement
  const lineEnding = h(
    "select",
    { id: "v-line-ending" },
    h("option", { value: "", i18n: "lineEndingLayout" }),
    h("option", { value: "crlf", i18n: "lineEndingCrlf" }),
    h("option", { value: "any", i18n: "lineEndingAny" })
  ) as HTMLSelectElement
  const charset = h(
    "select",
    { id: "v-charset" },
    h("option", { value: "jisx0208" }, "JIS X 0208"),
    h("option", { value: "cp932" }, "CP932")
  ) as HTMLSelectElement
  const decodeForm = h(
    "select",
    { id: "v-decode-form" },
    h("option", { value: "cp932" }, "CP932 (～ U+FF5E)"),
    h("option", { value: "jis" }, "JIS (〜 U+301C)")
  ) as HTMLSelectElement
  const userDefined = h(
    "select",
    { id: "v-user-defined" },
    h("option", { value: "error", i18n: "udError" }),
    h("option", { value: "pua", i18n: "udPua" })
  ) as HTMLSelectElement
  const maxProblems = h("input", {
    type: "number",
    id: "v-max",
    min: 1,
    max: 100000,
    value: 1000,
    inputmode: "numeric"
  }) as HTMLInputElement
  const start = h("button", { id: "v-start", class: "primary", type: "button", i18n: "start" }) as HTMLButtonElement
  const cancel = h("button", { id: "v-cancel", type: "button", i18n: "cancel", disabled: true }) as HTMLButtonElement
  const progress = h("progress", { id: "v-progress", max: 1, value: 0 }) as HTMLProgressElement
  const status = h("p", { id: "v-status", role: "status", "aria-live": "polite" })
  const summary = h("div", { id: "v-summary" })
  const table = h("div", { id: "v-problems", class: "scroll" })
  const exportJson = h("button", {
    id: "v-export-json",
    type: "button",
    i18n: "exportJson",
    disabled: true
  }) as HTMLButtonElement
  const exportCsv = h("button", {
    id: "v-export-csv",
    type: "button",
    i18n: "exportCsv",
    disabled: true
  }) as HTMLButtonElement

  const drop = h(
    "label",
    { class: "drop", for: "v-file", id: "v-drop" },
    h("span", { i18n: "dropHere" }),
    h("span", { class: "note", id: "v-drop-hint", i18n: "dropHint" }),
    h("strong", { id: "v-file-name" })
  )
  const showFile = (): void => {
    const f = fileInput.files?.[0]
    drop.querySelector("#v-file-name")!.textContent = f ? `${f.name} (${num(f.size)} B)` : ""
  }
  fileInput.addEventListener("change", showFile)
  drop.addEventListener("dragover", (e) => {
    e.preventDefault()
    drop.classList.add("over")
  })
  drop.addEventListener("dragleave", () => drop.classList.remove("over"))
  drop.addEventListener("drop", (e) => {
    e.preventDefault()
    drop.classList.remove("over")
    if (e.dataTransfer?.files.length) {
      fileInput.files = e.dataTransfer.files
      showFile()
    }
  })
  layoutSelect.addEventListener("change", () => {
    if (layoutSelect.value === "__user__") layoutFile.click()
  })
  layoutFile.addEventListener("change", async () => {
    const f = layoutFile.files?.[0]
    if (!f) return
    const json = await readText(f)
    let name = f.name
    try {
      name = String((JSON.parse(json) as { name?: unknown }).name ?? f.name)
    } catch {
      // parseLayout reports it when validation starts
    }
    userLayout = { name, json }
    layoutNote.textContent = `${f.name}`
  })

  const setRunning = (running: boolean): void => {
    start.disabled = running
    cancel.disabled = !running
    exportJson.disabled = running || !done
    exportCsv.disabled = running || !done
  }

  const stop = (): void => {
    worker?.terminate()
    worker = undefined
    if (workerUrl) URL.revokeObjectURL(workerUrl)
    workerUrl = undefined
  }

  const renderProblems = (): void => {
    const l = lang()
    const rows = problems
      .slice(0, SHOWN)
      .map((p) =>
        h(
          "tr",
          {},
          h("td", { class: "n" }, p.position?.record ?? ""),
          h("td", { class: "n" }, p.position?.byteOffset ?? ""),
          h("td", {}, p.path.join(".")),
          h("td", {}, h("code", {}, p.code)),
          h(
            "td",
            { class: p.severity === "error" ? "ng" : "warn" },
            t(p.severity === "error" ? "sevError" : "sevAlert")
          ),
          h("td", {}, p.message[l]),
          h("td", {}, h("code", {}, p.preview ?? ""))
        )
      )
    table.replaceChildren(
      problems.length === 0
        ? h("p", { class: "note" }, done ? t("noProblems") : "")
        : h(
            "table",
            { id: "v-problem-table" },
            h("caption", {}, t("problemsCaption", Math.min(problems.length, SHOWN), done?.problems ?? problems.length)),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ...(
                  ["colRecord", "colOffset", "colField", "colRule", "colSeverity", "colMessage", "colPreview"] as const
                ).map((k) => h("th", { scope: "col" }, t(k)))
              )
            ),
            h("tbody", {}, rows)
          )
    )
  }

  const renderSummary = (): void => {
    if (!done) {
      summary.replaceChildren()
      return
    }
    const d = done
    const card = (id: string, key: Parameters<typeof t>[0], n: number, cls = "") =>
      h("div", { class: `card ${cls}` }, h("span", {}, t(key)), h("b", { id }, num(n)))
    summary.replaceChildren(
      h(
        "div",
        {
          class: "cards",
          id: "v-totals",
          "data-records": d.records,
          "data-accepted": d.accepted,
          "data-rejected": d.rejected,
          "data-problems": d.problems
        },
        card("v-records", "records", d.records),
        card("v-accepted", "accepted", d.accepted, "ok"),
        card("v-rejected", "rejected", d.rejected, d.rejected ? "ng" : ""),
        card("v-problem-count", "problemCount", d.problems, d.problems ? "warn" : "")
      ),
      Object.keys(d.byRule).length
        ? h(
            "table",
            { id: "v-by-rule", class: "narrow" },
            h("caption", {}, t("byRule")),
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("colRule")), h("th", { scope: "col" }, t("count")))),
            h(
              "tbody",
              {},
              Object.entries(d.byRule)
                .sort((a, b) => b[1] - a[1])
                .map(([rule, n]) => h("tr", {}, h("td", {}, h("code", {}, rule)), h("td", { class: "n" }, num(n))))
            )
          )
        : ""
    )
  }

  const setStatus = (text: string): void => {
    status.textContent = text
  }

  start.addEventListener("click", () => {
    const file = fileInput.files?.[0]
    if (!file) return setStatus(t("chooseFile"))
    let layout: LayoutSource
    if (layoutSelect.value === "__user__") {
      if (!userLayout) return setStatus(t("chooseLayout"))
      layout = { json: userLayout.json }
    } else layout = { name: layoutSelect.value }
    stop()
    problems = []
    done = undefined
    renderSummary()
    renderProblems()
    progress.value = 0
    const csv = format.value === "csv" || (format.value === "auto" && file.name.toLowerCase().endsWith(".csv"))
    const policyChanged = charset.value !== "jisx0208" || decodeForm.value !== "cp932" || userDefined.value !== "error"
    const max = Math.max(1, Math.min(100000, Math.floor(Number(maxProblems.value) || 1000)))
    const message: StartMessage = {
      type: "start",
      file,
      fileName: file.name,
      layout,
      format: csv ? "csv" : "fixed",
      encoding: encoding.value === "" ? undefined : (encoding.value as "shift_jis" | "utf-8"),
      lineEnding: lineEnding.value === "" ? undefined : (lineEnding.value as "crlf" | "any"),
      policy: policyChanged
        ? {
            charset: charset.value as "jisx0208",
            decodeForm: decodeForm.value as "cp932",
            userDefined: userDefined.value as "error"
          }
        : undefined,
      maxProblems: max
    }
    workerUrl = URL.createObjectURL(new Blob([__JUKI_WORKER_SOURCE__], { type: "text/javascript" }))
    worker = new Worker(workerUrl)
    const started = performance.now()
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data
      if (m.type === "progress") {
        progress.value = m.total ? m.bytes / m.total : 1
        setStatus(t("progressText", num(m.bytes), num(m.total), num(m.records)))
      } else if (m.type === "problems") {
        for (const p of m.items) problems.push(p)
        if (problems.length <= SHOWN) renderProblems()
      } else if (m.type === "done") {
        const { type: _type, ...rest } = m
        done = { file: file.name, ...rest }
        stop()
        setRunning(false)
        progress.value = 1
        setStatus(t("doneText", num(m.records), ((performance.now() - started) / 1000).toFixed(2)))
        status.dataset["state"] = "done"
        status.dataset["elapsedMs"] = String(Math.round(m.elapsedMs))
        renderSummary()
        renderProblems()
      } else {
        stop()
        setRunning(false)
        status.dataset["state"] = "error"
        setStatus(`${t("failed")}: ${m.message}`)
      }
    }
    worker.onerror = (e) => {
      stop()
      setRunning(false)
      status.dataset["state"] = "error"
      setStatus(`${t("failed")}: ${e.message}`)
    }
    status.dataset["state"] = "running"
    setRunning(true)
    setStatus(t("starting"))
    worker.postMessage(message)
  })
  cancel.addEventListener("click", () => {
    stop()
    setRunning(false)
    status.dataset["state"] = "cancelled"
    setStatus(t("cancelled"))
  })

  exportJson.addEventListener("click", () => {
    if (!done) return
    const json = {
      file: done.file,
      layout: done.layout,
      records: done.records,
      accepted: done.accepted,
      rejected: done.rejected,
      bytes: done.bytes,
      problems: done.problems,
      byRule: done.byRule,
      firstProblems: problems,
      elapsedMs: Math.round(done.elapsedMs)
    }
    download(`${done.file}.problems.json`, JSON.stringify(json, null, 2) + "\n", "application/json")
  })
  exportCsv.addEventListener("click", () => {
    if (!done) return
    const cell = (s: string | number | undefined): string => {
      const v = s === undefined ? "" : String(s)
      return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
    }
    const lines = [
      ["record", "byteOffset", "field", "rule", "severity", "message_ja", "message_en", "preview"].join(",")
    ]
    for (const p of problems) {
      lines.push(
        [
          p.position?.record,
          p.position?.byteOffset,
          p.path.join("."),
          p.code,
          p.severity,
          p.message.ja,
          p.message.en,
          p.preview
        ]
          .map(cell)
          .join(",")
      )
    }
    download(`${done.file}.problems.csv`, "\uFEFF" + lines.join("\r\n") + "\r\n", "text/csv")
  })

  onLang(() => {
    renderSummary()
    renderProblems()
  })

  const field = (id: string, key: Parameters<typeof t>[0], control: HTMLElement, extra?: HTMLElement) =>
    h("div", { class: "field" }, h("label", { for: id, i18n: key }), control, extra ?? null)

  return h(
    "section",
    { id: "view-validate", class: "view", "aria-labelledby": "tab-validate" },
    h("h2", { i18n: "validateTitle" }),
    h("p", { class: "lead", i18n: "validateLead" }),
    drop,
    fileInput,
    h(
      "div",
      { class: "grid" },
      field("v-layout", "layout", layoutSelect, h("span", {}, layoutFile, layoutNote)),
      field("v-format", "format", format),
      field("v-encoding", "encoding", encoding),
      field("v-line-ending", "lineEnding", lineEnding),
      field("v-max", "maxProblems", maxProblems)
    ),
    h(
      "details",
      {},
      h("summary", { i18n: "policy" }),
      h(
        "div",
        { class: "grid" },
        field("v-charset", "charset", charset),
        field("v-decode-form", "decodeForm", decodeForm),
        field("v-user-defined", "userDefined", userDefined)
      )
    ),
    h("div", { class: "actions" }, start, cancel, exportJson, exportCsv),
    progress,
    status,
    summary,
    table
  )
}
