/**
 * CSV files (RFC 4180) of a layout: UTF-8 with or without BOM (or
 * Shift_JIS), CRLF, streaming in constant memory, with the same field checks
 * as the fixed-length codec.
 *
 * **When to use**
 *
 * `Csv.make(layout)` gives a {@link Codec} for exports and migration files
 * (移行ファイル): `decode`/`encode` for buffers, `decodeStream`/`validate`/
 * `encodeStream` for files of any size.
 *
 * **Details**
 *
 * - Reading: fields separated by `,`, records by CRLF (a bare LF is accepted
 *   too), `"` quotes with `""` escapes, line breaks inside quotes. A UTF-8 BOM
 *   at the start is skipped. The first line is a header by default
 *   (`header: "labels"`: the Japanese labels; `"names"`: the field names;
 *   `"none"`): a wrong header is reported with record number 0
 *   (`formats.csv.header`) and reading goes on.
 * - An empty cell is blank (`null`, or `formats.field.required`). Values are
 *   not trimmed or padded; widths of the layout are not enforced in CSV.
 * - What is accepted can be written back: an integer cell is accepted only
 *   in the form the writer writes (no leading zero: `7`, not `007`,
 *   `formats.csv.integer-form`); characters that the Shift_JIS mapping policy
 *   would write with other bytes are refused as in fixed-length files.
 * - Writing: CRLF after every record, quotes only where needed (`,` `"` CR
 *   LF; `quote: "always"` quotes every text cell), optional BOM.
 * - A record longer than `maxRecordBytes` (default 1 MiB; e.g. a quote that is
 *   never closed) is reported (`formats.record.too-long`) and skipped up to
 *   the next line break, so memory stays bounded.
 *
 * **Gotchas**
 *
 * - Control characters (including line breaks inside quotes) are outside
 *   every character class: such a cell is `formats.field.chars`.
 * - A quote in the middle of an unquoted cell does not open a quoted field;
 *   it is reported (`formats.csv.quote`) and the record boundaries stay.
 *
 * **Example** (A CSV round trip)
 *
 * ```ts
 * import { Csv, ReferenceLayouts } from "@juki/formats"
 *
 * const codec = Csv.make(ReferenceLayouts.TogoAtena, { header: "names" })
 * const { summary } = codec.decode(new TextEncoder().encode("myNumber,integratedAtenaNumber,…\r\n"))
 * summary.records === summary.accepted + summary.rejected // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import type { CheckTable } from "../checks/index.js"
import { buildCodec, type Codec, type RecordWriter } from "../codec/api.js"
import { Engine, unitsToString, withThrowingChecks, type EngineOptions } from "../codec/engine.js"
import * as SJ from "../charset/shift-jis.js"
import * as U8 from "../charset/utf8.js"
import { LayoutError, compile, type CompiledField, type CompiledLayout } from "../layout/compile.js"
import type { Encoding, LayoutSpec } from "../layout/model.js"
import {
  CsvColumns,
  CsvHeader,
  CsvIntegerForm,
  CsvQuote,
  EncodeType,
  LayoutShape,
  RecordTooLong,
  RecordTruncated
} from "../rules/index.js"
import type { RecordReader, RecordSink } from "../stream/index.js"

/**
 * Options of {@link make}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options extends EngineOptions {
  /** Encoding (default `"utf-8"`). */
  readonly encoding?: Encoding
  /** Header line: `"labels"` (default), `"names"` or `"none"`. */
  readonly header?: "labels" | "names" | "none"
  /** Write a UTF-8 BOM (default `false`). Reading always accepts one. */
  readonly bom?: boolean
  /** Quote `"as-needed"` (default) or `"always"` (text cells). */
  readonly quote?: "as-needed" | "always"
  /** Longest record kept in memory (default 1 MiB). */
  readonly maxRecordBytes?: number
  /** Further checks by id. */
  readonly checks?: CheckTable
}

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d

interface Cell {
  start: number
  end: number
  escaped: boolean
}

const createReader =
  (c: CompiledLayout, options: Options) =>
  (sink: RecordSink, materialize: boolean): RecordReader<unknown> => {
    const e = new Engine(c, options)
    const header = options.header ?? "labels"
    const maxBytes = options.maxRecordBytes ?? 1 << 20
    const byColumn: Array<CompiledField> = []
    for (const f of c.data) byColumn[f.column] = f
    const problems: Array<JukiError> = []
    const fileProblems: Array<JukiError> = []
    const cells: Array<Cell> = []
    let recordNo = 0
    let lineIsHeader = header !== "none"
    let fileOffset = 0
    let first = true
    let inQuote = false
    /** Last byte of the previous chunk, and whether it closed a quoted field. */
    let prevByte = LF
    let closedAtEnd = false
    let skipping = false
    let carry = new Uint8Array(4096)
    let carryLen = 0

    const appendCarry = (chunk: Uint8Array, from: number, to: number): boolean => {
      const n = to - from
      if (carryLen + n > maxBytes) return false
      if (carryLen + n > carry.length) {
        const bigger = new Uint8Array(Math.min(maxBytes, Math.max(carry.length * 2, carryLen + n)))
        bigger.set(carry.subarray(0, carryLen))
        carry = bigger
      }
      carry.set(chunk.subarray(from, to), carryLen)
      carryLen += n
      return true
    }

    /** Splits `buf[s, end)` into cells; returns a problem or undefined. */
    const split = (buf: Uint8Array, s: number, end: number, record: number, base: number): JukiError | undefined => {
      cells.length = 0
      let i = s
      for (;;) {
        const cell: Cell = { start: i, end: i, escaped: false }
        if (i < end && buf[i] === QUOTE) {
          let q = i + 1
          for (;;) {
            const next = buf.indexOf(QUOTE, q)
            if (next < 0 || next >= end) {
              return makeError(CsvQuote, {
                params: { problem: "a quote is not closed" },
                position: { record, byteOffset: base + (i - s) }
              })
            }
            if (next + 1 < end && buf[next + 1] === QUOTE) {
              cell.escaped = true
              q = next + 2
              continue
            }
            cell.start = i + 1
            cell.end = next
            i = next + 1
            break
          }
          if (i < end && buf[i] !== COMMA) {
            return makeError(CsvQuote, {
              params: { problem: "characters after a closing quote" },
              position: { record, byteOffset: base + (i - s) }
            })
          }
        } else {
          let comma = buf.indexOf(COMMA, i)
          if (comma < 0 || comma > end) comma = end
          const quote = buf.indexOf(QUOTE, i)
          if (quote >= 0 && quote < comma) {
            return makeError(CsvQuote, {
              params: { problem: "a quote inside an unquoted field" },
              position: { record, byteOffset: base + (quote - s) }
            })
          }
          cell.start = i
          cell.end = comma
          i = comma
        }
        cells.push(cell)
        if (i >= end) return undefined
        i++ // the comma
      }
    }

    const cellUnits = (
      buf: Uint8Array,
      cell: Cell,
      base: number,
      s: number,
      path: ReadonlyArray<string>,
      record: number
    ): number => {
      const n = e.decodeUnits(buf, cell.start, cell.end)
      if (n < 0) {
        problems.push(e.invalidBytes(n, cell.start, base + (cell.start - s), path, record))
        return -1
      }
      if (!cell.escaped) return n
      const u = e.units
      let w = 0
      for (let r = 0; r < n; r++) {
        u[w++] = u[r] as number
        if (u[r] === QUOTE && u[r + 1] === QUOTE) r++
      }
      return w
    }

    const line = (buf: Uint8Array, s: number, len: number, consumed: number) => {
      let end = s + len
      if (end > s && buf[end - 1] === CR) end--
      let start = s
      let base = fileOffset
      if (first) {
        first = false
        if (
          c.encoding === "utf-8" &&
          end - start >= 3 &&
          buf[start] === 0xef &&
          buf[start + 1] === 0xbb &&
          buf[start + 2] === 0xbf
        ) {
          start += 3
          base += 3
        }
      }
      if (lineIsHeader) {
        lineIsHeader = false
        problems.length = 0
        const bad = split(buf, start, end, 0, base)
        if (bad) fileProblems.push(bad)
        else {
          for (let k = 0; k < c.columns; k++) {
            const f = byColumn[k] as CompiledField
            const expected = header === "names" ? f.name : f.label
            const cell = cells[k]
            let got: string | undefined
            if (cell) {
              const n = cellUnits(buf, cell, base, start, [], 0)
              got = n < 0 ? undefined : unitsToString(e.units, 0, n)
            }
            if (got !== expected) {
              fileProblems.push(
                makeError(CsvHeader, {
                  params: { column: k + 1, expected },
                  position: { record: 0, byteOffset: base + ((cell?.start ?? start) - start) }
                })
              )
            }
          }
          if (cells.length !== c.columns) {
            fileProblems.push(
              makeError(CsvColumns, {
                params: { expected: c.columns, actual: cells.length },
                position: { record: 0, byteOffset: base }
              })
            )
          }
          fileProblems.push(...problems)
        }
        fileOffset += consumed
        return
      }
      recordNo++
      problems.length = 0
      let value: object | undefined
      const bad = split(buf, start, end, recordNo, base)
      if (bad) problems.push(bad)
      else if (cells.length !== c.columns) {
        problems.push(
          makeError(CsvColumns, {
            params: { expected: c.columns, actual: cells.length },
            position: { record: recordNo, byteOffset: base }
          })
        )
      } else {
        for (let k = 0; k < c.columns; k++) {
          const f = byColumn[k] as CompiledField
          const cell = cells[k] as Cell
          const byteOffset = base + (cell.start - start)
          e.offsets[f.index] = byteOffset
          const n = cellUnits(buf, cell, base, start, [f.name], recordNo)
          if (n < 0) {
            e.values[f.index] = undefined
            continue
          }
          if (f.integer && n > 1 && e.units[0] === 0x30) {
            // "007" would be written back as "7": only the canonical form is accepted.
            problems.push(
              makeError(CsvIntegerForm, {
                path: [f.name],
                params: { label: f.label },
                position: { record: recordNo, byteOffset }
              })
            )
            e.unknownFacts(f.index)
            e.values[f.index] = undefined
            continue
          }
          e.source(buf, cell.start, cell.escaped)
          e.readField(f, 0, n, n === 0, recordNo, byteOffset, problems, materialize)
        }
        e.crossChecks(recordNo, problems)
        if (materialize) {
          const out: Record<string, unknown> = {}
          for (const f of c.data) out[f.name] = e.values[f.index]
          value = out
        }
      }
      sink(recordNo, fileOffset, value, problems)
      fileOffset += consumed
    }

    const tooLong = (consumedSoFar: number) => {
      recordNo++
      problems.length = 0
      problems.push(
        makeError(RecordTooLong, {
          params: { limit: maxBytes },
          position: { record: recordNo, byteOffset: fileOffset }
        })
      )
      sink(recordNo, fileOffset, undefined, problems)
      fileOffset += consumedSoFar
    }
    let skipped = 0

    return {
      push: (chunk) => {
        let p = 0
        let i = 0
        const n = chunk.length
        if (skipping) {
          const lf = chunk.indexOf(LF)
          if (lf < 0) {
            fileOffset += n
            return
          }
          fileOffset += lf + 1
          skipping = false
          inQuote = false
          closedAtEnd = false
          prevByte = LF
          p = i = lf + 1
        }
        let nextLf = -2
        let nextQuote = -2
        let lastClose = -2
        while (i < n) {
          if (nextQuote !== -1 && nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i)
          if (inQuote) {
            if (nextQuote < 0) {
              i = n
              break
            }
            inQuote = false
            lastClose = nextQuote
            i = nextQuote + 1
            continue
          }
          if (nextLf !== -1 && nextLf < i) nextLf = chunk.indexOf(LF, i)
          const lf = nextLf
          const q = nextQuote
          if (q >= 0 && (lf < 0 || q < lf)) {
            // A quote opens a quoted field only at the start of a field, or right after a closing quote ("" escape).
            const prev = q > 0 ? chunk[q - 1] : prevByte
            const atRecordStart = q === p && (carryLen === 0 || q > 0)
            const escaped = q > 0 ? lastClose === q - 1 : closedAtEnd
            if (atRecordStart || prev === COMMA || escaped) inQuote = true
            i = q + 1
            continue
          }
          if (lf < 0) {
            i = n
            break
          }
          if (carryLen > 0) {
            if (!appendCarry(chunk, p, lf)) {
              tooLong(carryLen + (lf - p) + 1)
              carryLen = 0
            } else {
              line(carry, 0, carryLen, carryLen + 1)
              carryLen = 0
            }
          } else if (lf - p > maxBytes) {
            tooLong(lf - p + 1)
          } else line(chunk, p, lf - p, lf - p + 1)
          p = i = lf + 1
        }
        closedAtEnd = n > 0 && lastClose === n - 1
        if (n > 0) prevByte = chunk[n - 1] as number
        if (p < n && !appendCarry(chunk, p, n)) {
          // The record outgrew the limit: report it and skip to the next line break.
          skipped = carryLen + (n - p)
          tooLong(skipped)
          carryLen = 0
          skipping = true
          inQuote = false
        }
      },
      end: () => {
        if (carryLen > 0) {
          if (inQuote) {
            recordNo++
            problems.length = 0
            problems.push(
              makeError(RecordTruncated, {
                params: { expected: carryLen + 1, actual: carryLen },
                position: { record: recordNo, byteOffset: fileOffset }
              })
            )
            sink(recordNo, fileOffset, undefined, problems)
            fileOffset += carryLen
          } else line(carry, 0, carryLen, carryLen)
          carryLen = 0
        }
      },
      fileProblems: () => fileProblems
    }
  }

const needsQuote = (bytes: Uint8Array, n: number): boolean => {
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === QUOTE || b === COMMA || b === CR || b === LF) return true
  }
  return false
}

const createWriter = (c: CompiledLayout, options: Options) => (): RecordWriter => {
  const e = new Engine(c, options)
  const header = options.header ?? "labels"
  const always = options.quote === "always"
  const byColumn: Array<CompiledField> = []
  for (const f of c.data) byColumn[f.column] = f
  let out = new Uint8Array(4096)
  let used = 0
  const ensure = (n: number) => {
    if (used + n <= out.length) return
    const bigger = new Uint8Array(Math.max(out.length * 2, used + n))
    bigger.set(out.subarray(0, used))
    out = bigger
  }
  const put = (bytes: Uint8Array, n: number, quote: boolean) => {
    ensure(n * 2 + 2)
    if (quote) out[used++] = QUOTE
    for (let i = 0; i < n; i++) {
      const b = bytes[i] as number
      out[used++] = b
      if (quote && b === QUOTE) out[used++] = QUOTE
    }
    if (quote) out[used++] = QUOTE
  }
  return {
    prologue: () => {
      used = 0
      if (options.bom && c.encoding === "utf-8") {
        ensure(3)
        out[used++] = 0xef
        out[used++] = 0xbb
        out[used++] = 0xbf
      }
      if (header !== "none") {
        const problems: Array<JukiError> = []
        byColumn.forEach((f, k) => {
          if (k > 0) {
            ensure(1)
            out[used++] = COMMA
          }
          const text = header === "names" ? f.name : f.label
          const n = e.encodeText(f, text, { record: 0 }, problems)
          if (n >= 0) put(e.bytes, n, always || needsQuote(e.bytes, n))
        })
        ensure(2)
        out[used++] = CR
        out[used++] = LF
      }
      return out.slice(0, used)
    },
    write: (record, recordNo, check, terminator) => {
      used = 0
      if (typeof record !== "object" || record === null) {
        return Result.fail([
          makeError(EncodeType, { params: { expected: "a record object" }, position: { record: recordNo } })
        ])
      }
      const rec = record as { readonly [k: string]: unknown }
      const problems: Array<JukiError> = []
      byColumn.forEach((f, k) => {
        if (k > 0) {
          ensure(1)
          out[used++] = COMMA
        }
        const pos = { record: recordNo }
        const text = e.prepare(f, rec[f.name], e.derive(f, rec), check, pos, problems, rec)
        if (text === undefined || text === "") return
        const n = e.encodeText(f, text, pos, problems)
        if (n < 0) return
        put(e.bytes, n, (always && !f.integer) || needsQuote(e.bytes, n))
      })
      if (problems.length > 0) return Result.fail(problems)
      if (
        recordNo === 1 &&
        header === "none" &&
        !options.bom &&
        c.encoding === "utf-8" &&
        used >= 3 &&
        out[0] === 0xef &&
        out[1] === 0xbb &&
        out[2] === 0xbf
      ) {
        // The first cell starts with U+FEFF, which a reader takes for a BOM: write the BOM so that it reads back.
        ensure(3)
        out.copyWithin(3, 0, used)
        out[0] = 0xef
        out[1] = 0xbb
        out[2] = 0xbf
        used += 3
      }
      if (terminator) {
        ensure(2)
        out[used++] = CR
        out[used++] = LF
      }
      return Result.succeed(out.slice(0, used))
    }
  }
}

/**
 * Makes the CSV codec of a layout.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = <const L extends LayoutSpec>(layout: L, options: Options = {}): Codec<L> => {
  const encoding: Encoding = options.encoding ?? "utf-8"
  const c = compile(layout, { format: "csv", encoding, ...(options.checks ? { checks: options.checks } : {}) })
  const reader = createReader(c, options)
  const one = createReader(c, { ...options, header: "none" })
  return buildCodec(layout, {
    layoutAlerts: c.alerts,
    encoding,
    format: "csv",
    createReader: reader,
    createWriter: createWriter(c, options),
    decodeOne: (bytes) => {
      let result: Result.Result<object, ReadonlyArray<JukiError>> = Result.fail([
        makeError(CsvColumns, { params: { expected: c.columns, actual: 0 }, position: { record: 1, byteOffset: 0 } })
      ])
      let seen = 0
      const r = one((_record, _offset, value, problems) => {
        seen++
        if (seen === 1) {
          result =
            value !== undefined && !problems.some((p) => p.severity === "error")
              ? Result.succeed(value)
              : Result.fail(problems.slice())
        }
      }, true)
      if (bytes instanceof Uint8Array) r.push(bytes)
      r.end()
      return result
    }
  })
}

/**
 * Options of {@link decodeText}: the options of {@link make} (all JSON but
 * `checks`), and `throwingChecks`.
 *
 * @category models
 * @since 0.1.0
 */
export interface TextOptions extends Options {
  /**
   * Ids of checks that throw when called, added to `checks`. A check
   * function cannot be written in JSON; this is how a vector (or a test)
   * exercises `formats.field.check-failed`. Not for production layouts.
   */
  readonly throwingChecks?: ReadonlyArray<string>
}

/**
 * Decodes a whole CSV file given as text: the JSON-friendly form of the CSV
 * vectors (`conformance/vectors/formats/Csv.json`). The text is encoded
 * strictly in the codec's encoding (UTF-8 by default; `encoding:
 * "shift_jis"` with `policy`), then decoded. Succeeds with the decoded
 * records when the file has no problem at all; fails with every problem
 * (the records' in file order, then the header's) otherwise. Never throws.
 *
 * **When to use**
 *
 * Conformance vectors and quick checks of small files. Real files go
 * through {@link make} (`decode`, `validate`), which keeps accepted records
 * next to rejected ones.
 *
 * **Details**
 *
 * - An invalid layout fails with its problems (as `checkLayout`); text that
 *   cannot be encoded fails with the encoder's rule
 *   (`formats.encode.unmappable`, `text.shift-jis.unrepresentable`).
 * - The header line is expected as configured (`header`, default
 *   `"labels"`).
 *
 * **Gotchas**
 *
 * Line breaks are part of the text: write `\r\n` in JSON.
 *
 * **Example**
 *
 * ```ts
 * import { Csv } from "@juki/formats"
 *
 * const layout = { name: "L", title: "例", basis: "example", fields: [{ name: "v", label: "値", chars: "numeric" }] }
 * Csv.decodeText(layout, "値\r\n12\r\n") // => Result.succeed([{ v: "12" }])
 * Csv.decodeText(layout, "値\r\n1,2\r\n") // => Result.fail([formats.csv.columns])
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeText = (
  layout: LayoutSpec,
  text: string,
  options: TextOptions = {}
): Result.Result<ReadonlyArray<Record<string, unknown>>, ReadonlyArray<JukiError>> => {
  try {
    const codec = make(layout, withThrowingChecks(options))
    const bytes = codec.encoding === "shift_jis" ? SJ.encode(text, options.policy) : U8.encode(text)
    if (Result.isFailure(bytes)) return Result.fail([bytes.failure])
    const { records, summary } = codec.decode(bytes.success)
    return summary.problems > 0
      ? Result.fail(summary.firstProblems)
      : Result.succeed(records.map((r) => r.value as Record<string, unknown>))
  } catch (e) {
    return Result.fail(
      e instanceof LayoutError ? e.problems : [makeError(LayoutShape, { params: { problem: "unreadable layout" } })]
    )
  }
}
