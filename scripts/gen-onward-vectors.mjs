// Writes conformance/vectors/onward/onward.json: the onward effects, the 送付先情報 and the 副本 projections run
// through the records conformance adapter. Build first (npx -y pnpm@10.34.9 run build); review the diff by hand.
import { writeFileSync } from "node:fs"
import { conformanceAdapter } from "@juki/records"
const MUNI = "131016"
const A = { municipalityCode: MUNI, postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" }
const B = { municipalityCode: MUNI, postalCode: "1000005", text: "東京都千代田区丸の内二丁目3番" }
const FORMER = { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" }
const taro = {
  kind: "japanese",
  atenaNumber: "0000000019",
  householdNumber: "8000000010",
  relationship: "世帯主",
  residentCode: "20000000001",
  myNumber: "100000000013",
  name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
  birthDate: "1980-04-01",
  sex: "male",
  address: A,
  addressSince: "2024-04-01",
  previousAddress: FORMER,
  honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" },
  residentSince: "2024-04-01"
}
const stored = (r, jiyu = "domestic-move-in") => ({
  ...r,
  state: "current",
  entry: { jiyu, date: "2024-04-01", filedOn: "2024-04-03", byAuthority: false }
})
const given = (records) => ({ municipality: MUNI, records })
const M = { changeDate: "2024-05-01", filedOn: "2024-05-02", processedOn: "2024-05-02" }
const cases = []
const eff = (description, basis, g, event) => {
  const out = conformanceAdapter(null, { function: "Onward.effects", args: [g, event] }, "onward")
  if (!out.accepted) throw new Error(description + JSON.stringify(out))
  cases.push({
    description,
    basis,
    rules: [],
    given: null,
    when: { function: "Onward.effects", args: [g, event] },
    expect: { accepted: true, value: out.value }
  })
}
eff(
  "国内転入 of a Japanese resident with a 本籍: the 附票 notice to the 本籍地, then the 統合宛名",
  ["住基法19条1項", "住基法17条", "評価書 別添2 <統合基盤システム>"],
  given([]),
  {
    type: "create",
    jiyu: "domestic-move-in",
    records: [taro],
    ...M,
    changeDate: "2024-04-01",
    filedOn: "2024-04-03",
    processedOn: "2024-04-03"
  }
)
eff("国内転入 of a Japanese resident without a 本籍 (なし): no 附票 notice", ["住基法19条1項"], given([]), {
  type: "create",
  jiyu: "domestic-move-in",
  records: [{ ...taro, honseki: { kind: "none" } }],
  ...M,
  changeDate: "2024-04-01",
  filedOn: "2024-04-03",
  processedOn: "2024-04-03"
})
eff(
  "転居: the 附票 (住所, 住所を定めた年月日) and the 統合宛名 (住所)",
  ["住基法19条1項", "評価書 別添1 9-①"],
  given([stored(taro)]),
  {
    type: "modify",
    jiyu: "move-within",
    changes: [
      {
        atenaNumber: taro.atenaNumber,
        set: { address: B, addressSince: "2024-05-01", householdNumber: taro.householdNumber }
      }
    ],
    ...M
  }
)
eff(
  "国内転出: the 本籍地 hears from the new 住所地; only the 統合宛名 is updated",
  ["住基法19条1項 (juki's reading, UNVERIFIED)", "評価書 別添1 9-①"],
  given([stored(taro)]),
  { type: "remove", jiyu: "domestic-move-out", atenaNumbers: [taro.atenaNumber], destination: FORMER, ...M }
)
eff(
  "出生 recorded with its 個人番号: 附票, 統合宛名 and the 送付先情報 (designated)",
  ["番号法7条1項", "評価書 §II 送付先情報ファイル ③"],
  given([stored(taro)]),
  {
    type: "create",
    jiyu: "birth",
    byAuthority: true,
    records: [
      {
        ...taro,
        atenaNumber: "0000000027",
        relationship: "子",
        residentCode: "20000000002",
        myNumber: "100000000021",
        name: { kanji: "山田　一郎", kana: "ヤマダ　イチロウ" },
        birthDate: "2024-04-20",
        addressSince: "2024-04-20",
        residentSince: "2024-04-20"
      }
    ].map(({ previousAddress: _p, ...r }) => r),
    changeDate: "2024-04-20",
    processedOn: "2024-05-02"
  }
)
eff(
  "個人番号の変更請求: the 統合宛名 and the 送付先情報 (changed); no 附票 notice (no 附票 item)",
  ["番号法7条2項", "評価書 別添2 <統合基盤システム> 1"],
  given([stored(taro)]),
  {
    type: "modify",
    jiyu: "mynumber-change-request",
    changes: [{ atenaNumber: taro.atenaNumber, set: { myNumber: "100000000048" } }],
    ...M
  }
)
for (const c of cases)
  for (const a of c.when.args) if (a && a.records) a.records = a.records.map((r) => JSON.parse(JSON.stringify(r)))

const ctx = {
  managementNumber: "0000000001",
  processedOn: "2024-05-02",
  municipality: { code: MUNI, name: "千代田区" }
}
const map = { label: "vector map", sample: false, charset: "jisx0208", entries: { 髙: "高" } }
const person = {
  residentCode: "20000000001",
  name: "髙橋　太郎",
  kana: "タカハシ　タロウ",
  postalCode: "1000001",
  address: "東京都千代田区千代田一丁目1番",
  birthDate: "1980-04-01",
  sex: "male",
  myNumber: "100000000013"
}
const dl = (description, args, accepted, errors) => {
  const out = conformanceAdapter(null, { function: "Derive.deliveryInfo", args }, "onward")
  if (out.accepted !== accepted) throw new Error(description + JSON.stringify(out))
  cases.push({
    description,
    basis: ["評価書 別添2(3)", "番号法7条1項"],
    ...(accepted ? { rules: ["records.delivery-info.incomplete"] } : {}),
    given: null,
    when: { function: "Derive.deliveryInfo", args },
    expect: accepted ? { accepted: true, value: out.value } : { accepted: false, errors }
  })
}
dl("送付先情報 of a person with 髙 in the 氏名: 代替文字 高, position 1, 外字フラグ", [person, { ...ctx, map }], true)
dl("送付先情報 without a 縮退 map: the 外字 stays in the 代替文字 and the result is incomplete", [person, ctx], true)
dl("no 個人番号: no 送付先情報", [{ ...person, myNumber: "" }, ctx], false, [
  { rule: "records.delivery-info.incomplete", severity: "error" }
])
dl("no 住民票コード and no 住所: no 送付先情報", [{ ...person, residentCode: "", address: "" }, ctx], false, [
  { rule: "records.delivery-info.incomplete", severity: "error" }
])

const F = (fn, description, basis, args, accepted, rule, rules) => {
  const out = conformanceAdapter(null, { function: fn, args }, "onward")
  if (out.accepted !== accepted) throw new Error(description + JSON.stringify(out))
  cases.push({
    description,
    basis,
    ...(accepted ? { rules } : {}),
    given: null,
    when: { function: fn, args },
    expect: accepted
      ? { accepted: true, ...(out.value === undefined ? {} : { value: out.value }) }
      : { accepted: false, errors: [{ rule, severity: "error" }] }
  })
}
const L = (o = {}) => ({
  id: "P-1",
  kind: "provision",
  recipient: "情報照会者（例）",
  business: "事務（例）",
  basis: "主務省令第2条の表 項番（例）",
  items: ["name", "address"],
  verified: false,
  ...o
})
const SEED3 = ["評価書 §III 5 リスク3"]
const AL = ["records.fukuhon.allow-list", "records.fukuhon.provision-my-number"]
F(
  "Fukuhon.decodeAllowLists",
  "a provision list and a transfer list naming the 個人番号",
  SEED3,
  [[L(), L({ id: "T-1", kind: "transfer", items: ["myNumber", "name"] })]],
  true,
  undefined,
  AL
)
F("Fukuhon.decodeAllowLists", "an empty list of allow-lists", SEED3, [[]], true, undefined, AL)
F(
  "Fukuhon.decodeAllowLists",
  "an unknown item",
  SEED3,
  [[L({ items: ["welfare"] })]],
  false,
  "records.fukuhon.allow-list"
)
F("Fukuhon.decodeAllowLists", "two lists with the same id", SEED3, [[L(), L()]], false, "records.fukuhon.allow-list")
F(
  "Fukuhon.decodeAllowLists",
  "a provision (副本) list naming the 個人番号",
  ["番号法19条8号", "評価書 別添2 <中間サーバー>"],
  [[L({ items: ["myNumber"] })]],
  false,
  "records.fukuhon.provision-my-number"
)
F(
  "Fukuhon.decodeAllowLists",
  "a provision list naming the 個人番号 among other items",
  ["番号法19条8号", "評価書 別添2 <中間サーバー>"],
  [[L({ id: "P-9", items: ["name", "myNumber"] })]],
  false,
  "records.fukuhon.provision-my-number"
)
const rec = stored(taro)
F(
  "Fukuhon.project",
  "the 副本 row holds only the listed items; the 自動応答不可フラグ for a protected person",
  ["評価書 §III 5 リスク3", "評価書 §III 6"],
  [rec, L(), { protectedPersons: [taro.atenaNumber] }],
  true,
  undefined,
  []
)
F(
  "Fukuhon.project",
  "a 移転 row with the 個人番号 for a list that names it",
  ["番号法9条1項"],
  [rec, L({ id: "T-1", kind: "transfer", items: ["myNumber", "birthDate"] })],
  true,
  undefined,
  []
)
const row = (o = {}) =>
  JSON.stringify({
    key: "0000000019",
    allowList: "P-1",
    autoResponseBlocked: false,
    items: { name: { kanji: "山田　太郎" } },
    ...o
  })
const IF = ["評価書 §III 7 (インポートデータの形式チェック)"]
F(
  "Fukuhon.checkFile",
  "two well-formed rows",
  IF,
  [row() + "\n" + row({ key: "0000000027" }), [L()]],
  true,
  undefined,
  ["records.fukuhon.import-format"]
)
F("Fukuhon.checkFile", "an empty file", IF, ["", [L()]], true, undefined, ["records.fukuhon.import-format"])
F("Fukuhon.checkFile", "a line that is not JSON", IF, ["{", [L()]], false, "records.fukuhon.import-format")
F(
  "Fukuhon.checkFile",
  "an item outside the list",
  IF,
  [row({ items: { birthDate: "1980-04-01" } }), [L()]],
  false,
  "records.fukuhon.import-format"
)
F(
  "Fukuhon.checkFile",
  "a 個人番号 in a 副本 row",
  ["番号法19条8号"].concat(IF),
  [row({ items: { myNumber: "100000000013" } }), [L()]],
  false,
  "records.fukuhon.import-format"
)
F(
  "Fukuhon.checkFile",
  "the same person and list twice",
  IF,
  [row() + "\n" + row(), [L()]],
  false,
  "records.fukuhon.import-format"
)
const file = {
  $schema: "../../schema/vector-file.schema.json",
  subject: "records.onward",
  kind: "records",
  description:
    "What a 異動 sends onward. Onward.effects(given registry JSON, event JSON[, options]) applies the event like the other records vectors and returns the onward effects in 異動 order: koseki-fuhyo-notice (戸籍の附票 記載事項通知 to the 本籍地, 住基法19条1項, items of 住基法17条; not for 国内転出・死亡・国籍喪失・改製), atena-update (統合宛名 items of the seed's 統合基盤 list, whenever one changes), delivery-info-due (番号法7条: a 個人番号 designated or changed). Derive.deliveryInfo(person, context) builds the 送付先情報 (別添2(3)) with 代替文字 from the 縮退 map in the context. Fukuhon.decodeAllowLists(lists) decodes the allow-lists the user supplies; Fukuhon.project(record, list[, { protectedPersons }]) gives the 副本/移転 row with only the listed items and the 自動応答不可フラグ; Fukuhon.checkFile(text, lists) checks a 副本 import file (JSON Lines).",
  rules: [
    "records.delivery-info.incomplete",
    "records.fukuhon.allow-list",
    "records.fukuhon.provision-my-number",
    "records.fukuhon.import-format"
  ],
  cases
}
writeFileSync(
  new URL("../conformance/vectors/onward/onward.json", import.meta.url),
  JSON.stringify(file, null, 2) + "\n"
)
console.log(cases.length)
