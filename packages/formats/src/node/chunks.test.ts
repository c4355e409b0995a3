// fileChunks (@juki/formats/node) reads a file, or a byte range of it, into one reused buffer: the bytes are the
// file's, and the codecs give the same records and summaries from it as from the whole file in one chunk (they copy
// what they keep before the buffer is overwritten). Chunks are Buffers: `Buffer#slice` is a view, hence Uint8Array.from.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { fileChunks } from "@juki/formats/node"
import { Csv, FixedLength, ReferenceLayouts, generateSample, type LayoutSpec } from "../index.js"
import { concat } from "../test-utils/bytes.js"

const dir = mkdtempSync(join(tmpdir(), "juki-chunks-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
const write = (bytes: Uint8Array): string => {
  const path = join(dir, `f${n++ % 8}.dat`)
  writeFileSync(path, bytes)
  return path
}

const SMALL: LayoutSpec = {
  name: "Small",
  title: "小さな例",
  basis: "test",
  fields: [
    { name: "code", label: "コード", chars: "numeric", length: 3, required: true },
    { name: "name", label: "氏名", chars: "fullwidth", length: 4 },
    { name: "note", label: "備考", chars: "mixed", length: 6 }
  ]
}

/** Sample files of a layout with random damage (bare LF, CR, junk bytes, extension codes, quotes, cut records). */
const fileArb = (layout: LayoutSpec, format: "fixed" | "csv") =>
  fc
    .record({
      seed: fc.nat(),
      records: fc.integer({ min: 0, max: 30 }),
      damage: fc.array(
        fc.tuple(fc.nat(), fc.constantFrom([0x0a], [0x0d], [0xff], [0x87, 0x40], [0x22], [0x2c], [0x0d, 0x0a], [])),
        { maxLength: 6 }
      ),
      cut: fc.nat({ max: 6 })
    })
    .map(({ seed, records, damage, cut }) => {
      let bytes = Array.from(concat(generateSample(layout, { records, seed: seed + 1, invalidRate: 0.1, format })))
      for (const [at, insert] of damage) {
        const i = bytes.length === 0 ? 0 : at % bytes.length
        bytes = [...bytes.slice(0, i), ...insert, ...bytes.slice(i + (insert.length > 0 ? 1 : 0))]
      }
      return Uint8Array.from(bytes.slice(0, Math.max(0, bytes.length - cut)))
    })

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

describe("fileChunks: one reused buffer", () => {
  it("property: the chunks of any byte range are the file's bytes, all read into one buffer (1,000 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 70 }),
        async (bytes, a, b, chunkSize) => {
          const path = write(bytes)
          const start = bytes.length === 0 ? 0 : a % (bytes.length + 1)
          const end = start + (b % (bytes.length - start + 2)) // may pass the end of the file
          const copies: Array<Uint8Array> = []
          const buffers = new Set<ArrayBufferLike>()
          for await (const chunk of fileChunks(path, { start, end, chunkSize })) {
            expect(chunk.length).toBeGreaterThan(0)
            expect(chunk.length).toBeLessThanOrEqual(chunkSize)
            buffers.add(chunk.buffer)
            copies.push(Uint8Array.from(chunk))
          }
          expect(concat(copies)).toEqual(bytes.subarray(start, Math.min(end, bytes.length)))
          expect(buffers.size).toBeLessThanOrEqual(1)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("reads the whole file by default and stops on an aborted signal", async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251)
    const path = write(bytes)
    const copies: Array<Uint8Array> = []
    for await (const chunk of fileChunks(path, { chunkSize: 64 })) copies.push(Uint8Array.from(chunk))
    expect(concat(copies)).toEqual(bytes)
    const controller = new AbortController()
    let read = 0
    await expect(
      (async () => {
        for await (const chunk of fileChunks(path, { chunkSize: 100, signal: controller.signal })) {
          read += chunk.length
          controller.abort()
        }
      })()
    ).rejects.toThrow()
    expect(read).toBe(100)
  })

  // 本人確認情報 records are 762 bytes with every check: fewer runs (the Small layout's runs cover the boundaries).
  for (const [name, layout, runs] of [
    ["Small", SMALL, 300],
    ["本人確認情報", ReferenceLayouts.HonninKakuninJoho, 40]
  ] as const) {
    for (const format of ["fixed", "csv"] as const) {
      it(`property: ${name} ${format}: decodeStream and validate over fileChunks equal one chunk of the whole file (${runs} runs)`, async () => {
        const codec = format === "fixed" ? FixedLength.make(layout) : Csv.make(layout)
        await fc.assert(
          fc.asyncProperty(fileArb(layout, format), fc.integer({ min: 1, max: 200 }), async (bytes, chunkSize) => {
            const path = write(bytes)
            const whole: Array<unknown> = []
            for await (const r of codec.decodeStream(bytes)) whole.push(r)
            const streamed: Array<unknown> = []
            for await (const r of codec.decodeStream(fileChunks(path, { chunkSize }))) streamed.push(r)
            expect(plain(streamed)).toEqual(plain(whole))
            const seenWhole: Array<unknown> = []
            const summaryWhole = await codec.validate(bytes, { onProblem: (p) => seenWhole.push(p.toJSON()) })
            const seen: Array<unknown> = []
            const summary = await codec.validate(fileChunks(path, { chunkSize }), {
              onProblem: (p) => seen.push(p.toJSON())
            })
            expect(plain(summary)).toEqual(plain(summaryWhole))
            expect(seen).toEqual(seenWhole)
          }),
          { numRuns: runs }
        )
      })
    }
  }
})
