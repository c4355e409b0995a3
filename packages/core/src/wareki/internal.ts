/**
 * Lexing helpers shared by the `wareki` and `registry-date` modules (not part
 * of the public API; not exported from the package barrel).
 *
 * @internal
 * @since 0.1.0
 */

/** Era ids in order. */
export const ERA_IDS = ["meiji", "taisho", "showa", "heisei", "reiwa"] as const

/** One of the five 元号 since 明治. */
export type EraIdInternal = (typeof ERA_IDS)[number]

/** Era written as its two-kanji name or single-kanji abbreviation (after NFKC). */
const ERA_BY_KANJI: Readonly<Record<string, EraIdInternal>> = {
  明治: "meiji",
  大正: "taisho",
  昭和: "showa",
  平成: "heisei",
  令和: "reiwa",
  明: "meiji",
  大: "taisho",
  昭: "showa",
  平: "heisei",
  令: "reiwa"
}

/** Era written as its JIS X 0301 letter (case-insensitive). */
const ERA_BY_LETTER: Readonly<Record<string, EraIdInternal>> = {
  M: "meiji",
  T: "taisho",
  S: "showa",
  H: "heisei",
  R: "reiwa"
}

/** The era of a kanji name, abbreviation or JIS letter, or `undefined`. */
export const eraOfToken = (token: string): EraIdInternal | undefined =>
  ERA_BY_KANJI[token] ?? ERA_BY_LETTER[token.toUpperCase()]

/** Pattern source matching an era token in kanji (two-kanji names first). */
export const ERA_KANJI = "明治|大正|昭和|平成|令和|明|大|昭|平|令"
/** Pattern source matching a JIS letter. */
export const ERA_LETTER = "[MTSHRmtshr]"

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** Pattern source of a kanji numeral (1–99 in 十 form, or positional with 〇). */
export const KANJI_NUMERAL = "[〇零一二三四五六七八九十]{1,4}"

/**
 * Reads a number written in ASCII digits or kanji numerals (一 … 九十九, with
 * 十; or positional 二〇 = 20). Returns `undefined` for anything else.
 */
export const readNumber = (s: string): number | undefined => {
  if (/^\d+$/.test(s)) return Number(s)
  if (s.length === 0) return undefined
  const ten = s.indexOf("十")
  if (ten >= 0) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a second 十 or a 4th character leaves a head or tail that is not one digit (十 is no digit), which the next line rejects too; a second 十 is found at ten + 1 or later, so > 0 and >= 0 agree
    if (s.indexOf("十", ten + 1) >= 0 || s.length > 3) return undefined
    const head = s.slice(0, ten)
    const tail = s.slice(ten + 1)
    const h = head === "" ? 1 : head.length === 1 ? KANJI_DIGITS[head] : undefined
    const t = tail === "" ? 0 : tail.length === 1 ? KANJI_DIGITS[tail] : undefined
    if (h === undefined || t === undefined || h === 0 || (tail !== "" && t === 0)) return undefined
    return h * 10 + t
  }
  let n = 0
  for (const ch of s) {
    const d = KANJI_DIGITS[ch]
    if (d === undefined) return undefined
    n = n * 10 + d
  }
  return n
}

/** Reads an era-year: `元` is 1, otherwise {@link readNumber}. */
export const readYear = (s: string): number | undefined => (s === "元" ? 1 : readNumber(s))

/** The kanji numeral of 1–99 in 十 form (一, 十, 十一, 二十, 三十一). */
export const kanjiNumeral = (n: number): string => {
  const names = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  if (!Number.isInteger(n) || n < 0) return String(n)
  if (n < 10) return names[n] ?? String(n)
  if (n < 100) {
    const tens = Math.floor(n / 10)
    const ones = n % 10
    return `${tens === 1 ? "" : (names[tens] ?? "")}十${ones === 0 ? "" : (names[ones] ?? "")}`
  }
  return String(n)
}

/** NFKC (full-width digits, ㋿ ㍻ ㍼ ㍽ ㍾, U+F9A8 令) and every white space removed. */
// Stryker disable next-line Regex: removing white space one character at a time or by runs gives the same text
export const normaliseText = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "")

/** Full-width digits for ASCII digits. */
export const toFullWidthDigits = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
