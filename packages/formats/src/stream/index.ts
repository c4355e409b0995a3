/**
 * Byte sources, decoded records and validation summaries shared by the
 * fixed-length and CSV codecs.
 *
 * **When to use**
 *
 * You meet these types through the codecs: `codec.decodeStream(source)`
 * yields {@link DecodedRecord}s, `codec.validate(source)` resolves to a
 * {@link Summary}. Any {@link ByteSource} works: a Node stream
 * (`fs.createReadStream`), a web `ReadableStream` (`file.stream()`,
 * `response.body`), an (async) iterable of chunks, or one `Uint8Array`.
 *
 * **Details**
 *
 * - Memory stays constant: the codecs keep at most one partial record
 *   between chunks, and over-long records are skipped, not buffered. The
 *   source matters too: `fs.createReadStream` allocates a new buffer per
 *   chunk (freed only by the garbage collector); `fileChunks` of
 *   `@juki/formats/node` reads a file into one reused buffer.
 * - Invariant of every summary: `records === accepted + rejected`. A record
 *   with only alerts is accepted.
 * - Every problem carries its position: `record` (1-based; 0 for the CSV
 *   header), `byteOffset` (0-based, in the file) and, for character
 *   problems, `index` (the character inside the field); `path` is the field.
 *
 * **Gotchas**
 *
 * - `validate` does not build records; use `decodeStream` when you need the
 *   values. Both give the same problems.
 * - `firstProblems` is capped (`maxProblems`); use `onProblem` to see all of
 *   them without holding them in memory.
 *
 * **Example** (Validating a file in Node)
 *
 * ```ts
 * import { FixedLength, ReferenceLayouts, generateSample } from "@juki/formats"
 *
 * const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
 * // In production: codec.decodeStream(createReadStream("/path/to/file.dat"))
 * const source = generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 2, seed: 1 })
 * const offsets: Array<number> = []
 * for await (const r of codec.decodeStream(source)) offsets.push(r.byteOffset)
 * offsets // => [0, 764]
 * const summary = await codec.validate(generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 2, seed: 1 }))
 * summary.records === summary.accepted + summary.rejected // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { JukiError } from "@juki/core"

/**
 * Where bytes come from.
 *
 * @category models
 * @since 0.1.0
 */
export type ByteSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>

/**
 * One record read from a file.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecodedRecord<R> {
  /** 1-based record number (data records; a CSV header is not counted). */
  readonly record: number
  /** Byte offset of the record's first byte in the file. */
  readonly byteOffset: number
  /** `true` when the record has no error (alerts allowed). */
  readonly accepted: boolean
  /** The decoded record when accepted. */
  readonly value: R | undefined
  /** Every problem of the record (errors and alerts): record and format problems in field order, then the checks'. */
  readonly problems: ReadonlyArray<JukiError>
}

/**
 * The outcome of validating a file.
 *
 * @category models
 * @since 0.1.0
 */
export interface Summary {
  /** Records read; always `accepted + rejected`. */
  readonly records: number
  readonly accepted: number
  readonly rejected: number
  /** Bytes read. */
  readonly bytes: number
  /** Number of problems (errors and alerts), including file-level ones (CSV header). */
  readonly problems: number
  /** Problems per rule id. */
  readonly byRule: Readonly<Record<string, number>>
  /** The first problems, up to `maxProblems` (default 1,000). */
  readonly firstProblems: ReadonlyArray<JukiError>
}

/**
 * Options of `validate`.
 *
 * @category models
 * @since 0.1.0
 */
export interface ValidateOptions {
  /** How many problems the summary keeps (default 1,000; the counts are always complete). */
  readonly maxProblems?: number
  /** Called for every problem, in file order (report them all without holding them). */
  readonly onProblem?: (problem: JukiError) => void
  /** Called for every record with its outcome (the value is not built while validating). */
  readonly onRecord?: (record: number, accepted: boolean) => void
}

/**
 * Counts records and problems for a {@link Summary}.
 *
 * @internal
 */
export class Tally {
  records = 0
  accepted = 0
  rejected = 0
  bytes = 0
  problems = 0
  readonly byRule = new Map<string, number>()
  readonly first: Array<JukiError> = []
  readonly max: number
  readonly onProblem: ((p: JukiError) => void) | undefined
  readonly onRecord: ((record: number, accepted: boolean) => void) | undefined

  constructor(options: ValidateOptions = {}) {
    this.max = options.maxProblems ?? 1000
    this.onProblem = options.onProblem
    this.onRecord = options.onRecord
  }

  /** Adds problems that belong to no record (CSV header). */
  fileProblems(problems: ReadonlyArray<JukiError>): void {
    for (const p of problems) this.problem(p)
  }

  problem(p: JukiError): void {
    this.problems++
    this.byRule.set(p.code, (this.byRule.get(p.code) ?? 0) + 1)
    if (this.first.length < this.max) this.first.push(p)
    this.onProblem?.(p)
  }

  record(record: number, problems: ReadonlyArray<JukiError>): boolean {
    this.records++
    let accepted = true
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i] as JukiError
      if (p.severity === "error") accepted = false
      this.problem(p)
    }
    if (accepted) this.accepted++
    else this.rejected++
    this.onRecord?.(record, accepted)
    return accepted
  }

  summary(): Summary {
    return {
      records: this.records,
      accepted: this.accepted,
      rejected: this.rejected,
      bytes: this.bytes,
      problems: this.problems,
      byRule: Object.fromEntries([...this.byRule].sort(([a], [b]) => (a < b ? -1 : 1))),
      firstProblems: this.first
    }
  }
}

/**
 * Iterates the chunks of any {@link ByteSource}. Web `ReadableStream`s are
 * read with a reader (browsers without async iteration of streams work too).
 *
 * @category streams
 * @since 0.1.0
 */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source
    return
  }
  if (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) {
    const reader = source.getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        if (value !== undefined) yield value
      }
    } finally {
      reader.releaseLock()
    }
  }
  yield* source as AsyncIterable<Uint8Array> | Iterable<Uint8Array>
}

/**
 * A push reader: feed chunks, receive records through the callback.
 *
 * @category models
 * @since 0.1.0
 */
export interface RecordReader<R> {
  /** Reads the records completed by `chunk`. */
  readonly push: (chunk: Uint8Array) => void
  /** Reads what is left at the end of the file. */
  readonly end: () => void
  /** Problems that belong to no record (CSV header), so far. */
  readonly fileProblems: () => ReadonlyArray<JukiError>
  readonly _R?: R
}

/**
 * Receives the records of a {@link RecordReader}. The `problems` array is
 * reused: copy it to keep it.
 *
 * @internal
 */
export type RecordSink = (
  record: number,
  byteOffset: number,
  value: object | undefined,
  problems: Array<JukiError>
) => void
