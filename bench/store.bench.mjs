// @juki/store against a PostgreSQL server (Debian postgresql, throwaway cluster with PostgreSQL's durable
// defaults unless STORE_BENCH_PG_URL points at a running one). Sizes by env var (defaults = issue #14):
//   STORE_BENCH_RESIDENTS (4,000,000)   synthetic residents loaded with COPY (psql) + indexes built in SQL
//   STORE_BENCH_EVENTS (100,000)        random 異動 applied through the PostgreSQL store (group commit)
//   STORE_BENCH_MEMORY_RESIDENTS (100,000)  the in-memory reference: the same kind of events on Registry
//   STORE_BENCH_GROUP (200)             events per group: read together, decided in order, one commit
//   STORE_BENCH_ROUNDS (5)              timed rounds after the warm-up (medians reported)
//   STORE_BENCH_LOAD_ONLY=1 stops after the load; STORE_BENCH_SKIP_LOAD=1 reuses a registry loaded before (see
//   below), STORE_BENCH_SKIP_CHECK=1 leaves out `registry check`; STORE_BENCH_V8_FLAGS: see bench/store-apply.mjs.
// Measures: load time (target < 10 min at 4 M), `registry check` streamed in a child process (peak RSS < 300 MB),
// 異動 throughput, p50 / p99 per event (an event's latency = its group's commit time), Node RSS, and the ratio
// against the in-memory registry (target >= 0.1). Run on a shared machine with `nice -n 10`.
// Build first: npx -y pnpm@10.34.9 -r build
import { spawn, spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { loadavg } from "node:os"
import { Effect } from "effect"
import { apply, Registry } from "@juki/records"
import { SqlStore, Store, Synthetic } from "@juki/store"
import { median, report, take } from "./harness.mjs"

const N = Number(process.env.STORE_BENCH_RESIDENTS ?? 4_000_000)
const E = Number(process.env.STORE_BENCH_EVENTS ?? 100_000)
const M = Number(process.env.STORE_BENCH_MEMORY_RESIDENTS ?? 100_000)
const G = Number(process.env.STORE_BENCH_GROUP ?? 200)
const root = fileURLToPath(new URL("../", import.meta.url))

let url = process.env.STORE_BENCH_PG_URL
let pgDir
if (!url) {
  const r = spawnSync("bash", [`${root}scripts/pg-throwaway.sh`, "start"], {
    encoding: "utf8",
    // Durable (fsync on). wal_level=minimal (no replication from this cluster): a COPY into a table emptied in the
    // same transaction, and an index build, write no WAL (the files are synced at commit instead).
    env: {
      ...process.env,
      JUKI_PG_FAST: "0",
      JUKI_PG_PORT: process.env.JUKI_PG_PORT ?? "54330",
      JUKI_PG_OPTS: "-c wal_level=minimal -c max_wal_senders=0"
    }
  })
  if (r.status !== 0) throw new Error(`could not start PostgreSQL: ${r.stderr}`)
  ;[pgDir, url] = r.stdout.trim().split("\n")
}
const stop = () => pgDir && spawnSync("bash", [`${root}scripts/pg-throwaway.sh`, "stop", pgDir])
process.on("exit", stop)

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200)
const mb = (b) => Math.round(b / 1048576)
// COPY into several tables at once from one generator of [line for table 1, line for table 2, …]: one psql per
// table, written in ~1 MB chunks, pausing on back-pressure. Nothing is held beyond the chunk being written.
const copyAll = (targets, rows) =>
  new Promise((resolve, reject) => {
    const ps = targets.map(({ table, columns }) => {
      // TRUNCATE in the COPY's transaction: with wal_level=minimal the rows are written without WAL, and FREEZE writes
      // them frozen (the first reader need not rewrite every page to set hint bits).
      const p = spawn(
        "psql",
        [
          url,
          "-v",
          "ON_ERROR_STOP=1",
          "-q",
          "-1",
          "-c",
          `TRUNCATE ${table}`,
          "-c",
          `COPY ${table} (${columns}) FROM STDIN WITH (FREEZE)`
        ],
        {
          stdio: ["pipe", "inherit", "inherit"]
        }
      )
      p.exitCode_ = new Promise((ok, ko) =>
        p.on("exit", (code) => (code === 0 ? ok() : ko(new Error(`COPY ${table} exited ${code}`))))
      )
      return p
    })
    Promise.all(ps.map((p) => p.exitCode_)).then(resolve, reject)
    const bufs = ps.map(() => [])
    let size = 0
    const flush = () => {
      let wait = 0
      ps.forEach((p, i) => {
        if (bufs[i].length && !p.stdin.write(bufs[i].join(""))) wait++
        bufs[i] = []
      })
      size = 0
      return wait
    }
    const pump = () => {
      for (;;) {
        const n = rows.next()
        if (n.done) {
          flush()
          for (const p of ps) p.stdin.end()
          return
        }
        n.value.forEach((line, i) => {
          bufs[i].push(line)
          size += line.length
        })
        if (size >= 1 << 20 && flush() > 0) {
          let left = ps.filter((p) => p.stdin.writableNeedDrain).length
          if (left === 0) continue
          for (const p of ps) if (p.stdin.writableNeedDrain) p.stdin.once("drain", () => --left === 0 && pump())
          return
        }
      }
    }
    pump()
  })
// COPY text format: only a backslash needs escaping here (JSON has no tab or newline); most rows have none.
const esc = (s) => (s.includes("\\") ? s.replace(/\\/g, "\\\\") : s)
const psqlAll = (statements) => {
  const r = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-q"], {
    input: statements.map((s) => `${s};\n`).join(""),
    encoding: "utf8"
  })
  if (r.status !== 0) throw new Error(r.stderr)
}

const run = (eff) => Effect.runPromise(Effect.provide(eff, SqlStore.layerPg(url)))

// STORE_BENCH_SKIP_LOAD=1 (with STORE_BENCH_PG_URL): the registry there was loaded by an earlier run with the same
// STORE_BENCH_RESIDENTS (e.g. STORE_BENCH_LOAD_ONLY=1); the 異動 change it, so point it at a fresh copy each time
// (CREATE DATABASE … TEMPLATE …). STORE_BENCH_SKIP_CHECK=1 leaves out step 2.
const countHouseholds = () =>
  Number(spawnSync("psql", [url, "-tAc", "SELECT count(*) FROM juki_households"], { encoding: "utf8" }).stdout.trim())
let steps = []
let loadMs = Number.NaN
let loadCpu = "not loaded in this run"
let copyRss = 0
if (process.env.STORE_BENCH_SKIP_LOAD !== "1") {
  // 1. Load: schema and an empty registry through the store, keys and indexes dropped, then COPY of persons and
  // history generated as they stream (each 住民票 serialized once, its history row built around it), then the keys,
  // the derived 世帯 / identifier / 3情報 tables and the indexes, built once in SQL.
  await run(
    Effect.gen(function* () {
      yield* (yield* Store.Store).loadRecords(Synthetic.MUNICIPALITY, [])
    })
  )
  psqlAll(SqlStore.bulkLoadBefore)
  // CPU seconds (Linux /proc, 0 elsewhere): this Node process, its reaped children (psql) and, when the cluster is
  // this run's own, PostgreSQL (the postmaster and its reaped backends): who the load spends the 2 cores on.
  const ticks = (pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
      return { self: (Number(f[11]) + Number(f[12])) / 100, children: (Number(f[13]) + Number(f[14])) / 100 }
    } catch {
      return { self: 0, children: 0 }
    }
  }
  const cpu = () => {
    const me = ticks("self")
    let pg = 0
    if (pgDir) {
      try {
        const pm = ticks(readFileSync(`${pgDir}/data/postmaster.pid`, "utf8").split("\n")[0])
        pg = pm.self + pm.children
      } catch {}
    }
    return { node: me.self, psql: me.children, pg }
  }
  const cpu0 = cpu()
  const t0 = performance.now()
  function* lines() {
    let ord = 0
    for (const r of Synthetic.residents(N)) {
      ord++
      const rec = JSON.stringify(r)
      const e = r.entry
      const head = {
        historyNumber: 1,
        jiyu: e.jiyu,
        changeDate: e.date,
        processedOn: e.filedOn ?? e.date,
        ...(e.filedOn === undefined ? {} : { filedOn: e.filedOn }),
        byAuthority: e.byAuthority
      }
      const row = `${JSON.stringify(head).slice(0, -1)},"snapshot":${rec}}`
      yield [
        `${r.atenaNumber}\t${r.householdNumber}\t${ord}\t${r.state}\t${esc(Registry.threeInfoKey(r))}\t1\t${esc(rec)}\n`,
        `${r.atenaNumber}\t1\t${esc(row)}\n`
      ]
    }
  }
  await copyAll(
    [
      {
        table: "juki_persons",
        columns: "atena_number, household_number, ord, state, three_key, history_length, record"
      },
      { table: "juki_history", columns: "atena_number, history_number, row" }
    ],
    lines()
  )
  const tCopy = performance.now()
  const cpuCopy = cpu()
  // Keys, derived tables and indexes on two connections at once (the 2 cores): the persons' side and the history's
  // side, in SqlStore.bulkLoadAfter's order within each, then ANALYZE. Each statement timed; a derived table is
  // emptied in the transaction that fills it (no WAL with wal_level=minimal).
  const psqlAsync = (statements) =>
    new Promise((resolve, reject) => {
      const p = spawn("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-1"], { stdio: ["pipe", "inherit", "inherit"] })
      p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}: ${statements.at(-1)}`))))
      p.stdin.end(statements.map((s) => `${s};\n`).join(""))
    })
  const settings = SqlStore.bulkLoadAfter.filter((s) => s.startsWith("SET "))
  const work = SqlStore.bulkLoadAfter.filter((s) => !s.startsWith("SET "))
  steps = []
  const lane = async (statements) => {
    for (const s of statements) {
      const t = performance.now()
      const into = /^INSERT INTO (\w+)/.exec(s)?.[1]
      await psqlAsync([...settings, ...(into ? [`TRUNCATE ${into}`] : []), s])
      steps.push([s.replace(/\s+/g, " ").slice(0, 60), Math.round(performance.now() - t) / 1000])
    }
  }
  const historySide = (s) => /juki_history|juki_identifiers/.test(s) && !s.startsWith("ANALYZE")
  await Promise.all([
    lane(work.filter((s) => !historySide(s) && !s.startsWith("ANALYZE"))),
    lane(work.filter(historySide))
  ])
  await lane(work.filter((s) => s.startsWith("ANALYZE")))
  console.log(`keys and indexes: ${steps.map(([s, t]) => `${t} s ${s}`).join("\n  ")}`)
  loadMs = performance.now() - t0
  const cpuLoad = cpu()
  const cpuText = (a, b) =>
    `Node ${(b.node - a.node).toFixed(0)} s, psql ${(b.psql - a.psql).toFixed(0)} s${pgDir ? `, PostgreSQL ${(b.pg - a.pg).toFixed(0)} s` : ""}`
  loadCpu = `COPY: ${cpuText(cpu0, cpuCopy)}; keys and indexes: ${cpuText(cpuCopy, cpuLoad)}`
  copyRss = mb(peakRss)
  console.log(
    `load: ${N.toLocaleString()} residents in ${countHouseholds().toLocaleString()} 世帯: COPY ${((tCopy - t0) / 1000).toFixed(1)} s, keys and indexes ${((performance.now() - tCopy) / 1000).toFixed(1)} s, total ${(loadMs / 1000).toFixed(1)} s, Node RSS ${copyRss} MB; CPU seconds: ${loadCpu}`
  )
}
const households = countHouseholds()
// STORE_BENCH_LOAD_ONLY=1: stop after the load (to measure it alone).
if (process.env.STORE_BENCH_LOAD_ONLY === "1") process.exit(0)

// 2. `juki registry check`, streamed, in its own process: peak RSS.
const check =
  process.env.STORE_BENCH_SKIP_CHECK === "1"
    ? { stdout: "{}" }
    : spawnSync(process.execPath, [`${root}bench/store-check.mjs`, url], { encoding: "utf8", maxBuffer: 1 << 26 })
const checkOut = JSON.parse(check.stdout.trim().split("\n").pop() ?? "{}")
console.log(`check: ${JSON.stringify(checkOut)}`)

// 3. Random 異動 through the PostgreSQL store (batched reads, group commit) and, as the reference, the same kind of
// events on the in-memory Registry of M residents. One continuous stream of events each: the first W are the
// warm-up, the rest is cut into R rounds timed one by one; the figures are the medians of the rounds.
// An event's latency is its group's time (read, decide, commit), so p50 / p99 are per group, counted per event.
// Nothing grows with the number of events: they are generated as they are pulled (Synthetic.eventStream),
// outcomes are handed over one by one (Apply.applyEach) and only the verdict (one byte) and latency (a float) kept.
// The 異動 run in their own process (bench/store-apply.mjs), like `juki registry apply`, with its V8 settings.
const R = Number(process.env.STORE_BENCH_ROUNDS ?? 5)
const applied = spawnSync(
  process.execPath,
  [`${root}bench/store-apply.mjs`, url, String(N), String(E), String(G), String(R)],
  { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "inherit"] }
)
if (applied.status !== 0) throw new Error(`the 異動 process failed (exit ${applied.status})`)
const a = JSON.parse(applied.stdout.trim().split("\n").pop() ?? "{}")
const { W, total, storeRounds, rssAt, applyPeakRss, accepted, load0 } = a
const per = Math.ceil(E / R)
const roundSizes = [W, ...Array.from({ length: R }, (_, i) => Math.max(0, Math.min(per, E - i * per)))]
const verdicts = Uint8Array.from(a.verdicts, (c) => (c === "1" ? 1 : 0))
const applyRssOk = applyPeakRss < 300
const storeRate = median(storeRounds)
const q = (p) => (p === 0.5 ? a.p50 : a.p99)
// Verdicts equal the one-at-a-time in-memory result (checked when the registry fits in memory).
let verified = "not checked (registry too large for memory)"
if (N <= 300_000) {
  let reg = Synthetic.registry(N)
  let same = 0
  let i = 0
  for (const { event } of Synthetic.eventStream(N, total, 42)) {
    const x = apply(reg, event)
    if (x._tag === "Success") reg = x.success.registry
    if ((x._tag === "Success" ? 1 : 0) === verdicts[i++]) same++
  }
  verified = `${same}/${total} verdicts equal to apply one at a time`
}

// 4. Reference: the same kind of events applied to the in-memory registry of M residents.
let mreg = Synthetic.registry(M)
const memRounds = []
{
  const it = Synthetic.eventStream(M, total, 42)[Symbol.iterator]()
  for (const [i, size] of roundSizes.entries()) {
    const chunk = [...take(it, size)]
    const t = performance.now()
    for (const { event } of chunk) {
      const x = apply(mreg, event)
      if (x._tag === "Success") mreg = x.success.registry
    }
    if (i > 0) memRounds.push((chunk.length / (performance.now() - t)) * 1000)
  }
}
mreg = undefined
const memRate = median(memRounds)
clearInterval(sampler)
const load1 = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ")

report({
  name: "store.postgres.apply",
  unit: "異動",
  count: E,
  subjectMs: (E / storeRate) * 1000,
  referenceMs: (E / memRate) * 1000,
  subjectLabel: `PostgreSQL store, ${N.toLocaleString("en-US")} residents, group commit ${G}`,
  referenceLabel: `apply on the in-memory Registry, ${M.toLocaleString("en-US")} residents`,
  target: ">= 0.1, Node RSS < 300 MB while applying",
  pass: storeRate / memRate >= 0.1 && applyRssOk,
  extra: {
    residents: N,
    households,
    loadSeconds: Math.round(loadMs / 100) / 10,
    loadCpuSeconds: loadCpu,
    loadSteps: steps.map(([s, t]) => `${t} s ${s.split(" ").slice(0, 4).join(" ")}`).join("; "),
    loadTarget: "< 600 s (COPY)",
    checkPeakRssMB: checkOut.peakRssMB,
    checkSeconds: checkOut.seconds,
    checkViolations: checkOut.violations,
    rounds: `warm-up ${W}, then median of ${R} rounds (store /s: ${storeRounds.map(Math.round).join(", ")}; memory /s: ${memRounds.map(Math.round).join(", ")})`,
    applyP50Ms: Math.round(q(0.5) * 10) / 10,
    applyP99Ms: Math.round(q(0.99) * 10) / 10,
    perEvent: "p50 / p99: the time of the event's group (read, decide, commit)",
    accepted,
    verdicts: verified,
    applyPeakRssMB: applyPeakRss,
    applyRssTarget: "< 300 MB, flat",
    applyRssPass: applyRssOk,
    applyRssMB: `after the warm-up and each round: ${rssAt.join(", ")}`,
    loadNodeRssMB: copyRss,
    peakRssMB: mb(peakRss),
    postgres: pgDir ? "throwaway Debian PostgreSQL 15 cluster, durable defaults (fsync on)" : "STORE_BENCH_PG_URL",
    nice: "run with nice -n 10 on a shared 2-core machine",
    loadAverage: `${load0} at the start of the 異動, ${load1} at the end`
  }
})
process.exit(0)
