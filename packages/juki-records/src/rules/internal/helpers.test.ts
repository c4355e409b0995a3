import { Calendar } from "@juki/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  build,
  cardNumber,
  family,
  foreigner,
  japanese,
  movedOut,
  myNumber,
  residentCode
} from "../../test-utils/fixtures.js"
import {
  blank,
  changedItems,
  deepEqual,
  groupOf,
  idsOf,
  isIso,
  kindHasItem,
  maxDate,
  minDate,
  presentMatch,
  targetsOf
} from "./helpers.js"

// An independent oracle for JSON-like equality: canonical JSON with keys sorted and undefined-valued keys dropped.
const canonical = (x: unknown): string => {
  if (x === undefined) return "#undefined"
  if (Array.isArray(x)) return `[${x.map(canonical).join(",")}]`
  if (typeof x === "object" && x !== null) {
    const keys = Object.keys(x)
      .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(",")}}`
  }
  return JSON.stringify(x)
}

// Few keys and few leaves, so equal and nearly equal pairs are frequent.
const KEYS = ["a", "b", "c"]
const { json } = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.constantFrom(0, 1, "0", "x", "", true, false, null), fc.integer({ min: -2, max: 2 })),
  json: fc.oneof(
    { maxDepth: 3 },
    tie("leaf"),
    fc.array(tie("json"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), fc.option(tie("json"), { nil: undefined }), { maxKeys: 3 })
  )
}))

// The same value rebuilt with its keys in reverse order and an extra undefined-valued key in every object.
const reshuffle = (x: unknown): unknown => {
  if (Array.isArray(x)) return x.map(reshuffle)
  if (typeof x === "object" && x !== null) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(x).reverse()) out[k] = reshuffle((x as Record<string, unknown>)[k])
    out["zz"] = undefined
    return out
  }
  return x
}

describe("deepEqual", () => {
  it("property: agrees with canonical JSON (sorted keys, undefined-valued keys dropped) on random pairs", () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(deepEqual(a, b)).toBe(canonical(a) === canonical(b))
        expect(deepEqual(b, a)).toBe(deepEqual(a, b))
      }),
      { numRuns: 1000 }
    )
  })

  it("property: a value equals its copy with keys reordered and undefined-valued keys added", () => {
    fc.assert(
      fc.property(json, (a) => {
        expect(deepEqual(a, reshuffle(a))).toBe(true)
        expect(deepEqual(reshuffle(a), a)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it("an array is never equal to an object with the same entries; lengths and positions count", () => {
    expect(deepEqual([], {})).toBe(false)
    expect(deepEqual({}, [])).toBe(false)
    expect(deepEqual({ 0: "a" }, ["a"])).toBe(false)
    expect(deepEqual(["a"], { 0: "a" })).toBe(false)
    expect(deepEqual(["a"], ["a", "b"])).toBe(false)
    expect(deepEqual(["a", "b"], ["b", "a"])).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
    expect(deepEqual({}, null)).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(deepEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(deepEqual({ a: undefined }, {})).toBe(true)
  })
})

describe("changedItems (the items a 異動 changes)", () => {
  it("property: names exactly the top-level items whose canonical value differs, each once", () => {
    const rec = fc.dictionary(
      fc.constantFrom("name", "address", "birthDate", "sex"),
      fc.option(json, { nil: undefined }),
      {
        maxKeys: 4
      }
    )
    fc.assert(
      fc.property(rec, rec, (b, a) => {
        const got = changedItems(b as never, a as never)
        const keys = new Set([...Object.keys(a), ...Object.keys(b)])
        const want = [...keys].filter((k) => canonical(a[k]) !== canonical(b[k]))
        expect([...got].sort()).toEqual(want.sort())
      }),
      { numRuns: 1000 }
    )
  })

  it("住基法施行令8条 (記載事項の修正): a changed address is named, unchanged items are not", () => {
    const before = japanese(1)
    const after = { ...before, address: { ...before.address, text: "東京都千代田区丸の内二丁目3番" } }
    expect(changedItems(before, after)).toEqual(["address"])
    const { honseki: _h, ...withoutHonseki } = before
    expect(changedItems(before, withoutHonseki as never)).toEqual(["honseki"])
    expect(changedItems(withoutHonseki as never, before)).toEqual(["honseki"])
  })
})

describe("blank (absent or only white space)", () => {
  it("property: a text is blank exactly when trimming leaves nothing (full-width 　 counts as space)", () => {
    const s = fc.string({ unit: fc.constantFrom(" ", "\u3000", "\t", "\n", "\u00a0", "a", "あ", "0"), maxLength: 5 })
    fc.assert(
      fc.property(s, (t) => {
        expect(blank(t)).toBe(t.trim() === "")
      }),
      { numRuns: 1000 }
    )
    expect(blank(undefined)).toBe(true)
    expect(blank("")).toBe(true)
    expect(blank("\u3000\u3000")).toBe(true)
    expect(blank("　山田")).toBe(false)
  })
})

describe("dates", () => {
  const iso = fc
    .date({ min: new Date("1868-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))

  it("property: maxDate and minDate are the later and the earlier of two ISO dates", () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [lo, hi] = [a, b].sort()
        expect(maxDate(a, b)).toBe(hi)
        expect(minDate(a, b)).toBe(lo)
      }),
      { numRuns: 500 }
    )
  })

  it("property: isIso agrees with Calendar.isIsoDate on strings (asked twice: memoised) and is false for non-strings", () => {
    const text = fc.oneof(
      iso,
      fc.string({ maxLength: 12 }),
      iso.map((d) => d.replace(/-/g, "/")),
      fc.constant("2023-02-29")
    )
    fc.assert(
      fc.property(text, (t) => {
        expect(isIso(t)).toBe(Calendar.isIsoDate(t))
        expect(isIso(t)).toBe(Calendar.isIsoDate(t))
      }),
      { numRuns: 1000 }
    )
    for (const x of [20240401, null, undefined, {}, ["2024-04-01"]]) expect(isIso(x)).toBe(false)
  })
})

describe("items per kind of 住民票", () => {
  it("住基法7条5号 本籍 and 7条 選挙人名簿 are items of a Japanese 住民票 only; 30条の45 国籍・在留資格 of a foreign one only", () => {
    for (const item of ["honseki", "residentSince", "formerSurname", "voterRegistered"]) {
      expect(kindHasItem("japanese", item), item).toBe(true)
      expect(kindHasItem("foreign", item), item).toBe(false)
    }
    for (const item of [
      "nationality",
      "foreignResidentSince",
      "status",
      "alias",
      "oldRegistrationDate",
      "residenceNotified",
      "landingPermitMoveIn"
    ]) {
      expect(kindHasItem("foreign", item), item).toBe(true)
      expect(kindHasItem("japanese", item), item).toBe(false)
    }
    for (const item of ["name", "birthDate", "sex", "address", "residentCode", "myNumber"]) {
      expect(kindHasItem("japanese", item), item).toBe(true)
      expect(kindHasItem("foreign", item), item).toBe(true)
    }
  })

  it("an item no field group names counts as managed", () => {
    expect(groupOf("no-such-item")).toBe("managed")
    expect(groupOf("residentCode")).toBe("residentCode")
    expect(groupOf("householdNumber")).toBe("household")
  })
})

describe("identifiers of a record", () => {
  it("住基法7条13号 住民票コード, 8号の2 個人番号 and 30条の45 在留カード番号 are indexed; absent ones are not", () => {
    const j = japanese(1)
    expect(idsOf(j)).toEqual([
      ["r", j.residentCode, "residentCode"],
      ["m", j.myNumber, "myNumber"]
    ])
    const f = foreigner(5)
    expect(idsOf(f)).toEqual([
      ["r", f.residentCode, "residentCode"],
      ["m", f.myNumber, "myNumber"],
      ["c", cardNumber(5), "cardNumber"]
    ])
    const { residentCode: _r, myNumber: _m, ...bare } = j
    expect(idsOf(bare as never)).toEqual([])
  })

  it("住基法30条の9 (住民票コードによる照合): the first identifier that ties an incoming record to a present person", () => {
    const [head, wife, , foreign] = family() as [never, never, never, never]
    const reg = build([head, wife, foreign, movedOut(japanese(7))])
    const asOf = "2024-04-05"
    expect(presentMatch(reg, japanese(1), asOf)).toBe("atenaNumber")
    expect(presentMatch(reg, { ...japanese(9), residentCode: residentCode(2) }, asOf)).toBe("residentCode")
    expect(presentMatch(reg, { ...japanese(9), myNumber: myNumber(2) }, asOf)).toBe("myNumber")
    expect(
      presentMatch(reg, foreigner(9, { status: { ...foreigner(5).status, cardNumber: cardNumber(5) } as never }), asOf)
    ).toBe("cardNumber")
    // A 除票 (removed person) ties nothing, whatever identifier is shared.
    expect(presentMatch(reg, japanese(7), asOf)).toBeUndefined()
    expect(
      presentMatch(reg, { ...japanese(9), residentCode: residentCode(7), myNumber: myNumber(7) }, asOf)
    ).toBeUndefined()
    // Unknown or empty identifiers tie nothing.
    expect(presentMatch(reg, japanese(9), asOf)).toBeUndefined()
    expect(
      presentMatch(reg, { atenaNumber: japanese(9).atenaNumber, residentCode: "", myNumber: "" }, asOf)
    ).toBeUndefined()
    expect(presentMatch(reg, { atenaNumber: japanese(9).atenaNumber }, asOf)).toBeUndefined()
  })
})

describe("presentMatch: former identifiers", () => {
  it("住基法30条の9: a 住民票コード or 個人番号 the registry indexes as a person's former one ties nothing (only the current one does)", () => {
    const base = build([japanese(1), japanese(2, { relationship: "妻" })])
    // The index keeps former identifiers too (a changed 住民票コード stays findable); here person 1 once held these.
    const reg = {
      ...base,
      byResidentCode: base.byResidentCode.set(residentCode(50), japanese(1).atenaNumber),
      byMyNumber: base.byMyNumber.set(myNumber(50), japanese(1).atenaNumber)
    }
    const asOf = "2024-04-05"
    expect(presentMatch(reg, { ...japanese(9), residentCode: residentCode(50) }, asOf)).toBeUndefined()
    expect(presentMatch(reg, { ...japanese(9), myNumber: myNumber(50) }, asOf)).toBeUndefined()
    expect(presentMatch(reg, { ...japanese(9), residentCode: residentCode(1) }, asOf)).toBe("residentCode")
  })
})

describe("targetsOf (the persons an event names, with their paths)", () => {
  const a = japanese(1).atenaNumber
  const b = japanese(2).atenaNumber
  const ev = (o: object) => o as never
  it("each event type names its persons at the path an error about them points to", () => {
    expect(targetsOf(ev({ type: "modify", changes: [{ atenaNumber: a }, { atenaNumber: b }] }))).toEqual([
      { atenaNumber: a, path: ["changes", 0, "atenaNumber"] },
      { atenaNumber: b, path: ["changes", 1, "atenaNumber"] }
    ])
    for (const type of ["remove", "cancel"])
      expect(targetsOf(ev({ type, atenaNumbers: [b, a] }))).toEqual([
        { atenaNumber: b, path: ["atenaNumbers", 0] },
        { atenaNumber: a, path: ["atenaNumbers", 1] }
      ])
    for (const type of ["transfer-in-notice", "reissue"])
      expect(targetsOf(ev({ type, atenaNumber: a }))).toEqual([{ atenaNumber: a, path: ["atenaNumber"] }])
    expect(targetsOf(ev({ type: "nationality-change", record: { atenaNumber: b } }))).toEqual([
      { atenaNumber: b, path: ["record", "atenaNumber"] }
    ])
    // A 記載 names nobody the registry holds yet; 決裁 and 取下げ name a 仮登録, not a person.
    for (const type of ["create", "approve", "discard", "receive-certificate", "purge-certificates"])
      expect(targetsOf(ev({ type, records: [{ atenaNumber: a }], atenaNumber: a }))).toEqual([])
  })
})
