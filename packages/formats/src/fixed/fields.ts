/**
 * The decoding of one fixed-length record's fields: a general path that decodes every byte, and fast paths for
 * ASCII text, integers and 全角 Shift_JIS fields that fall back to it. Internal to `@juki/formats/fixed`.
 *
 * @internal
 */
import { makeError, type JukiError } from "@juki/core"
import { type Engine, asciiToString, unitsToString } from "../codec/engine.js"
import * as SJ from "../charset/shift-jis.js"
import type { CompiledField } from "../layout/compile.js"
import { FixedIntegerForm } from "../rules/index.js"

const GENERAL = 0
const ASCII_TEXT = 1
const INTEGER = 2
const FULLWIDTH_SJIS = 3

/** Which fast path a field can take (the general path is always correct; fast paths fall back to it). */
export const fastKind = (f: CompiledField, utf8: boolean): number =>
  f.integer
    ? INTEGER
    : f.chars === "numeric" || f.chars === "alphanumeric"
      ? f.pad === 0x20
        ? ASCII_TEXT
        : GENERAL
      : f.chars === "fullwidth" && f.pad === 0x3000 && !utf8
        ? FULLWIDTH_SJIS
        : GENERAL

/** The general path of one field: decode every byte, strip padding on code units, check. */
const generalField = (
  e: Engine,
  f: CompiledField,
  buf: Uint8Array,
  fs: number,
  record: number,
  byteOffset: number,
  problems: Array<JukiError>,
  materialize: boolean
): void => {
  const n = e.decodeUnits(buf, fs, fs + f.length)
  if (n < 0) {
    e.unknownFacts(f.index)
    problems.push(e.invalidBytes(n, fs, byteOffset, [f.name], record))
    e.values[f.index] = undefined
    return
  }
  const units = e.units
  let a = 0
  let b = n
  let blank: boolean
  if (f.integer) {
    let spaces = 0
    while (spaces < n && units[spaces] === 0x20) spaces++
    blank = spaces === n
    if (!blank) {
      const pad = f.pad
      if (f.justify === "right") {
        while (a < b && units[a] === pad) a++
        if (a === b) a = b - 1 // all zeros: the value 0
      } else {
        while (b > a && units[b - 1] === pad) b--
        if (a === b) b = a + 1
      }
      if (pad !== 0x30 && b - a > 1 && units[a] === 0x30) {
        integerFormError(e, f, record, byteOffset + a, problems) // padding and digits are 1 byte each
        return
      }
    }
  } else {
    const pad = f.pad
    if (f.justify === "left") {
      if (pad === 0x3000 && e.utf8) {
        if (b > a && units[b - 1] === 0x20) b--
        if (b > a && units[b - 1] === 0x20) b--
      }
      while (b > a && units[b - 1] === pad) b--
    } else {
      if (pad === 0x3000 && e.utf8) {
        if (a < b && units[a] === 0x20) a++
        if (a < b && units[a] === 0x20) a++
      }
      while (a < b && units[a] === pad) a++
    }
    blank = a === b
  }
  e.source(buf, fs, false)
  e.readField(f, a, b, blank, record, byteOffset, problems, materialize)
}

/** Stores a blank value (or the required problem). */
const blankField = (
  e: Engine,
  f: CompiledField,
  record: number,
  byteOffset: number,
  problems: Array<JukiError>
): void => {
  e.readField(f, 0, 0, true, record, byteOffset, problems, false) // also clears keys and cached
  e.byteLens[f.index] = 0
  e.charLens[f.index] = 0
  e.gaiji[f.index] = 0
}

/** Fast path of ASCII text fields (数字, 半角英数). Returns false to fall back. */
const asciiField = (
  e: Engine,
  f: CompiledField,
  buf: Uint8Array,
  fs: number,
  record: number,
  byteOffset: number,
  problems: Array<JukiError>,
  materialize: boolean
): boolean => {
  let a = fs
  let b = fs + f.length
  if (f.justify === "left") while (b > a && buf[b - 1] === 0x20) b--
  else while (a < b && buf[a] === 0x20) a++
  if (a === b) {
    blankField(e, f, record, byteOffset, problems)
    return true
  }
  const index = f.index
  const cache = e.caches[index]
  let memoHit = false
  if (f.chars === "numeric") {
    if (cache !== undefined && b - a <= 8) {
      // A short digit value: check it and look it up by number, without building the string.
      let n = 0
      for (let i = a; i < b; i++) {
        const x = (buf[i] as number) - 0x30
        if (x < 0 || x > 9) return false
        n = n * 10 + x
      }
      const key = n * 16 + (b - a)
      memoHit = cache.hasKey(key)
      e.keys[index] = memoHit ? -1 : key
    } else {
      for (let i = a; i < b; i++) {
        const x = buf[i] as number
        if (x < 0x30 || x > 0x39) return false
      }
      e.keys[index] = -1
    }
  } else {
    for (let i = a; i < b; i++) {
      const x = buf[i] as number
      if (x < 0x20 || x > 0x7e) return false
    }
    e.keys[index] = -1
  }
  e.cached[index] = memoHit
  if (f.referenced) {
    e.byteLens[index] = b - a
    e.charLens[index] = b - a
    e.gaiji[index] = 0
  }
  if (!materialize && (!f.needsValue || (memoHit && f.codes === undefined && !f.referenced))) {
    e.values[index] = ""
    return true
  }
  const value = asciiToString(buf, a, b)
  if (f.codes !== undefined && !f.codes.has(value)) return false
  e.values[index] = value
  return true
}

/** A space-padded integer with a leading zero: it would be written back without it (formats.fixed.integer-form). */
const integerFormError = (
  e: Engine,
  f: CompiledField,
  record: number,
  byteOffset: number,
  problems: Array<JukiError>
): void => {
  e.unknownFacts(f.index)
  problems.push(
    makeError(FixedIntegerForm, { path: [f.name], params: { label: f.label }, position: { record, byteOffset } })
  )
  e.values[f.index] = undefined
}

/** Fast path of integers. Returns false to fall back. */
const integerField = (
  e: Engine,
  f: CompiledField,
  buf: Uint8Array,
  fs: number,
  record: number,
  byteOffset: number,
  problems: Array<JukiError>
): boolean => {
  const end = fs + f.length
  let a = fs
  while (a < end && buf[a] === 0x20) a++
  if (a === end) {
    blankField(e, f, record, byteOffset, problems)
    return true
  }
  let b = end
  a = fs
  const pad = f.pad
  if (f.justify === "right") {
    while (a < b && buf[a] === pad) a++
    if (a === b) a = b - 1
  } else {
    while (b > a && buf[b - 1] === pad) b--
    if (a === b) b = a + 1
  }
  if (pad !== 0x30 && b - a > 1 && buf[a] === 0x30) {
    integerFormError(e, f, record, byteOffset + (a - fs), problems)
    return true
  }
  let n = 0
  for (let i = a; i < b; i++) {
    const x = (buf[i] as number) - 0x30
    if (x < 0 || x > 9) return false
    n = n * 10 + x
  }
  e.unknownFacts(f.index)
  e.values[f.index] = n
  return true
}

/** Fast path of 全角 Shift_JIS fields padded with U+3000 (81 40). Returns false to fall back. */
const fullwidthField = (
  e: Engine,
  f: CompiledField,
  buf: Uint8Array,
  fs: number,
  record: number,
  byteOffset: number,
  problems: Array<JukiError>,
  materialize: boolean
): boolean => {
  let a = fs
  let b = fs + f.length
  if (f.justify === "left") while (b - a >= 2 && buf[b - 2] === 0x81 && buf[b - 1] === 0x40) b -= 2
  else while (b - a >= 2 && buf[a] === 0x81 && buf[a + 1] === 0x40) a += 2
  if (a === b) {
    blankField(e, f, record, byteOffset, problems)
    return true
  }
  const t = e.sjis as SJ.Tables
  const single = t.single
  const double = t.double
  const plain = e.plain
  const units = e.units
  let n = 0
  let allPlain = 1
  for (let i = a; i < b; i += 2) {
    const lead = buf[i] as number
    if (single[lead] !== SJ.LEAD || i + 1 >= b) return false
    const u = double[(lead << 8) | (buf[i + 1] as number)] as number
    if (u < 0xa0 || u >= SJ.REFUSED || (u >= 0xff61 && u <= 0xff9f) || (u >= 0xd800 && u <= 0xdfff)) return false
    units[n++] = u
    allPlain &= plain[u] as number
  }
  const index = f.index
  e.byteLens[index] = b - a
  e.charLens[index] = n
  e.gaiji[index] = allPlain === 1 ? 0 : -1
  e.keys[index] = -1
  e.cached[index] = false
  if (!materialize && f.codes === undefined && f.check === undefined && (!f.referenced || allPlain === 1)) {
    e.values[index] = ""
    return true
  }
  const value = unitsToString(units, 0, n)
  if (f.codes !== undefined && !f.codes.has(value)) return false
  e.values[index] = value
  return true
}

/** Decodes the fields of one record of exactly `recordLength` bytes at `buf[s]`. */
export const decodeFields = (
  e: Engine,
  kinds: Uint8Array,
  buf: Uint8Array,
  s: number,
  record: number,
  fileOffset: number,
  problems: Array<JukiError>,
  materialize: boolean
): object | undefined => {
  const c = e.c
  const fields = c.fields
  const fast = e.fast
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k] as CompiledField
    if (f.filler) continue
    const fs = s + f.offset
    const byteOffset = fileOffset + f.offset
    e.offsets[f.index] = byteOffset
    const kind = fast ? kinds[k] : GENERAL
    if (
      (kind === ASCII_TEXT && asciiField(e, f, buf, fs, record, byteOffset, problems, materialize)) ||
      (kind === INTEGER && integerField(e, f, buf, fs, record, byteOffset, problems)) ||
      (kind === FULLWIDTH_SJIS && fullwidthField(e, f, buf, fs, record, byteOffset, problems, materialize))
    ) {
      continue
    }
    generalField(e, f, buf, fs, record, byteOffset, problems, materialize)
  }
  e.crossChecks(record, problems)
  if (!materialize) return undefined
  const data = c.data
  const out: Record<string, unknown> = {}
  for (let k = 0; k < data.length; k++) {
    const f = data[k] as CompiledField
    out[f.name] = e.values[f.index]
  }
  return out
}
