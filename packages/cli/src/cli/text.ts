/**
 * Text helpers of the command line: display width (East Asian Width, so
 * Japanese help columns line up), padding by width, and "did you mean"
 * suggestions by edit distance.
 *
 * @since 0.2.0
 * @module
 */

/** Wide or fullwidth code point ranges (East Asian Width W and F), enough for Japanese text. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd]
]

/**
 * Columns a code point takes on a terminal: 2 for wide and fullwidth
 * characters (漢字, かな, 全角英数), 0 for combining marks and controls, 1
 * otherwise (半角カナ included).
 *
 * @category formatting
 * @since 0.2.0
 */
export const codePointWidth = (cp: number): 0 | 1 | 2 => {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0x3099 && cp <= 0x309a) || (cp >= 0xfe00 && cp <= 0xfe0f))
    return 0
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2
  return 1
}

/**
 * The display width of a string on a terminal.
 *
 * @example
 * ```ts no-run
 * displayWidth("abc")    // 3
 * displayWidth("住民票") // 6
 * ```
 *
 * @category formatting
 * @since 0.2.0
 */
export const displayWidth = (s: string): number => {
  let w = 0
  for (const ch of s) w += codePointWidth(ch.codePointAt(0) as number)
  return w
}

/**
 * Pads `s` with spaces to `width` display columns.
 *
 * @category formatting
 * @since 0.2.0
 */
export const padEndWidth = (s: string, width: number): string => s + " ".repeat(Math.max(0, width - displayWidth(s)))

/** Levenshtein distance. */
export const editDistance = (a: string, b: string): number => {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number
      prev[j] = Math.min((prev[j] as number) + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length] as number
}

/**
 * The candidates closest to `input` (distance at most a third of its length,
 * at least 1, or a prefix of it), best first.
 *
 * @category formatting
 * @since 0.2.0
 */
export const suggest = (input: string, candidates: ReadonlyArray<string>): ReadonlyArray<string> => {
  const limit = Math.max(1, Math.floor(input.length / 3))
  return candidates
    .map((c) => ({ c, d: c.startsWith(input) && input.length >= 2 ? 0.5 : editDistance(input, c) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.c)
}

/**
 * Masks every run of 8 or more digits (半角 or 全角) but its last four:
 * `123456789018` → `********9018`. Shorter numbers (dates, codes) stay.
 *
 * @category formatting
 * @since 0.2.0
 */
export const maskDigits = (s: string): string =>
  s.replace(/[0-9０-９]{8,}/g, (run) => "*".repeat(run.length - 4) + run.slice(-4))
