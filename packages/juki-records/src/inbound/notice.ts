/**
 * Typed inbound notices and their decoding (see the module `Inbound`).
 *
 * @since 0.3.0
 * @internal
 */
import { makeError, type JukiError } from "@juki/core"
import { Result, Schema as S, SchemaIssue } from "effect"
import { ForeignStatus, Honseki, PersonName, Sex } from "../models/index.js"
import { InboundMalformed } from "../rules/inbound.js"
import { blank, isIso } from "../rules/internal/helpers.js"

const Str = S.String
const opt = S.optionalKey

/**
 * The reason (通知事由) of a 出入国在留管理庁通知 (住基法30条の50).
 *
 * | id | 通知事由 | proposed event |
 * |---|---|---|
 * | `status-change` | 在留資格変更許可 | 職権修正 (30条の45 items) |
 * | `period-renewal` | 在留期間更新許可 | 職権修正 (30条の45 items) |
 * | `status-acquisition` | 在留資格取得等 (経過滞在者・一時庇護・仮滞在から) | 職権修正 (区分 and items) |
 * | `card-reissue` | 在留カード等の再交付 (番号の変更) | 職権修正 (在留カード等番号) |
 * | `basic-info-change` | 氏名・生年月日・性別・国籍等の変更 (訂正) | 職権修正 |
 * | `departure` | 出国 (再入国許可なし等) | 職権消除 |
 * | `period-expiry` | 在留期間の満了 | 職権消除 |
 * | `revocation` | 在留資格の取消し | 職権消除 |
 * | `deportation` | 退去強制 | 職権消除 |
 * | `other-loss` | その他 外国人住民でなくなったこと | 職権消除 |
 *
 * @category schemas
 * @since 0.3.0
 */
export const ImmigrationReason = S.Literals([
  "status-change",
  "period-renewal",
  "status-acquisition",
  "card-reissue",
  "basic-info-change",
  "departure",
  "period-expiry",
  "revocation",
  "deportation",
  "other-loss"
])

/** @category models @since 0.3.0 */
export type ImmigrationReason = typeof ImmigrationReason.Type

/**
 * Japanese names of the 30条の50 reasons.
 *
 * @category models
 * @since 0.3.0
 */
export const IMMIGRATION_REASON_JA: Readonly<Record<ImmigrationReason, string>> = {
  "status-change": "在留資格変更",
  "period-renewal": "在留期間更新",
  "status-acquisition": "在留資格取得等",
  "card-reissue": "在留カード等の再交付",
  "basic-info-change": "氏名・生年月日・性別・国籍等の変更",
  departure: "出国",
  "period-expiry": "在留期間満了",
  revocation: "在留資格取消",
  deportation: "退去強制",
  "other-loss": "その他の区分喪失"
}

/** Reasons whose notice carries the new 30条の45 items (`status`). */
export const STATUS_REASONS: ReadonlySet<ImmigrationReason> = new Set([
  "status-change",
  "period-renewal",
  "status-acquisition"
])

/** Reasons that end the person's 外国人住民 status: the proposal is a 職権消除. */
export const LOSS_REASONS: ReadonlySet<ImmigrationReason> = new Set([
  "departure",
  "period-expiry",
  "revocation",
  "deportation",
  "other-loss"
])

/**
 * The person as 出入国在留管理庁 knows them, before the change: 在留カード等番号
 * (absent for a 経過滞在者, who has no card yet) and the 基本情報.
 *
 * @category schemas
 * @since 0.3.0
 */
export const ImmigrationSubject = S.Struct({
  /** 在留カード番号 or 特別永住者証明書番号 held until now. */
  cardNumber: opt(Str),
  /** 氏名 (ローマ字, and 漢字 when the card shows it). */
  name: S.Struct({ alphabet: opt(Str), kanji: opt(Str) }),
  birthDate: Str,
  sex: Sex,
  /** 国籍・地域. */
  nationality: Str
})

/** @category models @since 0.3.0 */
export type ImmigrationSubject = typeof ImmigrationSubject.Type

/**
 * The changed 基本情報 of a `basic-info-change` notice.
 *
 * @category schemas
 * @since 0.3.0
 */
export const BasicInfoChanges = S.Struct({
  name: opt(PersonName),
  birthDate: opt(Str),
  sex: opt(Sex),
  nationality: opt(Str)
})

/** @category models @since 0.3.0 */
export type BasicInfoChanges = typeof BasicInfoChanges.Type

const noticeMeta = {
  /** 通知番号 (for the list of notices not yet imported). */
  noticeId: opt(Str),
  /** The day the notice was received (受信日, YYYY-MM-DD). */
  receivedOn: Str,
  /** The day the notified fact occurred (法務省異動事由発生日 / 届出・事件の日). */
  occurredOn: Str
}

/**
 * 出入国在留管理庁通知 (住基法30条の50): received once a day over the
 * 出入国在留管理庁連携ネットワーク (評価書 II 3). `status` carries the new
 * 30条の45 items for `status-change`, `period-renewal` and
 * `status-acquisition`; `cardNumber` the new number for `card-reissue`;
 * `changes` the new 基本情報 for `basic-info-change`. Loss reasons carry
 * none of them.
 *
 * @category schemas
 * @since 0.3.0
 */
export const ImmigrationNotice = S.Struct({
  source: S.Literal("immigration"),
  ...noticeMeta,
  reason: ImmigrationReason,
  subject: ImmigrationSubject,
  status: opt(ForeignStatus),
  cardNumber: opt(Str),
  changes: opt(BasicInfoChanges)
})

/** @category models @since 0.3.0 */
export type ImmigrationNotice = typeof ImmigrationNotice.Type

/**
 * The 戸籍 届出 (or 職権 戸籍記載) behind a 住民票記載事項通知 (住基法9条2項).
 * `death` proposes a 死亡 消除, `disappearance` (失踪宣告) a 職権消除; every
 * other reason a 職権修正 of the items in `changes`.
 *
 * @category schemas
 * @since 0.3.0
 */
export const KosekiReason = S.Literals([
  "marriage",
  "divorce",
  "adoption",
  "dissolution-of-adoption",
  "name-change",
  "transfer",
  "branch",
  "recognition",
  "gender-change",
  "correction",
  "death",
  "disappearance",
  "other"
])

/** @category models @since 0.3.0 */
export type KosekiReason = typeof KosekiReason.Type

/**
 * Japanese names of the 9条2項 reasons.
 *
 * @category models
 * @since 0.3.0
 */
export const KOSEKI_REASON_JA: Readonly<Record<KosekiReason, string>> = {
  marriage: "婚姻",
  divorce: "離婚",
  adoption: "養子縁組",
  "dissolution-of-adoption": "離縁",
  "name-change": "氏・名の変更",
  transfer: "転籍",
  branch: "分籍",
  recognition: "認知",
  "gender-change": "性別の取扱いの変更",
  correction: "戸籍訂正",
  death: "死亡",
  disappearance: "失踪宣告",
  other: "その他"
}

/** 9条2項 reasons that remove the 住民票. */
export const KOSEKI_REMOVALS: ReadonlySet<KosekiReason> = new Set(["death", "disappearance"])

/**
 * The person as the 本籍地 knows them, before the change: 本籍 and 筆頭者,
 * 氏名 and 生年月日.
 *
 * @category schemas
 * @since 0.3.0
 */
export const KosekiSubject = S.Struct({
  honseki: S.Struct({ place: Str, head: Str }),
  name: S.Struct({ kanji: Str, kana: opt(Str) }),
  birthDate: Str
})

/** @category models @since 0.3.0 */
export type KosekiSubject = typeof KosekiSubject.Type

/**
 * The 住民票記載事項 a 9条2項 notice changes.
 *
 * @category schemas
 * @since 0.3.0
 */
export const KosekiChanges = S.Struct({
  name: opt(PersonName),
  honseki: opt(Honseki),
  relationship: opt(Str),
  sex: opt(Sex),
  birthDate: opt(Str)
})

/** @category models @since 0.3.0 */
export type KosekiChanges = typeof KosekiChanges.Type

/**
 * 住民票記載事項通知 from the 本籍地 (住基法9条2項), after a 戸籍 届出 for a
 * person who lives here (評価書 II 3: 戸籍届出を受けた都度).
 *
 * @category schemas
 * @since 0.3.0
 */
export const KosekiNotice = S.Struct({
  source: S.Literal("koseki"),
  ...noticeMeta,
  /** 全国地方公共団体コード of the 本籍地 that sent it. */
  fromMunicipality: opt(Str),
  reason: KosekiReason,
  subject: KosekiSubject,
  changes: opt(KosekiChanges)
})

/** @category models @since 0.3.0 */
export type KosekiNotice = typeof KosekiNotice.Type

/**
 * Any inbound notice (discriminated by `source`).
 *
 * @category schemas
 * @since 0.3.0
 */
export const Notice = S.Union([ImmigrationNotice, KosekiNotice])

/** @category models @since 0.3.0 */
export type Notice = typeof Notice.Type

const decodeImmigration = S.decodeUnknownResult(ImmigrationNotice, { errors: "all", onExcessProperty: "error" })
const decodeKoseki = S.decodeUnknownResult(KosekiNotice, { errors: "all", onExcessProperty: "error" })
const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const malformed = (path: ReadonlyArray<string | number>, detail: string): JukiError =>
  makeError(InboundMalformed, { path, params: { detail } })

/**
 * The schema's messages may quote the input ("got …"): keep only what was expected.
 *
 * @internal
 */
export const expectedOnly = (m: string): string =>
  m
    .replace(/,?\s*(got|actual)\b[\s\S]*$/i, "")
    .replace(/\s+/g, " ")
    .slice(0, 120)

/**
 * One `records.inbound.malformed` per problem of a schema issue, at its path.
 *
 * @internal
 */
export const shapeErrors = (issue: unknown): Array<JukiError> => {
  try {
    const r = formatter(issue as Parameters<typeof formatter>[0])
    return r.issues.map((i) =>
      malformed(
        (i.path ?? []).map((p) =>
          typeof p === "object" && p !== null && "key" in p ? String(p.key) : typeof p === "number" ? p : String(p)
        ),
        expectedOnly(i.message)
      )
    )
  } catch {
    return [malformed([], "unreadable input")]
  }
}

// Pushes into `out` as it goes, so that what was found stays there if a later item cannot be read.
const semanticErrors = (n: Notice, out: Array<JukiError> = []): Array<JukiError> => {
  const dateOk = (d: string, key: string): boolean => {
    if (isIso(d)) return true
    out.push(malformed([key], "not a calendar date (YYYY-MM-DD)"))
    return false
  }
  const r = dateOk(n.receivedOn, "receivedOn")
  const o = dateOk(n.occurredOn, "occurredOn")
  if (r && o && n.occurredOn > n.receivedOn)
    out.push(malformed(["occurredOn"], "after the day the notice was received"))
  if (blank(n.subject.birthDate)) out.push(malformed(["subject", "birthDate"], "blank"))
  if (n.source === "immigration") {
    if (blank(n.subject.name.alphabet) && blank(n.subject.name.kanji))
      out.push(malformed(["subject", "name"], "no alphabet or kanji name"))
    if (blank(n.subject.nationality)) out.push(malformed(["subject", "nationality"], "blank"))
    const needs = (key: "status" | "cardNumber" | "changes", wanted: boolean): void => {
      const has = n[key] !== undefined
      if (wanted && !has) out.push(malformed([key], `required for the reason ${n.reason}`))
      if (!wanted && has) out.push(malformed([key], `not allowed for the reason ${n.reason}`))
    }
    needs("status", STATUS_REASONS.has(n.reason))
    needs("cardNumber", n.reason === "card-reissue")
    needs("changes", n.reason === "basic-info-change")
    if (n.reason === "card-reissue" && n.cardNumber !== undefined && blank(n.cardNumber))
      out.push(malformed(["cardNumber"], "blank"))
    if (n.status !== undefined) {
      const k = n.status.kubun
      const allowed =
        n.reason === "status-acquisition"
          ? k === "mid-to-long-term" || k === "special-permanent"
          : k === "mid-to-long-term"
      if (STATUS_REASONS.has(n.reason) && !allowed)
        out.push(malformed(["status", "kubun"], `${k} cannot result from ${n.reason}`))
    }
    if (n.changes !== undefined && Object.keys(n.changes).length === 0) out.push(malformed(["changes"], "no item"))
  } else {
    if (blank(n.subject.name.kanji)) out.push(malformed(["subject", "name", "kanji"], "blank"))
    if (blank(n.subject.honseki.place)) out.push(malformed(["subject", "honseki", "place"], "blank"))
    if (blank(n.subject.honseki.head)) out.push(malformed(["subject", "honseki", "head"], "blank"))
    const removal = KOSEKI_REMOVALS.has(n.reason)
    if (removal && n.changes !== undefined) out.push(malformed(["changes"], `not allowed for the reason ${n.reason}`))
    if (!removal && (n.changes === undefined || Object.keys(n.changes).length === 0))
      out.push(malformed(["changes"], `required for the reason ${n.reason}`))
  }
  return out
}

/**
 * Decodes a notice from JSON. Never throws; on failure returns every problem
 * (`records.inbound.malformed`, each with its path).
 *
 * **Example** (Every problem at once)
 *
 * ```ts
 * import { Inbound } from "@juki/records"
 * import { Result } from "effect"
 *
 * const r = Inbound.decode({
 *   source: "immigration", receivedOn: "2024-02-30", occurredOn: "2024-05-20", reason: "period-renewal",
 *   subject: { name: { alphabet: "SMITH JOHN" }, birthDate: "1990-05-05", sex: "male", nationality: "英国" }
 * })
 * Result.isFailure(r) ? r.failure.map((e) => `${e.code} ${e.field}`) : []
 * // => ["records.inbound.malformed receivedOn", "records.inbound.malformed status"]
 * ```
 *
 * @category parsing
 * @since 0.3.0
 */
export const decode = (u: unknown): Result.Result<Notice, ReadonlyArray<JukiError>> => {
  try {
    // `source` names the member: decoding by that member alone reports only its problems.
    const source = typeof u === "object" && u !== null ? (u as { source?: unknown }).source : undefined
    const one: Result.Result<Notice, S.SchemaError> | undefined =
      source === "immigration" ? decodeImmigration(u) : source === "koseki" ? decodeKoseki(u) : undefined
    if (one === undefined) return Result.fail([malformed(["source"], 'expected "immigration" or "koseki"')])
    if (Result.isSuccess(one)) {
      const errs = semanticErrors(one.success)
      return errs.length === 0 ? Result.succeed(one.success) : Result.fail(errs)
    }
    // Also the checks beyond the shape, on what can be read, so that every problem is reported at once.
    const shape = shapeErrors(one.failure.issue)
    const more: Array<JukiError> = []
    try {
      semanticErrors(u as Notice, more)
    } catch {
      // An item that cannot be read ends these checks; the problems found before it are kept.
    }
    // A problem at or beneath an item the shape already reports is not reported again.
    const reported = (e: JukiError) => shape.some((s) => s.path.every((k, i) => e.path[i] === k))
    return Result.fail([...shape, ...more.filter((e) => !reported(e))])
  } catch {
    return Result.fail([malformed([], "unreadable input")])
  }
}
