/**
 * Projections of a 住民票 restricted to an allow-list: the 中間サーバ 副本 for
 * 情報提供 (番号法19条8号, the 主務省令 第2条の表) and the 庁内 移転 to the
 * 事務 of 番号法9条1項 別表. Nothing outside the allow-list ever appears
 * (評価書 §III 5 リスク3: "番号法に基づき認められる情報のみしか移転できないよう、
 * 仕組みとして担保").
 *
 * **When to use**
 *
 * - {@link project} to build the 副本 row (or the 移転 row) of a person for
 *   one allow-list; {@link projectAll} for every recipient at once.
 * - {@link decodeAllowLists} to load the allow-lists the municipality
 *   supplies (JSON); {@link checkFile} to check a 副本 import file before
 *   it is loaded (評価書 §III 7 "インポートデータの形式チェック").
 *
 * **Details**
 *
 * - The allow-lists are data the user supplies: the 項番 and 情報照会者 of the
 *   主務省令 (the seed counts 60 提供先, its 別紙1) and the 事務所管課 of
 *   番号法9条 別表 (38 移転先, 別紙2). The seed gives only their number and
 *   basis, not the lists: {@link SAMPLE_ALLOW_LISTS} shows the shape with a
 *   few entries marked `verified: false` and is not the 別紙.
 * - Items are named from {@link ITEMS} (each with its 別添2(1) columns).
 * - The 個人番号 never goes into a 副本 (`kind: "provision"`): the 情報提供
 *   ネットワークシステム identifies persons by 情報提供用識別符号 (別添2
 *   <中間サーバー>), so a provision list naming it is rejected. A 移転 list
 *   may name it (番号利用事務 of 番号法9条).
 * - `autoResponseBlocked` is the 自動応答不可フラグ (評価書 §III 6): set for a
 *   person under a DV等 支援措置 (the 宛名番号 the vendor supplies in
 *   `protectedPersons`), so every 提供 is checked by hand.
 * - The row's `key` is the 宛名番号 (業務システム固有宛名番号), the link the
 *   統合基盤 maps to the 統合宛名番号 and 符号; it is not a provided item.
 * - The 中間サーバ import layout was not obtained (UNVERIFIED): {@link checkFile}
 *   checks juki's own JSON Lines layout of {@link FukuhonRow}.
 *
 * **Example** (A 副本 row restricted to its list)
 *
 * ```ts
 * import { Fukuhon } from "@juki/records"
 * import { Result } from "effect"
 *
 * const lists = Result.getOrThrow(Fukuhon.decodeAllowLists([
 *   { id: "P-001", kind: "provision", recipient: "情報照会者（例）", business: "事務（例）", basis: "主務省令第2条の表 項番（例）", items: ["name", "address"], verified: false }
 * ]))
 * const record = {
 *   kind: "japanese", atenaNumber: "0000000019", state: "current", householdNumber: "8000000010", relationship: "世帯主",
 *   residentCode: "20000000001", myNumber: "100000000013", name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
 *   birthDate: "1980-04-01", sex: "male", address: { municipalityCode: "131016", text: "東京都千代田区千代田一丁目1番" },
 *   addressSince: "2024-04-01", entry: { jiyu: "domestic-move-in", date: "2024-04-01", byAuthority: false },
 *   honseki: { kind: "none" }, residentSince: "2024-04-01"
 * } as const // synthetic data
 * const row = Fukuhon.project(record, lists[0]!, { protectedPersons: ["0000000019"] })
 * Object.keys(row.items) // => ["name", "address"]
 * row.autoResponseBlocked // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { Result, Schema as S } from "effect"
import type { ResidentRecord } from "../models/index.js"

/**
 * The items a projection can carry, with their 別添2(1) columns (大阪市 評価書).
 *
 * @category constants
 * @since 0.1.0
 */
export const ITEMS = {
  residentCode: { ja: "住民票コード", columns: "15" },
  myNumber: { ja: "個人番号", columns: "16" },
  name: { ja: "氏名（漢字・カナ・英字）", columns: "77–79" },
  katakanaName: { ja: "氏名のカタカナ表記", columns: "143" },
  alias: { ja: "通称", columns: "89–94" },
  birthDate: { ja: "生年月日", columns: "95–96" },
  sex: { ja: "性別", columns: "97" },
  relationship: { ja: "続柄", columns: "98–100" },
  householdNumber: { ja: "世帯番号", columns: "12–13" },
  address: { ja: "住所（方書を含む）", columns: "26–33" },
  addressSince: { ja: "住所を定めた年月日", columns: "19–20" },
  residentSince: { ja: "住民となった年月日", columns: "101–102" },
  honseki: { ja: "本籍・筆頭者", columns: "105–112" },
  entry: { ja: "記載事由", columns: "113–123" },
  previousAddress: { ja: "転入前住所・従前の住所", columns: "124–132" },
  removal: { ja: "消除事由", columns: "38–50" },
  moveOut: { ja: "転出先（予定・確定）", columns: "51–76" },
  state: { ja: "登録状態（住民・転出予定・除票）", columns: "3–4" },
  nationality: { ja: "国籍・地域", columns: "133" },
  foreignStatus: { ja: "30条の45区分・在留資格・在留期間・満了の日・在留カード等の番号", columns: "134–142" },
  foreignResidentSince: { ja: "外国人住民となった年月日", columns: "—" }
} as const

/**
 * An item name of {@link ITEMS}.
 *
 * @category models
 * @since 0.1.0
 */
export type Item = keyof typeof ITEMS

const ITEM_NAMES = Object.keys(ITEMS) as ReadonlyArray<Item>

/**
 * One allow-list: a recipient, its 事務 and basis, and the items it may
 * receive. `kind: "provision"` is 情報提供 through the 中間サーバ 副本;
 * `"transfer"` is 庁内 移転 to a 事務所管課.
 *
 * @category schemas
 * @since 0.1.0
 */
export const AllowList = S.Struct({
  id: S.String,
  kind: S.Literals(["provision", "transfer"]),
  /** 情報照会者 or 事務所管課. */
  recipient: S.String,
  /** 事務. */
  business: S.String,
  /** e.g. "番号法19条8号 主務省令第2条の表 項番N" or "番号法9条1項 別表 項番N". */
  basis: S.String,
  items: S.Array(S.Literals(ITEM_NAMES)),
  /** Whether the entry was checked against the 別紙 / 主務省令. */
  verified: S.Boolean
})

/** @category models @since 0.1.0 */
export type AllowList = typeof AllowList.Type

/**
 * A projected row: the 副本 (provision) or 移転 row of one person for one
 * allow-list.
 *
 * @category schemas
 * @since 0.1.0
 */
export const FukuhonRow = S.Struct({
  /** 宛名番号 (the link key; not a provided item). */
  key: S.String,
  allowList: S.String,
  /** 自動応答不可フラグ. */
  autoResponseBlocked: S.Boolean,
  items: S.Record(S.String, S.Unknown)
})

/** @category models @since 0.1.0 */
export type FukuhonRow = typeof FukuhonRow.Type

/**
 * An allow-list is malformed (unknown item, empty or duplicate id).
 *
 * @category rules
 * @since 0.1.0
 */
export const AllowListMalformed = defineRule({
  id: "records.fukuhon.allow-list",
  tag: "DecodeError",
  severity: "error",
  basis: [
    {
      kind: "seed-practice",
      cite: "大阪市 評価書 §III 5 リスク3 (番号法に基づき認められる情報のみしか移転できないよう、仕組みとして担保)",
      verified: true
    }
  ],
  title: { ja: "許可項目リストの形式", en: "Malformed allow-list" },
  message: {
    ja: "許可項目リスト{index}番目が正しくありません（{detail}）",
    en: "Allow-list {index} is malformed ({detail})"
  }
})

/**
 * A 情報提供 (副本) allow-list names the 個人番号.
 *
 * @category rules
 * @since 0.1.0
 */
export const ProvisionMyNumber = defineRule({
  id: "records.fukuhon.provision-my-number",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    { kind: "law", cite: "番号法 第19条第8号", verified: true, note: "情報提供ネットワークシステムを使用した提供" },
    { kind: "seed-practice", cite: "大阪市 評価書 別添2 <中間サーバー> 1 情報提供用識別符号", verified: true }
  ],
  title: { ja: "副本に個人番号", en: "個人番号 in a 副本" },
  message: {
    ja: "情報提供用の許可項目リスト{index}番目（{id}）に個人番号があります。副本は符号で照会され、個人番号は持ちません",
    en: "Provision allow-list {index} ({id}) names the 個人番号; a 副本 is queried by 符号 and holds no 個人番号"
  }
})

/**
 * A line of a 副本 import file is malformed or carries an item its list
 * does not allow.
 *
 * @category rules
 * @since 0.1.0
 */
export const ImportFormat = defineRule({
  id: "records.fukuhon.import-format",
  tag: "DecodeError",
  severity: "error",
  basis: [
    {
      kind: "seed-practice",
      cite: "大阪市 評価書 §III 7 リスク (情報提供データベースへのインポートデータの形式チェック)",
      verified: true
    },
    {
      kind: "library",
      cite: "juki",
      verified: false,
      note: "the 中間サーバ import layout was not obtained: juki checks its own JSON Lines layout"
    }
  ],
  title: { ja: "副本インポートデータの形式", en: "副本 import format" },
  message: { ja: "副本ファイルの{line}行目: {detail}", en: "Line {line} of the 副本 file: {detail}" }
})

/**
 * The rules of the projections.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [AllowListMalformed, ProvisionMyNumber, ImportFormat] as const

const decodeList = S.decodeUnknownResult(AllowList)

/**
 * Decodes the allow-lists the user supplies (parsed JSON). Returns them, or
 * every problem (`records.fukuhon.allow-list`,
 * `records.fukuhon.provision-my-number`). Never throws.
 *
 * @category constructors
 * @since 0.1.0
 */
export const decodeAllowLists = (u: unknown): Result.Result<ReadonlyArray<AllowList>, ReadonlyArray<JukiError>> => {
  if (!Array.isArray(u))
    return Result.fail([makeError(AllowListMalformed, { params: { index: 0, detail: "not an array" } })])
  const errors: Array<JukiError> = []
  const out: Array<AllowList> = []
  const ids = new Set<string>()
  u.forEach((x, i) => {
    const index = i + 1
    const r = decodeList(x)
    if (Result.isFailure(r)) {
      const bad = Array.isArray((x as { items?: unknown } | null)?.items)
        ? ((x as { items: Array<unknown> }).items.filter(
            (it) => typeof it !== "string" || !Object.hasOwn(ITEMS, it)
          ) as Array<unknown>)
        : []
      const detail =
        bad.length > 0
          ? `unknown item ${bad.map((b) => (typeof b === "string" ? b.slice(0, 40) : typeof b)).join(", ")}`
          : "shape (id, kind, recipient, business, basis, items, verified)"
      errors.push(makeError(AllowListMalformed, { path: [i], params: { index, detail } }))
      return
    }
    const l = r.success
    if (l.id === "" || ids.has(l.id)) {
      errors.push(
        makeError(AllowListMalformed, {
          path: [i, "id"],
          params: { index, detail: l.id === "" ? "empty id" : `duplicate id ${l.id}` }
        })
      )
      return
    }
    ids.add(l.id)
    if (l.kind === "provision" && l.items.includes("myNumber")) {
      errors.push(makeError(ProvisionMyNumber, { path: [i, "items"], params: { index, id: l.id } }))
      return
    }
    out.push(l)
  })
  return errors.length > 0 ? Result.fail(errors) : Result.succeed(out)
}

const fullAddress = (r: ResidentRecord): string =>
  r.address.katagaki === undefined || r.address.katagaki === ""
    ? r.address.text
    : `${r.address.text}　${r.address.katagaki}`

/** The value of one item on a 住民票 (undefined when the record has none). */
const itemValue = (r: ResidentRecord, item: Item): unknown => {
  switch (item) {
    case "name": {
      const { katakana: _k, ...n } = r.name
      return n
    }
    case "katakanaName":
      return r.kind === "foreign" ? r.name.katakana : undefined
    case "alias":
      return r.kind === "foreign" ? r.alias : undefined
    case "address":
      // No 郵便番号: the JSON copy in `project` drops the undefined item.
      return { municipalityCode: r.address.municipalityCode, postalCode: r.address.postalCode, text: fullAddress(r) }
    case "residentSince":
      return r.kind === "japanese" ? r.residentSince : undefined
    case "honseki":
      return r.kind === "japanese" ? r.honseki : undefined
    case "nationality":
      return r.kind === "foreign" ? r.nationality : undefined
    case "foreignStatus":
      return r.kind === "foreign" ? r.status : undefined
    case "foreignResidentSince":
      return r.kind === "foreign" ? r.foreignResidentSince : undefined
    default:
      return (r as unknown as Record<string, unknown>)[item]
  }
}

/**
 * Options of {@link project}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ProjectOptions {
  /** 宛名番号 of persons under a DV等 支援措置: their rows get the 自動応答不可フラグ. */
  readonly protectedPersons?: ReadonlyArray<string> | ReadonlySet<string>
}

const isProtected = (a: string, p: ProjectOptions["protectedPersons"]): boolean =>
  p === undefined ? false : Array.isArray(p) ? p.includes(a) : (p as ReadonlySet<string>).has(a)

/**
 * The row of a person for one allow-list: only the listed items the record
 * has (a provision row never carries the 個人番号, even from a list that
 * was not decoded), with the 自動応答不可フラグ for a protected person.
 *
 * @category constructors
 * @since 0.1.0
 */
export const project = (record: ResidentRecord, list: AllowList, options: ProjectOptions = {}): FukuhonRow => {
  const items: Record<string, unknown> = {}
  for (const item of list.items) {
    if (!Object.hasOwn(ITEMS, item)) continue
    if (item === "myNumber" && list.kind !== "transfer") continue
    const v = itemValue(record, item)
    if (v !== undefined) items[item] = JSON.parse(JSON.stringify(v))
  }
  return {
    key: record.atenaNumber,
    allowList: list.id,
    autoResponseBlocked: isProtected(record.atenaNumber, options.protectedPersons),
    items
  }
}

/**
 * The rows of a person for every allow-list, by list id.
 *
 * @category constructors
 * @since 0.1.0
 */
export const projectAll = (
  record: ResidentRecord,
  lists: ReadonlyArray<AllowList>,
  options: ProjectOptions = {}
): ReadonlyMap<string, FukuhonRow> => new Map(lists.map((l) => [l.id, project(record, l, options)]))

const decodeRow = S.decodeUnknownResult(FukuhonRow)

/**
 * Checks a 副本 import file (JSON Lines of {@link FukuhonRow}) against the
 * allow-lists: every line parses and has the row shape, names a known
 * provision list, carries only that list's items and never a 個人番号, and
 * no (key, list) pair repeats. Returns the rows, or every problem with its
 * line (`records.fukuhon.import-format`). The file is data: never executed.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkFile = (
  text: string,
  lists: ReadonlyArray<AllowList>
): Result.Result<ReadonlyArray<FukuhonRow>, ReadonlyArray<JukiError>> => {
  const errors: Array<JukiError> = []
  const bad = (line: number, detail: string) =>
    errors.push(makeError(ImportFormat, { params: { line, detail }, position: { line } }))
  if (typeof text !== "string") {
    bad(0, "not text")
    return Result.fail(errors)
  }
  // Lists given without decoding are read defensively; one whose id is not a string is kept but never matches a row
  // (a decoded row's allowList is a string).
  const byId = new Map<unknown, AllowList>()
  if (Array.isArray(lists))
    for (const l of lists as ReadonlyArray<unknown>)
      if (typeof l === "object" && l !== null && Array.isArray((l as AllowList).items))
        byId.set((l as AllowList).id, l as AllowList)
  const rows: Array<FukuhonRow> = []
  const seen = new Set<string>()
  text.split(/\r\n|\n/).forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === "") return
    let u: unknown
    try {
      u = JSON.parse(raw)
    } catch {
      bad(line, "not JSON")
      return
    }
    const r = decodeRow(u)
    if (Result.isFailure(r)) {
      bad(line, "not a 副本 row (key, allowList, autoResponseBlocked, items)")
      return
    }
    const row = r.success
    const list = byId.get(row.allowList)
    if (list === undefined || list.kind !== "provision") {
      bad(line, `unknown provision allow-list ${row.allowList}`)
      return
    }
    if (row.key === "") bad(line, "empty key")
    const extra = Object.keys(row.items).filter(
      (k) => !(list.items as ReadonlyArray<string>).includes(k) || k === "myNumber"
    )
    if (extra.length > 0) bad(line, `items outside the allow-list: ${extra.join(", ")}`)
    const k = `${row.key}\u0000${row.allowList}`
    if (seen.has(k)) bad(line, "the same key and allow-list twice")
    seen.add(k)
    rows.push(row)
  })
  return errors.length > 0 ? Result.fail(errors) : Result.succeed(rows)
}

/**
 * A **sample** of allow-lists showing the shape of the seed's lists (60
 * 提供先 of its 別紙1, 38 移転先 of its 別紙2). The entries are illustrations,
 * `verified: false`: the seed does not reproduce the 別紙, so supply the
 * municipality's own lists.
 *
 * @category constants
 * @since 0.1.0
 */
export const SAMPLE_ALLOW_LISTS: ReadonlyArray<AllowList> = [
  {
    id: "sample-provision-1",
    kind: "provision",
    recipient: "情報照会者（例）",
    business: "主務省令第2条の表に定める事務（例）",
    basis: "番号法19条8号 主務省令第2条の表 項番（利用者が補う）",
    items: ["name", "birthDate", "sex", "address", "relationship", "householdNumber"],
    verified: false
  },
  {
    id: "sample-provision-2",
    kind: "provision",
    recipient: "情報照会者（例）",
    business: "主務省令第2条の表に定める事務（例）",
    basis: "番号法19条8号 主務省令第2条の表 項番（利用者が補う）",
    items: ["name", "address", "addressSince", "residentSince", "foreignStatus"],
    verified: false
  },
  {
    id: "sample-transfer-1",
    kind: "transfer",
    recipient: "事務所管課（例）",
    business: "番号法9条1項 別表に定める事務（例）",
    basis: "番号法9条1項 別表 項番（利用者が補う）; 評価書 §II 5 移転先1 ③ 住所、氏名、生年月日、性別等",
    items: ["myNumber", "name", "birthDate", "sex", "address"],
    verified: false
  },
  {
    id: "sample-transfer-2",
    kind: "transfer",
    recipient: "事務所管課（例）",
    business: "番号法9条1項 別表に定める事務（例）",
    basis: "番号法9条1項 別表 項番（利用者が補う）",
    items: ["name", "address", "householdNumber", "relationship"],
    verified: false
  }
]
