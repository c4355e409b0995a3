/**
 * What a command may touch: output streams, standard input, the clock, the
 * working folder and the interrupt signal. Tests pass their own.
 *
 * @since 0.1.0
 * @module
 */
import type { Lang } from "@juki/core"

/**
 * The environment of one CLI run.
 *
 * @category models
 * @since 0.1.0
 */
export interface Io {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  /** Whether stderr is an interactive terminal (progress bars are drawn only then). */
  readonly isTTY: boolean
  readonly cwd: string
  readonly now: () => Date
  readonly lang: Lang
  /** Standard input, read when a command is given `-` as its file (default: `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>
  /** Aborted on Ctrl-C (SIGINT): commands stop, close their output and exit 130. */
  readonly signal?: AbortSignal
}

/**
 * A command's result: 0 clean, 1 findings (records rejected, cases failed,
 * invalid items), 2 usage or I/O error, 130 interrupted (Ctrl-C).
 *
 * @category models
 * @since 0.1.0
 */
export type ExitCode = 0 | 1 | 2 | 130

/**
 * A usage or I/O problem, reported as one line with exit code 2.
 *
 * @category errors
 * @since 0.1.0
 */
export class UsageError {
  readonly _tag = "UsageError"
  /** `showHelp`: a mistake in the command line (the message is followed by where to find the command's help). */
  constructor(
    readonly message: string,
    readonly showHelp = false
  ) {}
}
