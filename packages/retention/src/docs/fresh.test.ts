// docs/retention.md from a fresh instance of the generator: its helpers (cell escaping, citations, the verified
// column) are built when the module loads, so only a module loaded inside a test shows a change to them.
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const docsFile = fileURLToPath(new URL("../../../../docs/retention.md", import.meta.url))

describe("docs/retention.md (fresh generator instance)", () => {
  it("is rendered verbatim by a freshly loaded generator, the policy table and counting table included", async () => {
    const url = "./index.js?instance=fresh"
    const fresh: typeof import("./index.js") = await import(/* @vite-ignore */ url)
    const text = fresh.renderRetentionDocs()
    expect(readFileSync(docsFile, "utf8")).toBe(text)
    expect(text).toContain(fresh.renderPolicyTable())
    expect(text).toContain(fresh.renderCountingTable())
  })
})
