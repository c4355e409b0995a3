/**
 * Messages between the page and the validation worker.
 *
 * @since 0.1.0
 * @module
 */
import type { JukiErrorJson } from "@juki/core"
import type { Parallel } from "@juki/formats"
import type { LayoutSource } from "./layouts.js"

export interface StartMessage {
  readonly type: "start"
  readonly file: Blob
  readonly fileName: string
  readonly layout: LayoutSource
  readonly format: "fixed" | "csv"
  /** `undefined`: the layout's encoding (as the CLI without --encoding). */
  readonly encoding: "shift_jis" | "utf-8" | undefined
  /** Line-ending policy of fixed-length CRLF files; `undefined`: the layout's (as the CLI without --line-ending). */
  readonly lineEnding: "crlf" | "any" | undefined
  readonly policy:
    | {
        readonly charset: "jisx0208" | "cp932"
        readonly decodeForm: "cp932" | "jis"
        readonly userDefined: "error" | "pua"
      }
    | undefined
  /** How many problems to keep and list (counts are always complete). */
  readonly maxProblems: number
  /**
   * Parallel validation of a large fixed-length file: this worker validates only `[start, end)` (a segment that
   * starts at a record, `Parallel.planSegments`) and answers with a `segment` message; the page merges the
   * segments in file order (`Parallel.mergeSegments`), as `juki validate` does with its worker threads.
   */
  readonly segment?: Parallel.Segment
}

export type WorkerMessage =
  | { readonly type: "progress"; readonly bytes: number; readonly total: number; readonly records: number }
  | { readonly type: "problems"; readonly items: ReadonlyArray<JukiErrorJson> }
  | {
      readonly type: "done"
      readonly layout: string
      readonly records: number
      readonly accepted: number
      readonly rejected: number
      readonly bytes: number
      readonly problems: number
      readonly byRule: Readonly<Record<string, number>>
      readonly elapsedMs: number
    }
  | { readonly type: "segment"; readonly result: Parallel.SegmentResult }
  | { readonly type: "error"; readonly message: string }
