import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { run, STACK, tempDir } from "./test-utils/run.js"

// Synthetic data only.
const F5 = {
  kind: "foreign",
  atenaNumber: "0000000051",
  state: "current",
  householdNumber: "8000000029",
  relationship: "世帯主",
  residentCode: "20000000005",
  name: { alphabet: "SMITH JOHN", katakana: "スミス　ジョン" },
  birthDate: "1990-05-05",
  sex: "male",
  address: { municipalityCode: "131016", postalCode: "1000005", text: "東京都千代田区丸の内二丁目3番" },
  addressSince: "2021-06-01",
  previousAddress: { text: "UNITED KINGDOM", abroad: true },
  entry: { jiyu: "move-in-from-abroad", date: "2021-06-01", filedOn: "2021-06-03", byAuthority: false },
  nationality: "英国",
  foreignResidentSince: "2021-06-01",
  status: {
    kubun: "mid-to-long-term",
    statusOfResidence: "技術・人文知識・国際業務",
    periodOfStay: "3年",
    expiryDate: "2024-05-31",
    cardNumber: "AB00000005CD"
  }
}
const subject = {
  cardNumber: "AB00000005CD",
  name: { alphabet: "SMITH JOHN" },
  birthDate: "1990-05-05",
  sex: "male",
  nationality: "英国"
}
const renewal = {
  source: "immigration",
  noticeId: "N-1",
  receivedOn: "2024-05-21",
  occurredOn: "2024-05-20",
  reason: "period-renewal",
  subject,
  status: { ...F5.status, expiryDate: "2027-05-31", cardNumber: "AB00000099CD" }
}

const setup = (notices: string, name = "notices.jsonl") => {
  const dir = tempDir()
  writeFileSync(join(dir, "registry.json"), JSON.stringify({ municipality: "131016", records: [F5] }))
  writeFileSync(join(dir, name), notices)
  return dir
}

describe("juki inbound", () => {
  it("住基法30条の50 / 評価書II3 情報の突合: one exact match with an accepted 職権修正, one card-number mismatch; exit 1, identifiers masked", async () => {
    const other = { ...renewal, noticeId: "N-2", subject: { ...subject, cardNumber: "AB00000077CD" } }
    const dir = setup(`${JSON.stringify(renewal)}\n\n${JSON.stringify(other)}\n`)
    const r = await run(["inbound", "--registry", "registry.json", "notices.jsonl", "--lang", "en"], dir)
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out)
    expect(doc.summary).toMatchObject({ notices: 2, exact: 1, none: 1, accepted: 1, proposals: 1 })
    expect(doc.results[0]).toMatchObject({ where: "1", noticeId: "N-1", outcome: "exact", accepted: true })
    expect(doc.results[0].proposals[0]).toMatchObject({
      accepted: true,
      event: { type: "modify", jiyu: "authority-correction" }
    })
    expect(doc.results[1]).toMatchObject({ where: "3", outcome: "none", accepted: false })
    expect(doc.results[1].violations.map((v: { rule: string }) => v.rule)).toEqual(["records.inbound.item-mismatch"])
    expect(r.out).not.toContain("0000000051")
    expect(r.out).not.toContain("AB00000005CD")
    expect(r.err).toContain("2 notices")
  })

  it("--show-ids prints the proposals ready to be applied; every notice accepted → exit 0", async () => {
    const dir = setup(JSON.stringify([renewal]), "notices.json")
    const r = await run(["inbound", "--registry", "registry.json", "notices.json", "--show-ids"], dir)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.results[0].where).toBe("/0")
    expect(doc.results[0].proposals[0].event.changes[0].atenaNumber).toBe("0000000051")
  })

  it("a malformed notice is reported with every problem and the rule id, never a stack", async () => {
    const dir = setup(`${JSON.stringify({ ...renewal, receivedOn: "2024-02-30", status: undefined, color: 1 })}\n`)
    const r = await run(["inbound", "--registry", "registry.json", "notices.jsonl"], dir)
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out)
    expect(doc.results[0].outcome).toBe("malformed")
    expect(doc.results[0].violations.length).toBeGreaterThanOrEqual(2)
    expect(doc.results[0].violations.every((v: { rule: string }) => v.rule === "records.inbound.malformed")).toBe(true)
    expect(r.out + r.err).not.toMatch(STACK)
  })

  it("usage errors: no --registry, bad --immigration-keys, broken JSON Lines, an invalid registry → exit 2 with one line", async () => {
    const dir = setup("{not json\n")
    expect((await run(["inbound", "notices.jsonl"], dir)).code).toBe(2)
    const bad = await run(
      ["inbound", "--registry", "registry.json", "notices.jsonl", "--immigration-keys", "name,colour", "--lang", "en"],
      dir
    )
    expect(bad.code).toBe(2)
    expect(bad.err).toContain("colour")
    const broken = await run(["inbound", "--registry", "registry.json", "notices.jsonl", "--lang", "en"], dir)
    expect(broken.code).toBe(2)
    expect(broken.err).toContain("line 1")
    writeFileSync(join(dir, "bad-registry.json"), JSON.stringify({ municipality: "131016", records: [{ kind: "x" }] }))
    const reg = await run(["inbound", "--registry", "bad-registry.json", "notices.jsonl", "--lang", "en"], dir)
    expect(reg.code).toBe(2)
    expect(reg.err).toContain("not a valid registry")
    expect(reg.err).not.toMatch(STACK)
  })
})
