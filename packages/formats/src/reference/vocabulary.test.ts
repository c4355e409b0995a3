// Every value of a closed vocabulary (続柄) can be written into the reference layouts that check it, in Shift_JIS and
// in their derived UTF-8 variants, and each field is exactly as wide as the longest value needs.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Relationship } from "@juki/records"
import {
  FixedLength,
  ReferenceLayouts,
  builtinChecks,
  deriveUtf8Layout,
  type FieldSpec,
  type LayoutSpec
} from "../index.js"

const references = Object.values(ReferenceLayouts) as ReadonlyArray<LayoutSpec>
const vocabularyOf = (f: FieldSpec): ReadonlyArray<string> | undefined =>
  typeof f.check === "string"
    ? (builtinChecks as Record<string, { vocabulary?: () => ReadonlyArray<string> }>)[f.check]?.vocabulary?.()
    : undefined

/** Independent byte counts: UTF-8 by TextEncoder; Shift_JIS: every 続柄 character is a JIS X 0208 全角 character (2 bytes). */
const utf8Bytes = (s: string) => new TextEncoder().encode(s).length
const FULLWIDTH_BMP = /^[\u3000-\uffef]*$/
const sjisBytes = (s: string) => (FULLWIDTH_BMP.test(s) ? s.length * 2 : Number.NaN)

/** A one-field codec of the field as it stands in the layout (no cross-field links). */
const oneField = (f: FieldSpec, encoding: "shift_jis" | "utf-8") =>
  FixedLength.make({
    name: "One",
    title: "一",
    basis: "test",
    encoding,
    recordTerminator: "none",
    fields: [{ ...f, offset: 0, required: true }]
  })

describe("closed vocabularies fit their fields (住民記録システム標準仕様書 1.1.11 続柄)", () => {
  const withVocabulary = references.flatMap((layout) =>
    layout.fields.filter((f) => vocabularyOf(f) !== undefined).map((f) => ({ layout, f }))
  )

  it("the reference layouts have vocabulary fields to check (本人確認情報 続柄)", () => {
    expect(withVocabulary.map(({ layout, f }) => `${layout.name}.${f.name}`)).toEqual([
      "HonninKakuninJoho.relationship"
    ])
    const words = vocabularyOf(withVocabulary[0]!.f)!
    expect(words).toContain("夫（未届）")
    expect(words).toContain("子（子の夫）")
    for (const w of words.slice(0, 2000)) expect(Relationship.isValid(w)).toBe(true)
  })

  for (const { layout, f } of withVocabulary) {
    it(`${layout.name}.${f.name} in Shift_JIS: as wide as the longest value (2 bytes per character) and every value encodes and decodes back`, () => {
      const words = vocabularyOf(f)!
      expect(f.length).toBe(Math.max(...words.map(sjisBytes)))
      const codec = oneField(f, "shift_jis")
      const failed = words.filter((w) => {
        const bytes = codec.encodeRecord({ [f.name]: w } as never)
        return !(
          Result.isSuccess(bytes) &&
          (codec.decodeRecord(bytes.success) as { success?: Record<string, unknown> }).success?.[f.name] === w
        )
      })
      expect(failed).toEqual([])
    })

    it(`${layout.name}.${f.name} in the UTF-8 variant: as wide as the longest value in UTF-8 and every value encodes and decodes back`, () => {
      const words = vocabularyOf(f)!
      const g = deriveUtf8Layout(layout).fields.find((x) => x.name === f.name)!
      expect(g.length).toBe(Math.max(...words.map(utf8Bytes)))
      const codec = oneField(g, "utf-8")
      const failed = words.filter((w) => {
        const bytes = codec.encodeRecord({ [f.name]: w } as never)
        return !(
          Result.isSuccess(bytes) &&
          (codec.decodeRecord(bytes.success) as { success?: Record<string, unknown> }).success?.[f.name] === w
        )
      })
      expect(failed).toEqual([])
    })
  }

  it("the check can fail: one byte less than derived does not hold the longest value", () => {
    const { f } = withVocabulary[0]!
    const words = vocabularyOf(f)!
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a))
    const narrow = oneField({ ...f, length: (f.length as number) - 2 }, "shift_jis")
    expect(Result.isFailure(narrow.encodeRecord({ [f.name]: longest } as never))).toBe(true)
  })
})
