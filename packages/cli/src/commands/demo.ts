/**
 * `juki demo`: generates a synthetic 本人確認情報 file (Shift_JIS, with a few
 * corrupted records), validates it, runs the conformance audit and a purge
 * plan, and prints where the report is. Only synthetic data.
 *
 * @since 0.1.0
 * @module
 */
import { createWriteStream, mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { Calendar } from "@juki/core"
import { generateSample, ReferenceLayouts } from "@juki/formats"
import { planPurge, recordKinds } from "@juki/retention"
import { stringOption, type CommandSpec } from "../cli/command.js"
import { t } from "../i18n.js"
import { UsageError, type ExitCode, type Io } from "../io.js"
import { audit } from "./audit.js"
import { validate } from "./validate.js"

/**
 * Options of `juki demo`.
 *
 * @category models
 * @since 0.1.0
 */
export interface DemoOptions {
  readonly out: string
  readonly records: number
  readonly seed: number
}

const ACTION_JA: Readonly<Record<string, string>> = {
  keep: "保存",
  purge: "消去",
  archive: "除票DBへ移管",
  invalid: "誤り"
}

/** Deterministic synthetic retention items: every kind, start days spread over 1990–2026. */
function* retentionItems(
  n: number,
  seed: number
): Generator<{ id: string; kind: string; start: string; archived: boolean }> {
  let s = seed >>> 0 || 1
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32)
  const from = Calendar.toDayNumber("1990-01-01")
  const to = Calendar.toDayNumber("2026-11-27")
  for (let i = 0; i < n; i++) {
    yield {
      id: `R${String(i + 1).padStart(6, "0")}`,
      kind: recordKinds[Math.floor(next() * recordKinds.length)] as string,
      start: Calendar.fromDayNumber(from + Math.floor(next() * (to - from))),
      archived: next() < 0.5
    }
  }
}

/**
 * Runs the demo. Exit 0 when the audit passed and the validation accounted
 * for every record.
 *
 * @category commands
 * @since 0.1.0
 */
export const demo = async (options: DemoOptions, io: Io): Promise<ExitCode> => {
  const ja = io.lang === "ja"
  const dir = resolve(io.cwd, options.out)
  mkdirSync(dir, { recursive: true })
  io.out(t(io.lang, "demoStart") + "\n")

  // 1. A synthetic 本人確認情報 file in Shift_JIS, 1 % of records corrupted on purpose.
  const file = join(dir, "honnin-kakunin-joho.sjis.dat")
  const sample = generateSample(ReferenceLayouts.HonninKakuninJoho, {
    records: options.records,
    seed: options.seed,
    invalidRate: 0.01
  })
  await pipeline(Readable.from(sample), createWriteStream(file))
  io.out(
    ja
      ? `\n1. 合成ファイル ${file}: ${sample.stats.records.toLocaleString()} 件（うち意図的に壊した ${sample.stats.invalid} 件）, ${sample.stats.bytes.toLocaleString()} バイト\n`
      : `\n1. Synthetic file ${file}: ${sample.stats.records.toLocaleString()} records (${sample.stats.invalid} corrupted on purpose), ${sample.stats.bytes.toLocaleString()} bytes\n`
  )

  // 2. Streaming validation.
  io.out(
    ja ? "\n2. 検証（本人確認情報, juki参照レイアウト）\n" : "\n2. Validation (本人確認情報, juki reference layout)\n"
  )
  const shown: string[] = []
  const v = await validate(
    { file, layout: "HonninKakuninJoho", format: "text", maxProblems: 5, progress: io.isTTY },
    { ...io, out: (s) => shown.push(s) }
  )
  for (const line of shown.join("").split("\n").slice(0, 12)) if (line) io.out(`   ${line}\n`)
  const balanced = v.summary.records === v.summary.accepted + v.summary.rejected

  // 3. Retention: a purge plan over synthetic items.
  const counts = new Map<string, number>()
  for (const d of planPurge(
    retentionItems(1000, options.seed),
    Calendar.fromDayNumber(Calendar.toDayNumber("2026-11-28"))
  )) {
    counts.set(d.action, (counts.get(d.action) ?? 0) + 1)
  }
  io.out(
    (ja
      ? "\n3. 保存期間（2026-11-28 時点, 合成 1,000 件）: "
      : "\n3. Retention as of 2026-11-28 (1,000 synthetic items): ") +
      [...counts].map(([a, n]) => `${(ja ? ACTION_JA[a] : undefined) ?? a} ${n}`).join(", ") +
      "\n"
  )

  // 4. The conformance audit with the auditors' report.
  io.out(ja ? "\n4. 適合性監査\n" : "\n4. Conformance audit\n")
  const a = audit(
    { vectors: [], out: join(dir, "audit"), includeOptional: true, formats: ["md", "html", "json", "junit"] },
    { ...io, out: (s) => io.out(`   ${s}`) }
  )
  // 5. The registry in embedded PostgreSQL (PGlite): load, apply a batch of 異動, check.
  io.out(
    ja
      ? "\n5. 組込みPostgreSQL（PGlite）の台帳に異動を適用\n"
      : "\n5. A batch of 異動 through the registry in embedded PostgreSQL (PGlite)\n"
  )
  const { RegistryCli } = await import("@juki/store")
  const storeOk = await RegistryCli.demoStore(io)
  const html = a.files.find((f) => f.endsWith(".html")) ?? join(dir, "audit")
  io.out("\n" + t(io.lang, "demoDone", html) + "\n")
  return a.code === 0 && balanced && storeOk ? 0 : 1
}

const integerOption = (value: string | undefined, fallback: number, name: string, min: number, io: Io): number => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^-?[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(t(io.lang, "badInteger", name, min, value), true)
  return n
}

/**
 * The `demo` command.
 *
 * @category commands
 * @since 0.2.0
 */
export const demoCommand: CommandSpec = {
  name: "demo",
  summary: {
    ja: "合成データで検証・消去計画・監査を実演する",
    en: "demonstrate validation, purge planning and audit on synthetic data"
  },
  usage: { ja: "[オプション]", en: "[options]" },
  options: [
    {
      name: "records",
      type: "string",
      value: { ja: "<件数>", en: "<count>" },
      description: { ja: "合成するレコード数（既定: 20000）", en: "synthetic records to generate (default: 20000)" },
      example: "--records 1000"
    },
    {
      name: "seed",
      type: "string",
      value: { ja: "<整数>", en: "<integer>" },
      description: { ja: "乱数の種（既定: 20261128）", en: "random seed (default: 20261128)" },
      example: "--seed 42"
    },
    {
      name: "out",
      short: "o",
      type: "string",
      value: { ja: "<フォルダ>", en: "<dir>" },
      description: { ja: "出力先フォルダ（既定: juki-demo）", en: "output folder (default: juki-demo)" },
      example: "--out /tmp/juki-demo"
    }
  ],
  examples: [
    {
      command: "juki demo",
      ja: "2 万件の合成ファイルで一通り実演し、監査報告書の場所を表示する",
      en: "the whole tour on 20,000 synthetic records; prints where the report is"
    },
    {
      command: "juki demo --records 1000 --seed 42 --out /tmp/juki-demo --lang en",
      ja: "件数・種・出力先を変えて英語で",
      en: "other size, seed and folder, in English"
    }
  ],
  run: async (args, io) => {
    if (args.positionals.length) throw new UsageError(t(io.lang, "tooManyArguments", args.positionals.join(" ")), true)
    const records = integerOption(stringOption(args, "records"), 20000, "--records", 1, io)
    const seed = integerOption(stringOption(args, "seed"), 20261128, "--seed", Number.MIN_SAFE_INTEGER, io)
    return demo({ out: stringOption(args, "out") ?? "juki-demo", records, seed }, io)
  }
}
