/**
 * The shared machinery behind every identifier module of juki: one
 * implementation of the verbs `compact`, `validate`, `isValid`, `format`,
 * `mask` and `Schema`, so that each identifier (個人番号, 法人番号,
 * 全国地方公共団体コード …) only states what is special about it.
 *
 * **When to use**
 *
 * Use {@link makeIdentifier} to add an identifier module. Consumers use the
 * modules (`MyNumber`, `LocalGovernmentCode` …), not this factory.
 *
 * **Details**
 *
 * - `validate` accepts anything, compacts strings first (spaces, hyphens and
 *   Unicode look-alikes removed, full-width digits and letters to ASCII) and
 *   returns an effect `Result` of the branded canonical value or the first
 *   {@link JukiError} found.
 * - `isValid` never throws, whatever the input.
 * - `Schema` is strict: it accepts only the canonical form (no compaction).
 *
 * @since 0.1.0
 * @module
 */
import { type Brand, Result, Schema as S } from "effect"
import { defineRule, makeError, maskPreview, type JukiError } from "../errors/index.js"

/**
 * Raised when a validator receives something that is not a string.
 *
 * @category rules
 * @since 0.1.0
 */
export const NotAString = defineRule({
  id: "core.input.type",
  tag: "InvalidType",
  severity: "error",
  basis: [{ kind: "library", cite: "juki: identifiers are strings (leading zeros matter)", verified: true }],
  title: { ja: "入力の型", en: "Input type" },
  message: {
    ja: "{field}は文字列で指定してください（数値では先頭の0が失われます）",
    en: "{field} must be a string (numbers lose leading zeros)"
  }
})

const DASHES =
  /[\s\u00AD\u2010-\u2015\u2212\u2043\u2E3A\u2E3B\u30FC\u30A0\uFE58\uFE63\uFF0D\uFF70\u002D\u2500\u2501\u301C\uFF5E._\uFF0E\uFF3F]/gu

/**
 * Strips white space (including U+3000), hyphen and dash look-alikes
 * (‐ ‑ ‒ – — ― − ー ｰ － 〜 ～ …), dots and underscores, and folds full-width
 * and other compatibility digits and Latin letters to ASCII (NFKC).
 * Letters are upper-cased. Non-strings give `""`.
 *
 * **Example**
 *
 * ```ts
 * import { compactIdentifier } from "@juki/core"
 * compactIdentifier("１２３４−５６７８　９０１８") // => "123456789018"
 * ```
 *
 * @category normalisation
 * @since 0.1.0
 */
export const compactIdentifier = (input: unknown): string => {
  if (typeof input !== "string") return ""
  // NFKC folds full-width and circled digits only where that keeps the digit; then drop separators and upper-case.
  // Upper-casing can leave a string that is no longer NFKC ("ῗ" becomes "Ι" + two combining marks), and dropping a
  // separator can bring a combining mark next to a letter, so repeat until nothing changes: compact is idempotent.
  // Every code point settles in at most 2 passes; the bound keeps the loop finite whatever the input.
  let out = compactOnce(input)
  // Stryker disable next-line EqualityOperator,UpdateOperator: every code point settles within 2 passes and the loop stops once nothing changes, so the bound is never reached
  for (let pass = 0; pass < 4; pass++) {
    const next = compactOnce(out)
    if (next === out) break
    out = next
  }
  return out
}

const compactOnce = (s: string): string => s.normalize("NFKC").replace(DASHES, "").toUpperCase()

/**
 * What an identifier module states about itself.
 *
 * @category models
 * @since 0.1.0
 */
export interface IdentifierSpec<B extends string, O> {
  /** Brand name, e.g. `MyNumber`. */
  readonly brand: B
  /** Japanese and English names, for docs and messages. */
  readonly label: { readonly ja: string; readonly en: string }
  /** Normalisation applied by `compact` and `validate` (default {@link compactIdentifier}). */
  readonly compact?: (input: string) => string
  /** Checks a compacted string; returns the first problem or `undefined`. */
  readonly check: (value: string, options: O) => JukiError | undefined
  /** Display form of a canonical value. */
  readonly format?: (value: string) => string
  /** Masked form of a canonical value. */
  readonly mask?: (value: string) => string
  /** Options used by `Schema` (and when the caller passes none). */
  readonly defaults: O
}

/**
 * The verbs every identifier module offers.
 *
 * @category models
 * @since 0.1.0
 */
export interface Identifier<B extends string, O> {
  /** Brand name. */
  readonly brand: B
  readonly label: { readonly ja: string; readonly en: string }
  /** Normalises user input: separators and look-alikes removed, full-width to ASCII. Never throws. */
  readonly compact: (input: unknown) => string
  /** Compacts, then checks. Returns the branded canonical value or the first problem. Never throws. */
  readonly validate: (input: unknown, options?: Partial<O>) => Result.Result<string & Brand.Brand<B>, JukiError>
  /** `true` when {@link Identifier.validate} succeeds. Never throws, whatever the input. */
  readonly isValid: (input: unknown, options?: Partial<O>) => boolean
  /** Display form. Compacts first; returns the compacted input unchanged when it is not valid. */
  readonly format: (input: string) => string
  /** Masked form: at most the last 4 characters visible. */
  readonly mask: (input: string) => string
  /** effect/Schema of the strict canonical form, branded. */
  readonly Schema: S.brand<S.String, B>
}

/**
 * Default masking: every character but the last 4 replaced by `*` (all of
 * them when the value is shorter than 8 characters).
 *
 * @category masking
 * @since 0.1.0
 */
export const maskIdentifier = (value: string): string => maskPreview(value)

type Branded<B extends string> = string & Brand.Brand<B>

const optionsOf = <O>(spec: IdentifierSpec<string, O>, options?: Partial<O>): O =>
  options ? { ...spec.defaults, ...options } : spec.defaults

/**
 * The `compact` verb of an identifier: its normalisation for strings, `""`
 * for anything else. Never throws.
 *
 * **Details**
 *
 * Each verb has its own factory (`identifierCompact`, `identifierValidate`,
 * `identifierIsValid`, `identifierFormat`, `identifierMask`,
 * `identifierSchema`) so that a bundler keeps only the verbs a program uses:
 * `isValid` does not bring effect's `Result`, only `Schema` brings
 * effect/Schema. Call them at module level with a `#__PURE__` annotation.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierCompact = <B extends string, O>(spec: IdentifierSpec<B, O>): ((input: unknown) => string) => {
  const normalise = spec.compact ?? compactIdentifier
  return (input) => (typeof input === "string" ? normalise(input) : "")
}

/**
 * The `validate` verb: compacts, then checks; the branded canonical value or
 * the first {@link JukiError}. Never throws.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierValidate = <B extends string, O>(
  spec: IdentifierSpec<B, O>
): ((input: unknown, options?: Partial<O>) => Result.Result<Branded<B>, JukiError>) => {
  const normalise = spec.compact ?? compactIdentifier
  return (input, options) => {
    try {
      if (typeof input !== "string") return Result.fail(makeError(NotAString, { input }))
      const value = normalise(input)
      const problem = spec.check(value, optionsOf(spec, options))
      return problem ? Result.fail(problem) : Result.succeed(value as Branded<B>)
    } catch {
      // A check must never throw; if one does, report the input as malformed rather than crash.
      return Result.fail(makeError(NotAString, { input: "" }))
    }
  }
}

/**
 * The `isValid` verb: `true` exactly when the `validate` verb succeeds, without
 * building a `Result`. Never throws, whatever the input.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierIsValid = <B extends string, O>(
  spec: IdentifierSpec<B, O>
): ((input: unknown, options?: Partial<O>) => boolean) => {
  const normalise = spec.compact ?? compactIdentifier
  return (input, options) => {
    if (typeof input !== "string") return false
    try {
      return spec.check(normalise(input), optionsOf(spec, options)) === undefined
    } catch {
      return false
    }
  }
}

/**
 * The `format` verb: display form of a valid value; the compacted input
 * unchanged when it is not valid.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierFormat = <B extends string, O>(spec: IdentifierSpec<B, O>): ((input: string) => string) => {
  const compact = identifierCompact(spec)
  return (input) => {
    const value = compact(input)
    return spec.format && spec.check(value, spec.defaults) === undefined ? spec.format(value) : value
  }
}

/**
 * The `mask` verb: at most the last 4 characters visible.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierMask = <B extends string, O>(spec: IdentifierSpec<B, O>): ((input: string) => string) => {
  const compact = identifierCompact(spec)
  return (input) => (spec.mask ?? maskIdentifier)(compact(input))
}

/**
 * The `Schema` verb: effect/Schema of the strict canonical form with the
 * default options, branded.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierSchema = <B extends string, O>(spec: IdentifierSpec<B, O>): S.brand<S.String, B> =>
  S.String.pipe(
    S.check(
      S.makeFilter(
        (s: string) => {
          const problem = spec.check(s, spec.defaults)
          return problem ? problem.messageIn("en") : undefined
        },
        { expected: `${spec.label.en} (${spec.label.ja})` }
      )
    ),
    S.brand(spec.brand as never) as unknown as (s: S.String) => S.brand<S.String, B>
  )

/**
 * Builds all the verbs of an identifier module from its {@link IdentifierSpec}
 * at once. juki's own modules use the per-verb factories
 * ({@link identifierValidate} …) so that unused verbs are tree-shaken.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeIdentifier = <B extends string, O extends object>(spec: IdentifierSpec<B, O>): Identifier<B, O> => ({
  brand: spec.brand,
  label: spec.label,
  compact: identifierCompact(spec),
  validate: identifierValidate(spec),
  isValid: identifierIsValid(spec),
  format: identifierFormat(spec),
  mask: identifierMask(spec),
  Schema: identifierSchema(spec)
})

/**
 * Reads an all-ASCII string the way {@link compactIdentifier} reads it, in one
 * pass and without allocating: ASCII white space (TAB–CR, space), `-`, `.`
 * and `_` are skipped (compaction removes them); the k-th digit adds
 * `digit × weights[k]` to a sum, and the digit at `checkAt` is set aside as
 * the check digit.
 *
 * **Details**
 *
 * Returns `sum × 10 + check digit` when the string holds exactly
 * `weights.length` digits and nothing else that compaction keeps; `-1` when it
 * holds another number of digits or an ASCII character that compaction keeps
 * (a letter, a C0 control character other than TAB–CR, `/` …); `undefined`
 * when it has a character above U+007F, which only the full path
 * (NFKC, look-alike dashes) reads correctly. The fast paths of
 * `MyNumber.isValid` and `CorporateNumber.isValid` are built on it, so the
 * set of separators that compaction removes is written once, here and in
 * {@link compactIdentifier}.
 *
 * **Example**
 *
 * ```ts
 * import { scanAsciiDigits } from "@juki/core"
 *
 * scanAsciiDigits("12-3", [1, 2, 0], 2) // => 53 (sum 1·1 + 2·2 = 5, check digit 3)
 * scanAsciiDigits("12a3", [1, 2, 0], 2) // => -1
 * scanAsciiDigits("１２３", [1, 2, 0], 2) // => undefined
 * ```
 *
 * @category check digits
 * @since 0.2.0
 */
export const scanAsciiDigits = (s: string, weights: ReadonlyArray<number>, checkAt: number): number | undefined => {
  const n = weights.length
  let count = 0
  let sum = 0
  let check = 0
  let clean = true
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      if (count === checkAt) check = c - 48
      // a digit past the n-th adds nothing: the scan is -1 then anyway (count !== n)
      else sum += (c - 48) * (weights[count] ?? 0)
      count++
    } else if (c > 127) return undefined
    else if (!(c === 32 || c === 45 || c === 46 || c === 95 || (c >= 9 && c <= 13))) clean = false
  }
  return clean && count === n ? sum * 10 + check : -1
}

/**
 * The fast path of an identifier made of ASCII digits with a weighted check
 * digit, for {@link identifierIsValidFast}: {@link scanAsciiDigits} with
 * `weights` and `checkAt`, then `checkDigitOfSum(sum)` must equal the digit at
 * `checkAt`. `undefined` (take the full path) for non-ASCII input.
 *
 * **Example**
 *
 * ```ts
 * import { checkDigitFastPath } from "@juki/core"
 *
 * // two digits of weight 1, then a check digit = sum mod 10
 * const fast = checkDigitFastPath([1, 1, 0], 2, (sum) => sum % 10)
 * fast("3-4-7") // => true
 * fast("348") // => false
 * fast("３４７") // => undefined
 * ```
 *
 * @category constructors
 * @since 0.2.0
 */
export const checkDigitFastPath =
  (weights: ReadonlyArray<number>, checkAt: number, checkDigitOfSum: (sum: number) => number) =>
  (s: string): boolean | undefined => {
    const scan = scanAsciiDigits(s, weights, checkAt)
    if (scan === undefined) return undefined
    return scan >= 0 && checkDigitOfSum(Math.floor(scan / 10)) === scan % 10
  }

/**
 * The `isValid` verb with a fast path: `fast` answers for the inputs it can
 * read alone (usually plain ASCII, see {@link scanAsciiDigits}) and returns
 * `undefined` for the others, which take the full {@link identifierIsValid}
 * path. `fast` must give the same answer as the full path wherever it answers.
 *
 * @category constructors
 * @since 0.2.0
 */
export const identifierIsValidFast = <B extends string, O>(
  spec: IdentifierSpec<B, O>,
  fast: (input: string) => boolean | undefined
): ((input: unknown, options?: Partial<O>) => boolean) => {
  const full = identifierIsValid(spec)
  return (input, options) => {
    if (typeof input !== "string") return false
    const answer = fast(input)
    return answer === undefined ? full(input, options) : answer
  }
}

/**
 * Σ dᵢ·wᵢ over the ASCII digits of `digits` with `weights` aligned left to
 * right. The caller guarantees `digits` are ASCII digits of the same length.
 *
 * @category check digits
 * @since 0.1.0
 */
export const weightedSum = (digits: string, weights: ReadonlyArray<number>): number => {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] as number)
  return sum
}

/**
 * Whether `value` is exactly `length` ASCII digits.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isAsciiDigits = (value: string, length?: number): boolean => {
  if (typeof value !== "string") return false
  if (length !== undefined && value.length !== length) return false
  if (value.length === 0) return false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}
