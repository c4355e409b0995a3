/**
 * 住民票 rows from fixed-length or CSV files, read with the layouts of
 * `@juki/formats`, for `juki registry load --layout`.
 *
 * **When to use**
 *
 * Loading a vendor's export of the 住民票 (one row per person) into a store.
 * Describe the file with a layout (`@juki/formats` `LayoutSpec`: offsets and
 * widths for fixed-length files, columns for CSV) whose **field names are the
 * paths of the record's items**, the keys joined by `_` (`atenaNumber`,
 * `name_kanji`, `address_text`, `entry_jiyu` …, as in `ResidentRecord`,
 * whose keys have no `_`), or use {@link JuminhyoCsv}, juki's reference CSV
 * layout of a 日本人住民 row.
 *
 * **Details**
 *
 * - Each row is decoded by the layout's codec (format problems are reported
 *   with the record number and never thrown), then its fields are put at their
 *   paths (empty cells are left out; `entry_byAuthority`, `voterRegistered`,
 *   `residenceNotified` and `landingPermitMoveIn` read `1`/`true` and
 *   `0`/`false`), and the result must be a `ResidentRecord`
 *   (`records.registry.malformed` otherwise, with the row number).
 * - The layouts are data (JSON): nothing in a file is run.
 *
 * @since 0.1.0
 * @module
 */
import { makeError, type JukiError } from "@juki/core"
import { Csv, defineLayout, FixedLength, type ByteSource, type LayoutSpec } from "@juki/formats"
import { Models, Rules, type ResidentRecord } from "@juki/records"
import { Result, Schema } from "effect"

/**
 * juki's reference CSV layout of a 住民票 row (日本人住民), UTF-8, a header
 * line of the field names. Not an official layout: a vendor writes its own
 * with the same field names.
 *
 * @category layouts
 * @since 0.1.0
 */
export const JuminhyoCsv = defineLayout({
  name: "JuminhyoCsv",
  title: "住民票（日本人住民）CSV",
  basis: "juki reference layout (not official)",
  description: "One 住民票 per row; the field names are the paths of the ResidentRecord items, keys joined by _.",
  encoding: "utf-8",
  fields: [
    {
      name: "kind",
      label: "住民の種別",
      chars: "alphanumeric",
      required: true,
      codes: { japanese: "日本人住民", foreign: "外国人住民" }
    },
    { name: "state", label: "状態", chars: "alphanumeric", required: true },
    { name: "atenaNumber", label: "宛名番号", chars: "numeric", required: true },
    { name: "householdNumber", label: "世帯番号", chars: "numeric", required: true },
    { name: "relationship", label: "続柄", chars: "mixed", required: true },
    { name: "residentCode", label: "住民票コード", chars: "numeric" },
    { name: "myNumber", label: "個人番号", chars: "numeric" },
    { name: "name_kanji", label: "氏名", chars: "mixed", required: true },
    { name: "name_kana", label: "氏名の振り仮名", chars: "mixed" },
    { name: "birthDate", label: "生年月日", chars: "mixed", required: true },
    { name: "sex", label: "性別", chars: "alphanumeric", required: true },
    { name: "address_municipalityCode", label: "住所_市町村コード", chars: "numeric", required: true },
    { name: "address_postalCode", label: "住所_郵便番号", chars: "numeric" },
    { name: "address_text", label: "住所", chars: "mixed", required: true },
    { name: "addressSince", label: "住所を定めた年月日", chars: "mixed", required: true },
    { name: "previousAddress_municipalityCode", label: "前住所_市町村コード", chars: "numeric" },
    { name: "previousAddress_text", label: "前住所", chars: "mixed" },
    { name: "residentSince", label: "住民となった年月日", chars: "mixed", required: true },
    { name: "honseki_kind", label: "本籍_種別", chars: "alphanumeric", required: true },
    { name: "honseki_place", label: "本籍", chars: "mixed" },
    { name: "honseki_head", label: "筆頭者", chars: "mixed" },
    { name: "entry_jiyu", label: "記載事由", chars: "alphanumeric", required: true },
    { name: "entry_date", label: "記載事由_異動日", chars: "mixed", required: true },
    { name: "entry_filedOn", label: "記載事由_届出日", chars: "mixed" },
    { name: "entry_byAuthority", label: "記載事由_職権", chars: "alphanumeric", required: true }
  ]
})

/**
 * The layouts `juki registry load --layout <name>` knows by name.
 *
 * @category layouts
 * @since 0.1.0
 */
export const layouts: ReadonlyMap<string, LayoutSpec> = new Map([
  ["JuminhyoCsv", JuminhyoCsv],
  ["juminhyo-csv", JuminhyoCsv]
])

const BOOLEAN = new Set(["byAuthority", "voterRegistered", "residenceNotified", "landingPermitMoveIn"])
const decodeRecord = Schema.decodeUnknownResult(Models.ResidentRecord, { onExcessProperty: "error" })
const UNSAFE = new Set(["__proto__", "constructor", "prototype"])

/**
 * A 住民票 from one decoded row: each field at its path. Never throws.
 *
 * @category conversions
 * @since 0.1.0
 */
export const recordOf = (
  row: Readonly<Record<string, unknown>>,
  record: number
): Result.Result<ResidentRecord, JukiError> => {
  const out: Record<string, unknown> = {}
  for (const [path, raw] of Object.entries(row)) {
    if (raw === null || raw === undefined || raw === "") continue
    const keys = path.split("_")
    if (keys.some((k) => k === "" || UNSAFE.has(k)))
      return Result.fail(
        makeError(Rules.RegistryMalformed, { path: ["records", record], params: { detail: `field name ${path}` } })
      )
    const last = keys[keys.length - 1] as string
    let value: unknown = raw
    if (BOOLEAN.has(last)) {
      const s = String(raw).toLowerCase()
      value = s === "1" || s === "true" ? true : s === "0" || s === "false" ? false : raw
    }
    let at = out
    for (const k of keys.slice(0, -1)) {
      const next = at[k]
      if (typeof next === "object" && next !== null) at = next as Record<string, unknown>
      else {
        const o: Record<string, unknown> = {}
        at[k] = o
        at = o
      }
    }
    at[last] = value
  }
  const r = decodeRecord(out)
  if (Result.isSuccess(r)) return Result.succeed(r.success as ResidentRecord)
  const detail = String(r.failure.message).replace(/\s+/g, " ").slice(0, 300)
  return Result.fail(makeError(Rules.RegistryMalformed, { path: ["records", record], params: { detail } }))
}

/**
 * One row of a layout file: the record, or every problem of the row.
 *
 * @category models
 * @since 0.1.0
 */
export interface Row {
  readonly record: number
  readonly value: ResidentRecord | undefined
  readonly problems: ReadonlyArray<JukiError>
}

/**
 * Reads 住民票 rows from a fixed-length or CSV file (any byte source), in
 * constant memory. CSV files start with a header line of the field names.
 *
 * @category constructors
 * @since 0.1.0
 */
export async function* readRows(layout: LayoutSpec, source: ByteSource, format: "csv" | "fixed"): AsyncGenerator<Row> {
  const codec =
    format === "csv"
      ? Csv.make(layout, { encoding: layout.encoding ?? "utf-8", header: "names" })
      : FixedLength.make(layout)
  for await (const d of codec.decodeStream(source)) {
    const errors = d.problems.filter((p) => p.severity === "error")
    if (!d.accepted || d.value === undefined) {
      yield { record: d.record, value: undefined, problems: errors.length > 0 ? errors : d.problems }
      continue
    }
    const r = recordOf(d.value as Record<string, unknown>, d.record)
    yield Result.isSuccess(r)
      ? { record: d.record, value: r.success, problems: [] }
      : { record: d.record, value: undefined, problems: [r.failure] }
  }
}
