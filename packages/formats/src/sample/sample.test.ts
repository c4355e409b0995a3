import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { concat } from "../test-utils/bytes.js"
import {
  Csv,
  FixedLength,
  ReferenceLayouts,
  generateSample,
  generateSampleRecords,
  makeRng,
  type LayoutSpec
} from "../index.js"

const layouts = Object.values(ReferenceLayouts) as ReadonlyArray<LayoutSpec>

describe("generateSample (synthetic data only)", () => {
  it("is deterministic: the same seed gives the same bytes, another seed other bytes", () => {
    const a = concat(generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 50, seed: 9 }))
    const b = concat(generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 50, seed: 9, chunkSize: 100 }))
    const c = concat(generateSample(ReferenceLayouts.HonninKakuninJoho, { records: 50, seed: 10 }))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(a.length).toBe(50 * (FixedLength.recordLength(ReferenceLayouts.HonninKakuninJoho) + 2))
  })
  for (const layout of layouts) {
    for (const [format, encoding] of [
      ["fixed", "shift_jis"],
      ["fixed", "utf-8"],
      ["csv", "utf-8"],
      ["csv", "shift_jis"]
    ] as const) {
      it(`${layout.name} ${format} ${encoding}: valid records are accepted, every corrupted one is rejected`, async () => {
        const sample = generateSample(layout, {
          records: 300,
          seed: 5,
          format,
          encoding,
          invalidRate: 0.1,
          policy: { userDefined: "pua" }
        })
        const chunks = [...sample]
        const codec =
          format === "csv"
            ? Csv.make(layout, { encoding, policy: { userDefined: "pua" } })
            : FixedLength.make(layout, { encoding, policy: { userDefined: "pua" } })
        const s = await codec.validate(chunks)
        expect(sample.stats.records).toBe(300)
        expect(sample.stats.bytes).toBe(chunks.reduce((n, c) => n + c.length, 0))
        expect(sample.stats.invalid).toBeGreaterThan(10)
        expect({ records: s.records, rejected: s.rejected }).toEqual({ records: 300, rejected: sample.stats.invalid })
      })
    }
  }
  it("samples carry 外字 where the encoding can hold them, and their 外字数 fields count them", () => {
    const recs = [
      ...generateSampleRecords(ReferenceLayouts.HonninKakuninJoho, {
        records: 400,
        seed: 1,
        encoding: "utf-8",
        fillRate: 1
      })
    ]
    const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho, { encoding: "utf-8" })
    const decoded = recs.map((r) => Result.getOrThrow(codec.decodeRecord(Result.getOrThrow(codec.encodeRecord(r)))))
    expect(decoded.some((r) => (r.nameGaijiCount ?? 0) > 0 || (r.addressGaijiCount ?? 0) > 0)).toBe(true)
  })
  it("makeRng is deterministic and uniform enough for samples", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = makeRng(seed)
        const b = makeRng(seed)
        for (let i = 0; i < 20; i++) expect(a.next()).toBe(b.next())
      })
    )
    const rng = makeRng(1)
    const counts = new Array(10).fill(0)
    for (let i = 0; i < 100_000; i++) counts[rng.int(10)]++
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500)
  })
})
