import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "./main.js"

const run = async (args: ReadonlyArray<string>, cwd: string) => {
  let out = ""
  let err = ""
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, cwd, now: () => new Date() })
  return { code, out, err }
}

describe("juki retention", () => {
  it("住基法施行令34条: a 除票 消除 on 2014-06-19 expired under the former rule, one of 2014-06-20 is kept 150 years", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-ret-"))
    writeFileSync(
      join(dir, "items.jsonl"),
      [
        { id: "a", kind: "juminhyo-johyo", start: "2014-06-19", archived: true },
        { id: "b", kind: "juminhyo-johyo", start: "2014-06-20", archived: true },
        { id: "c", kind: "paper", start: "2024-02-30" }
      ]
        .map((x) => JSON.stringify(x))
        .join("\n")
    )
    const r = await run(["retention", "--as-of", "2025-04-01", "items.jsonl", "--lang", "en"], dir)
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l))
    expect(lines[0]).toMatchObject({ id: "a", action: "purge", status: "expired-under-former-rule" })
    expect(lines[1]).toMatchObject({ id: "b", status: "retained", lastRetainedDay: "2164-06-20" })
    expect(lines[2]).toMatchObject({ id: "c", action: "invalid", rule: "retention.item.date" })
    expect(r.err).toContain("3 items")
    expect(r.code).toBe(1)
  })
  it("reads CSV and writes CSV; a clean file exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-ret-"))
    writeFileSync(join(dir, "items.csv"), "id,kind,start\nx,paper,2024-04-01\ny,operation-log,2001-01-01\n")
    const r = await run(["retention", "--as-of", "2025-04-02", "items.csv", "--format", "csv", "--out", "plan.csv"], dir)
    expect(r.code).toBe(0)
    const plan = readFileSync(join(dir, "plan.csv"), "utf8").trim().split("\n")
    expect(plan[0]).toBe("index,id,action,status,lastRetainedDay,reason,basis")
    expect(plan[1]).toMatch(/^0,x,purge,purge-due,2025-04-01,/)
    expect(plan[2]).toMatch(/^1,y,keep,keep-forever,,/)
  })
  it("usage errors exit 2: bad date, missing file, missing --as-of", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-ret-"))
    expect((await run(["retention", "--as-of", "2025-02-30", "x.jsonl"], dir)).code).toBe(2)
    expect((await run(["retention", "--as-of", "2025-02-01", "missing.jsonl"], dir)).code).toBe(2)
    expect((await run(["retention", "x.jsonl"], dir)).code).toBe(2)
  })
})
