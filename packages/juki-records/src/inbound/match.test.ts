// The matcher's whole answer (outcome, matchedBy, candidates, violations with path and parameters) for each case of
// 住基法30条の50 / 9条2項 notices and 評価書 II 3 情報の突合, written out by hand from those rules.
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { JukiError } from "@juki/core"
import type { ResidentRecord } from "../models/index.js"
import { fromJSON } from "../registry/load.js"
import { build, cardNumber, foreigner, household, japanese, movedOut, registryJson } from "../test-utils/fixtures.js"
import { match, normAlpha, normText, type Match } from "./match.js"
import type { ImmigrationNotice, KosekiNotice } from "./notice.js"

/** The parts of a violation the caller reads: rule, path, parameters. */
const v = (e: JukiError) => ({ code: e.code, path: e.path, params: e.params })
const plain = (m: Match) => ({ ...m, violations: m.violations.map(v) })

const KEYS = ["name", "birthDate", "sex", "nationality"] as const
const WITH_CARD = ["cardNumber", ...KEYS] as const
const KEYS_TEXT = { keys: "name, birthDate, sex, nationality", keysJa: "氏名・生年月日・性別・国籍・地域" }

/** A foreign resident n alone in 世帯 n. */
const f = (n: number, o: Partial<Parameters<typeof foreigner>[1]> = {}) =>
  foreigner(n, { householdNumber: household(n), ...o })
const F5 = f(5)
const F5_TWIN = f(6, { name: F5.name }) // the same 基本情報 as F5, another card
const subject = (o: Partial<ImmigrationNotice["subject"]> = {}): ImmigrationNotice["subject"] => ({
  cardNumber: cardNumber(5),
  name: { alphabet: "SMITH JOHN5" },
  birthDate: "1990-05-05",
  sex: "male",
  nationality: "英国",
  ...o
})
const imm = (s: ImmigrationNotice["subject"]): ImmigrationNotice => ({
  source: "immigration",
  receivedOn: "2024-05-21",
  occurredOn: "2024-05-20",
  reason: "departure",
  subject: s
})
const without = <T extends object, K extends keyof T>(o: T, k: K): Omit<T, K> => {
  const { [k]: _drop, ...rest } = o
  return rest
}
const cand = (r: ResidentRecord, matchedBy: ReadonlyArray<string>, differs: ReadonlyArray<string>) => ({
  atenaNumber: r.atenaNumber,
  state: r.state,
  matchedBy,
  differs
})

describe("match: 住基法30条の50 notices (在留カード等番号 and 基本情報)", () => {
  it("評価書II3: the card and all four 基本情報 of one present resident are an exact match", () => {
    expect(plain(match(build([F5, F5_TWIN]), imm(subject())))).toEqual({
      outcome: "exact",
      atenaNumber: F5.atenaNumber,
      matchedBy: WITH_CARD,
      candidates: [cand(F5, WITH_CARD, [])],
      violations: []
    })
  })
  it("住基法8条: the card and 基本情報 of a 除票 are records.inbound.not-resident, with the 除票 as candidate", () => {
    const gone = movedOut(F5)
    expect(plain(match(build([gone]), imm(subject())))).toEqual({
      outcome: "none",
      matchedBy: WITH_CARD,
      candidates: [cand(gone, WITH_CARD, [])],
      violations: [{ code: "records.inbound.not-resident", path: ["subject"], params: {} }]
    })
  })
  it("評価書II3: the card holder with another 生年月日 and 性別 is one item-mismatch per differing item", () => {
    const m = match(build([F5]), imm(subject({ birthDate: "1990-05-06", sex: "female" })))
    expect(plain(m)).toEqual({
      outcome: "none",
      matchedBy: ["cardNumber"],
      candidates: [cand(F5, ["cardNumber", "name", "nationality"], ["birthDate", "sex"])],
      violations: [
        {
          code: "records.inbound.item-mismatch",
          path: ["subject", "birthDate"],
          params: { by: "cardNumber", byJa: "在留カード等番号", item: "birthDate", itemJa: "生年月日" }
        },
        {
          code: "records.inbound.item-mismatch",
          path: ["subject", "sex"],
          params: { by: "cardNumber", byJa: "在留カード等番号", item: "sex", itemJa: "性別" }
        }
      ]
    })
  })
  it("評価書II3: a 国籍・地域 that differs from the card holder's is a mismatch of 国籍・地域", () => {
    const m = match(build([F5]), imm(subject({ nationality: "米国" })))
    expect(m.violations.map(v)).toEqual([
      {
        code: "records.inbound.item-mismatch",
        path: ["subject", "nationality"],
        params: { by: "cardNumber", byJa: "在留カード等番号", item: "nationality", itemJa: "国籍・地域" }
      }
    ])
    expect(m.candidates).toEqual([cand(F5, ["cardNumber", "name", "birthDate", "sex"], ["nationality"])])
  })
  it("評価書II3: a card whose holder differs while another resident has the 基本情報 is a conflict (card masked)", () => {
    // The notice names F6's card with F5's 基本情報 (F5 and F6 share the 氏名; F6 was born on another day).
    const f6 = f(6, { name: F5.name, birthDate: "1991-01-01" })
    const m = match(build([F5, f6]), imm(subject({ cardNumber: cardNumber(6) })))
    expect(plain(m)).toEqual({
      outcome: "ambiguous",
      matchedBy: ["cardNumber"],
      candidates: [
        cand(f6, ["cardNumber", "name", "sex", "nationality"], ["birthDate"]),
        cand(F5, KEYS, ["cardNumber"])
      ],
      violations: [
        {
          code: "records.inbound.card-number-conflict",
          path: ["subject", "cardNumber"],
          params: { card: "********06CD" }
        }
      ]
    })
  })
  it("評価書II3: the conflict names the card masked (last 4 characters), never whole, however the notice wrote it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 99_999_999 }), fc.boolean(), (k, spaced) => {
        const card = cardNumber(k)
        const status = { statusOfResidence: "留学", periodOfStay: "2年", expiryDate: "2026-03-31", cardNumber: card }
        const holder = f(6, {
          name: F5.name,
          birthDate: "1991-01-01",
          status: { kubun: "mid-to-long-term", ...status }
        })
        const written = spaced ? ` ${card.slice(0, 6).toLowerCase()} ${card.slice(6)} ` : card
        const m = match(build([F5, holder]), imm(subject({ cardNumber: written })))
        expect(m.violations.map(v)).toEqual([
          {
            code: "records.inbound.card-number-conflict",
            path: ["subject", "cardNumber"],
            params: { card: `********${card.slice(-4)}` }
          }
        ])
        expect(JSON.stringify(m.violations.map((e) => [e.params, e.messageIn("ja"), e.messageIn("en")]))).not.toContain(
          card
        )
      }),
      { numRuns: 30 }
    )
  })
  it("評価書II3: the card is read compact (spaces, hyphens, lower case, full width)", () => {
    for (const card of [" ab-0000 0005cd ", "ＡＢ００００００05CD"])
      expect(match(build([F5]), imm(subject({ cardNumber: card }))).outcome).toBe("exact")
  })
  it("住基法30条の50: without a card, the 基本情報 of exactly one present resident are an exact match", () => {
    const s = without(subject(), "cardNumber")
    expect(plain(match(build([F5, movedOut(F5_TWIN)]), imm(s)))).toEqual({
      outcome: "exact",
      atenaNumber: F5.atenaNumber,
      matchedBy: KEYS,
      candidates: [cand(F5, KEYS, [])],
      violations: []
    })
    // A blank card number is no card.
    expect(match(build([F5]), imm(subject({ cardNumber: "  " }))).matchedBy).toEqual(KEYS)
  })
  it("評価書II3: a card no resident holds while the 基本情報 point at one resident is a mismatch of the card", () => {
    expect(plain(match(build([F5]), imm(subject({ cardNumber: cardNumber(77) }))))).toEqual({
      outcome: "none",
      matchedBy: KEYS,
      candidates: [cand(F5, KEYS, ["cardNumber"])],
      violations: [
        {
          code: "records.inbound.item-mismatch",
          path: ["subject", "cardNumber"],
          params: { by: "basicInfo", byJa: "基本情報", item: "cardNumber", itemJa: "在留カード等番号" }
        }
      ]
    })
  })
  it("評価書II3: two present residents with the 基本情報 are ambiguous (count and the items compared)", () => {
    const twin = f(6, { name: F5.name, status: { kubun: "special-permanent", certificateNumber: cardNumber(66) } })
    expect(plain(match(build([F5, twin]), imm(without(subject(), "cardNumber"))))).toEqual({
      outcome: "ambiguous",
      matchedBy: KEYS,
      candidates: [cand(F5, KEYS, []), cand(twin, KEYS, [])],
      violations: [{ code: "records.inbound.ambiguous", path: ["subject"], params: { count: 2, ...KEYS_TEXT } }]
    })
    // With a card neither holds, each candidate differs in the card.
    const m = match(build([F5, twin]), imm(subject({ cardNumber: cardNumber(77) })))
    expect(m.candidates).toEqual([cand(F5, KEYS, ["cardNumber"]), cand(twin, KEYS, ["cardNumber"])])
  })
  it("住基法8条: without a card, the 基本情報 of 除票 only are records.inbound.not-resident", () => {
    const gone = movedOut(F5)
    expect(plain(match(build([gone]), imm(without(subject(), "cardNumber"))))).toEqual({
      outcome: "none",
      matchedBy: KEYS,
      candidates: [cand(gone, KEYS, [])],
      violations: [{ code: "records.inbound.not-resident", path: ["subject"], params: {} }]
    })
  })
  it("評価書II3: nobody with the card or the 基本情報 is records.inbound.no-match naming what was compared", () => {
    const j = japanese(1)
    expect(plain(match(build([j, F5]), imm(subject({ cardNumber: cardNumber(77), birthDate: "1970-01-01" }))))).toEqual(
      {
        outcome: "none",
        matchedBy: WITH_CARD,
        candidates: [],
        violations: [
          {
            code: "records.inbound.no-match",
            path: ["subject"],
            params: {
              keys: "cardNumber, name, birthDate, sex, nationality",
              keysJa: "在留カード等番号・氏名・生年月日・性別・国籍・地域"
            }
          }
        ]
      }
    )
    const none = match(build([F5]), imm(without(subject({ birthDate: "1970-01-01" }), "cardNumber")))
    expect([none.matchedBy, none.violations.map(v)]).toEqual([
      KEYS,
      [{ code: "records.inbound.no-match", path: ["subject"], params: KEYS_TEXT }]
    ])
  })
  it("a Japanese resident is never matched by a 30条の50 notice", () => {
    const j = japanese(1, { birthDate: "1990-05-05", sex: "male" })
    expect(
      match(build([j]), imm(without(subject({ name: { kanji: j.name.kanji as string } }), "cardNumber"))).outcome
    ).toBe("none")
  })
  it("immigrationKeys (UNVERIFIED which 基本情報): only the listed items are compared", () => {
    const m = match(build([F5]), imm(subject({ birthDate: "1990-05-06", name: { alphabet: "X" } })), {
      immigrationKeys: ["sex", "nationality"]
    })
    expect(plain(m)).toEqual({
      outcome: "exact",
      atenaNumber: F5.atenaNumber,
      matchedBy: ["cardNumber", "sex", "nationality"],
      candidates: [cand(F5, ["cardNumber", "sex", "nationality"], [])],
      violations: []
    })
  })
  it("住基法30条の50: a card number of white space only (any mix, full width included) is no card: 基本情報 only", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "\u3000", "\t", "\n"), { maxLength: 6 }), (ws) => {
        const m = match(build([F5]), imm(subject({ cardNumber: ws.join("") })))
        expect(plain(m)).toEqual({
          outcome: "exact",
          atenaNumber: F5.atenaNumber,
          matchedBy: KEYS,
          candidates: [cand(F5, KEYS, [])],
          violations: []
        })
      }),
      { numRuns: 30 }
    )
  })
  it("住基法30条の50: 特別永住者証明書番号 is the card of a 特別永住者; a 一時庇護許可者 holds none and is found by 基本情報", () => {
    const sp = f(5, { status: { kubun: "special-permanent", certificateNumber: cardNumber(55) } })
    expect(plain(match(build([sp]), imm(subject({ cardNumber: cardNumber(55) }))))).toEqual({
      outcome: "exact",
      atenaNumber: sp.atenaNumber,
      matchedBy: WITH_CARD,
      candidates: [cand(sp, WITH_CARD, [])],
      violations: []
    })
    const refuge = f(5, { status: { kubun: "temporary-refuge", landingPeriod: "6月" } })
    expect(plain(match(build([refuge]), imm(subject({ cardNumber: cardNumber(5) }))))).toEqual({
      outcome: "none",
      matchedBy: KEYS,
      candidates: [cand(refuge, KEYS, ["cardNumber"])],
      violations: [
        {
          code: "records.inbound.item-mismatch",
          path: ["subject", "cardNumber"],
          params: { by: "basicInfo", byJa: "基本情報", item: "cardNumber", itemJa: "在留カード等番号" }
        }
      ]
    })
  })
})

describe("match: the 氏名 of a foreign resident (alphabet and kanji)", () => {
  const bySubject = (r: ResidentRecord, name: ImmigrationNotice["subject"]["name"]) =>
    match(build([r]), imm(without(subject({ name }), "cardNumber"))).outcome
  it("the alphabet name is compared without spaces or commas, in any case and width", () => {
    for (const alphabet of ["SMITH JOHN5", "smith, john5", "ＳＭＩＴＨ　ＪＯＨＮ５", " S M I T H J O H N 5 "])
      expect(bySubject(F5, { alphabet }), alphabet).toBe("exact")
    expect(bySubject(F5, { alphabet: "SMITH JOHN" })).toBe("none")
  })
  it("the 漢字 name is compared without spaces; both names must agree where both sides have them", () => {
    const k = f(5, { name: { alphabet: "LI MING", kanji: "李　明" } })
    expect(bySubject(k, { kanji: "李明" })).toBe("exact")
    expect(bySubject(k, { alphabet: "LI MING", kanji: "李　明" })).toBe("exact")
    expect(bySubject(k, { alphabet: "LI MING", kanji: "李　朋" })).toBe("none")
    expect(bySubject(k, { alphabet: "LI MIN", kanji: "李　明" })).toBe("none")
    // A name the record does not hold in that script cannot be compared: no match on the name.
    expect(bySubject(F5, { kanji: "李　明" })).toBe("none")
    const kanjiOnly = f(5, { name: { kanji: "李　明" } })
    expect(bySubject(kanjiOnly, { alphabet: "LI MING" })).toBe("none")
    expect(bySubject(kanjiOnly, { alphabet: "LI MING", kanji: "李明" })).toBe("exact")
    expect(bySubject(k, { alphabet: "  ", kanji: "" })).toBe("none")
  })
  it("a 漢字 name blank on either side is not compared: the alphabet name alone decides", () => {
    const k = f(5, { name: { alphabet: "LI MING", kanji: "李　明" } })
    // The notice without 漢字: the record's 漢字 is not compared.
    expect(bySubject(k, { alphabet: "li ming" })).toBe("exact")
    expect(bySubject(k, { alphabet: "LI MING", kanji: " 　" })).toBe("exact")
    // The record without 漢字 (or blank): the notice's 漢字 is not compared.
    expect(bySubject(f(5, { name: { alphabet: "LI MING" } }), { alphabet: "LI MING", kanji: "李　明" })).toBe("exact")
    expect(
      bySubject(f(5, { name: { alphabet: "LI MING", kanji: "　" } }), { alphabet: "LI MING", kanji: "李明" })
    ).toBe("exact")
    expect(bySubject(f(5, { name: { alphabet: "LI MING" } }), { alphabet: "LI MIN", kanji: "李　明" })).toBe("none")
  })
  it("the 国籍・地域 is compared without spaces", () => {
    expect(match(build([F5]), imm(subject({ nationality: " 英 国 " }))).outcome).toBe("exact")
  })
  it("normText and normAlpha treat a missing text as empty", () => {
    expect([normText(undefined), normAlpha(undefined), normText(" 山田　太郎\t"), normAlpha("ａｂ, c d")]).toEqual([
      "",
      "",
      "山田太郎",
      "ABCD"
    ])
  })
})

describe("match: 住基法9条2項 notices (本籍・筆頭者, 氏名, 生年月日)", () => {
  const KOS = ["honseki", "name", "birthDate"] as const
  const KOS_TEXT = { keys: "honseki, name, birthDate", keysJa: "本籍・筆頭者・氏名・生年月日" }
  const j = (n: number, o: Partial<Parameters<typeof japanese>[1]> = {}) =>
    japanese(n, { householdNumber: household(n), ...o })
  const honseki = { place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" }
  const J1 = j(1, {
    name: { kanji: "山田　太郎", kana: "ヤマダ　タロウ" },
    honseki: { kind: "registered", ...honseki }
  })
  const kos = (s: Partial<KosekiNotice["subject"]> = {}): KosekiNotice => ({
    source: "koseki",
    receivedOn: "2024-06-10",
    occurredOn: "2024-06-01",
    reason: "death",
    subject: { honseki, name: { kanji: "山田　太郎" }, birthDate: J1.birthDate, ...s }
  })
  it("住基法9条2項: 本籍・筆頭者, 氏名 and 生年月日 of one present resident are an exact match (spaces ignored)", () => {
    const other = j(2, { honseki: { kind: "registered", ...honseki } })
    expect(
      plain(
        match(
          build([J1, other]),
          kos({ honseki: { place: honseki.place, head: "山田太郎" }, name: { kanji: "山田 太郎" } })
        )
      )
    ).toEqual({
      outcome: "exact",
      atenaNumber: J1.atenaNumber,
      matchedBy: KOS,
      candidates: [cand(J1, KOS, [])],
      violations: []
    })
  })
  it("住基法9条2項: two present residents with all three items are ambiguous", () => {
    const twin = j(9, { name: J1.name, birthDate: J1.birthDate, honseki: J1.honseki })
    expect(plain(match(build([J1, twin]), kos()))).toEqual({
      outcome: "ambiguous",
      matchedBy: KOS,
      candidates: [cand(J1, KOS, []), cand(twin, KOS, [])],
      violations: [{ code: "records.inbound.ambiguous", path: ["subject"], params: { count: 2, ...KOS_TEXT } }]
    })
  })
  it("住基法8条: all three items of a 除票 only are records.inbound.not-resident", () => {
    const gone = movedOut(J1)
    expect(plain(match(build([gone]), kos()))).toEqual({
      outcome: "none",
      matchedBy: KOS,
      candidates: [cand(gone, KOS, [])],
      violations: [{ code: "records.inbound.not-resident", path: ["subject"], params: {} }]
    })
  })
  it("評価書II3: the same 生年月日 and 本籍・筆頭者 with another 氏名 is a near miss, reported and never taken", () => {
    expect(plain(match(build([J1]), kos({ name: { kanji: "山田　花子" } })))).toEqual({
      outcome: "none",
      matchedBy: KOS,
      candidates: [cand(J1, ["honseki", "birthDate"], ["name"])],
      violations: [
        {
          code: "records.inbound.item-mismatch",
          path: ["subject", "name"],
          params: { by: "honseki", byJa: "本籍・筆頭者", item: "name", itemJa: "氏名" }
        }
      ]
    })
  })
  it("評価書II3: the same 生年月日 and 氏名 with another 本籍 is a near miss of the 本籍・筆頭者", () => {
    expect(
      plain(match(build([J1]), kos({ honseki: { place: "大阪府大阪市北区梅田一丁目1番", head: "山田　太郎" } })))
    ).toEqual({
      outcome: "none",
      matchedBy: KOS,
      candidates: [cand(J1, ["name", "birthDate"], ["honseki"])],
      violations: [
        {
          code: "records.inbound.item-mismatch",
          path: ["subject", "honseki"],
          params: { by: "name", byJa: "氏名", item: "honseki", itemJa: "本籍・筆頭者" }
        }
      ]
    })
    // Another 筆頭者 is another 戸籍.
    expect(match(build([J1]), kos({ honseki: { place: honseki.place, head: "山田　花子" } })).candidates).toEqual([
      cand(J1, ["name", "birthDate"], ["honseki"])
    ])
  })
  it("住基法9条2項: a near miss of a 除票, another 生年月日, or both items differing is records.inbound.no-match", () => {
    const noMatch = { code: "records.inbound.no-match", path: ["subject"], params: KOS_TEXT }
    for (const [reg, n] of [
      [build([movedOut(J1)]), kos({ name: { kanji: "山田　花子" } })],
      [build([J1]), kos({ birthDate: "1900-01-01" })],
      [build([J1]), kos({ name: { kanji: "山田　花子" }, honseki: { place: "x", head: "y" } })]
    ] as const)
      expect(plain(match(reg, n))).toEqual({ outcome: "none", matchedBy: KOS, candidates: [], violations: [noMatch] })
  })
  it("住基法9条2項: a resident whose 本籍 is unknown is at most a near miss; a foreign resident is never compared", () => {
    const unknown = j(1, { name: J1.name, honseki: { kind: "unknown" } })
    expect(match(build([unknown]), kos()).outcome).toBe("none")
    expect(match(build([unknown]), kos()).candidates).toEqual([cand(unknown, ["name", "birthDate"], ["honseki"])])
    const foreignWithSameDate = f(7, {
      birthDate: J1.birthDate,
      name: { alphabet: "YAMADA TARO", kanji: "山田　太郎" }
    })
    expect(match(build([foreignWithSameDate]), kos()).candidates).toEqual([])
  })
  it("住基法9条2項: a 本籍 that is not registered (none, unknown) never equals the notice's, even a blank one", () => {
    const blankHonseki = kos({ honseki: { place: "", head: "" } })
    for (const h of [{ kind: "none" }, { kind: "unknown" }] as const) {
      const r = j(1, { name: J1.name, honseki: h })
      expect(plain(match(build([r]), blankHonseki))).toEqual({
        outcome: "none",
        matchedBy: KOS,
        candidates: [cand(r, ["name", "birthDate"], ["honseki"])],
        violations: [
          {
            code: "records.inbound.item-mismatch",
            path: ["subject", "honseki"],
            params: { by: "name", byJa: "氏名", item: "honseki", itemJa: "本籍・筆頭者" }
          }
        ]
      })
    }
  })
  it("住基法9条2項: a blank 漢字氏名 (a registry loaded without validation) never equals the notice's, even a blank one", () => {
    const noKanji = j(1, { name: { kana: "ヤマダ　タロウ" }, honseki: J1.honseki })
    const loaded = fromJSON(registryJson([noKanji]), { validate: false })
    expect(Result.isSuccess(loaded)).toBe(true)
    if (Result.isSuccess(loaded))
      for (const kanji of ["", "　"])
        expect(plain(match(loaded.success, kos({ name: { kanji } })))).toEqual({
          outcome: "none",
          matchedBy: KOS,
          candidates: [cand(noKanji, ["honseki", "birthDate"], ["name"])],
          violations: [
            {
              code: "records.inbound.item-mismatch",
              path: ["subject", "name"],
              params: { by: "honseki", byJa: "本籍・筆頭者", item: "name", itemJa: "氏名" }
            }
          ]
        })
  })
})
