/**
 * Projects a certificate request onto the registry: the content the
 * certificate may show (rows and items in print order, each item printed or
 * 省略), or every violation with its rule id and basis.
 *
 * **When to use**
 *
 * Call {@link project} before printing a 住民票の写し, 記載事項証明書, 除票の写し,
 * 転出証明書 or 住民票コード通知書, at the counter, for a mail application or
 * behind a コンビニ交付 kiosk. Render the result with `renderText` or
 * `renderHtml`; the printed layout and PDF stay the vendor's.
 *
 * **Details**
 *
 * - The record shown is the one as it stood on `request.date` (the last history
 *   row processed on or before that day).
 * - 世帯全員 covers the 現存 members on the day, in 記載順位; a 消除 person is not
 *   on a 住民票の写し (ask a 除票の写し, which is per person).
 * - Defaults protect: every optional item is 省略 unless asked (住基法12条5項);
 *   個人番号 and 住民票コード only when 本人 or a 同一世帯員 (or their 代理人)
 *   asks for them explicitly.
 * - Alerts (`certificates.agent.identifiers`) do not stop the certificate: they
 *   come back in `notices`.
 * - DV等 支援措置 are the registry's data the vendor supplies in
 *   `options.measures`.
 *
 * **Example**
 *
 * ```ts no-run
 * import { project, renderText } from "@juki/certificates"
 * import { Registry } from "@juki/records"
 * import { Result } from "effect"
 *
 * declare const registry: Registry.Registry
 * const r = project(registry, {
 *   kind: "juminhyo", requester: { kind: "self", atenaNumber: "0000000019" }, channel: "counter",
 *   persons: { household: "8000000010" }, form: "household", items: ["head-and-relationship"],
 *   history: "latest", date: "2025-04-01"
 * })
 * if (Result.isSuccess(r)) console.log(renderText(r.success))
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { type Bilingual, type Calendar, type JukiError, makeError } from "@juki/core"
import { Registry, type ResidentRecord } from "@juki/records"
import { Result } from "effect"
import { items as catalogue, type ItemId, type ItemInfo, type OptionalItem } from "../items/index.js"
import {
  decodeRequest,
  RequestShape,
  type CertificateKind,
  type CertificateRequest,
  type Channel,
  type Form,
  type RequesterKind
} from "../request/index.js"
import { checks } from "../rules/index.js"
import { isRemovedKind, makeContext, type Context, type PersonAt } from "./context.js"
import { isMeasures, type SupportMeasure } from "./measures.js"

/**
 * Why an item is 省略.
 *
 * - `not-requested`: optional and not asked for (12条5項).
 * - `not-recorded`: asked, but the record has no value on the day.
 * - `not-applicable`: not an item for this person (e.g. 本籍 of a 外国人住民 in a mixed 世帯).
 * - `history-not-requested`: history items without a history request.
 * - `not-removed`: 消除 items on a certificate of a 現存者.
 *
 * @category models
 * @since 0.1.0
 */
export type OmitReason = "not-requested" | "not-recorded" | "not-applicable" | "history-not-requested" | "not-removed"

/**
 * One item of a row: printed with its value, or 省略 with the reason.
 *
 * @category models
 * @since 0.1.0
 */
export type CertificateItem =
  | { readonly id: ItemId; readonly label: Bilingual; readonly printed: true; readonly value: string }
  | { readonly id: ItemId; readonly label: Bilingual; readonly printed: false; readonly reason: OmitReason }

/**
 * One person on the certificate.
 *
 * @category models
 * @since 0.1.0
 */
export interface CertificateRow {
  /** The person's key (never printed: the vendor maps it to its own layout). */
  readonly atenaNumber: string
  /** Whether the row is a 除票 (消除 person). */
  readonly removed: boolean
  readonly items: ReadonlyArray<CertificateItem>
}

/**
 * The content of a certificate.
 *
 * @category models
 * @since 0.1.0
 */
export interface Certificate {
  readonly kind: CertificateKind
  readonly title: Bilingual
  readonly form: Form
  readonly channel: Channel
  readonly requester: RequesterKind
  readonly date: Calendar.IsoDate | string
  /** 市町村コード of the registry. */
  readonly municipality: string
  readonly rows: ReadonlyArray<CertificateRow>
  /** Alerts that do not stop the certificate (e.g. mail it to the person's address). */
  readonly notices: ReadonlyArray<JukiError>
}

/**
 * Options of {@link project}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ProjectOptions {
  /** DV等 支援措置 in the registry (住民基本台帳事務処理要領 第6-10). */
  readonly measures?: ReadonlyArray<SupportMeasure>
}

/**
 * The title of each kind.
 *
 * @category constants
 * @since 0.1.0
 */
export const titles: { readonly [K in CertificateKind]: Bilingual } = {
  juminhyo: { ja: "住民票の写し", en: "Copy of resident record" },
  "kisai-jiko": { ja: "住民票記載事項証明書", en: "Certificate of resident record items" },
  johyo: { ja: "除票の写し", en: "Copy of removed resident record" },
  "johyo-kisai-jiko": { ja: "除票記載事項証明書", en: "Certificate of removed resident record items" },
  tenshutsu: { ja: "転出証明書", en: "Move-out certificate" },
  "code-notice": { ja: "住民票コード通知書", en: "Resident code notice" }
}

const KUBUN: Readonly<Record<string, string>> = {
  "mid-to-long-term": "中長期在留者",
  "special-permanent": "特別永住者",
  "temporary-refuge": "一時庇護許可者",
  "provisional-stay": "仮滞在許可者",
  "transitional-birth": "出生による経過滞在者",
  "transitional-nationality-loss": "国籍喪失による経過滞在者"
}

const nameOf = (r: ResidentRecord): string | undefined => {
  const main = r.name.kanji ?? r.name.alphabet
  const reading = r.name.kana ?? r.name.katakana
  return main === undefined ? reading : reading === undefined ? main : `${main}（${reading}）`
}

/** The value of an item in a record on the day, or undefined when it has none. */
const itemValue = (id: ItemId, r: ResidentRecord, c: Context): string | undefined => {
  const jp = r.kind === "japanese" ? r : undefined
  const fr = r.kind === "foreign" ? r : undefined
  switch (id) {
    case "name":
      return nameOf(r)
    case "former-surname":
      return jp?.formerSurname?.kanji
    case "alias":
      return fr?.alias?.kanji
    case "birth-date":
      return r.birthDate
    case "sex":
      return r.sex === "male" ? "男" : "女"
    case "head-and-relationship": {
      if (r.relationship === "世帯主") return "世帯主"
      const head = Registry.headOf(c.registry, r.householdNumber, String(c.request.date))
      const headName = head === undefined ? undefined : nameOf(head)
      return headName === undefined ? r.relationship : `${headName}（${r.relationship}）`
    }
    case "resident-since":
      return jp?.residentSince ?? fr?.foreignResidentSince
    case "address":
      return r.address.katagaki === undefined ? r.address.text : `${r.address.text}　${r.address.katagaki}`
    case "address-since":
      return r.addressSince
    case "filed-on-and-previous-address":
      return r.previousAddress === undefined
        ? undefined
        : `${r.entry.filedOn ?? r.entry.date}届出　従前の住所 ${r.previousAddress.text}`
    case "history": {
      const rows = Registry.getHistory(c.registry, r.atenaNumber).filter((h) => h.processedOn <= String(c.request.date))
      return rows.length === 0
        ? undefined
        : rows.map((h) => `${h.changeDate} ${h.jiyu} ${h.snapshot.address.text}`).join("\n")
    }
    case "honseki":
      if (jp === undefined) return undefined
      return jp.honseki.kind === "registered"
        ? `${jp.honseki.place}　筆頭者 ${jp.honseki.head}`
        : jp.honseki.kind === "none"
          ? "本籍なし"
          : "本籍不明"
    case "nationality":
      return fr?.nationality
    case "kubun":
      return fr === undefined ? undefined : KUBUN[fr.status.kubun]
    case "status-of-residence":
      return fr?.status.kubun === "mid-to-long-term" ? fr.status.statusOfResidence : undefined
    case "period-of-stay":
      return fr?.status.kubun === "mid-to-long-term" ? fr.status.periodOfStay : undefined
    case "expiry-date":
      return fr?.status.kubun === "mid-to-long-term" ? fr.status.expiryDate : undefined
    case "card-number":
      return fr?.status.kubun === "mid-to-long-term"
        ? fr.status.cardNumber
        : fr?.status.kubun === "special-permanent"
          ? fr.status.certificateNumber
          : undefined
    case "my-number":
      return r.myNumber
    case "resident-code":
      return r.residentCode
    case "entry-reason":
      return `${r.entry.jiyu} ${r.entry.date}`
    case "removal": {
      if (c.request.kind === "tenshutsu") {
        const planned = r.moveOut?.planned
        return planned === undefined ? undefined : `転出予定 ${planned.date} ${planned.address.text}`
      }
      return r.removal === undefined ? undefined : `${r.removal.jiyu} ${r.removal.date}`
    }
  }
}

/** Items a kind prints whatever is asked (転出証明書 and 住民票コード通知書 have fixed contents). */
const FIXED: Partial<Record<CertificateKind, ReadonlyArray<ItemId>>> = {
  tenshutsu: ["head-and-relationship", "honseki"],
  "code-notice": ["resident-code"]
}
/** Items a kind never prints. */
const NEVER: Partial<Record<CertificateKind, ReadonlyArray<ItemId>>> = {
  "code-notice": [
    "head-and-relationship",
    "honseki",
    "my-number",
    "filed-on-and-previous-address",
    "history",
    "entry-reason"
  ]
}

const itemOf = (info: ItemInfo, r: ResidentRecord, c: Context): CertificateItem => {
  const { id, label } = info
  const omit = (reason: OmitReason): CertificateItem => ({ id, label, printed: false, reason })
  const kind = c.request.kind
  if (NEVER[kind]?.includes(id) === true) return omit("not-requested")
  if (info.appliesTo !== "all" && info.appliesTo !== r.kind) return omit("not-applicable")
  const fixed = FIXED[kind]?.includes(id) === true
  if (info.role === "optional" && !fixed && !c.request.items.includes(id as OptionalItem)) return omit("not-requested")
  if (info.role === "history") {
    const wanted = id === "history" ? c.request.history === "full" : c.request.history !== "latest"
    if (!wanted) return omit("history-not-requested")
  }
  if (info.role === "removal" && !isRemovedKind(c.request) && kind !== "tenshutsu") return omit("not-removed")
  const value = itemValue(id, r, c)
  return value === undefined || value === "" ? omit("not-recorded") : { id, label, printed: true, value }
}

const rowOf = (p: PersonAt, c: Context): CertificateRow => {
  const r = p.record as ResidentRecord
  return {
    atenaNumber: p.atenaNumber,
    removed: p.state === "removed",
    items: catalogue.map((info) => itemOf(info, r, c))
  }
}

/** Rows in 記載順位 for a 世帯連記式 (the 世帯's order), as asked for a 個人票. */
const ordered = (c: Context): ReadonlyArray<PersonAt> => {
  if (c.request.form !== "household" || "household" in c.request.persons) return c.persons
  const first = c.persons[0]?.record
  if (first === undefined) return c.persons
  const order = Registry.getHousehold(c.registry, first.householdNumber, String(c.request.date))?.members ?? []
  const rank = (a: string) => {
    const i = order.indexOf(a)
    return i < 0 ? order.length : i
  }
  return [...c.persons].sort((a, b) => rank(a.atenaNumber) - rank(b.atenaNumber))
}

/**
 * Checks a request against every rule: the problems (errors and alerts), in
 * the order of the catalogue. Never throws.
 *
 * @category projection
 * @since 0.1.0
 */
export const check = (
  registry: Registry.Registry,
  request: CertificateRequest | unknown,
  options: ProjectOptions = {}
): ReadonlyArray<JukiError> => {
  const r = project(registry, request, options)
  return Result.isSuccess(r) ? r.success.notices : r.failure
}

/**
 * The content of the certificate a request asks for, or every violation
 * (severity `error`) with its rule id and basis. The request may be typed or
 * JSON (decoded with `decodeRequest`). Never throws.
 *
 * @category projection
 * @since 0.1.0
 */
export const project = (
  registry: Registry.Registry,
  request: CertificateRequest | unknown,
  options: ProjectOptions = {}
): Result.Result<Certificate, ReadonlyArray<JukiError>> => {
  try {
    const decoded = decodeRequest(request)
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
    const req = decoded.success
    const measures = isMeasures(options.measures) ? options.measures : []
    const context = makeContext(registry, req, measures)
    const problems = checks.flatMap((rule) => rule.check(context))
    const errors = problems.filter((p) => p.severity === "error")
    if (errors.length > 0) return Result.fail(errors)
    return Result.succeed({
      kind: req.kind,
      title: titles[req.kind],
      form: req.form,
      channel: req.channel,
      requester: req.requester.kind,
      date: req.date,
      municipality: Registry.toJSON(registry).municipality,
      rows: ordered(context).map((p) => rowOf(p, context)),
      notices: problems.filter((p) => p.severity !== "error")
    })
  } catch (e) {
    // A registry that is not one (a hand-built object) must not make project throw.
    return Result.fail([registryError(e)])
  }
}

const registryError = (_e: unknown): JukiError =>
  makeError(RequestShape, { path: ["registry"], params: { field: "registry" } })
