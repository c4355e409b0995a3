/**
 * Dispatch of the commands other than `audit`.
 *
 * @since 0.1.0
 * @module
 */
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { retention } from "./retention.js"

const str = (v: Readonly<Record<string, unknown>>, k: string): string | undefined => (typeof v[k] === "string" ? (v[k] as string) : undefined)

/**
 * Dispatches the commands other than `audit`.
 *
 * @category commands
 * @since 0.1.0
 */
export const runOther = async (
  command: string,
  positionals: ReadonlyArray<string>,
  values: Readonly<Record<string, unknown>>,
  io: Io
): Promise<ExitCode> => {
  switch (command) {
    case "retention": {
      const file = positionals[0]
      const asOf = str(values, "as-of")
      if (!file) throw new UsageError(t(io.lang, "missingArgument", "<file>"))
      if (!asOf) throw new UsageError(t(io.lang, "missingArgument", "--as-of <YYYY-MM-DD>"))
      const format = str(values, "format") ?? "jsonl"
      if (format !== "jsonl" && format !== "csv" && format !== "text") throw new UsageError(t(io.lang, "badOption", `--format ${format}`))
      const out = str(values, "out")
      return retention({ file, asOf, format, ...(out ? { out } : {}) }, io)
    }
    default:
      throw new UsageError(t(io.lang, "unknownCommand", command))
  }
}
