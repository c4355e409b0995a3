import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { transitions } from "../lifecycle/index.js"
import { catalogue } from "../rules/index.js"
import { renderLifecycleMarkdown, renderRulesMarkdown } from "./index.js"

const docs = new URL("../../../../docs/", import.meta.url)

describe("generated docs are current (run scripts/gen-records-docs.mjs after a build)", () => {
  it("docs/rules.md matches the rule catalogue", () => {
    expect(readFileSync(new URL("rules.md", docs), "utf8")).toBe(renderRulesMarkdown())
  })
  it("docs/lifecycle.md matches the transition table", () => {
    expect(readFileSync(new URL("lifecycle.md", docs), "utf8")).toBe(renderLifecycleMarkdown())
  })
})

describe("docs content", () => {
  it("lists every rule id with its severity and every basis (UNVERIFIED marked)", () => {
    const md = renderRulesMarkdown()
    for (const r of catalogue) {
      expect(md).toContain(`### \`${r.id}\``)
      for (const b of r.basis) expect(md).toContain(b.cite)
    }
    const unverified = catalogue.flatMap((r) => r.basis).filter((b) => !b.verified).length
    expect(md.split("**(UNVERIFIED)**").length - 1).toBeGreaterThanOrEqual(unverified)
  })
  it("the Mermaid diagram has one edge per (from, to) pair of the table", () => {
    const md = renderLifecycleMarkdown()
    const pairs = new Set(transitions.map((t) => `${t.from}->${t.to}`))
    const edges = md.split("\n").filter((l) => l.includes(" --> "))
    expect(edges).toHaveLength(pairs.size)
    expect(md).toContain("stateDiagram-v2")
  })
})
