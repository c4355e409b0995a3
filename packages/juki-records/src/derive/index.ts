/**
 * Derivations from the registry: the 本人確認情報 a 住民票 yields for the
 * 市町村CS, the 統合宛名 for the 統合基盤, and the 4情報 search (氏名, 生年月日,
 * 性別, 住所).
 *
 * **When to use**
 *
 * `apply` already attaches the 本人確認情報 to every `cs-update` effect; use
 * {@link identityInfo} to rebuild one, {@link search} to find persons by
 * the 4情報, `deliveryInfo` to build the 送付先情報 (別添2(3)) when `apply`
 * emits `delivery-info-due`.
 *
 * **Details**
 *
 * - 外字数 counts characters outside JIS X 0208 (`Text.countGaiji`); the CS
 *   definition of 外字 is UNVERIFIED (see `@juki/core` Text).
 * - 清音化かな氏名 is `Text.searchKey` of the kana 氏名: juki's key, not an
 *   official algorithm (UNVERIFIED).
 * - Registry dates (不詳日 …) are passed as recorded; their 住基ネット code
 *   conversion was not obtained (UNVERIFIED).
 * - 仮登録 never reach these functions: they are not in the registry.
 *
 * **Example** (Searching by 4情報)
 *
 * ```ts
 * import { apply, Derive, Event, Registry, type RecordInput } from "@juki/records"
 * import { Result } from "effect"
 *
 * const record = {
 *   kind: "japanese", atenaNumber: "0000000019", householdNumber: "8000000010", relationship: "世帯主",
 *   residentCode: "20000000001", myNumber: "100000000013", name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
 *   birthDate: "1980-04-01", sex: "male",
 *   address: { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" },
 *   addressSince: "2024-04-01", previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
 *   honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" }, residentSince: "2024-04-01"
 * } as const satisfies RecordInput // synthetic data
 * const r = apply(Registry.empty("131016"), Event.moveIn({ records: [record], changeDate: "2024-04-01", filedOn: "2024-04-05", processedOn: "2024-04-05" }))
 * const registry = Result.getOrThrow(r).registry
 * Derive.search(registry, { kana: "やまだ たろう", birthDate: "1980-04-01" }).map((x) => x.atenaNumber) // => ["0000000019"]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Text } from "@juki/core"
import type { IdouJiyu } from "../jiyu/index.js"
import type { IdentityInfo, IntegratedAtena, ResidentRecord } from "../models/index.js"
import { isPresent, type Registry } from "../registry/index.js"

const SPACES = /[\s\u3000]+/g

// Small memo for the text derivations: 氏名 and 住所 repeat a lot across a registry's updates.
const memo = <A>(f: (s: string) => A, limit = 50_000): ((s: string) => A) => {
  const cache = new Map<string, A>()
  return (s) => {
    let v = cache.get(s)
    if (v === undefined) {
      v = f(s)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the memo's memory; a cleared or never-cleared memo gives the same answers
      if (cache.size >= limit) cache.clear()
      cache.set(s, v)
    }
    return v
  }
}

const gaiji = memo((s: string) => Text.countGaiji(s))
const seion = memo((s: string) => Text.searchKey(s))

/**
 * The 外字数 of a text (characters outside JIS X 0208).
 *
 * @category getters
 * @since 0.1.0
 */
export const gaijiCount = (text: string): number => gaiji(text)

/**
 * 清音化かな氏名: the search key of a kana 氏名 (`Text.searchKey`, which also removes the spaces).
 *
 * @category conversions
 * @since 0.1.0
 */
export const seionKana = (kana: string): string => seion(kana)

/**
 * The address text as the CS holds it: 住所 followed by the 方書.
 *
 * @category getters
 * @since 0.1.0
 */
export const fullAddress = (r: Pick<ResidentRecord, "address">): string =>
  r.address.katagaki === undefined || r.address.katagaki === ""
    ? r.address.text
    : `${r.address.text}　${r.address.katagaki}`

/**
 * The facts of the change that the 本人確認情報 carries besides the record.
 *
 * @category models
 * @since 0.1.0
 */
export interface IdentityMeta {
  readonly jiyu: IdouJiyu
  readonly changeDate: string
  readonly updateSequence: number
  readonly filedOn?: string
  readonly oldResidentCode?: string
}

/**
 * The 本人確認情報 of a 住民票 (別添2(2) items 1–25, 29, 32, 37–39).
 *
 * @category conversions
 * @since 0.1.0
 */
export const identityInfo = (r: ResidentRecord, meta: IdentityMeta): IdentityInfo => {
  const nameKanji = r.name.kanji ?? r.name.alphabet ?? ""
  const kana = r.kind === "japanese" ? r.name.kana : (r.name.katakana ?? r.name.kana)
  const address = fullAddress(r)
  const out: { -readonly [K in keyof IdentityInfo]: IdentityInfo[K] } = {
    residentCode: r.residentCode ?? "",
    nameKanji,
    nameGaiji: gaiji(nameKanji),
    birthDate: r.birthDate,
    sex: r.sex,
    municipalityCode: r.address.municipalityCode,
    address,
    addressGaiji: gaiji(address),
    residentSince: r.kind === "japanese" ? r.residentSince : r.foreignResidentSince,
    addressSince: r.addressSince,
    relationship: r.relationship,
    jiyu: meta.jiyu,
    changeDate: meta.changeDate,
    updateSequence: meta.updateSequence,
    scheduled: r.state === "leaving",
    removed: r.state === "removed"
  }
  if (kana !== undefined) {
    out.nameKana = kana
    out.nameSeion = seionKana(kana)
  }
  if (r.address.townCode !== undefined) out.townCode = r.address.townCode
  if (r.address.postalCode !== undefined) out.postalCode = r.address.postalCode
  if (r.myNumber !== undefined) out.myNumber = r.myNumber
  if (meta.filedOn !== undefined) out.filedOn = meta.filedOn
  const prev = r.previousAddress
  if (prev !== undefined) {
    if (prev.municipalityCode !== undefined) out.previousMunicipalityCode = prev.municipalityCode
    out.previousAddress = prev.text
    out.previousAddressGaiji = gaiji(prev.text)
  }
  if (meta.oldResidentCode !== undefined) out.oldResidentCode = meta.oldResidentCode
  const fs = r.kind === "japanese" ? r.formerSurname : undefined
  if (fs !== undefined)
    out.formerSurname = { kanji: fs.kanji, gaiji: gaiji(fs.kanji), ...(fs.kana === undefined ? {} : { kana: fs.kana }) }
  return out
}

/**
 * The 団体内統合宛名 row of a person for the 統合基盤.
 *
 * @category conversions
 * @since 0.1.0
 */
export const integratedAtena = (
  r: ResidentRecord,
  ids: { readonly integratedAtenaNumber: string; readonly jiyu?: IdouJiyu; readonly updatedAt?: string }
): IntegratedAtena => ({
  ...(r.myNumber === undefined ? {} : { myNumber: r.myNumber }),
  integratedAtenaNumber: ids.integratedAtenaNumber,
  nameKanji: r.name.kanji ?? r.name.alphabet ?? "",
  ...(r.name.kana === undefined ? {} : { nameKana: r.name.kana }),
  address: fullAddress(r),
  birthDate: r.birthDate,
  sex: r.sex,
  businessAtenaNumber: r.atenaNumber,
  ...(ids.jiyu === undefined ? {} : { jiyu: ids.jiyu }),
  ...(ids.updatedAt === undefined ? {} : { updatedAt: ids.updatedAt })
})

/**
 * A 4情報 query: any of kana 氏名, kanji 氏名, 生年月日, 性別, 住所.
 *
 * @category models
 * @since 0.1.0
 */
export interface Query {
  /** Kana 氏名 (hiragana or katakana, any width; 清音化 before matching; prefix match). */
  readonly kana?: string
  /** 漢字 (or alphabet) 氏名, spaces ignored; prefix match. */
  readonly kanji?: string
  /** 生年月日 as recorded (exact match). */
  readonly birthDate?: string
  readonly sex?: "male" | "female"
  /** Part of the address (NFKC, spaces ignored; substring match). */
  readonly address?: string
}

const norm = (s: string): string => s.normalize("NFKC").replace(SPACES, "")

/**
 * Persons matching every given item of a 4情報 query, by 宛名番号. Only 現存
 * persons on `asOf` unless `includeRemoved`.
 *
 * @category getters
 * @since 0.1.0
 */
export const search = (
  registry: Registry,
  query: Query,
  options: { readonly includeRemoved?: boolean; readonly asOf?: string } = {}
): ReadonlyArray<ResidentRecord> => {
  const kana = query.kana === undefined ? undefined : seionKana(query.kana)
  const kanji = query.kanji === undefined ? undefined : norm(query.kanji)
  const addr = query.address === undefined ? undefined : norm(query.address)
  const out: Array<ResidentRecord> = []
  registry.persons.forEach((p) => {
    const r = p.record
    if (!options.includeRemoved && !isPresent(r, options.asOf)) return
    if (query.sex !== undefined && r.sex !== query.sex) return
    if (query.birthDate !== undefined && r.birthDate !== query.birthDate) return
    if (kana !== undefined) {
      const k = r.kind === "japanese" ? r.name.kana : (r.name.katakana ?? r.name.kana)
      if (k === undefined || !seionKana(k).startsWith(kana)) return
    }
    if (kanji !== undefined) {
      const names = [r.name.kanji, r.name.alphabet, r.kind === "foreign" ? r.alias?.kanji : undefined]
      if (!names.some((n) => n !== undefined && norm(n).startsWith(kanji))) return
    }
    if (addr !== undefined && !norm(fullAddress(r)).includes(addr)) return
    out.push(r)
  })
  return out.sort((a, b) => (a.atenaNumber < b.atenaNumber ? -1 : a.atenaNumber > b.atenaNumber ? 1 : 0))
}

export {
  DeliveryIncomplete,
  deliveryInfo,
  deliveryPersonOf,
  type DeliveryContext,
  type DeliveryDerivation,
  type DeliveryPerson
} from "./delivery.js"
