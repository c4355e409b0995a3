/**
 * The checks a layout field can refer to by id. Each check delegates to the
 * module that owns the rule, so a problem keeps that module's rule id
 * (`mynumber.my-number.checksum`, `core.local-government-code.checksum` …): one rule,
 * one home.
 *
 * **When to use**
 *
 * Refer to a check from a layout field (`check: "mynumber.MyNumber"`), list
 * {@link checkIds} in tools, or add your own checks with the `checks` option
 * of the codecs (`{ "vendor.Foo": { validate, generate } }`).
 *
 * **Details**
 *
 * - A check sees only non-blank values that already passed the field's
 *   format checks (character class, width). It never compacts: a file must
 *   hold the canonical form.
 * - `checkWith` passes other fields' values (e.g. the 元号区分 of a
 *   元号区分 + 年月日 pair); `checkOptions` are passed to the owning module
 *   (e.g. `{ length: 15 }` for `core.AtenaNumber`).
 * - `generate` builds a synthetic valid value for sample files, with the
 *   owning module's check-digit function.
 *
 * **Gotchas**
 *
 * - Results are memoised per check and options (bounded; results never
 *   change), so a custom `validate` must be a pure function of the value,
 *   its options and its `checkWith` values.
 * - A check that throws is reported as `formats.field.check-failed`.
 *
 * **Example** (Using a check directly)
 *
 * ```ts
 * import { builtinChecks } from "@juki/formats"
 *
 * builtinChecks["mynumber.MyNumber"].validate("123456789019", { options: {}, with: [] })?.code
 * // => "mynumber.my-number.checksum"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import {
  AtenaNumber,
  HouseholdNumber,
  LocalGovernmentCode,
  PostalCode,
  RegistryDate,
  ResidenceCardNumber,
  ResidentCode,
  Wareki,
  makeError,
  type JukiError
} from "@juki/core"
import { CorporateNumber, MyNumber } from "@juki/mynumber"
import { Jiyu, Relationship, Rules } from "@juki/records"
import { Result } from "effect"

/**
 * What a check receives besides the value.
 *
 * @category models
 * @since 0.1.0
 */
export interface CheckContext {
  /** `checkOptions` of the field. */
  readonly options: { readonly [key: string]: unknown }
  /** Values of the `checkWith` fields, in order (`null` when blank). */
  readonly with: ReadonlyArray<string | null>
}

/**
 * A deterministic source of randomness for sample data: `next()` returns a
 * uniform 32-bit unsigned integer.
 *
 * @category models
 * @since 0.1.0
 */
export interface Rng {
  readonly next: () => number
}

/**
 * A synthetic value of a check, and the values of its `checkWith` fields.
 *
 * @category models
 * @since 0.1.0
 */
export interface Generated {
  readonly value: string
  readonly with?: ReadonlyArray<string>
}

/**
 * A registered check.
 *
 * @category models
 * @since 0.1.0
 */
export interface CheckEntry {
  /** Japanese and English names, for docs. */
  readonly label: { readonly ja: string; readonly en: string }
  /** The problem of a value, or `undefined`. Must not throw. */
  readonly validate: (value: string, context: CheckContext) => JukiError | undefined
  /** A synthetic valid value (and its `checkWith` values), for sample files. */
  readonly generate?: (rng: Rng, context: CheckContext) => Generated
  /**
   * Optional fast predicate of the owning module (e.g. `MyNumber.isValid`):
   * when it returns `true`, `validate` is not called. Must agree with
   * `validate`.
   */
  readonly isValid?: (value: string, options: CheckContext["options"]) => boolean
  /**
   * Every value the check accepts, when it is a closed vocabulary (続柄,
   * 異動事由): widths are derived from its longest value
   * (`deriveUtf8Layout`). Computed on call.
   */
  readonly vocabulary?: () => ReadonlyArray<string>
}

/**
 * Every 続柄 of the vocabulary of `@juki/records` (`Relationship`): 世帯主,
 * 縁故者, 同居人 and every chain of 1 to `MAX_LINKS` base terms joined by の
 * (30,943 values).
 *
 * @category checks
 * @since 0.2.0
 */
export const relationshipVocabulary = (): ReadonlyArray<string> => {
  const out: Array<string> = [Relationship.HEAD, ...Relationship.OTHER_TERMS]
  let level: Array<string> = [...Relationship.BASE_TERMS]
  for (let links = 1; links <= Relationship.MAX_LINKS; links++) {
    out.push(...level)
    if (links < Relationship.MAX_LINKS)
      level = level.flatMap((chain) => Relationship.BASE_TERMS.map((t) => `${chain}の${t}`))
  }
  return out
}

const digits = (rng: Rng, n: number): string => {
  let s = ""
  for (let i = 0; i < n; i++) s += String.fromCharCode(48 + (rng.next() % 10))
  return s
}

const fromResult = (r: Result.Result<unknown, JukiError>): JukiError | undefined =>
  Result.isFailure(r) ? r.failure : undefined

/** A check of an identifier module's `validate` (with the field's `checkOptions`). */
const hasKeys = (o: object): boolean => {
  for (const _ in o) return true
  return false
}

const identifier = (
  label: { readonly ja: string; readonly en: string },
  validate: (value: unknown, options?: never) => Result.Result<unknown, JukiError>,
  generate?: CheckEntry["generate"],
  isValid?: (value: unknown, options?: never) => boolean
): CheckEntry => ({
  label,
  // No options: pass none, so the module uses its defaults without merging.
  validate: (value, context) =>
    fromResult(validate(value, (hasKeys(context.options) ? context.options : undefined) as never)),
  ...(generate ? { generate } : {}),
  ...(isValid
    ? {
        isValid: (value: string, options: CheckContext["options"]) =>
          isValid(value, (hasKeys(options) ? options : undefined) as never)
      }
    : {})
})

let governments: ReadonlyArray<string> | undefined

const eraTable = (context: CheckContext): Wareki.EraCodeTable => {
  const t = context.options["table"]
  return typeof t === "string" && t in Wareki.EraCodes ? (t as Wareki.EraCodeTable) : "sequential"
}

/** A day between 昭和元年12月25日 and 令和7年12月31日, written as a coded pair. */
const codedPairSample = (rng: Rng, context: CheckContext): Generated => {
  const from = Date.UTC(1926, 11, 25) / 86_400_000
  const to = Date.UTC(2025, 11, 31) / 86_400_000
  const day = new Date((from + (rng.next() % (to - from + 1))) * 86_400_000).toISOString().slice(0, 10)
  const w = Wareki.fromIsoDate(day)
  if (Result.isFailure(w)) return { value: "010501", with: ["5"] }
  const pair = Wareki.toCodedPair(w.success, eraTable(context))
  return { value: pair.ymd, with: [pair.eraCode] }
}

/**
 * The built-in checks, by id.
 *
 * | id | owner | what |
 * |---|---|---|
 * | `mynumber.MyNumber` | `@juki/mynumber` | 個人番号 (12 digits, check digit) |
 * | `mynumber.CorporateNumber` | `@juki/mynumber` | 法人番号 |
 * | `core.LocalGovernmentCode` | `@juki/core` | 全国地方公共団体コード (6 digits, check digit) |
 * | `core.ResidentCode` | `@juki/core` | 住民票コード (11 digits) |
 * | `core.AtenaNumber` | `@juki/core` | 宛名番号 (options: `length`, `checksum` …) |
 * | `core.HouseholdNumber` | `@juki/core` | 世帯番号 |
 * | `core.PostalCode` | `@juki/core` | 郵便番号 (7 digits) |
 * | `core.ResidenceCardNumber` | `@juki/core` | 在留カード等の番号 |
 * | `core.RegistryDate.ymd` | `@juki/core` | a date written `YYYYMMDD`, read by `RegistryDate.parseField` (option `field`: a `REGISTRY_DATE_FIELDS` id such as `"birthDate"` accepts non-calendar days; default: calendar days only) |
 * | `core.Wareki.codedPair` | `@juki/core` | 年月日 `YYMMDD` of a 元号区分 + 年月日 pair; `checkWith: [元号区分 field]`, option `table` |
 * | `core.RegistryDate.codedPair` | `@juki/core` | the same for registry dates (non-calendar days such as 明治45年7月30日 accepted) |
 * | `records.Relationship` | `@juki/records` | 続柄 in the vocabulary of 標準仕様書 1.1.11 (`records.relationship.*`) |
 * | `records.Jiyu` | `@juki/records` | 異動事由 written as its 1.2.2 category name or id (`records.jiyu.*`) |
 *
 * @category checks
 * @since 0.1.0
 */
export const builtinChecks = {
  "mynumber.MyNumber": identifier(
    { ja: "個人番号", en: "My Number" },
    MyNumber.validate,
    (rng) => {
      const base = digits(rng, 11)
      return { value: `${base}${MyNumber.checkDigit(base)}` }
    },
    MyNumber.isValid
  ),
  "mynumber.CorporateNumber": identifier(
    { ja: "法人番号", en: "Corporate Number" },
    CorporateNumber.validate,
    (rng) => {
      const base = digits(rng, 12)
      return { value: `${CorporateNumber.checkDigit(base)}${base}` }
    }
  ),
  "core.LocalGovernmentCode": identifier(
    { ja: "全国地方公共団体コード", en: "Local government code" },
    LocalGovernmentCode.validate,
    (rng) => {
      governments ??= LocalGovernmentCode.all()
        .filter((g) => g.kind !== "prefecture")
        .map((g) => g.code)
      return { value: governments[rng.next() % governments.length] as string }
    }
  ),
  "core.ResidentCode": identifier({ ja: "住民票コード", en: "Resident record code" }, ResidentCode.validate, (rng) => {
    const base = digits(rng, 10)
    return { value: `${base}${ResidentCode.checkDigit(base)}` }
  }),
  "core.AtenaNumber": identifier({ ja: "宛名番号", en: "Atena number" }, AtenaNumber.validate, (rng, context) => {
    const length =
      typeof context.options["length"] === "number" ? context.options["length"] : AtenaNumber.DEFAULT_LENGTH
    for (;;) {
      const base = digits(rng, length - 1)
      const d = AtenaNumber.checkDigit(base)
      if (d !== undefined) return { value: `${base}${d}` }
    }
  }),
  "core.HouseholdNumber": identifier(
    { ja: "世帯番号", en: "Household number" },
    HouseholdNumber.validate,
    (rng, context) => {
      const length =
        typeof context.options["length"] === "number" ? context.options["length"] : HouseholdNumber.DEFAULT_LENGTH
      for (;;) {
        const base = digits(rng, length - 1)
        const d = HouseholdNumber.checkDigit(base)
        if (d !== undefined) return { value: `${base}${d}` }
      }
    }
  ),
  "core.PostalCode": identifier({ ja: "郵便番号", en: "Postal code" }, PostalCode.validate, (rng) => ({
    value: digits(rng, 7)
  })),
  "core.ResidenceCardNumber": identifier(
    { ja: "在留カード等の番号", en: "Residence card number" },
    ResidenceCardNumber.validate,
    (rng) => {
      const letter = () => String.fromCharCode(65 + (rng.next() % 26))
      return { value: `${letter()}${letter()}${digits(rng, 8)}${letter()}${letter()}` }
    }
  ),
  "core.RegistryDate.ymd": {
    label: { ja: "年月日（YYYYMMDD）", en: "Date (YYYYMMDD)" },
    // The file writes YYYYMMDD; the date rules are RegistryDate's (ISO form is one of the forms it reads).
    validate: (value, context) =>
      fromResult(
        RegistryDate.parseField(
          typeof context.options["field"] === "string" ? context.options["field"] : "",
          /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value
        )
      ),
    generate: (rng) => {
      const from = Date.UTC(1930, 0, 1) / 86_400_000
      const to = Date.UTC(2025, 11, 31) / 86_400_000
      return {
        value: new Date((from + (rng.next() % (to - from + 1))) * 86_400_000)
          .toISOString()
          .slice(0, 10)
          .replace(/-/g, "")
      }
    }
  },
  "core.RegistryDate.codedPair": {
    label: { ja: "元号区分＋年月日（登録日付）", en: "Era code and registry date" },
    validate: (value, context) =>
      fromResult(
        RegistryDate.fromCodedPair({ eraCode: context.with[0] ?? "", ymd: value }, eraTable(context), {
          mode: "registry"
        })
      ),
    generate: (rng, context) => codedPairSample(rng, context)
  },
  "records.Relationship": {
    label: { ja: "続柄", en: "Relationship" },
    validate: (value, _context) => {
      const c = Relationship.classify(value)
      if (c.ok) return undefined
      // The classification is @juki/records'; so are the rules it maps to.
      const rule =
        c.problem === "forbidden"
          ? Rules.RelationshipForbidden
          : c.problem === "chain-length"
            ? Rules.RelationshipChainLength
            : Rules.RelationshipVocabulary
      return makeError(rule, { input: value, ...(c.problem === "chain-length" ? { params: { links: c.links } } : {}) })
    },
    generate: (rng) => {
      const terms = [Relationship.HEAD, ...Relationship.BASE_TERMS.filter((t) => t.length === 1)]
      return { value: terms[rng.next() % terms.length] as string }
    },
    vocabulary: relationshipVocabulary
  },
  "records.Jiyu": {
    label: { ja: "異動事由", en: "Reason of change" },
    validate: (value, _context) => fromResult(Jiyu.fromName(value)),
    generate: (rng) => ({ value: (Jiyu.catalogue[rng.next() % Jiyu.catalogue.length] as Jiyu.JiyuInfo).ja }),
    vocabulary: () => Jiyu.catalogue.map((j) => j.ja)
  },
  "core.Wareki.codedPair": {
    label: { ja: "元号区分＋年月日", en: "Era code and date" },
    validate: (value, context) =>
      fromResult(Wareki.fromCodedPair({ eraCode: context.with[0] ?? "", ymd: value }, eraTable(context))),
    generate: (rng, context) => codedPairSample(rng, context)
  }
} satisfies Readonly<Record<string, CheckEntry>>

/**
 * A table of checks by id.
 *
 * @category models
 * @since 0.1.0
 */
export type CheckTable = Readonly<Record<string, CheckEntry>>

/**
 * The ids of the built-in checks.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkIds: ReadonlyArray<string> = Object.keys(builtinChecks)
