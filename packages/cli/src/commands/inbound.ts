/**
 * `juki inbound --registry <registry.json> <notices>`: matches inbound notices
 * (出入国在留管理庁通知 under 住基法30条の50, 住民票記載事項通知 under 住基法9条2項)
 * against a registry with `Inbound.process` of `@juki/records` and prints,
 * per notice, the match (exact / ambiguous / none, with the reason) and the
 * proposed 職権 events as JSON. Nothing is applied.
 *
 * Input: a JSON array of notices (or one notice) in a `.json` file, or JSON
 * Lines (one notice a line) otherwise. The registry is the plain-JSON form
 * (`Registry.fromJSON`). Each notice is matched against the registry as given
 * (proposals are not applied one after another).
 *
 * @since 0.3.0
 * @module
 */
import type { JukiError } from "@juki/core"
import { Inbound, Registry } from "@juki/records"
import { Result } from "effect"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { jsonErrorOffset, LIMITS, parseJson, readTextFile } from "../cli/input.js"
import { maskDigits } from "../cli/text.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"

/**
 * Options of `juki inbound`.
 *
 * @category models
 * @since 0.3.0
 */
export interface InboundOptions {
  /** The notices: `.json` (an array or one notice) or JSON Lines. */
  readonly file: string
  /** The registry in its plain-JSON form. */
  readonly registry: string
  /** 処理日 of the proposed events (default: each notice's receivedOn). */
  readonly processedOn?: string
  /** The 基本情報 compared for 30条の50 notices (default name, birthDate, sex, nationality). */
  readonly immigrationKeys?: ReadonlyArray<Inbound.BasicInfoKey>
  /** Print identifiers in full (default: runs of 8 or more digits are masked, `********1234`). */
  readonly showIds?: boolean
}

const KEYS: ReadonlyArray<Inbound.BasicInfoKey> = ["name", "birthDate", "sex", "nationality"]

const violationJson = (v: JukiError, io: Io) => ({
  rule: v.code,
  severity: v.severity,
  field: v.field,
  message: v.messageIn(io.lang)
})

const readNotices = (
  options: InboundOptions,
  io: Io
): ReadonlyArray<{ readonly where: string; readonly notice: unknown }> => {
  const { text } = readTextFile(options.file, io.cwd, io.lang, LIMITS.items)
  if (/\.json$/i.test(options.file)) {
    const data = parseJson(text, options.file, io.lang)
    return Array.isArray(data) ? data.map((notice, i) => ({ where: `/${i}`, notice })) : [{ where: "/", notice: data }]
  }
  const out: Array<{ where: string; notice: unknown }> = []
  const lines = text.split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === "") return
    try {
      out.push({ where: String(i + 1), notice: JSON.parse(line) as unknown })
    } catch {
      throw new UsageError(t(io.lang, "jsonSyntax", options.file, i + 1, jsonErrorOffset(line) + 1))
    }
  })
  return out
}

/**
 * Runs `juki inbound`: one JSON document with a result per notice and a
 * summary. Exit 0 when every notice matched exactly and its proposals are
 * accepted by `apply`, 1 otherwise, 2 on usage or input errors.
 *
 * @category commands
 * @since 0.3.0
 */
export const inbound = async (options: InboundOptions, io: Io): Promise<ExitCode> => {
  const { text } = readTextFile(options.registry, io.cwd, io.lang, LIMITS.items)
  const reg = Registry.fromJSON(parseJson(text, options.registry, io.lang))
  if (Result.isFailure(reg)) {
    const first = reg.failure[0]
    const more =
      reg.failure.length > 1
        ? io.lang === "ja"
          ? `（ほか ${reg.failure.length - 1} 件）`
          : ` (and ${reg.failure.length - 1} more)`
        : ""
    throw new UsageError(
      io.lang === "ja"
        ? `${options.registry}: 台帳として読めません: ${first?.code ?? ""} ${first?.messageIn("ja") ?? ""}${more}`
        : `${options.registry}: not a valid registry: ${first?.code ?? ""} ${first?.messageIn("en") ?? ""}${more}`
    )
  }
  const notices = readNotices(options, io)
  const summary = {
    notices: notices.length,
    exact: 0,
    ambiguous: 0,
    none: 0,
    malformed: 0,
    accepted: 0,
    proposals: 0,
    upToDate: 0
  }
  const results = notices.map(({ where, notice }, index) => {
    const o = Inbound.process(reg.success, notice, {
      ...(options.processedOn === undefined ? {} : { processedOn: options.processedOn }),
      ...(options.immigrationKeys === undefined ? {} : { immigrationKeys: options.immigrationKeys })
    })
    if (o.match === undefined) summary.malformed++
    else summary[o.match.outcome]++
    if (o.accepted) summary.accepted++
    if (o.upToDate) summary.upToDate++
    summary.proposals += o.proposals.length
    return {
      index,
      where,
      ...(o.notice?.noticeId === undefined ? {} : { noticeId: o.notice.noticeId }),
      ...(o.notice === undefined ? {} : { source: o.notice.source, reason: o.notice.reason }),
      accepted: o.accepted,
      outcome: o.match?.outcome ?? "malformed",
      ...(o.match?.atenaNumber === undefined ? {} : { atenaNumber: o.match.atenaNumber }),
      matchedBy: o.match?.matchedBy ?? [],
      candidates: o.match?.candidates ?? [],
      upToDate: o.upToDate,
      proposals: o.proposals.map((p) => ({
        accepted: p.accepted,
        event: p.event,
        violations: p.violations.map((v) => violationJson(v, io))
      })),
      violations: o.violations.map((v) => violationJson(v, io))
    }
  })
  const json = JSON.stringify({ summary, results }, null, 2)
  io.out(`${options.showIds ? json : maskDigits(json)}\n`)
  io.err(
    io.lang === "ja"
      ? `通知 ${summary.notices} 件: 一致 ${summary.exact}、複数該当 ${summary.ambiguous}、該当なし ${summary.none}、形式不正 ${summary.malformed}（提案 ${summary.proposals} 件）\n`
      : `${summary.notices} notices: ${summary.exact} exact, ${summary.ambiguous} ambiguous, ${summary.none} none, ${summary.malformed} malformed (${summary.proposals} proposals)\n`
  )
  return summary.accepted === summary.notices ? 0 : 1
}

/**
 * The `inbound` command.
 *
 * @category commands
 * @since 0.3.0
 */
export const inboundCommand: CommandSpec = {
  name: "inbound",
  summary: {
    ja: "入管通知（住基法30条の50）・9条2項通知を台帳と照合し、職権異動の提案を出力する",
    en: "match 入管 (住基法30条の50) and 9条2項 notices against a registry and print the proposed 職権 events"
  },
  usage: {
    ja: "--registry <台帳.json> <通知ファイル> [オプション]",
    en: "--registry <registry.json> <notices> [options]"
  },
  options: [
    {
      name: "registry",
      type: "string",
      value: { ja: "<台帳.json>", en: "<registry.json>" },
      description: {
        ja: "台帳（Registry.fromJSON の JSON 形式、必須）",
        en: "the registry in its plain-JSON form (required)"
      },
      example: "--registry registry.json"
    },
    {
      name: "processed-on",
      type: "string",
      value: { ja: "<YYYY-MM-DD>", en: "<YYYY-MM-DD>" },
      description: {
        ja: "提案する異動の処理日（既定: 通知の受信日）",
        en: "処理日 of the proposed events (default: the day each notice was received)"
      },
      example: "--processed-on 2024-05-21"
    },
    {
      name: "immigration-keys",
      type: "string",
      value: { ja: "<項目,...>", en: "<items,...>" },
      description: {
        ja: "30条の50通知で照合する基本情報（name,birthDate,sex,nationality から。既定: 全部。未検証のため設定可能）",
        en: "the 基本情報 compared for 30条の50 notices (from name,birthDate,sex,nationality; default all; UNVERIFIED, hence configurable)"
      },
      example: "--immigration-keys name,birthDate,sex"
    },
    {
      name: "show-ids",
      type: "boolean",
      description: {
        ja: "宛名番号などを伏せずに出力する（既定: 8 桁以上の数字は末尾 4 桁以外を * で伏せる）",
        en: "print identifiers in full (default: runs of 8+ digits are masked but the last 4)"
      },
      example: "--show-ids"
    }
  ],
  examples: [
    {
      command: "juki inbound --registry registry.json notices.jsonl",
      ja: "JSON Lines の通知を照合し、結果と提案を JSON で出す",
      en: "match JSON Lines notices and print the results and proposals as JSON"
    },
    {
      command: "juki inbound --registry registry.json notices.json --show-ids > proposals.json",
      ja: "提案をそのまま apply に渡せるよう、番号を伏せずにファイルへ書く",
      en: "write the proposals with identifiers in full, ready to be applied"
    }
  ],
  notes: {
    ja: "何も台帳に反映しません。提案は apply で試した結果（accepted と違反）付きです。各通知は与えた台帳に対して照合し、提案を順に適用はしません。終了コード: すべて一致して提案が受理されれば 0、それ以外は 1。",
    en: "Nothing is applied. Each proposal carries the result of a dry run with apply (accepted and violations). Every notice is matched against the registry as given; proposals are not applied in turn. Exit code 0 when every notice matched exactly and its proposals are accepted, 1 otherwise."
  },
  run: async (args, io) => {
    const [file, ...extra] = args.positionals
    if (!file)
      throw new UsageError(t(io.lang, "missingArgument", io.lang === "ja" ? "<通知ファイル>" : "<notices>"), true)
    if (extra.length) throw new UsageError(t(io.lang, "tooManyArguments", extra.join(" ")), true)
    const registry = stringOption(args, "registry")
    if (!registry) throw new UsageError(t(io.lang, "missingArgument", "--registry <registry.json>"), true)
    const processedOn = stringOption(args, "processed-on")
    const keysText = stringOption(args, "immigration-keys")
    let immigrationKeys: ReadonlyArray<Inbound.BasicInfoKey> | undefined
    if (keysText !== undefined) {
      const keys = keysText.split(",").map((k) => k.trim())
      const bad = keys.filter((k) => !(KEYS as ReadonlyArray<string>).includes(k))
      if (bad.length > 0 || keys.length === 0)
        throw new UsageError(
          t(io.lang, "badChoice", "--immigration-keys", bad.join(",") || keysText, KEYS.join(", ")),
          true
        )
      immigrationKeys = keys as ReadonlyArray<Inbound.BasicInfoKey>
    }
    return inbound(
      {
        file,
        registry,
        ...(processedOn ? { processedOn } : {}),
        ...(immigrationKeys ? { immigrationKeys } : {}),
        ...(args.values["show-ids"] ? { showIds: true } : {})
      },
      io
    )
  }
}
