// The field-level engine shared by the fixed-length and CSV codecs: bytes of one field → checked value, and
// value → bytes. Internal; the public API is in ../fixed and ../csv.
import { Text, makeError, relocate, type JukiError, type Position } from "@juki/core"
import * as SJ from "../charset/shift-jis.js"
import * as U8 from "../charset/utf8.js"
import { byteLengthIn, unitFitsClass, type CompiledField, type CompiledLayout } from "../layout/compile.js"
import { CHAR_CLASS_LABELS, type FieldCheck } from "../layout/model.js"
import type { CheckContext, CheckTable } from "../checks/index.js"
import {
  DecodeInvalidBytes,
  EncodeOverflow,
  EncodeType,
  FieldChars,
  FieldCheckFailed,
  FieldCode,
  FieldGaijiCount,
  FieldItemLength,
  FieldRequired
} from "../rules/index.js"

/**
 * Options shared by the codecs.
 *
 * @category models
 * @since 0.1.0
 */
export interface EngineOptions {
  /** Shift_JIS mapping policy (see `ShiftJis.MappingPolicy`). */
  readonly policy?: Partial<SJ.MappingPolicy>
}

/**
 * A value being decoded: `undefined` = the field is invalid.
 *
 * @internal
 */
export type Value = string | number | null | undefined

const NO_VALUES: ReadonlyArray<string | null> = Object.freeze([])
const NO_BYTES = new Uint8Array(0)

/**
 * Per-codec state: compiled layout, tables and scratch buffers. Not
 * re-entrant; each codec instance owns one.
 *
 * @internal
 */
export class Engine {
  readonly c: CompiledLayout
  readonly sjis: SJ.Tables | undefined
  readonly utf8: boolean
  readonly charsetOptions: Text.ShiftJisOptions
  units: Uint16Array
  bytes: Uint8Array
  /** Values of the data fields of the current record. */
  readonly values: Array<Value>
  /** Byte offset (in the file) of each data field of the current record. */
  readonly offsets: Float64Array
  /** Per data field of the current record: byte length of the value in the file, or -1 = unknown. */
  readonly byteLens: Int32Array
  /** Per data field: number of characters of the value, or -1 = unknown. */
  readonly charLens: Int32Array
  /** Per data field: 0 when the value is known to have no 外字, -1 = unknown. */
  readonly gaiji: Int8Array
  /** 1 where a code unit is not a 外字 (see `ShiftJis.Tables.plain`). */
  readonly plain: Uint8Array
  /** Fields with a check, and fields derived from others (項目長, 外字数). */
  readonly checked: ReadonlyArray<CompiledField>
  readonly derived: ReadonlyArray<CompiledField>
  /** Memo of check results per data field (bounded, dropped when it does not pay off). */
  readonly caches: Array<CheckCache | undefined>
  /** Per data field: the check context of fields without `checkWith` (reused). */
  readonly contexts: ReadonlyArray<CheckContext>
  /** Per data field of the current record: numeric memo key of a short digit value, or -1. */
  readonly keys: Float64Array
  /** Per data field of the current record: `true` when the memo knew the value valid while reading. */
  readonly cached: Array<boolean>
  /** Fast paths on (default) — tests switch them off to compare with the general path. */
  fast = true
  /**
   * Where the code units `units[0…]` of the field being read were decoded
   * from: `src[srcStart…]`, with `""` read as one quote when `srcEscaped`
   * (a quoted CSV cell). Used only to place a problem at its exact byte.
   */
  src: Uint8Array = NO_BYTES
  srcStart = 0
  srcEscaped = false

  constructor(c: CompiledLayout, options: EngineOptions) {
    this.c = c
    this.utf8 = c.encoding === "utf-8"
    const tables = SJ.tables(options.policy ?? SJ.defaultPolicy)
    this.sjis = this.utf8 ? undefined : tables
    this.plain = tables.plain
    this.charsetOptions = { charset: tables.policy.charset }
    const widest = c.fields.reduce((m, f) => Math.max(m, f.length), 64)
    this.units = new Uint16Array(widest)
    this.bytes = new Uint8Array(widest * 3 + 16)
    const n = c.data.length
    this.values = new Array<Value>(n).fill(null)
    this.offsets = new Float64Array(n)
    this.byteLens = new Int32Array(n).fill(-1)
    this.charLens = new Int32Array(n).fill(-1)
    this.gaiji = new Int8Array(n).fill(-1)
    this.contexts = c.data.map((f) => Object.freeze({ options: f.checkContextOptions, with: NO_VALUES }))
    this.keys = new Float64Array(n).fill(-1)
    this.cached = new Array<boolean>(n).fill(false)
    this.checked = c.data.filter((f) => f.check !== undefined)
    this.derived = c.data.filter((f) => f.itemLengthOf >= 0 || f.gaijiCountOf >= 0)
    // One memo per check and options: fields of the same kind (dates, codes) share it.
    const shared = new Map<string, CheckCache>()
    this.caches = c.data.map((f) => {
      if (f.check === undefined || typeof f.spec.check !== "string" || f.checkWith.length > 0) return undefined
      const key = `${f.spec.check}\u0000${JSON.stringify(f.checkContextOptions)}`
      let cache = shared.get(key)
      if (cache === undefined) shared.set(key, (cache = new CheckCache()))
      return cache
    })
  }

  /** Marks the per-field facts of a data field as unknown (general path). */
  unknownFacts(index: number): void {
    this.byteLens[index] = -1
    this.charLens[index] = -1
    this.gaiji[index] = -1
    this.keys[index] = -1
    this.cached[index] = false
  }

  /** Decodes `bytes[start, end)` into `this.units`; returns the count or a negative error code. */
  decodeUnits(bytes: Uint8Array, start: number, end: number): number {
    if (end - start > this.units.length) this.units = new Uint16Array(end - start)
    return this.sjis
      ? SJ.decodeInto(this.sjis, bytes, start, end, this.units)
      : U8.decodeInto(bytes, start, end, this.units)
  }

  /** Sets where the code units of the next {@link readField} come from. */
  source(bytes: Uint8Array, start: number, escaped: boolean): void {
    this.src = bytes
    this.srcStart = start
    this.srcEscaped = escaped
  }

  /**
   * The byte offset, relative to `srcStart`, of code unit `unit` of the
   * decoded text (only called on a problem: the bytes decoded without error).
   */
  unitByteOffset(unit: number): number {
    const b = this.src
    const single = this.sjis?.single
    let p = this.srcStart
    let u = 0
    while (u < unit && p < b.length) {
      const x = b[p] as number
      if (this.srcEscaped && x === 0x22 && b[p + 1] === 0x22) p += 2
      else if (single !== undefined) p += single[x] === SJ.LEAD ? 2 : 1
      else if (x < 0x80) p += 1
      else if (x < 0xe0) p += 2
      else if (x < 0xf0) p += 3
      else {
        p += 4
        u++ // outside the BMP: two code units
      }
      u++
    }
    return p - this.srcStart
  }

  /** A character-class problem at code unit `unit` of the field being read, placed at its exact byte. */
  classAt(f: CompiledField, unit: number, record: number, byteOffset: number): JukiError {
    return classError(f, unit, { record, byteOffset: byteOffset + this.unitByteOffset(unit) })
  }

  invalidBytes(
    code: number,
    bytesStart: number,
    fileOffsetOfStart: number,
    path: ReadonlyArray<string>,
    record: number
  ): JukiError {
    const e = this.sjis ? SJ.invalidBytesError(code, 0, this.sjis.policy.charset) : U8.invalidBytesError(code, 0)
    const at = (e.position?.byteOffset ?? bytesStart) - bytesStart + fileOffsetOfStart
    return makeError(e.rule, { path, params: e.params, position: { record, byteOffset: at } })
  }

  /**
   * Reads one field from its code units `this.units[a, b)` (padding already
   * stripped by the caller for fixed-length; raw for CSV). Stores the value
   * (or `undefined` when invalid) and pushes problems. `materialize`
   * decides whether a plain text value is turned into a string.
   */
  readField(
    f: CompiledField,
    a: number,
    b: number,
    blank: boolean,
    record: number,
    byteOffset: number,
    problems: Array<JukiError>,
    materialize: boolean
  ): void {
    const units = this.units
    this.unknownFacts(f.index)
    if (blank) {
      if (f.required) {
        problems.push(
          makeError(FieldRequired, { path: [f.name], params: { label: f.label }, position: { record, byteOffset } })
        )
        this.values[f.index] = undefined
      } else this.values[f.index] = null
      return
    }
    if (f.integer) {
      let n = 0
      for (let i = a; i < b; i++) {
        const u = units[i] as number
        if (u < 0x30 || u > 0x39) {
          problems.push(this.classAt(f, i, record, byteOffset))
          this.values[f.index] = undefined
          return
        }
        n = n * 10 + (u - 0x30)
      }
      this.values[f.index] = n
      return
    }
    const chars = f.chars
    for (let i = a; i < b; i++) {
      const u = units[i] as number
      if (!unitFitsClass(u, chars)) {
        problems.push(this.classAt(f, i, record, byteOffset))
        this.values[f.index] = undefined
        return
      }
      if (u >= 0xd800 && u <= 0xdfff) {
        const next = i + 1 < b ? (units[i + 1] as number) : 0
        if (u > 0xdbff || next < 0xdc00 || next > 0xdfff) {
          problems.push(this.classAt(f, i, record, byteOffset))
          this.values[f.index] = undefined
          return
        }
        i++
      }
    }
    if (!materialize && f.codes === undefined && f.check === undefined && !f.referenced) {
      this.values[f.index] = ""
      return
    }
    const value = unitsToString(units, a, b)
    if (f.codes !== undefined && !f.codes.has(value)) {
      problems.push(
        makeError(FieldCode, {
          input: value,
          path: [f.name],
          params: { label: f.label },
          position: { record, byteOffset }
        })
      )
      this.values[f.index] = undefined
      return
    }
    this.values[f.index] = value
  }

  /**
   * Runs the cross-field and external checks of a record once every field
   * is read: 項目長, 外字数 and the checks by reference.
   */
  crossChecks(record: number, problems: Array<JukiError>): void {
    const c = this.c
    const values = this.values
    const checked = this.checked
    for (let k = 0; k < checked.length; k++) {
      const f = checked[k] as CompiledField
      const v = values[f.index]
      if (typeof v !== "string") continue
      let e: JukiError | undefined
      const cache = this.caches[f.index]
      const key = this.keys[f.index] as number
      const known = this.cached[f.index] === true || (cache !== undefined && key < 0 && cache.has(v))
      if (!known) {
        const fastValid = f.checkEntry?.isValid
        if (fastValid !== undefined && f.checkWith.length === 0 && fastValid(v, f.checkContextOptions)) e = undefined
        else {
          let context = this.contexts[f.index] as CheckContext
          if (f.checkWith.length > 0) {
            // A partner that is itself invalid has been reported already: do not cascade.
            if (f.checkWith.some((i) => values[i] === undefined)) continue
            const withValues = f.checkWith.map((i) => {
              const w = values[i]
              return typeof w === "string" ? w : typeof w === "number" ? String(w) : null
            })
            context = { options: f.checkContextOptions, with: withValues }
          }
          try {
            e = (f.check as FieldCheck)(v, context)
          } catch {
            e = makeError(FieldCheckFailed, { params: { label: f.label } })
          }
        }
        if (cache !== undefined && e === undefined) {
          if (key >= 0) cache.addValidKey(key)
          else cache.addValid(v)
        }
      }
      if (e) {
        problems.push(
          relocate(e, { path: [f.name], position: { record, byteOffset: this.offsets[f.index] as number } })
        )
        values[f.index] = undefined
      }
    }
    const derived = this.derived
    for (let k = 0; k < derived.length; k++) {
      const f = derived[k] as CompiledField
      const v = values[f.index]
      if (typeof v !== "number") continue
      const isLength = f.itemLengthOf >= 0
      const target = c.data[isLength ? f.itemLengthOf : f.gaijiCountOf] as CompiledField
      const tv = values[target.index]
      if (tv === undefined) continue
      let actual: number
      if (isLength) {
        const known = c.itemLengthUnit === "chars" ? this.charLens[target.index] : this.byteLens[target.index]
        actual = tv === null ? 0 : (known as number) >= 0 ? (known as number) : this.measure(String(tv))
      } else {
        actual = tv === null || this.gaiji[target.index] === 0 ? 0 : Text.countGaiji(String(tv), this.charsetOptions)
      }
      if (actual !== v) {
        problems.push(
          makeError(isLength ? FieldItemLength : FieldGaijiCount, {
            path: [f.name],
            params: { label: f.label, target: target.name, actual },
            position: { record, byteOffset: this.offsets[f.index] as number }
          })
        )
        values[f.index] = undefined
      }
    }
  }

  /** 項目長 of a value: bytes in the file's encoding (default) or code points. */
  measure(text: string): number {
    if (this.c.itemLengthUnit === "chars") {
      let n = 0
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i)
        if (!(u >= 0xdc00 && u <= 0xdfff && i > 0)) n++
      }
      return n
    }
    return byteLengthIn(this.c.encoding, text)
  }

  /**
   * Encodes a text value into `this.bytes` from 0. Returns the byte count,
   * or pushes a problem and returns -1.
   */
  encodeText(f: CompiledField, value: string, pos: Position, problems: Array<JukiError>): number {
    if (value.length * 3 + 16 > this.bytes.length) this.bytes = new Uint8Array(value.length * 3 + 16)
    const n = this.sjis ? SJ.encodeInto(this.sjis, value, this.bytes, 0) : U8.encodeInto(value, this.bytes, 0)
    if (n < 0) {
      const e = this.sjis ? SJ.unrepresentableError(this.sjis, value, -1 - n) : U8.unmappableError(value, -1 - n)
      problems.push(relocate(e, { path: [f.name], position: pos }))
      return -1
    }
    return n
  }

  /**
   * Checks a value to encode against its field: type, class, (with `check`)
   * required, code list and the external check. Returns the text to write
   * (`""` for blank) or `undefined` after pushing a problem.
   */
  prepare(
    f: CompiledField,
    value: unknown,
    derived: number | undefined,
    check: boolean,
    pos: Position,
    problems: Array<JukiError>,
    record: { readonly [k: string]: unknown }
  ): string | undefined {
    if (derived !== undefined) {
      if (check && value !== undefined && value !== null && value !== derived) {
        const target = this.c.data[f.itemLengthOf >= 0 ? f.itemLengthOf : f.gaijiCountOf] as CompiledField
        problems.push(
          makeError(f.itemLengthOf >= 0 ? FieldItemLength : FieldGaijiCount, {
            path: [f.name],
            params: { label: f.label, target: target.name, actual: derived },
            position: pos
          })
        )
        return undefined
      }
      // Left out (undefined): computed. `null` is a blank field, as decoding gives it back (written blank).
      if (value === undefined) value = derived
    }
    if (value === undefined || value === null || value === "") {
      if (check && f.required) {
        problems.push(makeError(FieldRequired, { path: [f.name], params: { label: f.label }, position: pos }))
        return undefined
      }
      return ""
    }
    if (f.integer) {
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
        problems.push(
          makeError(EncodeType, { path: [f.name], params: { expected: "a non-negative integer" }, position: pos })
        )
        return undefined
      }
      return String(value)
    }
    if (typeof value !== "string") {
      problems.push(makeError(EncodeType, { path: [f.name], params: { expected: "a string" }, position: pos }))
      return undefined
    }
    for (let i = 0; i < value.length; i++) {
      const u = value.charCodeAt(i)
      let ok = unitFitsClass(u, f.chars)
      if (ok && u >= 0xd800 && u <= 0xdfff) {
        const next = value.charCodeAt(i + 1)
        ok = u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
        if (ok) i++
      }
      if (!ok) {
        problems.push(classError(f, i, pos, value))
        return undefined
      }
    }
    if (check) {
      if (f.codes !== undefined && !f.codes.has(value)) {
        problems.push(makeError(FieldCode, { input: value, path: [f.name], params: { label: f.label }, position: pos }))
        return undefined
      }
      if (f.check !== undefined) {
        const withValues = f.checkWith.map((i) => {
          const w = record[(this.c.data[i] as CompiledField).name]
          return typeof w === "string" ? w : typeof w === "number" ? String(w) : null
        })
        let e: JukiError | undefined
        try {
          e = f.check(value, { options: f.checkContextOptions, with: withValues })
        } catch {
          e = makeError(FieldCheckFailed, { params: { label: f.label } })
        }
        if (e) {
          problems.push(relocate(e, { path: [f.name], position: pos }))
          return undefined
        }
      }
    }
    return value
  }

  /** The derived value (項目長 or 外字数) of a field for an input record, or `undefined`. */
  derive(f: CompiledField, record: { readonly [k: string]: unknown }): number | undefined {
    if (f.itemLengthOf < 0 && f.gaijiCountOf < 0) return undefined
    const target = this.c.data[f.itemLengthOf >= 0 ? f.itemLengthOf : f.gaijiCountOf] as CompiledField
    const v = record[target.name]
    const text = typeof v === "string" ? v : ""
    return f.itemLengthOf >= 0 ? this.measure(text) : Text.countGaiji(text, this.charsetOptions)
  }
}

const charsParams = (f: CompiledField, index: number) => ({
  label: f.label,
  index,
  ordinal: index + 1,
  chars: CHAR_CLASS_LABELS[f.chars].ja,
  charsEn: CHAR_CLASS_LABELS[f.chars].en
})

/**
 * A character-class problem at a character index of a field.
 *
 * @internal
 */
export const classError = (f: CompiledField, index: number, pos: Position, input?: string): JukiError =>
  makeError(FieldChars, {
    ...(input === undefined ? {} : { input }),
    path: [f.name],
    params: charsParams(f, index),
    position: { ...pos, index }
  })

const scratch: Array<number> = []

/**
 * Builds a string from `units[a, b)` (code units or bytes < 0x100).
 *
 * @internal
 */
export const unitsToString = (units: Uint16Array | Uint8Array, a: number, b: number): string => {
  const n = b - a
  if (n <= 0) return ""
  if (n === 1) return String.fromCharCode(units[a] as number)
  if (n <= 2048) {
    scratch.length = n
    for (let i = 0; i < n; i++) scratch[i] = units[a + i] as number
    return String.fromCharCode.apply(null, scratch)
  }
  return SJ.codeUnitsToString(units.subarray(a, b) as Uint16Array, n)
}

/**
 * A string of ASCII bytes `bytes[a, b)` (Node's `latin1Slice` when the chunk is a Buffer).
 *
 * @internal
 */
export const asciiToString = (bytes: Uint8Array, a: number, b: number): string => {
  const slice = (bytes as { latin1Slice?: (a: number, b: number) => string }).latin1Slice
  return b - a > 1 && slice !== undefined ? slice.call(bytes, a, b) : unitsToString(bytes, a, b)
}

const CACHE_SIZE = 1 << 16
const CACHE_PROBE = 1 << 13
const SLOT_SHIFT = 14

/**
 * A bounded memo of the values one check (with one set of options) found
 * valid, shared by the fields that use it; errors are rare and recomputed.
 * Results are the same with or without it.
 *
 * - 8-digit values shaped like dates (`YYYYMMDD`, years 1800–2199) go to a
 *   bitmap of 18 KB (fits the CPU cache; random dates stay cheap);
 * - other digit values of up to 8 digits (市町村コード, 郵便番号) go to 262,144
 *   direct-mapped slots (1 MB, allocated on first use), dropped when fewer
 *   than a quarter of their first 65,536 lookups hit;
 * - other values go to a set of at most 65,536 strings, dropped when fewer
 *   than half of its first 8,192 lookups hit (住民票コード, 個人番号 never
 *   repeat).
 *
 * @internal
 */
export class CheckCache {
  strings: Set<string> | undefined = new Set()
  slots: Uint32Array | undefined
  slotsOn = true
  dates: Uint32Array | undefined
  lookups = 0
  hits = 0
  slotLookups = 0
  slotHits = 0
  /** Whether `v` is known to be valid. */
  has(v: string): boolean {
    const set = this.strings
    if (set === undefined) return false
    this.lookups++
    if (!set.has(v)) return false
    this.hits++
    return true
  }
  /** Whether the digit value with key `value * 16 + length` is known to be valid. */
  hasKey(k: number): boolean {
    const d = dateIndex(k)
    if (d >= 0) {
      const dates = this.dates
      return dates !== undefined && ((dates[d >>> 5] as number) & (1 << (d & 31))) !== 0
    }
    if (!this.slotsOn) return false
    this.slotLookups++
    const slots = this.slots
    if (slots === undefined || slots[Math.imul(k, 0x9e3779b1) >>> SLOT_SHIFT] !== k) return false
    this.slotHits++
    return true
  }
  addValid(v: string): void {
    const set = this.strings
    if (set === undefined) return
    if (set.size < CACHE_SIZE) set.add(v)
    if (this.lookups >= CACHE_PROBE && this.hits * 2 < this.lookups) this.strings = undefined
  }
  addValidKey(k: number): void {
    const d = dateIndex(k)
    if (d >= 0) {
      const dates = (this.dates ??= new Uint32Array(DATE_BITS >>> 5))
      dates[d >>> 5] = (dates[d >>> 5] as number) | (1 << (d & 31))
      return
    }
    if (!this.slotsOn) return
    if (this.slotLookups >= SLOT_PROBE && this.slotHits * 4 < this.slotLookups) {
      this.slotsOn = false
      this.slots = undefined
      return
    }
    const slots = (this.slots ??= new Uint32Array(1 << (32 - SLOT_SHIFT)))
    slots[Math.imul(k, 0x9e3779b1) >>> SLOT_SHIFT] = k
  }
}

const DATE_FROM = 1800
const DATE_BITS = 400 * 12 * 32
const SLOT_PROBE = 1 << 16

/** The bit of an 8-digit key shaped like a date (`YYYYMMDD`, 1800–2199, MM 01–12, DD 01–31), or -1. */
const dateIndex = (k: number): number => {
  if ((k & 15) !== 8) return -1
  const n = (k - 8) / 16
  const year = Math.floor(n / 10000) - DATE_FROM
  const month = Math.floor(n / 100) % 100
  const day = n % 100
  if (year < 0 || year >= 400 || month < 1 || month > 12 || day < 1 || day > 31) return -1
  return (year * 12 + month - 1) * 32 + day
}

/**
 * The overflow problem of a field.
 *
 * @internal
 */
export const overflowError = (f: CompiledField, actual: number, pos: Position): JukiError =>
  makeError(EncodeOverflow, { path: [f.name], params: { length: f.length, actual }, position: pos })

/**
 * The options the JSON-friendly entry points (`FixedLength.decodeHex`,
 * `FixedLength.encodeHex`, `Csv.decodeText`) add to a codec's options.
 *
 * @internal
 */
export interface VectorOptions {
  /** Ids of checks that throw when called (see `FixedLength.HexOptions`). */
  readonly throwingChecks?: ReadonlyArray<string>
}

const throwing = (id: string): CheckTable[string] => ({
  label: { ja: `例外を投げるチェック（${id}）`, en: `Check that throws (${id})` },
  validate: () => {
    throw new Error(`check ${id} throws (throwingChecks)`)
  }
})

/**
 * A codec's options with the `throwingChecks` of a vector added to its
 * `checks` (a check function cannot be written in JSON).
 *
 * @internal
 */
export const withThrowingChecks = <O extends { readonly checks?: CheckTable }>(options: O & VectorOptions): O => {
  const ids = options.throwingChecks
  if (!Array.isArray(ids) || ids.length === 0) return options
  const checks: Record<string, CheckTable[string]> = { ...options.checks }
  for (const id of ids) if (typeof id === "string") checks[id] = throwing(id)
  return { ...options, checks }
}

export { DecodeInvalidBytes }
