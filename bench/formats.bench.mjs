// @juki/formats: end-to-end validation of 本人確認情報 files in Shift_JIS (juki reference layout), serial (one stream)
// and on worker threads (@juki/formats/node validateFile, all cores), vs a plain chunked TextDecoder("shift_jis") pass
// over the same file, measured in the same run. Two data sets per size, each validated against its own reference
// pass: "sample" (juki's generateSample, 1 % corrupted records) and "independent" (bench/independent-honnin.mjs: bytes
// made without juki code, random 第1/第2水準 kanji names and addresses, 1 % planted faults of six kinds); the
// validator must reject exactly the corrupted records. Each mode runs in its own child process: one warm-up round
// (discarded), then JUKI_BENCH_ROUNDS (default 5) interleaved rounds; the median is reported, with the load average
// before and after (the machine may be shared: record final figures on a quiet machine).
// Three subjects: the library serially (`codec.validate(fileChunks(file))`, @juki/formats/node: one reused read
// buffer), the `juki validate --workers 1` command (the installed bin in its own process: the time is the whole
// process, start-up included; bench/formats-cli-child.mjs), and `validateFile` on all cores (worker threads).
// Targets (issue #13, on the independent data): 3,000,000 records with workers <= 0.9x and serial <= 1.3x the
// reference, 300,000 records serial <= 1.6x; peak RSS <= 150 MB serial (library and command) and per worker, the
// same at every size (growth from the smallest to the largest size < 16 MB). The RSS of a worker thread is not
// separable from its process: "per worker" is (process peak - the main thread's peak before the workers start) / N,
// an upper bound (the main thread's own growth while it waits and merges is counted to the workers). Also: Shift_JIS
// encoding, ours vs encoding-japanese (only when that package can be imported; juki does not depend on it).
// Run alone: pnpm bench formats   (or: pnpm build && nice node bench/formats.bench.mjs; files go to /tmp)
// Knobs: JUKI_BENCH_SIZES=300000,3000000  JUKI_BENCH_DATA=independent,sample  JUKI_BENCH_ROUNDS=5  JUKI_BENCH_DIR
import { spawnSync } from "node:child_process"
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from "node:fs"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { fileURLToPath } from "node:url"
import { availableParallelism, loadavg } from "node:os"
import { FixedLength, ReferenceLayouts, ShiftJis, generateSample, generateSampleRecords } from "@juki/formats"
import { fileChunks, validateFile } from "@juki/formats/node"
import { report } from "./harness.mjs"
import { writeIndependentFile } from "./independent-honnin.mjs"

const DIR = process.env["JUKI_BENCH_DIR"] ?? "/tmp/juki-formats-bench"
const SIZES = (process.env["JUKI_BENCH_SIZES"] ?? "300000,3000000").split(",").map(Number)
const DATA = (process.env["JUKI_BENCH_DATA"] ?? "independent,sample").split(",")
const ROUNDS = Math.max(1, Number(process.env["JUKI_BENCH_ROUNDS"] ?? 5))
const CHUNK = 1 << 20
const SEED = 20261128
const INVALID_RATE = 0.01
const layout = ReferenceLayouts.HonninKakuninJoho
const self = fileURLToPath(import.meta.url)
const cliChild = fileURLToPath(new URL("./formats-cli-child.mjs", import.meta.url))
const maxRssMB = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10

// ------------------------------------------------------------------------------------------------ child processes
const child = async (mode, file) => {
  // Peak RSS with the packages loaded, before any record is read.
  const loadedRssMB = maxRssMB()
  const t0 = process.hrtime.bigint()
  let out
  if (mode === "validate") {
    const codec = FixedLength.make(layout)
    const s = await codec.validate(fileChunks(file))
    out = { records: s.records, accepted: s.accepted, rejected: s.rejected, problems: s.problems, bytes: s.bytes }
  } else if (mode === "workers") {
    const workers = availableParallelism()
    const s = await validateFile(layout, file, { workers })
    out = {
      records: s.records,
      accepted: s.accepted,
      rejected: s.rejected,
      problems: s.problems,
      bytes: s.bytes,
      workers
    }
  } else {
    const decoder = new TextDecoder("shift_jis")
    let chars = 0
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK }))
      chars += decoder.decode(chunk, { stream: true }).length
    chars += decoder.decode().length
    out = { chars }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  process.stdout.write(JSON.stringify({ ms, loadedRssMB, maxRssMB: maxRssMB(), ...out }) + "\n")
}

if (process.argv[2] === "--child") {
  await child(process.argv[3], process.argv[4])
  process.exit(0)
}

const runChild = (mode, file) => {
  if (mode === "cli") {
    const args = [cliChild, "validate", file, "--layout", "honnin-kakunin-joho", "--workers", "1", "--format", "json"]
    const r = spawnSync(process.execPath, [...args, "--no-progress"], { encoding: "utf8", maxBuffer: 64 << 20 })
    const last = JSON.parse(r.stderr.trim().split("\n").pop())
    if (r.status !== 1 || last.code !== 1)
      throw new Error(`juki validate: exit ${r.status}: ${r.stderr.slice(0, 2000)}`)
    const s = JSON.parse(r.stdout)
    return {
      ms: last.ms,
      maxRssMB: last.maxRssMB,
      records: s.records,
      accepted: s.accepted,
      rejected: s.rejected,
      problems: s.problems
    }
  }
  const r = spawnSync(process.execPath, [self, "--child", mode, file], { encoding: "utf8", maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split("\n").pop())
}

// ------------------------------------------------------------------------------------------------ sample files
const ensureFile = async (data, records) => {
  mkdirSync(DIR, { recursive: true })
  const file = `${DIR}/honnin-kakunin-joho-${data}-${records}.sjis`
  const metaFile = `${file}.json`
  const want = {
    data,
    records,
    seed: SEED,
    invalidRate: INVALID_RATE,
    layout: layout.name,
    recordLength: FixedLength.recordLength(layout),
    generator: 2
  }
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8"))
    if (JSON.stringify(meta.want) === JSON.stringify(want) && statSync(file).size === meta.stats.bytes)
      return { file, stats: meta.stats }
  }
  const t0 = Date.now()
  let stats
  if (data === "sample") {
    const sample = generateSample(layout, { records, seed: SEED, invalidRate: INVALID_RATE })
    await pipeline(Readable.from(sample), createWriteStream(file))
    stats = { bytes: sample.stats.bytes, invalid: sample.stats.invalid }
  } else {
    const r = await writeIndependentFile(file, layout, { records, seed: SEED, faultRate: INVALID_RATE })
    stats = { bytes: r.bytes, invalid: r.faults, faultsByKind: r.faultsByKind }
  }
  writeFileSync(metaFile, JSON.stringify({ want, stats }, null, 2))
  console.log(
    `generated ${file}: ${records.toLocaleString()} records, ${(stats.bytes / 1e6).toFixed(0)} MB, ${stats.invalid} corrupted, ${((Date.now() - t0) / 1000).toFixed(1)} s`
  )
  return { file, stats }
}

// ------------------------------------------------------------------------------------------------ validation bench
const results = {}
const loadBefore = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ")
for (const data of DATA)
  for (const records of SIZES) {
    const { file, stats } = await ensureFile(data, records)
    const subject = []
    const parallel = []
    const reference = []
    const command = []
    // Warm-up round (page cache, first compilation), discarded; then interleaved rounds.
    runChild("reference", file)
    runChild("validate", file)
    runChild("workers", file)
    runChild("cli", file)
    for (let round = 0; round < ROUNDS; round++) {
      reference.push(runChild("reference", file))
      subject.push(runChild("validate", file))
      parallel.push(runChild("workers", file))
      command.push(runChild("cli", file))
    }
    const median = (xs) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor((xs.length - 1) / 2)]
    const s = median(subject)
    const w = median(parallel)
    const r = median(reference)
    const k = median(command)
    for (const x of [s, w, k]) {
      if (x.records !== records || x.rejected !== stats.invalid || x.accepted + x.rejected !== x.records) {
        throw new Error(`validation result does not match the sample: ${JSON.stringify(x)} vs ${JSON.stringify(stats)}`)
      }
    }
    if (w.problems !== s.problems || k.problems !== s.problems)
      throw new Error(`workers, command and serial disagree: ${JSON.stringify([w, k, s])}`)
    const perWorker = (x) => Math.round(((x.maxRssMB - x.loadedRssMB) / x.workers) * 10) / 10
    results[`${data}:${records}`] = {
      data,
      records,
      validateMs: s.ms,
      workersMs: w.ms,
      workers: w.workers,
      workersPeakRssMB: Math.max(...parallel.map((x) => x.maxRssMB)),
      workersMainRssMB: Math.max(...parallel.map((x) => x.loadedRssMB)),
      perWorkerRssMB: Math.max(...parallel.map(perWorker)),
      cliMs: k.ms,
      cliPeakRssMB: Math.max(...command.map((x) => x.maxRssMB)),
      referenceMs: r.ms,
      peakRssMB: Math.max(...subject.map((x) => x.maxRssMB)),
      loadedRssMB: Math.max(...subject.map((x) => x.loadedRssMB)),
      referencePeakRssMB: Math.max(...reference.map((x) => x.maxRssMB)),
      bytes: stats.bytes,
      rejected: s.rejected,
      problems: s.problems
    }
  }
const load = `${loadBefore} before, ${loadavg()
  .map((x) => x.toFixed(1))
  .join(" ")} after (1/5/15 min)`
const round1 = (x) => Math.round(x * 10) / 10
const RSS_LIMIT_MB = 150
const RSS_GROWTH_MB = 16
for (const data of DATA) {
  const rows = Object.values(results)
    .filter((x) => x.data === data)
    .sort((a, b) => a.records - b.records)
  const growth = (key) => round1(rows[rows.length - 1][key] - rows[0][key])
  const rssGrowthMB = growth("peakRssMB")
  const cliRssGrowthMB = growth("cliPeakRssMB")
  const perWorkerGrowthMB = growth("perWorkerRssMB")
  const label = data === "independent" ? "independent file, realistic kanji" : "juki's generateSample"
  const bySize = (key) => Object.fromEntries(rows.map((x) => [x.records, x[key]]))
  console.log(
    `peak RSS by size (${label}), MB: library serial ${JSON.stringify(bySize("peakRssMB"))} (growth ${rssGrowthMB}), ` +
      `juki validate ${JSON.stringify(bySize("cliPeakRssMB"))} (growth ${cliRssGrowthMB}), per worker ${JSON.stringify(bySize("perWorkerRssMB"))} ` +
      `(growth ${perWorkerGrowthMB}; workers' process ${JSON.stringify(bySize("workersPeakRssMB"))}); limit ${RSS_LIMIT_MB} MB, flat = growth < ${RSS_GROWTH_MB} MB: ` +
      (rows.every(
        (x) => x.peakRssMB <= RSS_LIMIT_MB && x.cliPeakRssMB <= RSS_LIMIT_MB && x.perWorkerRssMB <= RSS_LIMIT_MB
      ) && Math.max(rssGrowthMB, cliRssGrowthMB, perWorkerGrowthMB) < RSS_GROWTH_MB
        ? "pass"
        : "MISS")
  )
  for (const x of rows) {
    const records = x.records
    const serialTarget = records >= 3_000_000 ? 1.3 : 1.6
    const timeOk = x.validateMs <= serialTarget * x.referenceMs
    const rssOk = x.peakRssMB <= RSS_LIMIT_MB && rssGrowthMB < RSS_GROWTH_MB
    const common = { rounds: ROUNDS, statistic: "median of the rounds after one warm-up round", load }
    report({
      name: `formats: validate ${records.toLocaleString("en")} 本人確認情報 records (Shift_JIS, ${label}, serial)`,
      unit: "records",
      count: records,
      subjectMs: x.validateMs,
      referenceMs: x.referenceMs,
      subjectLabel: "FixedLength.validate(fileChunks(file)) (decode + all checks)",
      referenceLabel: "chunked TextDecoder('shift_jis'), same file",
      target: `time <= ${serialTarget}x reference; peak RSS <= ${RSS_LIMIT_MB} MB, not growing with the file`,
      pass: timeOk && rssOk,
      extra: {
        timeRatio: Math.round((x.validateMs / x.referenceMs) * 100) / 100,
        fileMB: Math.round(x.bytes / 1e5) / 10,
        mbPerSecond: Math.round(x.bytes / 1e3 / x.validateMs),
        peakRssMB: x.peakRssMB,
        loadedRssMB: x.loadedRssMB,
        referencePeakRssMB: x.referencePeakRssMB,
        rssGrowthMB,
        rejected: x.rejected,
        problems: x.problems,
        ...common
      }
    })
    report({
      name: `formats: validate ${records.toLocaleString("en")} 本人確認情報 records (Shift_JIS, ${label}, juki validate --workers 1)`,
      unit: "records",
      count: records,
      subjectMs: x.cliMs,
      referenceMs: x.referenceMs,
      subjectLabel: "juki validate --workers 1 --format json (whole process, start-up included)",
      referenceLabel: "chunked TextDecoder('shift_jis') (its own child process, timed after start-up), same file",
      target: `peak RSS <= ${RSS_LIMIT_MB} MB, not growing with the file (time informative)`,
      pass: x.cliPeakRssMB <= RSS_LIMIT_MB && cliRssGrowthMB < RSS_GROWTH_MB,
      extra: {
        timeRatio: Math.round((x.cliMs / x.referenceMs) * 100) / 100,
        peakRssMB: x.cliPeakRssMB,
        rssGrowthMB: cliRssGrowthMB,
        ...common
      }
    })
    report({
      name: `formats: validate ${records.toLocaleString("en")} 本人確認情報 records (Shift_JIS, ${label}, ${x.workers} worker threads)`,
      unit: "records",
      count: records,
      subjectMs: x.workersMs,
      referenceMs: x.referenceMs,
      subjectLabel: `validateFile (@juki/formats/node, ${x.workers} workers)`,
      referenceLabel: "chunked TextDecoder('shift_jis') (one thread), same file",
      target:
        (records >= 3_000_000 ? "time <= 0.9x reference; " : "time informative; ") +
        `peak RSS per worker <= ${RSS_LIMIT_MB} MB, not growing with the file`,
      pass:
        (records >= 3_000_000 ? x.workersMs <= 0.9 * x.referenceMs : true) &&
        x.perWorkerRssMB <= RSS_LIMIT_MB &&
        perWorkerGrowthMB < RSS_GROWTH_MB,
      extra: {
        timeRatio: Math.round((x.workersMs / x.referenceMs) * 100) / 100,
        workers: x.workers,
        perWorkerRssMB: x.perWorkerRssMB,
        perWorker: "(process peak - main thread's peak before the workers start) / workers, an upper bound",
        mainThreadRssMB: x.workersMainRssMB,
        processPeakRssMB: x.workersPeakRssMB,
        rssGrowthMB: perWorkerGrowthMB,
        ...common
      }
    })
  }
}

// ------------------------------------------------------------------------------------------------ encoding bench
const texts = []
for (const r of generateSampleRecords(layout, { records: 100_000, seed: SEED, fillRate: 1 })) {
  texts.push(r.nameKanji, r.address, r.nameKana ?? "")
}
const encodingJapanese = await import(process.env["JUKI_ENCODING_JAPANESE"] ?? "encoding-japanese").then(
  (m) => m.default ?? m,
  () => undefined
)
/** One warm-up call, then the median of ROUNDS timed calls. */
const timeBest = (fn) => {
  fn()
  const times = []
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return times.sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]
}
let bytesOurs = 0
const oursMs = timeBest(() => {
  bytesOurs = 0
  for (const t of texts) {
    const r = ShiftJis.encode(t)
    if (r._tag === "Success") bytesOurs += r.success.length
  }
})
if (encodingJapanese) {
  let bytesTheirs = 0
  const theirsMs = timeBest(() => {
    bytesTheirs = 0
    for (const t of texts) {
      const codes = encodingJapanese.convert(encodingJapanese.stringToCode(t), {
        to: "SJIS",
        from: "UNICODE",
        fallback: "error"
      })
      bytesTheirs += Uint8Array.from(codes).length
    }
  })
  const policy = ["〜", "−", "髙", "①", "𠮷"].map((c) => {
    let theirs
    try {
      theirs = encodingJapanese
        .convert(encodingJapanese.stringToCode(c), { to: "SJIS", from: "UNICODE", fallback: "error" })
        .map((b) => b.toString(16).toUpperCase().padStart(2, "0"))
        .join("")
    } catch {
      theirs = "error"
    }
    const ours = ShiftJis.encodeHex(c, { charset: "cp932" })
    return `${c} ours(cp932) ${ours._tag === "Success" ? ours.success : "error"} / encoding-japanese ${theirs}`
  })
  report({
    name: "formats: Shift_JIS encoding of 300,000 names and addresses",
    unit: "strings",
    count: texts.length,
    subjectMs: oursMs,
    referenceMs: theirsMs,
    subjectLabel: "ShiftJis.encode (own table from Text.toShiftJisCode)",
    referenceLabel: `encoding-japanese ${encodingJapanese.version ?? ""} convert(fallback: error)`,
    target: "informative (choose the faster of equal correctness)",
    extra: { bytesOurs, bytesTheirs, policy: policy.join("; ") }
  })
} else {
  console.log(
    `ShiftJis.encode: ${texts.length} strings in ${oursMs.toFixed(1)} ms (encoding-japanese not installed; set JUKI_ENCODING_JAPANESE to compare)`
  )
}
