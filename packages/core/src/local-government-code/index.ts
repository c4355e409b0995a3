/**
 * LocalGovernmentCode (全国地方公共団体コード, zenkoku chihō kōkyō dantai kōdo):
 * the 6-digit code of a prefecture, municipality or ward, the last digit a
 * check digit.
 *
 * **When to use**
 *
 * Use `LocalGovernmentCode.isValid` / `validate` to check a code, `lookup` to
 * get the name of a known code and `prefectureOf` to get its prefecture. Pass
 * `{ requireKnown: true }` to also reject codes that are checksum-valid but not
 * in the bundled table.
 *
 * **Details**
 *
 * - Structure (JIS X 0401 / JIS X 0402): 2-digit 都道府県コード (01–47) +
 *   3-digit 市区町村コード + 1 検査数字. A prefecture itself is `pp000` + check
 *   digit (北海道 `010006`). The 5-digit form without check digit (e.g. column 1
 *   of Japan Post's KEN_ALL.CSV) is not a valid input: convert it with
 *   {@link fromFiveDigit}.
 * - Check digit (総務省, soumu.go.jp/main_content/000137948.pdf): s = 6·d1 +
 *   5·d2 + 4·d3 + 3·d4 + 2·d5 (d1 leftmost); the check digit is the last digit
 *   of 11 − (s mod 11), i.e. `(11 − s mod 11) mod 10`. A remainder of 0 gives
 *   **1** and a remainder of 1 gives 0. The proviso "積の和が11より小なるとき
 *   は 11 − 積の和" only matters for s ∈ {0, 1}, which no code with
 *   prefecture 01–47 reaches.
 * - The bundled table is the union of three third-party copies of the 総務省
 *   list (1,969 codes: 47 prefectures, 1,747 municipalities including the 23
 *   特別区 and the 6 北方領土 villages, 175 wards of 政令指定都市 including
 *   浜松市's 7 pre-2024 wards). It is decoded on the first `lookup`, not at import.
 * - Known gaps of the table are listed in {@link GAPS}: the 6 北方領土 villages
 *   (`016951` … `017001`) are only in one source list; 浜松市's 3 wards of
 *   2024-01-01 are **not** in the table, their codes are UNVERIFIED (the
 *   check-digit-correct forms would be `221384`, `221392`, `221406`); `394050`
 *   is spelled 梼原町 in the 総務省-derived list and 檮原町 in the other.
 *
 * **Gotchas**
 *
 * - Do not use the My Number convention "remainder 0 or 1 gives 0": it rejects
 *   real codes such as 札幌市中央区 `011011` (remainder 0, check digit 1).
 * - Never store codes as numbers: 北海道 `010006` becomes `10006`.
 * - "Valid" means checksum-valid with an existing prefecture, not "exists":
 *   `221384` is valid but unknown to the table.
 *
 * **Example** (Validating and looking up)
 *
 * ```ts
 * import { LocalGovernmentCode } from "@juki/core"
 *
 * LocalGovernmentCode.isValid("011011") // => true (remainder 0 gives 1)
 * LocalGovernmentCode.isValid("011010") // => false
 * LocalGovernmentCode.isValid("480002") // => false (no prefecture 48)
 * LocalGovernmentCode.checkDigit("27100") // => 4
 * LocalGovernmentCode.lookup("271004")?.name // => "大阪市"
 * LocalGovernmentCode.prefectureOf("271276")?.name // => "大阪府"
 * LocalGovernmentCode.isValid("221384", { requireKnown: true }) // => false
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { Brand } from "effect"
import { defineRule, makeError, type JukiError, type LegalBasis } from "../errors/index.js"
import {
  compactIdentifier,
  isAsciiDigits,
  identifierCompact,
  identifierFormat,
  identifierIsValid,
  identifierMask,
  identifierSchema,
  identifierValidate,
  type IdentifierSpec,
  weightedSum
} from "../identifier/index.js"
import * as T from "./table.js"

const BASIS_FORMAT: LegalBasis = {
  kind: "jis",
  cite: "JIS X 0402 (市区町村コード) / 総務省 全国地方公共団体コード",
  verified: true
}
const BASIS_PREFECTURE: LegalBasis = { kind: "jis", cite: "JIS X 0401 (都道府県コード 01–47)", verified: true }
const BASIS_CHECK: LegalBasis = {
  kind: "standard",
  cite: "総務省 全国地方公共団体コード 検査数字 (soumu.go.jp/main_content/000137948.pdf)",
  verified: true,
  note: "text quoted in IkumaTadokoro/jp_local_gov issue #85"
}
const BASIS_TABLE: LegalBasis = {
  kind: "library",
  cite: "juki: bundled union of third-party copies of the 総務省 list (code4fukui/localgovjp, IkumaTadokoro/jp_local_gov)",
  verified: false,
  note: "not authoritative; 浜松市's 2024 wards are missing (see GAPS)"
}

/**
 * 全国地方公共団体コード must be 6 digits (5 + check digit).
 *
 * @category rules
 * @since 0.1.0
 */
export const Length = defineRule({
  id: "core.local-government-code.length",
  tag: "InvalidLength",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "地方公共団体コードの桁数", en: "Local government code length" },
  message: {
    ja: "全国地方公共団体コードは検査数字を含めて6桁です（入力は{length}桁）",
    en: "A local government code has 6 digits including the check digit (got {length})"
  }
})

/**
 * 全国地方公共団体コード consists of ASCII digits only (after compaction).
 *
 * @category rules
 * @since 0.1.0
 */
export const Format = defineRule({
  id: "core.local-government-code.format",
  tag: "InvalidFormat",
  severity: "error",
  basis: [BASIS_FORMAT],
  title: { ja: "地方公共団体コードの形式", en: "Local government code format" },
  message: {
    ja: "全国地方公共団体コードは数字のみで構成されます",
    en: "A local government code consists of digits only"
  }
})

/**
 * The first two digits are a 都道府県コード 01–47 (JIS X 0401).
 *
 * @category rules
 * @since 0.1.0
 */
export const Prefecture = defineRule({
  id: "core.local-government-code.prefecture",
  tag: "InvalidComponent",
  severity: "error",
  basis: [BASIS_PREFECTURE],
  title: { ja: "都道府県コード", en: "Prefecture code" },
  message: {
    ja: "全国地方公共団体コードの先頭2桁は都道府県コード（01〜47）です",
    en: "The first two digits of a local government code are a prefecture code (01–47)"
  }
})

/**
 * The 6th digit is the 検査数字 of the 総務省 rule: (11 − s mod 11) mod 10.
 *
 * @category rules
 * @since 0.1.0
 */
export const Checksum = defineRule({
  id: "core.local-government-code.checksum",
  tag: "InvalidChecksum",
  severity: "error",
  basis: [BASIS_CHECK],
  title: { ja: "地方公共団体コードの検査数字", en: "Local government code check digit" },
  message: {
    ja: "全国地方公共団体コードの検査数字が一致しません",
    en: "The local government code check digit does not match"
  }
})

/**
 * With `{ requireKnown: true }`: the code must be in the bundled table. The
 * table is a third-party snapshot, so this rule's basis is `verified: false`.
 *
 * @category rules
 * @since 0.1.0
 */
export const Unknown = defineRule({
  id: "core.local-government-code.unknown",
  tag: "InvalidComponent",
  severity: "error",
  basis: [BASIS_TABLE],
  title: { ja: "未登録の地方公共団体コード", en: "Unknown local government code" },
  message: {
    ja: "全国地方公共団体コードが一覧にありません（検査数字は正しい）",
    en: "The local government code is not in the code table (its check digit is correct)"
  }
})

/**
 * The rules of this module, for catalogues and docs.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [Length, Format, Prefecture, Checksum, Unknown] as const

/**
 * A checksum-valid 全国地方公共団体コード in canonical form (6 ASCII digits,
 * prefecture 01–47).
 *
 * @category models
 * @since 0.1.0
 */
export type LocalGovernmentCode = string & Brand.Brand<"LocalGovernmentCode">

/**
 * Options of {@link validate} and {@link isValid}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** Also reject checksum-valid codes that are not in the bundled table (default `false`). */
  readonly requireKnown: boolean
}

const WEIGHTS = [6, 5, 4, 3, 2] as const

/**
 * Computes the 検査数字 of a 5-digit code: `(11 − s mod 11) mod 10` with
 * weights 6,5,4,3,2 (remainder 0 gives 1, remainder 1 gives 0). Returns
 * `undefined` when the base is not 5 ASCII digits.
 *
 * **Example**
 *
 * ```ts
 * import { LocalGovernmentCode } from "@juki/core"
 * LocalGovernmentCode.checkDigit("01101") // => 1 (札幌市中央区, remainder 0)
 * LocalGovernmentCode.checkDigit("01110") // => 0 (札幌市清田区, remainder 1)
 * ```
 *
 * @category check digits
 * @since 0.1.0
 */
export const checkDigit = (base: string): number | undefined => {
  if (typeof base !== "string" || !isAsciiDigits(base, 5)) return undefined
  return (11 - (weightedSum(base, WEIGHTS) % 11)) % 10
}

const isPrefectureNumber = (pp: string): boolean => pp >= "01" && pp <= "47"

const checkShape = (value: string): JukiError | undefined => {
  if (value.length !== 6) return makeError(Length, { input: value, params: { length: value.length } })
  if (!isAsciiDigits(value)) return makeError(Format, { input: value })
  if (!isPrefectureNumber(value.slice(0, 2))) return makeError(Prefecture, { input: value })
  if (checkDigit(value.slice(0, 5)) !== value.charCodeAt(5) - 48) return makeError(Checksum, { input: value })
  return undefined
}

const check = (value: string, options: Options): JukiError | undefined =>
  checkShape(value) ??
  (options.requireKnown && !loadCodes().set.has(value) ? makeError(Unknown, { input: value }) : undefined)

const spec: IdentifierSpec<"LocalGovernmentCode", Options> = {
  brand: "LocalGovernmentCode",
  label: { ja: "全国地方公共団体コード", en: "Local government code" },
  check,
  defaults: { requireKnown: false }
}

/**
 * Normalises input: white space, hyphens and look-alikes removed, full-width
 * digits to ASCII. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const compact: (input: unknown) => string = /*#__PURE__*/ identifierCompact(spec)

/**
 * Compacts, then checks length, digits, prefecture 01–47, check digit and
 * (with `{ requireKnown: true }`) presence in the table. Returns the branded
 * code or the first {@link JukiError}. Never throws.
 *
 * @category parsing
 * @since 0.1.0
 */
export const validate = /*#__PURE__*/ identifierValidate(spec)

/**
 * `true` when {@link validate} succeeds. Never throws, whatever the input.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid: (input: unknown, options?: Partial<Options>) => boolean = /*#__PURE__*/ identifierIsValid(spec)

/**
 * Canonical display form (the 6 digits; codes are written without separators).
 *
 * @category formatting
 * @since 0.1.0
 */
export const format: (input: string) => string = /*#__PURE__*/ identifierFormat(spec)

/**
 * Masked form (every digit replaced by `*`, as for any value shorter than 8
 * characters).
 *
 * @category masking
 * @since 0.1.0
 */
export const mask: (input: string) => string = /*#__PURE__*/ identifierMask(spec)

/**
 * effect/Schema of the strict canonical form (no compaction, table not consulted).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Schema = /*#__PURE__*/ identifierSchema(spec)

/**
 * Names of the module: 全国地方公共団体コード / Local government code.
 *
 * @category models
 * @since 0.1.0
 */
export const label = spec.label

/**
 * Brand name `LocalGovernmentCode`.
 *
 * @category models
 * @since 0.1.0
 */
export const brand = spec.brand

// ---------------------------------------------------------------------------
// The code table
// ---------------------------------------------------------------------------

/**
 * Level of an entry: a prefecture (都道府県), a municipality (市区町村,
 * including the 23 特別区 of 東京都) or a ward (区) of a 政令指定都市 (an
 * administrative ward, not a local public entity of its own).
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = "prefecture" | "municipality" | "ward"

/**
 * Type of a municipality: 政令指定都市, other 市, 特別区, 町, 村.
 *
 * @category models
 * @since 0.1.0
 */
export type MunicipalityType = "designated-city" | "city" | "special-ward" | "town" | "village"

/**
 * The source lists of the bundled table: `localgovjp` (code4fukui/localgovjp
 * `localgovjp-utf8.csv`), `prefjp` (its `prefjp-utf8.csv`) and `jp_local_gov`
 * (IkumaTadokoro/jp_local_gov, scraped from the 総務省 PDF).
 *
 * @category models
 * @since 0.1.0
 */
export type Source = "localgovjp" | "prefjp" | "jp_local_gov"

/**
 * One entry of the code table.
 *
 * @category models
 * @since 0.1.0
 */
export interface LocalGovernment {
  readonly code: LocalGovernmentCode
  /** Name as in the 総務省-derived list, wards with their city (`札幌市中央区`). */
  readonly name: string
  /** Reading in full-width katakana (`サッポロシチュウオウク`). */
  readonly kana?: string
  /** Prefecture name (`北海道`). */
  readonly prefecture: string
  /** 2-digit 都道府県コード of JIS X 0401 (`01`). */
  readonly prefectureCode: string
  readonly kind: Kind
  /** Present when `kind` is `municipality`. */
  readonly municipalityType?: MunicipalityType
  /** For a ward: the code of its 政令指定都市. */
  readonly parentCode?: LocalGovernmentCode
  /** Other spellings found in the source lists (檮原町 for 梼原町). */
  readonly variants?: ReadonlyArray<string>
  /** Which source lists name this code. */
  readonly listedIn: ReadonlyArray<Source>
}

const KIND_OF: Record<string, readonly [Kind, MunicipalityType | undefined]> = {
  p: ["prefecture", undefined],
  d: ["municipality", "designated-city"],
  c: ["municipality", "city"],
  s: ["municipality", "special-ward"],
  t: ["municipality", "town"],
  v: ["municipality", "village"],
  w: ["ward", undefined]
}
const SOURCE_BITS: ReadonlyArray<readonly [number, Source]> = [
  [1, "localgovjp"],
  [2, "prefjp"],
  [4, "jp_local_gov"]
]

const unpackKana = (packed: string): string => {
  let out = ""
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i)
    // Stryker disable next-line StringLiteral: no kana of the bundled table has ー (scripts/gen-local-government-table.mjs keeps its code for a future one)
    out += c === 0x79 ? "ー" : String.fromCharCode(0x30a1 + c - T.KANA_BASE)
  }
  return out
}

interface Table {
  readonly byCode: ReadonlyMap<string, LocalGovernment>
  readonly all: ReadonlyArray<LocalGovernment>
}

let table: Table | undefined

let codes: { readonly list: ReadonlyArray<LocalGovernmentCode>; readonly set: ReadonlySet<string> } | undefined

/**
 * The codes of the bundled table only (about 4 KB of data), decoded on first
 * use. `requireKnown` needs no more than this, so a program that only
 * validates does not bundle the name and kana tables (only {@link load} reads
 * them).
 */
const loadCodes = (): { readonly list: ReadonlyArray<LocalGovernmentCode>; readonly set: ReadonlySet<string> } => {
  if (codes) return codes
  const list: Array<LocalGovernmentCode> = []
  let base = 0
  for (let i = 0; i < T.COUNT; i++) {
    base += parseInt(T.CODES.slice(2 * i, 2 * i + 2), 36)
    const base5 = String(base).padStart(5, "0")
    list.push(`${base5}${checkDigit(base5)}` as LocalGovernmentCode)
  }
  codes = { list, set: new Set(list) }
  return codes
}

const load = (): Table => {
  if (table) return table
  const codeList = loadCodes().list
  const names = T.NAMES.split("|")
  const kanas = T.KANA.split("|")
  const variants = new Map<string, Array<string>>()
  // Stryker disable next-line ArrayDeclaration: T.VARIANTS is not empty, so the [] branch is never taken
  for (const pair of T.VARIANTS === "" ? [] : T.VARIANTS.split("|")) {
    // Stryker disable next-line StringLiteral: every pair of T.VARIANTS is code=spelling
    const [code = "", spelling = ""] = pair.split("=")
    variants.set(code, [...(variants.get(code) ?? []), spelling])
  }
  const byCode = new Map<string, LocalGovernment>()
  const all: Array<LocalGovernment> = []
  let prefecture: LocalGovernment | undefined
  let city: LocalGovernment | undefined
  for (let i = 0; i < codeList.length; i++) {
    const code = codeList[i] as LocalGovernmentCode
    // Stryker disable next-line ArrayDeclaration,StringLiteral: every letter of T.KINDS is in KIND_OF
    const [kind, municipalityType] = KIND_OF[T.KINDS.charAt(i)] ?? ["municipality", undefined]
    const bits = Number(T.SOURCES.charAt(i))
    // Stryker disable next-line StringLiteral: T.NAMES has a name for every code
    let name = names[i] ?? ""
    // Stryker disable next-line StringLiteral: T.KANA has an entry for every code
    let kana = unpackKana(kanas[i] ?? "")
    if (kind === "ward" && city) {
      name = city.name + name
      // Stryker disable next-line StringLiteral: every designated city of the table has its kana
      kana = (city.kana ?? "") + kana
    }
    const entry: LocalGovernment = Object.freeze({
      code,
      name,
      // Stryker disable next-line StringLiteral: every entry of the table has its kana, so kana is never "" nor any stand-in
      ...(kana === "" ? {} : { kana }),
      prefecture: kind === "prefecture" ? name : (prefecture?.name ?? ""),
      prefectureCode: code.slice(0, 2),
      kind,
      ...(municipalityType === undefined ? {} : { municipalityType }),
      ...(kind === "ward" && city ? { parentCode: city.code } : {}),
      // Stryker disable next-line ArrayDeclaration: variants.has(code) was just checked
      ...(variants.has(code) ? { variants: Object.freeze(variants.get(code) ?? []) } : {}),
      listedIn: Object.freeze(SOURCE_BITS.filter(([bit]) => (bits & bit) !== 0).map(([, s]) => s))
    })
    if (kind === "prefecture") prefecture = entry
    if (municipalityType === "designated-city") city = entry
    byCode.set(code, entry)
    all.push(entry)
  }
  table = { byCode, all: Object.freeze(all) }
  return table
}

/**
 * Looks a code up in the bundled table. Accepts what {@link validate}
 * accepts (full-width digits, separators); returns `undefined` for invalid or
 * unknown codes. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { LocalGovernmentCode } from "@juki/core"
 * LocalGovernmentCode.lookup("011011")
 * // => { code: "011011", name: "札幌市中央区", kana: "サッポロシチュウオウク", prefecture: "北海道",
 * //      prefectureCode: "01", kind: "ward", parentCode: "011002", listedIn: ["localgovjp", "jp_local_gov"] }
 * LocalGovernmentCode.lookup("221384") // => undefined (浜松市中央区 2024: UNVERIFIED, not in the table)
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const lookup = (code: unknown): LocalGovernment | undefined => {
  const value = typeof code === "string" ? compactIdentifier(code) : ""
  return checkShape(value) === undefined ? load().byCode.get(value) : undefined
}

/**
 * The prefecture entry of a valid code (known or not), e.g. 大阪府 for
 * `271276`. Returns `undefined` for invalid codes. Never throws.
 *
 * @category getters
 * @since 0.1.0
 */
export const prefectureOf = (code: unknown): LocalGovernment | undefined => {
  const value = typeof code === "string" ? compactIdentifier(code) : ""
  if (checkShape(value) !== undefined) return undefined
  const base5 = `${value.slice(0, 2)}000`
  return load().byCode.get(`${base5}${checkDigit(base5)}`)
}

/**
 * Every entry of the bundled table, sorted by code (1,969 entries).
 *
 * @category getters
 * @since 0.1.0
 */
export const all = (): ReadonlyArray<LocalGovernment> => load().all

/**
 * Converts the 5-digit form without check digit (KEN_ALL.CSV column 1,
 * e-Stat) to the 6-digit code. Returns `undefined` unless the input is 5
 * digits with prefecture 01–47. Restore a lost leading zero yourself only when
 * you know the value was a number (`10006` → `010006`).
 *
 * **Example**
 *
 * ```ts
 * import { LocalGovernmentCode } from "@juki/core"
 * LocalGovernmentCode.fromFiveDigit("01101") // => "011011"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromFiveDigit = (base: unknown): LocalGovernmentCode | undefined => {
  const value = typeof base === "string" ? compactIdentifier(base) : ""
  if (!isAsciiDigits(value, 5) || !isPrefectureNumber(value.slice(0, 2))) return undefined
  return `${value}${checkDigit(value)}` as LocalGovernmentCode
}

/**
 * A known gap or disagreement of the bundled table.
 *
 * @category models
 * @since 0.1.0
 */
export interface Gap {
  readonly id: string
  /** The codes concerned. */
  readonly codes: ReadonlyArray<string>
  /** Whether those codes are in the bundled table. */
  readonly inTable: boolean
  /** `false` when the facts themselves are UNVERIFIED. */
  readonly verified: boolean
  readonly summary: string
}

/**
 * Known gaps and disagreements of the source lists, and what juki does about
 * them. Check these before relying on `requireKnown`.
 *
 * @category models
 * @since 0.1.0
 */
export const GAPS: ReadonlyArray<Gap> = Object.freeze([
  {
    id: "northern-territories",
    codes: ["016951", "016969", "016977", "016985", "016993", "017001"],
    inTable: true,
    verified: true,
    summary:
      "The 6 北方領土 villages (色丹村, 泊村, 留夜別村, 留別村, 紗那村, 蘂取村) are only in the 総務省-derived list " +
      "(jp_local_gov), not in code4fukui/localgovjp. juki includes them."
  },
  {
    id: "hamamatsu-wards-2024",
    codes: ["221384", "221392", "221406"],
    inTable: false,
    verified: false,
    summary:
      "浜松市 was reorganised into 3 wards on 2024-01-01. Their codes are UNVERIFIED and not in the table; " +
      "by the check-digit rule 22138/22139/22140 would be 221384/221392/221406. They pass validate() but " +
      "requireKnown rejects them."
  },
  {
    id: "hamamatsu-wards-pre-2024",
    codes: ["221317", "221325", "221333", "221341", "221350", "221368", "221376"],
    inTable: true,
    verified: true,
    summary:
      "浜松市's 7 wards before 2024-01-01 (中区 … 天竜区) are only in code4fukui/localgovjp; the 総務省-derived list " +
      "has 浜松市 221309 without wards. juki keeps them so that old records resolve."
  },
  {
    id: "yusuhara-spelling",
    codes: ["394050"],
    inTable: true,
    verified: true,
    summary:
      "394050 is spelled 梼原町 in the 総務省-derived list (juki's name) and 檮原町 in code4fukui/localgovjp (a variant)."
  },
  {
    id: "kana-small-letters",
    codes: [
      "064289",
      "104213",
      "112062",
      "112119",
      "112160",
      "124036",
      "124435",
      "124630",
      "143839",
      "253847",
      "272299",
      "294268",
      "332089",
      "335860",
      "473260"
    ],
    inTable: true,
    verified: true,
    summary:
      "The readings of these codes differ between the lists: the 総務省-derived list often writes small kana large " +
      "(シヨウナイマチ) and 真鶴町 as マナツルマチ. juki's kana come from code4fukui/localgovjp (ショウナイマチ, マナヅルマチ); " +
      "compare readings with a search key that folds small kana and voiced marks."
  }
])
