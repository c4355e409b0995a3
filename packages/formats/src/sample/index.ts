/**
 * Seeded synthetic sample files of any size for demos, tests and benchmarks.
 * Never real personal data: names come from short lists of common family and
 * given names combined at random, addresses are invented (`見本市試験町…`),
 * identifiers get valid check digits from the modules that own them.
 *
 * **When to use**
 *
 * `generateSample(layout, { records, seed })` yields the bytes of a file in
 * chunks (write them to a stream: `Readable.from(sample)` in Node);
 * `generateSampleRecords` yields the records themselves. `invalidRate`
 * corrupts a share of the records so that validators have something to find.
 *
 * **Details**
 *
 * - Deterministic: the same layout, options and seed give the same bytes.
 *   The generator is a fast PRNG (sfc32), not fast-check, so millions of
 *   records take seconds; memory stays constant.
 * - Valid records: required fields are always filled, optional ones with
 *   probability `fillRate` (default 0.6); checked fields use the check's
 *   generator (個人番号, 全国地方公共団体コード from the bundled table, 和暦
 *   pairs …); code lists pick a code; 項目長 and 外字数 are computed by the
 *   encoder.
 * - Invalid records (probability `invalidRate`): one field is corrupted at
 *   byte level so that the record is certain to be rejected (a character
 *   outside the class, an invalid Shift_JIS byte, a wrong check digit, a
 *   missing column in CSV). `sample.stats.invalid` counts them.
 * - 外字: with `policy: { userDefined: "pua" }` (Shift_JIS) or in UTF-8 some
 *   names carry a 外字 (a user-defined character, or 𠮷/髙 in UTF-8).
 *
 * **Gotchas**
 *
 * Synthetic values pass the checks but are not real: check digits are valid,
 * 市町村コード exist, names and addresses are invented combinations. Do not
 * use samples to test real-world name or address handling.
 *
 * **Example** (Writing a 3,000,000-record file)
 *
 * ```ts
 * import { ReferenceLayouts, generateSample } from "@juki/formats"
 *
 * // To write a file: await pipeline(Readable.from(sample), createWriteStream("/tmp/honnin.dat"))
 * const sample = generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 3, seed: 1 })
 * let bytes = 0
 * for (const chunk of sample) bytes += chunk.length
 * sample.stats // => { records: 3, invalid: 0, bytes: 2292 }
 * bytes // => 2292
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Result } from "effect"
import { builtinChecks, type CheckContext, type CheckEntry, type CheckTable, type Generated } from "../checks/index.js"
import type { Codec } from "../codec/api.js"
import * as Csv from "../csv/index.js"
import * as FixedLength from "../fixed/index.js"
import * as SJ from "../charset/shift-jis.js"
import { compile, type CompiledField } from "../layout/compile.js"
import type { Encoding, LayoutSpec, RecordOf } from "../layout/model.js"
import { makeRng } from "./rng.js"

export { makeRng } from "./rng.js"

/**
 * Options of {@link generateSample} and {@link generateSampleRecords}.
 *
 * @category models
 * @since 0.1.0
 */
export interface SampleOptions {
  /** Number of records. */
  readonly records: number
  /** Seed of the PRNG (default 1). */
  readonly seed?: number
  /** `"fixed"` (default) or `"csv"`. */
  readonly format?: "fixed" | "csv"
  /** Encoding (default: the layout's for fixed-length, UTF-8 for CSV). */
  readonly encoding?: Encoding
  /** Share of records to corrupt, 0–1 (default 0). */
  readonly invalidRate?: number
  /** Probability that an optional field is filled (default 0.6). */
  readonly fillRate?: number
  /** Shift_JIS mapping policy. */
  readonly policy?: Partial<SJ.MappingPolicy>
  /** CSV header (default `"labels"`). */
  readonly header?: "labels" | "names" | "none"
  /** Further checks (with `generate`) by id. */
  readonly checks?: CheckTable
  /** Approximate chunk size in bytes (default 64 KiB). */
  readonly chunkSize?: number
}

/**
 * What a sample produced so far (final once iterated to the end).
 *
 * @category models
 * @since 0.1.0
 */
export interface SampleStats {
  records: number
  invalid: number
  bytes: number
}

/**
 * A sample file: an iterable of byte chunks with running statistics.
 *
 * @category models
 * @since 0.1.0
 */
export interface Sample extends Iterable<Uint8Array> {
  readonly stats: SampleStats
}

const SURNAMES = [
  "山田",
  "佐藤",
  "鈴木",
  "高橋",
  "田中",
  "伊藤",
  "渡辺",
  "中村",
  "小林",
  "加藤",
  "吉田",
  "山本",
  "松本",
  "井上",
  "木村",
  "林",
  "斎藤",
  "清水"
]
const GIVEN = [
  "太郎",
  "花子",
  "一郎",
  "次郎",
  "恵子",
  "裕子",
  "健",
  "翔太",
  "美咲",
  "大輔",
  "陽菜",
  "蓮",
  "結衣",
  "悠真",
  "葵",
  "湊"
]
const SURNAMES_KANA = [
  "やまだ",
  "さとう",
  "すずき",
  "たかはし",
  "たなか",
  "いとう",
  "わたなべ",
  "なかむら",
  "こばやし",
  "かとう",
  "よしだ",
  "やまもと"
]
const GIVEN_KANA = [
  "たろう",
  "はなこ",
  "いちろう",
  "じろう",
  "けいこ",
  "ゆうこ",
  "けん",
  "しょうた",
  "みさき",
  "だいすけ",
  "ひな",
  "れん"
]
const HALF_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
const FULL_DIGITS = "０１２３４５６７８９"
const TOWNS = ["試験町", "見本町", "例示町", "模擬町", "架空町", "仮設町"]
const CITIES = ["見本市", "試験市", "例示市", "模擬市"]

type Rand = ReturnType<typeof makeRng>

const pick = <A>(rng: Rand, xs: ReadonlyArray<A>): A => xs[rng.int(xs.length)] as A

/** Keeps as many characters of `s` as fit `bytes` in the encoding. */
const fit = (s: string, bytes: number, encoding: Encoding): string => {
  let n = 0
  let out = ""
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    const half = cp >= 0xff61 && cp <= 0xff9f
    const w = cp < 0x80 ? 1 : encoding === "utf-8" ? (cp > 0xffff ? 4 : cp < 0x800 ? 2 : 3) : half ? 1 : 2
    if (n + w > bytes) break
    out += ch
    n += w
  }
  return out
}

const fullDigits = (rng: Rand, n: number) => {
  let s = ""
  for (let i = 0; i < n; i++) s += FULL_DIGITS[rng.int(10)]
  return s
}

const isoDay = (rng: Rand, fromYear: number, toYear: number): string => {
  const from = Date.UTC(fromYear, 0, 1) / 86_400_000
  const to = Date.UTC(toYear, 11, 31) / 86_400_000
  return new Date((from + rng.int(to - from + 1)) * 86_400_000).toISOString().slice(0, 10)
}

interface Plan {
  readonly f: CompiledField
  readonly entry: CheckEntry | undefined
  readonly context: CheckContext
}

/** Text for a field by its class, width and label (synthetic). */
const textFor = (rng: Rand, f: CompiledField, encoding: Encoding, gaiji: string | undefined): string => {
  const label = f.label
  const width = f.length > 0 ? f.length : 40
  switch (f.chars) {
    case "numeric": {
      const desc = f.spec.description ?? ""
      if (desc.startsWith("YYYYMMDDhhmmss") && width >= 14) {
        const d = isoDay(rng, 2000, 2025).replace(/-/g, "")
        const t =
          String(rng.int(24)).padStart(2, "0") +
          String(rng.int(60)).padStart(2, "0") +
          String(rng.int(60)).padStart(2, "0")
        return (d + t).slice(0, width)
      }
      if (desc.startsWith("YYYYMMDD") && width >= 8) return isoDay(rng, 1930, 2025).replace(/-/g, "")
      let s = ""
      for (let i = 0; i < width; i++) s += String.fromCharCode(48 + rng.int(10))
      return s
    }
    case "alphanumeric": {
      const n = 1 + rng.int(Math.min(width, 16))
      let s = ""
      for (let i = 0; i < n; i++) s += ALNUM[rng.int(ALNUM.length)]
      return s
    }
    case "halfwidth": {
      const n = 1 + rng.int(Math.min(width, 12))
      let s = ""
      for (let i = 0; i < n; i++) s += HALF_KANA[rng.int(HALF_KANA.length)]
      return fit(s, width, encoding)
    }
    case "fullwidth": {
      let s: string
      if (/かな|カナ|ふりがな/.test(label)) {
        s = /カナ|カタカナ/.test(label)
          ? pick(rng, SURNAMES_KANA).replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60)) +
            "　" +
            pick(rng, GIVEN_KANA).replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
          : pick(rng, SURNAMES_KANA) + "　" + pick(rng, GIVEN_KANA)
      } else if (/住所|町丁目|方書/.test(label)) {
        s = `大阪府${pick(rng, CITIES)}${pick(rng, TOWNS)}${fullDigits(rng, 1)}丁目${fullDigits(rng, 1 + rng.int(2))}番${fullDigits(rng, 1 + rng.int(2))}号`
      } else if (/自治体|市町村名/.test(label)) {
        s = `大阪府${pick(rng, CITIES)}`
      } else if (/場所/.test(label)) {
        s = `${pick(rng, CITIES)}役所${pick(rng, TOWNS)}出張所`
      } else if (/続柄/.test(label)) {
        s = pick(rng, ["世帯主", "妻", "夫", "子", "母", "父"])
      } else if (/氏$|旧氏/.test(label)) {
        s = pick(rng, SURNAMES)
      } else if (/名$/.test(label) && !/氏名/.test(label)) {
        s = pick(rng, GIVEN)
      } else {
        s = pick(rng, SURNAMES) + "　" + pick(rng, GIVEN)
      }
      if (gaiji !== undefined && rng.chance(0.05)) s = gaiji + s.slice(1)
      return fit(s, width, encoding)
    }
    case "mixed":
      return fit(`見本${rng.int(1000)}-${ALNUM[rng.int(26)]}`, width, encoding)
  }
}

/**
 * Builds the record generator of a layout.
 *
 * @internal
 */
const recordMaker = (layout: LayoutSpec, options: SampleOptions, format: "fixed" | "csv", encoding: Encoding) => {
  const c = compile(layout, { format, encoding, ...(options.checks ? { checks: options.checks } : {}) })
  const checks: CheckTable = { ...builtinChecks, ...options.checks }
  const fillRate = options.fillRate ?? 0.6
  const policy = SJ.makePolicy(options.policy)
  const gaiji = encoding === "utf-8" ? "𠮷" : policy.userDefined === "pua" ? "\uE000" : undefined
  const plans: Array<Plan> = c.data.map((f) => ({
    f,
    entry: typeof f.spec.check === "string" ? checks[f.spec.check] : undefined,
    context: { options: f.checkContextOptions, with: [] }
  }))
  const codes = c.data.map((f) => (f.codes ? [...f.codes] : undefined))
  const withTargets = new Set<number>()
  for (const p of plans) for (const w of p.f.checkWith) withTargets.add(w)
  return (rng: Rand): Record<string, unknown> => {
    const rec: Record<string, unknown> = {}
    for (const { f, entry, context } of plans) {
      if (f.itemLengthOf >= 0 || f.gaijiCountOf >= 0) continue // computed by the encoder
      if (withTargets.has(f.index)) {
        // Set together with the field that checks with it (e.g. 元号区分 with its 年月日).
        if (!(f.name in rec)) rec[f.name] = null
        continue
      }
      if (!f.required && !rng.chance(fillRate)) {
        rec[f.name] = null
        continue
      }
      if (codes[f.index] !== undefined) {
        rec[f.name] = pick(rng, codes[f.index] as ReadonlyArray<string>)
        continue
      }
      if (entry?.generate) {
        const g: Generated = entry.generate(rng, context)
        rec[f.name] = g.value
        f.checkWith.forEach((i, k) => {
          rec[(c.data[i] as CompiledField).name] = g.with?.[k] ?? null
        })
        continue
      }
      if (f.integer) {
        rec[f.name] = rng.int(Math.min(10 ** f.length, 1000))
        continue
      }
      rec[f.name] = textFor(rng, f, encoding, gaiji)
    }
    return rec
  }
}

/**
 * Yields `options.records` synthetic, valid records of a layout
 * (deterministic for a seed; `invalidRate` is ignored here).
 *
 * @category generators
 * @since 0.1.0
 */
export function* generateSampleRecords<const L extends LayoutSpec>(
  layout: L,
  options: SampleOptions
): Generator<RecordOf<L>> {
  const format = options.format ?? "fixed"
  const encoding: Encoding = options.encoding ?? (format === "csv" ? "utf-8" : (layout.encoding ?? "shift_jis"))
  const make = recordMaker(layout, options, format, encoding)
  const rng = makeRng(options.seed ?? 1)
  for (let i = 0; i < options.records; i++) yield make(rng) as RecordOf<L>
}

/** Corrupts one record's bytes (without terminator) so that it is certain to be rejected. */
const corruptFixed = (rng: Rand, bytes: Uint8Array, fields: ReadonlyArray<CompiledField>, encoding: Encoding): void => {
  const data = fields.filter((f) => !f.filler)
  const f = pick(rng, data)
  const kind = rng.int(3)
  if (kind === 0 && encoding === "shift_jis") {
    bytes[f.offset] = 0xff // never valid in Shift_JIS
    return
  }
  if (kind === 1 && f.spec.check === "mynumber.MyNumber" && bytes[f.offset] !== 0x20) {
    const last = f.offset + f.length - 1
    bytes[last] = 0x30 + (((bytes[last] as number) - 0x30 + 1 + rng.int(9)) % 10)
    return
  }
  // A control character is outside every class.
  bytes[f.offset] = 0x01
}

/**
 * Generates a sample file of a layout: an iterable of byte chunks (constant
 * memory, deterministic for a seed) with running {@link SampleStats}.
 *
 * **Example**
 *
 * ```ts
 * import { ReferenceLayouts, generateSample, FixedLength } from "@juki/formats"
 *
 * const sample = generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 100, seed: 7, invalidRate: 0.1 })
 * const chunks = [...sample]
 * sample.stats.records // => 100
 * ```
 *
 * @category generators
 * @since 0.1.0
 */
export const generateSample = <const L extends LayoutSpec>(layout: L, options: SampleOptions): Sample => {
  const format = options.format ?? "fixed"
  const encoding: Encoding = options.encoding ?? (format === "csv" ? "utf-8" : (layout.encoding ?? "shift_jis"))
  const stats: SampleStats = { records: 0, invalid: 0, bytes: 0 }
  const chunkSize = options.chunkSize ?? 1 << 16
  const invalidRate = options.invalidRate ?? 0
  const codecOptions = {
    encoding,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.checks ? { checks: options.checks } : {})
  }
  function* chunks(): Generator<Uint8Array> {
    stats.records = 0
    stats.invalid = 0
    stats.bytes = 0
    const codec = (format === "csv"
      ? Csv.make(layout, { ...codecOptions, header: options.header ?? "labels" })
      : FixedLength.make(layout, codecOptions)) as unknown as Codec<LayoutSpec>
    const c = compile(layout, { format, encoding, ...(options.checks ? { checks: options.checks } : {}) })
    const make = recordMaker(layout, options, format, encoding)
    const rng = makeRng(options.seed ?? 1)
    const corruptRng = makeRng((options.seed ?? 1) ^ 0x5bd1e995)
    let buf = new Uint8Array(chunkSize + 4096)
    let used = 0
    const flush = function* () {
      if (used > 0) {
        stats.bytes += used
        yield buf.slice(0, used)
        used = 0
      }
    }
    if (format === "csv") {
      const header = Result.getOrThrow(codec.encode([]))
      buf.set(header)
      used = header.length
    }
    const terminator = format === "fixed" && (layout.recordTerminator ?? "CRLF") !== "none"
    for (let i = 0; i < options.records; i++) {
      const rec = make(rng)
      // The generator makes valid records (tested); the validation rules are not run again while writing.
      const r = codec.encodeRecord(rec as never, { check: false })
      if (Result.isFailure(r))
        throw new Error(`juki sample generator produced an invalid record: ${r.failure.map((p) => p.code).join(", ")}`)
      let bytes = r.success
      const invalid = invalidRate > 0 && corruptRng.chance(invalidRate)
      if (invalid) {
        stats.invalid++
        if (format === "fixed") corruptFixed(corruptRng, bytes, c.fields, encoding)
        else {
          // One column fewer: the last separator and cell are cut.
          const comma = bytes.lastIndexOf(0x2c)
          bytes = bytes.subarray(0, Math.max(0, comma))
        }
      }
      const extra = format === "csv" ? 2 : terminator ? ((layout.recordTerminator ?? "CRLF") === "CRLF" ? 2 : 1) : 0
      if (used + bytes.length + extra > buf.length) {
        yield* flush()
        if (bytes.length + extra > buf.length) buf = new Uint8Array(bytes.length + extra)
      }
      buf.set(bytes, used)
      used += bytes.length
      if (extra === 2) {
        buf[used++] = 13
        buf[used++] = 10
      } else if (extra === 1) buf[used++] = 10
      stats.records++
      if (used >= chunkSize) yield* flush()
    }
    yield* flush()
  }
  return {
    stats,
    [Symbol.iterator]: chunks
  }
}
