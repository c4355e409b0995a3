/**
 * 本人確認情報ファイル (特定個人情報保護評価書 別添2 (2)): the 40 items of the
 * 本人確認情報 a municipality sends to the CS, as a juki reference layout.
 *
 * **Details**
 *
 * The item list and order follow 別添2 (2) of the 大阪市 評価書; the byte widths,
 * character classes and code lists are **juki's choice (not official)**: the
 * official CS record layout is not public. 続柄 (54 bytes) is as wide as the
 * longest value of its vocabulary in Shift_JIS (`records.Relationship`:
 * 子（子の夫）の子（子の夫）の子（子の夫）の子（子の夫）, 27 characters), so
 * every valid 続柄 can be written. Widths of 全角 fields are multiples of 6,
 * so the layout is also valid in UTF-8, but there a 全角 field holds only
 * width / 3 characters: for UTF-8 files use
 * `deriveUtf8Layout(HonninKakuninJoho)`, whose widths are derived from what
 * each field holds. Dates are `YYYYMMDD`.
 *
 * @since 0.1.0
 * @module
 */
import { defineLayout } from "../layout/model.js"

/**
 * 本人確認情報ファイル: juki reference layout (not official). 40 fields, 762 bytes per record in Shift_JIS
 * (plus CRLF).
 *
 * @category layouts
 * @since 0.1.0
 */
export const HonninKakuninJoho = defineLayout({
  name: "HonninKakuninJoho",
  title: "本人確認情報ファイル",
  basis: "juki reference layout (not official)",
  description: "別添2 (2) 本人確認情報ファイル: 40 items; widths are juki's (not official).",
  encoding: "shift_jis",
  recordTerminator: "CRLF",
  // biome-ignore format: one field per line, as the rows of the seed's item table (別添2)
  fields: [
    { no: 1, name: "residentCode", label: "住民票コード", chars: "numeric", offset: 0, length: 11, required: true, check: "core.ResidentCode" },
    { no: 2, name: "nameKanji", label: "漢字氏名", chars: "fullwidth", offset: 11, length: 60, required: true },
    { no: 3, name: "nameGaijiCount", label: "外字数(氏名)", chars: "numeric", type: "integer", offset: 71, length: 2, gaijiCountOf: "nameKanji" },
    { no: 4, name: "nameKana", label: "ふりがな氏名", chars: "fullwidth", offset: 73, length: 60 },
    { no: 5, name: "nameKanaSeion", label: "清音化かな氏名", chars: "fullwidth", offset: 133, length: 60 },
    { no: 6, name: "birthDate", label: "生年月日", chars: "numeric", offset: 193, length: 8, required: true, check: "core.RegistryDate.ymd", checkOptions: { field: "birthDate" }, description: "YYYYMMDD" },
    { no: 7, name: "sex", label: "性別", chars: "numeric", offset: 201, length: 1, required: true, codes: { "1": "男", "2": "女" } },
    { no: 8, name: "municipalityCode", label: "市町村コード", chars: "numeric", offset: 202, length: 6, required: true, check: "core.LocalGovernmentCode" },
    { no: 9, name: "oazaCode", label: "大字・字コード", chars: "numeric", offset: 208, length: 7 },
    { no: 10, name: "postalCode", label: "郵便番号", chars: "numeric", offset: 215, length: 7, check: "core.PostalCode" },
    { no: 11, name: "address", label: "住所", chars: "fullwidth", offset: 222, length: 120, required: true },
    { no: 12, name: "addressGaijiCount", label: "外字数(住所)", chars: "numeric", type: "integer", offset: 342, length: 2, gaijiCountOf: "address" },
    { no: 13, name: "myNumber", label: "個人番号", chars: "numeric", offset: 344, length: 12, check: "mynumber.MyNumber" },
    { no: 14, name: "residentSince", label: "住民となった日", chars: "numeric", offset: 356, length: 8, check: "core.RegistryDate.ymd", checkOptions: { field: "residentSince" }, description: "YYYYMMDD" },
    { no: 15, name: "addressSince", label: "住所を定めた日", chars: "numeric", offset: 364, length: 8, check: "core.RegistryDate.ymd", checkOptions: { field: "addressSince" }, description: "YYYYMMDD" },
    { no: 16, name: "notificationDate", label: "届出の年月日", chars: "numeric", offset: 372, length: 8, check: "core.RegistryDate.ymd", description: "YYYYMMDD" },
    { no: 17, name: "previousMunicipalityCode", label: "市町村コード(転入前)", chars: "numeric", offset: 380, length: 6, check: "core.LocalGovernmentCode" },
    { no: 18, name: "previousAddress", label: "転入前住所", chars: "fullwidth", offset: 386, length: 120 },
    { no: 19, name: "previousAddressGaijiCount", label: "外字数(転入前住所)", chars: "numeric", type: "integer", offset: 506, length: 2, gaijiCountOf: "previousAddress" },
    { no: 20, name: "relationship", label: "続柄", chars: "fullwidth", offset: 508, length: 54, check: "records.Relationship" },
    { no: 21, name: "changeReason", label: "異動事由", chars: "numeric", offset: 562, length: 2 },
    { no: 22, name: "changeDate", label: "異動年月日", chars: "numeric", offset: 564, length: 8, check: "core.RegistryDate.ymd", description: "YYYYMMDD" },
    { no: 23, name: "changeReasonDetail", label: "異動事由詳細", chars: "numeric", offset: 572, length: 2 },
    { no: 24, name: "previousResidentCode", label: "旧住民票コード", chars: "numeric", offset: 574, length: 11, check: "core.ResidentCode" },
    { no: 25, name: "residentCodeSince", label: "住民票コード使用年月日", chars: "numeric", offset: 585, length: 8, check: "core.RegistryDate.ymd", description: "YYYYMMDD" },
    { no: 26, name: "requestNumber", label: "依頼管理番号", chars: "alphanumeric", offset: 593, length: 20 },
    { no: 27, name: "operatorId", label: "操作者ID", chars: "alphanumeric", offset: 613, length: 16 },
    { no: 28, name: "terminalId", label: "操作端末ID", chars: "alphanumeric", offset: 629, length: 16 },
    { no: 29, name: "updateSequence", label: "更新順番号", chars: "numeric", type: "integer", offset: 645, length: 10 },
    { no: 30, name: "errorUpdateSequence", label: "異常時更新順番号", chars: "numeric", type: "integer", offset: 655, length: 10 },
    { no: 31, name: "updateProhibitedFlag", label: "更新禁止フラグ", chars: "numeric", offset: 665, length: 1, codes: { "0": "なし", "1": "あり" } },
    { no: 32, name: "scheduledFlag", label: "予定者フラグ", chars: "numeric", offset: 666, length: 1, codes: { "0": "なし", "1": "あり" } },
    { no: 33, name: "exclusiveFlag", label: "排他フラグ", chars: "numeric", offset: 667, length: 1, codes: { "0": "なし", "1": "あり" } },
    { no: 34, name: "gaijiFlag", label: "外字フラグ", chars: "numeric", offset: 668, length: 1, codes: { "0": "なし", "1": "あり" } },
    { no: 35, name: "recordStatusFlag", label: "レコード状況フラグ", chars: "numeric", offset: 669, length: 1, codes: { "0": "なし", "1": "あり" } },
    { no: 36, name: "timestamp", label: "タイムスタンプ", chars: "numeric", offset: 670, length: 14, description: "YYYYMMDDhhmmss" },
    { no: 37, name: "formerSurnameKanji", label: "旧氏_漢字", chars: "fullwidth", offset: 684, length: 36 },
    { no: 38, name: "formerSurnameGaijiCount", label: "旧氏_外字数", chars: "numeric", type: "integer", offset: 720, length: 2, gaijiCountOf: "formerSurnameKanji" },
    { no: 39, name: "formerSurnameKana", label: "旧氏_ふりがな", chars: "fullwidth", offset: 722, length: 36 },
    { no: 40, name: "formerSurnameGaijiChangeSeq", label: "旧氏_外字変更連番", chars: "numeric", type: "integer", offset: 758, length: 4 }
  ]
})
