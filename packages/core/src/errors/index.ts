/**
 * The one error model of juki: every problem any package reports is a {@link JukiError}.
 *
 * **When to use**
 *
 * Use {@link defineRule} once per domain rule (one rule, one home, one id) and
 * {@link makeError} wherever that rule is violated. Consumers read `_tag`,
 * `code`, `path`, `severity` and `position`, and render messages late with
 * {@link JukiError.messageIn} in Japanese (default) or English.
 *
 * **Details**
 *
 * - Errors are data: they do not extend `Error`, are never thrown by
 *   validators, and serialise to JSON with {@link JukiError.toJSON}.
 * - The value that failed is never stored. Only a masked `preview` is kept
 *   (at most the last 4 characters of a value of 8 or more characters, the
 *   rest replaced by `*`), so neither messages, `String(error)` nor JSON can
 *   leak a full 個人番号 or any other identifier.
 * - Message templates use `{name}` placeholders filled from `params`; `params`
 *   must hold only non-personal facts (lengths, expected shapes, dates of rules).
 *
 * **Example** (Defining a rule and reporting it)
 *
 * ```ts
 * import { defineRule, makeError } from "@juki/core"
 *
 * const Length = defineRule({
 *   id: "example.length",
 *   tag: "InvalidLength",
 *   severity: "error",
 *   basis: [{ kind: "library", cite: "example", verified: true }],
 *   title: { ja: "桁数", en: "Length" },
 *   message: { ja: "{expected}桁で入力してください", en: "Expected {expected} digits" }
 * })
 * const error = makeError(Length, { input: "123", params: { expected: 4 } })
 * error.messageIn("en") // => "Expected 4 digits"
 * ```
 *
 * @since 0.1.0
 * @module
 */

/**
 * A language juki renders messages in.
 *
 * @category models
 * @since 0.1.0
 */
export type Lang = "ja" | "en"

/**
 * A table of bilingual messages: for each key, a Japanese and an English
 * template with positional placeholders `{0}`, `{1}` ….
 *
 * @category models
 * @since 0.2.0
 */
export type MessageTable = Readonly<Record<string, { readonly ja: string; readonly en: string }>>

/**
 * Builds the `t` of a {@link MessageTable}: the template of `key` in `lang`,
 * with `{n}` replaced by the n-th argument (a missing argument by `""`). The
 * CLI and the offline web page render their texts with it.
 *
 * **Example**
 *
 * ```ts
 * import { translator } from "@juki/core"
 *
 * const t = translator({ done: { ja: "{0} 件を検査しました", en: "{0} records checked" } })
 * t("ja", "done", 3) // => "3 件を検査しました"
 * t("en", "done") // => " records checked"
 * ```
 *
 * @category formatting
 * @since 0.2.0
 */
export const translator =
  <M extends MessageTable>(table: M) =>
  (lang: Lang, key: keyof M, ...args: ReadonlyArray<unknown>): string =>
    (table[key] as M[keyof M])[lang].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ""))

/**
 * `error` blocks 本登録 until resolved; `alert` may be confirmed by the operator
 * after a warning (住民記録システム標準仕様書 エラー／アラート).
 *
 * @category models
 * @since 0.1.0
 */
export type Severity = "error" | "alert"

/**
 * The closed set of error tags (python-stdnum's exception kinds plus the
 * record, date and codec kinds juki needs).
 *
 * @category models
 * @since 0.1.0
 */
export type ErrorTag =
  | "InvalidType"
  | "InvalidLength"
  | "InvalidFormat"
  | "InvalidChecksum"
  | "InvalidComponent"
  | "InvalidDate"
  | "RuleViolation"
  | "DecodeError"
  | "EncodeError"

/**
 * The kind of source a rule rests on. `seed-practice` is the practice stated in
 * the 大阪市 評価書 (the seed); `library` is a decision of juki itself.
 *
 * @category models
 * @since 0.1.0
 */
export type BasisKind =
  | "law"
  | "cabinet-order"
  | "ministerial-ordinance"
  | "notice"
  | "standard"
  | "jis"
  | "seed-practice"
  | "library"

/**
 * One legal or documentary basis of a rule. `verified: false` marks an
 * UNVERIFIED basis: such rules are configurable and documented as unverified.
 *
 * @category models
 * @since 0.1.0
 */
export interface LegalBasis {
  readonly kind: BasisKind
  /** e.g. "住民基本台帳法施行令 第34条" or "住民記録システム標準仕様書 1.1.8" */
  readonly cite: string
  readonly verified: boolean
  readonly note?: string
}

/**
 * Text in both languages juki speaks.
 *
 * @category models
 * @since 0.1.0
 */
export interface Bilingual {
  readonly ja: string
  readonly en: string
}

/**
 * A rule of the domain with its stable id. Rules are plain data, so catalogues,
 * docs and conformance vectors can all point at the same id.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleDefinition {
  /** Stable id, e.g. `mynumber.my-number.checksum`. Never reuse or rename. */
  readonly id: string
  readonly tag: ErrorTag
  readonly severity: Severity
  readonly basis: ReadonlyArray<LegalBasis>
  /** Short name of the rule. */
  readonly title: Bilingual
  /** Message templates with `{param}` placeholders (and `{field}`). */
  readonly message: Bilingual
}

/**
 * Declares a rule. Identity function that keeps literal types.
 *
 * @category constructors
 * @since 0.1.0
 */
export const defineRule = <const R extends RuleDefinition>(rule: R): R => rule

/**
 * Where in an input a problem was found.
 *
 * @category models
 * @since 0.1.0
 */
export interface Position {
  /** 1-based record number in a file or batch. */
  readonly record?: number
  /** 0-based byte offset in a file. */
  readonly byteOffset?: number
  /** 1-based line number. */
  readonly line?: number
  /** 0-based character index inside a string value. */
  readonly index?: number
}

/**
 * Parameters of a message. Only non-personal facts belong here.
 *
 * @category models
 * @since 0.1.0
 */
export type Params = Readonly<Record<string, string | number | boolean>>

/**
 * The JSON form of a {@link JukiError}.
 *
 * @category models
 * @since 0.1.0
 */
export interface JukiErrorJson {
  readonly _tag: ErrorTag
  readonly code: string
  readonly severity: Severity
  readonly path: ReadonlyArray<string | number>
  readonly preview?: string
  readonly params: Params
  readonly position?: Position
  readonly message: Bilingual
}

const MAX_PREVIEW = 16

/**
 * Masks a value for display: keeps at most the last 4 characters when the
 * value has 8 or more characters (so a 12-digit 個人番号 shows as
 * `********1234`), masks everything in shorter values, and shortens long
 * values to 16 characters. Non-strings are described by type only.
 *
 * **Example**
 *
 * ```ts
 * import { maskPreview } from "@juki/core"
 * maskPreview("123456789018") // => "********9018"
 * maskPreview("1234") // => "****"
 * ```
 *
 * @category masking
 * @since 0.1.0
 */
export const maskPreview = (value: unknown): string => {
  if (typeof value !== "string") {
    if (value === null) return "<null>"
    if (Array.isArray(value)) return "<array>"
    return `<${typeof value}>`
  }
  const chars = Array.from(value)
  const n = chars.length
  const keep = n >= 8 ? 4 : 0
  const tail = chars.slice(n - keep).join("")
  const hidden = n - keep
  if (n <= MAX_PREVIEW) return "*".repeat(hidden) + tail
  return `…(${n})` + "*".repeat(MAX_PREVIEW - 8 - keep) + tail
}

const render = (template: string, params: Params, field: string): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === "field") return field
    const v = params[key]
    return v === undefined ? whole : String(v)
  })

/**
 * A problem found by juki. Data, not an exception: it does not extend
 * `Error`, and no validator throws it.
 *
 * **Example**
 *
 * ```ts
 * import { MyNumber } from "@juki/mynumber"
 * import { Result } from "effect"
 *
 * const r = MyNumber.validate("123456789019")
 * if (Result.isFailure(r)) {
 *   r.failure._tag // => "InvalidChecksum"
 *   r.failure.code // => "mynumber.my-number.checksum"
 *   r.failure.preview // => "********9019"
 * }
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class JukiError {
  readonly _tag: ErrorTag
  readonly code: string
  readonly severity: Severity
  readonly path: ReadonlyArray<string | number>
  readonly preview: string | undefined
  readonly params: Params
  readonly position: Position | undefined
  /** The rule violated; not enumerable, so JSON stays small. */
  declare readonly rule: RuleDefinition

  constructor(
    rule: RuleDefinition,
    options: {
      readonly path?: ReadonlyArray<string | number>
      readonly preview?: string
      readonly params?: Params
      readonly position?: Position
    } = {}
  ) {
    this._tag = rule.tag
    this.code = rule.id
    this.severity = rule.severity
    this.path = options.path ?? []
    this.preview = options.preview
    this.params = options.params ?? {}
    this.position = options.position
    Object.defineProperty(this, "rule", { value: rule, enumerable: false })
  }

  /** The field path as a dotted string (`""` at the top level). */
  get field(): string {
    return this.path
      .map((p) => (typeof p === "number" ? `[${p}]` : p))
      .join(".")
      .replace(/\.\[/g, "[")
  }

  /** Renders the message in the given language (rendered late, on demand). */
  messageIn(lang: Lang = "ja"): string {
    return render(this.rule.message[lang], this.params, this.field || this.rule.title[lang])
  }

  /** The Japanese message. */
  get message(): string {
    return this.messageIn("ja")
  }

  toJSON(): JukiErrorJson {
    return {
      _tag: this._tag,
      code: this.code,
      severity: this.severity,
      path: this.path,
      ...(this.preview === undefined ? {} : { preview: this.preview }),
      params: this.params,
      ...(this.position === undefined ? {} : { position: this.position }),
      message: { ja: this.messageIn("ja"), en: this.messageIn("en") }
    }
  }

  toString(): string {
    const where = this.field ? ` at ${this.field}` : ""
    const value = this.preview === undefined ? "" : ` (value ${this.preview})`
    return `${this._tag}[${this.code}]${where}${value}: ${this.messageIn("en")}`
  }
}

/**
 * Builds a {@link JukiError} for a rule. The `input` is only used to build a
 * masked preview; it is never stored.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeError = (
  rule: RuleDefinition,
  options: {
    readonly input?: unknown
    readonly path?: ReadonlyArray<string | number>
    readonly params?: Params
    readonly position?: Position
    /** Custom masking; defaults to {@link maskPreview}. */
    readonly mask?: (value: unknown) => string
  } = {}
): JukiError =>
  new JukiError(rule, {
    // Stryker disable next-line ConditionalExpression: the constructor reads `path ?? []`, so { path: undefined } builds the same error
    ...(options.path === undefined ? {} : { path: options.path }),
    ...("input" in options ? { preview: (options.mask ?? maskPreview)(options.input) } : {}),
    // Stryker disable next-line ConditionalExpression: the constructor reads `params ?? {}`, so { params: undefined } builds the same error
    ...(options.params === undefined ? {} : { params: options.params }),
    // Stryker disable next-line ConditionalExpression: the constructor assigns `position` as given, undefined or not
    ...(options.position === undefined ? {} : { position: options.position })
  })

/**
 * Returns a copy of an error placed at a longer path (the parent's path first)
 * or at another position. Used when a field check runs inside a record.
 *
 * @category combinators
 * @since 0.1.0
 */
export const relocate = (
  error: JukiError,
  where: { readonly path?: ReadonlyArray<string | number>; readonly position?: Position }
): JukiError =>
  new JukiError(error.rule, {
    path: [...(where.path ?? []), ...error.path],
    ...(error.preview === undefined ? {} : { preview: error.preview }),
    params: error.params,
    ...((where.position ?? error.position) ? { position: { ...error.position, ...where.position } } : {})
  })

/**
 * Whether a value is a {@link JukiError}.
 *
 * @category guards
 * @since 0.1.0
 */
export const isJukiError = (u: unknown): u is JukiError => u instanceof JukiError
