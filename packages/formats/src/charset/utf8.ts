/**
 * Strict UTF-8 encoding and decoding with positions: invalid sequences and
 * lone surrogates are errors, never U+FFFD.
 *
 * **When to use**
 *
 * The codecs use it for UTF-8 files; use {@link decode} / {@link encode}
 * directly when you need the same strictness on a buffer.
 *
 * **Details**
 *
 * - Decoding follows RFC 3629: overlong forms, surrogates (ED A0–BF),
 *   code points above U+10FFFF and truncated sequences are rejected with the
 *   byte offset of the sequence (`formats.decode.invalid-bytes`).
 * - Encoding rejects lone surrogates with their index
 *   (`formats.encode.unmappable`); `TextEncoder` would write U+FFFD.
 * - A byte order mark is not special here; the CSV reader skips one at the
 *   start of a file.
 *
 * **Gotchas**
 *
 * `TextDecoder("utf-8")` without `fatal` replaces bad bytes with U+FFFD and
 * `TextEncoder` replaces lone surrogates: neither is acceptable for records.
 *
 * **Example**
 *
 * ```ts
 * import { Utf8 } from "@juki/formats"
 * import { Result } from "effect"
 *
 * Result.isFailure(Utf8.decode(Uint8Array.of(0xc0, 0xaf))) // => true (overlong "/")
 * Result.isFailure(Utf8.encode("\uD800")) // => true (lone surrogate)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import { DecodeInvalidBytes, EncodeType, EncodeUnmappable } from "../rules/index.js"
import { codeUnitsToString, fromHex, toHex } from "./shift-jis.js"

/**
 * Decodes `bytes[start, end)` into `out` (UTF-16 code units; `out` needs
 * `end - start` entries). Returns the number of code units or
 * `-1 - offset` of the first invalid sequence.
 *
 * @internal
 */
export const decodeInto = (bytes: Uint8Array, start: number, end: number, out: Uint16Array): number => {
  let n = 0
  let i = start
  while (i < end) {
    const b = bytes[i] as number
    if (b < 0x80) {
      out[n++] = b
      i++
      continue
    }
    let need: number
    let cp: number
    let lower = 0x80
    let upper = 0xbf
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      cp = b & 0x1f
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      cp = b & 0x0f
      if (b === 0xe0) lower = 0xa0
      else if (b === 0xed) upper = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      cp = b & 0x07
      if (b === 0xf0) lower = 0x90
      else if (b === 0xf4) upper = 0x8f
    } else return -1 - i
    if (i + need >= end) return -1 - i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number
      if (c < lower || c > upper) return -1 - i
      lower = 0x80
      upper = 0xbf
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp >= 0x10000) {
      cp -= 0x10000
      out[n++] = 0xd800 | (cp >> 10)
      out[n++] = 0xdc00 | (cp & 0x3ff)
    } else out[n++] = cp
    i += need + 1
  }
  return n
}

/**
 * The UTF-8 byte length of `text`, or `-1 - index` of a lone surrogate.
 *
 * @internal
 */
export const byteLength = (text: string): number => {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i)
    if (u < 0x80) n += 1
    else if (u < 0x800) n += 2
    else if (u >= 0xd800 && u <= 0xdfff) {
      const v = text.charCodeAt(i + 1)
      if (u > 0xdbff || !(v >= 0xdc00 && v <= 0xdfff)) return -1 - i
      n += 4
      i++
    } else n += 3
  }
  return n
}

/**
 * Encodes `text` into `out` from `pos`; returns the new position or
 * `-1 - index` of a lone surrogate. `out` needs room for `3 * text.length`
 * bytes.
 *
 * @internal
 */
export const encodeInto = (text: string, out: Uint8Array, pos: number): number => {
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i)
    if (u < 0x80) out[pos++] = u
    else if (u < 0x800) {
      out[pos++] = 0xc0 | (u >> 6)
      out[pos++] = 0x80 | (u & 0x3f)
    } else if (u >= 0xd800 && u <= 0xdfff) {
      const v = text.charCodeAt(i + 1)
      if (u > 0xdbff || !(v >= 0xdc00 && v <= 0xdfff)) return -1 - i
      const cp = 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00)
      out[pos++] = 0xf0 | (cp >> 18)
      out[pos++] = 0x80 | ((cp >> 12) & 0x3f)
      out[pos++] = 0x80 | ((cp >> 6) & 0x3f)
      out[pos++] = 0x80 | (cp & 0x3f)
      i++
    } else {
      out[pos++] = 0xe0 | (u >> 12)
      out[pos++] = 0x80 | ((u >> 6) & 0x3f)
      out[pos++] = 0x80 | (u & 0x3f)
    }
  }
  return pos
}

/**
 * The error of a lone surrogate at `index` of `text`.
 *
 * @internal
 */
export const unmappableError = (text: string, index: number): JukiError =>
  makeError(EncodeUnmappable, { input: text, params: { encoding: "UTF-8", index }, position: { index } })

/**
 * The error of an invalid sequence as returned by {@link decodeInto}.
 *
 * @internal
 */
export const invalidBytesError = (code: number, base = 0): JukiError =>
  makeError(DecodeInvalidBytes, { params: { encoding: "UTF-8" }, position: { byteOffset: base - 1 - code } })

/**
 * Encodes a string to UTF-8; a lone surrogate is a failure with its index
 * (`formats.encode.unmappable`). Never throws.
 *
 * @category encoding
 * @since 0.1.0
 */
export const encode = (text: string): Result.Result<Uint8Array, JukiError> => {
  if (typeof text !== "string") return Result.fail(makeError(EncodeType, { params: { expected: "a string" } }))
  const out = new Uint8Array(text.length * 3)
  const pos = encodeInto(text, out, 0)
  if (pos < 0) return Result.fail(unmappableError(text, -1 - pos))
  return Result.succeed(out.slice(0, pos))
}

/**
 * Decodes UTF-8 strictly; an invalid sequence is a failure with its byte
 * offset (`formats.decode.invalid-bytes`). Never throws.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decode = (bytes: Uint8Array): Result.Result<string, JukiError> => {
  if (!(bytes instanceof Uint8Array))
    return Result.fail(makeError(DecodeInvalidBytes, { params: { encoding: "UTF-8" } }))
  const out = new Uint16Array(bytes.length)
  const n = decodeInto(bytes, 0, bytes.length, out)
  if (n < 0) return Result.fail(invalidBytesError(n))
  return Result.succeed(codeUnitsToString(out, n))
}

/**
 * {@link encode} with the bytes as upper-case hex: the JSON-friendly form of
 * the conformance vectors (`conformance/vectors/formats/Utf8.json`). A lone
 * surrogate is `formats.encode.unmappable`. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Utf8 } from "@juki/formats"
 * Utf8.encodeHex("山") // => Result.succeed("E5B1B1")
 * Utf8.encodeHex("\uD800") // => Result.fail(formats.encode.unmappable at index 0)
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeHex = (text: string): Result.Result<string, JukiError> => Result.map(encode(text), toHex)

/**
 * {@link decode} of hex bytes (white space ignored): the JSON-friendly form of
 * the conformance vectors. An invalid sequence, and text that is not hex,
 * are `formats.decode.invalid-bytes`. Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { Utf8 } from "@juki/formats"
 * Utf8.decodeHex("E5B1B1") // => Result.succeed("山")
 * Utf8.decodeHex("C0AF") // => Result.fail(formats.decode.invalid-bytes: overlong "/")
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeHex = (hex: string): Result.Result<string, JukiError> => {
  const bytes = fromHex(hex)
  return bytes === undefined
    ? Result.fail(makeError(DecodeInvalidBytes, { params: { encoding: "hex" } }))
    : decode(bytes)
}
