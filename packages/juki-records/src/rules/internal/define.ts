/**
 * What every rule file uses to declare a rule and report a violation, and
 * the Japanese labels shared by several messages.
 *
 * @since 0.1.0
 * @internal
 */
import { defineRule, makeError, type JukiError } from "@juki/core"
import { info } from "../../jiyu/index.js"
import type { RecordRule } from "../types.js"

/** Declares a rule (checks its shape once, at module load). */
export const rule = (r: RecordRule): RecordRule => defineRule(r)

/** A path inside the event or record. */
export type Path = ReadonlyArray<string | number>

/** A violation of `r` at `path`. */
export const at = (r: RecordRule, path: Path, params?: Record<string, string | number | boolean>): JukiError =>
  // Stryker disable next-line ConditionalExpression: makeError reads { params: undefined } as no params
  makeError(r, { path, ...(params === undefined ? {} : { params }) })

/** Japanese names of the identifiers a person is matched by. */
export const MATCH_JA: Record<string, string> = {
  atenaNumber: "宛名番号",
  residentCode: "住民票コード",
  myNumber: "個人番号",
  cardNumber: "在留カード等番号"
}

/** Message parameters naming the identifier that matched. */
export const matched = (m: string) => ({ matchedBy: m, matchedByJa: MATCH_JA[m] ?? m })
/** Message parameters naming a record state. */
export const stateP = (st: string) => ({ state: st, stateJa: STATE_JA[st] ?? st })
/** Message parameters naming a 異動事由. */
export const jiyuP = (j: Parameters<typeof info>[0]) => ({ jiyu: j, jiyuJa: info(j).ja })

/** Japanese names of the record states. */
export const STATE_JA: Record<string, string> = {
  none: "記録なし",
  provisional: "仮登録",
  current: "現存",
  leaving: "転出予定",
  removed: "除票"
}
