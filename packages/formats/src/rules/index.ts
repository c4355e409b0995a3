/**
 * The rules of `@juki/formats`: problems of layouts, files, records, fields
 * and character encodings. Field checks that belong to other packages
 * (個人番号, 全国地方公共団体コード, 和暦 …) keep their own rule ids; only the
 * rules below are owned here.
 *
 * **When to use**
 *
 * Match on `error.code` (e.g. `formats.field.chars`) to route problems, or
 * list {@link rules} in a rule catalogue.
 *
 * **Details**
 *
 * - `formats.layout.*`: a layout definition itself is wrong (overlapping or
 *   missing bytes, bad widths, unknown references).
 * - `formats.record.*`, `formats.csv.*`: the shape of a file (record length,
 *   truncation, quoting, column counts).
 * - `formats.decode.*`, `formats.encode.*`: bytes that are not valid in the
 *   encoding, characters that cannot be encoded, values that do not fit.
 * - `formats.field.*`: a field value breaks the layout (character class,
 *   required, code list, 項目長, 外字数).
 *
 * **Gotchas**
 *
 * No rule puts the offending value into `params`: positions (record number,
 * byte offset, character index) identify the problem, the masked `preview`
 * hints at it.
 *
 * **Example** (Routing problems by rule id)
 *
 * ```ts
 * import { FieldChars, FixedLength, ReferenceLayouts, generateSample } from "@juki/formats"
 *
 * const codec = FixedLength.make(ReferenceLayouts.TogoAtena)
 * const stream = generateSample(ReferenceLayouts.TogoAtena, { records: 20, seed: 3, invalidRate: 1 })
 * const bad: Array<string> = []
 * const summary = await codec.validate(stream, {
 *   onProblem: (p) => (p.code === FieldChars.id ? bad.push(p.field ?? "") : undefined)
 * })
 * summary.rejected // => 20
 * bad.length === (summary.byRule[FieldChars.id] ?? 0) // => true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, type LegalBasis } from "@juki/core"

const LIBRARY: LegalBasis = { kind: "library", cite: "juki reference layout (not official)", verified: true }
const CP932: LegalBasis = { kind: "standard", cite: "Microsoft CP932 (Windows-31J)", verified: true }
const WHATWG: LegalBasis = { kind: "standard", cite: "WHATWG Encoding Standard (Shift_JIS, UTF-8)", verified: true }
const RFC4180: LegalBasis = { kind: "standard", cite: "RFC 4180 (CSV)", verified: true }
const RFC3629: LegalBasis = { kind: "standard", cite: "RFC 3629 (UTF-8)", verified: true }

/**
 * A layout definition is malformed: not an object, no fields, a field that
 * is not an object, an unknown property value.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutShape = defineRule({
  id: "formats.layout.shape",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "レイアウト定義の形式", en: "Layout shape" },
  message: { ja: "レイアウト定義が不正です（{problem}）", en: "The layout definition is malformed ({problem})" }
})

/**
 * A field name is not an identifier (`/^[A-Za-z_][A-Za-z0-9_]*$/`) or is
 * used twice.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutName = defineRule({
  id: "formats.layout.name",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "項目名", en: "Field name" },
  message: {
    ja: "項目名「{name}」が不正か重複しています（{problem}）",
    en: 'Field name "{name}" is invalid or duplicated ({problem})'
  }
})

/**
 * A width is not a positive integer, an integer field is wider than 15
 * digits, or a 全角 field has an odd width in Shift_JIS.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutWidth = defineRule({
  id: "formats.layout.width",
  tag: "InvalidLength",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "項目のバイト数", en: "Field width" },
  message: {
    ja: "項目「{name}」のバイト数{length}は使えません（{problem}）",
    en: 'Field "{name}" cannot have width {length} ({problem})'
  }
})

/**
 * In UTF-8, a 全角 field whose width is not a multiple of 3 cannot be filled
 * with U+3000 alone; the last 1–2 bytes are padded with ASCII spaces.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutFullWidthUtf8 = defineRule({
  id: "formats.layout.fullwidth-utf8",
  tag: "InvalidLength",
  severity: "alert",
  basis: [LIBRARY],
  title: { ja: "全角項目のバイト数（UTF-8）", en: "Full-width width in UTF-8" },
  message: {
    ja: "全角項目「{name}」のバイト数{length}は3の倍数ではありません。UTF-8では末尾を半角空白で埋めます",
    en: 'Full-width field "{name}" has width {length}, not a multiple of 3; in UTF-8 its last bytes are padded with ASCII spaces'
  }
})

/**
 * Two fields of a fixed-length layout share bytes.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutOverlap = defineRule({
  id: "formats.layout.overlap",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "項目の重なり", en: "Overlapping fields" },
  message: {
    ja: "項目「{name}」（{offset}バイト目から）が直前の項目「{previous}」（{previousEnd}バイト目まで）と重なっています",
    en: 'Field "{name}" (from byte {offset}) overlaps "{previous}" (up to byte {previousEnd})'
  }
})

/**
 * Bytes of a fixed-length record belong to no field (declare a `filler`
 * field for reserved bytes, 予備).
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutGap = defineRule({
  id: "formats.layout.gap",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "項目の隙間", en: "Gap between fields" },
  message: {
    ja: "{from}バイト目から{to}バイト目の前までがどの項目にも属しません（予備項目は filler で定義してください）",
    en: "Bytes {from} up to {to} belong to no field (declare reserved bytes as a filler field)"
  }
})

/**
 * A padding or justification does not suit the field: zero padding is for
 * integer fields only, U+3000 padding for 全角 fields only.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutPadding = defineRule({
  id: "formats.layout.padding",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "埋め文字", en: "Padding" },
  message: {
    ja: "項目「{name}」の埋め文字・寄せが不正です（{problem}）",
    en: 'Field "{name}" has an invalid padding or justification ({problem})'
  }
})

/**
 * A reference inside a layout does not resolve: an unknown check id, an
 * `itemLengthOf` / `gaijiCountOf` naming a missing field, a code of the
 * code list that does not fit the field.
 *
 * @category rules
 * @since 0.1.0
 */
export const LayoutReference = defineRule({
  id: "formats.layout.reference",
  tag: "InvalidComponent",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "レイアウト内の参照", en: "Layout reference" },
  message: {
    ja: "項目「{name}」の参照「{target}」を解決できません（{problem}）",
    en: 'Field "{name}" refers to "{target}", which cannot be resolved ({problem})'
  }
})

/**
 * A fixed-length record does not have the layout's byte length.
 *
 * @category rules
 * @since 0.1.0
 */
export const RecordLength = defineRule({
  id: "formats.record.length",
  tag: "InvalidLength",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "レコード長", en: "Record length" },
  message: {
    ja: "レコード長は{expected}バイトですが{actual}バイトでした",
    en: "A record has {expected} bytes, got {actual}"
  }
})

/**
 * The file ends inside a record (fixed-length files without a record
 * terminator, or a CSV quote that is never closed).
 *
 * @category rules
 * @since 0.1.0
 */
export const RecordTruncated = defineRule({
  id: "formats.record.truncated",
  tag: "InvalidLength",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "途中で終わるレコード", en: "Truncated record" },
  message: {
    ja: "ファイルがレコードの途中で終わっています（{actual}バイト、{expected}バイト必要）",
    en: "The file ends inside a record ({actual} bytes of {expected})"
  }
})

/**
 * The last record of a file has no record terminator (CRLF or LF). The
 * record is still accepted.
 *
 * @category rules
 * @since 0.1.0
 */
export const RecordTerminatorMissing = defineRule({
  id: "formats.record.terminator",
  tag: "InvalidFormat",
  severity: "alert",
  basis: [LIBRARY],
  title: { ja: "レコード区切り", en: "Record terminator" },
  message: {
    ja: "レコード区切り（{terminator}）がありません",
    en: "The record terminator ({terminator}) is missing"
  }
})

/**
 * A record of a CRLF file ends with an LF without CR. Many interchange
 * specifications make CRLF mandatory; under the strict policy (default,
 * `lineEnding: "crlf"`) the record is rejected. `lineEnding: "any"` accepts
 * a bare LF.
 *
 * @category rules
 * @since 0.2.0
 */
export const RecordLineEnding = defineRule({
  id: "formats.record.line-ending",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "改行コード", en: "Line ending" },
  message: {
    ja: '改行がLFだけです（{terminator}が必要です。LFも受け付けるには lineEnding: "any" を指定します）',
    en: 'The line ends with a bare LF ({terminator} required; lineEnding: "any" accepts LF)'
  }
})

/**
 * A record is longer than the reader's limit; it is skipped up to the next
 * line break so that memory stays bounded.
 *
 * @category rules
 * @since 0.1.0
 */
export const RecordTooLong = defineRule({
  id: "formats.record.too-long",
  tag: "InvalidLength",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "長すぎるレコード", en: "Record too long" },
  message: {
    ja: "レコードが上限{limit}バイトを超えたため、次の改行まで読み飛ばしました",
    en: "The record exceeds the limit of {limit} bytes and was skipped up to the next line break"
  }
})

/**
 * A CSV quote is misplaced: a `"` inside an unquoted field, or characters
 * after a closing quote.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsvQuote = defineRule({
  id: "formats.csv.quote",
  tag: "InvalidFormat",
  severity: "error",
  basis: [RFC4180],
  title: { ja: "CSVの引用符", en: "CSV quoting" },
  message: {
    ja: "CSVの引用符が不正です（{problem}）",
    en: "Invalid CSV quoting ({problem})"
  }
})

/**
 * A CSV record does not have the layout's number of columns.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsvColumns = defineRule({
  id: "formats.csv.columns",
  tag: "InvalidLength",
  severity: "error",
  basis: [RFC4180],
  title: { ja: "CSVの列数", en: "CSV column count" },
  message: { ja: "列数は{expected}ですが{actual}でした", en: "Expected {expected} columns, got {actual}" }
})

/**
 * An integer CSV cell has a leading zero (`007`, `00`). The writer writes
 * integers without leading zeros, so such a cell could not be written back
 * with the same bytes; it is refused. (Fixed-length integer fields keep
 * their zero padding.)
 *
 * @category rules
 * @since 0.2.0
 */
export const CsvIntegerForm = defineRule({
  id: "formats.csv.integer-form",
  tag: "InvalidFormat",
  severity: "error",
  basis: [{ kind: "library", cite: "juki: a codec accepts only what it can write back (same bytes)", verified: true }],
  title: { ja: "CSVの整数の表記", en: "CSV integer form" },
  message: {
    ja: "{field}（{label}）は先頭に0を付けない整数で書いてください（書き戻すと同じバイト列になりません）",
    en: "{field} ({label}) must be an integer without leading zeros (it would not be written back to the same bytes)"
  }
})

/**
 * An integer field padded with spaces holds a leading zero (`"07  "`, `"00  "`, `"  07"`). The writer writes
 * such a field without leading zeros (`"7   "`), so the record could not be written back with the same bytes;
 * it is refused. Integer fields padded with `0` keep their zero padding (`"0007"` is 7).
 *
 * @category rules
 * @since 0.3.0
 */
export const FixedIntegerForm = defineRule({
  id: "formats.fixed.integer-form",
  tag: "InvalidFormat",
  severity: "error",
  basis: [{ kind: "library", cite: "juki: a codec accepts only what it can write back (same bytes)", verified: true }],
  title: { ja: "空白埋めの整数の表記", en: "Space-padded integer form" },
  message: {
    ja: "{field}（{label}）は空白埋めの整数です。先頭に0を付けずに書いてください（書き戻すと同じバイト列になりません）",
    en: "{field} ({label}) is a space-padded integer and must not have leading zeros (it would not be written back to the same bytes)"
  }
})

/**
 * The CSV header row does not name the layout's fields in order.
 *
 * @category rules
 * @since 0.1.0
 */
export const CsvHeader = defineRule({
  id: "formats.csv.header",
  tag: "InvalidFormat",
  severity: "error",
  basis: [RFC4180],
  title: { ja: "CSVの見出し行", en: "CSV header" },
  message: {
    ja: "見出し行の{column}列目は「{expected}」であるべきです",
    en: 'Column {column} of the header should be "{expected}"'
  }
})

/**
 * Bytes that are not a valid sequence of the encoding (Shift_JIS/CP932 or
 * UTF-8). Decoding never substitutes U+FFFD silently.
 *
 * @category rules
 * @since 0.1.0
 */
export const DecodeInvalidBytes = defineRule({
  id: "formats.decode.invalid-bytes",
  tag: "DecodeError",
  severity: "error",
  basis: [WHATWG, CP932, RFC3629],
  title: { ja: "文字コードとして不正なバイト列", en: "Invalid byte sequence" },
  message: {
    ja: "{encoding}として不正なバイト列です",
    en: "Invalid {encoding} byte sequence"
  }
})

/**
 * A user-defined character (外字, Shift_JIS F040–F9FC) was read while the
 * mapping policy does not map the user-defined area (`userDefined: "pua"`).
 *
 * @category rules
 * @since 0.1.0
 */
export const DecodeUserDefined = defineRule({
  id: "formats.decode.user-defined",
  tag: "DecodeError",
  severity: "error",
  basis: [CP932],
  title: { ja: "外字領域の文字", en: "User-defined character" },
  message: {
    ja: '{encoding}の外字領域（F040–F9FC）の文字です（マッピング方針 userDefined: "pua" で読めます）',
    en: 'A {encoding} user-defined character (F040–F9FC); the mapping policy userDefined: "pua" reads it'
  }
})

const ROUND_TRIP: LegalBasis = {
  kind: "library",
  cite: "juki: a codec accepts only what it can write back (same bytes)",
  verified: true
}

/**
 * A character of the NEC special characters (NEC特殊文字, row 13, Shift_JIS
 * 8740–879C: ①Ⅰ㍉㈱…) was read while the mapping policy cannot write it
 * back with the same bytes: under `charset: "jisx0208"` every cell of the
 * row, under `"cp932"` the cells that duplicate a JIS X 0208 character
 * (≒≡∫∮√⊥∠∟⊿∵∩∪, written as 81xx). Refused in every field, whatever a
 * 外字数 item says.
 *
 * @category rules
 * @since 0.2.0
 */
export const DecodeNecSpecial = defineRule({
  id: "formats.decode.nec-special",
  tag: "DecodeError",
  severity: "error",
  basis: [CP932, ROUND_TRIP],
  title: { ja: "NEC特殊文字（13区）", en: "NEC special character (row 13)" },
  message: {
    ja: "{encoding}のNEC特殊文字（13区、87xx）です。文字コード方針 {charset} では同じバイト列に書き戻せないため受け付けません",
    en: "A {encoding} NEC special character (row 13, 87xx); the charset policy {charset} cannot write it back to the same bytes"
  }
})

/**
 * A character of the NEC-selected IBM extensions (NEC選定IBM拡張文字,
 * Shift_JIS ED40–EEFC) was read. No policy writes these bytes: CP932 writes
 * the same characters as IBM extensions (FA40–FC4B), JIS X 0208 not at all.
 * Refused in every field, whatever a 外字数 item says.
 *
 * @category rules
 * @since 0.2.0
 */
export const DecodeNecSelectedIbm = defineRule({
  id: "formats.decode.nec-selected-ibm",
  tag: "DecodeError",
  severity: "error",
  basis: [CP932, ROUND_TRIP],
  title: { ja: "NEC選定IBM拡張文字", en: "NEC-selected IBM extension" },
  message: {
    ja: "{encoding}のNEC選定IBM拡張文字（ED/EE）です。文字コード方針 {charset} では同じバイト列に書き戻せないため受け付けません",
    en: "A {encoding} NEC-selected IBM extension character (ED/EE); the charset policy {charset} cannot write it back to the same bytes"
  }
})

/**
 * A character of the IBM extensions (IBM拡張文字, Shift_JIS FA40–FC4B:
 * 髙﨑ⅰ…) was read while the mapping policy cannot write it back with the
 * same bytes: under `charset: "jisx0208"` every cell, under `"cp932"` the
 * cells that duplicate NEC row 13 or JIS X 0208 (Ⅰ–Ⅹ ￢ ∵ ㈱ № ℡).
 * Refused in every field, whatever a 外字数 item says.
 *
 * @category rules
 * @since 0.2.0
 */
export const DecodeIbmExtension = defineRule({
  id: "formats.decode.ibm-extension",
  tag: "DecodeError",
  severity: "error",
  basis: [CP932, ROUND_TRIP],
  title: { ja: "IBM拡張文字", en: "IBM extension character" },
  message: {
    ja: "{encoding}のIBM拡張文字（FA–FC）です。文字コード方針 {charset} では同じバイト列に書き戻せないため受け付けません",
    en: "A {encoding} IBM extension character (FA–FC); the charset policy {charset} cannot write it back to the same bytes"
  }
})

/**
 * Any other double-byte code that decodes to a character the mapping policy
 * writes with other bytes or not at all (e.g. `decodeForm: "jis"` with
 * `charset: "cp932"`: 8160 decodes to 〜, which CP932 cannot write).
 *
 * @category rules
 * @since 0.2.0
 */
export const DecodeNotWritable = defineRule({
  id: "formats.decode.not-writable",
  tag: "DecodeError",
  severity: "error",
  basis: [ROUND_TRIP],
  title: { ja: "書き戻せない文字", en: "Character that cannot be written back" },
  message: {
    ja: "{encoding}の文字ですが、文字コード方針 {charset} では同じバイト列に書き戻せないため受け付けません",
    en: "A {encoding} character the charset policy {charset} cannot write back to the same bytes"
  }
})

/**
 * A character that cannot be represented in UTF-8 (a lone surrogate). For
 * Shift_JIS, unrepresentable characters are reported with the rule of
 * `@juki/core`, `text.shift-jis.unrepresentable`. Encoding never writes `?`
 * or U+FFFD.
 *
 * @category rules
 * @since 0.1.0
 */
export const EncodeUnmappable = defineRule({
  id: "formats.encode.unmappable",
  tag: "EncodeError",
  severity: "error",
  basis: [RFC3629],
  title: { ja: "変換できない文字", en: "Unmappable character" },
  message: {
    ja: "{index}文字目は{encoding}で表せない文字です",
    en: "Character {index} cannot be represented in {encoding}"
  }
})

/**
 * A value is longer than its field's byte width.
 *
 * @category rules
 * @since 0.1.0
 */
export const EncodeOverflow = defineRule({
  id: "formats.encode.overflow",
  tag: "InvalidLength",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "項目長超過", en: "Value too long" },
  message: {
    ja: "{field}は{length}バイトまでですが{actual}バイトあります",
    en: "{field} takes at most {length} bytes, got {actual}"
  }
})

/**
 * A value to encode has the wrong JavaScript type (a number for a text
 * field, a non-integer for an integer field …).
 *
 * @category rules
 * @since 0.1.0
 */
export const EncodeType = defineRule({
  id: "formats.encode.type",
  tag: "InvalidType",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "値の型", en: "Value type" },
  message: { ja: "{field}には{expected}を指定してください", en: "{field} must be {expected}" }
})

/**
 * A required field is blank (only padding, or empty in CSV).
 *
 * @category rules
 * @since 0.1.0
 */
export const FieldRequired = defineRule({
  id: "formats.field.required",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "必須項目", en: "Required field" },
  message: { ja: "{field}（{label}）は必須です", en: "{field} ({label}) is required" }
})

/**
 * A value contains a character outside the field's character class
 * (数字, 半角英数, 半角, 全角, 混在) or a control character.
 *
 * The problem is placed at the first offending character: `byteOffset` is
 * its exact byte in the file, `index` its 0-based character (UTF-16 code
 * unit) index from the start of the field (padding included) or of the CSV
 * value; the message counts from 1 (`ordinal`).
 *
 * @category rules
 * @since 0.1.0
 */
export const FieldChars = defineRule({
  id: "formats.field.chars",
  tag: "InvalidFormat",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "文字種", en: "Character class" },
  message: {
    ja: "{field}（{label}）の{ordinal}文字目は{chars}ではありません",
    en: "Character {ordinal} of {field} ({label}) is not {charsEn}"
  }
})

/**
 * A value is not one of the field's code list.
 *
 * @category rules
 * @since 0.1.0
 */
export const FieldCode = defineRule({
  id: "formats.field.code",
  tag: "InvalidComponent",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "コード値", en: "Code value" },
  message: {
    ja: "{field}（{label}）はコード表にない値です",
    en: "{field} ({label}) is not in its code list"
  }
})

/**
 * A 項目長 field does not equal the byte length of the field it measures.
 *
 * **Details**
 *
 * UNVERIFIED: the unit of the 項目長 fields of 送付先情報ファイル (bytes in
 * the file's encoding or characters) is not public. juki counts bytes by
 * default; a layout can say `itemLengthUnit: "chars"`.
 *
 * @category rules
 * @since 0.1.0
 */
export const FieldItemLength = defineRule({
  id: "formats.field.item-length",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    {
      kind: "seed-practice",
      cite: "特定個人情報保護評価書 別添2(3) 送付先情報ファイル（項目長）",
      verified: false,
      note: "unit (bytes or characters) UNVERIFIED"
    }
  ],
  title: { ja: "項目長", en: "Item length" },
  message: {
    ja: "{field}（{label}）は{target}の長さ{actual}と一致しません",
    en: "{field} ({label}) does not match the length {actual} of {target}"
  }
})

/**
 * A 外字数 field does not equal the number of 外字 in the field it counts
 * (counted by `Text.countGaiji` of `@juki/core`).
 *
 * @category rules
 * @since 0.1.0
 */
export const FieldGaijiCount = defineRule({
  id: "formats.field.gaiji-count",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    {
      kind: "seed-practice",
      cite: "特定個人情報保護評価書 別添2(2) 本人確認情報ファイル（外字数）",
      verified: true
    }
  ],
  title: { ja: "外字数", en: "Gaiji count" },
  message: {
    ja: "{field}（{label}）は{target}の外字数{actual}と一致しません",
    en: "{field} ({label}) does not match the {actual} gaiji of {target}"
  }
})

/**
 * A field check (a function given in a TypeScript layout) threw instead of
 * returning its problem. The value is treated as invalid.
 *
 * @category rules
 * @since 0.1.0
 */
export const FieldCheckFailed = defineRule({
  id: "formats.field.check-failed",
  tag: "RuleViolation",
  severity: "error",
  basis: [LIBRARY],
  title: { ja: "チェック処理の失敗", en: "Check failed" },
  message: {
    ja: "{field}（{label}）のチェックが例外で終了しました",
    en: "The check of {field} ({label}) threw an exception"
  }
})

/**
 * Every rule of `@juki/formats`.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [
  LayoutShape,
  LayoutName,
  LayoutWidth,
  LayoutFullWidthUtf8,
  LayoutOverlap,
  LayoutGap,
  LayoutPadding,
  LayoutReference,
  RecordLength,
  RecordTruncated,
  RecordTerminatorMissing,
  RecordLineEnding,
  RecordTooLong,
  CsvQuote,
  CsvColumns,
  CsvIntegerForm,
  FixedIntegerForm,
  CsvHeader,
  DecodeInvalidBytes,
  DecodeUserDefined,
  DecodeNecSpecial,
  DecodeNecSelectedIbm,
  DecodeIbmExtension,
  DecodeNotWritable,
  EncodeUnmappable,
  EncodeOverflow,
  EncodeType,
  FieldRequired,
  FieldChars,
  FieldCode,
  FieldItemLength,
  FieldGaijiCount,
  FieldCheckFailed
] as const
