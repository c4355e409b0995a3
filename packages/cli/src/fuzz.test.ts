// Fuzz: random bytes and random JSON into every CLI input (--layout, --vectors, retention items, validate input).
// Every run ends with exit 1 or 2, no stack trace, and no full identifier from the input in any output. Runs
// in-process through main() (fast), plus a few spawned runs of the built bin to cover the process wrapper.
import { execFile } from "node:child_process"
import { existsSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { promisify } from "node:util"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { run, STACK, tempDir } from "./test-utils/run.js"

const identifier = fc.stringMatching(/^[1-9][0-9]{11}$/) // a 個人番号-shaped number
const junkJson = fc.jsonValue({ maxDepth: 3 })
/** A random JSON value with identifiers planted where a reader might echo them. */
const jsonWithIds = fc
  .tuple(
    junkJson,
    identifier,
    fc.constantFrom("id", "kind", "start", "name", "subject", "description", "cases", "fields", "input"),
    fc.boolean()
  )
  .map(([junk, id, key, wrap]) => ({
    id,
    value: wrap ? [{ [key]: id, junk }, id] : { [key]: id, junk, cases: [{ description: id, when: { input: id } }] }
  }))
const bytesWithId = fc
  .tuple(fc.uint8Array({ minLength: 1, maxLength: 2000 }), identifier)
  .map(([bytes, id]) => ({ id, bytes: Buffer.concat([Buffer.from(bytes), Buffer.from(`\n${id}\n`)]) }))

const dir = tempDir("juki-fuzz-")
let n = 0
const file = (ext: string, data: string | Uint8Array) => {
  const p = join(dir, `f${n++}${ext}`)
  writeFileSync(p, data)
  return p
}

const expectClean = (
  r: { code: number; out: string; err: string },
  id: string,
  allowed: ReadonlyArray<number> = [1, 2]
) => {
  expect(allowed).toContain(r.code)
  expect(r.err).not.toMatch(STACK)
  expect(r.out).not.toMatch(STACK)
  expect(r.out + r.err).not.toContain(id)
}

writeFileSync(join(dir, "x.dat"), "0".repeat(10) + "\r\n")

describe("fuzz: every CLI input, random bytes and random JSON", () => {
  it("--layout", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonWithIds.map((j) => ({ id: j.id, data: JSON.stringify(j.value) })),
          bytesWithId.map((b) => ({ id: b.id, data: b.bytes }))
        ),
        async ({ id, data }) => {
          expectClean(await run(["validate", "x.dat", "--layout", file(".json", data)], dir), id, [2])
        }
      ),
      { numRuns: 60 }
    )
  })

  it("--vectors", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonWithIds.map((j) => ({ id: j.id, data: JSON.stringify(j.value) })),
          bytesWithId.map((b) => ({ id: b.id, data: b.bytes }))
        ),
        async ({ id, data }) => {
          expectClean(
            await run(
              ["audit", "--vectors", file(".json", data), "--out", join(dir, "report"), "--format", "json"],
              dir
            ),
            id
          )
        }
      ),
      { numRuns: 60 }
    )
  })

  it("retention items (JSON Lines, JSON, CSV)", async () => {
    const lines = fc.array(
      fc.oneof(
        jsonWithIds.map((j) => ({ id: j.id, line: JSON.stringify(j.value) })),
        bytesWithId.map((b) => ({ id: b.id, line: b.bytes.toString("latin1") }))
      ),
      { minLength: 1, maxLength: 5 }
    )
    await fc.assert(
      fc.asyncProperty(lines, fc.constantFrom(".jsonl", ".json", ".csv"), async (items, ext) => {
        const text =
          (ext === ".csv" ? "id,kind,start,archived,tennyuRecorded\n" : "") +
          items.map((i) => i.line.replace(/\r?\n/g, " ")).join("\n")
        const r = await run(["retention", "--as-of", "2026-01-01", file(ext, text)], dir)
        for (const i of items) expectClean(r, i.id)
      }),
      { numRuns: 60 }
    )
  })

  it("validate input (file and standard input)", async () => {
    await fc.assert(
      fc.asyncProperty(
        bytesWithId,
        fc.boolean(),
        fc.constantFrom("honnin-kakunin-joho", "togo-atena"),
        async ({ id, bytes }, stdin, layout) => {
          const r = stdin
            ? await run(["validate", "-", "--layout", layout, "--format", "json"], dir, { stdin: bytes })
            : await run(["validate", file(".dat", bytes), "--layout", layout], dir)
          expectClean(r, id)
        }
      ),
      { numRuns: 40 }
    )
  })

  it("a few spawned runs of the built bin: same exit codes, no stack trace, no identifier", async () => {
    const bin = new URL("../dist/bin.js", import.meta.url).pathname
    expect(existsSync(bin), "build @juki/cli first (pnpm run build)").toBe(true)
    const exec = promisify(execFile)
    const samples = fc.sample(fc.tuple(bytesWithId, jsonWithIds), { numRuns: 2, seed: 42 })
    for (const [b, j] of samples) {
      for (const args of [
        ["validate", file(".dat", b.bytes), "--layout", file(".json", JSON.stringify(j.value))],
        ["audit", file(".json", b.bytes)],
        [
          "retention",
          "--as-of",
          "2026-01-01",
          file(".jsonl", JSON.stringify(j.value) + "\n" + b.bytes.toString("latin1"))
        ]
      ]) {
        const r = await exec(process.execPath, [bin, ...args], { cwd: dir }).then(
          (x) => ({ code: 0, out: x.stdout, err: x.stderr }),
          (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr })
        )
        expectClean(r, b.id)
        expectClean(r, j.id)
      }
    }
  }, 60_000)
})
