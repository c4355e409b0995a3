/**
 * 統合宛名 (団体内宛名, 特定個人情報保護評価書 別添2 <統合基盤システム>): the 15
 * items of the 団体内統合宛名 of the 統合基盤システム, as a juki reference
 * layout, usable as a fixed-length file or as CSV.
 *
 * **Details**
 *
 * Item list and order follow 別添2; widths, classes and code lists are
 * **juki's choice (not official)**. `識別項目1`–`4` are 混在 (mixed) text.
 *
 * @since 0.1.0
 * @module
 */
import { defineLayout } from "../layout/model.js"

/**
 * 統合宛名（団体内宛名）: juki reference layout (not official). 15 fields, 406 bytes per record in Shift_JIS
 * (plus CRLF).
 *
 * @category layouts
 * @since 0.1.0
 */
export const TogoAtena = defineLayout({
  name: "TogoAtena",
  title: "統合宛名（団体内宛名）",
  basis: "juki reference layout (not official)",
  description: "別添2 <統合基盤システム> 団体内宛名: 15 items; widths are juki's (not official).",
  encoding: "shift_jis",
  recordTerminator: "CRLF",
  // biome-ignore format: one field per line, as the rows of the seed's item table (別添2)
  fields: [
    { no: 1, name: "myNumber", label: "個人番号", chars: "numeric", offset: 0, length: 12, check: "mynumber.MyNumber" },
    { no: 2, name: "integratedAtenaNumber", label: "統合宛名番号", chars: "numeric", offset: 12, length: 15, required: true },
    { no: 3, name: "nameKanji", label: "氏名(漢字)", chars: "fullwidth", offset: 27, length: 60, required: true },
    { no: 4, name: "nameKana", label: "氏名(カナ)", chars: "fullwidth", offset: 87, length: 60 },
    { no: 5, name: "address", label: "住所", chars: "fullwidth", offset: 147, length: 120 },
    { no: 6, name: "birthDate", label: "生年月日", chars: "numeric", offset: 267, length: 8, check: "core.RegistryDate.ymd", checkOptions: { field: "birthDate" }, description: "YYYYMMDD" },
    { no: 7, name: "sex", label: "性別", chars: "numeric", offset: 275, length: 1, codes: { "1": "男", "2": "女" } },
    { no: 8, name: "systemAtenaNumber", label: "業務システム固有宛名番号", chars: "alphanumeric", offset: 276, length: 20 },
    { no: 9, name: "changeReason", label: "異動事由", chars: "numeric", offset: 296, length: 2 },
    { no: 10, name: "identifier1", label: "識別項目1", chars: "mixed", offset: 298, length: 20 },
    { no: 11, name: "identifier2", label: "識別項目2", chars: "mixed", offset: 318, length: 20 },
    { no: 12, name: "identifier3", label: "識別項目3", chars: "mixed", offset: 338, length: 20 },
    { no: 13, name: "identifier4", label: "識別項目4", chars: "mixed", offset: 358, length: 20 },
    { no: 14, name: "registeredAt", label: "登録日時", chars: "numeric", offset: 378, length: 14, description: "YYYYMMDDhhmmss" },
    { no: 15, name: "updatedAt", label: "更新日時", chars: "numeric", offset: 392, length: 14, description: "YYYYMMDDhhmmss" }
  ]
})
