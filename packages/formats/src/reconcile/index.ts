/**
 * 整合性確認 (住民基本台帳法14条; 評価書 別添1(2) 6): compares two sets of 本人確認情報 — the images
 * juki derives from a registry and a CS export file in any layout the codecs read — joined by
 * 住民票コード, in constant memory.
 *
 * **When to use**
 *
 * Once a year (or after a migration) to prove the 住民記録システム and the 市町村CS hold the same
 * 本人確認情報: who is missing on the CS side, who is only there, and which items differ.
 *
 * **Details**
 *
 * - Images: {@link fromRegistry} (`Derive.identityInfo` of each person with a 住民票コード, sorted),
 *   {@link fromIdentityInfo}, {@link fromRecord} / {@link fromDecoded} (a codec's records; the field
 *   names of `IdentityInfo` or of `ReferenceLayouts.HonninKakuninJoho`, or your own mapping).
 * - Items compared: {@link ITEMS} with `byDefault` (26 items of 別添2(2) minus 異動事由 and 旧住民票コード,
 *   which need caller data); each normalised the same way on both sides (`ItemKind`: text NFC and
 *   trimmed, dates as `YYYYMMDD`, 性別 as `1`/`2`, flags as `0`/`1`). 外字数 and 清音化かな are never
 *   read from either side: both are recomputed from the text (`Derive.gaijiCount`, `Derive.seionKana`),
 *   so a count or key the CS computes another way does not show as a difference.
 * - Join: sorted sides stream through a merge; unsorted sides go through {@link sortImages} first
 *   (runs of at most `runBytes` of images held as UTF-8 lines in one byte buffer, or `runSize`
 *   images, spilled — to temporary files with `fileSpill` of `@juki/formats/node` — and merged, at
 *   most `maxFanIn` runs at once, sharing one read budget `mergeReadBytes`). Memory is bounded by
 *   these, not by the number of records: findings stream out of {@link differences} (or
 *   `onDifference`) as they are met; a report keeps only the first `maxDifferences`.
 * - Findings, one rule id per kind: `formats.reconcile.missing`, `.extra`, `.item` (one per person,
 *   listing every differing item), `.duplicate`, `.unsorted`, `.unreadable`. {@link toErrors} turns
 *   them into `JukiError`s with masked previews.
 *
 * **Gotchas**
 *
 * - The official 整合性確認 file and procedure are not public: items and normalisation are juki's
 *   choice (UNVERIFIED). The CS 異動事由 codes are not public either: pass your `jiyuMapping` and add
 *   `"jiyu"` to `items` to compare them.
 * - Findings hold the values as read: mask them ({@link maskDifference}) before showing them.
 *
 * **Example** (A registry image against a CS file with one changed address)
 *
 * ```ts
 * import { Reconcile } from "@juki/formats"
 *
 * const person = {
 *   residentCode: "20000000001", nameKanji: "山田　太郎", nameKana: "ヤマダ　タロウ", birthDate: "1980-04-01",
 *   sex: "male", municipalityCode: "131016", address: "東京都千代田区千代田一丁目1番", residentSince: "2024-04-01",
 *   addressSince: "2024-04-01", relationship: "世帯主", changeDate: "2024-04-01"
 * } // synthetic data
 * const cs = { ...person, birthDate: "19800401", sex: "1", address: "東京都千代田区千代田一丁目2番", nameGaijiCount: 9 }
 * const report = await Reconcile.reconcile([Reconcile.fromRecord(person)], [Reconcile.fromRecord(cs)])
 * report.counts.changed // => 1
 * report.first.map((d) => (d.kind === "item" ? d.items.map((i) => i.item) : [])) // => [["address"]]
 * ```
 *
 * @since 0.3.0
 * @module
 */
import { makeError, ResidentCode, type JukiError } from "@juki/core"
import { MyNumber } from "@juki/mynumber"
import { Result } from "effect"
import type { DecodedRecord } from "../stream/index.js"
import {
  differences,
  differencesSync,
  emptyCounts,
  type CompareOptions,
  type Counts,
  type Difference,
  type SideInput,
  type UnreadableRecord
} from "./engine.js"
import { fromRecord, itemSpec, type Image, type ImageOptions, type ItemName } from "./items.js"
import { Duplicate, Extra, ItemDiffers, Missing, Unreadable, Unsorted } from "./rules.js"

export * from "./items.js"
export * from "./rules.js"
export {
  chosenItems,
  compareImages,
  differences,
  differencesSync,
  emptyCounts,
  memorySpill,
  sortImages,
  type CompareOptions,
  type Counts,
  type Difference,
  type ItemDifference,
  type RunReader,
  type Side,
  type SideInput,
  type SortOptions,
  type Spill,
  type UnreadableRecord
} from "./engine.js"

/**
 * The images of a codec's decoded records (`codec.decodeStream(source)`), in file order; rejected
 * records become {@link UnreadableRecord}s (reported as `formats.reconcile.unreadable`).
 *
 * @category conversions
 * @since 0.3.0
 */
export async function* fromDecoded(
  records: AsyncIterable<DecodedRecord<unknown>> | Iterable<DecodedRecord<unknown>>,
  options: ImageOptions = {}
): AsyncGenerator<Image | UnreadableRecord> {
  for await (const r of records) {
    if (r.accepted && r.value !== undefined && r.value !== null && typeof r.value === "object")
      yield fromRecord(r.value as Record<string, unknown>, options, r.record)
    else
      yield {
        _tag: "UnreadableRecord",
        record: r.record,
        rules: [...new Set(r.problems.filter((p) => p.severity === "error").map((p) => p.code))]
      }
  }
}

/**
 * The outcome of {@link reconcile}.
 *
 * @category models
 * @since 0.3.0
 */
export interface Report {
  readonly counts: Counts
  /**
   * The first findings, up to `maxDifferences` (default 1,000; 0 keeps none), copied ({@link detach});
   * the counts are always complete. To see every finding, stream them with `onDifference`.
   */
  readonly first: ReadonlyArray<Difference>
}

/**
 * Options of {@link reconcile}.
 *
 * @category models
 * @since 0.3.0
 */
export interface ReconcileOptions extends Omit<CompareOptions, "counts"> {
  /** How many findings the report keeps (default 1,000). */
  readonly maxDifferences?: number
  /** Called for every finding, in order (write them all without holding them). */
  readonly onDifference?: (d: Difference) => void | Promise<void>
}

/**
 * Runs {@link differences} to the end and counts: `counts.missing + counts.extra + counts.changed +
 * counts.duplicate + counts.unreadable (+ 1 when incomplete)` findings, `counts.matched ===
 * counts.identical + counts.changed`.
 *
 * @category comparisons
 * @since 0.3.0
 */
export const reconcile = async (
  left: SideInput | Iterable<Image | UnreadableRecord> | AsyncIterable<Image | UnreadableRecord>,
  right: SideInput | Iterable<Image | UnreadableRecord> | AsyncIterable<Image | UnreadableRecord>,
  options: ReconcileOptions = {}
): Promise<Report> => {
  const counts = emptyCounts()
  const first: Array<Difference> = []
  const max = options.maxDifferences ?? 1000
  const { maxDifferences: _m, onDifference, ...rest } = options
  for await (const d of differences(left, right, { ...rest, counts })) {
    if (first.length < max) first.push(detach(d))
    if (onDifference) await onDifference(d)
  }
  return { counts, first }
}

/**
 * A copy of a finding whose strings are its own: a value read from a file may be a slice of a much
 * larger chunk of text, which a kept finding would otherwise keep alive. For findings held past the
 * moment they are met (the first `maxDifferences` of a report).
 *
 * @category conversions
 * @since 0.3.0
 */
export const detach = (d: Difference): Difference => JSON.parse(JSON.stringify(d)) as Difference

const maskCode = (s: string): string => (s === "" ? "" : ResidentCode.mask(s))

/**
 * A finding with its identifiers masked (住民票コード, 個人番号, 旧住民票コード: `*******0001`);
 * other values are kept (the operator needs them to correct the record).
 *
 * @category conversions
 * @since 0.3.0
 */
export const maskDifference = (d: Difference): Difference => {
  const maskImage = (i: Image): Image => ({
    ...i,
    residentCode: maskCode(i.residentCode),
    items: {
      ...i.items,
      myNumber: i.items.myNumber === "" ? "" : MyNumber.mask(i.items.myNumber),
      oldResidentCode: maskCode(i.items.oldResidentCode)
    }
  })
  switch (d.kind) {
    case "missing":
      return { ...d, residentCode: maskCode(d.residentCode), left: maskImage(d.left) }
    case "extra":
      return { ...d, residentCode: maskCode(d.residentCode), right: maskImage(d.right) }
    case "item":
      return {
        ...d,
        residentCode: maskCode(d.residentCode),
        left: maskImage(d.left),
        right: maskImage(d.right),
        items: d.items.map((i) =>
          itemSpec(i.item).identifier
            ? {
                ...i,
                left: i.item === "myNumber" ? MyNumber.mask(i.left) : maskCode(i.left),
                right: i.item === "myNumber" ? MyNumber.mask(i.right) : maskCode(i.right)
              }
            : i
        )
      }
    case "duplicate":
    case "unsorted":
      return { ...d, residentCode: maskCode(d.residentCode) }
    default:
      return d
  }
}

const SIDE = { left: "住民記録側", right: "CS側" } as const

/**
 * The `JukiError`s of a finding: one per differing item for `formats.reconcile.item`, one otherwise.
 * The 住民票コード is masked in the messages and previews; `path` names the item.
 *
 * @category conversions
 * @since 0.3.0
 */
export const toErrors = (d: Difference): ReadonlyArray<JukiError> => {
  const code = "residentCode" in d ? maskCode(d.residentCode) : ""
  switch (d.kind) {
    case "missing":
      return [makeError(Missing, { params: { residentCode: code }, path: ["residentCode"] })]
    case "extra":
      return [makeError(Extra, { params: { residentCode: code }, path: ["residentCode"] })]
    case "item":
      return d.items.map((i) =>
        makeError(ItemDiffers, { params: { residentCode: code, label: i.label }, path: [i.item] })
      )
    case "duplicate":
      return [
        makeError(Duplicate, { params: { residentCode: code, side: SIDE[d.side] }, position: { record: d.record } })
      ]
    case "unsorted":
      return [makeError(Unsorted, { params: { side: SIDE[d.side], record: d.record }, position: { record: d.record } })]
    case "unreadable":
      return [
        makeError(Unreadable, {
          params: { side: SIDE[d.side], record: d.record, rules: d.rules.join(", ") },
          position: { record: d.record }
        })
      ]
  }
}

/**
 * Compares two arrays of records (each read with {@link fromRecord}; a record without 住民票コード is
 * unreadable): the finding-free summary, or every finding as `JukiError`s. Synchronous, for small
 * sets and the conformance vectors.
 *
 * @category comparisons
 * @since 0.3.0
 */
export const compareRecords = (
  left: ReadonlyArray<Readonly<Record<string, unknown>>>,
  right: ReadonlyArray<Readonly<Record<string, unknown>>>,
  options: ImageOptions & {
    readonly items?: ReadonlyArray<ItemName>
    /** Both arrays are in 住民票コード order (checked: `formats.reconcile.unsorted` when not). */
    readonly sorted?: boolean
  } = {}
): Result.Result<{ readonly matched: number; readonly identical: number }, ReadonlyArray<JukiError>> => {
  const read = (xs: ReadonlyArray<Readonly<Record<string, unknown>>>) =>
    Array.isArray(xs) ? xs.map((x, i) => fromRecord(x !== null && typeof x === "object" ? x : {}, options, i + 1)) : []
  const counts = emptyCounts()
  const found = differencesSync(read(left), read(right), {
    counts,
    ...(options.items === undefined ? {} : { items: options.items }),
    ...(options.sorted === true ? { sorted: true } : {})
  })
  return found.length === 0
    ? Result.succeed({ matched: counts.matched, identical: counts.identical })
    : Result.fail(found.flatMap(toErrors))
}
