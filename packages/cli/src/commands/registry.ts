/**
 * `juki registry load | apply | check`: a registry (住民基本台帳) kept in a
 * store (a PostgreSQL server or embedded PGlite), from the command line. The
 * work is done by `@juki/store` (`RegistryCli.runRegistry`), loaded only when
 * the command runs; this spec gives the command its place in `juki --help`
 * and its own help page.
 *
 * @since 0.2.0
 * @module
 */
import type { CommandSpec, ParsedArgs } from "../cli/command.js"
import type { ExitCode } from "../io.js"

// The store's parser reads the arguments itself; rebuild them from what the shared parser saw.
const argvOf = (args: ParsedArgs): Array<string> => {
  const out = [...args.positionals]
  for (const [k, v] of Object.entries(args.values)) {
    if (v === undefined || v === false || k === "debug" || k === "version") continue
    if (v === true) out.push(`--${k}`)
    else for (const x of typeof v === "string" ? [v] : v) out.push(`--${k}`, x)
  }
  return out
}

/**
 * `juki registry`.
 *
 * @category commands
 * @since 0.2.0
 */
export const registryCommand: CommandSpec = {
  name: "registry",
  summary: {
    ja: "データベース（PostgreSQL・組込みPGlite）上の住民基本台帳を読み込み・異動適用・全体検査する",
    en: "load, apply 異動 to and check a registry kept in a database (PostgreSQL or embedded PGlite)"
  },
  usage: {
    ja: "<load|apply|check> [ファイル] [--store postgres://…|pglite:<ディレクトリ>]",
    en: "<load|apply|check> [file] [--store postgres://…|pglite:<dir>]"
  },
  options: [
    {
      name: "store",
      type: "string",
      value: { ja: "<URL>", en: "<url>" },
      description: {
        ja: "台帳の置き場所: postgres://… または pglite:<ディレクトリ>（既定: 環境変数 JUKI_STORE_URL、なければ pglite:./juki-store）",
        en: "where the registry lives: postgres://… or pglite:<dir> (default: JUKI_STORE_URL, else pglite:./juki-store)"
      },
      example: "--store postgres://juki@127.0.0.1:5432/juki"
    },
    {
      name: "layout",
      type: "string",
      value: { ja: "<名前|パス>", en: "<name|path>" },
      description: {
        ja: "load: 固定長・CSVの住民票ファイルのレイアウト（@juki/formats のレイアウト名またはJSONファイル）",
        en: "load: the layout of a fixed-length or CSV 住民票 file (an @juki/formats layout name or a JSON file)"
      },
      example: "--layout juminhyo-csv"
    },
    {
      name: "synthetic",
      type: "string",
      value: { ja: "<人数>", en: "<residents>" },
      description: {
        ja: "load: ファイルの代わりに合成住民を読み込む（流し込み）",
        en: "load: load synthetic residents instead of a file (streamed)"
      },
      example: "--synthetic 10000"
    },
    {
      name: "group",
      type: "string",
      value: { ja: "<件数>", en: "<n>" },
      description: {
        ja: "apply: 1回のコミットにまとめる異動の件数（既定 200）",
        en: "apply: 異動 per commit (default 200)"
      },
      example: "--group 200"
    },
    {
      name: "max-problems",
      type: "string",
      value: { ja: "<件数>", en: "<n>" },
      description: { ja: "表示する問題の上限（既定 20）", en: "at most this many problems shown (default 20)" },
      example: "--max-problems 50"
    }
  ],
  examples: [
    {
      command: "juki registry load --synthetic 10000 --store pglite:./juki-store",
      ja: "合成住民1万人を組込みPostgreSQL（PGlite）に読み込む",
      en: "load 10,000 synthetic residents into embedded PostgreSQL (PGlite)"
    },
    {
      command: "juki registry load juminhyo.csv --layout juminhyo-csv --store postgres://juki@127.0.0.1/juki",
      ja: "住民票CSVを自団体のPostgreSQLサーバに読み込む",
      en: "load a 住民票 CSV file into your PostgreSQL server"
    },
    {
      command: "juki registry apply events.jsonl --store pglite:./juki-store",
      ja: "異動を順に適用する（判定済みの異動は飛ばす）",
      en: "apply 異動 in order (events already decided are skipped)"
    },
    {
      command: "juki registry check --store pglite:./juki-store",
      ja: "台帳全体を世帯ごとに流し読みして検査する",
      en: "check the whole registry, streamed 世帯 by 世帯"
    }
  ],
  notes: {
    ja: "load は JSON（Registry.toJSON の形）、--layout を付けると固定長・CSVの住民票ファイルを読みます。apply は異動の JSON 配列または JSON Lines を読みます。",
    en: "load reads JSON (the Registry.toJSON form), or with --layout a fixed-length or CSV 住民票 file. apply reads a JSON array or JSON Lines of 異動."
  },
  run: async (args, io): Promise<ExitCode> => {
    const { RegistryCli } = await import("@juki/store")
    return RegistryCli.runRegistry(argvOf(args), { ...io, env: process.env })
  }
}
