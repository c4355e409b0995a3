// Type tests: the committed generated record types equal the decoder's output type RecordOf<typeof layout>.
// Checked by tsc (root tsconfig includes this file) and by vitest's expectTypeOf.
import type { Result } from "effect"
import { describe, expect, expectTypeOf, it } from "vitest"
import { FixedLength, ReferenceLayouts, type Codec, type EncodeInput, type RecordOf } from "../index.js"

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

export const sameTypes: [
  Equals<ReferenceLayouts.HonninKakuninJohoRecord, RecordOf<typeof ReferenceLayouts.HonninKakuninJoho>>,
  Equals<ReferenceLayouts.SofusakiJohoRecord, RecordOf<typeof ReferenceLayouts.SofusakiJoho>>,
  Equals<ReferenceLayouts.JuminKihonDaichoRecord, RecordOf<typeof ReferenceLayouts.JuminKihonDaicho>>,
  Equals<ReferenceLayouts.TogoAtenaRecord, RecordOf<typeof ReferenceLayouts.TogoAtena>>
] = [true, true, true, true]

// The check can fail: two different layouts do not have equal record types.
export const differentTypes: Equals<
  ReferenceLayouts.TogoAtenaRecord,
  RecordOf<typeof ReferenceLayouts.HonninKakuninJoho>
> = false

describe("reference record types", () => {
  it("generated interfaces equal the decoder's output types (expectTypeOf)", () => {
    expectTypeOf<ReferenceLayouts.HonninKakuninJohoRecord>().toEqualTypeOf<
      RecordOf<typeof ReferenceLayouts.HonninKakuninJoho>
    >()
    expectTypeOf<ReferenceLayouts.SofusakiJohoRecord>().toEqualTypeOf<RecordOf<typeof ReferenceLayouts.SofusakiJoho>>()
    expectTypeOf<ReferenceLayouts.JuminKihonDaichoRecord>().toEqualTypeOf<
      RecordOf<typeof ReferenceLayouts.JuminKihonDaicho>
    >()
    expectTypeOf<ReferenceLayouts.TogoAtenaRecord>().toEqualTypeOf<RecordOf<typeof ReferenceLayouts.TogoAtena>>()
    expect(sameTypes).toEqual([true, true, true, true])
  })
  it("the codec's decodeRecord returns the generated type; 項目長 and 外字数 are optional when encoding", () => {
    const codec: Codec<typeof ReferenceLayouts.HonninKakuninJoho> = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
    expectTypeOf(codec.decodeRecord).returns.toEqualTypeOf<
      Result.Result<ReferenceLayouts.HonninKakuninJohoRecord, ReadonlyArray<import("@juki/core").JukiError>>
    >()
    type Input = EncodeInput<typeof ReferenceLayouts.HonninKakuninJoho>
    expectTypeOf<Input["nameGaijiCount"]>().toEqualTypeOf<number | null | undefined>()
    expectTypeOf<Input["sex"]>().toEqualTypeOf<"1" | "2">()
    expectTypeOf<ReferenceLayouts.HonninKakuninJohoRecord["updateSequence"]>().toEqualTypeOf<number | null>()
  })
})
