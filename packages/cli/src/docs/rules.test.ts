// docs/rules/ is generated from the catalogue `juki audit` reports (scripts/gen-rules-docs.mjs): it must be current,
// list every rule of every package with severity, basis, options and vector counts, and link sources and vectors
// that exist.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { ruleCatalogue } from "@juki/conformance"
import { describe, expect, it } from "vitest"
import { collectRuleDocs, renderRuleDocs } from "./rules.js"

const root = fileURLToPath(new URL("../../../../", import.meta.url))
const dir = new URL("../../../../docs/rules/", import.meta.url)
const rules = collectRuleDocs(root)
const pages = renderRuleDocs(rules)

describe("docs/rules (run scripts/gen-rules-docs.mjs after a build)", () => {
  it("every page is current and there is no stale page", () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .sort()
    ).toEqual([...pages.keys()].sort())
    for (const [name, text] of pages) expect(readFileSync(new URL(name, dir), "utf8"), name).toBe(text)
  })

  it("lists every rule the audit reports, in every package, with severity and every basis (UNVERIFIED marked)", () => {
    const catalogue = ruleCatalogue()
    expect(rules.map((r) => r.id)).toEqual(catalogue.map((r) => r.id))
    expect(new Set(catalogue.map((r) => r.owner))).toEqual(
      new Set([
        "@juki/core",
        "@juki/mynumber",
        "@juki/formats",
        "@juki/records",
        "@juki/retention",
        "@juki/certificates",
        "@juki/store"
      ])
    )
    const index = pages.get("index.md") as string
    expect(index).toContain(`規則 ${catalogue.length} 件`)
    for (const r of catalogue) {
      expect(index).toContain(`\`${r.id}\``)
      const page = pages.get(`${r.owner.replace("@juki/", "")}.md`) as string
      expect(page).toContain(`## \`${r.id}\``)
      for (const b of r.basis) expect(page).toContain(b.cite)
    }
    const unverified = catalogue.flatMap((r) => r.basis).filter((b) => !b.verified).length
    expect([...pages.values()].join("").split("(UNVERIFIED 未検証)").length - 1).toBeGreaterThanOrEqual(unverified)
  })

  it("vector counts are those of the built-in vectors, and every linked file exists", () => {
    const checksum = rules.find((r) => r.id === "mynumber.my-number.checksum")
    expect(checksum?.vectorFiles).toContain("conformance/vectors/mynumber/MyNumber.json")
    expect(checksum?.accepting).toBeGreaterThanOrEqual(2)
    expect(checksum?.rejecting).toBeGreaterThanOrEqual(2)
    expect(checksum?.source).toBe("packages/mynumber/src/my-number/index.ts")
    const csOrder = rules.find((r) => r.id === "records.cs.order")
    expect(csOrder?.source).toBe("packages/juki-records/src/rules/cs.ts")
    expect(csOrder?.vectorFiles).toContain("conformance/vectors/records/cs.json")
    expect(rules.find((r) => r.options.length > 0)).toBeDefined()
    for (const r of rules) {
      expect(r.source, r.id).toBeDefined()
      for (const f of [r.source, r.examples, ...r.vectorFiles])
        if (f !== undefined) expect(existsSync(new URL(f, `file://${root}`)), f).toBe(true)
      // the counts: every case of a listed vector file that names the rule
      const cases = r.vectorFiles.flatMap(
        (f) =>
          JSON.parse(readFileSync(new URL(f, `file://${root}`), "utf8")).cases as ReadonlyArray<{
            expect: { accepted: boolean; errors?: ReadonlyArray<{ rule: string }> }
          }>
      )
      const rejecting = cases.filter(
        (c) => !c.expect.accepted && (c.expect.errors ?? []).some((e) => e.rule === r.id)
      ).length
      expect(rejecting, r.id).toBe(r.rejecting)
    }
  })
})
