// The worker thread of `validateFile` (@juki/formats/node): validates one segment of a fixed-length file, read
// into one reused buffer (fileChunks), and posts the segment result (plain data) back.
import { parentPort, workerData } from "node:worker_threads"
import * as FixedLength from "../fixed/index.js"
import type { LayoutSpec } from "../layout/model.js"
import { validateSegment } from "../parallel/index.js"
import { fileChunks } from "./chunks.js"

interface Job {
  readonly layout: LayoutSpec
  readonly options: FixedLength.Options
  readonly path: string
  readonly start: number
  readonly end: number
  readonly maxProblems: number
  readonly keepAll: boolean
  readonly chunkSize: number
}

const job = workerData as Job
const run = async () => {
  const codec = FixedLength.make(job.layout, job.options)
  const source =
    job.end > job.start
      ? fileChunks(job.path, { start: job.start, end: job.end, chunkSize: job.chunkSize })
      : new Uint8Array(0)
  return validateSegment(codec, source, { maxProblems: job.maxProblems, keepAll: job.keepAll })
}
run().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) })
)
