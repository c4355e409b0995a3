/**
 * Writes the example table as conformance vector files:
 * conformance/vectors/records/<group>.json (required cases) and
 * conformance/optional/records/<group>.json (UNVERIFIED or configurable),
 * where <group> is the middle part of the rule id (`records.<group>.<rule>`).
 */
import type { RuleGroup } from "../rules/types.js"
import { examples, type Example } from "./examples.js"

const GROUP_DESCRIPTIONS: Readonly<Record<RuleGroup, string>> = {
  cs: "市町村CS logic and format checks: 転入 for a current resident, 転居 changing more than the address (評価書 III), identifier formats, chronological order",
  create: "記載 for a person who already has a current 住民票",
  "move-in": "転入: 再転入 detection by identifiers and 3情報, 転入前住所 (標準仕様書 4.1.1)",
  "special-move-in": "特例転入 (住基法24条の2): 転出証明書情報 and time limits",
  state: "Which record states an event may change (現存, 転出予定, 除票)",
  "transfer-in-notice": "転入通知 (住基法9条1項): target and 確定 items",
  "move-out": "転出: late filing, 消除日 = min(予定日, 転入日), destination",
  date: "Dates: not in the future, calendar-valid except registry dates (標準仕様書 1.1.8), not before birth",
  deadline: "14-day 届出期間 with 休日 roll-over (住基法22, 23, 25, 30条の46/47, 52条2項)",
  modify: "Items each 修正 事由 may change",
  household: "世帯: at most one 世帯主, the 世帯主 leaving, one address, no address change with 世帯変更",
  relationship: "続柄 vocabulary (標準仕様書 1.1.11)",
  record: "Required items of a 住民票 (標準仕様書 1.1.6)",
  foreign: "外国人住民: 30条の45 区分 items, 30条の46/47 filers",
  nationality: "国籍取得・帰化・国籍喪失: carry-over (住基令8条の2)",
  history: "Append-only history (標準仕様書 1.2.1)",
  provisional: "仮登録 and 決裁 (標準仕様書 4.0.8)",
  registry: "The registry's plain-JSON form and one present record per person",
  event: "The event form",
  jiyu: "異動事由 of 標準仕様書 1.2.2: names, 転居取消, scope",
  inbound:
    "Inbound notices: 出入国在留管理庁通知 (住基法30条の50) and 住民票記載事項通知 (住基法9条2項), matched to a resident and turned into 職権 events",
  filer: "届出人 (住基法26条, 27条3項): 本人, 世帯主 or 世帯員, 代理人 with 委任状, 法定代理人"
}

const RUNNER =
  'Run: build the registry with Registry.fromJSON(given, options) (its violations reject the case), decode when.event with Event.decode, apply it with when.options (JSON form: holidays = extra 休日 dates added to the default calendar of weekends, 国民の祝日 and 12-29..01-03, "none", or { yearEnd, extra }); compare acceptance and the set of (rule, severity).'

const FUNCTION_TEXT: Readonly<Record<string, string>> = {
  "Jiyu.validateMapping":
    "Jiyu.validateMapping checks a 異動事由 code mapping (codes map once onto known categories, never onto 転居取消)",
  "Inbound.process":
    "Inbound.process takes (registry JSON, notice, options?) and is accepted when the notice decodes, matches exactly one resident and every proposed 職権 event is accepted by apply"
}

const functionRunner = (list: ReadonlyArray<Example>): string => {
  const used = [...new Set(list.flatMap((e) => (e.kind === "function" ? [e.function] : [])))]
  return used.length === 0
    ? ""
    : ` A case with when = { function, args } instead calls that function of @juki/records (given is null): ${used.map((f) => FUNCTION_TEXT[f]).join("; ")}.`
}

/**
 * One example as a vector case. Every case names its rule in `rules` (the
 * runner counts an accepting case for `case.rules`, a rejecting one for the
 * rule ids of `expect.errors`); `comment` repeats it for readers.
 */
const caseOf = (e: Example) => {
  const expect = e.expect.accepted ? { accepted: true } : { accepted: false, errors: e.expect.errors ?? [] }
  const common = {
    description: e.description,
    basis: [...e.basis],
    ...(e.optional ? { optional: true } : {})
  }
  if (e.kind === "records")
    return {
      ...common,
      given: e.given,
      when: { event: e.event, ...(e.options === undefined ? {} : { options: e.options }) },
      expect,
      rules: [e.rule],
      comment: `rule ${e.rule}`
    }
  return {
    ...common,
    given: null,
    when: { function: e.function, args: e.args },
    expect,
    rules: [e.rule],
    comment: `rule ${e.rule}`
  }
}

/** Relative path (from the repository root) → file content. */
export const vectorFiles = (): Map<string, unknown> => {
  const files = new Map<string, unknown>()
  const keyOf = (e: Example) => `conformance/${e.optional ? "optional" : "vectors"}/records/${e.group}.json`
  const byFile = new Map<string, Array<Example>>()
  for (const e of examples) {
    const k = keyOf(e)
    const list = byFile.get(k) ?? []
    list.push(e)
    byFile.set(k, list)
  }
  for (const [path, list] of byFile) {
    const first = list[0] as Example
    const optional = first.optional === true
    files.set(path, {
      $schema: "../../schema/vector-file.schema.json",
      subject: `records/${first.group}`,
      kind: "records",
      description: `${GROUP_DESCRIPTIONS[first.group]}. ${optional ? "Optional: UNVERIFIED or configurable behaviour; pass it only with the options given. " : ""}${RUNNER}${functionRunner(list)}`,
      ...(optional ? { optional: true } : {}),
      cases: list.map(caseOf)
    })
  }
  return files
}

/** JSON with 2-space indentation, short arrays and objects kept on one line. */
export const formatJson = (value: unknown): string => {
  const write = (v: unknown, indent: string): string => {
    const flat = JSON.stringify(v)
    if (flat === undefined) return "null"
    if (typeof v !== "object" || v === null || flat.length + indent.length <= 110) return flat
    const next = `${indent}  `
    if (Array.isArray(v)) return `[\n${v.map((x) => next + write(x, next)).join(",\n")}\n${indent}]`
    const entries = Object.entries(v).filter(([, x]) => x !== undefined)
    return `{\n${entries.map(([k, x]) => `${next}${JSON.stringify(k)}: ${write(x, next)}`).join(",\n")}\n${indent}}`
  }
  return `${write(value, "")}\n`
}
