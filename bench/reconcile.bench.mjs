// @juki/formats Reconcile (整合性確認, 住基法14条): two 本人確認情報 files in Shift_JIS (juki reference layout), in no
// particular order, joined by 住民票コード with the external sort (runs of at most 16 MiB of images held as UTF-8 lines in
// one byte buffer outside the JS heap, spilled to temporary files, removed afterwards, merged with one 256 KiB read
// budget shared by all runs), vs a plain read of both files (FixedLength decodeStream, every record built)
// measured in the same run. The second file differs from the first by known changes (every 10,000th record missing,
// every 10,000th + 1 with another 住所, 1 extra per 10,000): the bench fails if the counts are not exactly those.
// Measured the way `juki reconcile` runs: each (size, method) in its own child process (so a peak RSS is that of one
// run, not of the bench's lifetime), which sets the command's V8 flags first, as the bin does (packages/cli/src/
// v8-flags.ts: young generation kept at its initial size, old generation grown by 30 % at most between full
// collections) and reads each file with fileChunks (one reused 256 KiB buffer), as the command does for a regular
// file. The reference (the plain read) runs the same way. Sizes (JUKI_BENCH_SIZES, default 300,000 and 3,000,000
// records per file): below 1,000,000 one warm-up round (discarded), then JUKI_BENCH_ROUNDS (default 5) rounds,
// interleaved, median reported; from 1,000,000 on, a warm-up plain read (page cache), then JUKI_BENCH_LARGE_ROUNDS
// (default 1) rounds (the large size is there for memory: a round takes minutes). Peak RSS of the smallest and the
// largest size are compared: memory must not grow with the file (bounded by the run size), and temporary files must
// be gone afterwards. JUKI_BENCH_V8_FLAGS=0 runs the children with V8's defaults instead (to see what the flags do).
// The generated files (~2.3 GB each at 3,000,000) go to JUKI_BENCH_DIR (default /tmp/juki-reconcile-bench) and are
// deleted at the end unless JUKI_BENCH_KEEP=1 (kept files are reused by the next run).
// Run: npx -y pnpm@10.34.9 bench reconcile   (or: npx -y pnpm@10.34.9 -r build && nice -n 10 node bench/reconcile.bench.mjs)
import { spawnSync } from "node:child_process"
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { fileURLToPath } from "node:url"
import os from "node:os"
import { setFlagsFromString } from "node:v8"
import { v8FlagsFor } from "../packages/cli/dist/v8-flags.js"

// A child sets `juki reconcile`'s V8 flags before loading the packages, as the bin does before loading the commands.
const IS_CHILD = process.argv[2] === "--child"
const V8_FLAGS = process.env["JUKI_BENCH_V8_FLAGS"] === "0" ? [] : v8FlagsFor(["reconcile"])
if (IS_CHILD) for (const flag of V8_FLAGS) setFlagsFromString(flag)
const { ResidentCode } = await import("@juki/core")
const { FixedLength, Reconcile, ReferenceLayouts, generateSampleRecords } = await import("@juki/formats")
const { fileChunks, fileSpill } = await import("@juki/formats/node")
const { report } = await import("./harness.mjs")

const DIR = process.env["JUKI_BENCH_DIR"] ?? "/tmp/juki-reconcile-bench"
const SIZES = (process.env["JUKI_BENCH_SIZES"] ?? "300000,3000000").split(",").map(Number)
const ROUNDS = Math.max(1, Number(process.env["JUKI_BENCH_ROUNDS"] ?? 5))
const LARGE = 1_000_000
const LARGE_ROUNDS = Math.max(1, Number(process.env["JUKI_BENCH_LARGE_ROUNDS"] ?? 1))
const KEEP = process.env["JUKI_BENCH_KEEP"] === "1"
const SEED = 20261205
const EVERY = 10_000
const layout = ReferenceLayouts.HonninKakuninJoho
const self = fileURLToPath(import.meta.url)
const maxRssMB = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10
const SPILL = `${DIR}/spill`
// Bytes of images held in memory per sorted run (the library's default, 16 MiB); smaller runs show flat memory on
// smaller files (more runs to merge). The count bound (runSize) stays at the library's default, 100,000.
const RUN_BYTES = Math.max(1024, Number(process.env["JUKI_BENCH_RUN_BYTES"] ?? 16 * 1024 * 1024))
const RUN_LABEL = `${Math.round((RUN_BYTES / 1024 / 1024) * 100) / 100} MiB`

// ------------------------------------------------------------------------------------------------ child processes
const child = async (mode, a, b) => {
  const codec = FixedLength.make(layout)
  const read = (file) => codec.decodeStream(fileChunks(file))
  const t0 = process.hrtime.bigint()
  let out
  if (mode === "reconcile") {
    mkdirSync(SPILL, { recursive: true })
    const r = await Reconcile.reconcile(Reconcile.fromDecoded(read(a)), Reconcile.fromDecoded(read(b)), {
      spill: fileSpill({ dir: SPILL }),
      runBytes: RUN_BYTES,
      v8Flags: V8_FLAGS.join(" ") || "none",
      read: "fileChunks (256 KiB, reused), each size and method in its own process",
      maxDifferences: 0
    })
    const { byItem, ...counts } = r.counts
    out = { ...counts, byItem, leftover: readdirSync(SPILL).length }
  } else {
    let records = 0
    let accepted = 0
    for (const file of [a, b])
      for await (const r of read(file)) {
        records++
        if (r.accepted) accepted++
      }
    out = { records, accepted }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  process.stdout.write(JSON.stringify({ ms, maxRssMB: maxRssMB(), ...out }) + "\n")
}

if (IS_CHILD) {
  await child(process.argv[3], process.argv[4], process.argv[5])
  process.exit(0)
}

const runChild = (mode, a, b) => {
  const r = spawnSync(process.execPath, [self, "--child", mode, a, b], { encoding: "utf8", maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split("\n").pop())
}

// ------------------------------------------------------------------------------------------------ sample files
// 住民票コード of record i: a permutation of 0..n-1 (so the file is in no order), 10 digits + check digit.
const codeOf = (i, n) => {
  const p = (i * 7919 + 104729) % n
  const base = String(2_000_000_000 + p)
  return base + String(ResidentCode.checkDigit(base))
}
const otherChar = (s) => (s.startsWith("東") ? `西${s.slice(1)}` : `東${s.slice(1)}`)

const ensureFiles = async (n) => {
  mkdirSync(DIR, { recursive: true })
  const a = `${DIR}/registry-${n}.sjis`
  const b = `${DIR}/cs-${n}.sjis`
  const metaFile = `${DIR}/meta-${n}.json`
  const want = { n, seed: SEED, every: EVERY, layout: layout.name, version: 1 }
  if (existsSync(a) && existsSync(b) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8"))
    if (
      JSON.stringify(meta.want) === JSON.stringify(want) &&
      statSync(a).size === meta.bytesA &&
      statSync(b).size === meta.bytesB
    )
      return { a, b, expected: meta.expected }
  }
  const t0 = Date.now()
  const codec = FixedLength.make(layout)
  const expected = { missing: 0, changed: 0, extra: 0 }
  function* left() {
    let i = 0
    for (const r of generateSampleRecords(layout, { records: n, seed: SEED }))
      yield { ...r, residentCode: codeOf(i++, n) }
  }
  function* right() {
    let i = 0
    for (const r of generateSampleRecords(layout, { records: n, seed: SEED })) {
      const code = codeOf(i, n)
      if (i % EVERY === 0) expected.missing++
      else if (i % EVERY === 1) {
        expected.changed++
        yield { ...r, residentCode: code, address: otherChar(r.address) }
      } else yield { ...r, residentCode: code }
      if (i % EVERY === 2) {
        expected.extra++
        const base = String(3_000_000_000 + i)
        yield { ...r, residentCode: base + String(ResidentCode.checkDigit(base)) }
      }
      i++
    }
  }
  const fail = (record, problems) => {
    throw new Error(`sample record ${record} cannot be encoded: ${problems.map((p) => p.code).join(", ")}`)
  }
  await pipeline(Readable.from(codec.encodeStream(left(), { onError: fail })), createWriteStream(a))
  await pipeline(Readable.from(codec.encodeStream(right(), { onError: fail })), createWriteStream(b))
  writeFileSync(
    metaFile,
    JSON.stringify({ want, expected, bytesA: statSync(a).size, bytesB: statSync(b).size }, null, 2)
  )
  console.log(
    `generated ${a} and ${b}: ${n.toLocaleString()} records each, ${((statSync(a).size + statSync(b).size) / 1e6).toFixed(0)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s`
  )
  return { a, b, expected }
}

// ------------------------------------------------------------------------------------------------ bench
const results = {}
for (const n of SIZES) {
  const { a, b, expected } = await ensureFiles(n)
  const subject = []
  const reference = []
  const rounds = n >= LARGE ? LARGE_ROUNDS : ROUNDS
  runChild("reference", a, b)
  if (n < LARGE) runChild("reconcile", a, b)
  const loads = []
  for (let round = 0; round < rounds; round++) {
    loads.push(os.loadavg()[0])
    reference.push(runChild("reference", a, b))
    subject.push(runChild("reconcile", a, b))
  }
  loads.push(os.loadavg()[0])
  const median = (xs) => [...xs].sort((x, y) => x.ms - y.ms)[Math.floor((xs.length - 1) / 2)]
  const s = median(subject)
  const r = median(reference)
  for (const x of subject) {
    if (
      x.missing !== expected.missing ||
      x.changed !== expected.changed ||
      x.extra !== expected.extra ||
      x.duplicate !== 0 ||
      x.unreadable !== 0 ||
      !x.complete ||
      x.leftover !== 0
    )
      throw new Error(
        `reconcile found something else than the changes made: ${JSON.stringify(x)} vs ${JSON.stringify(expected)}`
      )
  }
  results[n] = {
    reconcileMs: s.ms,
    referenceMs: r.ms,
    peakRssMB: Math.max(...subject.map((x) => x.maxRssMB)),
    referencePeakRssMB: Math.max(...reference.map((x) => x.maxRssMB)),
    expected,
    rounds,
    load: Math.round(Math.max(...loads) * 100) / 100
  }
  console.log(`${n.toLocaleString("en")} + ${n.toLocaleString("en")}: ${JSON.stringify(results[n])}`)
  if (!KEEP) for (const f of [a, b, `${DIR}/meta-${n}.json`]) rmSync(f, { force: true })
}
if (!KEEP) rmSync(SPILL, { recursive: true, force: true })
const sizes = Object.keys(results)
  .map(Number)
  .sort((x, y) => x - y)
const small = results[sizes[0]]
const large = results[sizes[sizes.length - 1]]
const rssGrowthMB = Math.round((large.peakRssMB - small.peakRssMB) * 10) / 10
// Flat: the largest file may not take more than FLAT_MB of peak RSS over the smallest. What the sort holds is fixed
// (the run buffer, runBytes; the merge's read budget, 256 KiB whatever the number of runs); what moves the peak is
// where a major GC falls in the sawtooth of old-space garbage (the plain read alone spans ~30 MB between its lows and
// highs; peaks of rounds of one size differ by a few MB). 16 MB is about one run buffer: a sort holding even one more
// run than at the small size would exceed it.
const FLAT_MB = 16
const rssOk = sizes.length < 2 || rssGrowthMB <= FLAT_MB
// Over the plain read measured in the same run (the decoder's own memory cancels out).
const overReferenceMBBySize = Object.fromEntries(
  sizes.map((n) => [n, Math.round((results[n].peakRssMB - results[n].referencePeakRssMB) * 10) / 10])
)
console.log(
  `peak RSS by size ${JSON.stringify(Object.fromEntries(sizes.map((n) => [n, results[n].peakRssMB])))} MB; growth ${rssGrowthMB} MB (flat if <= ${FLAT_MB}: ${rssOk ? "yes" : "NO"}); over the plain read ${JSON.stringify(overReferenceMBBySize)} MB`
)
const peakRssMBBySize = Object.fromEntries(sizes.map((n) => [n, results[n].peakRssMB]))
const timeRatioBySize = Object.fromEntries(
  sizes.map((n) => [n, Math.round((results[n].reconcileMs / results[n].referenceMs) * 100) / 100])
)
if (!rssOk) process.exitCode = 1
for (const n of sizes) {
  const x = results[n]
  const timeOk = x.reconcileMs <= 6 * x.referenceMs
  report({
    name: `formats: reconcile ${n.toLocaleString("en")} + ${n.toLocaleString("en")} 本人確認情報 records (unsorted, external sort, runs of ${RUN_LABEL})`,
    unit: "records",
    count: 2 * n,
    subjectMs: x.reconcileMs,
    referenceMs: x.referenceMs,
    subjectLabel: "Reconcile.reconcile (decode, normalise, sort with temp files, merge)",
    referenceLabel: "FixedLength.decodeStream of both files",
    target: `time <= 6x reference; peak RSS of ${sizes[sizes.length - 1].toLocaleString("en")} records within ${FLAT_MB} MB of that of ${sizes[0].toLocaleString("en")}; findings exactly the changes made`,
    pass: timeOk && rssOk,
    extra: {
      timeRatio: Math.round((x.reconcileMs / x.referenceMs) * 100) / 100,
      timeRatioBySize,
      peakRssMB: x.peakRssMB,
      peakRssMBBySize,
      rssGrowthMB,
      flatWithinMB: FLAT_MB,
      overReferenceMBBySize,
      referencePeakRssMB: x.referencePeakRssMB,
      runBytes: RUN_BYTES,
      v8Flags: V8_FLAGS.join(" ") || "none",
      read: "fileChunks (256 KiB, reused), each size and method in its own process",
      load: x.load,
      findings: x.expected,
      rounds: x.rounds,
      statistic: x.rounds > 1 ? "median after one warm-up round" : "one round after a warm-up plain read"
    }
  })
}
