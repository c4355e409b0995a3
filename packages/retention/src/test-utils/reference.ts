// Test-only references, independent of @juki/core and of the implementation.
// ---------------------------------------------------------------------------
// Independent reference: walks the calendar one day at a time with its own
// leap-year rule (no @juki/core), counting anniversaries of the 起算日.
type Ymd = [number, number, number]
export const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
export const dim = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number
const next = ([y, m, d]: Ymd): Ymd => (d < dim(y, m) ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1])
const parse = (s: string): Ymd => [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))]
const show = ([y, m, d]: Ymd) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`

/**
 * 民法140条/143条 by walking: the period starts the day after the event (or,
 * with `firstDay: "included"`, 初日算入, on the event day itself); the
 * k-th anniversary is the day of month S.d, k periods later (or, when that month
 * has no such day, the first day of the following month); the last day is the
 * day before the n-th anniversary.
 */
export const refLastDay = (
  event: string,
  unit: "years" | "months" | "days",
  n: number,
  firstDay: "excluded" | "included" = "excluded"
): string => {
  let t = firstDay === "included" ? parse(event) : next(parse(event))
  const s = t
  if (unit === "days") {
    // S is day 1 of the period; the last day is day n.
    for (let i = 1; i < n; i++) t = next(t)
    return n === 0 ? event : show(t)
  }
  const step = unit === "years" ? 12 : 1
  const isAnniversary = ([y, m, d]: Ymd, k: number): boolean => {
    const idx = s[0] * 12 + (s[1] - 1) + k * step
    const ay = Math.floor(idx / 12)
    const am = (idx % 12) + 1
    if (s[2] <= dim(ay, am)) return y === ay && m === am && d === s[2]
    const [ny, nm] = am === 12 ? [ay + 1, 1] : [ay, am + 1]
    return y === ny && m === nm && d === 1
  }
  let prev = t
  let count = 0
  for (;;) {
    prev = t
    t = next(t)
    if (isAnniversary(t, count + 1)) {
      count++
      if (count === n) return show(prev)
    }
  }
}
