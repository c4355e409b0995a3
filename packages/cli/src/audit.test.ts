import { createHash } from "node:crypto"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { run, STACK, tempDir } from "./test-utils/run.js"

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

const read = (dir: string, name: string) => readFileSync(join(dir, "report", name), "utf8")

describe("juki audit", () => {
  it("reports each case of a vector file written elsewhere; a wrong expectation fails with its description and exit 1", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.json"), JSON.stringify(external))
    const r = await run(["audit", "--vectors", "x.json", "--out", "report", "--lang", "en"], dir)
    expect(r.code).toBe(1)
    expect(r.err).toBe(
      "FAILED: MyNumber: DELIBERATELY WRONG: a bad check digit expected to be accepted — expected acceptance, rejected by mynumber.my-number.checksum (error)\n"
    )
    expect(r.out).toContain("2 cases, 1 passed, 1 failed")
    const json = JSON.parse(read(dir, "audit-report.json"))
    expect(json.summary).toMatchObject({ cases: 2, passed: 1, failed: 1 })
    expect(read(dir, "audit-report.junit.xml")).toContain('tests="2" failures="1" errors="0"')
    const html = read(dir, "audit-report.html")
    expect(html).toContain('data-failed="1"')
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']https?:/)
  })

  it("the report names juki and runner versions, each vector file with its SHA-256, and the time in JST with +09:00", async () => {
    const dir = tempDir()
    const text = JSON.stringify(external)
    writeFileSync(join(dir, "x.json"), text)
    await run(["audit", "x.json", "--out", "report"], dir)
    const sha = createHash("sha256").update(text).digest("hex")
    const json = JSON.parse(read(dir, "audit-report.json"))
    expect(json.generatedAt).toBe("2026-11-28T09:00:00+09:00") // the run's clock says 2026-11-28T00:00:00Z
    expect(json.versions.juki).toMatch(/^\d+\.\d+\.\d+/)
    expect(json.versions.runner).toMatch(/^@juki\/conformance \d+\.\d+\.\d+/)
    expect(json.files).toEqual([{ path: "x.json", sha256: sha, bytes: Buffer.byteLength(text), cases: 2 }])
    for (const name of ["audit-report.md", "audit-report.html"]) {
      const doc = read(dir, name)
      expect(doc).toContain(sha)
      expect(doc).toContain("2026-11-28T09:00:00+09:00")
      expect(doc).toContain(`juki ${json.versions.juki}`)
    }
  })

  it("the Japanese report is Japanese: reasons and severities (エラー/アラート), and the rule that fired on a failing case with its basis", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.json"), JSON.stringify(external))
    const r = await run(["audit", "x.json", "--out", "report"], dir)
    expect(r.err).toBe(
      "不合格: MyNumber: DELIBERATELY WRONG: a bad check digit expected to be accepted — 受理を期待しましたが、mynumber.my-number.checksum (エラー) で拒否されました\n"
    )
    const md = read(dir, "audit-report.md")
    expect(md).not.toMatch(/\((error|alert)\)/)
    expect(md).not.toContain("expected acceptance")
    expect(md).toMatch(
      /判定した規則: `mynumber\.my-number\.checksum` \(エラー\) .+ — .*(行政手続における特定の個人を識別するための番号の利用等に関する法律|総務省令)/
    )
    const html = read(dir, "audit-report.html")
    expect(html).toContain("判定した規則: <code>mynumber.my-number.checksum</code>（エラー）")
    expect(html).not.toMatch(/<td>(error|alert)<\/td>/)
  })

  it("identifiers in case inputs are masked by default; --show-inputs prints them", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.json"), JSON.stringify(external))
    await run(["audit", "x.json", "--out", "report"], dir)
    for (const name of ["audit-report.md", "audit-report.html", "audit-report.json", "audit-report.junit.xml"]) {
      expect(read(dir, name)).not.toContain("123456789018")
      expect(read(dir, name)).not.toContain("123456789019")
    }
    expect(read(dir, "audit-report.html")).toContain("********9019")
    await run(["audit", "x.json", "--out", "report", "--show-inputs"], dir)
    expect(read(dir, "audit-report.html")).toContain("123456789019")
  })

  it("rules with no case in the run are flagged; the built-in suite passes and counts cases per rule", async () => {
    const dir = tempDir()
    const r = await run(["audit", "--out", "report", "--format", "json,md", "--include-optional"], dir)
    expect(r.err).toBe("")
    expect(r.code).toBe(0)
    const json = JSON.parse(read(dir, "audit-report.json"))
    const row = json.rules.find((x: { id: string }) => x.id === "mynumber.my-number.checksum")
    expect(row).toMatchObject({ noCases: false })
    expect(row.rejecting).toBeGreaterThanOrEqual(2)
    expect(row.accepting).toBeGreaterThanOrEqual(2)
    for (const rule of json.rules) expect(rule.noCases).toBe(rule.accepting + rule.rejecting === 0)
    const md = read(dir, "audit-report.md")
    for (const rule of json.rules.filter((x: { noCases: boolean }) => x.noCases))
      expect(md).toContain(`\`${rule.id}\` **ケースなし**`)
  })

  it("a vector file with a typo, a broken schema or bad JSON is a usage error (exit 2, one line with file and JSON pointer), not a failed case", async () => {
    const dir = tempDir()
    const typo = { ...external, cases: [{ ...external.cases[0], expct: { accepted: true }, expect: undefined }] }
    writeFileSync(join(dir, "typo.json"), JSON.stringify(typo))
    expect(await run(["audit", "typo.json", "--out", "report"], dir)).toEqual({
      code: 2,
      out: "",
      err: 'テストベクトルの誤り: typo.json /cases/0/expct: 未知の項目 "expct" もしかして: expect（ほか 1 件）\n'
    })
    writeFileSync(
      join(dir, "noerrors.json"),
      JSON.stringify({ ...external, cases: [{ ...external.cases[0], expect: { accepted: false } }] })
    )
    expect((await run(["audit", "noerrors.json", "--lang", "en"], dir)).err).toBe(
      'Invalid vector file: noerrors.json /cases/0/expect: required property "errors" is missing\n'
    )
    writeFileSync(join(dir, "kind.json"), JSON.stringify({ ...external, kind: "idntifier" }))
    expect((await run(["audit", "kind.json", "--lang", "en"], dir)).err).toBe(
      "Invalid vector file: kind.json /kind: must be one of identifier / function / records / retention / certificates / store\n"
    )
    writeFileSync(join(dir, "syntax.json"), '{\n  "subject": "MyNumber",\n  "cases": [}\n')
    expect(await run(["audit", "syntax.json"], dir)).toEqual({
      code: 2,
      out: "",
      err: "JSON の構文誤り: syntax.json 3 行 13 列\n"
    })
    mkdirSync(join(dir, "empty"))
    expect((await run(["audit", "empty"], dir)).err).toBe("テストベクトル（.json）がありません: empty\n")
    expect((await run(["audit", "/dev/zero"], dir)).err).toBe(
      "通常のファイルではありません（デバイスファイル）: /dev/zero\n"
    )
  })

  it("--out that cannot be written is one line, exit 2", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.json"), JSON.stringify({ ...external, cases: [external.cases[0]] }))
    writeFileSync(join(dir, "file"), "")
    const r = await run(["audit", "x.json", "--out", "file"], dir)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^書き込めません: file(\/audit-report\.md)?: .+ \(E[A-Z]+\)\n$/)
    expect(r.err).not.toMatch(STACK)
  })

  it("exit 0 when every case passes, with messages in Japanese by default", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ ...external, cases: [external.cases[0]] }))
    const r = await run(["audit", "ok.json", "--out", "r", "--format", "md"], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain("適合性テスト: 1 ケース, 合格 1, 不合格 0")
  })
})
