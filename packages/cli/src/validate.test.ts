import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { generateSample, ReferenceLayouts } from "@juki/formats"
import { describe, expect, it } from "vitest"
import { renderProgress } from "./commands/progress.js"
import { main } from "./main.js"

const run = async (args: ReadonlyArray<string>, cwd: string, isTTY = false) => {
  let out = ""
  let err = ""
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY, cwd, now: () => new Date() })
  return { code, out, err }
}

const sampleFile = async (dir: string, records: number, invalidRate: number) => {
  const file = join(dir, "sample.dat")
  const sample = generateSample(ReferenceLayouts.HonninKakuninJoho, { records, seed: 7, invalidRate })
  await pipeline(Readable.from(sample), createWriteStream(file))
  return { file, stats: sample.stats }
}

describe("juki validate", () => {
  it("a clean synthetic 本人確認情報 file: exit 0, JSON summary with records in = accepted + rejected", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-val-"))
    await sampleFile(dir, 300, 0)
    const r = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json"], dir)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({ records: 300, accepted: 300, rejected: 0, problems: 0, layout: "HonninKakuninJoho" })
  })
  it("corrupted records: exit 1, every rejected record counted, problems with record number, byte offset, field and rule id", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-val-"))
    const { stats } = await sampleFile(dir, 500, 0.05)
    const r = await run(["validate", "sample.dat", "--layout", "HonninKakuninJoho", "--format", "json"], dir)
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect(json.records).toBe(500)
    expect(json.accepted + json.rejected).toBe(json.records)
    expect(json.rejected).toBe(stats.invalid)
    const p = json.firstProblems[0]
    expect(p.position.record).toBeGreaterThan(0)
    expect(typeof p.position.byteOffset).toBe("number")
    expect(p.code).toMatch(/^[a-z]+\./)
    expect(p.path.length).toBeGreaterThan(0)
  })
  it("text and JUnit output; a progress bar only on a terminal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-val-"))
    await sampleFile(dir, 200, 0.05)
    const text = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--lang", "en"], dir)
    expect(text.out).toMatch(/200 records: \d+ accepted, \d+ rejected/)
    expect(text.err).toBe("")
    const junit = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "junit"], dir)
    expect(junit.out).toContain("<testsuites")
    expect(junit.out).toContain("records in = accepted + rejected (200 = ")
    expect(renderProgress(50, 100, 1000, 2000)).toMatch(/50\.0%.*1,000 records.*500 records\/s.*ETA 00:02/)
  })
  it("usage errors exit 2: unknown layout, missing file, bad layout file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-val-"))
    writeFileSync(join(dir, "x.dat"), "")
    const unknown = await run(["validate", "x.dat", "--layout", "nope"], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain("honnin-kakunin-joho")
    expect((await run(["validate", "missing.dat", "--layout", "honnin-kakunin-joho"], dir)).code).toBe(2)
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ name: "X", title: "x", basis: "test", fields: [{ name: "a", label: "a", chars: "numeric", length: 0 }] }))
    const bad = await run(["validate", "x.dat", "--layout", "bad.json"], dir)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/formats\.layout\./)
  })
})

describe("juki gen and layouts", () => {
  it("writes the TypeScript types, JSON Schema and Markdown table of a layout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juki-gen-"))
    const r = await run(["gen", "togo-atena", "--out", "out"], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, "out", "togo-atena.ts"), "utf8")).toContain("export interface TogoAtena")
    expect(JSON.parse(readFileSync(join(dir, "out", "togo-atena.schema.json"), "utf8")).type).toBe("object")
    expect(readFileSync(join(dir, "out", "togo-atena.md"), "utf8")).toContain("|")
    const l = await run(["layouts"], dir)
    expect(l.out).toContain("honnin-kakunin-joho")
  })
})
