// The items of a 本人確認情報 image that 整合性確認 compares, and how each side's value is normalised. Re-exported by ./index.ts.
import {
  Derive,
  Registry,
  type HistoryRow,
  type IdentityInfo,
  type JiyuMapping,
  type ResidentRecord
} from "@juki/records"

/**
 * How an item's value is normalised before comparison.
 *
 * - `text`: NFC, 全角英数字・記号 (U+FF01–FF5E) read as their ASCII forms (the CS layouts hold 全角 only, the
 *   registry may hold 半角 digits in an address), spaces (ASCII and 全角) trimmed at both ends and each run
 *   of spaces inside read as one 全角 space.
 * - `date`: `YYYY-MM-DD` written as `YYYYMMDD` (the CS layouts' form); other values (不詳日 …) as text.
 * - `code`: digits as text; numbers are written in decimal.
 * - `sex`: `male` / `1` → `1`, `female` / `2` → `2`.
 * - `flag`: `true` / `1` → `1`, anything else (absent, `0`, `false`) → `0`.
 * - `jiyu`: a 異動事由 id as is; a code is read through the `jiyuMapping` when one is given.
 * - `gaiji`: 外字数 recomputed from the `from` item with `Derive.gaijiCount` on both sides (the stored
 *   counts are never trusted); empty when the text is empty.
 * - `seion`: 清音化かな recomputed from the `from` item with `Derive.seionKana` on both sides (empty when
 *   there is no kana); a stored 清音化かな is never read.
 *
 * @category models
 * @since 0.3.0
 */
export type ItemKind = "text" | "date" | "code" | "sex" | "flag" | "jiyu" | "gaiji" | "seion"

/**
 * One compared item.
 *
 * @category models
 * @since 0.3.0
 */
export interface ItemSpec {
  readonly name: ItemName
  /** The 別添2(2) item name. */
  readonly label: string
  readonly kind: ItemKind
  /** For derived items (`gaiji`, `seion`): the item they are computed from. */
  readonly from?: ItemName
  /** Compared unless the caller chooses the items. */
  readonly byDefault: boolean
  /** An identifier: masked in every report unless the caller asks otherwise. */
  readonly identifier: boolean
}

/**
 * The names of the compared items (the `IdentityInfo` names; `formerSurname*` flatten its 旧氏).
 *
 * @category models
 * @since 0.3.0
 */
export type ItemName =
  | "nameKanji"
  | "nameGaiji"
  | "nameKana"
  | "nameSeion"
  | "birthDate"
  | "sex"
  | "municipalityCode"
  | "townCode"
  | "postalCode"
  | "address"
  | "addressGaiji"
  | "myNumber"
  | "residentSince"
  | "addressSince"
  | "filedOn"
  | "previousMunicipalityCode"
  | "previousAddress"
  | "previousAddressGaiji"
  | "relationship"
  | "jiyu"
  | "changeDate"
  | "oldResidentCode"
  | "scheduled"
  | "formerSurnameKanji"
  | "formerSurnameGaiji"
  | "formerSurnameKana"

const item = (
  name: ItemName,
  label: string,
  kind: ItemKind,
  extra: { readonly from?: ItemName; readonly byDefault?: boolean; readonly identifier?: boolean } = {}
): ItemSpec => ({
  name,
  label,
  kind,
  ...(extra.from === undefined ? {} : { from: extra.from }),
  byDefault: extra.byDefault ?? true,
  identifier: extra.identifier ?? false
})

/**
 * Every item 整合性確認 knows, in 別添2(2) order. `jiyu` (the CS 異動事由 code needs a mapping the
 * caller supplies) and `oldResidentCode` (the registry does not keep it after the change) are off by
 * default. Not compared at all: 住民票コード (the join key), 更新順番号 (the CS numbers its own
 * updates), and the CS's own items 26–28, 30, 31, 33–36 (依頼管理番号, 操作者ID, flags, タイムスタンプ).
 *
 * @category models
 * @since 0.3.0
 */
export const ITEMS: ReadonlyArray<ItemSpec> = [
  item("nameKanji", "漢字氏名", "text"),
  item("nameGaiji", "外字数(氏名)", "gaiji", { from: "nameKanji" }),
  item("nameKana", "ふりがな氏名", "text"),
  item("nameSeion", "清音化かな氏名", "seion", { from: "nameKana" }),
  item("birthDate", "生年月日", "date"),
  item("sex", "性別", "sex"),
  item("municipalityCode", "市町村コード", "code"),
  item("townCode", "大字・字コード", "code"),
  item("postalCode", "郵便番号", "code"),
  item("address", "住所", "text"),
  item("addressGaiji", "外字数(住所)", "gaiji", { from: "address" }),
  item("myNumber", "個人番号", "code", { identifier: true }),
  item("residentSince", "住民となった日", "date"),
  item("addressSince", "住所を定めた日", "date"),
  item("filedOn", "届出の年月日", "date"),
  item("previousMunicipalityCode", "市町村コード(転入前)", "code"),
  item("previousAddress", "転入前住所", "text"),
  item("previousAddressGaiji", "外字数(転入前住所)", "gaiji", { from: "previousAddress" }),
  item("relationship", "続柄", "text"),
  item("jiyu", "異動事由", "jiyu", { byDefault: false }),
  item("changeDate", "異動年月日", "date"),
  item("oldResidentCode", "旧住民票コード", "code", { byDefault: false, identifier: true }),
  item("scheduled", "予定者フラグ", "flag"),
  item("formerSurnameKanji", "旧氏_漢字", "text"),
  item("formerSurnameGaiji", "旧氏_外字数", "gaiji", { from: "formerSurnameKanji" }),
  item("formerSurnameKana", "旧氏_ふりがな", "text")
]

/**
 * The items by name.
 *
 * @category models
 * @since 0.3.0
 */
export const itemSpec = (name: ItemName): ItemSpec => ITEMS.find((i) => i.name === name) as ItemSpec

/**
 * One side's 本人確認情報 of a person, normalised for comparison: the join key and every item as text
 * (`""` when absent).
 *
 * @category models
 * @since 0.3.0
 */
export interface Image {
  /** 住民票コード: the join key. */
  readonly residentCode: string
  readonly items: Readonly<Record<ItemName, string>>
  /** Where the image came from (a record number in a file), for reports. */
  readonly record?: number
}

/**
 * Options of the image builders.
 *
 * @category models
 * @since 0.3.0
 */
export interface ImageOptions {
  /**
   * Reads 異動事由 codes (the CS file's `changeReason`) as ids. The real codes are not public
   * (UNVERIFIED): supply your own mapping (`Jiyu.parseMapping`).
   */
  readonly jiyuMapping?: JiyuMapping
  /**
   * For layouts with other field names: which field holds which item (e.g. `{ nameKanji: "SHIMEI" }`).
   * The default reads the `IdentityInfo` names and the names of `ReferenceLayouts.HonninKakuninJoho`.
   */
  readonly fields?: Partial<Readonly<Record<ItemName | "residentCode", string>>>
}

const EDGE_SPACES = /^[\s\u3000]+|[\s\u3000]+$/g
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const FULLWIDTH_ASCII = /[\uff01-\uff5e]/g
const INNER_SPACES = /[\s\u3000]+/g
const ASCII = /[\x21-\x7e]/g

const asText = (v: unknown): string => {
  if (v === undefined || v === null) return ""
  if (typeof v === "string") return v
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v)
  return ""
}

/**
 * Normalises one raw value of an item (see {@link ItemKind}); derived items are computed by
 * {@link normalise}, not here.
 *
 * @category conversions
 * @since 0.3.0
 */
export const normaliseValue = (kind: ItemKind, raw: unknown, options: ImageOptions = {}): string => {
  switch (kind) {
    case "flag": {
      const s = asText(raw).trim()
      return raw === true || s === "1" || s === "true" ? "1" : "0"
    }
    case "sex": {
      const s = asText(raw).trim()
      return s === "male" ? "1" : s === "female" ? "2" : s
    }
    case "date": {
      const s = asText(raw).replace(EDGE_SPACES, "")
      const m = ISO.exec(s)
      return m ? `${m[1]}${m[2]}${m[3]}` : s
    }
    case "jiyu": {
      const s = asText(raw).replace(EDGE_SPACES, "")
      const entry = options.jiyuMapping?.entries.find((e) => e.code === s)
      return entry ? entry.jiyu : s
    }
    case "code":
      return asText(raw).replace(EDGE_SPACES, "")
    default:
      return asText(raw)
        .normalize("NFC")
        .replace(FULLWIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(EDGE_SPACES, "")
        .replace(INNER_SPACES, "\u3000")
  }
}

// Field names read by default for each item: the IdentityInfo name first, then the reference layout's.
const ALIASES: Readonly<Record<ItemName | "residentCode", ReadonlyArray<string>>> = {
  residentCode: ["residentCode"],
  nameKanji: ["nameKanji"],
  nameGaiji: ["nameGaiji", "nameGaijiCount"],
  nameKana: ["nameKana"],
  nameSeion: ["nameSeion", "nameKanaSeion"],
  birthDate: ["birthDate"],
  sex: ["sex"],
  municipalityCode: ["municipalityCode"],
  townCode: ["townCode", "oazaCode"],
  postalCode: ["postalCode"],
  address: ["address"],
  addressGaiji: ["addressGaiji", "addressGaijiCount"],
  myNumber: ["myNumber"],
  residentSince: ["residentSince"],
  addressSince: ["addressSince"],
  filedOn: ["filedOn", "notificationDate"],
  previousMunicipalityCode: ["previousMunicipalityCode"],
  previousAddress: ["previousAddress"],
  previousAddressGaiji: ["previousAddressGaiji", "previousAddressGaijiCount"],
  relationship: ["relationship"],
  jiyu: ["jiyu", "changeReason"],
  changeDate: ["changeDate"],
  oldResidentCode: ["oldResidentCode", "previousResidentCode"],
  scheduled: ["scheduled", "scheduledFlag"],
  formerSurnameKanji: ["formerSurnameKanji"],
  formerSurnameGaiji: ["formerSurnameGaiji", "formerSurnameGaijiCount"],
  formerSurnameKana: ["formerSurnameKana"]
}

const read = (
  record: Readonly<Record<string, unknown>>,
  name: ItemName | "residentCode",
  options: ImageOptions
): unknown => {
  const custom = options.fields?.[name]
  if (custom !== undefined) return record[custom]
  for (const a of ALIASES[name]) {
    const v = record[a]
    if (v !== undefined && v !== null) return v
  }
  return undefined
}

/**
 * Builds an {@link Image} from raw values: each item normalised, then 外字数 and 清音化かな recomputed
 * from their source text (the same function on both sides, so a stored count or key computed another
 * way never shows as a difference).
 *
 * @category conversions
 * @since 0.3.0
 */
export const normalise = (
  raw: Readonly<Record<string, unknown>>,
  options: ImageOptions = {},
  record?: number
): Image => {
  const items = {} as Record<ItemName, string>
  for (const spec of ITEMS) {
    if (spec.kind === "gaiji" || spec.kind === "seion") continue
    items[spec.name] = normaliseValue(spec.kind, read(raw, spec.name, options), options)
  }
  for (const spec of ITEMS) {
    if (spec.kind === "gaiji") {
      const text = items[spec.from as ItemName]
      items[spec.name] = text === "" ? "" : String(Derive.gaijiCount(text))
    } else if (spec.kind === "seion") {
      const kana = items[spec.from as ItemName]
      items[spec.name] = kana === "" ? "" : Derive.seionKana(kana)
    }
  }
  return {
    residentCode: normaliseValue("code", read(raw, "residentCode", options)),
    items,
    ...(record === undefined ? {} : { record })
  }
}

/**
 * The image of a juki `IdentityInfo` (`Derive.identityInfo`, a `cs-update` effect's payload).
 *
 * @category conversions
 * @since 0.3.0
 */
export const fromIdentityInfo = (info: IdentityInfo, options: ImageOptions = {}): Image => {
  const fs = info.formerSurname
  return normalise(
    {
      ...info,
      ...(fs === undefined ? {} : { formerSurnameKanji: fs.kanji, formerSurnameKana: fs.kana })
    },
    { ...options, fields: {} }
  )
}

/**
 * The image of a decoded record of a CS file in any layout (`codec.decodeStream(…)` values):
 * field names of `IdentityInfo` or of `ReferenceLayouts.HonninKakuninJoho`, or the `fields` given.
 *
 * @category conversions
 * @since 0.3.0
 */
export const fromRecord = (
  record: Readonly<Record<string, unknown>>,
  options: ImageOptions = {},
  recordNo?: number
): Image => normalise(record, options, recordNo)

/**
 * Options of {@link fromRegistry}.
 *
 * @category models
 * @since 0.3.0
 */
export interface RegistryOptions extends ImageOptions {
  /** The day the images are taken on (a 転出予定 whose day has come is a 除票); default: as recorded. */
  readonly asOf?: string
  /** Include 除票 (消除された者) too; default: only 現存者, as the CS holds the current 本人確認情報. */
  readonly includeRemoved?: boolean
}

/**
 * The images juki derives from a registry (`Derive.identityInfo` of every person with a 住民票コード,
 * with the 異動事由, 異動年月日 and 届出日 of the person's latest history row), sorted by 住民票コード.
 * Only the keys are sorted in memory; images are built one at a time.
 *
 * @category conversions
 * @since 0.3.0
 */
export function* fromRegistry(registry: Registry.Registry, options: RegistryOptions = {}): Generator<Image> {
  const keys: Array<readonly [string, string]> = []
  registry.persons.forEach((p, atena) => {
    const code = p.record.residentCode
    if (code === undefined || code === "") return
    if (!options.includeRemoved && !Registry.isPresent(p.record, options.asOf)) return
    keys.push([code, atena])
  })
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  for (const [, atena] of keys) {
    const p = registry.persons.get(atena)
    if (p === undefined) continue
    yield fromIdentityInfo(
      Derive.identityInfo(p.record, {
        jiyu: p.row.jiyu,
        changeDate: p.row.changeDate,
        updateSequence: 0,
        ...(p.row.filedOn === undefined ? {} : { filedOn: p.row.filedOn })
      }),
      options
    )
  }
}

/**
 * A person as a store streams it (`WorkingSet.PersonRow`: the 住民票 and its history, oldest row first).
 *
 * @category models
 * @since 0.3.0
 */
export interface PersonWithHistory {
  readonly record: ResidentRecord
  readonly history: ReadonlyArray<HistoryRow>
}

/**
 * The images of persons streamed from a store (`@juki/store`: `Stream.toAsyncIterable(store.persons)`),
 * in the store's order (not by 住民票コード: give them to `reconcile` unsorted). Same derivation and
 * filters as {@link fromRegistry}.
 *
 * @category conversions
 * @since 0.3.0
 */
export async function* fromPersons(
  persons: Iterable<PersonWithHistory> | AsyncIterable<PersonWithHistory>,
  options: RegistryOptions = {}
): AsyncGenerator<Image> {
  for await (const p of persons) {
    const code = p.record.residentCode
    if (code === undefined || code === "") continue
    if (!options.includeRemoved && !Registry.isPresent(p.record, options.asOf)) continue
    const row = p.history[p.history.length - 1]
    yield fromIdentityInfo(
      Derive.identityInfo(p.record, {
        jiyu: row?.jiyu ?? p.record.entry.jiyu,
        changeDate: row?.changeDate ?? p.record.entry.date,
        updateSequence: 0,
        ...(row?.filedOn === undefined ? {} : { filedOn: row.filedOn })
      }),
      options
    )
  }
}

// Reference-layout field name of each item, where it differs from the item name.
const LAYOUT_NAMES: Partial<Record<ItemName, string>> = {
  nameGaiji: "nameGaijiCount",
  nameSeion: "nameKanaSeion",
  townCode: "oazaCode",
  addressGaiji: "addressGaijiCount",
  filedOn: "notificationDate",
  previousAddressGaiji: "previousAddressGaijiCount",
  jiyu: "changeReason",
  oldResidentCode: "previousResidentCode",
  scheduled: "scheduledFlag",
  formerSurnameGaiji: "formerSurnameGaijiCount"
}

/**
 * An image as a record of `ReferenceLayouts.HonninKakuninJoho` (field names of that layout, `null`
 * for empty items, counts as numbers, ASCII in text items written 全角), ready for `codec.encode`: to write a CS-like file from a
 * registry (tests, rehearsals). The 異動事由 is written only when it is a code (the ids do not fit).
 *
 * @category conversions
 * @since 0.3.0
 */
export const toLayoutRecord = (image: Image): Record<string, string | number | null> => {
  const out: Record<string, string | number | null> = { residentCode: image.residentCode }
  for (const spec of ITEMS) {
    const v = image.items[spec.name]
    const name = LAYOUT_NAMES[spec.name] ?? spec.name
    if (spec.kind === "gaiji") out[name] = v === "" ? null : Number(v)
    else if (spec.kind === "jiyu") out[name] = /^\d{1,2}$/.test(v) ? v.padStart(2, "0") : null
    else if (spec.kind === "text")
      out[name] =
        v === "" ? null : v.replace(ASCII, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000")
    else out[name] = v === "" ? null : v
  }
  return out
}
