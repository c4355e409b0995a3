import { existsSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { transitions } from "../lifecycle/index.js"
import { catalogue } from "../rules/index.js"
import { renderLifecycleMarkdown, renderRulesMarkdown, ruleLocations } from "./index.js"

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
  it("links every rule to its source, examples and vectors, and those files exist (the id names them)", () => {
    const md = renderRulesMarkdown()
    for (const r of catalogue) {
      const at = ruleLocations(r.id)
      expect(md).toContain(`[source](${at.source})`)
      const withOptions = r.options !== undefined && r.options.length > 0
      for (const p of [at.source, at.examples, at.vectors, ...(withOptions ? [at.optionalVectors] : [])])
        expect(existsSync(new URL(p, docs)), `${r.id}: ${p}`).toBe(true)
      expect(readFileSync(new URL(at.source, docs), "utf8"), r.id).toContain(r.id)
      const cases = [at.vectors, ...(withOptions ? [at.optionalVectors] : [])]
        .map((p) => readFileSync(new URL(p, docs), "utf8"))
        .join("")
      expect(cases, r.id).toContain(`"rule ${r.id}"`)
    }
  })
  it("the Mermaid diagram has one edge per (from, to) pair of the table", () => {
    const md = renderLifecycleMarkdown()
    const pairs = new Set(transitions.map((t) => `${t.from}->${t.to}`))
    const edges = md.split("\n").filter((l) => l.includes(" --> "))
    expect(edges).toHaveLength(pairs.size)
    expect(md).toContain("stateDiagram-v2")
  })
})
