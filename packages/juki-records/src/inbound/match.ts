/**
 * Finding the resident an inbound notice refers to (see the module `Inbound`).
 *
 * @since 0.3.0
 * @internal
 */
import { makeError, ResidenceCardNumber, type JukiError } from "@juki/core"
import type { ForeignRecord, JapaneseRecord, RecordState, ResidentRecord } from "../models/index.js"
import { records, type Registry } from "../registry/index.js"
import {
  InboundAmbiguous,
  InboundCardNumberConflict,
  InboundItemMismatch,
  InboundNoMatch,
  InboundNotResident
} from "../rules/inbound.js"
import type { ImmigrationNotice, KosekiNotice, Notice } from "./notice.js"

/**
 * An item a notice is matched by.
 *
 * @category models
 * @since 0.3.0
 */
export type MatchKey = "cardNumber" | "name" | "birthDate" | "sex" | "nationality" | "honseki"

/**
 * The 基本情報 a 30条の50 notice may be compared by.
 *
 * @category models
 * @since 0.3.0
 */
export type BasicInfoKey = "name" | "birthDate" | "sex" | "nationality"

/**
 * Options of the matcher.
 *
 * @category models
 * @since 0.3.0
 */
export interface MatchOptions {
  /**
   * The 基本情報 compared for a 30条の50 notice (default all four: 氏名,
   * 生年月日, 性別, 国籍・地域). The seed says 「基本情報及び在留カード等番号」
   * without listing the items: UNVERIFIED.
   */
  readonly immigrationKeys?: ReadonlyArray<BasicInfoKey>
}

/**
 * A resident the matcher looked at: which items matched and which differ.
 *
 * @category models
 * @since 0.3.0
 */
export interface Candidate {
  readonly atenaNumber: string
  readonly state: RecordState
  readonly matchedBy: ReadonlyArray<MatchKey>
  readonly differs: ReadonlyArray<MatchKey>
}

/**
 * The matcher's answer: `exact` (one present resident, `atenaNumber`),
 * `ambiguous` (several) or `none`, with the candidates and, unless exact,
 * the violations that say why.
 *
 * @category models
 * @since 0.3.0
 */
export interface Match {
  readonly outcome: "exact" | "ambiguous" | "none"
  readonly atenaNumber?: string
  readonly matchedBy: ReadonlyArray<MatchKey>
  readonly candidates: ReadonlyArray<Candidate>
  readonly violations: ReadonlyArray<JukiError>
}

const KEY_JA: Readonly<Record<MatchKey | "basicInfo", string>> = {
  basicInfo: "基本情報",
  cardNumber: "在留カード等番号",
  name: "氏名",
  birthDate: "生年月日",
  sex: "性別",
  nationality: "国籍・地域",
  honseki: "本籍・筆頭者"
}

const DEFAULT_KEYS: ReadonlyArray<BasicInfoKey> = ["name", "birthDate", "sex", "nationality"]

const SPACES = /[\s\u3000]+/g

/** Text compared without white space (full-width included). */
export const normText = (s: string | undefined): string => (s ?? "").replace(SPACES, "")

/** An alphabet name compared without white space or commas, case- and width-insensitively. */
export const normAlpha = (s: string | undefined): string =>
  (s ?? "")
    .normalize("NFKC")
    .replace(/[\s,]+/g, "")
    .toUpperCase()

const cardOf = (r: ForeignRecord): string | undefined =>
  r.status.kubun === "mid-to-long-term"
    ? r.status.cardNumber
    : r.status.kubun === "special-permanent"
      ? r.status.certificateNumber
      : undefined

const present = (r: ResidentRecord): boolean => r.state !== "removed"

const keysText = (keys: ReadonlyArray<MatchKey>) => ({
  keys: keys.join(", "),
  keysJa: keys.map((k) => KEY_JA[k]).join("・")
})

const mismatch = (by: MatchKey | "basicInfo", item: MatchKey): JukiError =>
  makeError(InboundItemMismatch, {
    path: ["subject", item],
    params: { by, byJa: KEY_JA[by], item, itemJa: KEY_JA[item] }
  })

const candidate = (
  r: ResidentRecord,
  matchedBy: ReadonlyArray<MatchKey>,
  differs: ReadonlyArray<MatchKey>
): Candidate => ({
  atenaNumber: r.atenaNumber,
  state: r.state,
  matchedBy,
  differs
})

const nameEqualsForeign = (r: ForeignRecord, n: ImmigrationNotice["subject"]["name"]): boolean => {
  const a = normAlpha(n.alphabet)
  const k = normText(n.kanji)
  let compared = false
  if (a !== "" && normAlpha(r.name.alphabet) !== "") {
    if (normAlpha(r.name.alphabet) !== a) return false
    compared = true
  }
  if (k !== "" && normText(r.name.kanji) !== "") {
    if (normText(r.name.kanji) !== k) return false
    compared = true
  }
  return compared
}

const matchImmigration = (registry: Registry, n: ImmigrationNotice, options: MatchOptions): Match => {
  const keys = options.immigrationKeys ?? DEFAULT_KEYS
  const foreign = records(registry).filter((r): r is ForeignRecord => r.kind === "foreign")
  const differs = (r: ForeignRecord): Array<MatchKey> =>
    keys.filter((k) => {
      switch (k) {
        case "name":
          return !nameEqualsForeign(r, n.subject.name)
        case "birthDate":
          return r.birthDate !== n.subject.birthDate
        case "sex":
          return r.sex !== n.subject.sex
        case "nationality":
          return normText(r.nationality) !== normText(n.subject.nationality)
      }
    })
  const card =
    n.subject.cardNumber === undefined || n.subject.cardNumber.trim() === ""
      ? undefined
      : ResidenceCardNumber.compact(n.subject.cardNumber)
  const byCard = card === undefined ? undefined : foreign.find((r) => cardOf(r) === card)
  const byInfo = foreign.filter((r) => differs(r).length === 0)
  if (byCard !== undefined) {
    const d = differs(byCard)
    if (d.length === 0) {
      const matchedBy: ReadonlyArray<MatchKey> = ["cardNumber", ...keys]
      if (!present(byCard))
        return {
          outcome: "none",
          matchedBy,
          candidates: [candidate(byCard, matchedBy, [])],
          violations: [makeError(InboundNotResident, { path: ["subject"] })]
        }
      return {
        outcome: "exact",
        atenaNumber: byCard.atenaNumber,
        matchedBy,
        candidates: [candidate(byCard, matchedBy, [])],
        violations: []
      }
    }
    // The card holder differs in `d`, so is not in byInfo (one record per 宛名番号): nobody to leave out.
    const others = byInfo
    const cardCandidate = candidate(byCard, ["cardNumber", ...keys.filter((k) => !d.includes(k))], d)
    if (others.length > 0)
      return {
        outcome: "ambiguous",
        matchedBy: ["cardNumber"],
        candidates: [cardCandidate, ...others.map((r) => candidate(r, keys, ["cardNumber"]))],
        violations: [
          makeError(InboundCardNumberConflict, {
            path: ["subject", "cardNumber"],
            // byCard was found by the card, so the card is there: shown masked, never whole.
            params: { card: ResidenceCardNumber.mask(card as string) }
          })
        ]
      }
    return {
      outcome: "none",
      matchedBy: ["cardNumber"],
      candidates: [cardCandidate],
      violations: d.map((k) => mismatch("cardNumber", k))
    }
  }
  const live = byInfo.filter(present)
  if (live.length === 1) {
    const r = live[0] as ForeignRecord
    if (card !== undefined)
      // The notice names a card the registry does not hold, while the 基本情報 point at this resident.
      return {
        outcome: "none",
        matchedBy: keys,
        candidates: [candidate(r, keys, ["cardNumber"])],
        violations: [mismatch("basicInfo", "cardNumber")]
      }
    return {
      outcome: "exact",
      atenaNumber: r.atenaNumber,
      matchedBy: keys,
      candidates: [candidate(r, keys, [])],
      violations: []
    }
  }
  if (live.length > 1)
    return {
      outcome: "ambiguous",
      matchedBy: keys,
      candidates: live.map((r) => candidate(r, keys, card === undefined ? [] : ["cardNumber"])),
      violations: [
        makeError(InboundAmbiguous, { path: ["subject"], params: { count: live.length, ...keysText(keys) } })
      ]
    }
  // No one in byInfo is present any more: each is a 除票.
  if (byInfo.length > 0)
    return {
      outcome: "none",
      matchedBy: keys,
      candidates: byInfo.map((r) => candidate(r, keys, [])),
      violations: [makeError(InboundNotResident, { path: ["subject"] })]
    }
  const all: ReadonlyArray<MatchKey> = card === undefined ? keys : ["cardNumber", ...keys]
  return {
    outcome: "none",
    matchedBy: all,
    candidates: [],
    violations: [makeError(InboundNoMatch, { path: ["subject"], params: keysText(all) })]
  }
}

const matchKoseki = (registry: Registry, n: KosekiNotice): Match => {
  const japanese = records(registry).filter((r): r is JapaneseRecord => r.kind === "japanese")
  const s = n.subject
  const honEq = (r: JapaneseRecord): boolean =>
    r.honseki.kind === "registered" &&
    normText(r.honseki.place) === normText(s.honseki.place) &&
    normText(r.honseki.head) === normText(s.honseki.head)
  const nameEq = (r: JapaneseRecord): boolean =>
    normText(r.name.kanji) !== "" && normText(r.name.kanji) === normText(s.name.kanji)
  const keys: ReadonlyArray<MatchKey> = ["honseki", "name", "birthDate"]
  const born = japanese.filter((r) => r.birthDate === s.birthDate)
  const full = born.filter((r) => honEq(r) && nameEq(r))
  const live = full.filter(present)
  if (live.length === 1) {
    const r = live[0] as JapaneseRecord
    return {
      outcome: "exact",
      atenaNumber: r.atenaNumber,
      matchedBy: keys,
      candidates: [candidate(r, keys, [])],
      violations: []
    }
  }
  if (live.length > 1)
    return {
      outcome: "ambiguous",
      matchedBy: keys,
      candidates: live.map((r) => candidate(r, keys, [])),
      violations: [
        makeError(InboundAmbiguous, { path: ["subject"], params: { count: live.length, ...keysText(keys) } })
      ]
    }
  if (full.length > 0)
    return {
      outcome: "none",
      matchedBy: keys,
      candidates: full.map((r) => candidate(r, keys, [])),
      violations: [makeError(InboundNotResident, { path: ["subject"] })]
    }
  // Near misses: same 生年月日 and either the 本籍・筆頭者 or the 氏名. Reported, never taken.
  const near = born.filter((r) => present(r) && honEq(r) !== nameEq(r))
  if (near.length > 0)
    return {
      outcome: "none",
      matchedBy: keys,
      candidates: near.map((r) =>
        honEq(r) ? candidate(r, ["honseki", "birthDate"], ["name"]) : candidate(r, ["name", "birthDate"], ["honseki"])
      ),
      violations: near.map((r) => (honEq(r) ? mismatch("honseki", "name") : mismatch("name", "honseki")))
    }
  return {
    outcome: "none",
    matchedBy: keys,
    candidates: [],
    violations: [makeError(InboundNoMatch, { path: ["subject"], params: keysText(keys) })]
  }
}

/**
 * Finds the resident a decoded notice refers to. 30条の50 notices are matched
 * against foreign residents by 在留カード等番号 and 基本情報, 9条2項 notices
 * against Japanese residents by 本籍・筆頭者, 氏名 and 生年月日. Never throws,
 * never guesses: a card number held by someone else, differing items, several
 * candidates or a 除票 are violations.
 *
 * @category matching
 * @since 0.3.0
 */
export const match = (registry: Registry, notice: Notice, options: MatchOptions = {}): Match =>
  notice.source === "immigration" ? matchImmigration(registry, notice, options) : matchKoseki(registry, notice)
