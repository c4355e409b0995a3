import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "./main.js"

const run = async (args: ReadonlyArray<string>, cwd: string) => {
  let out = ""
  let err = ""
  const code = await main(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: false,
    cwd,
    now: () => new Date("2026-11-28T00:00:00Z")
  })
  return { code, out, err }
}

// A vector file written outside the repository, as an auditor would: one right and one wrong expectation.
const external = {
  subject: "MyNumber",
  kind: "identifier",
  description: "auditor's own cases",
  cases: [
    {
      description: "checksum-valid number is accepted",
      basis: ["平成26年総務省令第85号 第5条"],
      given: null,
      when: { input: "123456789018" },
      expect: { accepted: true, value: "123456789018" }
    },
    {
      description: "DELIBERATELY WRONG: a bad check digit expected to be accepted",
      basis: ["平成26年総務省令第85号 第5条"],
      given: null,
      when: { input: "123456789019" },
      expect: { accepted: true }
    }
  ]
}

describe("juki audit", () => {
  it("reports each case of a vector file written elsewhere; a wrong expectation fails with its description and exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-audit-"))
    writeFileSync(join(dir, "x.json"), JSON.stringify(external))
    const r = await run(["audit", "--vectors", "x.json", "--out", "report", "--lang", "en"], dir)
    expect(r.code).toBe(1)
    expect(r.err).toContain("DELIBERATELY WRONG")
    expect(r.out).toContain("2 cases, 1 passed, 1 failed")
    const md = readFileSync(join(dir, "report", "audit-report.md"), "utf8")
    expect(md).toContain("checksum-valid number is accepted")
    expect(md).toContain("DELIBERATELY WRONG")
    expect(md).toContain("mynumber.my-number.checksum")
    const json = JSON.parse(readFileSync(join(dir, "report", "audit-report.json"), "utf8"))
    expect(json.summary).toMatchObject({ cases: 2, passed: 1, failed: 1 })
    const junit = readFileSync(join(dir, "report", "audit-report.junit.xml"), "utf8")
    expect(junit).toContain('tests="2" failures="1"')
    const html = readFileSync(join(dir, "report", "audit-report.html"), "utf8")
    expect(html).toContain('data-failed="1"')
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']https?:/)
    // masked: the report never shows a full number other than in the auditor's own input description
    expect(JSON.stringify(json.results.map((x: { actual: unknown }) => x.actual))).not.toContain("123456789019")
  })
  it("exit 0 when every case passes, with messages in Japanese by default", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-audit-"))
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ ...external, cases: [external.cases[0]] }))
    const r = await run(["audit", "ok.json", "--out", "r", "--format", "md"], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain("適合性テスト: 1 ケース, 合格 1, 不合格 0")
  })
  it("the built-in suite passes and the report counts cases per rule", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-audit-"))
    const r = await run(["audit", "--out", "r", "--format", "json", "--include-optional"], dir)
    expect(r.err).toBe("")
    expect(r.code).toBe(0)
    const json = JSON.parse(readFileSync(join(dir, "r", "audit-report.json"), "utf8"))
    const row = json.rules.find((x: { id: string }) => x.id === "mynumber.my-number.checksum")
    expect(row.rejecting).toBeGreaterThanOrEqual(2)
    expect(row.accepting).toBeGreaterThanOrEqual(2)
  })
  it("usage errors exit 2: missing file, bad format, unknown command, bad option", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-audit-"))
    expect((await run(["audit", "--vectors", "nope.json"], dir)).code).toBe(2)
    expect((await run(["audit", "--format", "pdf"], dir)).code).toBe(2)
    expect((await run(["frobnicate"], dir)).code).toBe(2)
    const bad = await run(["audit", "--nope"], dir)
    expect(bad.code).toBe(2)
    expect(bad.err).toContain("オプションの誤り")
    expect((await run(["--help"], dir)).code).toBe(0)
  })
})
