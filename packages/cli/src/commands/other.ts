/**
 * The commands that need @juki/formats and @juki/retention: validate, gen,
 * retention, demo, layouts.
 *
 * @since 0.1.0
 * @module
 */
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"

/**
 * Dispatches the commands other than `audit`.
 *
 * @category commands
 * @since 0.1.0
 */
export const runOther = async (
  command: string,
  _positionals: ReadonlyArray<string>,
  _values: Readonly<Record<string, unknown>>,
  io: Io
): Promise<ExitCode> => {
  throw new UsageError(t(io.lang, "unknownCommand", command))
}
