import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { policies } from "../policy/index.js"
import { renderPolicyTable, renderRetentionDocs } from "./index.js"

const docsFile = fileURLToPath(new URL("../../../../docs/retention.md", import.meta.url))

describe("docs/retention.md", () => {
  it("is generated from the policy data and up to date (else: build, then node scripts/gen-retention-docs.mjs)", () => {
    expect(readFileSync(docsFile, "utf8")).toBe(renderRetentionDocs())
  })
  it("has one table row per regime and archive rule of every policy, with a verified flag", () => {
    const rows = renderPolicyTable().split("\n").slice(2)
    const expected = policies.reduce((n, p) => n + p.timeline.length + (p.archive === null ? 0 : 1), 0)
    expect(rows).toHaveLength(expected)
    for (const row of rows) expect(row).toMatch(/\| (yes|\*\*no\*\* — .+) \|$/)
    for (const p of policies) expect(rows.some((r) => r.startsWith(`| \`${p.kind}\``))).toBe(true)
  })
  it("states the derivation of the 2014-06-20 cut-off with the computed days (令34条1項 経過措置)", () => {
    const text = renderRetentionDocs()
    expect(text).toContain("last retained day **2019-06-19**")
    expect(text).toContain("last retained day **2019-06-20**")
    expect(text).toContain("retained day is **2164-06-20**")
    expect(text).toContain("the first covered 消除 day is **2014-06-20**")
  })
})
