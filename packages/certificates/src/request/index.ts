/**
 * A certificate request as typed data: what is asked, by whom, through which
 * channel, for which persons, in which form, with which items and history, on
 * which day.
 *
 * **When to use**
 *
 * Build a {@link CertificateRequest} at the counter, from a mail application
 * or from a コンビニ交付 kiosk call, and hand it to `project`. Use
 * {@link decodeRequest} for JSON input (a file, an API body): it returns the
 * typed request or every shape problem (`certificates.request.shape`).
 *
 * **Details**
 *
 * - `kind`: `juminhyo` 住民票の写し, `kisai-jiko` 住民票記載事項証明書, `johyo` 除票の写し,
 *   `johyo-kisai-jiko` 除票記載事項証明書, `tenshutsu` 転出証明書, `code-notice`
 *   住民票コード通知書.
 * - `requester`: `self` 本人 and `household-member` 同一世帯員 (住基法12条1項, with
 *   the requester's 宛名番号), `agent` 代理人 (for a 本人 or 同一世帯員 named by
 *   `principal`), `government` 国又は地方公共団体の機関 (12条の2), `third-party`
 *   第三者 with its 利用目的 category (12条の3: `rights` 自己の権利行使・義務履行, `submission`
 *   国等への提出, `other-legitimate` その他正当な理由, `professional` 特定事務受任者).
 * - `channel`: `counter` 窓口, `mail` 郵送, `convenience-store` コンビニ交付,
 *   `wide-area` 広域交付 (12条の4).
 * - `persons`: `{ household }` 世帯全員 of a 世帯番号, or `{ atenaNumbers }`.
 * - `form`: `household` 世帯連記式, `individual` 個人票.
 * - `items`: the optional items asked for explicitly (everything else optional is 省略).
 * - `history`: `latest`, `previous-address` (届出日・従前の住所), `full` (異動履歴).
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, defineRule, makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { isOptionalItem, type OptionalItem } from "../items/index.js"

/** @category models @since 0.1.0 */
export type CertificateKind = "juminhyo" | "kisai-jiko" | "johyo" | "johyo-kisai-jiko" | "tenshutsu" | "code-notice"
/** @category models @since 0.1.0 */
export type Channel = "counter" | "mail" | "convenience-store" | "wide-area"
/** @category models @since 0.1.0 */
export type ThirdPartyPurpose = "rights" | "submission" | "other-legitimate" | "professional"
/** @category models @since 0.1.0 */
export type History = "latest" | "previous-address" | "full"
/** @category models @since 0.1.0 */
export type Form = "household" | "individual"

/**
 * Who asks.
 *
 * @category models
 * @since 0.1.0
 */
export type Requester =
  | { readonly kind: "self"; readonly atenaNumber: string }
  | { readonly kind: "household-member"; readonly atenaNumber: string }
  | { readonly kind: "agent"; readonly principal: string; readonly name?: string }
  | { readonly kind: "government"; readonly body: string }
  | {
      readonly kind: "third-party"
      readonly name: string
      readonly purpose?: ThirdPartyPurpose
      readonly atenaNumber?: string
    }

/** @category models @since 0.1.0 */
export type RequesterKind = Requester["kind"]

/**
 * For whom.
 *
 * @category models
 * @since 0.1.0
 */
export type Persons = { readonly household: string } | { readonly atenaNumbers: ReadonlyArray<string> }

/**
 * A certificate request.
 *
 * @category models
 * @since 0.1.0
 */
export interface CertificateRequest {
  readonly kind: CertificateKind
  readonly requester: Requester
  readonly channel: Channel
  readonly persons: Persons
  readonly form: Form
  readonly items: ReadonlyArray<OptionalItem>
  readonly history: History
  /** The day the certificate is made (`YYYY-MM-DD`): the record as of this day is shown. */
  readonly date: Calendar.IsoDate | string
}

/** @category constants @since 0.1.0 */
export const certificateKinds: ReadonlyArray<CertificateKind> = [
  "juminhyo",
  "kisai-jiko",
  "johyo",
  "johyo-kisai-jiko",
  "tenshutsu",
  "code-notice"
]
/** @category constants @since 0.1.0 */
export const channels: ReadonlyArray<Channel> = ["counter", "mail", "convenience-store", "wide-area"]
/** @category constants @since 0.1.0 */
export const requesterKinds: ReadonlyArray<RequesterKind> = [
  "self",
  "household-member",
  "agent",
  "government",
  "third-party"
]
/** @category constants @since 0.1.0 */
export const purposes: ReadonlyArray<ThirdPartyPurpose> = ["rights", "submission", "other-legitimate", "professional"]

/**
 * A request is not shaped as {@link CertificateRequest}.
 *
 * @category rules
 * @since 0.1.0
 */
export const RequestShape = defineRule({
  id: "certificates.request.shape",
  tag: "InvalidComponent",
  severity: "error",
  basis: [{ kind: "library", cite: "@juki/certificates request form", verified: true }],
  title: { ja: "交付請求の形式", en: "Certificate request form" },
  message: { ja: "{field}が不正です", en: "{field} is invalid" }
})

const isObj = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)
const isStr = (u: unknown): u is string => typeof u === "string" && u.length > 0
const oneOf = <T extends string>(list: ReadonlyArray<T>, u: unknown): u is T =>
  typeof u === "string" && (list as ReadonlyArray<string>).includes(u)

const decodeRequester = (u: unknown, problems: Array<JukiError>): Requester | undefined => {
  const bad = (field: string, input?: unknown) => {
    problems.push(makeError(RequestShape, { path: ["requester", field], ...(input === undefined ? {} : { input }) }))
    return undefined
  }
  if (!isObj(u)) return bad("kind")
  const kind = u["kind"]
  if (!oneOf(requesterKinds, kind)) return bad("kind", kind)
  switch (kind) {
    case "self":
    case "household-member":
      return isStr(u["atenaNumber"]) ? { kind, atenaNumber: u["atenaNumber"] } : bad("atenaNumber")
    case "agent":
      if (!isStr(u["principal"])) return bad("principal")
      return { kind, principal: u["principal"], ...(isStr(u["name"]) ? { name: u["name"] } : {}) }
    case "government":
      return isStr(u["body"]) ? { kind, body: u["body"] } : bad("body")
    case "third-party": {
      if (!isStr(u["name"])) return bad("name")
      const purpose = u["purpose"]
      if (purpose !== undefined && !oneOf(purposes, purpose)) return bad("purpose", purpose)
      return {
        kind,
        name: u["name"],
        ...(purpose === undefined ? {} : { purpose }),
        ...(isStr(u["atenaNumber"]) ? { atenaNumber: u["atenaNumber"] } : {})
      }
    }
  }
}

/**
 * Decodes a request from JSON-like input. Never throws: returns the typed
 * request or every shape problem (`certificates.request.shape`, with the path
 * of each bad field). `form` defaults to `individual`, `items` to `[]`,
 * `history` to `latest`.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeRequest = (u: unknown): Result.Result<CertificateRequest, ReadonlyArray<JukiError>> => {
  const problems: Array<JukiError> = []
  if (!isObj(u)) return Result.fail([makeError(RequestShape, { path: ["request"], params: { field: "request" } })])
  const bad = (field: string, input?: unknown) =>
    problems.push(
      makeError(RequestShape, { path: [field], params: { field }, ...(input === undefined ? {} : { input }) })
    )
  const kind = u["kind"]
  if (!oneOf(certificateKinds, kind)) bad("kind", kind)
  const channel = u["channel"]
  if (!oneOf(channels, channel)) bad("channel", channel)
  const requester = decodeRequester(u["requester"], problems)
  let persons: Persons | undefined
  const p = u["persons"]
  if (isObj(p) && isStr(p["household"])) persons = { household: p["household"] }
  else if (
    isObj(p) &&
    Array.isArray(p["atenaNumbers"]) &&
    p["atenaNumbers"].length > 0 &&
    p["atenaNumbers"].every(isStr)
  ) {
    persons = { atenaNumbers: p["atenaNumbers"] as ReadonlyArray<string> }
  } else bad("persons")
  const form = u["form"] ?? "individual"
  if (form !== "household" && form !== "individual") bad("form", form)
  const list = u["items"] ?? []
  if (!Array.isArray(list) || !list.every(isOptionalItem)) bad("items")
  const history = u["history"] ?? "latest"
  if (history !== "latest" && history !== "previous-address" && history !== "full") bad("history", history)
  const date = u["date"]
  if (!Calendar.isIsoDate(date)) bad("date", date)
  // Problems of the requester were pushed with their own path; add the field param there.
  const fixed = problems.map((e) =>
    e.params?.["field"] === undefined
      ? makeError(RequestShape, { path: e.path ?? [], params: { field: (e.path ?? []).join(".") } })
      : e
  )
  if (fixed.length > 0 || requester === undefined || persons === undefined) return Result.fail(fixed)
  return Result.succeed({
    kind: kind as CertificateKind,
    requester,
    channel: channel as Channel,
    persons,
    form: form as Form,
    items: [...new Set(list as ReadonlyArray<OptionalItem>)],
    history: history as History,
    date: date as string
  })
}
