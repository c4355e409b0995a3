// Byte helpers for tests. Test-only (excluded from the build by tsconfig).

/** The chunks joined into one array, in order (what a reader of the whole stream would see). */
export const concat = (chunks: Iterable<Uint8Array>): Uint8Array => {
  const list = [...chunks]
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0))
  let p = 0
  for (const c of list) {
    out.set(c, p)
    p += c.length
  }
  return out
}
