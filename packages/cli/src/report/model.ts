/**
 * The data of an audit report, built once and rendered as Markdown, HTML,
 * JSON and JUnit.
 *
 * @since 0.1.0
 * @module
 */
import type { CaseResult, CatalogueEntry, Summary } from "@juki/conformance"
import type { Lang } from "@juki/core"

/**
 * One rule row of the report.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleRow extends CatalogueEntry {
  readonly accepting: number
  readonly rejecting: number
  readonly failed: number
}

/**
 * Everything an auditor's report shows.
 *
 * @category models
 * @since 0.1.0
 */
export interface AuditReport {
  readonly title: string
  readonly generatedAt: string
  readonly lang: Lang
  readonly runnerContract: string
  readonly sources: ReadonlyArray<string>
  readonly summary: Summary
  readonly rules: ReadonlyArray<RuleRow>
  /** Rule ids that cases name but no package defines (a vector for an unknown rule). */
  readonly unknownRules: ReadonlyArray<string>
  readonly results: ReadonlyArray<CaseResult>
}

/**
 * Builds the report data from case results and the rule catalogue.
 *
 * @category constructors
 * @since 0.1.0
 */
export const buildReport = (input: {
  readonly results: ReadonlyArray<CaseResult>
  readonly summary: Summary
  readonly catalogue: ReadonlyArray<CatalogueEntry>
  readonly sources: ReadonlyArray<string>
  readonly lang: Lang
  readonly runnerContract: string
  readonly now?: Date
  /** Only list rules that some case exercises (for vector files written by someone else). */
  readonly onlyExercised?: boolean
}): AuditReport => {
  const known = new Set(input.catalogue.map((r) => r.id))
  const rules = input.catalogue
    .map((r) => ({ ...r, ...(input.summary.perRule[r.id] ?? { accepting: 0, rejecting: 0, failed: 0 }) }))
    .filter((r) => !input.onlyExercised || r.accepting + r.rejecting > 0)
  return {
    title: input.lang === "ja" ? "juki 適合性監査報告書" : "juki conformance audit report",
    generatedAt: (input.now ?? new Date()).toISOString(),
    lang: input.lang,
    runnerContract: input.runnerContract,
    sources: input.sources,
    summary: input.summary,
    rules,
    unknownRules: Object.keys(input.summary.perRule)
      .filter((id) => !known.has(id))
      .sort(),
    results: input.results
  }
}

/** Short English description of what a case expects. */
export const describeExpectation = (r: CaseResult): string =>
  r.expected.accepted
    ? "accepted" + ("value" in r.expected && r.expected.value !== undefined ? ` = ${JSON.stringify(r.expected.value)}` : "")
    : `rejected: ${r.expected.errors.map((e) => `${e.rule} (${e.severity})`).join(", ")}`

/** Short English description of what happened. */
export const describeActual = (r: CaseResult): string =>
  r.actual === undefined
    ? (r.reason ?? "not run")
    : r.actual.accepted
      ? "accepted" + (r.actual.value !== undefined ? ` = ${JSON.stringify(r.actual.value)}` : "")
      : `rejected: ${r.actual.errors.map((e) => `${e.rule} (${e.severity})`).join(", ")}`
