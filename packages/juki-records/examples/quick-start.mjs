import { apply, Event, Registry } from "@juki/records"

// An empty registry for 千代田区 (全国地方公共団体コード 131016).
let registry = Registry.empty("131016")

// 山田太郎 moves in from 大阪市北区 on 2024-04-01 and files on 2024-04-05 (synthetic data).
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
  address: { municipalityCode: "131016", postalCode: "1000001", text: "東京都千代田区千代田一丁目1番" },
  addressSince: "2024-04-01",
  previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
  honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" },
  residentSince: "2024-04-01"
}
const dates = { changeDate: "2024-04-01", filedOn: "2024-04-05", processedOn: "2024-04-05" }

const show = (label, result) => {
  if (result._tag === "Success") {
    registry = result.success.registry
    console.log(
      `${label}: accepted; effects ${result.success.effects.map((e) => `${e.sequence}:${e.type}`).join(", ")}`
    )
  } else {
    for (const v of result.failure.violations)
      console.log(`${label}: rejected ${v.code} (${v.severity}) ${v.messageIn("en")}`)
  }
}

show("転入", apply(registry, Event.moveIn({ records: [taro], ...dates })))
show("転入 again", apply(registry, Event.moveIn({ records: [taro], ...dates })))

// A 転居 may change the address only: the CS logic check rejects one that also changes the 氏名.
const move = {
  persons: [{ atenaNumber: "0000000019" }],
  address: { municipalityCode: "131016", postalCode: "1000005", text: "東京都千代田区丸の内二丁目3番" },
  householdNumber: "8000000010",
  changeDate: "2024-05-01",
  filedOn: "2024-05-02",
  processedOn: "2024-05-02"
}
show("転居 + 氏名", apply(registry, Event.moveWithin({ ...move, extra: { name: { kanji: "山田　一郎" } } })))
show("転居", apply(registry, Event.moveWithin(move)))

const record = Registry.getRecord(registry, "0000000019")
console.log(`address: ${record.address.text}; 従前の住所: ${record.previousAddress.text}`)
console.log(
  `history: ${Registry.getHistory(registry, "0000000019")
    .map((h) => `${h.historyNumber}:${h.jiyu}`)
    .join(", ")}`
)
