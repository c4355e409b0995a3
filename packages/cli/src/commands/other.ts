/**
 * Dispatch of the commands other than `audit`.
 *
 * @since 0.1.0
 * @module
 */
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { demo } from "./demo.js"
import { gen } from "./gen.js"
import { listLayouts } from "./layouts.js"
import { retention } from "./retention.js"
import { validate } from "./validate.js"

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
    case "validate": {
      const file = positionals[0]
      const layout = str(values, "layout")
      if (!file) throw new UsageError(t(io.lang, "missingArgument", "<file>"))
      if (!layout) throw new UsageError(t(io.lang, "missingArgument", "--layout <name|path>"))
      const format = str(values, "format") ?? "text"
      if (format !== "text" && format !== "json" && format !== "junit") throw new UsageError(t(io.lang, "badOption", `--format ${format}`))
      const encoding = str(values, "encoding")
      if (encoding !== undefined && encoding !== "shift_jis" && encoding !== "utf-8") throw new UsageError(t(io.lang, "badOption", `--encoding ${encoding}`))
      const progress = values["no-progress"] ? false : values["progress"] ? true : undefined
      return (
        await validate(
          { file, layout, format, ...(encoding ? { encoding } : {}), ...(progress === undefined ? {} : { progress }) },
          io
        )
      ).code
    }
    case "gen": {
      const layout = positionals[0] ?? str(values, "layout")
      if (!layout) throw new UsageError(t(io.lang, "missingArgument", "<layout>"))
      return (await gen({ layout, out: str(values, "out") ?? "generated" }, io)).code
    }
    case "layouts":
      return listLayouts(io)
    case "demo": {
      const records = Number(str(values, "records") ?? "20000")
      const seed = Number(str(values, "seed") ?? "20261128")
      if (!Number.isInteger(records) || records < 1) throw new UsageError(t(io.lang, "badOption", `--records ${str(values, "records")}`))
      if (!Number.isInteger(seed)) throw new UsageError(t(io.lang, "badOption", `--seed ${str(values, "seed")}`))
      return demo({ out: str(values, "out") ?? "juki-demo", records, seed }, io)
    }
    default:
      throw new UsageError(t(io.lang, "unknownCommand", command))
  }
}
