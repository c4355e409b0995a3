// quick-start.mjs — run with: node quick-start.mjs
import { FixedLength, ReferenceLayouts, ShiftJis, defineLayout, generateTypeScript } from "@juki/formats"
import { Result } from "effect"

// 1. A layout is data: byte widths, character classes, code lists and checks by reference.
const Person = defineLayout({
  name: "Person",
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
    { name: "name", label: "氏名", chars: "fullwidth", length: 12, required: true },
    { name: "nameGaiji", label: "外字数", chars: "numeric", type: "integer", length: 2, gaijiCountOf: "name" },
    { name: "sex", label: "性別", chars: "numeric", length: 1, codes: { 1: "男", 2: "女" } }
  ]
})
const codec = FixedLength.make(Person) // Shift_JIS, CRLF

// 2. Encode byte-exactly: 全角 padded with U+3000, 外字数 computed, 〜 written as 81 60.
const bytes = Result.getOrThrow(codec.encodeRecord({ code: "271004", name: "山田　〜", sex: "2" }))
console.log(ShiftJis.toHex(bytes))

// 3. Decode: typed records; problems are data with field, position (byte offset, character) and rule id.
console.log(JSON.stringify(Result.getOrThrow(codec.decodeRecord(bytes))))
const bad = bytes.slice()
bad[5] = 0x35 // 271005: wrong check digit
bad.set([0x41, 0x41], 8) // "AA" (half-width) inside the 全角 氏名
const problems = codec.decodeRecord(bad)
if (Result.isFailure(problems))
  for (const p of problems.failure) console.log(p.code, p.field, JSON.stringify(p.position))

// 4. Never a silent "?": a character Shift_JIS cannot hold is an error with its index.
const r = codec.encodeRecord({ code: "271004", name: "吉田𠮷", sex: "1" })
if (Result.isFailure(r)) console.log(r.failure[0].code, r.failure[0].position.index)

// 5. The record type, generated from the layout.
console.log(
  generateTypeScript(Person)
    .split("\n")
    .filter((l) => l.includes("readonly"))
    .join("\n")
)

// 6. Streaming validation of a reference layout (constant memory; any Node stream, web stream or iterable).
const honnin = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
const { records, accepted, rejected } = await honnin.validate([new Uint8Array(0)])
console.log(records === accepted + rejected)
