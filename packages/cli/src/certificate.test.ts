import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import registry from "../../certificates/src/test-utils/registry.json" with { type: "json" }
import { main } from "./main.js"

const run = async (args: ReadonlyArray<string>, cwd: string) => {
  let out = ""
  let err = ""
  const code = await main(args, {
    out: (s: string) => (out += s),
    err: (s: string) => (err += s),
    cwd,
    isTty: false
  } as never)
  return { code, out, err }
}

describe("juki certificate", () => {
  const dir = mkdtempSync(join(tmpdir(), "juki-cert-"))
  writeFileSync(join(dir, "registry.json"), JSON.stringify(registry))
  const request = (o: object) => ({
    kind: "juminhyo",
    requester: { kind: "self", atenaNumber: "0000000019" },
    channel: "counter",
    persons: { atenaNumbers: ["0000000019"] },
    date: "2025-04-01",
    ...o
  })
  it("住基法12条: prints the projection of an allowed request (exit 0)", async () => {
    writeFileSync(join(dir, "ok.json"), JSON.stringify(request({ items: ["my-number"] })))
    const r = await run(["certificate", "registry.json", "ok.json"], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain("住民票の写し (2025-04-01)")
    expect(r.out).toContain("個人番号: 300000000012")
  })
  it("住基法12条の3: prints every violation with its rule id (exit 1), in HTML and JSON too", async () => {
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify(request({ requester: { kind: "third-party", name: "x" }, items: ["my-number"] }))
    )
    const r = await run(["certificate", "registry.json", "bad.json", "--lang", "en"], dir)
    expect(r.code).toBe(1)
    expect(r.out).toContain("certificates.identifiers.requester")
    expect(r.out).toContain("certificates.third-party.purpose")
    expect(r.out).not.toContain("300000000012")
    const j = await run(["certificate", "registry.json", "bad.json", "--format", "json"], dir)
    expect(JSON.parse(j.out).accepted).toBe(false)
    const h = await run(["certificate", "registry.json", "ok.json", "--format", "html"], dir)
    expect(h.out.startsWith("<!doctype html>")).toBe(true)
  })
  it("usage errors: a missing argument or file is exit 2", async () => {
    expect((await run(["certificate", "registry.json"], dir)).code).toBe(2)
    expect((await run(["certificate", "registry.json", "missing.json"], dir)).code).toBe(2)
  })
})
