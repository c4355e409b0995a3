// Inbound.decode: every problem of a notice at once, each with its path and what was expected (住基法30条の50 /
// 9条2項 notices; the required items per reason written out here from those articles).
import { Result, SchemaIssue } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cardNumber } from "../test-utils/fixtures.js"
import { decode, expectedOnly, shapeErrors } from "./notice.js"

const problems = (u: unknown) => {
  const r = decode(u)
  return Result.isSuccess(r) ? "ok" : r.failure.map((e) => [e.code, e.path, e.params["detail"]] as const)
}
const bad = (path: ReadonlyArray<string | number>, detail: string) =>
  ["records.inbound.malformed", path, detail] as const

const mid = {
  kubun: "mid-to-long-term",
  statusOfResidence: "技術・人文知識・国際業務",
  periodOfStay: "5年",
  expiryDate: "2029-05-31",
  cardNumber: cardNumber(95)
}
const imm = {
  source: "immigration",
  receivedOn: "2024-05-21",
  occurredOn: "2024-05-20",
  reason: "departure",
  subject: {
    cardNumber: cardNumber(5),
    name: { alphabet: "SMITH JOHN" },
    birthDate: "1990-05-05",
    sex: "male",
    nationality: "英国"
  }
}
const kos = {
  source: "koseki",
  receivedOn: "2024-06-10",
  occurredOn: "2024-06-01",
  reason: "death",
  subject: {
    honseki: { place: "東京都千代田区千代田一丁目1番", head: "山田　太郎" },
    name: { kanji: "山田　太郎" },
    birthDate: "1950-01-01"
  }
}

describe("Inbound.decode: 住基法30条の50 notices", () => {
  it("住基法30条の50: a well-formed notice decodes to itself; 異動日 on the day of receipt is allowed", () => {
    expect(decode(imm)).toEqual(Result.succeed(imm))
    const sameDay = { ...imm, occurredOn: imm.receivedOn }
    expect(decode(sameDay)).toEqual(Result.succeed(sameDay))
  })
  it("dates must be calendar dates, and the 異動 cannot happen after the notice was received", () => {
    expect(problems({ ...imm, receivedOn: "2024-02-30", occurredOn: "20240520" })).toEqual([
      bad(["receivedOn"], "not a calendar date (YYYY-MM-DD)"),
      bad(["occurredOn"], "not a calendar date (YYYY-MM-DD)")
    ])
    expect(problems({ ...imm, occurredOn: "2024-05-22" })).toEqual([
      bad(["occurredOn"], "after the day the notice was received")
    ])
  })
  it("the 異動日 is compared with the day of receipt only when both are calendar dates", () => {
    // "2024-99-99" sorts after "2024-05-21" and "2024-05-20" after "2024-02-30": neither is a day to compare.
    expect(problems({ ...imm, occurredOn: "2024-99-99" })).toEqual([
      bad(["occurredOn"], "not a calendar date (YYYY-MM-DD)")
    ])
    expect(problems({ ...imm, receivedOn: "2024-02-30" })).toEqual([
      bad(["receivedOn"], "not a calendar date (YYYY-MM-DD)")
    ])
  })
  it("住基法30条の50: the subject needs a 生年月日, a name in alphabet or 漢字, and a 国籍・地域", () => {
    expect(
      problems({
        ...imm,
        subject: { ...imm.subject, birthDate: " ", name: { alphabet: " ", kanji: "" }, nationality: "" }
      })
    ).toEqual([
      bad(["subject", "birthDate"], "blank"),
      bad(["subject", "name"], "no alphabet or kanji name"),
      bad(["subject", "nationality"], "blank")
    ])
    expect(problems({ ...imm, subject: { ...imm.subject, name: { kanji: "李　明" } } })).toBe("ok")
  })
  it("住基法30条の50: 在留資格の変更・更新・取得 need the new status; other reasons may not carry one", () => {
    for (const reason of ["status-change", "period-renewal", "status-acquisition"])
      expect(problems({ ...imm, reason })).toEqual([bad(["status"], `required for the reason ${reason}`)])
    expect(problems({ ...imm, status: mid })).toEqual([bad(["status"], "not allowed for the reason departure")])
    expect(problems({ ...imm, reason: "period-renewal", status: mid })).toBe("ok")
  })
  it("住基法30条の50: a 在留カード等の再交付 needs the new card number, not blank; other reasons may not carry one", () => {
    expect(problems({ ...imm, reason: "card-reissue" })).toEqual([
      bad(["cardNumber"], "required for the reason card-reissue")
    ])
    expect(problems({ ...imm, reason: "card-reissue", cardNumber: "  " })).toEqual([bad(["cardNumber"], "blank")])
    expect(problems({ ...imm, reason: "card-reissue", cardNumber: cardNumber(96) })).toBe("ok")
    expect(problems({ ...imm, cardNumber: cardNumber(96) })).toEqual([
      bad(["cardNumber"], "not allowed for the reason departure")
    ]) // A blank card on another reason is one problem: it is not allowed, whatever it holds.
    expect(problems({ ...imm, cardNumber: "  " })).toEqual([
      bad(["cardNumber"], "not allowed for the reason departure")
    ])
  })
  it("住基法30条の50: a change of 基本情報 needs at least one changed item; other reasons may not carry changes", () => {
    expect(problems({ ...imm, reason: "basic-info-change" })).toEqual([
      bad(["changes"], "required for the reason basic-info-change")
    ])
    expect(problems({ ...imm, reason: "basic-info-change", changes: {} })).toEqual([bad(["changes"], "no item")])
    expect(problems({ ...imm, reason: "basic-info-change", changes: { nationality: "フランス" } })).toBe("ok")
    expect(problems({ ...imm, changes: { nationality: "フランス" } })).toEqual([
      bad(["changes"], "not allowed for the reason departure")
    ])
  })
  it("入管法: 変更・更新 result in a 中長期在留者; 取得 in a 中長期在留者 or 特別永住者 only", () => {
    const sp = { kubun: "special-permanent", certificateNumber: cardNumber(97) }
    const refuge = { kubun: "temporary-refuge", landingPeriod: "6月" }
    expect(problems({ ...imm, reason: "status-acquisition", status: sp })).toBe("ok")
    expect(problems({ ...imm, reason: "status-acquisition", status: mid })).toBe("ok")
    expect(problems({ ...imm, reason: "status-acquisition", status: refuge })).toEqual([
      bad(["status", "kubun"], "temporary-refuge cannot result from status-acquisition")
    ])
    expect(problems({ ...imm, reason: "status-change", status: sp })).toEqual([
      bad(["status", "kubun"], "special-permanent cannot result from status-change")
    ])
    expect(problems({ ...imm, reason: "period-renewal", status: refuge })).toEqual([
      bad(["status", "kubun"], "temporary-refuge cannot result from period-renewal")
    ])
  })
})

describe("Inbound.decode: 住基法9条2項 notices", () => {
  it("住基法9条2項: a well-formed 死亡 notice decodes to itself", () => {
    expect(decode(kos)).toEqual(Result.succeed(kos))
  })
  it("住基法9条2項: the subject needs 氏名, 本籍 and 筆頭者", () => {
    expect(
      problems({ ...kos, subject: { ...kos.subject, name: { kanji: "　" }, honseki: { place: "", head: " " } } })
    ).toEqual([
      bad(["subject", "name", "kanji"], "blank"),
      bad(["subject", "honseki", "place"], "blank"),
      bad(["subject", "honseki", "head"], "blank")
    ])
  })
  it("住基法9条2項: 死亡 and 失踪宣告 carry no changes; every other reason needs at least one", () => {
    for (const reason of ["death", "disappearance"])
      expect(problems({ ...kos, reason, changes: { sex: "female" } })).toEqual([
        bad(["changes"], `not allowed for the reason ${reason}`)
      ])
    for (const changes of [undefined, {}])
      expect(problems({ ...kos, reason: "marriage", ...(changes === undefined ? {} : { changes }) })).toEqual([
        bad(["changes"], "required for the reason marriage")
      ])
    expect(problems({ ...kos, reason: "marriage", changes: { name: { kanji: "佐藤　太郎" } } })).toBe("ok")
  })
})

describe("Inbound.decode: shape problems", () => {
  it("without a known source the only problem is the source", () => {
    for (const u of [undefined, null, 1, "x", [], {}, { ...imm, source: "mail" }])
      expect(problems(u)).toEqual([bad(["source"], 'expected "immigration" or "koseki"')])
  })
  it("a shape problem is reported at its path with what was expected, never the value; the date checks run as well", () => {
    const p = problems({ ...imm, receivedOn: "2024-13-01", subject: { ...imm.subject, sex: "AB00000005CD" } })
    expect(p).not.toBe("ok")
    if (p !== "ok") {
      expect(p.map(([, path]) => path)).toEqual([["subject", "sex"], ["receivedOn"]])
      const [detail] = p.map(([, , d]) => String(d))
      expect(detail).not.toContain("AB00000005CD")
      expect(detail).not.toMatch(/\bgot\b|\bactual\b|\s{2}|\n/i)
      expect(detail?.length).toBeLessThanOrEqual(120)
      expect(detail?.length).toBeGreaterThan(0)
    }
  })
  it("a problem the shape already reports for a field is not reported twice", () => {
    const p = problems({ ...kos, subject: { ...kos.subject, birthDate: 19500101 }, occurredOn: "2024-06-11" })
    expect(p !== "ok" && p.map(([, path]) => path)).toEqual([["subject", "birthDate"], ["occurredOn"]])
  })
  it("a problem outside the schema's fixed list of reasons is cut to 120 characters of what was expected", () => {
    // The expected message names the ten 30条の50 reasons; the oracle is written from that list, not read from the schema.
    const reasons = [
      "status-change",
      "period-renewal",
      "status-acquisition",
      "card-reissue",
      "basic-info-change",
      "departure",
      "period-expiry",
      "revocation",
      "deportation",
      "other-loss"
    ]
    const expected = `Expected ${reasons.map((r) => `"${r}"`).join(" | ")}`
    expect(expected.length).toBeGreaterThan(120)
    expect(problems({ ...imm, reason: "arrival" })).toEqual([bad(["reason"], expected.slice(0, 120))])
  })
  it("a subject that is not an object is its one shape problem; nothing is read beneath it", () => {
    const { subject: _s, ...noSubject } = imm
    for (const u of [
      { ...imm, subject: null },
      { ...imm, subject: "SMITH JOHN" }
    ])
      expect(problems(u)).toEqual([bad(["subject"], "Expected object")])
    expect(problems(noSubject)).toEqual([bad(["subject"], "Missing key")])
  })
  it("a problem beneath an item the shape reports is not reported; one beside it is", () => {
    // subject is a text: its 生年月日 and 氏名 cannot be read, and are not reported a second time.
    expect(problems({ ...imm, receivedOn: 20240521, subject: "SMITH JOHN" })).toEqual([
      bad(["receivedOn"], "Expected string"),
      bad(["subject"], "Expected object")
    ])
    // A 性別 the shape rejects does not hide a blank 生年月日 beside it.
    expect(problems({ ...imm, subject: { ...imm.subject, sex: 5, birthDate: " " } })).toEqual([
      bad(["subject", "sex"], 'Expected "male" | "female"'),
      bad(["subject", "birthDate"], "blank")
    ])
  })
  it("the date checks still run when the subject cannot be read: every problem at once", () => {
    expect(problems({ ...imm, receivedOn: "2024-02-30", subject: null })).toEqual([
      bad(["subject"], "Expected object"),
      bad(["receivedOn"], "not a calendar date (YYYY-MM-DD)")
    ])
    const { subject: _s, ...noSubject } = kos
    expect(problems({ ...noSubject, occurredOn: "2024-06-11" })).toEqual([
      bad(["subject"], "Missing key"),
      bad(["occurredOn"], "after the day the notice was received")
    ])
  })
  it("unknown keys are shape problems at their path", () => {
    const p = problems({ ...kos, color: "red" })
    expect(p !== "ok" && p.map(([, path]) => path)).toEqual([["color"]])
  })
  it("never throws: an input whose reading fails is one problem 'unreadable input'", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        }
      }
    )
    expect(problems(hostile)).toEqual([bad([], "unreadable input")])
  })
})

describe("Inbound.decode internals: what a shape problem says", () => {
  it("a quoted input ('got …', 'actual …', any case, with or without a comma) is cut off, white space collapsed", () => {
    for (const [m, want] of [
      ["Expected string, got 19500101", "Expected string"],
      ["Expected string got AB00000005CD", "Expected string"],
      ["Expected string,got 1", "Expected string"],
      ['Expected "male" | "female",  GOT "x"\n  and more', 'Expected "male" | "female"'],
      ["Expected string, actual\n5", "Expected string"],
      ["Expected a\n\n  valid   value", "Expected a valid value"],
      ["Missing key", "Missing key"]
    ] as const)
      expect(expectedOnly(m), m).toBe(want)
  })
  it("whatever follows 'got' is never in the detail, which is at most 120 characters without runs of white space", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 40 }), (expected, input) => {
        const secret = `AB${input}CD`
        const d = expectedOnly(`Expected ${expected.replace(/got|actual/gi, "")}, got ${secret}`)
        expect(d.length).toBeLessThanOrEqual(120)
        expect(d).not.toMatch(/\s\s/)
        expect(d.startsWith("Expected")).toBe(true)
        expect(d).not.toContain("got")
      }),
      { numRuns: 30 }
    )
  })
  it("a path keeps numbers as numbers; symbols, Standard Schema path segments ({ key }) and null become text", () => {
    const missing = new SchemaIssue.MissingKey(undefined)
    const path = ["subject", 0, Symbol.for("s"), { key: "name" }, null] as unknown as ReadonlyArray<PropertyKey>
    expect(shapeErrors(new SchemaIssue.Pointer(path, missing)).map((e) => [e.code, e.path, e.params])).toEqual([
      ["records.inbound.malformed", ["subject", 0, "Symbol(s)", "name", "null"], { detail: "Missing key" }]
    ])
  })
  it("an issue the formatter cannot read is one problem 'unreadable input' at the root", () => {
    for (const issue of [null, undefined])
      expect(shapeErrors(issue).map((e) => [e.code, e.path, e.params])).toEqual([
        ["records.inbound.malformed", [], { detail: "unreadable input" }]
      ])
  })
})
