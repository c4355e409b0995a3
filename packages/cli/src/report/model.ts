/**
 * The data of an audit report, built once and rendered as Markdown, HTML,
 * JSON and JUnit. Everything a reader sees is already in the report's
 * language (reasons, severities エラー/アラート, expectations), and the case
 * inputs and values are masked unless the user asked for them.
 *
 * @since 0.1.0
 * @module
 */
import type { CaseResult, CatalogueEntry, Expectation, Outcome, RuleRef, Summary } from "@juki/conformance"
import type { Lang, LegalBasis } from "@juki/core"
import { maskDigits } from "../cli/text.js"

/**
 * One rule row of the report. `noCases` flags a rule no case of the run
 * exercised.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleRow extends CatalogueEntry {
  readonly accepting: number
  readonly rejecting: number
  readonly failed: number
  readonly noCases: boolean
}

/**
 * A rule that rejected a case, with its basis.
 *
 * @category models
 * @since 0.2.0
 */
export interface FiredRule {
  readonly rule: string
  readonly severity: RuleRef["severity"]
  readonly title?: string
  readonly basis: ReadonlyArray<LegalBasis>
}

/**
 * One case as the report shows it.
 *
 * @category models
 * @since 0.2.0
 */
export interface ReportCase extends Omit<CaseResult, "reason"> {
  /** The case's `given`/`when` as compact JSON (masked unless `--show-inputs`). */
  readonly input: string
  /** What the case expects, in the report's language. */
  readonly expectedText: string
  /** What happened, in the report's language. */
  readonly actualText: string
  /** Why it failed, in the report's language (empty when it passed). */
  readonly reasonText: string
  /** The rules that rejected the input, with their basis. */
  readonly fired: ReadonlyArray<FiredRule>
}

/**
 * A vector file of the run with its SHA-256.
 *
 * @category models
 * @since 0.2.0
 */
export interface ReportFile {
  readonly path: string
  readonly sha256: string
  readonly bytes: number
  readonly cases: number
}

/**
 * Everything an auditor's report shows.
 *
 * @category models
 * @since 0.1.0
 */
export interface AuditReport {
  readonly title: string
  /** Japan Standard Time with its offset, `2026-11-28T09:00:00+09:00`. */
  readonly generatedAt: string
  readonly lang: Lang
  readonly runnerContract: string
  readonly versions: { readonly juki: string; readonly runner: string }
  readonly sources: ReadonlyArray<string>
  readonly files: ReadonlyArray<ReportFile>
  /** Whether inputs are printed in full (`--show-inputs`). */
  readonly inputsShown: boolean
  readonly summary: Summary
  readonly rules: ReadonlyArray<RuleRow>
  /** Rule ids that cases name but no package defines (a vector for an unknown rule). */
  readonly unknownRules: ReadonlyArray<string>
  readonly results: ReadonlyArray<ReportCase>
}

/**
 * A time as Japan Standard Time with its offset (`+09:00`).
 *
 * @category formatting
 * @since 0.2.0
 */
export const toJst = (d: Date): string => new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 19) + "+09:00"

/**
 * A severity in the report's language.
 *
 * @category formatting
 * @since 0.2.0
 */
export const severityLabel = (s: string, lang: Lang): string =>
  lang === "ja" ? (s === "error" ? "エラー" : s === "alert" ? "アラート" : s) : s

const refs = (list: ReadonlyArray<RuleRef>, lang: Lang): string =>
  list.map((e) => `${e.rule} (${severityLabel(e.severity, lang)})`).join(", ")

const key = (r: RuleRef) => `${r.rule}/${r.severity}`

const describeExpected = (e: Expectation, lang: Lang, mask: (s: string) => string): string =>
  e.accepted
    ? (lang === "ja" ? "受理" : "accepted") +
      ("value" in e && e.value !== undefined ? ` = ${mask(JSON.stringify(e.value))}` : "")
    : `${lang === "ja" ? "拒否" : "rejected"}: ${refs(e.errors, lang)}`

const describeOutcome = (a: Outcome | undefined, lang: Lang, mask: (s: string) => string): string =>
  a === undefined
    ? lang === "ja"
      ? "実行できず"
      : "not run"
    : a.accepted
      ? (lang === "ja" ? "受理" : "accepted") + (a.value !== undefined ? ` = ${mask(JSON.stringify(a.value))}` : "")
      : `${lang === "ja" ? "拒否" : "rejected"}: ${refs(a.errors, lang)}`

/** The reason of a failure, from the expectation and the outcome (the runner's own reason is English). */
const describeReason = (r: CaseResult, lang: Lang, mask: (s: string) => string): string => {
  if (r.passed) return ""
  const ja = lang === "ja"
  const e = r.expected
  const a = r.actual
  if (a === undefined) {
    const detail = mask(r.reason ?? "")
    if (detail.startsWith("no adapter"))
      return ja ? `種類 ${r.kind} のケースを実行する方法がありません` : `no adapter for kind ${r.kind}`
    return ja ? `実行時エラー（${detail.replace(/^runner error: /, "")}）` : detail
  }
  if (e.accepted) {
    if (!a.accepted)
      return ja
        ? `受理を期待しましたが、${refs(a.errors, lang)} で拒否されました`
        : `expected acceptance, rejected by ${refs(a.errors, lang)}`
    return ja
      ? `期待した値 ${mask(JSON.stringify(e.value))} と異なる値 ${mask(JSON.stringify(a.value))} になりました`
      : `expected value ${mask(JSON.stringify(e.value))}, got ${mask(JSON.stringify(a.value))}`
  }
  if (a.accepted)
    return ja
      ? `${refs(e.errors, lang)} による拒否を期待しましたが、受理されました`
      : `expected rejection by ${refs(e.errors, lang)}, got acceptance`
  const want = new Set(e.errors.map(key))
  const got = new Set(a.errors.map(key))
  const missing = e.errors.filter((x) => !got.has(key(x)))
  const extra = a.errors.filter((x) => !want.has(key(x)))
  const parts = [
    missing.length ? (ja ? `期待した ${refs(missing, lang)} が出ませんでした` : `missing ${refs(missing, lang)}`) : "",
    extra.length ? (ja ? `期待しない ${refs(extra, lang)} が出ました` : `unexpected ${refs(extra, lang)}`) : ""
  ].filter(Boolean)
  return parts.join(ja ? "。" : "; ")
}

const compactJson = (u: unknown): string => {
  const s = JSON.stringify(u) ?? "undefined"
  return s.length > 400 ? s.slice(0, 400) + "…" : s
}

const maskDeep = (u: unknown): unknown =>
  typeof u === "string"
    ? maskDigits(u)
    : typeof u === "number" && Number.isInteger(u) && Math.abs(u) >= 1e7
      ? maskDigits(String(u))
      : Array.isArray(u)
        ? u.map(maskDeep)
        : u !== null && typeof u === "object"
          ? Object.fromEntries(Object.entries(u).map(([k, v]) => [k, maskDeep(v)]))
          : u

/**
 * Builds the report data from case results and the rule catalogue.
 *
 * @category constructors
 * @since 0.1.0
 */
export const buildReport = (input: {
  readonly results: ReadonlyArray<CaseResult & { readonly input?: unknown }>
  readonly summary: Summary
  readonly catalogue: ReadonlyArray<CatalogueEntry>
  readonly sources: ReadonlyArray<string>
  readonly lang: Lang
  readonly runnerContract: string
  readonly versions?: { readonly juki: string; readonly runner: string }
  readonly files?: ReadonlyArray<ReportFile>
  readonly now?: Date
  /** Print inputs and values in full (default: masked). */
  readonly showInputs?: boolean
  /** Only list rules that some case exercises (for vector files written by someone else). */
  readonly onlyExercised?: boolean
}): AuditReport => {
  const lang = input.lang
  const show = input.showInputs ?? false
  const mask = show ? (s: string) => s : maskDigits
  const byId = new Map(input.catalogue.map((r) => [r.id, r]))
  const rules = input.catalogue
    .map((r) => {
      const counts = input.summary.perRule[r.id] ?? { accepting: 0, rejecting: 0, failed: 0 }
      return { ...r, ...counts, noCases: counts.accepting + counts.rejecting === 0 }
    })
    .filter((r) => !input.onlyExercised || !r.noCases)
  const results: ReadonlyArray<ReportCase> = input.results.map((r) => {
    const { reason: _reason, input: raw, ...rest } = r
    const fired = (r.actual?.errors ?? []).map((e): FiredRule => {
      const def = byId.get(e.rule)
      return {
        rule: e.rule,
        severity: e.severity,
        ...(def ? { title: lang === "ja" ? def.title.ja : def.title.en } : {}),
        basis: def?.basis ?? []
      }
    })
    return {
      ...rest,
      description: mask(r.description),
      expected: (show ? r.expected : maskDeep(r.expected)) as Expectation,
      actual: (show ? r.actual : maskDeep(r.actual)) as Outcome | undefined,
      input: raw === undefined ? "" : mask(compactJson(raw)),
      expectedText: describeExpected(r.expected, lang, mask),
      actualText: describeOutcome(r.actual, lang, mask),
      reasonText: describeReason(r, lang, mask),
      fired
    }
  })
  return {
    title: lang === "ja" ? "juki 適合性監査報告書" : "juki conformance audit report",
    generatedAt: toJst(input.now ?? new Date()),
    lang,
    runnerContract: input.runnerContract,
    versions: input.versions ?? { juki: "unknown", runner: "unknown" },
    sources: input.sources,
    files: input.files ?? [],
    inputsShown: show,
    summary: input.summary,
    rules,
    unknownRules: Object.keys(input.summary.perRule)
      .filter((id) => !byId.has(id))
      .sort(),
    results
  }
}

/**
 * Short description of what a case expects, in English (kept for callers of
 * 0.1; reports use `expectedText`).
 *
 * @category formatting
 * @since 0.1.0
 */
export const describeExpectation = (r: CaseResult | ReportCase): string => describeExpected(r.expected, "en", (s) => s)

/**
 * Short description of what happened, in English (kept for callers of 0.1;
 * reports use `actualText`).
 *
 * @category formatting
 * @since 0.1.0
 */
export const describeActual = (r: CaseResult | ReportCase): string => describeOutcome(r.actual, "en", (s) => s)
