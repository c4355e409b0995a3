// Shared benchmark harness: every benchmark measures the subject and a reference implemented in the same run,
// then prints throughput and the ratio. Results are appended to bench/out/results.json for docs/benchmarks.md.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs"
import { cpus } from "node:os"

/** Runs `fn` `rounds` times (after one warm-up) and returns the best wall time in ms. */
export const time = (fn, rounds = 5) => {
  fn()
  let best = Infinity
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (ms < best) best = ms
  }
  return best
}

/** Async variant of {@link time}. */
export const timeAsync = async (fn, rounds = 3) => {
  await fn()
  let best = Infinity
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint()
    await fn()
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (ms < best) best = ms
  }
  return best
}

/** The run this process belongs to (bench/run.mjs sets one id for every benchmark of a `pnpm bench`). */
const RUN = process.env["JUKI_BENCH_RUN"] ?? new Date().toISOString()

const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1))

/**
 * Prints one comparison and records it.
 * `ratio` = subject throughput / reference throughput (higher is better for the subject);
 * `target` states the acceptance (e.g. ">= 0.7" or "time <= 3x reference").
 */
export const report = ({
  name,
  unit,
  count,
  subjectMs,
  referenceMs,
  subjectLabel,
  referenceLabel,
  target,
  pass,
  extra
}) => {
  const subjectRate = (count / subjectMs) * 1000
  const referenceRate = (count / referenceMs) * 1000
  const ratio = subjectRate / referenceRate
  const line = {
    name,
    unit,
    count,
    subject: subjectLabel,
    reference: referenceLabel,
    subjectMs: Math.round(subjectMs * 10) / 10,
    referenceMs: Math.round(referenceMs * 10) / 10,
    subjectPerSecond: Math.round(subjectRate),
    referencePerSecond: Math.round(referenceRate),
    ratio: Math.round(ratio * 1000) / 1000,
    target,
    pass: pass ?? null,
    ...(extra ?? {}),
    run: RUN,
    source: process.argv[1]?.split("/").pop() ?? "unknown",
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    date: new Date().toISOString().slice(0, 10)
  }
  console.log(
    `${name}: ${subjectLabel} ${fmt(subjectRate)} ${unit}/s; ${referenceLabel} ${fmt(referenceRate)} ${unit}/s; ratio ${line.ratio} (target ${target})${pass === undefined ? "" : pass ? " PASS" : " MISS"}`
  )
  mkdirSync(new URL("./out/", import.meta.url), { recursive: true })
  const file = new URL("./out/results.json", import.meta.url)
  const all = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  all[name] = line
  writeFileSync(file, JSON.stringify(all, null, 2) + "\n")
  return line
}

/** The next `k` values of an iterator (fewer when it ends first), pulled as they are consumed. */
export function* take(it, k) {
  for (let i = 0; i < k; i++) {
    const n = it.next()
    if (n.done) return
    yield n.value
  }
}

/** The median of a list of numbers (the upper one of the two middle values for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
