/**
 * A progress bar for long validations, drawn on stderr only when it is a
 * terminal: bytes done, records/s and the estimated time left (for pipes and
 * standard input, whose size is unknown: bytes and records only).
 *
 * @since 0.1.0
 * @module
 */

/**
 * A progress reporter.
 *
 * @category models
 * @since 0.1.0
 */
export interface Progress {
  readonly update: (bytes: number, records: number) => void
  readonly done: () => void
}

const fmtTime = (s: number): string => {
  if (!Number.isFinite(s) || s < 0) return "--:--"
  const m = Math.floor(s / 60)
  const sec = Math.floor(s % 60)
  return `${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`
}

/**
 * Renders one progress line (exported for tests).
 *
 * @category formatting
 * @since 0.1.0
 */
export const renderProgress = (
  bytes: number,
  total: number,
  records: number,
  elapsedMs: number,
  width = 30
): string => {
  if (!(total > 0)) {
    // A pipe or standard input: the size is unknown, so no bar and no ETA.
    const r = elapsedMs > 0 ? (records / elapsedMs) * 1000 : 0
    return `${(bytes / 1048576).toFixed(1)} MiB  ${records.toLocaleString("en-US")} records  ${Math.round(r).toLocaleString("en-US")} records/s`
  }
  const frac = total > 0 ? Math.min(1, bytes / total) : 0
  const filled = Math.round(frac * width)
  const rate = elapsedMs > 0 ? (records / elapsedMs) * 1000 : 0
  const eta = frac > 0 ? ((elapsedMs / frac) * (1 - frac)) / 1000 : Number.NaN
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(frac * 100).toFixed(1).padStart(5)}%  ${records.toLocaleString("en-US")} records  ${Math.round(rate).toLocaleString("en-US")} records/s  ETA ${fmtTime(eta)}`
}

/**
 * A progress bar that redraws at most every `intervalMs` on `write`, or a
 * no-op when not enabled.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeProgress = (
  enabled: boolean,
  total: number,
  write: (s: string) => void,
  now: () => number = Date.now,
  intervalMs = 200
): Progress => {
  if (!enabled) return { update: () => undefined, done: () => undefined }
  const start = now()
  let last = 0
  let lastLine = ""
  return {
    update: (bytes, records) => {
      const t = now()
      if (t - last < intervalMs) return
      last = t
      lastLine = renderProgress(bytes, total, records, t - start)
      write(`\r${lastLine}`)
    },
    done: () => {
      if (lastLine) write("\r" + " ".repeat(lastLine.length) + "\r")
    }
  }
}
