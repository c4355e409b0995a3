/**
 * The "audit" view: runs the bundled conformance vectors (or vector files
 * the user loads) with the reference runner, builds the report with the
 * CLI's own `buildReport` and shows the HTML `juki audit` writes (in a
 * sandboxed frame without scripts), with the Markdown, HTML and JSON reports
 * to download.
 *
 * @since 0.1.0
 * @module
 */
import {
  buildReport,
  firstSchemaProblem,
  invalidVectorMessage,
  renderHtml,
  renderMarkdown,
  RUNNER_CONTRACT,
  type AuditReport
} from "@juki/cli"
import { ruleCatalogue, runFile, summarise, type LoadedFile, type VectorFile } from "@juki/conformance"
import vectors from "virtual:vectors"
import vectorSchema from "virtual:vector-schema"
import { download, h, liveText, num, onLang } from "./dom.js"
import { lang, t } from "./i18n.js"

declare const __JUKI_VERSIONS__: { readonly juki: string; readonly runner: string }

/** A vector file with the SHA-256 (hex) and size of its bytes. */
export type HashedFile = LoadedFile & { readonly sha256: string; readonly bytes: number }

/** SHA-256 of bytes in hex (WebCrypto; `file://` pages are a secure context). */
const sha256 = async (bytes: ArrayBuffer): Promise<string> => {
  try {
    const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))
    return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("")
  } catch {
    return "unavailable"
  }
}

/** Runs files the way `juki audit` does (inputs masked in the report) and builds its report. */
export const runAudit = (
  files: ReadonlyArray<HashedFile>,
  sources: ReadonlyArray<string>,
  onlyExercised: boolean
): AuditReport => {
  const results = files.flatMap((f) =>
    runFile(f).map((r, i) => ({ ...r, input: { given: f.data.cases[i]?.given, when: f.data.cases[i]?.when } }))
  )
  return buildReport({
    results,
    summary: summarise(results),
    catalogue: ruleCatalogue(),
    sources,
    lang: lang(),
    runnerContract: RUNNER_CONTRACT,
    versions: __JUKI_VERSIONS__,
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes, cases: f.data.cases.length })),
    now: new Date(),
    showInputs: false,
    onlyExercised
  })
}

export const auditView = (): HTMLElement => {
  const optional = h("input", { type: "checkbox", id: "a-optional" }) as HTMLInputElement
  const runBuiltin = h("button", {
    id: "a-run",
    class: "primary",
    type: "button",
    i18n: "runBuiltin"
  }) as HTMLButtonElement
  const files = h("input", {
    type: "file",
    id: "a-files",
    multiple: true,
    accept: ".json,application/json"
  }) as HTMLInputElement
  const runLoaded = h("button", { id: "a-run-files", type: "button", i18n: "runLoaded" }) as HTMLButtonElement
  const status = h("p", { id: "a-status", role: "status", "aria-live": "polite" })
  const totals = h("div", { id: "a-totals" })
  const frame = h("iframe", { id: "a-report", sandbox: "", title: "audit report", hidden: true }) as HTMLIFrameElement
  const dlHtml = h("button", {
    type: "button",
    id: "a-dl-html",
    i18n: "downloadHtml",
    disabled: true
  }) as HTMLButtonElement
  const dlMd = h("button", { type: "button", id: "a-dl-md", i18n: "downloadMd", disabled: true }) as HTMLButtonElement
  const dlJson = h("button", {
    type: "button",
    id: "a-dl-json",
    i18n: "downloadJson",
    disabled: true
  }) as HTMLButtonElement
  let report: AuditReport | undefined
  let lastRun: (() => void) | undefined

  const show = (): void => {
    if (!report) return
    const s = report.summary
    const card = (id: string, key: Parameters<typeof t>[0], n: number, cls = "") =>
      h("div", { class: `card ${cls}` }, h("span", {}, t(key)), h("b", { id }, num(n)))
    totals.replaceChildren(
      h(
        "div",
        {
          class: "cards",
          "data-cases": s.cases,
          "data-passed": s.passed,
          "data-failed": s.failed,
          "data-optional": s.optional
        },
        card("a-cases", "cases", s.cases),
        card("a-passed", "passed", s.passed, "ok"),
        card("a-failed", "failedCases", s.failed, s.failed ? "ng" : ""),
        card("a-opt", "optionalCases", s.optional)
      )
    )
    // Shown as a static document: the frame is sandboxed without scripts, so the report's own filter script is
    // left out here (the downloaded HTML keeps it).
    frame.srcdoc = renderHtml(report).replace(/<script[\s\S]*?<\/script>/gi, "")
    frame.hidden = false
    for (const b of [dlHtml, dlMd, dlJson]) b.disabled = false
  }

  const run = (files: ReadonlyArray<HashedFile>, sources: ReadonlyArray<string>, onlyExercised: boolean): void => {
    status.dataset["state"] = "running"
    liveText(status, () => t("running"))
    lastRun = () => {
      report = runAudit(files, sources, onlyExercised)
      show()
    }
    setTimeout(() => {
      const t0 = performance.now()
      lastRun!()
      status.dataset["state"] = "done"
      const cases = report!.summary.cases
      const seconds = ((performance.now() - t0) / 1000).toFixed(2)
      liveText(status, () => t("auditDone", num(cases), seconds))
    }, 20)
  }

  runBuiltin.addEventListener("click", () => {
    const list = optional.checked ? [...vectors.required, ...vectors.optional] : vectors.required
    const sources = [
      "built-in (conformance/vectors)",
      ...(optional.checked ? ["built-in optional (conformance/optional)"] : [])
    ]
    run(list, sources, false)
  })
  runLoaded.addEventListener("click", async () => {
    const chosen = Array.from(files.files ?? [])
    if (chosen.length === 0) {
      liveText(status, () => t("chooseVectors"))
      return
    }
    const loaded: Array<HashedFile> = []
    const fail = (message: string): void => {
      status.dataset["state"] = "error"
      liveText(status, () => message)
    }
    for (const f of chosen.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      let bytes: ArrayBuffer
      let data: unknown
      try {
        bytes = await f.arrayBuffer()
        data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))
      } catch (e) {
        return fail(t("vectorNotJson", f.name, e instanceof Error ? e.message : String(e)))
      }
      // Checked against the published JSON Schema before any case runs, with the message juki audit prints.
      const problem = firstSchemaProblem(vectorSchema, data, lang())
      if (problem) return fail(invalidVectorMessage(f.name, problem, lang()))
      loaded.push({ path: f.name, data: data as VectorFile, sha256: await sha256(bytes), bytes: bytes.byteLength })
    }
    run(
      loaded,
      chosen.map((f) => f.name),
      true
    )
  })
  dlHtml.addEventListener("click", () => report && download("audit-report.html", renderHtml(report), "text/html"))
  dlMd.addEventListener("click", () => report && download("audit-report.md", renderMarkdown(report), "text/markdown"))
  dlJson.addEventListener(
    "click",
    () => report && download("audit-report.json", JSON.stringify(report, null, 2) + "\n", "application/json")
  )
  const bundled = h("p", { class: "note", id: "a-bundled" })
  const label = (): void => {
    bundled.textContent = t("bundledCount", num(vectors.required.length), num(vectors.optional.length))
  }
  label()
  // The report is rendered in the language of the page: rebuild it on a switch.
  onLang(() => {
    label()
    lastRun?.()
  })

  return h(
    "section",
    { id: "view-audit", class: "view", "aria-labelledby": "tab-audit", hidden: true },
    h("h2", { i18n: "auditTitle" }),
    h("p", { class: "lead", i18n: "auditLead" }),
    bundled,
    h(
      "div",
      { class: "actions" },
      h("label", { class: "check" }, optional, h("span", { i18n: "includeOptional" })),
      runBuiltin
    ),
    h("div", { class: "actions" }, h("label", { for: "a-files", i18n: "loadVectors" }), files, runLoaded),
    status,
    totals,
    h("div", { class: "actions" }, dlHtml, dlMd, dlJson),
    frame
  )
}
