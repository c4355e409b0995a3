import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { JukiError } from "@juki/core"
import type { ResidentRecord } from "@juki/records"
import { Csv } from "@juki/formats"
import { Effect, Result, Stream } from "effect"
import fc from "fast-check"
import * as Layout from "../layout/index.js"
import * as SqlStore from "../sql/index.js"
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

describe("juki registry load --layout (fixed-length or CSV 住民票 rows read with an @juki/formats layout)", () => {
  const flatten = (o: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> => {
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      const key = prefix === "" ? k : `${prefix}_${k}`
      if (typeof v === "object" && v !== null) flatten(v, key, out)
      else out[key] = typeof v === "boolean" ? (v ? "1" : "0") : String(v)
    }
    return out
  }
  const csvOf = (records: ReadonlyArray<ResidentRecord>) =>
    Result.getOrThrow(Csv.make(Layout.JuminhyoCsv, { header: "names" }).encode(records.map((r) => flatten(r)) as never))

  it("loads every row of a CSV file into the store as the same 住民票 (streamed), and the store checks clean", async () => {
    const records = [...Synthetic.residents(25)]
    writeFileSync(join(dir, "juminhyo.csv"), csvOf(records))
    const store = `pglite:${join(dir, "layout-db")}`
    const a = io()
    expect(await runRegistry(["load", "juminhyo.csv", "--layout", "juminhyo-csv", "--store", store], a.io)).toBe(0)
    expect(a.out.join("")).toContain("loaded 25 persons")
    const persons = await Effect.runPromise(
      Effect.gen(function* () {
        return [...(yield* Stream.runCollect((yield* Store).persons))]
      }).pipe(Effect.provide(SqlStore.layerPglite(join(dir, "layout-db"))))
    )
    const byAtena = (xs: ReadonlyArray<ResidentRecord>) =>
      [...xs].sort((x, y) => (x.atenaNumber < y.atenaNumber ? -1 : 1))
    expect(JSON.parse(JSON.stringify(byAtena(persons.map((p) => p.record))))).toEqual(
      JSON.parse(JSON.stringify(byAtena(records)))
    )
    const c = io()
    expect(await runRegistry(["check", "--store", store], c.io)).toBe(0)
  }, 600_000)

  it("a file with a row that is not a 住民票 is not loaded: every bad row is named by its record number", async () => {
    const records = [...Synthetic.residents(6)]
    const text = new TextDecoder().decode(csvOf(records)).split("\r\n")
    // Row 3: a sex that is not one of the codes; row 5: a column missing.
    text[3] = (text[3] as string).replace(",female,", ",unknown,").replace(",male,", ",unknown,")
    text[5] = (text[5] as string).replace(/,[^,]*$/, "")
    writeFileSync(join(dir, "bad.csv"), text.join("\r\n"))
    const store = `pglite:${join(dir, "bad-db")}`
    const a = io()
    expect(await runRegistry(["load", "bad.csv", "--layout", "juminhyo-csv", "--store", store], a.io)).toBe(1)
    const err = a.err.join("")
    expect(err).toContain("record 3: records.registry.malformed")
    expect(err).toMatch(/record 5: formats\.csv\.columns/)
    expect(err).toContain("not loaded: 2 of 6 rows are not 住民票")
    expect(await runRegistry(["load", "bad.csv", "--layout", "nope", "--store", store], io().io)).toBe(2)
  }, 600_000)

  it("recordOf never throws and refuses field names that would reach the prototype", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (row) => {
        const r = Layout.recordOf(row, 1)
        return Result.isSuccess(r) || r.failure.code === "records.registry.malformed"
      }),
      { numRuns: 2_000 }
    )
    const polluted = Layout.recordOf({ __proto___x: "1", constructor_prototype_x: "1" }, 7)
    expect(Result.isFailure(polluted) && polluted.failure.code).toBe("records.registry.malformed")
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined()
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
