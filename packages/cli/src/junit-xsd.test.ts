// The JUnit files of `juki audit` and `juki validate --format junit` validate against the common JUnit XSD
// (test-utils/junit.xsd: the Jenkins/Surefire constraints), checked with libxml2's xmllint compiled to
// WebAssembly (xmllint-wasm, a dev dependency; no system package needed).
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { validateXML } from "xmllint-wasm"
import { renderJunitSuites } from "./report/junit.js"
import { run, tempDir } from "./test-utils/run.js"

const xsd = readFileSync(new URL("./test-utils/junit.xsd", import.meta.url), "utf8")
const check = async (xml: string) => {
  const r = await validateXML({
    xml: [{ fileName: "report.xml", contents: xml }],
    schema: [{ fileName: "junit.xsd", contents: xsd }]
  })
  return { valid: r.valid, errors: r.errors.map((e) => e.message) }
}

describe("JUnit output against the common JUnit XSD", () => {
  it("the schema check can fail: a testsuite without errors=, a testcase without a name, text outside elements", async () => {
    expect(
      (
        await check(
          '<testsuites><testsuite name="a" tests="1" failures="0"><testcase name="x"/></testsuite></testsuites>'
        )
      ).valid
    ).toBe(false)
    expect(
      (
        await check(
          '<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase/></testsuite></testsuites>'
        )
      ).valid
    ).toBe(false)
    expect(
      (
        await check(
          '<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase name="x"/></testsuite></testsuites>'
        )
      ).valid
    ).toBe(true)
  })

  it("juki audit's JUnit file validates, with failures and awkward text (quotes, <, &, control characters, lone surrogates)", async () => {
    const dir = tempDir()
    const nasty = 'a "quoted" <tag> & \u0001 bell \ud800 lone'
    writeFileSync(
      join(dir, "x.json"),
      JSON.stringify({
        subject: "MyNumber",
        kind: "identifier",
        description: nasty,
        cases: [
          {
            description: nasty,
            basis: ["b"],
            given: null,
            when: { input: "123456789018" },
            expect: { accepted: true }
          },
          {
            description: "wrong",
            basis: ["b"],
            given: null,
            when: { input: "123456789019" },
            expect: { accepted: true }
          }
        ]
      })
    )
    const r = await run(["audit", "x.json", "--out", "r", "--format", "junit"], dir)
    expect(r.code).toBe(1)
    const xml = readFileSync(join(dir, "r", "audit-report.junit.xml"), "utf8")
    expect(xml).toContain('failures="1" errors="0"')
    expect(await check(xml)).toEqual({ valid: true, errors: [] })
  })

  it("juki validate --format junit validates", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.dat"), "not a record\r\n")
    const r = await run(["validate", "x.dat", "--layout", "honnin-kakunin-joho", "--format", "junit"], dir)
    expect(r.code).toBe(1)
    expect(await check(r.out)).toEqual({ valid: true, errors: [] })
    expect(await check(renderJunitSuites("empty", []))).toEqual({ valid: true, errors: [] })
  })
})
