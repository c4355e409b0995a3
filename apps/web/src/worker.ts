/**
 * The validation worker: streams a `File` (`Blob.stream()`) through the
 * layout's codec — the same `validate` the CLI calls — and posts progress,
 * the first problems (as their masked JSON form) and the complete counts.
 * Only the kept problems cross to the page; memory stays bounded whatever
 * the file size. Cancelling terminates the worker.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiErrorJson } from "@juki/core"
import { Csv, FixedLength, Parallel } from "@juki/formats"
import { Result } from "effect"
import { resolveLayout } from "./layouts.js"
import type { StartMessage, WorkerMessage } from "./protocol.js"

/** Bytes read at a time (the chunk size of `juki validate`). */
const CHUNK = 1 << 20

const post = (m: WorkerMessage): void => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(m)

const run = async (m: StartMessage): Promise<void> => {
  const layout = resolveLayout(m.layout, "ja")
  if (Result.isFailure(layout)) return post({ type: "error", message: layout.failure })
  const options = { ...(m.encoding ? { encoding: m.encoding } : {}), ...(m.policy ? { policy: m.policy } : {}) }
  const codec =
    m.format === "csv"
      ? Csv.make(layout.success, options)
      : FixedLength.make(layout.success, { ...options, ...(m.lineEnding ? { lineEnding: m.lineEnding } : {}) })
  const file = m.segment ? m.file.slice(m.segment.start, m.segment.end) : m.file
  const total = file.size
  let bytes = 0
  let records = 0
  let last = 0
  let batch: Array<JukiErrorJson> = []
  let sent = 0
  const flush = (): void => {
    if (batch.length) post({ type: "problems", items: batch })
    batch = []
  }
  const tick = (n: number): void => {
    bytes += n
    const now = performance.now()
    if (now - last > 100) {
      last = now
      flush()
      post({ type: "progress", bytes, total, records })
    }
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const stream = file.stream()
    let byob: ReadableStreamBYOBReader | undefined
    try {
      byob = stream.getReader({ mode: "byob" })
    } catch {
      // not a byte stream in this browser: read the chunks it hands out
    }
    if (byob !== undefined) {
      // One buffer for the whole file, reused for every read: each chunk of a default reader is a new
      // ArrayBuffer (up to 2 MiB in Chromium) that only a full GC frees, so a worker streaming a large file would
      // hold tens of MB of dead chunks. The codecs copy the partial record they carry between chunks, and the
      // consumer has finished with a chunk when it asks for the next one.
      let buffer = new ArrayBuffer(CHUNK)
      for (;;) {
        const { done, value } = await byob.read(new Uint8Array(buffer))
        if (done || value === undefined) break
        buffer = value.buffer as ArrayBuffer
        tick(value.length)
        yield value
      }
      return
    }
    const reader = stream.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      tick(value.length)
      yield value
    }
  }
  if (m.segment) {
    // One segment of a parallel run: problems stay in the result (record numbers relative to the segment).
    const result = await Parallel.validateSegment(codec as Parameters<typeof Parallel.validateSegment>[0], chunks(), {
      maxProblems: m.maxProblems
    })
    post({ type: "progress", bytes, total, records: result.records })
    return post({ type: "segment", result })
  }
  const started = performance.now()
  const summary = await codec.validate(chunks(), {
    maxProblems: m.maxProblems,
    onProblem: (p) => {
      if (sent < m.maxProblems) {
        sent++
        batch.push(p.toJSON())
      }
    },
    onRecord: () => {
      records++
    }
  })
  const elapsedMs = performance.now() - started
  flush()
  post({ type: "progress", bytes, total, records })
  post({
    type: "done",
    layout: layout.success.name,
    records: summary.records,
    accepted: summary.accepted,
    rejected: summary.rejected,
    bytes: summary.bytes,
    problems: summary.problems,
    byRule: summary.byRule,
    elapsedMs
  })
}

self.onmessage = (e: MessageEvent<StartMessage>) => {
  if (e.data?.type !== "start") return
  run(e.data).catch((err: unknown) =>
    post({ type: "error", message: err instanceof Error ? err.message : String(err) })
  )
}
