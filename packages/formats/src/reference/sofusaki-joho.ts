/**
 * 送付先情報ファイル (特定個人情報保護評価書 別添2 (3)): the 67 items of the
 * 送付先情報 (where 個人番号カード and notices are sent), as a juki reference
 * layout.
 *
 * **Details**
 *
 * - Item list and order follow 別添2 (3); byte widths, classes and code lists
 *   are **juki's choice (not official)**.
 * - Each `…_項目長` field is the length of the value of the field after it
 *   (`itemLengthOf`): decoders check it (`formats.field.item-length`), encoders
 *   compute it when left out. Its unit is UNVERIFIED; juki counts bytes of the
 *   file's encoding (`itemLengthUnit: "bytes"`).
 * - Each `…_外字数` field is the 外字数 of its field (`gaijiCountOf`), counted by
 *   `Text.countGaiji` of `@juki/core`.
 *
 * @since 0.1.0
 * @module
 */
import { defineLayout } from "../layout/model.js"

/**
 * 送付先情報ファイル: juki reference layout (not official). 67 fields, 1635 bytes per record in Shift_JIS
 * (plus CRLF).
 *
 * @category layouts
 * @since 0.1.0
 */
export const SofusakiJoho = defineLayout({
  name: "SofusakiJoho",
  title: "送付先情報ファイル",
  basis: "juki reference layout (not official)",
  description:
    "別添2 (3) 送付先情報ファイル: 67 items with 項目長 and 外字数 fields; widths are juki's (not official).",
  encoding: "shift_jis",
  recordTerminator: "CRLF",
  itemLengthUnit: "bytes",
  // biome-ignore format: one field per line, as the rows of the seed's item table (別添2)
  fields: [
    { no: 1, name: "sendManagementNumber", label: "送付先管理番号", chars: "alphanumeric", offset: 0, length: 20, required: true },
    { no: 2, name: "sendPostalCode", label: "送付先郵便番号", chars: "numeric", offset: 20, length: 7, check: "core.PostalCode" },
    { no: 3, name: "sendAddressKanjiLength", label: "送付先住所_漢字項目長", chars: "numeric", type: "integer", offset: 27, length: 3, itemLengthOf: "sendAddressKanji" },
    { no: 4, name: "sendAddressKanji", label: "送付先住所_漢字", chars: "fullwidth", offset: 30, length: 120 },
    { no: 5, name: "sendAddressKanjiGaijiCount", label: "送付先住所_漢字外字数", chars: "numeric", type: "integer", offset: 150, length: 2, gaijiCountOf: "sendAddressKanji" },
    { no: 6, name: "sendNameKanjiLength", label: "送付先氏名_漢字項目長", chars: "numeric", type: "integer", offset: 152, length: 3, itemLengthOf: "sendNameKanji" },
    { no: 7, name: "sendNameKanji", label: "送付先氏名_漢字", chars: "fullwidth", offset: 155, length: 60 },
    { no: 8, name: "sendNameKanjiGaijiCount", label: "送付先氏名_漢字_外字数", chars: "numeric", type: "integer", offset: 215, length: 2, gaijiCountOf: "sendNameKanji" },
    { no: 9, name: "municipalityCode", label: "市町村コード", chars: "numeric", offset: 217, length: 6, required: true, check: "core.LocalGovernmentCode" },
    { no: 10, name: "municipalityNameLength", label: "市町村名_項目長", chars: "numeric", type: "integer", offset: 223, length: 3, itemLengthOf: "municipalityName" },
    { no: 11, name: "municipalityName", label: "市町村名", chars: "fullwidth", offset: 226, length: 36 },
    { no: 12, name: "municipalityPostalCode", label: "市町村郵便番号", chars: "numeric", offset: 262, length: 7, check: "core.PostalCode" },
    { no: 13, name: "municipalityAddressLength", label: "市町村住所_項目長", chars: "numeric", type: "integer", offset: 269, length: 3, itemLengthOf: "municipalityAddress" },
    { no: 14, name: "municipalityAddress", label: "市町村住所", chars: "fullwidth", offset: 272, length: 120 },
    { no: 15, name: "municipalityAddressGaijiCount", label: "市町村住所_外字数", chars: "numeric", type: "integer", offset: 392, length: 2, gaijiCountOf: "municipalityAddress" },
    { no: 16, name: "municipalityPhone", label: "市町村電話番号", chars: "alphanumeric", offset: 394, length: 15 },
    { no: 17, name: "issuePlaceNameLength", label: "交付場所名_項目長", chars: "numeric", type: "integer", offset: 409, length: 3, itemLengthOf: "issuePlaceName" },
    { no: 18, name: "issuePlaceName", label: "交付場所名", chars: "fullwidth", offset: 412, length: 60 },
    { no: 19, name: "issuePlaceNameGaijiCount", label: "交付場所名_外字数", chars: "numeric", type: "integer", offset: 472, length: 2, gaijiCountOf: "issuePlaceName" },
    { no: 20, name: "issuePlacePostalCode", label: "交付場所郵便番号", chars: "numeric", offset: 474, length: 7, check: "core.PostalCode" },
    { no: 21, name: "issuePlaceAddressLength", label: "交付場所住所_項目長", chars: "numeric", type: "integer", offset: 481, length: 3, itemLengthOf: "issuePlaceAddress" },
    { no: 22, name: "issuePlaceAddress", label: "交付場所住所", chars: "fullwidth", offset: 484, length: 120 },
    { no: 23, name: "issuePlaceAddressGaijiCount", label: "交付場所住所_外字数", chars: "numeric", type: "integer", offset: 604, length: 2, gaijiCountOf: "issuePlaceAddress" },
    { no: 24, name: "issuePlacePhone", label: "交付場所電話番号", chars: "alphanumeric", offset: 606, length: 15 },
    { no: 25, name: "cardSendPlaceNameLength", label: "カード送付場所名_項目長", chars: "numeric", type: "integer", offset: 621, length: 3, itemLengthOf: "cardSendPlaceName" },
    { no: 26, name: "cardSendPlaceName", label: "カード送付場所名", chars: "fullwidth", offset: 624, length: 60 },
    { no: 27, name: "cardSendPlaceNameGaijiCount", label: "カード送付場所名_外字数", chars: "numeric", type: "integer", offset: 684, length: 2, gaijiCountOf: "cardSendPlaceName" },
    { no: 28, name: "cardSendPlacePostalCode", label: "カード送付場所郵便番号", chars: "numeric", offset: 686, length: 7, check: "core.PostalCode" },
    { no: 29, name: "cardSendPlaceAddressLength", label: "カード送付場所住所_項目長", chars: "numeric", type: "integer", offset: 693, length: 3, itemLengthOf: "cardSendPlaceAddress" },
    { no: 30, name: "cardSendPlaceAddress", label: "カード送付場所住所", chars: "fullwidth", offset: 696, length: 120 },
    { no: 31, name: "cardSendPlaceAddressGaijiCount", label: "カード送付場所住所_外字数", chars: "numeric", type: "integer", offset: 816, length: 2, gaijiCountOf: "cardSendPlaceAddress" },
    { no: 32, name: "cardSendPlacePhone", label: "カード送付場所電話番号", chars: "alphanumeric", offset: 818, length: 15 },
    { no: 33, name: "targetCount", label: "対象となる人数", chars: "numeric", type: "integer", offset: 833, length: 3 },
    { no: 34, name: "processedDate", label: "処理年月日", chars: "numeric", offset: 836, length: 8, check: "core.RegistryDate.ymd", description: "YYYYMMDD" },
    { no: 35, name: "operatorId", label: "操作者ID", chars: "alphanumeric", offset: 844, length: 16 },
    { no: 36, name: "terminalId", label: "操作端末ID", chars: "alphanumeric", offset: 860, length: 16 },
    { no: 37, name: "printCategory", label: "印刷区分", chars: "numeric", offset: 876, length: 1 },
    { no: 38, name: "residentCode", label: "住民票コード", chars: "numeric", offset: 877, length: 11, required: true, check: "core.ResidentCode" },
    { no: 39, name: "nameKanjiLength", label: "氏名_漢字項目長", chars: "numeric", type: "integer", offset: 888, length: 3, itemLengthOf: "nameKanji" },
    { no: 40, name: "nameKanji", label: "氏名_漢字", chars: "fullwidth", offset: 891, length: 60, required: true },
    { no: 41, name: "nameKanjiGaijiCount", label: "氏名_漢字_外字数", chars: "numeric", type: "integer", offset: 951, length: 2, gaijiCountOf: "nameKanji" },
    { no: 42, name: "nameKanaLength", label: "氏名_かな項目長", chars: "numeric", type: "integer", offset: 953, length: 3, itemLengthOf: "nameKana" },
    { no: 43, name: "nameKana", label: "氏名_かな", chars: "fullwidth", offset: 956, length: 60 },
    { no: 44, name: "postalCode", label: "郵便番号", chars: "numeric", offset: 1016, length: 7, check: "core.PostalCode" },
    { no: 45, name: "addressLength", label: "住所_項目長", chars: "numeric", type: "integer", offset: 1023, length: 3, itemLengthOf: "address" },
    { no: 46, name: "address", label: "住所", chars: "fullwidth", offset: 1026, length: 120 },
    { no: 47, name: "addressGaijiCount", label: "住所_外字数", chars: "numeric", type: "integer", offset: 1146, length: 2, gaijiCountOf: "address" },
    { no: 48, name: "birthDate", label: "生年月日", chars: "numeric", offset: 1148, length: 8, check: "core.RegistryDate.ymd", checkOptions: { field: "birthDate" }, description: "YYYYMMDD" },
    { no: 49, name: "sex", label: "性別", chars: "numeric", offset: 1156, length: 1, codes: { "1": "男", "2": "女" } },
    { no: 50, name: "myNumber", label: "個人番号", chars: "numeric", offset: 1157, length: 12, check: "mynumber.MyNumber" },
    { no: 51, name: "article30_45Category", label: "第30条の45に規定する区分", chars: "numeric", offset: 1169, length: 2 },
    { no: 52, name: "periodOfStayExpiry", label: "在留期間の満了の日", chars: "numeric", offset: 1171, length: 8, check: "core.RegistryDate.ymd", description: "YYYYMMDD" },
    { no: 53, name: "substitutionResult", label: "代替文字変換結果", chars: "numeric", offset: 1179, length: 1 },
    { no: 54, name: "substitutionNameLength", label: "代替文字氏名_項目長", chars: "numeric", type: "integer", offset: 1180, length: 3, itemLengthOf: "substitutionName" },
    { no: 55, name: "substitutionName", label: "代替文字氏名", chars: "fullwidth", offset: 1183, length: 60 },
    { no: 56, name: "substitutionAddressLength", label: "代替文字住所_項目長", chars: "numeric", type: "integer", offset: 1243, length: 3, itemLengthOf: "substitutionAddress" },
    { no: 57, name: "substitutionAddress", label: "代替文字住所", chars: "fullwidth", offset: 1246, length: 120 },
    { no: 58, name: "substitutionNamePositions", label: "代替文字氏名位置情報", chars: "alphanumeric", offset: 1366, length: 30 },
    { no: 59, name: "substitutionAddressPositions", label: "代替文字住所位置情報", chars: "alphanumeric", offset: 1396, length: 60 },
    { no: 60, name: "gaijiFlag", label: "外字フラグ", chars: "numeric", offset: 1456, length: 1, codes: { "0": "なし", "1": "あり" } },
    { no: 61, name: "gaijiPattern", label: "外字パターン", chars: "alphanumeric", offset: 1457, length: 10 },
    { no: 62, name: "formerSurnameKanji", label: "旧氏_漢字", chars: "fullwidth", offset: 1467, length: 36 },
    { no: 63, name: "formerSurnameGaijiCount", label: "旧氏_外字数", chars: "numeric", type: "integer", offset: 1503, length: 2, gaijiCountOf: "formerSurnameKanji" },
    { no: 64, name: "formerSurnameKana", label: "旧氏_ふりがな", chars: "fullwidth", offset: 1505, length: 36 },
    { no: 65, name: "formerSurnameGaijiChangeSeq", label: "旧氏_外字変更連番", chars: "numeric", type: "integer", offset: 1541, length: 4 },
    { no: 66, name: "romanName", label: "ローマ字_氏名", chars: "alphanumeric", offset: 1545, length: 60 },
    { no: 67, name: "romanFormerSurname", label: "ローマ字_旧氏", chars: "alphanumeric", offset: 1605, length: 30 }
  ]
})
