/**
 * A persistent (immutable) string-keyed map built on a single mutable `Map`
 * with version rerooting (Baker's trick; Conchon & Filliâtre, "A Persistent
 * Union-Find Data Structure", 2007).
 *
 * Every version is observably immutable: `set` and `delete` return a new
 * version and never change what an older version returns. Internally the
 * newest version owns the `Map`; each older version holds one diff (key, old
 * value) towards the next. Reading or updating an older version first
 * "reroots" the chain (applies the diffs in reverse and flips them), so:
 *
 * - updating and reading the newest version costs one `Map` operation plus
 *   one small allocation (the registry is used this way: apply, keep the new
 *   registry, drop the old);
 * - going back to a version k updates old costs O(k) once, after which that
 *   version is the fast one.
 *
 * Values must not be `undefined` (it marks an absent key in the diffs).
 * Not safe to share across threads (JavaScript has none for this).
 *
 * Internal: the registry is built on it; it is not part of the public API.
 *
 * @since 0.1.0
 * @internal
 */

class Diff<V> {
  declare readonly key: string
  /** The value `key` had in the version holding this diff (`undefined` = absent). */
  declare readonly value: V | undefined
  declare readonly next: PMap<V>
  constructor(key: string, value: V | undefined, next: PMap<V>) {
    ;(this as { key: string }).key = key
    ;(this as { value: V | undefined }).value = value
    ;(this as { next: PMap<V> }).next = next
  }
}

/**
 * An immutable string-keyed map (values must not be `undefined`). Iteration
 * order is the underlying `Map`'s order; callers that need a canonical order
 * sort the keys.
 *
 * @internal
 */
export class PMap<V> {
  /** The live map when this version is the root (then `diff` is undefined). */
  private map: Map<string, V> | undefined
  /** Otherwise a diff towards the root. */
  private diff: Diff<V> | undefined
  readonly size: number

  private constructor(map: Map<string, V> | undefined, diff: Diff<V> | undefined, size: number) {
    this.map = map
    this.diff = diff
    this.size = size
  }

  static empty<V>(): PMap<V> {
    return new PMap<V>(new Map(), undefined, 0)
  }

  static fromEntries<V>(entries: Iterable<readonly [string, V]>): PMap<V> {
    const m = new Map<string, V>()
    for (const [k, v] of entries) m.set(k, v)
    return new PMap<V>(m, undefined, m.size)
  }

  private live(): Map<string, V> {
    const m = this.map
    return m !== undefined ? m : reroot(this)
  }

  get(key: string): V | undefined {
    const m = this.map
    return (m !== undefined ? m : reroot(this)).get(key)
  }

  has(key: string): boolean {
    return this.get(key) !== undefined
  }

  set(key: string, value: V): PMap<V> {
    const m = this.live()
    const old = m.get(key)
    if (old === value) return this
    m.set(key, value)
    const next = new PMap<V>(m, undefined, old === undefined ? this.size + 1 : this.size)
    this.map = undefined
    this.diff = new Diff(key, old, next)
    return next
  }

  delete(key: string): PMap<V> {
    const m = this.live()
    const old = m.get(key)
    if (old === undefined) return this
    m.delete(key)
    const next = new PMap<V>(m, undefined, this.size - 1)
    this.map = undefined
    this.diff = new Diff(key, old, next)
    return next
  }

  forEach(f: (value: V, key: string) => void): void {
    // Copy first: `f` may read other versions of this map, which would reroot it mid-iteration.
    for (const [k, v] of Array.from(this.live())) f(v, k)
  }

  values(): Array<V> {
    return Array.from(this.live().values())
  }

  keys(): Array<string> {
    return Array.from(this.live().keys())
  }

  entries(): Array<[string, V]> {
    return Array.from(this.live().entries())
  }

  /** @internal for reroot */
  static _diff<V>(p: PMap<V>): Diff<V> | undefined {
    return p.diff
  }

  /** @internal for reroot */
  static _map<V>(p: PMap<V>): Map<string, V> | undefined {
    return p.map
  }

  /** @internal for reroot */
  static _set<V>(p: PMap<V>, map: Map<string, V> | undefined, diff: Diff<V> | undefined): void {
    p.map = map
    p.diff = diff
  }
}

/** Makes `t` the root: applies the diffs between `t` and the current root in reverse and flips them. */
const reroot = <V>(t: PMap<V>): Map<string, V> => {
  const path: Array<PMap<V>> = []
  let cur = t
  let m = PMap._map(cur)
  while (m === undefined) {
    path.push(cur)
    cur = (PMap._diff(cur) as Diff<V>).next
    m = PMap._map(cur)
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i] as PMap<V>
    const diff = PMap._diff(node) as Diff<V>
    const holder = diff.next // the current root
    const now = m.get(diff.key)
    if (diff.value === undefined) m.delete(diff.key)
    else m.set(diff.key, diff.value)
    PMap._set(holder, undefined, new Diff(diff.key, now, node))
    PMap._set(node, m, undefined)
  }
  return m
}
