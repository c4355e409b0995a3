// The worker thread of `validateFile` (@juki/formats/node): validates one segment of a fixed-length file, read
// with its own stream, and posts the segment result (plain data) back.
import { createReadStream } from "node:fs"
import { parentPort, workerData } from "node:worker_threads"
import * as FixedLength from "../fixed/index.js"
import type { LayoutSpec } from "../layout/model.js"
import { validateSegment } from "../parallel/index.js"

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
      ? createReadStream(job.path, { start: job.start, end: job.end - 1, highWaterMark: job.chunkSize })
      : new Uint8Array(0)
  return validateSegment(codec, source, { maxProblems: job.maxProblems, keepAll: job.keepAll })
}
run().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) })
)
