import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { JukiError } from "@juki/core"
import type { ResidentRecord } from "@juki/records"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import * as MemoryStore from "../memory/index.js"
import { Store } from "../store/index.js"
import * as Synthetic from "../synthetic/index.js"
import { Registry } from "@juki/records"
import { checkStore, readEvents, runRegistry } from "./index.js"

const dir = mkdtempSync(join(tmpdir(), "juki-registry-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return {
    io: {
      out: (s: string) => void out.push(s),
      err: (s: string) => void err.push(s),
      cwd: dir,
      lang: "en" as const,
      env: {}
    },
    out,
    err
  }
}

describe("juki registry (load, apply, check) on a PGlite directory", () => {
  it("loads a synthetic registry, applies 異動 (a re-run skips them all), and checks the store clean", async () => {
    const store = `pglite:${join(dir, "db")}`
    const a = io()
    expect(await runRegistry(["load", "--synthetic", "60", "--store", store], a.io)).toBe(0)
    expect(a.out.join("")).toContain("loaded 60 synthetic residents")
    const events = Synthetic.events(60, 40, 21)
    writeFileSync(join(dir, "events.jsonl"), events.map((e) => JSON.stringify(e)).join("\n"))
    const b = io()
    const code = await runRegistry(["apply", "events.jsonl", "--store", store, "--group", "8"], b.io)
    const line = b.out.join("")
    expect(line).toMatch(/accepted (\d+), rejected (\d+), skipped \(already decided\) 0, malformed 0/)
    expect(code).toBe(line.includes("rejected 0,") ? 0 : 1)
    const c = io()
    await runRegistry(["apply", "events.jsonl", "--store", store], c.io)
    expect(c.out.join("")).toContain("accepted 0, rejected 0, skipped (already decided) 40")
    const d = io()
    expect(await runRegistry(["check", "--store", store], d.io)).toBe(0)
    expect(d.out.join("")).toMatch(/checked \d+ persons in \d+ 世帯: 0 violations/)
  }, 600_000)

  it("usage problems exit 2", async () => {
    expect(await runRegistry([], io().io)).toBe(2)
    expect(await runRegistry(["load", "--store", "mysql://x"], io().io)).toBe(2)
    expect(await runRegistry(["frobnicate", "--store", "pglite:memory"], io().io)).toBe(2)
  })
})

describe("checkStore", () => {
  it("reports two 世帯主 in one 世帯 and a 個人番号 shared by two present records, and nothing on a clean registry", async () => {
    const records = [...Synthetic.residents(12)]
    const head = records[0] as ResidentRecord
    const second = records[1] as ResidentRecord
    const broken = [
      ...records.slice(2),
      head,
      { ...second, relationship: "世帯主" } as ResidentRecord,
      {
        ...(records[3] as ResidentRecord),
        atenaNumber: Synthetic.atena(500),
        householdNumber: Synthetic.household(500),
        residentCode: "29999999990",
        relationship: "世帯主"
      } as ResidentRecord
    ]
    const run = (recs: ReadonlyArray<ResidentRecord>) =>
      Effect.runPromise(
        Effect.gen(function* () {
          yield* (yield* Store).loadRecords(Synthetic.MUNICIPALITY, recs)
          const seen: Array<string> = []
          const r = yield* checkStore((v: JukiError) => void seen.push(v.code))
          return { r, seen }
        }).pipe(Effect.provide(MemoryStore.layer(Registry.empty(Synthetic.MUNICIPALITY))))
      )
    const clean = await run(records)
    expect(clean.r.violations).toBe(0)
    expect(clean.r.persons).toBe(12)
    const bad = await run(broken)
    expect(bad.seen).toContain("records.registry.unique-person")
    expect(bad.seen.some((c) => c.startsWith("records.household") || c.startsWith("records.relationship"))).toBe(true)
  })
})

describe("readEvents", () => {
  it("reads a JSON array, JSON Lines and { id, event } items; malformed events are reported, not thrown", () => {
    const [e] = Synthetic.events(10, 1, 1)
    expect(readEvents("a.json", JSON.stringify([e?.event])).inputs[0]?.id).toBe("a.json#1")
    expect(readEvents("b.jsonl", `${JSON.stringify(e)}\n\n`).inputs[0]?.id).toBe(e?.id)
    const bad = readEvents("c.jsonl", `${JSON.stringify({ type: "nope" })}\n`)
    expect(bad.inputs).toEqual([])
    expect(bad.problems.length).toBe(1)
  })
})
