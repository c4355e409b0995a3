import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Jiyu, Relationship } from "@juki/records"
import { FixedLength, ReferenceLayouts, deriveUtf8Layout, relationshipVocabulary, type LayoutSpec } from "../index.js"

const utf8 = (s: string) => new TextEncoder().encode(s).length
const sjisLayouts: ReadonlyArray<LayoutSpec> = [
  ReferenceLayouts.HonninKakuninJoho,
  ReferenceLayouts.SofusakiJoho,
  ReferenceLayouts.JuminKihonDaicho,
  ReferenceLayouts.TogoAtena
]

describe("deriveUtf8Layout: UTF-8 widths derived from what each field can hold", () => {
  it("住民記録システム標準仕様書 1.1.11 続柄: the vocabulary is every chain of 1–4 base terms plus 世帯主, 縁故者, 同居人, all valid", () => {
    const words = relationshipVocabulary()
    const base = Relationship.BASE_TERMS.length
    expect(words.length).toBe(3 + base + base ** 2 + base ** 3 + base ** 4)
    expect(new Set(words).size).toBe(words.length)
    for (const w of words) expect(Relationship.isValid(w)).toBe(true)
    // One link more is not in the vocabulary (chain-length).
    expect(Relationship.isValid(`${words[words.length - 1]}の子`)).toBe(false)
  })

  it("続柄 of 本人確認情報: 81 bytes, the UTF-8 length of 子（子の夫）の子（子の夫）の子（子の夫）の子（子の夫）, so 夫（未届） and 子（子の夫） fit", () => {
    const layout = deriveUtf8Layout(ReferenceLayouts.HonninKakuninJoho)
    const f = layout.fields.find((x) => x.name === "relationship")
    expect(f?.length).toBe(utf8("子（子の夫）の子（子の夫）の子（子の夫）の子（子の夫）"))
    expect(f?.length).toBe(81)
    const codec = FixedLength.make(layout)
    for (const term of ["夫（未届）", "子（子の夫）", "子（子の夫）の子（子の夫）の子（子の夫）の子（子の夫）"]) {
      const bytes = codec.encodeRecord({
        residentCode: "12345678903",
        nameKanji: "山田　太郎",
        birthDate: "19800101",
        sex: "1",
        municipalityCode: "131016",
        address: "東京都千代田区",
        relationship: term
      } as never)
      expect(Result.isSuccess(bytes)).toBe(true)
    }
  })

  it("property: every value the Shift_JIS field holds (JIS X 0208 text of its character count; any vocabulary value) fits the derived UTF-8 field", () => {
    const words = relationshipVocabulary()
    const jiyu = Jiyu.catalogue.map((j) => j.ja)
    for (const layout of sjisLayouts) {
      const derived = deriveUtf8Layout(layout)
      expect(FixedLength.recordLength(derived)).toBe(derived.fields.reduce((n, f) => n + (f.length ?? 0), 0))
      derived.fields.forEach((f, i) => {
        const sjis = layout.fields[i]!
        expect(f.name).toBe(sjis.name)
        if (sjis.check === "records.Relationship") expect(f.length).toBe(Math.max(...words.map(utf8)))
        else if (sjis.check === "records.Jiyu") expect(f.length).toBe(Math.max(...jiyu.map(utf8)))
        else if (sjis.codes) expect(f.length).toBe(Math.max(...Object.keys(sjis.codes).map(utf8)))
        else if (sjis.chars === "fullwidth") {
          const chars = (sjis.length as number) / 2
          const worst = layout.fields.some((g) => g.gaijiCountOf === sjis.name) ? 4 : 3
          expect(f.length).toBeGreaterThanOrEqual(chars * worst)
          expect((f.length as number) % 3).toBe(0)
        } else if (sjis.chars === "halfwidth" || sjis.chars === "mixed")
          expect(f.length).toBe((sjis.length as number) * 3)
        else expect(f.length).toBe(sjis.length)
      })
    }
    // Independent check by writing: the worst-case value of each 全角 field (its character count of 3-byte kanji) fits.
    fc.assert(
      fc.property(fc.constantFrom(...sjisLayouts), fc.nat(), (layout, k) => {
        const derived = deriveUtf8Layout(layout)
        const fulls = layout.fields.filter(
          (f) => f.chars === "fullwidth" && !f.codes && f.check === undefined && !f.filler
        )
        if (fulls.length === 0) return
        const f = fulls[k % fulls.length]!
        const field = derived.fields.find((x) => x.name === f.name)!
        const one = FixedLength.make({
          name: "One",
          title: "一",
          basis: "test",
          recordTerminator: "none",
          encoding: "utf-8",
          fields: [{ ...field, offset: 0, required: false, gaijiCountOf: undefined, itemLengthOf: undefined } as never]
        })
        expect(Result.isSuccess(one.encodeRecord({ [f.name]: "鬱".repeat((f.length as number) / 2) } as never))).toBe(
          true
        )
      }),
      { numRuns: 200 }
    )
  })
})
