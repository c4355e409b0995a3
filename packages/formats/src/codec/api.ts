// The public shape of a codec and the parts shared by the fixed-length and CSV codecs. Re-exported by ../index.ts.
import type { JukiError } from "@juki/core"
import { Result } from "effect"
import type { Encoding, EncodeInput, LayoutSpec, RecordOf } from "../layout/model.js"
import {
  Tally,
  chunksOf,
  type ByteSource,
  type DecodedRecord,
  type RecordReader,
  type RecordSink,
  type Summary,
  type ValidateOptions
} from "../stream/index.js"

/**
 * Options of the encoders.
 *
 * @category models
 * @since 0.1.0
 */
export interface EncodeOptions {
  /**
   * Also run the validation rules while encoding (default `true`): required
   * fields, code lists, checks by reference, 項目長 / 外字数 consistency.
   * Types, character classes, encodability and widths are always checked.
   */
  readonly check?: boolean
  /**
   * Streams only: called with the problems of a record that cannot be
   * encoded; the record is skipped. Without it, the stream fails with an
   * {@link EncodeFailure}.
   */
  readonly onError?: (record: number, problems: ReadonlyArray<JukiError>) => void
}

/**
 * Thrown by an encoding stream when a record cannot be encoded and no
 * `onError` was given.
 *
 * @category errors
 * @since 0.1.0
 */
export class EncodeFailure extends Error {
  readonly record: number
  readonly problems: ReadonlyArray<JukiError>
  constructor(record: number, problems: ReadonlyArray<JukiError>) {
    super(`Record ${record} cannot be encoded: ${problems.map((p) => `${p.code} at ${p.field}`).join("; ")}`)
    this.name = "EncodeFailure"
    this.record = record
    this.problems = problems
  }
}

/**
 * The result of decoding a whole buffer.
 *
 * @category models
 * @since 0.1.0
 */
export interface Decoded<R> {
  readonly records: ReadonlyArray<DecodedRecord<R>>
  readonly summary: Summary
}

/**
 * A codec of one layout, format and encoding. Everything is derived from the
 * layout; decoders never throw on any input.
 *
 * @category models
 * @since 0.1.0
 */
export interface Codec<L extends LayoutSpec> {
  readonly layout: L
  readonly format: "fixed" | "csv"
  readonly encoding: Encoding
  /** Problems of the layout that do not prevent its use (alerts). */
  readonly layoutAlerts: ReadonlyArray<JukiError>
  /** Decodes one record (fixed-length: without its terminator; CSV: one line). */
  readonly decodeRecord: (bytes: Uint8Array) => Result.Result<RecordOf<L>, ReadonlyArray<JukiError>>
  /** Encodes one record (without a terminator). */
  readonly encodeRecord: (
    record: EncodeInput<L>,
    options?: EncodeOptions
  ) => Result.Result<Uint8Array, ReadonlyArray<JukiError>>
  /** Decodes a whole file held in memory. */
  readonly decode: (bytes: Uint8Array) => Decoded<RecordOf<L>>
  /** Encodes records to a whole file in memory (with terminators, header, BOM as configured). */
  readonly encode: (
    records: Iterable<EncodeInput<L>>,
    options?: EncodeOptions
  ) => Result.Result<Uint8Array, ReadonlyArray<JukiError>>
  /** Decodes a file of any size in constant memory. */
  readonly decodeStream: (source: ByteSource) => AsyncGenerator<DecodedRecord<RecordOf<L>>>
  /** Validates a file of any size in constant memory without building records. */
  readonly validate: (source: ByteSource, options?: ValidateOptions) => Promise<Summary>
  /** Encodes records of any number into chunks (about 64 kB each). */
  readonly encodeStream: (
    records: Iterable<EncodeInput<L>> | AsyncIterable<EncodeInput<L>>,
    options?: EncodeOptions
  ) => AsyncGenerator<Uint8Array>
  /** A web `TransformStream` from bytes to decoded records (browsers, Deno, Node). */
  readonly decoderStream: () => TransformStream<Uint8Array, DecodedRecord<RecordOf<L>>>
  /** A push reader for custom I/O. */
  readonly reader: (onRecord: (r: DecodedRecord<RecordOf<L>>) => void) => RecordReader<RecordOf<L>>
}

/**
 * What a format supplies to {@link buildCodec}.
 *
 * @internal
 */
export interface FormatParts {
  readonly layoutAlerts: ReadonlyArray<JukiError>
  readonly encoding: Encoding
  readonly format: "fixed" | "csv"
  /** A new reader (own engine state) calling `sink` for every record. */
  readonly createReader: (sink: RecordSink, materialize: boolean) => RecordReader<unknown>
  /** Decodes exactly one record. */
  readonly decodeOne: (bytes: Uint8Array) => Result.Result<object, ReadonlyArray<JukiError>>
  /** A new record writer (own engine state). */
  readonly createWriter: () => RecordWriter
}

/**
 * Writes records into a growing buffer.
 *
 * @internal
 */
export interface RecordWriter {
  /** Bytes written before the first record (BOM, CSV header). */
  readonly prologue: () => Uint8Array
  /** Encodes one record with its terminator; returns its bytes or the problems. */
  readonly write: (
    record: unknown,
    recordNo: number,
    check: boolean,
    terminator: boolean
  ) => Result.Result<Uint8Array, ReadonlyArray<JukiError>>
}

const concat = (parts: ReadonlyArray<Uint8Array>, total: number): Uint8Array => {
  const out = new Uint8Array(total)
  let p = 0
  for (const part of parts) {
    out.set(part, p)
    p += part.length
  }
  return out
}

/**
 * Builds the {@link Codec} API from the format's parts.
 *
 * @internal
 */
export const buildCodec = <L extends LayoutSpec>(layout: L, parts: FormatParts): Codec<L> => {
  type R = RecordOf<L>
  const toDecoded = (
    record: number,
    byteOffset: number,
    value: object | undefined,
    problems: Array<JukiError>
  ): DecodedRecord<R> => {
    const accepted = !problems.some((p) => p.severity === "error")
    return { record, byteOffset, accepted, value: accepted ? (value as R) : undefined, problems: problems.slice() }
  }
  const reader = (onRecord: (r: DecodedRecord<R>) => void): RecordReader<R> =>
    parts.createReader(
      (record, byteOffset, value, problems) => onRecord(toDecoded(record, byteOffset, value, problems)),
      true
    ) as RecordReader<R>

  const decode = (bytes: Uint8Array): Decoded<R> => {
    const records: Array<DecodedRecord<R>> = []
    const tally = new Tally({ maxProblems: Number.MAX_SAFE_INTEGER })
    const r = reader((d) => {
      records.push(d)
      tally.record(d.record, d.problems)
    })
    if (bytes instanceof Uint8Array) {
      tally.bytes = bytes.length
      r.push(bytes)
    }
    r.end()
    tally.fileProblems(r.fileProblems())
    return { records, summary: tally.summary() }
  }

  async function* decodeStream(source: ByteSource): AsyncGenerator<DecodedRecord<R>> {
    let queue: Array<DecodedRecord<R>> = []
    const r = reader((d) => queue.push(d))
    const drain = () => {
      const out = queue
      queue = []
      return out
    }
    for await (const chunk of chunksOf(source)) {
      r.push(chunk)
      yield* drain()
    }
    r.end()
    yield* drain()
  }

  const validate = async (source: ByteSource, options: ValidateOptions = {}): Promise<Summary> => {
    const tally = new Tally(options)
    let fileProblemsSeen = 0
    const flushFileProblems = () => {
      const fp = r.fileProblems()
      for (; fileProblemsSeen < fp.length; fileProblemsSeen++) tally.problem(fp[fileProblemsSeen] as JukiError)
    }
    // File problems (a CSV header) come before the records after them, however the file is cut into chunks.
    const r: RecordReader<R> = parts.createReader((record, _offset, _value, problems) => {
      flushFileProblems()
      tally.record(record, problems)
    }, false) as RecordReader<R>
    for await (const chunk of chunksOf(source)) {
      tally.bytes += chunk.length
      r.push(chunk)
      flushFileProblems()
    }
    r.end()
    flushFileProblems()
    return tally.summary()
  }

  let single: RecordWriter | undefined
  const encodeRecord = (record: EncodeInput<L>, options: EncodeOptions = {}) =>
    (single ??= parts.createWriter()).write(record, 1, options.check ?? true, false)

  const encode = (
    records: Iterable<EncodeInput<L>>,
    options: EncodeOptions = {}
  ): Result.Result<Uint8Array, ReadonlyArray<JukiError>> => {
    const writer = parts.createWriter()
    const out: Array<Uint8Array> = []
    const problems: Array<JukiError> = []
    const prologue = writer.prologue()
    out.push(prologue)
    let total = prologue.length
    let n = 0
    for (const record of records) {
      const r = writer.write(record, ++n, options.check ?? true, true)
      if (Result.isFailure(r)) problems.push(...r.failure)
      else {
        out.push(r.success)
        total += r.success.length
      }
    }
    return problems.length > 0 ? Result.fail(problems) : Result.succeed(concat(out, total))
  }

  async function* encodeStream(
    records: Iterable<EncodeInput<L>> | AsyncIterable<EncodeInput<L>>,
    options: EncodeOptions = {}
  ): AsyncGenerator<Uint8Array> {
    const writer = parts.createWriter()
    const CHUNK = 1 << 16
    let buf = new Uint8Array(CHUNK)
    let used = 0
    const prologue = writer.prologue()
    buf.set(prologue)
    used = prologue.length
    let n = 0
    for await (const record of records as AsyncIterable<EncodeInput<L>>) {
      const r = writer.write(record, ++n, options.check ?? true, true)
      if (Result.isFailure(r)) {
        if (options.onError) {
          options.onError(n, r.failure)
          continue
        }
        throw new EncodeFailure(n, r.failure)
      }
      const bytes = r.success
      if (used + bytes.length > buf.length) {
        if (used > 0) yield buf.subarray(0, used)
        buf = new Uint8Array(Math.max(CHUNK, bytes.length))
        used = 0
      }
      buf.set(bytes, used)
      used += bytes.length
    }
    if (used > 0) yield buf.subarray(0, used)
  }

  const decoderStream = (): TransformStream<Uint8Array, DecodedRecord<R>> => {
    let r: RecordReader<R> | undefined
    let controller: TransformStreamDefaultController<DecodedRecord<R>> | undefined
    return new TransformStream<Uint8Array, DecodedRecord<R>>({
      start(c) {
        controller = c
        r = reader((d) => controller?.enqueue(d))
      },
      transform(chunk) {
        r?.push(chunk)
      },
      flush() {
        r?.end()
      }
    })
  }

  return {
    layout,
    format: parts.format,
    encoding: parts.encoding,
    layoutAlerts: parts.layoutAlerts,
    decodeRecord: (bytes) => parts.decodeOne(bytes) as Result.Result<R, ReadonlyArray<JukiError>>,
    encodeRecord,
    decode,
    encode,
    decodeStream,
    validate,
    encodeStream,
    decoderStream,
    reader
  }
}
