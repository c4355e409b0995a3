// Parallel validation gives the serial run's summary: split at record boundaries, segments validated on their
// own, merged in file order. In-process (platform-neutral part, 1,000 runs) and with real worker threads.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { validateFile } from "@juki/formats/node"
import { FixedLength, Parallel, ReferenceLayouts, generateSample, type LayoutSpec } from "../index.js"
import { concat } from "../test-utils/bytes.js"

const SMALL: LayoutSpec = {
  name: "Small",
  title: "小さな例",
  basis: "test",
  fields: [
    { name: "code", label: "コード", chars: "numeric", length: 3, required: true },
    { name: "name", label: "氏名", chars: "fullwidth", length: 4 },
    { name: "count", label: "件数", chars: "numeric", type: "integer", length: 2 }
  ]
}

/** Random files: valid records of a layout, with random damage (bare LF, CR, junk bytes, cut records, extension codes). */
const fileArb = (layout: LayoutSpec, terminator: "CRLF" | "LF" | "none") =>
  fc
    .record({
      seed: fc.nat(),
      records: fc.integer({ min: 0, max: 40 }),
      damage: fc.array(
        fc.tuple(fc.nat(), fc.constantFrom([0x0a], [0x0d], [0xff], [0x87, 0x40], [0x20], [0x0d, 0x0a], [])),
        { maxLength: 8 }
      ),
      cut: fc.option(fc.nat(), { nil: undefined })
    })
    .map(({ seed, records, damage, cut }) => {
      const codec = FixedLength.make(layout, { recordTerminator: terminator })
      const sample = generateSample(layout, { records, seed: seed + 1, invalidRate: 0.1 })
      let bytes = Array.from(terminator === "CRLF" ? concat(sample) : reencode(codec, concat(sample), layout))
      for (const [at, insert] of damage) {
        const i = bytes.length === 0 ? 0 : at % bytes.length
        bytes = [...bytes.slice(0, i), ...insert, ...bytes.slice(i + (insert.length > 0 ? 1 : 0))]
      }
      if (cut !== undefined && bytes.length > 0) bytes = bytes.slice(0, bytes.length - (cut % 7))
      return Uint8Array.from(bytes)
    })

/** The sample is CRLF; other terminators: rewrite each record. */
const reencode = (codec: ReturnType<typeof FixedLength.make>, crlf: Uint8Array, layout: LayoutSpec): Uint8Array => {
  const L = FixedLength.recordLength(layout)
  const out: Array<number> = []
  for (let p = 0; p + L + 2 <= crlf.length; p += L + 2) {
    out.push(...crlf.subarray(p, p + L))
    if (codec === undefined) continue
  }
  return Uint8Array.from(out.length === 0 ? [] : splitJoin(out, L, codec))
}
const splitJoin = (body: Array<number>, L: number, _codec: unknown): Array<number> => {
  const out: Array<number> = []
  for (let p = 0; p < body.length; p += L) out.push(...body.slice(p, p + L), ...TERM_OF_CURRENT)
  return out
}
let TERM_OF_CURRENT: ReadonlyArray<number> = []

const plain = (s: Awaited<ReturnType<ReturnType<typeof FixedLength.make>["validate"]>>) => JSON.parse(JSON.stringify(s))

describe("Parallel: split at record boundaries, merge in file order = the serial run", () => {
  for (const terminator of ["CRLF", "LF", "none"] as const) {
    it(`property (${terminator}): for random files and 1–6 parts, planSegments + validateSegment + mergeSegments equals validate (1,000 runs)`, async () => {
      TERM_OF_CURRENT = terminator === "LF" ? [0x0a] : []
      const codec = FixedLength.make(SMALL, { recordTerminator: terminator })
      await fc.assert(
        fc.asyncProperty(
          fileArb(SMALL, terminator),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 0, max: 5 }),
          async (bytes, parts, maxProblems) => {
            const seen: Array<unknown> = []
            const serial = await codec.validate(bytes, { maxProblems, onProblem: (p) => seen.push(p.toJSON()) })
            const segments = await Parallel.planSegments(
              bytes.length,
              parts,
              { terminator, recordLength: FixedLength.recordLength(SMALL) },
              (o, n) => bytes.subarray(o, o + n)
            )
            // Segments tile the file and each starts at a record.
            expect(segments[0]?.start).toBe(0)
            expect(segments[segments.length - 1]?.end).toBe(bytes.length)
            for (let k = 1; k < segments.length; k++) {
              const s = segments[k] as Parallel.Segment
              expect(s.start).toBe(segments[k - 1]?.end)
              if (terminator === "none") expect(s.start % FixedLength.recordLength(SMALL)).toBe(0)
              else expect(bytes[s.start - 1]).toBe(0x0a)
            }
            const results = []
            for (const s of segments)
              results.push(await Parallel.validateSegment(codec, bytes.subarray(s.start, s.end), { keepAll: true }))
            const merged: Array<unknown> = []
            const summary = Parallel.mergeSegments(segments, results, {
              maxProblems,
              onProblem: (p) => merged.push(p.toJSON())
            })
            expect(plain(summary)).toEqual(plain(serial))
            expect(merged).toEqual(seen)
          }
        ),
        { numRuns: 1000 }
      )
    })
  }
})

describe("validateFile (@juki/formats/node): worker threads give the serial summary", () => {
  const dir = mkdtempSync(join(tmpdir(), "juki-parallel-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // Few runs: each starts 2–3 threads that import the package (the split/merge logic has its 1,000-run properties above).
  it("property: random 本人確認情報 files with faults, 2–3 workers, identical summaries and onProblem order (4 runs)", {
    timeout: 600_000
  }, async () => {
    const layout = ReferenceLayouts.HonninKakuninJoho
    const codec = FixedLength.make(layout)
    TERM_OF_CURRENT = []
    let n = 0
    await fc.assert(
      fc.asyncProperty(fileArb(layout, "CRLF"), fc.integer({ min: 2, max: 3 }), async (bytes, workers) => {
        const path = join(dir, `f${n++}.dat`)
        writeFileSync(path, bytes)
        const seen: Array<unknown> = []
        const serial = await codec.validate(bytes, { onProblem: (p) => seen.push(p.toJSON()) })
        const merged: Array<unknown> = []
        const parallel = await validateFile(layout, path, {
          workers,
          chunkSize: 4096,
          onProblem: (p) => merged.push(p.toJSON())
        })
        expect(plain(parallel)).toEqual(plain(serial))
        expect(merged).toEqual(seen)
        expect(parallel.firstProblems.every((p) => typeof p.messageIn === "function")).toBe(true)
      }),
      { numRuns: 4 }
    )
  })
})
