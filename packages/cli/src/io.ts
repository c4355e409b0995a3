/**
 * What a command may touch: output streams, the clock and the working
 * folder. Tests pass their own.
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
}

/**
 * A command's result: the exit code (0 clean, 1 findings, 2 usage or I/O).
 *
 * @category models
 * @since 0.1.0
 */
export type ExitCode = 0 | 1 | 2

/**
 * A usage or I/O problem, reported with exit code 2.
 *
 * @category errors
 * @since 0.1.0
 */
export class UsageError {
  readonly _tag = "UsageError"
  constructor(readonly message: string) {}
}
