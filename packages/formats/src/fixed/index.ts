/**
 * Fixed-length record files in Shift_JIS/CP932 or UTF-8: byte-exact decoding
 * and encoding of a layout, streaming in constant memory.
 *
 * **When to use**
 *
 * `FixedLength.make(layout)` gives a {@link Codec}: `decode`/`encode` for
 * buffers, `decodeStream`/`validate`/`encodeStream` for files of any size,
 * `decoderStream()` for web streams.
 *
 * **Details**
 *
 * - Widths and offsets count **bytes** of the encoding. 全角 fields are padded
 *   with U+3000 (Shift_JIS `81 40`; UTF-8 `E3 80 80`, the last 1–2 bytes
 *   with ASCII spaces when the width is not a multiple of 3), other text
 *   fields with ASCII spaces, integers with `0` (right-justified). Decoding
 *   strips the padding; a blank field decodes to `null` (or fails when
 *   required).
 * - Records end with CRLF (default), LF, or nothing (`recordTerminator:
 *   "none"`: records are cut every `recordLength` bytes). A line of the wrong
 *   length is rejected (`formats.record.length`) and reading goes on with the
 *   next line; a missing terminator on the last record is an alert.
 * - Line endings of CRLF files are strict by default (`lineEnding: "crlf"`):
 *   an LF without CR is an error (`formats.record.line-ending`) and the
 *   record is rejected; `lineEnding: "any"` (layout or option) accepts both.
 * - Invalid bytes (`formats.decode.invalid-bytes`), characters outside the
 *   field's class (`formats.field.chars`), codes outside the code list,
 *   failed checks (with the owning package's rule id), 項目長 and 外字数
 *   mismatches are reported with record number, byte offset and field.
 * - Encoding never writes `?`: an unencodable character fails with its index
 *   (`text.shift-jis.unrepresentable`), a value too long for its width fails
 *   with `formats.encode.overflow`.
 *
 * **Gotchas**
 *
 * - Padding is stripped on decode, so a text value that ends (or, right-
 *   justified, starts) with its padding character does not round-trip.
 * - `make` throws a `LayoutError` for an invalid layout; check untrusted
 *   layouts with `validateLayout` first.
 *
 * **Example** (Round trip of one record)
 *
 * ```ts
 * import { FixedLength, defineLayout } from "@juki/formats"
 * import { Result } from "effect"
 *
 * const layout = defineLayout({
 *   name: "Person", title: "例", basis: "example",
 *   fields: [
 *     { name: "code", label: "コード", chars: "numeric", length: 6, required: true },
 *     { name: "name", label: "氏名", chars: "fullwidth", length: 10 }
 *   ]
 * })
 * const codec = FixedLength.make(layout)
 * const bytes = Result.getOrThrow(codec.encodeRecord({ code: "000123", name: "山田" }))
 * // bytes: 30 30 30 31 32 33 8E 52 93 63 81 40 81 40 81 40
 * Result.getOrThrow(codec.decodeRecord(bytes)) // => { code: "000123", name: "山田" }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import type { CheckTable } from "../checks/index.js"
import { buildCodec, type Codec, type RecordWriter } from "../codec/api.js"
import { Engine, overflowError, withThrowingChecks, type EngineOptions } from "../codec/engine.js"
import * as SJ from "../charset/shift-jis.js"
import { LayoutError, compile, type CompiledField, type CompiledLayout } from "../layout/compile.js"
import type { Encoding, FieldSpec, LayoutSpec, LineEnding, RecordTerminator } from "../layout/model.js"
import {
  DecodeInvalidBytes,
  EncodeType,
  LayoutShape,
  RecordLength,
  RecordLineEnding,
  RecordTerminatorMissing as RecordTerminatorRule,
  RecordTruncated
} from "../rules/index.js"
import type { RecordReader, RecordSink } from "../stream/index.js"
import { decodeFields, fastKind } from "./fields.js"

/**
 * Options of {@link make}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options extends EngineOptions {
  /** Encoding (default: the layout's, else `"shift_jis"`). */
  readonly encoding?: Encoding
  /** Record terminator (default: the layout's, else `"CRLF"`). */
  readonly recordTerminator?: RecordTerminator
  /** Line-ending policy with `"CRLF"` (default: the layout's, else `"crlf"`, strict; `"any"` also takes a bare LF). */
  readonly lineEnding?: LineEnding
  /** Further checks by id. */
  readonly checks?: CheckTable
  /**
   * Byte-level fast paths (default `true`). They never change results; tests
   * switch them off to compare with the general path.
   *
   * @internal
   */
  readonly fastPaths?: boolean
}

/**
 * The byte length of one record of a layout (without terminator).
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength, ReferenceLayouts } from "@juki/formats"
 * FixedLength.recordLength(ReferenceLayouts.HonninKakuninJoho) // => 762
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const recordLength = (layout: LayoutSpec, options: Options = {}): number =>
  compile(layout, { format: "fixed", ...(options.encoding ? { encoding: options.encoding } : {}) }).recordLength

const terminatorBytes = (t: RecordTerminator): Uint8Array =>
  t === "CRLF" ? Uint8Array.of(13, 10) : t === "LF" ? Uint8Array.of(10) : new Uint8Array(0)

const createReader =
  (c: CompiledLayout, options: Options, terminator: RecordTerminator) =>
  (sink: RecordSink, materialize: boolean): RecordReader<unknown> => {
    const e = new Engine(c, options)
    const strict = (options.lineEnding ?? c.lineEnding) === "crlf"
    e.fast = options.fastPaths !== false
    const kinds = Uint8Array.from(c.fields, (f) => fastKind(f, e.utf8))
    const L = c.recordLength
    const problems: Array<JukiError> = []
    let recordNo = 0
    let fileOffset = 0
    // A partial record carried between chunks; `carryLen` may exceed the capacity (the excess is only counted).
    const carry = new Uint8Array(L + 2)
    let carryLen = 0
    const append = (chunk: Uint8Array, from: number, to: number) => {
      const room = Math.max(0, Math.min(carry.length - carryLen, to - from))
      if (room > 0) carry.set(chunk.subarray(from, from + room), carryLen)
      carryLen += to - from
    }
    const record = (buf: Uint8Array, s: number, len: number, consumed: number, missingTerminator: boolean) => {
      recordNo++
      problems.length = 0
      let value: object | undefined
      let end = len
      let bareLf = false
      if (terminator === "CRLF" && len <= L + 1) {
        if (end > 0 && buf[s + end - 1] === 13) end--
        else if (!missingTerminator && strict) {
          bareLf = true
          problems.push(
            makeError(RecordLineEnding, {
              params: { terminator: "CRLF" },
              position: { record: recordNo, byteOffset: fileOffset + len }
            })
          )
        }
      }
      if (missingTerminator) {
        problems.push(
          makeError(RecordTerminatorRule, {
            params: { terminator },
            position: { record: recordNo, byteOffset: fileOffset + len }
          })
        )
      }
      if (end !== L) {
        problems.push(
          makeError(RecordLength, {
            params: { expected: L, actual: end },
            position: { record: recordNo, byteOffset: fileOffset }
          })
        )
      } else {
        value = decodeFields(e, kinds, buf, s, recordNo, fileOffset, problems, materialize)
        if (bareLf) value = undefined
      }
      sink(recordNo, fileOffset, value, problems)
      fileOffset += consumed
    }
    if (terminator === "none") {
      return {
        push: (chunk) => {
          let p = 0
          if (carryLen > 0) {
            const need = Math.min(L - carryLen, chunk.length)
            append(chunk, 0, need)
            p = need
            if (carryLen < L) return
            blockRecord(carry, 0)
            carryLen = 0
          }
          while (p + L <= chunk.length) {
            blockRecord(chunk, p)
            p += L
          }
          if (p < chunk.length) append(chunk, p, chunk.length)
        },
        end: () => {
          if (carryLen > 0) {
            recordNo++
            problems.length = 0
            problems.push(
              makeError(RecordTruncated, {
                params: { expected: L, actual: carryLen },
                position: { record: recordNo, byteOffset: fileOffset }
              })
            )
            sink(recordNo, fileOffset, undefined, problems)
            fileOffset += carryLen
            carryLen = 0
          }
        },
        fileProblems: () => []
      }
    }
    function blockRecord(buf: Uint8Array, s: number) {
      recordNo++
      problems.length = 0
      const value = decodeFields(e, kinds, buf, s, recordNo, fileOffset, problems, materialize)
      sink(recordNo, fileOffset, value, problems)
      fileOffset += L
    }
    return {
      push: (chunk) => {
        let p = 0
        if (carryLen > 0) {
          const lf = chunk.indexOf(10)
          if (lf < 0) {
            append(chunk, 0, chunk.length)
            return
          }
          append(chunk, 0, lf)
          record(carry, 0, carryLen, carryLen + 1, false)
          carryLen = 0
          p = lf + 1
        }
        for (;;) {
          const lf = chunk.indexOf(10, p)
          if (lf < 0) break
          record(chunk, p, lf - p, lf - p + 1, false)
          p = lf + 1
        }
        if (p < chunk.length) append(chunk, p, chunk.length)
      },
      end: () => {
        if (carryLen > 0) {
          record(carry, 0, carryLen, carryLen, true)
          carryLen = 0
        }
      },
      fileProblems: () => []
    }
  }

const FULL_SJIS = Uint8Array.of(0x81, 0x40)
const FULL_UTF8 = Uint8Array.of(0xe3, 0x80, 0x80)

/** Writes `count` bytes of padding of field `f` at `out[p]`. */
const writePad = (e: Engine, f: CompiledField, out: Uint8Array, p: number, count: number, blankInteger: boolean) => {
  if (f.pad === 0x3000 && !blankInteger) {
    const unit = e.utf8 ? FULL_UTF8 : FULL_SJIS
    // The 1–2 ASCII spaces a UTF-8 width leaves over go on the outer side, where the reader strips them first.
    const spaces = count % unit.length
    const from = f.justify === "right" ? p + spaces : p
    for (let i = 0; i + unit.length <= count; i += unit.length) out.set(unit, from + i)
    out.fill(0x20, f.justify === "right" ? p : p + count - spaces, f.justify === "right" ? p + spaces : p + count)
  } else out.fill(blankInteger ? 0x20 : f.pad, p, p + count)
}

const createWriter = (c: CompiledLayout, options: Options, terminator: RecordTerminator) => (): RecordWriter => {
  const e = new Engine(c, options)
  const term = terminatorBytes(terminator)
  const L = c.recordLength
  return {
    prologue: () => new Uint8Array(0),
    write: (record, recordNo, check, withTerminator) => {
      const problems: Array<JukiError> = []
      if (typeof record !== "object" || record === null) {
        return Result.fail([
          makeError(EncodeType, { params: { expected: "a record object" }, position: { record: recordNo } })
        ])
      }
      const rec = record as { readonly [k: string]: unknown }
      const out = new Uint8Array(L + (withTerminator ? term.length : 0))
      for (const f of c.fields) {
        const pos = { record: recordNo, byteOffset: f.offset }
        if (f.filler) {
          writePad(e, f, out, f.offset, f.length, false)
          continue
        }
        const text = e.prepare(f, rec[f.name], e.derive(f, rec), check, pos, problems, rec)
        if (text === undefined) continue
        if (text === "") {
          writePad(e, f, out, f.offset, f.length, f.integer)
          continue
        }
        if (f.integer) {
          if (text.length > f.length) {
            problems.push(overflowError(f, text.length, pos))
            continue
          }
          const padCount = f.length - text.length
          const start = f.justify === "right" ? f.offset + padCount : f.offset
          for (let i = 0; i < text.length; i++) out[start + i] = text.charCodeAt(i)
          writePad(e, f, out, f.justify === "right" ? f.offset : f.offset + text.length, padCount, false)
          continue
        }
        const n = e.encodeText(f, text, pos, problems)
        if (n < 0) continue
        if (n > f.length) {
          problems.push(overflowError(f, n, pos))
          continue
        }
        const padCount = f.length - n
        if (f.justify === "right") {
          writePad(e, f, out, f.offset, padCount, false)
          out.set(e.bytes.subarray(0, n), f.offset + padCount)
        } else {
          out.set(e.bytes.subarray(0, n), f.offset)
          writePad(e, f, out, f.offset + n, padCount, false)
        }
      }
      if (problems.length > 0) return Result.fail(problems)
      if (withTerminator) out.set(term, L)
      return Result.succeed(out)
    }
  }
}

/**
 * Makes the fixed-length codec of a layout.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = <const L extends LayoutSpec>(layout: L, options: Options = {}): Codec<L> => {
  const c = compile(layout, {
    format: "fixed",
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.checks ? { checks: options.checks } : {})
  })
  const terminator = options.recordTerminator ?? c.terminator
  const reader = createReader(c, options, terminator)
  const writer = createWriter(c, options, terminator)
  const one = new Engine(c, options)
  one.fast = options.fastPaths !== false
  const oneKinds = Uint8Array.from(c.fields, (f) => fastKind(f, one.utf8))
  return buildCodec(layout, {
    layoutAlerts: c.alerts,
    encoding: c.encoding,
    format: "fixed",
    createReader: reader,
    createWriter: writer,
    decodeOne: (bytes) => {
      const problems: Array<JukiError> = []
      if (!(bytes instanceof Uint8Array)) {
        return Result.fail([
          makeError(RecordLength, {
            params: { expected: c.recordLength, actual: 0 },
            position: { record: 1, byteOffset: 0 }
          })
        ])
      }
      if (bytes.length !== c.recordLength) {
        return Result.fail([
          makeError(RecordLength, {
            params: { expected: c.recordLength, actual: bytes.length },
            position: { record: 1, byteOffset: 0 }
          })
        ])
      }
      const value = decodeFields(one, oneKinds, bytes, 0, 1, 0, problems, true)
      return problems.some((p) => p.severity === "error") || value === undefined
        ? Result.fail(problems)
        : Result.succeed(value)
    }
  })
}

/**
 * Options of {@link encodeField} and {@link decodeField}.
 *
 * @category models
 * @since 0.1.0
 */
export interface FieldOptions extends EngineOptions {
  readonly encoding?: Encoding
}

const fieldCodec = (field: FieldSpec, options: FieldOptions) =>
  make(
    {
      name: "Field",
      title: "項目",
      basis: "single field",
      recordTerminator: "none",
      fields: [{ ...field, offset: 0, filler: false }]
    },
    options
  )

/**
 * Encodes one value as the bytes of one fixed-length field, in hex: the
 * JSON-friendly form of the padding vectors
 * (`conformance/vectors/formats/FixedLength.json`).
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength } from "@juki/formats"
 * FixedLength.encodeField({ name: "v", label: "氏名", chars: "fullwidth", length: 6 }, "山") // => Result.succeed("8E5281408140")
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeField = (
  field: FieldSpec,
  value: unknown,
  options: FieldOptions = {}
): Result.Result<string, ReadonlyArray<JukiError>> => {
  try {
    return Result.map(fieldCodec(field, options).encodeRecord({ [field.name]: value } as never), SJ.toHex)
  } catch (e) {
    return Result.fail(
      e instanceof LayoutError ? e.problems : [makeError(EncodeType, { params: { expected: "a field definition" } })]
    )
  }
}

/**
 * Decodes the hex bytes of one fixed-length field to its value (`null` when
 * blank).
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeField = (
  field: FieldSpec,
  hex: string,
  options: FieldOptions = {}
): Result.Result<unknown, ReadonlyArray<JukiError>> => {
  try {
    const bytes = SJ.fromHex(hex)
    if (bytes === undefined)
      return Result.fail([makeError(RecordLength, { params: { expected: field.length ?? 0, actual: 0 } })])
    return Result.map(fieldCodec(field, options).decodeRecord(bytes), (r) => (r as Record<string, unknown>)[field.name])
  } catch (e) {
    return Result.fail(
      e instanceof LayoutError ? e.problems : [makeError(EncodeType, { params: { expected: "a field definition" } })]
    )
  }
}

/**
 * Options of {@link decodeHex} and {@link encodeHex}: the options of
 * {@link make} (all JSON but `checks`), and two more.
 *
 * @category models
 * @since 0.1.0
 */
export interface HexOptions extends Options {
  /**
   * Ids of checks that throw when called, added to `checks`. A check
   * function cannot be written in JSON; this is how a vector (or a test)
   * exercises `formats.field.check-failed`. Not for production layouts.
   */
  readonly throwingChecks?: ReadonlyArray<string>
  /** {@link encodeHex}: also run the validation rules (default `true`, see `EncodeOptions.check`). */
  readonly check?: boolean
}

const layoutFailure = (e: unknown): ReadonlyArray<JukiError> =>
  e instanceof LayoutError ? e.problems : [makeError(LayoutShape, { params: { problem: "unreadable layout" } })]

/**
 * Decodes a whole fixed-length file given as hex (white space ignored): the
 * JSON-friendly form of the record and field vectors
 * (`conformance/vectors/formats/FixedLength-records.json`). Succeeds with
 * the decoded records when the file has no problem at all; fails with every
 * problem, errors and alerts, in file order otherwise. Never throws.
 *
 * **When to use**
 *
 * Conformance vectors and quick checks of small files. Real files go
 * through {@link make} (`decode`, `validate`), which keeps accepted records
 * next to rejected ones and tells errors from alerts.
 *
 * **Details**
 *
 * - An invalid layout fails with its problems (as `checkLayout`); text that
 *   is not hex fails with `formats.decode.invalid-bytes`.
 * - Alerts fail too: a last record without its terminator
 *   (`formats.record.terminator`) is a failure here, an accepted record in
 *   `decode`.
 *
 * **Gotchas**
 *
 * Layout alerts (`formats.layout.fullwidth-utf8`) are not repeated; see
 * `checkLayout`.
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength } from "@juki/formats"
 *
 * const layout = { name: "L", title: "例", basis: "example", fields: [{ name: "v", label: "値", chars: "numeric", length: 2 }] }
 * FixedLength.decodeHex(layout, "3132 0D0A") // => Result.succeed([{ v: "12" }])
 * FixedLength.decodeHex(layout, "313233 0D0A") // => Result.fail([formats.record.length])
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeHex = (
  layout: LayoutSpec,
  hex: string,
  options: HexOptions = {}
): Result.Result<ReadonlyArray<Record<string, unknown>>, ReadonlyArray<JukiError>> => {
  const bytes = SJ.fromHex(hex)
  if (bytes === undefined) return Result.fail([makeError(DecodeInvalidBytes, { params: { encoding: "hex" } })])
  try {
    const { records, summary } = make(layout, withThrowingChecks(options)).decode(bytes)
    return summary.problems > 0
      ? Result.fail(summary.firstProblems)
      : Result.succeed(records.map((r) => r.value as Record<string, unknown>))
  } catch (e) {
    return Result.fail(layoutFailure(e))
  }
}

/**
 * Encodes records to a whole fixed-length file (with record terminators) and
 * returns its bytes as upper-case hex: the JSON-friendly form of the encoder
 * vectors. 項目長 and 外字数 fields left out are computed. Fails with every
 * problem of every record. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength } from "@juki/formats"
 *
 * const layout = { name: "L", title: "例", basis: "example", fields: [{ name: "v", label: "値", chars: "numeric", length: 3 }] }
 * FixedLength.encodeHex(layout, [{ v: "12" }]) // => Result.succeed("3132200D0A")
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeHex = (
  layout: LayoutSpec,
  records: ReadonlyArray<Record<string, unknown>>,
  options: HexOptions = {}
): Result.Result<string, ReadonlyArray<JukiError>> => {
  if (!Array.isArray(records))
    return Result.fail([makeError(EncodeType, { params: { expected: "an array of records" } })])
  try {
    const codec = make(layout, withThrowingChecks(options))
    return Result.map(codec.encode(records as never, { check: options.check ?? true }), SJ.toHex)
  } catch (e) {
    return Result.fail(layoutFailure(e))
  }
}
