/**
 * Parallel validation of fixed-length files, platform-neutral: splitting a
 * file at record boundaries, validating one segment, and merging the
 * segments' results in file order into the summary of a serial run.
 *
 * **When to use**
 *
 * Building a pool of workers for `FixedLength` validation: Node worker
 * threads (`validateFile` of `@juki/formats/node` uses this module) or Web
 * Workers in a browser. Each worker validates one segment with
 * {@link validateSegment}; the caller merges with {@link mergeSegments}.
 *
 * **Details**
 *
 * - {@link planSegments} cuts after a line feed (CRLF and LF files) or at a
 *   multiple of the record length (`recordTerminator: "none"`), so every
 *   segment starts at a record; it reads only small windows around the cuts.
 * - A segment's problems carry record numbers and byte offsets relative to
 *   the segment; {@link mergeSegments} renumbers them, so the merged summary
 *   (counts, problems per rule, first problems, `onProblem` order) equals the
 *   serial run's.
 * - A segment result is plain data (structured-cloneable): errors travel as
 *   {@link SerializedProblem} and are rebuilt as `JukiError`s.
 *
 * **Gotchas**
 *
 * The main thread keeps the problems of every segment until it merges them
 * (all of them when `onProblem` is given, else the first `maxProblems` per
 * segment); records are never kept.
 *
 * @since 0.2.0
 * @module
 */
import { JukiError, type RuleDefinition } from "@juki/core"
import type { Codec } from "../codec/api.js"
import type { LayoutSpec, RecordTerminator } from "../layout/model.js"
import type { ByteSource, Summary, ValidateOptions } from "../stream/index.js"

/**
 * A byte range `[start, end)` of a file that starts at a record.
 *
 * @category models
 * @since 0.2.0
 */
export interface Segment {
  readonly start: number
  readonly end: number
}

/**
 * Reads `length` bytes at `offset` (fewer at the end of the file).
 *
 * @category models
 * @since 0.2.0
 */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array> | Uint8Array

const WINDOW = 1 << 16

/**
 * Splits a file of `size` bytes into at most `parts` segments that start at
 * record boundaries.
 *
 * **Example**
 *
 * ```ts
 * import { Parallel } from "@juki/formats"
 *
 * const bytes = new TextEncoder().encode("12\r\n34\r\n56\r\n")
 * await Parallel.planSegments(bytes.length, 2, { terminator: "CRLF", recordLength: 2 }, (o, n) => bytes.subarray(o, o + n))
 * // => [{ start: 0, end: 8 }, { start: 8, end: 12 }]
 * ```
 *
 * @category constructors
 * @since 0.2.0
 */
export const planSegments = async (
  size: number,
  parts: number,
  layout: { readonly terminator: RecordTerminator; readonly recordLength: number },
  readAt: ReadAt
): Promise<ReadonlyArray<Segment>> => {
  const n = Math.max(1, Math.floor(parts))
  const cuts: Array<number> = [0]
  for (let k = 1; k < n; k++) {
    const target = Math.floor((size * k) / n)
    let cut: number
    if (layout.terminator === "none") {
      const L = Math.max(1, layout.recordLength)
      cut = Math.min(size, Math.ceil(target / L) * L)
    } else {
      // The first line feed at or after target - 1: the cut follows it.
      cut = size
      for (let at = Math.max(0, target - 1); at < size; at += WINDOW) {
        const w = await readAt(at, Math.min(WINDOW, size - at))
        const lf = w.indexOf(10)
        if (lf >= 0) {
          cut = at + lf + 1
          break
        }
        if (w.length === 0) break
      }
    }
    if (cut > (cuts[cuts.length - 1] as number) && cut < size) cuts.push(cut)
  }
  cuts.push(size)
  const out: Array<Segment> = []
  for (let i = 0; i + 1 < cuts.length; i++) out.push({ start: cuts[i] as number, end: cuts[i + 1] as number })
  return out.length > 0 ? out : [{ start: 0, end: size }]
}

/**
 * A problem as plain, structured-cloneable data.
 *
 * @category models
 * @since 0.2.0
 */
export interface SerializedProblem {
  readonly rule: RuleDefinition
  readonly path: ReadonlyArray<string | number>
  readonly preview: string | undefined
  readonly params: JukiError["params"]
  readonly position: JukiError["position"]
}

/**
 * The outcome of one segment: counts, problems per rule and the kept
 * problems (record numbers and byte offsets relative to the segment).
 *
 * @category models
 * @since 0.2.0
 */
export interface SegmentResult {
  readonly records: number
  readonly accepted: number
  readonly rejected: number
  readonly bytes: number
  readonly problems: number
  readonly byRule: Readonly<Record<string, number>>
  readonly kept: ReadonlyArray<SerializedProblem>
}

const serialize = (p: JukiError): SerializedProblem => {
  const r = p.rule
  return {
    rule: {
      id: r.id,
      tag: r.tag,
      severity: r.severity,
      basis: r.basis,
      title: r.title,
      message: r.message
    } as RuleDefinition,
    path: p.path,
    preview: p.preview,
    params: p.params,
    position: p.position
  }
}

/**
 * Validates one segment with a codec and returns its result as plain data.
 * With `keepAll`, every problem is kept (needed for `onProblem` after the
 * merge); else the first `maxProblems` (default 1,000).
 *
 * @category validation
 * @since 0.2.0
 */
export const validateSegment = async (
  codec: Codec<LayoutSpec>,
  source: ByteSource,
  options: { readonly maxProblems?: number; readonly keepAll?: boolean } = {}
): Promise<SegmentResult> => {
  const kept: Array<SerializedProblem> = []
  const max = options.keepAll === true ? Number.POSITIVE_INFINITY : (options.maxProblems ?? 1000)
  const s = await codec.validate(source, {
    maxProblems: 0,
    onProblem: (p) => {
      if (kept.length < max) kept.push(serialize(p))
    }
  })
  return {
    records: s.records,
    accepted: s.accepted,
    rejected: s.rejected,
    bytes: s.bytes,
    problems: s.problems,
    byRule: s.byRule,
    kept
  }
}

/**
 * Merges segment results (in file order) into the summary of a serial run:
 * record numbers and byte offsets renumbered, counts and problems per rule
 * added, the first `maxProblems` problems kept, `onProblem` called in file
 * order.
 *
 * @category validation
 * @since 0.2.0
 */
export const mergeSegments = (
  segments: ReadonlyArray<Segment>,
  results: ReadonlyArray<SegmentResult>,
  options: Pick<ValidateOptions, "maxProblems" | "onProblem"> = {}
): Summary => {
  const max = options.maxProblems ?? 1000
  const rules = new Map<string, RuleDefinition>()
  const first: Array<JukiError> = []
  const byRule = new Map<string, number>()
  let records = 0
  let accepted = 0
  let rejected = 0
  let bytes = 0
  let problems = 0
  results.forEach((r, k) => {
    const start = (segments[k] as Segment).start
    const base = records
    for (const p of r.kept) {
      if (first.length >= max && options.onProblem === undefined) break
      let rule = rules.get(p.rule.id)
      if (rule === undefined) rules.set(p.rule.id, (rule = p.rule))
      const pos = p.position
      const position =
        pos === undefined
          ? undefined
          : {
              ...pos,
              ...(pos.record === undefined ? {} : { record: pos.record + base }),
              ...(pos.byteOffset === undefined ? {} : { byteOffset: pos.byteOffset + start })
            }
      const e = new JukiError(rule, {
        path: p.path,
        ...(p.preview === undefined ? {} : { preview: p.preview }),
        params: p.params,
        ...(position === undefined ? {} : { position })
      })
      if (first.length < max) first.push(e)
      options.onProblem?.(e)
    }
    records += r.records
    accepted += r.accepted
    rejected += r.rejected
    bytes += r.bytes
    problems += r.problems
    for (const [id, n] of Object.entries(r.byRule)) byRule.set(id, (byRule.get(id) ?? 0) + n)
  })
  return {
    records,
    accepted,
    rejected,
    bytes,
    problems,
    byRule: Object.fromEntries([...byRule].sort(([a], [b]) => (a < b ? -1 : 1))),
    firstProblems: first
  }
}
