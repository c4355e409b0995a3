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
import { FixedLength, Parallel } from "@juki/formats"
import { Result } from "effect"
import { download, h, liveText, num, onLang, readText } from "./dom.js"
import { lang, t } from "./i18n.js"
import { bundledLayouts, kebab, resolveLayout, type LayoutSource } from "./layouts.js"
import type { StartMessage, WorkerMessage } from "./protocol.js"

declare const __JUKI_WORKER_SOURCE__: string

/**
 * Rows the table shows at a time; the pager steps through the kept problems (the export holds all of them). A table
 * of every kept problem (1,000 by default) would cost the page tens of MB of DOM and layout for a list nobody reads
 * at once.
 */
const PAGE = 100
/** Fixed-length files from this size on are validated by one worker per core, as `juki validate` does (16 MiB). */
const PARALLEL_FROM = 16 * 1024 * 1024

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
  /** The workers of a parallel run (one segment each). */
  let pool: Array<Worker> = []
  /** Incremented by every start and cancel: a parallel run still planning checks it has not been superseded. */
  let run = 0
  let workerUrl: string | undefined
  let problems: Array<JukiErrorJson> = []
  /** Index of the first problem the table shows. */
  let first = 0
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
  const pagePrev = h("button", { id: "v-page-prev", type: "button", i18n: "pagePrev" }) as HTMLButtonElement
  const pageNext = h("button", { id: "v-page-next", type: "button", i18n: "pageNext" }) as HTMLButtonElement
  const pager = h(
    "div",
    { class: "actions pager", id: "v-pager", role: "group", i18nLabel: "pagerLabel", hidden: true },
    pagePrev,
    pageNext
  )
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
    for (const w of pool) w.terminate()
    pool = []
    if (workerUrl) URL.revokeObjectURL(workerUrl)
    workerUrl = undefined
  }

  const renderProblems = (): void => {
    const l = lang()
    first = Math.max(0, Math.min(first, Math.floor(Math.max(0, problems.length - 1) / PAGE) * PAGE))
    const shown = problems.slice(first, first + PAGE)
    pager.hidden = problems.length <= PAGE
    pagePrev.disabled = first === 0
    pageNext.disabled = first + PAGE >= problems.length
    const rows = shown.map((p) =>
      h(
        "tr",
        {},
        h("td", { class: "n" }, p.position?.record ?? ""),
        h("td", { class: "n" }, p.position?.byteOffset ?? ""),
        h("td", {}, p.path.join(".")),
        h("td", {}, h("code", {}, p.code)),
        h("td", { class: p.severity === "error" ? "ng" : "warn" }, t(p.severity === "error" ? "sevError" : "sevAlert")),
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
            h(
              "caption",
              {},
              t(
                "problemsCaption",
                num(first + 1),
                num(first + shown.length),
                num(problems.length),
                num(done?.problems ?? problems.length)
              )
            ),
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

  /** The status line, re-rendered in the other language after a switch. */
  const setStatus = (text: () => string): void => liveText(status, text)

  start.addEventListener("click", () => {
    const file = fileInput.files?.[0]
    if (!file) return setStatus(() => t("chooseFile"))
    let layout: LayoutSource
    if (layoutSelect.value === "__user__") {
      if (!userLayout) return setStatus(() => t("chooseLayout"))
      layout = { json: userLayout.json }
    } else layout = { name: layoutSelect.value }
    stop()
    problems = []
    first = 0
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
    const started = performance.now()
    const me = ++run
    const finish = (m: Omit<Extract<WorkerMessage, { type: "done" }>, "type">): void => {
      done = { file: file.name, ...m }
      stop()
      setRunning(false)
      progress.value = 1
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      setStatus(() => t("doneText", num(m.records), seconds))
      status.dataset["state"] = "done"
      status.dataset["elapsedMs"] = String(Math.round(m.elapsedMs))
      renderSummary()
      renderProblems()
    }
    const fail = (message: string): void => {
      stop()
      setRunning(false)
      status.dataset["state"] = "error"
      setStatus(() => `${t("failed")}: ${message}`)
    }
    status.dataset["state"] = "running"
    status.dataset["workers"] = "1"
    setRunning(true)
    setStatus(() => t("starting"))
    const spec = csv ? undefined : resolveLayout(layout, lang())
    const parallel =
      spec !== undefined &&
      Result.isSuccess(spec) &&
      file.size >= PARALLEL_FROM &&
      (navigator.hardwareConcurrency || 1) > 1
    if (parallel) {
      // As juki validate with worker threads: segments cut at record boundaries, one worker each, merged in file
      // order. Only counts and the first problems of each segment cross to the page.
      const layoutSpec = spec.success
      const recordBytes =
        FixedLength.recordLength(layoutSpec) +
        ((layoutSpec.recordTerminator ?? "CRLF") === "CRLF" ? 2 : layoutSpec.recordTerminator === "LF" ? 1 : 0)
      void Parallel.planSegments(
        file.size,
        Math.min(4, navigator.hardwareConcurrency || 2),
        { terminator: layoutSpec.recordTerminator ?? "CRLF", recordLength: FixedLength.recordLength(layoutSpec) },
        async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer())
      ).then(
        (segments) => {
          if (me !== run) return
          status.dataset["workers"] = String(segments.length)
          const results: Array<Parallel.SegmentResult | undefined> = segments.map(() => undefined)
          const read = segments.map(() => 0)
          pool = segments.map((segment, k) => {
            const w = new Worker(workerUrl as string)
            w.onmessage = (e: MessageEvent<WorkerMessage>) => {
              const m = e.data
              if (m.type === "progress") {
                read[k] = m.bytes
                const bytes = read.reduce((a, b) => a + b, 0)
                progress.value = file.size ? bytes / file.size : 1
                const seen = bytes
                setStatus(() => t("progressText", num(seen), num(file.size), num(Math.floor(seen / recordBytes))))
              } else if (m.type === "segment") {
                results[k] = m.result
                if (results.every((r) => r !== undefined)) {
                  const s = Parallel.mergeSegments(segments, results as ReadonlyArray<Parallel.SegmentResult>, {
                    maxProblems: max
                  })
                  problems = s.firstProblems.map((p) => p.toJSON())
                  const { firstProblems: _first, ...counts } = s
                  finish({ layout: layoutSpec.name, ...counts, elapsedMs: performance.now() - started })
                }
              } else if (m.type === "error") fail(m.message)
            }
            w.onerror = (e) => fail(e.message)
            w.postMessage({ ...message, segment } satisfies StartMessage)
            return w
          })
        },
        (e: unknown) => fail(e instanceof Error ? e.message : String(e))
      )
      return
    }
    worker = new Worker(workerUrl)
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data
      if (m.type === "progress") {
        progress.value = m.total ? m.bytes / m.total : 1
        setStatus(() => t("progressText", num(m.bytes), num(m.total), num(m.records)))
      } else if (m.type === "problems") {
        for (const p of m.items) problems.push(p)
        if (problems.length - m.items.length < PAGE) renderProblems()
      } else if (m.type === "done") {
        const { type: _type, ...rest } = m
        finish(rest)
      } else if (m.type === "error") fail(m.message)
    }
    worker.onerror = (e) => fail(e.message)
    worker.postMessage(message)
  })
  pagePrev.addEventListener("click", () => {
    first = Math.max(0, first - PAGE)
    renderProblems()
  })
  pageNext.addEventListener("click", () => {
    if (first + PAGE < problems.length) first += PAGE
    renderProblems()
  })
  cancel.addEventListener("click", () => {
    run++
    stop()
    setRunning(false)
    status.dataset["state"] = "cancelled"
    setStatus(() => t("cancelled"))
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
    pager,
    table
  )
}
