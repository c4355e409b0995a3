// Test-only helpers shared by the MyNumber and CorporateNumber tests: a seeded PRNG, a measurement of what a
// check digit misses, and user-style decorations of a number (separators, full-width digits).
import fc from "fast-check"

/** mulberry32: a small seeded PRNG, so fixed samples are the same on every run. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** `count` random bases of `length` digits from a fixed seed. */
export const sampleBases = (count: number, length: number, seed: number): ReadonlyArray<string> => {
  const rnd = prng(seed)
  return Array.from({ length: count }, () => {
    let b = ""
    for (let i = 0; i < length; i++) b += String(Math.floor(rnd() * 10))
    return b
  })
}

/** What a check digit lets through over a sample of valid numbers. */
export interface Detection {
  /** Fraction of single-digit substitutions (every position, every other digit) that stay valid. */
  readonly substitutions: number
  /** Fraction of adjacent transpositions of two unequal digits that stay valid. */
  readonly transpositions: number
  /** Substitutions where `isValid` and the independent `oracle` disagree (must be 0). */
  readonly disagreements: number
}

/** Measures {@link Detection} of `isValid` over `valid` numbers, comparing every substitution with `oracle`. */
export const measureDetection = (
  valid: ReadonlyArray<string>,
  isValid: (s: string) => boolean,
  oracle: (s: string) => boolean
): Detection => {
  let substitutions = 0
  let undetectedSubstitutions = 0
  let transpositions = 0
  let undetectedTranspositions = 0
  let disagreements = 0
  for (const n of valid) {
    for (let i = 0; i < n.length; i++) {
      for (let k = 1; k <= 9; k++) {
        const s = `${n.slice(0, i)}${(Number(n[i]) + k) % 10}${n.slice(i + 1)}`
        substitutions++
        const ok = isValid(s)
        if (ok !== oracle(s)) disagreements++
        if (ok) undetectedSubstitutions++
      }
      if (i < n.length - 1 && n[i] !== n[i + 1]) {
        transpositions++
        if (isValid(`${n.slice(0, i)}${n[i + 1]}${n[i]}${n.slice(i + 2)}`)) undetectedTranspositions++
      }
    }
  }
  return {
    substitutions: undetectedSubstitutions / substitutions,
    transpositions: undetectedTranspositions / transpositions,
    disagreements
  }
}

const SEPARATORS = fc.constantFrom(" ", "-", "\u2212", "\u3000", "\uff0d", "\u2010", "\u30fc")

/** Full-width digits for ASCII ones. */
export const toFullWidth = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

/** A number as users type it: up to 6 separators anywhere, optionally in full-width digits. */
export const decorated = (valid: fc.Arbitrary<string>): fc.Arbitrary<readonly [string, string]> =>
  valid.chain((n) =>
    fc
      .tuple(fc.array(fc.tuple(fc.integer({ min: 0, max: n.length }), SEPARATORS), { maxLength: 6 }), fc.boolean())
      .map(([seps, wide]) => {
        let s = wide ? toFullWidth(n) : n
        for (const [at, sep] of seps) s = s.slice(0, at) + sep + s.slice(at)
        return [n, s] as const
      })
  )
