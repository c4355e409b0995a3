// The 附票 / 統合宛名 "did an item change" checks of the onward effects compare item by item without building the
// item objects; they must answer exactly as comparing the objects that fuhyoItems / atenaItems build (the items the
// notices carry: 住基法17条 for the 附票, the seed's 統合基盤 list for the 統合宛名).
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { ResidentRecord } from "../models/index.js"
import { deepEqual } from "../rules/internal/helpers.js"
import { foreigner, japanese } from "../test-utils/fixtures.js"
import { atenaItems, fuhyoItems } from "./onward.js"
import { sameAtenaItems, sameFuhyoItems } from "./onward-items.js"

// Few values per item, so that equal and different items both occur often; "" and undefined both appear.
const small = (xs: ReadonlyArray<string>) => fc.option(fc.constantFrom(...xs), { nil: undefined })
const record: fc.Arbitrary<ResidentRecord> = fc
  .record({
    foreign: fc.boolean(),
    n: fc.integer({ min: 1, max: 3 }),
    kanji: small(["山田　太郎", "", "山田"]),
    kana: small(["ヤマダ　タロウ", ""]),
    alphabet: small(["SMITH JOHN", ""]),
    katakana: small(["スミス　ジョン", ""]),
    text: fc.constantFrom("東京都千代田区千代田一丁目1番", "東京都千代田区千代田一丁目1番　コーポ101", ""),
    katagaki: small(["コーポ101", ""]),
    myNumber: small(["123456789018", ""]),
    residentCode: small(["20000000001", "20000000002"]),
    birthDate: fc.constantFrom("1980-04-01", "1980-04-02"),
    addressSince: fc.constantFrom("2020-04-01", "2021-04-01"),
    sex: fc.constantFrom("male" as const, "female" as const),
    state: fc.constantFrom("current" as const, "leaving" as const, "removed" as const)
  })
  .map((x) => {
    const strip = <T extends object>(o: T): T =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
    const address = strip({ municipalityCode: "131016", text: x.text, katagaki: x.katagaki })
    const common = {
      birthDate: x.birthDate,
      addressSince: x.addressSince,
      sex: x.sex,
      state: x.state,
      address,
      myNumber: x.myNumber,
      residentCode: x.residentCode
    }
    const base = x.foreign ? foreigner(x.n) : japanese(x.n)
    const name = x.foreign
      ? strip({ kanji: x.kanji, alphabet: x.alphabet, katakana: x.katakana, kana: x.kana })
      : strip({ kanji: x.kanji, kana: x.kana })
    return strip({ ...base, ...common, name }) as unknown as ResidentRecord
  })

// Pairs: two unrelated records, or a record and a copy with one field taken from another (so that equal items are common).
const FIELDS = ["myNumber", "name", "address", "birthDate", "sex", "state", "residentCode", "addressSince"] as const
const pair: fc.Arbitrary<readonly [ResidentRecord, ResidentRecord]> = fc
  .tuple(record, record, fc.nat({ max: FIELDS.length * 2 - 1 }))
  .map(([a, c, k]) => {
    const f = FIELDS[k]
    if (f === undefined) return [a, c] as const
    const b: Record<string, unknown> = { ...a }
    const v = (c as unknown as Record<string, unknown>)[f]
    if (v === undefined) delete b[f]
    else b[f] = v
    return [a, b as unknown as ResidentRecord] as const
  })

/** A mutation run caps every property's runs (scripts/vitest.mutation.setup.ts): the counts of generated cases are then not checked. */
const capped = process.env["JUKI_NUMRUNS"] !== undefined

describe("onward effects: item comparisons (住基法17条 附票 items, seed 統合基盤 items)", () => {
  it("property: sameFuhyoItems(a, b) equals comparing fuhyoItems(a) and fuhyoItems(b) (3,000 runs)", () => {
    let same = 0
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const expected = deepEqual(fuhyoItems(a), fuhyoItems(b))
        if (expected) same++
        expect(sameFuhyoItems(a, b)).toBe(expected)
        expect(sameFuhyoItems(a, a)).toBe(true)
      }),
      { numRuns: 3000 }
    )
    // Not vacuous: equal items were generated often (not under a mutation run's cap of the runs, JUKI_NUMRUNS).
    if (!capped) expect(same).toBeGreaterThan(300)
  })
  it("property: sameAtenaItems(a, b) equals comparing atenaItems(a) and atenaItems(b) (3,000 runs)", () => {
    let same = 0
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const expected = deepEqual(atenaItems(a), atenaItems(b))
        if (expected) same++
        expect(sameAtenaItems(a, b)).toBe(expected)
        expect(sameAtenaItems(b, { ...b })).toBe(true)
      }),
      { numRuns: 3000 }
    )
    // Not vacuous: equal items were generated often (not under a mutation run's cap of the runs, JUKI_NUMRUNS).
    if (!capped) expect(same).toBeGreaterThan(300)
  })
  it("住基法17条: a change of 方書 alone is a change of the 附票 住所 item", () => {
    const a = japanese(1)
    const b = { ...a, address: { ...a.address, katagaki: "コーポ202" } }
    expect(sameFuhyoItems(a, b)).toBe(false)
    expect(sameAtenaItems(a, b)).toBe(false)
  })
})
