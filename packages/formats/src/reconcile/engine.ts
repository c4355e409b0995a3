// The join of two image streams by 住民票コード: one merge core (a coroutine that asks for the next image of a
// side and yields differences), driven synchronously (arrays, vectors) or asynchronously (streams, files), and an
// external sort with bounded memory for unsorted sides. Re-exported by ./index.ts.
import { ITEMS, type Image, type ItemName, type ItemSpec } from "./items.js"
import { Duplicate, Extra, ItemDiffers, Missing, Unreadable, Unsorted } from "./rules.js"

/**
 * Which side: `left` is the registry (住民記録), `right` the CS export, by convention.
 *
 * @category models
 * @since 0.3.0
 */
export type Side = "left" | "right"

/**
 * A record of a file the codec rejected, passed in a side's stream in place of an image.
 *
 * @category models
 * @since 0.3.0
 */
export interface UnreadableRecord {
  readonly _tag: "UnreadableRecord"
  /** 1-based record number in the file. */
  readonly record: number
  /** The rule ids of the record's errors. */
  readonly rules: ReadonlyArray<string>
}

/**
 * One differing item of a person present on both sides.
 *
 * @category models
 * @since 0.3.0
 */
export interface ItemDifference {
  readonly item: ItemName
  readonly label: string
  readonly left: string
  readonly right: string
}

/**
 * A finding of 整合性確認, with the rule id of its kind.
 *
 * @category models
 * @since 0.3.0
 */
export type Difference =
  | { readonly kind: "missing"; readonly rule: typeof Missing.id; readonly residentCode: string; readonly left: Image }
  | { readonly kind: "extra"; readonly rule: typeof Extra.id; readonly residentCode: string; readonly right: Image }
  | {
      readonly kind: "item"
      readonly rule: typeof ItemDiffers.id
      readonly residentCode: string
      readonly items: ReadonlyArray<ItemDifference>
      readonly left: Image
      readonly right: Image
    }
  | {
      readonly kind: "duplicate"
      readonly rule: typeof Duplicate.id
      readonly residentCode: string
      readonly side: Side
      readonly record: number
    }
  | {
      readonly kind: "unsorted"
      readonly rule: typeof Unsorted.id
      readonly residentCode: string
      readonly side: Side
      readonly record: number
    }
  | {
      readonly kind: "unreadable"
      readonly rule: typeof Unreadable.id
      readonly side: Side
      readonly record: number
      readonly rules: ReadonlyArray<string>
    }

/**
 * Counts of a run, filled while it goes.
 *
 * @category models
 * @since 0.3.0
 */
export interface Counts {
  /** Images read on each side (unreadable records not included). */
  left: number
  right: number
  /** 住民票コード found on both sides. */
  matched: number
  /** Of those, with no differing item. */
  identical: number
  missing: number
  extra: number
  /** Persons with at least one differing item. */
  changed: number
  duplicate: number
  unreadable: number
  /** Persons with a difference in each item. */
  byItem: Partial<Record<ItemName, number>>
  /** `false` when a side declared sorted was not (the run stopped there). */
  complete: boolean
}

/**
 * A fresh {@link Counts}.
 *
 * @category constructors
 * @since 0.3.0
 */
export const emptyCounts = (): Counts => ({
  left: 0,
  right: 0,
  matched: 0,
  identical: 0,
  missing: 0,
  extra: 0,
  changed: 0,
  duplicate: 0,
  unreadable: 0,
  byItem: {},
  complete: true
})

type Input = Image | UnreadableRecord
type Request = { readonly need: Side } | { readonly out: Difference }

const isUnreadable = (v: Input): v is UnreadableRecord => (v as UnreadableRecord)._tag === "UnreadableRecord"

/** @internal */
export const unreadableOf = (side: Side, record: number, rules: ReadonlyArray<string>): Difference => ({
  kind: "unreadable",
  rule: Unreadable.id,
  side,
  record,
  rules
})

/**
 * The items compared: the given names, or every item compared by default.
 *
 * @internal
 */
export const chosenItems = (names?: ReadonlyArray<ItemName>): ReadonlyArray<ItemSpec> =>
  names === undefined ? ITEMS.filter((i) => i.byDefault) : ITEMS.filter((i) => names.includes(i.name))

/**
 * The differing items of two images of the same person.
 *
 * @category comparisons
 * @since 0.3.0
 */
export const compareImages = (
  left: Image,
  right: Image,
  items: ReadonlyArray<ItemSpec> = chosenItems()
): ReadonlyArray<ItemDifference> => {
  const out: Array<ItemDifference> = []
  for (const spec of items) {
    const a = left.items[spec.name]
    const b = right.items[spec.name]
    if (a !== b) out.push({ item: spec.name, label: spec.label, left: a, right: b })
  }
  return out
}

// The merge core. It asks for the next input of a side (`{ need }`) and is resumed with it (undefined at the end);
// it yields every difference (`{ out }`). Per side it drops unreadable records and empty keys (reported),
// duplicates (reported, the first one compared) and stops the run when a key goes backwards.
function* mergeCore(items: ReadonlyArray<ItemSpec>, counts: Counts): Generator<Request, void, Input | undefined> {
  const prev: Record<Side, string | undefined> = { left: undefined, right: undefined }
  const seen: Record<Side, number> = { left: 0, right: 0 }
  let broken = false
  const outs: Array<Difference> = []
  // Reads the next usable image of a side; findings go to `outs`.
  function* next(side: Side): Generator<Request, Image | undefined, Input | undefined> {
    for (;;) {
      if (broken) return undefined
      const v: Input | undefined = yield { need: side }
      if (v === undefined) return undefined
      if (isUnreadable(v)) {
        counts.unreadable++
        outs.push(unreadableOf(side, v.record, v.rules))
        continue
      }
      seen[side]++
      const record = v.record ?? seen[side]
      if (v.residentCode === "") {
        counts.unreadable++
        outs.push(unreadableOf(side, record, ["formats.field.required"]))
        continue
      }
      const p = prev[side]
      if (p !== undefined && v.residentCode === p) {
        counts.duplicate++
        outs.push({ kind: "duplicate", rule: Duplicate.id, residentCode: v.residentCode, side, record })
        continue
      }
      if (p !== undefined && v.residentCode < p) {
        broken = true
        counts.complete = false
        outs.push({ kind: "unsorted", rule: Unsorted.id, residentCode: v.residentCode, side, record })
        return undefined
      }
      prev[side] = v.residentCode
      counts[side]++
      return v
    }
  }
  function* flush(): Generator<Request, void, Input | undefined> {
    while (outs.length > 0) yield { out: outs.shift() as Difference }
  }
  let a = yield* next("left")
  yield* flush()
  let b = yield* next("right")
  yield* flush()
  while (!broken && (a !== undefined || b !== undefined)) {
    if (b === undefined || (a !== undefined && a.residentCode < b.residentCode)) {
      const x = a as Image
      counts.missing++
      yield { out: { kind: "missing", rule: Missing.id, residentCode: x.residentCode, left: x } }
      a = yield* next("left")
    } else if (a === undefined || b.residentCode < a.residentCode) {
      counts.extra++
      yield { out: { kind: "extra", rule: Extra.id, residentCode: b.residentCode, right: b } }
      b = yield* next("right")
    } else {
      counts.matched++
      const diff = compareImages(a, b, items)
      if (diff.length === 0) counts.identical++
      else {
        counts.changed++
        for (const d of diff) counts.byItem[d.item] = (counts.byItem[d.item] ?? 0) + 1
        yield {
          out: { kind: "item", rule: ItemDiffers.id, residentCode: a.residentCode, items: diff, left: a, right: b }
        }
      }
      a = yield* next("left")
      yield* flush()
      b = yield* next("right")
    }
    yield* flush()
  }
  yield* flush()
}

/**
 * Reads a stored run back, in batches of lines, in order. `readBytes`, when given, is how many bytes
 * the sort would like the reader to hold at a time (the merge shares one budget among all the runs it
 * reads); a reader may read less, or more for a line longer than that.
 *
 * @category models
 * @since 0.3.0
 */
export type RunReader = (readBytes?: number) => AsyncIterable<ReadonlyArray<string>>

/**
 * Where an external sort keeps its sorted runs. A run is a sequence of batches of lines (each line one
 * image, without line breaks, as the sort encodes it); the store keeps them as they are and gives them
 * back in the same order. {@link memorySpill} keeps them in memory (browsers); `fileSpill` of
 * `@juki/formats/node` writes them to a temporary folder, removed by `close`.
 *
 * @category models
 * @since 0.3.0
 */
export interface Spill {
  /** Stores a run (consumed to its end); returns a function reading it back, in batches, in order. */
  readonly write: (run: Iterable<ReadonlyArray<string>> | AsyncIterable<ReadonlyArray<string>>) => Promise<RunReader>
  /** Removes everything stored; called once when the sort ends, also on failure or early exit. */
  readonly close: () => Promise<void>
}

/**
 * A {@link Spill} in memory: no bound on memory, for browsers and small inputs.
 *
 * @category constructors
 * @since 0.3.0
 */
export const memorySpill = (): Spill => ({
  write: async (run) => {
    const batches: Array<ReadonlyArray<string>> = []
    for await (const batch of run) if (batch.length > 0) batches.push(batch.slice())
    return async function* () {
      yield* batches
    }
  },
  close: async () => undefined
})

/**
 * Options of {@link sortImages}.
 *
 * @category models
 * @since 0.3.0
 */
export interface SortOptions {
  /**
   * Most images in one sorted run (default 100,000): a run ends at `runSize` images or `runBytes`
   * bytes, whichever comes first. Bounds the run's keys (one short string per image).
   */
  readonly runSize?: number
  /**
   * Bytes of encoded images held in memory at once (default 16 MiB): each image is held as one line
   * of UTF-8 in a single byte buffer, outside the JavaScript heap, reused from run to run; a full
   * buffer is sorted and spilled. Memory is bounded by this (and `runSize`), not by the number of
   * records; the buffer grows to it only as images arrive, so small inputs take little. One image
   * longer than the whole buffer gets a buffer of its own size.
   */
  readonly runBytes?: number
  /**
   * Runs merged at once (default 64, at least 2): with more runs, groups of this many are first merged
   * into longer runs, so the merge holds at most this many runs' read buffers.
   */
  readonly maxFanIn?: number
  /**
   * Bytes the merge asks its runs to read ahead, shared among all the runs it merges (default
   * 256 KiB, at least 4 KiB per run): what the merge holds does not grow with the number of runs.
   */
  readonly mergeReadBytes?: number
  /** Where runs go (default: {@link memorySpill}). */
  readonly spill?: () => Spill
  /** Receives the unreadable records met while reading (they are not sorted). */
  readonly onUnreadable?: (r: UnreadableRecord) => void
}

const byKey = (a: Image, b: Image): number =>
  a.residentCode < b.residentCode ? -1 : a.residentCode > b.residentCode ? 1 : 0

const NAMES: ReadonlyArray<ItemName> = ITEMS.map((i) => i.name)

/**
 * One image as one line of text (a JSON array: 住民票コード, record number, the items in `ITEMS`
 * order): what the external sort holds in memory and spills. `JSON.parse` of it gives fresh strings,
 * so an image read back keeps no larger buffer alive.
 *
 * @internal
 */
export const encodeImage = (i: Image): string => {
  const a: Array<string | number | null> = [i.residentCode, i.record ?? null]
  for (const n of NAMES) a.push(i.items[n] ?? "")
  return JSON.stringify(a)
}

const imageOfRow = (a: ReadonlyArray<unknown>): Image => {
  const items = {} as Record<ItemName, string>
  for (let k = 0; k < NAMES.length; k++) {
    const v = a[k + 2]
    items[NAMES[k] as ItemName] = typeof v === "string" ? v : v === undefined || v === null ? "" : String(v)
  }
  const record = a[1]
  return { residentCode: String(a[0] ?? ""), items, ...(typeof record === "number" ? { record } : {}) }
}

/**
 * The image of a line written by {@link encodeImage}.
 *
 * @internal
 */
export const decodeImage = (line: string): Image => imageOfRow(JSON.parse(line) as ReadonlyArray<unknown>)

/**
 * The 住民票コード of a line written by {@link encodeImage}, without parsing the rest: the text between
 * `["` and the next `"` when it has no escape (a 住民票コード is digits), else read with `JSON.parse`.
 * The merge compares these keys, and parses a line only when its image is handed on.
 *
 * @internal
 */
export const keyOfLine = (line: string): string => {
  if (line.charCodeAt(0) === 91 && line.charCodeAt(1) === 34) {
    const end = line.indexOf('"', 2)
    if (end > 0) {
      const key = line.slice(2, end)
      if (key.indexOf("\\") < 0) return key
    }
  }
  return String((JSON.parse(line) as ReadonlyArray<unknown>)[0] ?? "")
}

// Lines per batch handed to a spill.
const BATCH = 1024
// The least a run is asked to read at a time while merging.
const MIN_READ_BYTES = 4096

const utf8 = new TextEncoder()
const fromUtf8 = new TextDecoder()
const FIRST_BUFFER = 64 * 1024

// The images of a run being gathered: their encoded lines one after another in one byte buffer
// (`ends[i]` is where line i ends) and their keys. The buffer lives outside the JavaScript heap, so
// a full run neither adds to what the garbage collector marks nor raises the heap it lets grow.
class RunBuffer {
  bytes: Uint8Array
  used = 0
  ends: Array<number> = []
  keys: Array<string> = []
  constructor(
    readonly limit: number,
    spare: Uint8Array | undefined
  ) {
    this.bytes = spare ?? new Uint8Array(Math.min(limit, FIRST_BUFFER))
  }
  get size(): number {
    return this.keys.length
  }
  // Adds a line; false when the buffer is full (nothing added): spill it and add again.
  add(key: string, line: string): boolean {
    for (;;) {
      const r = utf8.encodeInto(line, this.bytes.subarray(this.used))
      if (r.read === line.length) {
        // (A buffer grown for one long line may have room past the limit: the limit still holds.)
        if (this.size > 0 && this.used + r.written > this.limit) return false
        this.used += r.written
        this.ends.push(this.used)
        this.keys.push(key)
        return true
      }
      // Does not fit: grow up to the limit (beyond it only for one line alone in the buffer).
      const room = Math.max(this.bytes.length * 2, this.used + line.length * 3)
      if (this.bytes.length >= this.limit && this.size > 0) return false
      const bigger = new Uint8Array(this.size > 0 ? Math.min(this.limit, room) : Math.max(this.limit, room))
      bigger.set(this.bytes.subarray(0, this.used))
      this.bytes = bigger
    }
  }
  line(i: number): string {
    return fromUtf8.decode(this.bytes.subarray(i === 0 ? 0 : (this.ends[i - 1] as number), this.ends[i] as number))
  }
  // The lines in key order (stable), in batches; the buffer may only be reused once they are consumed.
  *sorted(): Generator<ReadonlyArray<string>> {
    const order = orderOf(this.keys)
    for (let i = 0; i < order.length; i += BATCH) {
      const out: Array<string> = []
      const end = Math.min(order.length, i + BATCH)
      for (let k = i; k < end; k++) out.push(this.line(order[k] as number))
      yield out
    }
  }
  clear(): void {
    this.used = 0
    this.ends = []
    this.keys = []
  }
}

// The buffer of the last sort that finished gathering, for the next one (the other side of a comparison
// sorts right after): one buffer at a time, not two. Weak, so an idle process does not keep it.
let spareBuffer: WeakRef<Uint8Array> | undefined
const takeSpare = (limit: number): Uint8Array | undefined => {
  const b = spareBuffer?.deref()
  spareBuffer = undefined
  return b !== undefined && b.length <= limit ? b : undefined
}

// The stable order of a buffer: indices sorted by key, ties in input order.
const orderOf = (keys: ReadonlyArray<string>): Uint32Array => {
  const order = new Uint32Array(keys.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  return order.sort((x, y) => {
    const a = keys[x] as string
    const b = keys[y] as string
    return a < b ? -1 : a > b ? 1 : x - y
  })
}

// A run being read: its current batch, position and head line (with its key; the line is parsed only when its
// image is handed on, not while runs are merged into longer runs).
interface Cursor {
  readonly it: AsyncIterator<ReadonlyArray<string>>
  readonly run: number
  batch: ReadonlyArray<string>
  at: number
  line: string
  key: string
}

const take = (c: Cursor): true => {
  c.line = c.batch[c.at++] as string
  c.key = keyOfLine(c.line)
  return true
}

// Moves a cursor to its next line; false at the end of its run.
const advance = async (c: Cursor): Promise<boolean> => {
  while (c.at >= c.batch.length) {
    const r = await c.it.next()
    if (r.done) return false
    c.batch = r.value
    c.at = 0
  }
  return take(c)
}

// k-way merge of sorted runs (a binary heap; ties go to the earlier run, so the sort stays stable): yields each
// head in order (valid until the next step); the readers are closed at the end or on failure.
async function* mergeRuns(runs: ReadonlyArray<RunReader>, readBytes: number): AsyncGenerator<Cursor> {
  // Each run reads its share of the budget: what the merge holds stays the same however many runs there are,
  // and so does how long a batch of lines lives (the lines of the whole budget are consumed before it is
  // read again), which keeps batches from outliving young-generation collections on large inputs.
  const share = Math.max(MIN_READ_BYTES, Math.floor(readBytes / Math.max(1, runs.length)))
  const heap: Array<Cursor> = []
  const all: Array<Cursor> = []
  const less = (x: Cursor, y: Cursor) => x.key < y.key || (x.key === y.key && x.run < y.run)
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!less(heap[i] as Cursor, heap[p] as Cursor)) break
      ;[heap[i], heap[p]] = [heap[p] as Cursor, heap[i] as Cursor]
      i = p
    }
  }
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && less(heap[l] as Cursor, heap[m] as Cursor)) m = l
      if (r < heap.length && less(heap[r] as Cursor, heap[m] as Cursor)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m] as Cursor, heap[i] as Cursor]
      i = m
    }
  }
  try {
    for (let i = 0; i < runs.length; i++) {
      const c: Cursor = {
        it: (runs[i] as RunReader)(share)[Symbol.asyncIterator](),
        run: i,
        batch: [],
        at: 0,
        line: "",
        key: ""
      }
      all.push(c)
      if (await advance(c)) {
        heap.push(c)
        up(heap.length - 1)
      }
    }
    while (heap.length > 0) {
      const top = heap[0] as Cursor
      yield top
      if (top.at < top.batch.length ? take(top) : await advance(top)) down(0)
      else {
        const last = heap.pop() as Cursor
        if (heap.length > 0) {
          heap[0] = last
          down(0)
        }
      }
    }
  } finally {
    for (const c of all) await c.it.return?.()
  }
}

async function* mergedBatches(
  runs: ReadonlyArray<RunReader>,
  readBytes: number
): AsyncGenerator<ReadonlyArray<string>> {
  let out: Array<string> = []
  for await (const c of mergeRuns(runs, readBytes)) {
    out.push(c.line)
    if (out.length >= BATCH) {
      yield out
      out = []
    }
  }
  if (out.length > 0) yield out
}

/**
 * Sorts images by 住民票コード with bounded memory: runs of at most `runBytes` bytes (each image held
 * as one line of UTF-8 in one byte buffer, outside the JavaScript heap) or `runSize` images are sorted
 * and spilled, then merged (k-way, a binary heap; at most `maxFanIn` runs at once, longer runs merged
 * first in groups). The sort is stable (equal keys keep their input order). The spill is closed when
 * the sort ends, fails or is abandoned.
 *
 * @category combinators
 * @since 0.3.0
 */
export async function* sortImages(
  source: Iterable<Input> | AsyncIterable<Input>,
  options: SortOptions = {}
): AsyncGenerator<Image> {
  const runSize = Math.max(1, Math.floor(options.runSize ?? 100_000))
  const runBytes = Math.max(1024, Math.floor(options.runBytes ?? 16 * 1024 * 1024))
  const maxFanIn = Math.max(2, Math.floor(options.maxFanIn ?? 64))
  const mergeBytes = Math.max(MIN_READ_BYTES, Math.floor(options.mergeReadBytes ?? 256 * 1024))
  const spill = (options.spill ?? memorySpill)()
  let buffer: RunBuffer | undefined = new RunBuffer(runBytes, takeSpare(runBytes))
  try {
    let runs: Array<RunReader> = []
    for await (const v of source as AsyncIterable<Input>) {
      if (isUnreadable(v)) {
        options.onUnreadable?.(v)
        continue
      }
      const line = encodeImage(v)
      if (!buffer.add(v.residentCode, line)) {
        runs.push(await spill.write(buffer.sorted()))
        buffer.clear()
        buffer.add(v.residentCode, line)
      }
      if (buffer.size >= runSize) {
        runs.push(await spill.write(buffer.sorted()))
        buffer.clear()
      }
    }
    if (runs.length === 0) {
      const held = buffer
      buffer = undefined
      for (const batch of held.sorted()) for (const line of batch) yield decodeImage(line)
      return
    }
    if (buffer.size > 0) runs.push(await spill.write(buffer.sorted()))
    // Gathering is over: the byte buffer goes to the next sort (the other side), or to the collector.
    if (buffer.bytes.length <= runBytes) spareBuffer = new WeakRef(buffer.bytes)
    buffer = undefined
    // More runs than can be merged at once: each pass merges consecutive groups into longer runs (kept in
    // input order, so ties still go to the earlier run) until they fit.
    while (runs.length > maxFanIn) {
      const next: Array<RunReader> = []
      for (let i = 0; i < runs.length; i += maxFanIn) {
        const group = runs.slice(i, i + maxFanIn)
        next.push(group.length === 1 ? (group[0] as RunReader) : await spill.write(mergedBatches(group, mergeBytes)))
      }
      runs = next
    }
    for await (const c of mergeRuns(runs, mergeBytes)) yield decodeImage(c.line)
  } finally {
    buffer = undefined
    await spill.close()
  }
}

/**
 * One side of a comparison: images (or unreadable records) in any order, or sorted by 住民票コード.
 *
 * @category models
 * @since 0.3.0
 */
export interface SideInput {
  readonly images: Iterable<Input> | AsyncIterable<Input>
  /**
   * The caller guarantees 住民票コード order (ascending, by UTF-16 code units: for the 11-digit codes,
   * numeric order). Default `false`: the side goes through {@link sortImages}. A side declared sorted
   * that is not stops the run with a `formats.reconcile.unsorted` finding.
   */
  readonly sorted?: boolean
}

/**
 * Options of {@link differences} and `reconcile`.
 *
 * @category models
 * @since 0.3.0
 */
export interface CompareOptions extends Omit<SortOptions, "onUnreadable"> {
  /** The items compared (default: every item with `byDefault`, see `ITEMS`). */
  readonly items?: ReadonlyArray<ItemName>
  /** Filled while the run goes. */
  readonly counts?: Counts
}

const asSide = (s: SideInput | Iterable<Input> | AsyncIterable<Input>): SideInput =>
  "images" in (s as object) ? (s as SideInput) : { images: s as Iterable<Input> }

/**
 * Every difference between two sides, joined by 住民票コード in constant memory: sorted sides are
 * merged as they stream; unsorted sides are first sorted with bounded memory ({@link sortImages}).
 * Order of findings: by 住民票コード, each side's unreadable records and duplicates as they are met.
 *
 * @category comparisons
 * @since 0.3.0
 */
export async function* differences(
  left: SideInput | Iterable<Input> | AsyncIterable<Input>,
  right: SideInput | Iterable<Input> | AsyncIterable<Input>,
  options: CompareOptions = {}
): AsyncGenerator<Difference> {
  const counts = options.counts ?? emptyCounts()
  const pending: Array<Difference> = []
  const open = (input: SideInput, side: Side): AsyncIterator<Input> | Iterator<Input> => {
    if (input.sorted) {
      const it = input.images as AsyncIterable<Input> & Iterable<Input>
      return typeof it[Symbol.asyncIterator] === "function" ? it[Symbol.asyncIterator]() : it[Symbol.iterator]()
    }
    return sortImages(input.images, {
      ...(options.runSize === undefined ? {} : { runSize: options.runSize }),
      ...(options.runBytes === undefined ? {} : { runBytes: options.runBytes }),
      ...(options.maxFanIn === undefined ? {} : { maxFanIn: options.maxFanIn }),
      ...(options.mergeReadBytes === undefined ? {} : { mergeReadBytes: options.mergeReadBytes }),
      ...(options.spill === undefined ? {} : { spill: options.spill }),
      onUnreadable: (r) => {
        counts.unreadable++
        pending.push(unreadableOf(side, r.record, r.rules))
      }
    })[Symbol.asyncIterator]()
  }
  const its = { left: open(asSide(left), "left"), right: open(asSide(right), "right") }
  const done = { left: false, right: false }
  const core = mergeCore(chosenItems(options.items), counts)
  try {
    let step = core.next()
    while (!step.done) {
      const req = step.value
      if ("out" in req) {
        yield req.out
        step = core.next()
        continue
      }
      let v: Input | undefined
      if (!done[req.need]) {
        const r = await its[req.need].next()
        if (r.done) done[req.need] = true
        else v = r.value
      }
      while (pending.length > 0) yield pending.shift() as Difference
      step = core.next(v)
    }
    while (pending.length > 0) yield pending.shift() as Difference
  } finally {
    for (const side of ["left", "right"] as const) if (!done[side]) await its[side].return?.()
  }
}

/**
 * {@link differences} over arrays, synchronously (sorted in memory): for small sets, tests and vectors.
 *
 * @category comparisons
 * @since 0.3.0
 */
export const differencesSync = (
  left: ReadonlyArray<Input>,
  right: ReadonlyArray<Input>,
  options: { readonly items?: ReadonlyArray<ItemName>; readonly counts?: Counts; readonly sorted?: boolean } = {}
): ReadonlyArray<Difference> => {
  const counts = options.counts ?? emptyCounts()
  const out: Array<Difference> = []
  const prepare = (xs: ReadonlyArray<Input>, side: Side): Array<Input> => {
    if (options.sorted) return xs.slice()
    const images: Array<Image> = []
    for (const x of xs) {
      if (isUnreadable(x)) {
        counts.unreadable++
        out.push(unreadableOf(side, x.record, x.rules))
      } else images.push(x)
    }
    return images.sort(byKey)
  }
  const inputs = { left: prepare(left, "left"), right: prepare(right, "right") }
  const at = { left: 0, right: 0 }
  const core = mergeCore(chosenItems(options.items), counts)
  let step = core.next()
  while (!step.done) {
    const req = step.value
    if ("out" in req) {
      out.push(req.out)
      step = core.next()
    } else step = core.next(inputs[req.need][at[req.need]++])
  }
  return out
}
