/**
 * Node-only helpers of `@juki/formats`: validation of fixed-length files on
 * every core with worker threads. The main entry stays free of Node imports
 * (it runs in browsers); this subpath is `@juki/formats/node`.
 *
 * **When to use**
 *
 * Validating large fixed-length files from disk (`juki validate --workers N`).
 *
 * **Details**
 *
 * `validateFile` splits the file at record boundaries (`Parallel.planSegments`),
 * validates each segment in its own worker thread, each reading its range
 * into one reused buffer of `chunkSize` bytes ({@link fileChunks}) with a
 * young generation of 6 MB (memory per worker bounded, about 45 MB, and
 * independent of the file size), and merges the results in file order
 * (`Parallel.mergeSegments`): the summary, the first problems and the
 * `onProblem` order are those of the serial run. With `workers: 1`, for CSV,
 * with `onRecord`, or with function-valued checks (functions do not cross
 * threads), it runs the serial validator in this thread.
 *
 * **Example**
 *
 * ```ts no-run
 * import { ReferenceLayouts } from "@juki/formats"
 * import { validateFile } from "@juki/formats/node"
 *
 * const summary = await validateFile(ReferenceLayouts.HonninKakuninJoho, "honnin.dat", { workers: 2 })
 * summary.records === summary.accepted + summary.rejected // => true
 * ```
 *
 * @since 0.2.0
 * @module
 */
import { existsSync } from "node:fs"
import { open, stat } from "node:fs/promises"
import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import * as FixedLength from "../fixed/index.js"
import { compile } from "../layout/compile.js"
import type { LayoutSpec } from "../layout/model.js"
import { mergeSegments, planSegments, type Segment, type SegmentResult } from "../parallel/index.js"
import type { Summary, ValidateOptions } from "../stream/index.js"

import { DEFAULT_CHUNK_SIZE, fileChunks } from "./chunks.js"

export { fileChunks, type FileChunksOptions } from "./chunks.js"
export { fileSpill, type FileSpillOptions } from "./reconcile.js"

/**
 * Options of {@link validateFile}.
 *
 * @category models
 * @since 0.2.0
 */
export interface ValidateFileOptions extends ValidateOptions, FixedLength.Options {
  /** Worker threads (default: `os.availableParallelism()`); 1 validates in this thread. */
  readonly workers?: number
  /** Bytes per read of each worker, the size of its one reused buffer (default 256 KiB). */
  readonly chunkSize?: number
}

/** Whether a value survives structured cloning (no functions anywhere). */
const cloneable = (v: unknown): boolean => {
  if (typeof v === "function") return false
  if (typeof v !== "object" || v === null) return true
  return Object.values(v as Record<string, unknown>).every(cloneable)
}

const workerUrl = (): URL => {
  const here = new URL("./worker.js", import.meta.url)
  if (existsSync(fileURLToPath(here))) return here
  // Running from the sources (tests): the built worker of the package.
  return new URL("../../dist/node/worker.js", import.meta.url)
}

/**
 * The young generation of a worker's heap, in MB (V8's default grows to 48 MB). Validation allocates short-lived
 * objects only, so a small one costs no time and keeps each worker's memory small.
 */
const WORKER_YOUNG_GENERATION_MB = 6

const runWorker = (data: object): Promise<SegmentResult> =>
  new Promise((resolve, reject) => {
    const w = new Worker(workerUrl(), {
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
    })
    w.once("message", (m: { ok: boolean; result?: SegmentResult; error?: string }) => {
      if (m.ok && m.result) resolve(m.result)
      else reject(new Error(m.error ?? "worker failed"))
      void w.terminate()
    })
    w.once("error", reject)
  })

/**
 * Validates a fixed-length file on several cores; same summary as
 * `FixedLength.make(layout, options).validate(createReadStream(path), options)`.
 *
 * @category validation
 * @since 0.2.0
 */
export const validateFile = async (
  layout: LayoutSpec,
  path: string,
  options: ValidateFileOptions = {}
): Promise<Summary> => {
  const { workers: requested, chunkSize = DEFAULT_CHUNK_SIZE, maxProblems, onProblem, onRecord, ...rest } = options
  const codecOptions: FixedLength.Options = rest
  const workers = Math.max(1, Math.floor(requested ?? availableParallelism()))
  const serial = () =>
    FixedLength.make(layout, codecOptions).validate(fileChunks(path, { chunkSize }), {
      ...(maxProblems === undefined ? {} : { maxProblems }),
      ...(onProblem === undefined ? {} : { onProblem }),
      ...(onRecord === undefined ? {} : { onRecord })
    })
  if (workers === 1 || onRecord !== undefined || !cloneable(layout) || !cloneable(codecOptions)) return serial()
  const c = compile(layout, { format: "fixed", ...(codecOptions.encoding ? { encoding: codecOptions.encoding } : {}) })
  const { size } = await stat(path)
  const fh = await open(path, "r")
  let segments: ReadonlyArray<Segment>
  try {
    segments = await planSegments(
      size,
      workers,
      { terminator: codecOptions.recordTerminator ?? c.terminator, recordLength: c.recordLength },
      async (offset, length) => {
        const buf = new Uint8Array(length)
        const { bytesRead } = await fh.read(buf, 0, length, offset)
        return buf.subarray(0, bytesRead)
      }
    )
  } finally {
    await fh.close()
  }
  if (segments.length === 1) return serial()
  const keepAll = onProblem !== undefined
  const results = await Promise.all(
    segments.map((s) =>
      runWorker({
        layout,
        options: codecOptions,
        path,
        start: s.start,
        end: s.end,
        maxProblems: maxProblems ?? 1000,
        keepAll,
        chunkSize
      })
    )
  )
  return mergeSegments(segments, results, {
    ...(maxProblems === undefined ? {} : { maxProblems }),
    ...(onProblem === undefined ? {} : { onProblem })
  })
}
