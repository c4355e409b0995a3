/**
 * 続柄 (zokugara, relationship to the 世帯主): the vocabulary of 住民記録システム
 * 標準仕様書 1.1.11 (data/std_zokugara_v1.json).
 *
 * **When to use**
 *
 * Use {@link classify} to check a 続柄 before recording it; the rules
 * `records.relationship.vocabulary`, `records.relationship.forbidden-term`
 * and `records.relationship.chain-length` are built on it.
 *
 * **Details**
 *
 * - ① 世帯主; ② 夫, 妻, 夫（未届）, 妻（未届）, 子, 子（子の夫）, 子（子の妻）,
 *   父, 母, 兄, 姉, 弟, 妹; ③ chains of ② joined by "の" with at most **4**
 *   links (子の子の子の子); ④ 縁故者; ⑤ 同居人.
 * - Five or more links must be written 縁故者.
 * - 祖父, 祖母, おじ, おば, 甥, 姪, 孫, 家事使用人 and 準世帯主 must not be used
 *   (also their kanji spellings 伯父, 叔父, 伯母, 叔母). Since 1995 長男, 長女 and
 *   養子 are all written 子.
 * - Parentheses may be full- or half-width; spaces are ignored.
 *
 * **Gotchas**
 *
 * Choosing the highest-ranked expression when several are possible (父の兄の子
 * who is also 妻 → 妻) needs facts juki does not have; it is not checked.
 *
 * **Example**
 *
 * ```ts
 * import { Relationship } from "@juki/records"
 *
 * Relationship.classify("子の子の子の子") // => { ok: true, kind: "chain", links: 4 }
 * Relationship.classify("子の子の子の子の子") // => { ok: false, problem: "chain-length", links: 5 }
 * Relationship.classify("孫") // => { ok: false, problem: "forbidden" }
 * ```
 *
 * @since 0.1.0
 * @module
 */

/**
 * 世帯主.
 *
 * @category models
 * @since 0.1.0
 */
export const HEAD = "世帯主"

/**
 * The base terms (②) that may be chained.
 *
 * @category models
 * @since 0.1.0
 */
export const BASE_TERMS = [
  "夫",
  "妻",
  "夫（未届）",
  "妻（未届）",
  "子",
  "子（子の夫）",
  "子（子の妻）",
  "父",
  "母",
  "兄",
  "姉",
  "弟",
  "妹"
] as const

/**
 * 縁故者 and 同居人 (④, ⑤).
 *
 * @category models
 * @since 0.1.0
 */
export const OTHER_TERMS = ["縁故者", "同居人"] as const

/**
 * Terms that must not be offered (1.1.11), with kanji spellings of おじ/おば.
 *
 * @category models
 * @since 0.1.0
 */
export const FORBIDDEN_TERMS = [
  "祖父",
  "祖母",
  "おじ",
  "おば",
  "伯父",
  "叔父",
  "伯母",
  "叔母",
  "甥",
  "姪",
  "孫",
  "家事使用人",
  "準世帯主"
] as const

/**
 * Most links in a chain (1.1.11).
 *
 * @category models
 * @since 0.1.0
 */
export const MAX_LINKS = 4

const BASE: ReadonlySet<string> = new Set(BASE_TERMS)
const OTHER: ReadonlySet<string> = new Set(OTHER_TERMS)

/**
 * The result of {@link classify}.
 *
 * @category models
 * @since 0.1.0
 */
export type Classification =
  | { readonly ok: true; readonly kind: "head" | "base" | "chain" | "other"; readonly links: number }
  | { readonly ok: false; readonly problem: "forbidden" }
  | { readonly ok: false; readonly problem: "chain-length"; readonly links: number }
  | { readonly ok: false; readonly problem: "unknown" }

/**
 * Normal form: NFKC, spaces removed, parentheses full-width.
 *
 * @category conversions
 * @since 0.1.0
 */
export const normalise = (s: string): string =>
  s.normalize("NFKC").replace(/\s/g, "").replace(/\(/g, "（").replace(/\)/g, "）")

/** Splits on の outside parentheses. */
const links = (s: string): Array<string> => {
  const out: Array<string> = []
  let depth = 0
  let cur = ""
  for (const ch of s) {
    // Stryker disable next-line UpdateOperator: any non-zero depth means "inside"; counting down only differs for nested or stray parentheses, whose parts are never allowed terms
    if (ch === "（") depth++
    // Stryker disable next-line MethodExpression: a stray "）" leaves a part that is never an allowed term, however the depth is kept
    if (ch === "）") depth = Math.max(0, depth - 1)
    if (ch === "の" && depth === 0) {
      out.push(cur)
      cur = ""
    } else cur += ch
  }
  out.push(cur)
  return out
}

const cache = new Map<string, Classification>()

const classifyUncached = (input: string): Classification => {
  const s = normalise(input)
  if (s === HEAD) return { ok: true, kind: "head", links: 0 }
  if (OTHER.has(s)) return { ok: true, kind: "other", links: 0 }
  if (FORBIDDEN_TERMS.some((t) => s.includes(t))) return { ok: false, problem: "forbidden" }
  const parts = links(s)
  if (!parts.every((p) => BASE.has(p))) return { ok: false, problem: "unknown" }
  if (parts.length > MAX_LINKS) return { ok: false, problem: "chain-length", links: parts.length }
  return parts.length === 1 ? { ok: true, kind: "base", links: 1 } : { ok: true, kind: "chain", links: parts.length }
}

/**
 * Classifies a 続柄. Never throws (non-strings are `unknown`).
 *
 * @category predicates
 * @since 0.1.0
 */
export const classify = (input: unknown): Classification => {
  if (typeof input !== "string" || input.length > 200) return { ok: false, problem: "unknown" }
  const hit = cache.get(input)
  // (Mutating this test to `false` only classifies again: an equivalent mutant, left visible.)
  if (hit !== undefined) return hit
  const c = classifyUncached(input)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the cache's memory; cached or not, classify gives the same answer
  if (cache.size < 10_000) cache.set(input, c)
  return c
}

/**
 * Whether `input` is an allowed 続柄. Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isValid = (input: unknown): boolean => classify(input).ok

/**
 * Whether `input` is 世帯主 (as {@link classify} reads it: white space and
 * half-width forms allowed). Never throws.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isHead = (input: unknown): boolean => {
  const c = classify(input)
  return c.ok && c.kind === "head"
}
