// The consumer test's program (scripts/consumer-test.sh): what a vendor writes after the vendors' guide's
// `npm i`, compiled with strict tsc under moduleResolution nodenext and bundler, then run with Node.
// Every package's public entry is used; every check throws on a wrong answer. Synthetic data only.
import { ShiftJis, FixedLength, defineLayout } from "@juki/formats"
import { LocalGovernmentCode } from "@juki/core"
import * as LocalGovernmentCodeOnly from "@juki/core/local-government-code"
import { MyNumber } from "@juki/mynumber"
import * as MyNumberOnly from "@juki/mynumber/my-number"
import { apply, Event, Registry, type RecordInput } from "@juki/records"
import { planPurge } from "@juki/retention"
import { builtinVectorDirs } from "@juki/conformance"
import { renderMarkdown } from "@juki/cli"
import { Result, Schema } from "effect"

const ok = (cond: boolean, what: string): void => {
  if (!cond) throw new Error(`consumer test: ${what}`)
  console.log(`ok ${what}`)
}

// 1. 個人番号: validate (README example), the identifier's own entry is the same module.
ok(Result.isSuccess(MyNumber.validate("1234 5678 9018")), "MyNumber.validate accepts a valid 個人番号")
ok(Result.isFailure(MyNumber.validate("123456789019")), "MyNumber.validate rejects a wrong check digit")
ok(MyNumberOnly.isValid === MyNumber.isValid, "@juki/mynumber/my-number is the MyNumber namespace")
ok(
  LocalGovernmentCodeOnly.isValid("271004") && LocalGovernmentCode.lookup("271004")?.name === "大阪市",
  "LocalGovernmentCode"
)

// 2. MyNumber.Schema composed into the consumer's own Schema.Struct, built with the consumer's effect.
const Person = Schema.Struct({ name: Schema.String, myNumber: MyNumber.Schema })
const decode = Schema.decodeUnknownResult(Person)
const good = decode({ name: "山田　太郎", myNumber: "123456789018" })
ok(Result.isSuccess(good), "Schema.Struct({ myNumber: MyNumber.Schema }) decodes a valid 個人番号")
if (Result.isSuccess(good)) {
  const typed: MyNumber.MyNumber = good.success.myNumber
  ok(typed === "123456789018", "the decoded value is the branded MyNumber")
}
ok(Result.isFailure(decode({ name: "山田　太郎", myNumber: "123456789019" })), "and rejects an invalid one")

// 3. 転入, then the rejection of a 転入 for an existing resident.
const taro: RecordInput = {
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
const first = apply(Registry.empty("131016"), Event.moveIn({ records: [taro], ...dates }))
ok(first._tag === "Success", "転入 is accepted")
if (first._tag === "Success") {
  const again = apply(first.success.registry, Event.moveIn({ records: [taro], ...dates }))
  ok(again._tag === "Failure" && again.failure.violations.length > 0, "a 転入 for an existing resident is rejected")
  if (again._tag === "Failure") console.log(`   ${again.failure.violations.map((v) => v.code).join(", ")}`)
}

// 4. A purge plan.
const decisions = [
  ...planPurge(
    [
      { id: "a", kind: "paper", start: "2000-01-01" },
      { id: "b", kind: "juminhyo-johyo", start: "2024-01-01" }
    ],
    "2025-04-01"
  )
]
ok(
  decisions.length === 2 && decisions.every((d) => typeof d.action === "string"),
  `planPurge: ${decisions.map((d) => d.action).join(", ")}`
)

// 5. A Shift_JIS fixed-length record, decoded and re-encoded byte for byte.
const Row = defineLayout({
  name: "Row",
  title: "転入者一覧",
  basis: "example",
  fields: [
    {
      name: "code",
      label: "市町村コード",
      chars: "numeric",
      length: 6,
      required: true,
      check: "core.LocalGovernmentCode"
    },
    { name: "name", label: "氏名", chars: "fullwidth", length: 12, required: true }
  ]
})
const codec = FixedLength.make(Row)
const bytes = Result.getOrThrow(codec.encodeRecord({ code: "271004", name: "山田　〜" }))
const decoded = Result.getOrThrow(codec.decodeRecord(bytes))
const again = Result.getOrThrow(codec.encodeRecord(decoded))
ok(ShiftJis.toHex(again) === ShiftJis.toHex(bytes), `Shift_JIS record round trip (${bytes.length} bytes)`)

// 6. The conformance package and the CLI's programmatic API load.
ok(
  typeof builtinVectorDirs().required === "string" && typeof renderMarkdown === "function",
  "@juki/conformance and @juki/cli entries"
)
