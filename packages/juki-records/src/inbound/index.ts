/**
 * Inbound notices as events: 出入国在留管理庁通知 (住基法30条の50) and
 * 住民票記載事項通知 from the 本籍地 (住基法9条2項), matched to the resident
 * they refer to and turned into proposed 職権 events.
 *
 * **When to use**
 *
 * Read the day's notices (the seed receives 入管 notices once a day over the
 * 出入国在留管理庁連携ネットワーク, 評価書 II 3) and call {@link process} for
 * each: you get the decoded notice, the matcher's answer (`exact`,
 * `ambiguous` or `none`, with the reason) and, for an exact match, the 職権
 * events (職権修正, 職権消除, 死亡) that apply it, each already dry-run with
 * `apply`. Nothing is applied: show the 確認票 to the operator and `apply`
 * the events they accept.
 *
 * **Details**
 *
 * - {@link decode}: an effect Schema per notice kind; never throws, reports
 *   every problem (`records.inbound.malformed`).
 * - {@link match}: a 30条の50 notice by 在留カード等番号 and 基本情報
 *   (氏名・生年月日・性別・国籍等; which items is UNVERIFIED, option
 *   `immigrationKeys`), a 9条2項 notice by 本籍・筆頭者, 氏名 and 生年月日.
 *   A card number held by someone else, a differing item, several
 *   candidates or a 除票 are violations with rule ids, never guesses.
 * - {@link propose}: status changes, renewals, card re-issues and 基本情報
 *   changes become 職権修正 (`authority-correction`, pinned to the current
 *   履歴番号 so a stale proposal is rejected); 出国, 在留期間満了, 取消,
 *   退去強制 become 職権消除; 9条2項 死亡 a 死亡 消除, 失踪宣告 a 職権消除, the
 *   other 戸籍 届出 a 職権修正 of 氏名, 本籍・筆頭者, 続柄, 性別 or 生年月日.
 *   A notice the registry already reflects proposes nothing (`upToDate`).
 * - Not covered yet: 出生 by 9条2項 notice (needs a new 宛名番号 and
 *   住民票コード: record it with `Event.birth`), 帰化 / 国籍喪失 (use `Event.nationalityChange`).
 *
 * **Example** (A 在留期間更新 notice)
 *
 * ```ts
 * import { Inbound, Registry, apply } from "@juki/records"
 * import { Result } from "effect"
 *
 * const person = {
 *   kind: "foreign", atenaNumber: "0000000051", state: "current", householdNumber: "8000000029", relationship: "世帯主",
 *   residentCode: "20000000005", name: { alphabet: "SMITH JOHN", katakana: "スミス　ジョン" },
 *   birthDate: "1990-05-05", sex: "male",
 *   address: { municipalityCode: "131016", postalCode: "1000005", text: "東京都千代田区丸の内二丁目3番" },
 *   addressSince: "2021-06-01", previousAddress: { text: "UNITED KINGDOM", abroad: true },
 *   entry: { jiyu: "move-in-from-abroad", date: "2021-06-01", filedOn: "2021-06-03", byAuthority: false },
 *   nationality: "英国", foreignResidentSince: "2021-06-01",
 *   status: { kubun: "mid-to-long-term", statusOfResidence: "技術・人文知識・国際業務", periodOfStay: "3年", expiryDate: "2024-05-31", cardNumber: "AB00000005CD" }
 * } // synthetic data
 * const registry = Registry.fromJSON({ municipality: "131016", records: [person] })
 * const notice = {
 *   source: "immigration", receivedOn: "2024-05-21", occurredOn: "2024-05-20", reason: "period-renewal",
 *   subject: { cardNumber: "AB00000005CD", name: { alphabet: "SMITH JOHN" }, birthDate: "1990-05-05", sex: "male", nationality: "英国" },
 *   status: { kubun: "mid-to-long-term", statusOfResidence: "技術・人文知識・国際業務", periodOfStay: "3年", expiryDate: "2027-05-31", cardNumber: "AB00000099CD" }
 * }
 * if (Result.isSuccess(registry)) {
 *   const out = Inbound.process(registry.success, notice)
 *   out.match?.outcome // => "exact"
 *   out.proposals.map((p) => [p.event.type, "jiyu" in p.event ? p.event.jiyu : "", p.accepted]) // => [["modify", "authority-correction", true]]
 *   Inbound.process(registry.success, { ...notice, subject: { ...notice.subject, cardNumber: "AB00000077CD" } }).violations.map((v) => v.code)
 *   // => ["records.inbound.item-mismatch"]
 * }
 * ```
 *
 * @since 0.3.0
 * @module
 */
export {
  BasicInfoChanges,
  decode,
  IMMIGRATION_REASON_JA,
  ImmigrationNotice,
  ImmigrationReason,
  ImmigrationSubject,
  KOSEKI_REASON_JA,
  KosekiChanges,
  KosekiNotice,
  KosekiReason,
  KosekiSubject,
  Notice
} from "./notice.js"
export { match, type BasicInfoKey, type Candidate, type Match, type MatchKey, type MatchOptions } from "./match.js"
export { process, propose, type Outcome, type ProcessOptions, type Proposal } from "./process.js"
