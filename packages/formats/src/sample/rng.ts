// A small, fast, seeded PRNG (sfc32 seeded by splitmix32) for synthetic sample data. Re-exported by ./index.ts.
import type { Rng } from "../checks/index.js"

const splitmix32 = (seed: number) => {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * A deterministic 32-bit PRNG (sfc32, seeded through splitmix32): the same
 * seed gives the same sequence on every platform.
 *
 * **Example**
 *
 * ```ts
 * import { makeRng } from "@juki/formats"
 * const rng = makeRng(42)
 * rng.next() === makeRng(42).next() // => true
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeRng = (
  seed: number
): Rng & { readonly int: (n: number) => number; readonly chance: (p: number) => boolean } => {
  const init = splitmix32(Number.isFinite(seed) ? Math.trunc(seed) : 0)
  let a = init()
  let b = init()
  let c = init()
  let d = init()
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t
  }
  for (let i = 0; i < 12; i++) next()
  return {
    next,
    int: (n: number) => (n <= 1 ? 0 : next() % n),
    chance: (p: number) => next() / 4294967296 < p
  }
}
