/**
 * Shift_JIS / CP932 (Windows-31J) encoding and decoding with an explicit,
 * testable mapping policy: the byte-exact core of the fixed-length codec.
 *
 * **When to use**
 *
 * Use {@link encode} / {@link decode} for whole strings; the fixed-length and
 * CSV codecs use the same tables field by field. Choose a
 * {@link MappingPolicy} when the default (JIS X 0208, CP932 forms on decode,
 * no user-defined area) does not suit the other system.
 *
 * **Details**
 *
 * The mapping policy (documented in the package README, tested byte-exactly by
 * the conformance vectors `conformance/vectors/formats/shift-jis.json`):
 *
 * - What can be encoded is decided by `Text.toShiftJisCode` of `@juki/core`
 *   (one rule, one home): `charset: "jisx0208"` (default) accepts the 6,879
 *   JIS X 0208 characters plus ASCII and half-width katakana;
 *   `charset: "cp932"` accepts Windows-31J (NEC row 13 ①Ⅰ㈱, IBM extensions
 *   髙﨑 …). Duplicates encode as Microsoft and the WHATWG encoder do: JIS
 *   row first, then NEC row 13, then IBM (FA40–FC4B); the NEC-selected IBM
 *   rows (ED40–EEFC) are never written (`髙` → `FB FC`, `∵` → `81 E6`,
 *   `Ⅰ` → `87 54`, `ⅰ` → `FA 40`).
 * - The seven cells JIS and CP932 map differently (`Text.CP932_JIS_DIFFERENCES`:
 *   〜/～ 8160, ‖/∥ 8161, −/－ 817C, ¢/￠ 8191, £/￡ 8192, ¬/￢ 81CA, —/― 815C):
 *   under `"jisx0208"` both forms encode to the same bytes; under `"cp932"`
 *   only the CP932 form does. Decoding gives the CP932 form
 *   (`decodeForm: "cp932"`, as `TextDecoder("shift_jis")` and Windows) or the
 *   JIS form (`decodeForm: "jis"`).
 * - The user-defined area F040–F9FC (外字 registered locally) is an error in
 *   both directions unless `userDefined: "pua"` maps it to U+E000–U+E757 as
 *   CP932 does.
 * - 0x5C is `\` and 0x7E is `~` (CP932, not JIS X 0201 ¥ and ‾); U+00A5 ¥ and
 *   U+203E ‾ cannot be encoded. 0x80, 0xA0 and 0xFD–0xFF are invalid bytes.
 * - A character that cannot be encoded is an error with its index
 *   (`text.shift-jis.unrepresentable`, the rule of `@juki/core`), never `?`.
 *   Invalid bytes are an error with their byte offset
 *   (`formats.decode.invalid-bytes`), never U+FFFD.
 *
 * **Gotchas**
 *
 * - Decoding needs `TextDecoder("shift_jis")` (browsers; Node with full ICU,
 *   the default of the official builds). The tables are built once, on first
 *   use (about 10 ms), not at import.
 * - `charset: "cp932"` with `decodeForm: "jis"` decodes 8160 to 〜, which
 *   `"cp932"` then cannot encode: choose `"jisx0208"` to round-trip JIS forms.
 *
 * **Example** (Byte-exact encoding)
 *
 * ```ts
 * import { ShiftJis } from "@juki/formats"
 * import { Result } from "effect"
 *
 * const r = ShiftJis.encode("〜")
 * Result.isSuccess(r) && r.success // => new Uint8Array([0x81, 0x60])
 * Result.isFailure(ShiftJis.encode("𠮷")) // => true (text.shift-jis.unrepresentable, index 0)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Text, makeError, type JukiError } from "@juki/core"
import { Result } from "effect"
import {
  DecodeIbmExtension,
  DecodeInvalidBytes,
  DecodeNecSelectedIbm,
  DecodeNecSpecial,
  DecodeNotWritable,
  DecodeUserDefined,
  EncodeType
} from "../rules/index.js"

/**
 * The mapping policy of the Shift_JIS codec.
 *
 * @category models
 * @since 0.1.0
 */
export interface MappingPolicy {
  /** What can be encoded, as `Text.toShiftJisCode` decides: `"jisx0208"` (default) or `"cp932"`. */
  readonly charset: Text.Charset
  /** The form the seven JIS/CP932 differences decode to: `"cp932"` (default, ～ U+FF5E) or `"jis"` (〜 U+301C). */
  readonly decodeForm: "cp932" | "jis"
  /** The user-defined area F040–F9FC: `"error"` (default) or `"pua"` (↔ U+E000–U+E757, as CP932). */
  readonly userDefined: "error" | "pua"
}

/**
 * The default policy: JIS X 0208 (both forms of the differences encode),
 * CP932 forms on decode, user-defined area rejected.
 *
 * @category constructors
 * @since 0.1.0
 */
export const defaultPolicy: MappingPolicy = Object.freeze({
  charset: "jisx0208",
  decodeForm: "cp932",
  userDefined: "error"
})

/**
 * Compiled tables of one policy. Internal to the codecs; exposed for tests and
 * tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface Tables {
  readonly policy: MappingPolicy
  /** Single byte → UTF-16 code unit; `LEAD` for a lead byte, `INVALID` for an invalid byte. */
  readonly single: Uint16Array
  /** `(lead << 8) | trail` → UTF-16 code unit; 0 = invalid; `USER_DEFINED` = rejected user-defined area. */
  readonly double: Uint16Array
  /** UTF-16 code unit → Shift_JIS code (one byte < 0x100, two bytes ≥ 0x8140); 0 = not encodable (except U+0000). */
  readonly encode: Uint16Array
  /**
   * 1 where `Text.toShiftJisCode` has a code for the code unit under the
   * charset (not a 外字 for `Text.countGaiji`); the user-defined area is
   * never plain.
   */
  readonly plain: Uint8Array
}

/** Marker of a lead byte in {@link Tables.single}. @internal */
export const LEAD = 0xfffe
/** Marker of an invalid byte in {@link Tables.single}. @internal */
export const INVALID = 0xffff
/** Marker of a user-defined code rejected by the policy in {@link Tables.double}. @internal */
export const USER_DEFINED = 0xffff
/** Marker of an NEC row 13 code (87xx) that does not write back under the policy. @internal */
export const NEC_SPECIAL = 0xfffe
/** Marker of an NEC-selected IBM extension code (ED/EE) that does not write back under the policy. @internal */
export const NEC_SELECTED_IBM = 0xfffd
/** Marker of an IBM extension code (FA–FC) that does not write back under the policy. @internal */
export const IBM_EXTENSION = 0xfffc
/** Marker of any other code that decodes to a character the policy writes differently. @internal */
export const NOT_WRITABLE = 0xfffb
/** The smallest marker in {@link Tables.double}: a value `>= REFUSED` is never a character. @internal */
export const REFUSED = 0xfffb

/** Which refusal marker a double-byte code gets when it does not write back. */
const refusalOf = (code: number): number => {
  const lead = code >> 8
  return lead === 0x87
    ? NEC_SPECIAL
    : lead === 0xed || lead === 0xee
      ? NEC_SELECTED_IBM
      : lead >= 0xfa
        ? IBM_EXTENSION
        : NOT_WRITABLE
}

const isLead = (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)
const isTrail = (b: number) => b >= 0x40 && b <= 0xfc && b !== 0x7f

let baseDouble: Uint16Array | undefined

/** Decodes every double-byte code once with the platform's WHATWG `shift_jis` decoder. */
const decodeAllDoubleBytes = (): Uint16Array => {
  if (baseDouble) return baseDouble
  const table = new Uint16Array(0x10000)
  const decoder = new TextDecoder("shift_jis")
  const pair = new Uint8Array(2)
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (!isLead(lead)) continue
    pair[0] = lead
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (!isTrail(trail)) continue
      pair[1] = trail
      const s = decoder.decode(pair)
      if (s.length === 1 && s !== "\uFFFD") table[(lead << 8) | trail] = s.charCodeAt(0)
    }
  }
  baseDouble = table
  return table
}

const cache = new Map<string, Tables>()

const keyOf = (p: MappingPolicy) => `${p.charset}/${p.decodeForm}/${p.userDefined}`

/**
 * Normalises partial or untrusted policy input to a {@link MappingPolicy}
 * (unknown values fall back to the default).
 *
 * @category constructors
 * @since 0.1.0
 */
export const makePolicy = (options: Partial<MappingPolicy> = {}): MappingPolicy => ({
  charset: options.charset === "cp932" ? "cp932" : "jisx0208",
  decodeForm: options.decodeForm === "jis" ? "jis" : "cp932",
  userDefined: options.userDefined === "pua" ? "pua" : "error"
})

/**
 * The compiled tables of a policy, built on first use and cached.
 *
 * @category constructors
 * @since 0.1.0
 */
export const tables = (options: Partial<MappingPolicy> = defaultPolicy): Tables => {
  const policy = makePolicy(options)
  const key = keyOf(policy)
  const hit = cache.get(key)
  if (hit) return hit

  const single = new Uint16Array(256).fill(INVALID)
  for (let b = 0; b < 0x80; b++) single[b] = b
  for (let b = 0xa1; b <= 0xdf; b++) single[b] = 0xff61 + b - 0xa1
  for (let b = 0; b < 256; b++) if (isLead(b)) single[b] = LEAD

  const double = decodeAllDoubleBytes().slice()
  if (policy.decodeForm === "jis") {
    const toJis = new Map<number, number>()
    for (const d of Text.CP932_JIS_DIFFERENCES) toJis.set(d.cp932.charCodeAt(0), d.jis.charCodeAt(0))
    for (let code = 0x8140; code < 0x10000; code++) {
      const jis = toJis.get(double[code] as number)
      if (jis !== undefined) double[code] = jis
    }
  }
  for (let lead = 0xf0; lead <= 0xf9; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (!isTrail(trail)) continue
      const code = (lead << 8) | trail
      // CP932 user-defined area: F040 → U+E000, 188 cells per lead byte.
      double[code] =
        policy.userDefined === "pua"
          ? 0xe000 + (lead - 0xf0) * 188 + (trail - 0x40 - (trail > 0x7f ? 1 : 0))
          : USER_DEFINED
    }
  }

  // The encode direction is Text.toShiftJisCode's decision, cached per code unit.
  const encode = new Uint16Array(0x10000)
  const options2: Text.ShiftJisOptions = { charset: policy.charset }
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue
    const code = Text.toShiftJisCode(String.fromCharCode(u), options2)
    if (code !== undefined) encode[u] = code
  }
  const plain = new Uint8Array(0x10000)
  for (let u = 0; u < 0x10000; u++) if (encode[u] !== 0) plain[u] = 1
  if (policy.userDefined === "pua") {
    for (let code = 0xf040; code <= 0xf9fc; code++) {
      const u = double[code] as number
      if (u >= 0xe000 && u <= 0xe757) encode[u] = code
    }
  }
  // Accept only what can be written back: a code that decodes to a character the policy encodes to other
  // bytes (or not at all) is refused with the marker of its row (NEC 13区, NEC-selected IBM, IBM extension).
  for (let code = 0x8140; code < 0x10000; code++) {
    const u = double[code] as number
    if (u === 0 || u >= REFUSED) continue
    if (encode[u] !== code) double[code] = refusalOf(code)
  }
  const t: Tables = { policy, single, double, encode, plain }
  cache.set(key, t)
  return t
}

/**
 * Decodes `bytes[start, end)` into `out` (UTF-16 code units). Returns the
 * number of code units, or `-1 - offset - kind * 2^32` of the first refused
 * byte: kind 0 an invalid byte, else the refusal marker's kind
 * (`0x10000 - marker`: 1 user-defined, 2 NEC 13区, 3 NEC-selected IBM,
 * 4 IBM extension, 5 other code that does not write back).
 *
 * @internal
 */
export const decodeInto = (t: Tables, bytes: Uint8Array, start: number, end: number, out: Uint16Array): number => {
  const single = t.single
  const double = t.double
  let n = 0
  let i = start
  while (i < end) {
    const b = bytes[i] as number
    const u = single[b] as number
    if (u < LEAD) {
      out[n++] = u
      i++
    } else if (u === LEAD && i + 1 < end) {
      const v = double[(b << 8) | (bytes[i + 1] as number)] as number
      if (v === 0) return -1 - i
      if (v >= REFUSED) return -1 - i - (0x10000 - v) * KIND
      out[n++] = v
      i += 2
    } else return -1 - i
  }
  return n
}

/**
 * Encodes `text` into `out` from `pos`. Returns the new position, or
 * `-1 - index` of the first character that cannot be encoded. `out` must have
 * room for `2 * text.length` bytes.
 *
 * @internal
 */
export const encodeInto = (t: Tables, text: string, out: Uint8Array, pos: number): number => {
  const enc = t.encode
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i)
    const code = enc[u] as number
    if (code === 0) {
      if (u !== 0) return -1 - i
      out[pos++] = 0
    } else if (code < 0x100) out[pos++] = code
    else {
      out[pos++] = code >> 8
      out[pos++] = code & 0xff
    }
  }
  return pos
}

/**
 * The error of a character that cannot be encoded: the rule of `@juki/core`
 * (`text.shift-jis.unrepresentable`) with `Text.findUnrepresentable`'s index
 * and count (a base character with a variation selector is one character, at
 * the base's index); never the character itself. User-defined characters the
 * policy maps are not counted. Slow path, for errors only.
 *
 * @internal
 */
export const unrepresentableError = (t: Tables, text: string, fallbackIndex: number): JukiError => {
  const pua = t.policy.userDefined === "pua"
  const bad = Text.findUnrepresentable(text, { charset: t.policy.charset }).filter(
    (u) => !(pua && u.length === 1 && text.charCodeAt(u.index) >= 0xe000 && text.charCodeAt(u.index) <= 0xe757)
  )
  const index = bad[0]?.index ?? fallbackIndex
  return makeError(Text.Unrepresentable, {
    input: text,
    params: { count: Math.max(1, bad.length), charset: t.policy.charset, index },
    position: { index }
  })
}

/**
 * The error of an invalid byte at a byte offset (relative to the decoded
 * input) as returned by {@link decodeInto}.
 *
 * @internal
 */
export const invalidBytesError = (code: number, base = 0, charset: Text.Charset = "jisx0208"): JukiError => {
  const raw = -1 - code
  const kind = Math.floor(raw / KIND)
  const byteOffset = base + (raw - kind * KIND)
  const rule = REFUSAL_RULES[kind] ?? DecodeInvalidBytes
  return makeError(rule, { params: { encoding: "Shift_JIS", charset }, position: { byteOffset } })
}

const KIND = 2 ** 32
const REFUSAL_RULES = [
  DecodeInvalidBytes,
  DecodeUserDefined,
  DecodeNecSpecial,
  DecodeNecSelectedIbm,
  DecodeIbmExtension,
  DecodeNotWritable
]

/**
 * Encodes a string to Shift_JIS bytes under a policy. A character that cannot
 * be encoded is a failure with its index (`text.shift-jis.unrepresentable`).
 * Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { ShiftJis } from "@juki/formats"
 * import { Result } from "effect"
 *
 * const r = ShiftJis.encode("髙", { charset: "cp932" })
 * Result.isSuccess(r) && Array.from(r.success) // => [0xFB, 0xFC]
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encode = (text: string, options: Partial<MappingPolicy> = {}): Result.Result<Uint8Array, JukiError> => {
  if (typeof text !== "string") return Result.fail(makeError(EncodeType, { params: { expected: "a string" } }))
  const t = tables(options)
  const out = new Uint8Array(text.length * 2)
  const pos = encodeInto(t, text, out, 0)
  if (pos < 0) return Result.fail(unrepresentableError(t, text, -1 - pos))
  return Result.succeed(out.slice(0, pos))
}

/**
 * Decodes Shift_JIS bytes under a policy. An invalid byte sequence (or a
 * truncated double-byte character) is a failure with its byte offset
 * (`formats.decode.invalid-bytes`). Never throws.
 *
 * **Example**
 *
 * ```ts
 * import { ShiftJis } from "@juki/formats"
 * import { Result } from "effect"
 *
 * const r = ShiftJis.decode(Uint8Array.of(0x81, 0x60), { decodeForm: "jis" })
 * Result.isSuccess(r) && r.success // => "〜"
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decode = (bytes: Uint8Array, options: Partial<MappingPolicy> = {}): Result.Result<string, JukiError> => {
  if (!(bytes instanceof Uint8Array))
    return Result.fail(makeError(DecodeInvalidBytes, { params: { encoding: "Shift_JIS" } }))
  const t = tables(options)
  const out = new Uint16Array(bytes.length)
  const n = decodeInto(t, bytes, 0, bytes.length, out)
  if (n < 0) return Result.fail(invalidBytesError(n, 0, t.policy.charset))
  return Result.succeed(codeUnitsToString(out, n))
}

/**
 * Builds a string from the first `n` code units of `units`, in slices that
 * stay below the engine's argument limit.
 *
 * @internal
 */
export const codeUnitsToString = (units: Uint16Array, n: number): string => {
  if (n <= 4096) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as Array<number>)
  let s = ""
  for (let i = 0; i < n; i += 4096) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 4096)) as unknown as Array<number>)
  }
  return s
}

/**
 * Bytes as upper-case hex without separators (`"8160"`).
 *
 * @category conversions
 * @since 0.1.0
 */
export const toHex = (bytes: Uint8Array): string => {
  let s = ""
  for (const b of bytes) s += b.toString(16).toUpperCase().padStart(2, "0")
  return s
}

/**
 * Bytes from hex (white space ignored); `undefined` when the text is not hex.
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromHex = (hex: string): Uint8Array | undefined => {
  if (typeof hex !== "string") return undefined
  const h = hex.replace(/\s+/g, "")
  if (h.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(h)) return undefined
  const out = new Uint8Array(h.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(i * 2, i * 2 + 2), 16)
  return out
}

/**
 * {@link encode} with the bytes as hex: the JSON-friendly form used by the
 * conformance vectors (`conformance/vectors/formats/ShiftJis.json`).
 *
 * **Example**
 *
 * ```ts
 * import { ShiftJis } from "@juki/formats"
 * ShiftJis.encodeHex("〜") // => Result.succeed("8160")
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeHex = (text: string, options: Partial<MappingPolicy> = {}): Result.Result<string, JukiError> =>
  Result.map(encode(text, options), toHex)

/**
 * {@link decode} of hex bytes (the JSON-friendly form of the conformance
 * vectors). Text that is not hex is `formats.decode.invalid-bytes`.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeHex = (hex: string, options: Partial<MappingPolicy> = {}): Result.Result<string, JukiError> => {
  const bytes = fromHex(hex)
  return bytes === undefined
    ? Result.fail(makeError(DecodeInvalidBytes, { params: { encoding: "hex" } }))
    : decode(bytes, options)
}
