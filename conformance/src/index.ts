/**
 * The reference runner of the juki conformance suite (runner contract 1.0.0,
 * see `conformance/README.md`). It loads plain JSON vector files, runs each
 * case against the juki packages and compares acceptance, canonical values
 * and rule ids.
 *
 * **When to use**
 *
 * Use {@link runFile} to check vector files (the suite's own or files written
 * by someone else) against juki; `juki audit` and the test suite both use it.
 * Other languages implement the same contract with only a JSON parser.
 *
 * **Example**
 *
 * ```ts
 * import { builtinVectorDirs, loadVectorFiles, runFile, summarise } from "@juki/conformance"
 *
 * // Your own files: loadVectorFiles("path/to/vectors"); here the suite's required vectors.
 * const results = loadVectorFiles(builtinVectorDirs().required).flatMap((f) => runFile(f))
 * const summary = summarise(results)
 * summary.cases === summary.passed + summary.failed // => true
 * summary.failed // => 0
 * summary.perRule["mynumber.my-number.checksum"]?.failed // => 0
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import * as Core from "@juki/core"
import * as Formats from "@juki/formats"
import * as MyNumberPkg from "@juki/mynumber"
import * as Records from "@juki/records"
import * as Retention from "@juki/retention"
import * as Certificates from "@juki/certificates"
import * as Store from "@juki/store/conformance"

import type { Expectation, RuleRef, VectorFile } from "./vector-file/index.js"

export type { Expectation, RuleRef, VectorCase, VectorFile, VectorKind } from "./vector-file/index.js"

/**
 * What an implementation produced for a case.
 *
 * @category models
 * @since 0.1.0
 */
export interface Outcome {
  readonly accepted: boolean
  readonly value?: unknown
  readonly errors: ReadonlyArray<RuleRef>
}

/**
 * Runs the `given`/`when` of a case of one kind. The records and retention
 * packages export one each (`conformanceAdapter`).
 *
 * @category models
 * @since 0.1.0
 */
export type Adapter = (given: unknown, when: Readonly<Record<string, unknown>>, subject: string) => Outcome

/**
 * The verdict on one case.
 *
 * @category models
 * @since 0.1.0
 */
export interface CaseResult {
  readonly file: string
  readonly subject: string
  readonly kind: VectorFile["kind"]
  readonly description: string
  readonly basis: ReadonlyArray<string>
  readonly optional: boolean
  /** Rule ids the case counts for. */
  readonly rules: ReadonlyArray<string>
  readonly expected: Expectation
  readonly actual: Outcome | undefined
  readonly passed: boolean
  /** Why the case failed, in English. */
  readonly reason?: string
}

type Namespace = Readonly<Record<string, unknown>>
// Subjects name a module namespace (`Wareki`, `FixedLength` …) or, for top-level functions, a package
// (`core`, `mynumber`, `formats`, `records`, `retention`).
const namespaces: Readonly<Record<string, Namespace>> = {
  ...(Core as unknown as Record<string, Namespace>),
  ...(MyNumberPkg as unknown as Record<string, Namespace>),
  ...(Formats as unknown as Record<string, Namespace>),
  core: Core as unknown as Namespace,
  mynumber: MyNumberPkg as unknown as Namespace,
  formats: Formats as unknown as Namespace,
  records: Records as unknown as Namespace,
  retention: Retention as unknown as Namespace
}

const isResult = (u: unknown): u is { _tag: "Success"; success: unknown } | { _tag: "Failure"; failure: unknown } =>
  typeof u === "object" &&
  u !== null &&
  "_tag" in u &&
  ((u as { _tag: unknown })._tag === "Success" || (u as { _tag: unknown })._tag === "Failure")

const toRuleRefs = (failure: unknown): ReadonlyArray<RuleRef> => {
  const list = Array.isArray(failure) ? failure : [failure]
  return list.flatMap(
    (e): ReadonlyArray<RuleRef> =>
      Core.isJukiError(e)
        ? [{ rule: e.code, severity: e.severity }]
        : [{ rule: "conformance.unknown-error", severity: "error" }]
  )
}

const json = (u: unknown): unknown => (u === undefined ? undefined : JSON.parse(JSON.stringify(u)))

/**
 * Turns whatever a juki function returned into an {@link Outcome}: an effect
 * `Result` becomes acceptance or rule ids; an array of `JukiError`s is a
 * rejection; any other value is an accepted value.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toOutcome = (out: unknown): Outcome => {
  if (isResult(out)) {
    return out._tag === "Success"
      ? { accepted: true, value: json(out.success), errors: [] }
      : { accepted: false, errors: toRuleRefs(out.failure) }
  }
  if (Array.isArray(out) && out.length > 0 && out.every(Core.isJukiError))
    return { accepted: false, errors: toRuleRefs(out) }
  if (Core.isJukiError(out)) return { accepted: false, errors: toRuleRefs(out) }
  return { accepted: true, value: json(out), errors: [] }
}

const builtinAdapters: Readonly<Record<string, Adapter>> = {
  identifier: (_given, when, subject) => {
    const ns = namespaces[subject]
    if (!ns || typeof ns["validate"] !== "function") throw new Error(`unknown identifier subject ${subject}`)
    const validate = ns["validate"] as (input: unknown, options?: unknown) => unknown
    return toOutcome(validate(when["input"], when["options"]))
  },
  function: (_given, when, subject) => {
    const [nsName, ...rest] = subject.split(".")
    const ns = namespaces[nsName ?? ""]
    const name = (when["function"] as string | undefined) ?? rest.join(".")
    const fn = ns?.[name]
    if (typeof fn !== "function") throw new Error(`unknown function ${subject}.${name}`)
    const args = Array.isArray(when["args"]) ? (when["args"] as ReadonlyArray<unknown>) : []
    return toOutcome((fn as (...a: ReadonlyArray<unknown>) => unknown)(...args))
  }
}

const packageAdapter = (pkg: unknown): Adapter | undefined => {
  const a = (pkg as { conformanceAdapter?: unknown }).conformanceAdapter
  return typeof a === "function" ? (a as Adapter) : undefined
}

/**
 * The adapters used by default: identifier and function kinds built in,
 * records and retention from their packages.
 *
 * @category constructors
 * @since 0.1.0
 */
export const defaultAdapters = (): Readonly<Record<string, Adapter>> => {
  const records = packageAdapter(Records)
  const retention = packageAdapter(Retention)
  const certificates = packageAdapter(Certificates)
  const store = packageAdapter(Store)
  return {
    ...builtinAdapters,
    ...(records ? { records } : {}),
    ...(retention ? { retention } : {}),
    ...(certificates ? { certificates } : {}),
    ...(store ? { store } : {})
  }
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
const canonical = (u: unknown): unknown =>
  Array.isArray(u)
    ? u.map(canonical)
    : u !== null && typeof u === "object"
      ? Object.fromEntries(
          Object.keys(u)
            .sort()
            .map((k) => [k, canonical((u as Record<string, unknown>)[k])])
        )
      : u

const key = (r: RuleRef) => `${r.rule}/${r.severity}`

/**
 * Compares an outcome with an expectation; returns the reason of a mismatch
 * or `undefined` when the case passes.
 *
 * @category comparisons
 * @since 0.1.0
 */
export const compare = (expected: Expectation, actual: Outcome): string | undefined => {
  if (expected.accepted) {
    if (!actual.accepted) return `expected acceptance, got rejection by ${actual.errors.map(key).join(", ")}`
    if ("value" in expected && !sameJson(expected.value, actual.value)) {
      return `expected value ${JSON.stringify(expected.value)}, got ${JSON.stringify(actual.value)}`
    }
    return undefined
  }
  if (actual.accepted) return `expected rejection by ${expected.errors.map(key).join(", ")}, got acceptance`
  const want = new Set(expected.errors.map(key))
  const got = new Set(actual.errors.map(key))
  const missing = [...want].filter((k) => !got.has(k))
  const extra = actual.errors.filter((e) => !want.has(key(e)))
  const exhaustive = expected.exhaustive ?? true
  const badExtra = exhaustive ? extra : extra.filter((e) => e.severity !== "alert")
  if (missing.length || badExtra.length) {
    return [
      missing.length ? `missing ${missing.join(", ")}` : "",
      badExtra.length ? `unexpected ${badExtra.map(key).join(", ")}` : ""
    ]
      .filter(Boolean)
      .join("; ")
  }
  return undefined
}

/**
 * A loaded vector file with the path it came from.
 *
 * @category models
 * @since 0.1.0
 */
export interface LoadedFile {
  readonly path: string
  readonly data: VectorFile
}

/**
 * Runs every case of a file. Never throws: a case whose adapter throws fails
 * with the reason.
 *
 * @category running
 * @since 0.1.0
 */
export const runFile = (
  file: LoadedFile,
  adapters: Readonly<Record<string, Adapter>> = defaultAdapters()
): ReadonlyArray<CaseResult> =>
  file.data.cases.map((c) => {
    const rules =
      c.expect.accepted === false
        ? [...new Set(c.expect.errors.map((e) => e.rule))]
        : [...(c.rules ?? file.data.rules ?? [])]
    const base = {
      file: file.path,
      subject: file.data.subject,
      kind: file.data.kind,
      description: c.description,
      basis: c.basis,
      optional: Boolean(c.optional ?? file.data.optional ?? false),
      rules,
      expected: c.expect
    }
    const adapter = adapters[file.data.kind]
    if (!adapter) return { ...base, actual: undefined, passed: false, reason: `no adapter for kind ${file.data.kind}` }
    let actual: Outcome
    try {
      actual = adapter(c.given, c.when, file.data.subject)
    } catch (e) {
      return {
        ...base,
        actual: undefined,
        passed: false,
        reason: `runner error: ${e instanceof Error ? e.message : String(e)}`
      }
    }
    const reason = compare(c.expect, actual)
    return reason === undefined ? { ...base, actual, passed: true } : { ...base, actual, passed: false, reason }
  })

/**
 * Loads every `.json` vector file under a file or folder (sorted by path).
 * Paths in the result are relative to `relativeTo` (default: the current
 * folder).
 *
 * @category loading
 * @since 0.1.0
 */
export const loadVectorFiles = (fileOrDir: string, relativeTo: string = process.cwd()): ReadonlyArray<LoadedFile> => {
  const walk = (p: string): ReadonlyArray<string> =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .flatMap((f) => walk(join(p, f)))
      : p.endsWith(".json")
        ? [p]
        : []
  return walk(resolve(fileOrDir)).map((p) => ({
    path: relative(relativeTo, p),
    data: JSON.parse(readFileSync(p, "utf8")) as VectorFile
  }))
}

/**
 * Where the suite's own vectors are.
 *
 * @category loading
 * @since 0.1.0
 */
export const builtinVectorDirs = (): { readonly required: string; readonly optional: string } => {
  const here = new URL("..", import.meta.url)
  return { required: new URL("vectors/", here).pathname, optional: new URL("optional/", here).pathname }
}

/**
 * Totals per rule and overall.
 *
 * @category models
 * @since 0.1.0
 */
export interface Summary {
  readonly cases: number
  readonly passed: number
  readonly failed: number
  readonly optional: number
  readonly perRule: Readonly<
    Record<string, { readonly accepting: number; readonly rejecting: number; readonly failed: number }>
  >
}

/**
 * Counts cases, failures and accepting/rejecting cases per rule.
 *
 * @category running
 * @since 0.1.0
 */
export const summarise = (results: ReadonlyArray<CaseResult>): Summary => {
  const perRule: Record<string, { accepting: number; rejecting: number; failed: number }> = {}
  for (const r of results) {
    for (const rule of r.rules) {
      const entry = (perRule[rule] ??= { accepting: 0, rejecting: 0, failed: 0 })
      if (r.expected.accepted) entry.accepting++
      else entry.rejecting++
      if (!r.passed) entry.failed++
    }
  }
  const passed = results.filter((r) => r.passed).length
  return {
    cases: results.length,
    passed,
    failed: results.length - passed,
    optional: results.filter((r) => r.optional).length,
    perRule
  }
}

/**
 * A rule as reports list it: id, severity, names and basis.
 *
 * @category models
 * @since 0.1.0
 */
export interface CatalogueEntry {
  readonly id: string
  readonly severity: Core.Severity
  readonly tag: Core.ErrorTag
  readonly title: Core.Bilingual
  readonly basis: ReadonlyArray<Core.LegalBasis>
  /** Package that owns the rule. */
  readonly owner: string
  /** `true` when any basis is not verified. */
  readonly unverified: boolean
}

const isRule = (u: unknown): u is Core.RuleDefinition =>
  typeof u === "object" &&
  u !== null &&
  typeof (u as Core.RuleDefinition).id === "string" &&
  typeof (u as Core.RuleDefinition).tag === "string" &&
  Array.isArray((u as Core.RuleDefinition).basis) &&
  typeof (u as Core.RuleDefinition).title === "object"

/**
 * Every rule the juki packages define, collected from their exports (each
 * module's rule constants and `rules` lists), sorted by id. One rule, one
 * home: the same id is listed once.
 *
 * @category running
 * @since 0.1.0
 */
export const ruleCatalogue = (): ReadonlyArray<CatalogueEntry> => {
  const found = new Map<string, CatalogueEntry>()
  const visit = (owner: string, u: unknown, depth: number): void => {
    if (depth > 3 || u === null || typeof u !== "object") return
    if (isRule(u)) {
      if (!found.has(u.id)) {
        found.set(u.id, {
          id: u.id,
          severity: u.severity,
          tag: u.tag,
          title: u.title,
          basis: u.basis,
          owner,
          unverified: u.basis.some((b) => !b.verified)
        })
      }
      return
    }
    const values = Array.isArray(u) ? u : Object.values(u as Record<string, unknown>)
    for (const v of values) visit(owner, v, depth + 1)
  }
  visit("@juki/core", Core, 0)
  visit("@juki/mynumber", MyNumberPkg, 0)
  visit("@juki/formats", Formats, 0)
  visit("@juki/records", Records, 0)
  visit("@juki/retention", Retention, 0)
  visit("@juki/certificates", Certificates, 0)
  visit("@juki/store", Store, 0)
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
