import { existsSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "./main.js"

describe("juki demo", () => {
  it("generates a synthetic file, validates it, plans a purge, runs the audit and says where the report is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-demo-"))
    let out = ""
    let err = ""
    const code = await main(["demo", "--records", "400", "--lang", "en"], {
      out: (s) => (out += s),
      err: (s) => (err += s),
      isTTY: false,
      cwd: dir,
      now: () => new Date("2026-11-28T00:00:00Z")
    })
    expect(err).toBe("")
    expect(code).toBe(0)
    expect(out).toMatch(/400 records \(\d+ corrupted on purpose\)/)
    expect(out).toMatch(/400 records: \d+ accepted, \d+ rejected/)
    expect(out).toMatch(/Conformance: \d+ cases, \d+ passed, 0 failed/)
    const html = join(dir, "juki-demo", "audit", "audit-report.html")
    expect(existsSync(html)).toBe(true)
    expect(out).toContain(html)
    expect(
      await main(["demo", "--records", "0"], {
        out: () => {},
        err: () => {},
        isTTY: false,
        cwd: dir,
        now: () => new Date()
      })
    ).toBe(2)
  })
})
