// The 異動 phase of bench/store.bench.mjs in its own Node process, as `juki registry apply` runs in its own process:
// its RSS is that of applying, not of the generator and COPY that loaded the registry before it (those leave a
// heap of their own behind). Prints one JSON line: rounds, latencies' p50 / p99, verdicts, RSS.
// Args: <url> <residents> <events> <group> <rounds>
// V8 settings: those of `juki registry apply`, set the way its bin sets them (v8.setFlagsFromString before anything
// else is loaded: the rest is imported after). STORE_BENCH_V8_FLAGS=none runs without them (V8's defaults), any other
// value replaces them (space-separated flags). STORE_BENCH_MEM=1 prints the memory and Node CPU seconds of each round.
import { loadavg } from "node:os"
import { setFlagsFromString } from "node:v8"
import { v8FlagsFor } from "../packages/cli/dist/v8-flags.js"

const flagsEnv = process.env.STORE_BENCH_V8_FLAGS
const v8Flags =
  flagsEnv === undefined ? v8FlagsFor(["registry", "apply"]) : flagsEnv === "none" ? [] : flagsEnv.split(/\s+/)
for (const flag of v8Flags) setFlagsFromString(flag)
const { ManagedRuntime } = await import("effect")
const { Apply, SqlStore, Synthetic } = await import("@juki/store")
const { median, take } = await import("./harness.mjs")

const [url, nArg, eArg, gArg, rArg] = process.argv.slice(2)
const N = Number(nArg)
const E = Number(eArg)
const G = Number(gArg)
process.env.STORE_BENCH_ROUNDS = rArg
let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200)
const mb = (b) => Math.round(b / 1048576)
const W = Math.min(2_000, Math.floor(E / 10))
const R = Number(process.env.STORE_BENCH_ROUNDS ?? 5)
const per = Math.ceil(E / R)
const roundSizes = [W, ...Array.from({ length: R }, (_, i) => Math.max(0, Math.min(per, E - i * per)))]
const load0 = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ")
const rt = ManagedRuntime.make(SqlStore.layerPg(url))
// Node RSS while the 異動 are applied (sampled every 200 ms and after each group): peak, and after the warm-up and
// each round.
peakRss = 0
const rssAt = []
const total = W + E
const verdicts = new Uint8Array(total)
const lat = new Float64Array(E)
let nLat = 0
let accepted = 0
const storeRounds = []
let cpu0 = process.cpuUsage()
{
  const it = Synthetic.eventStream(N, total, 42)[Symbol.iterator]()
  let at = 0
  for (const [i, size] of roundSizes.entries()) {
    let last = performance.now()
    let seen = 0
    const t = performance.now()
    const sum = await rt.runPromise(
      Apply.applyEach(
        take(it, size),
        (o) => {
          verdicts[at++] = o.accepted ? 1 : 0
        },
        {
          groupSize: G,
          onProgress: (done) => {
            const now = performance.now()
            if (i > 0) for (let k = seen; k < done; k++) lat[nLat++] = now - last
            seen = done
            last = now
            peakRss = Math.max(peakRss, process.memoryUsage.rss())
          }
        }
      )
    )
    if (i > 0) accepted += sum.accepted
    rssAt.push(mb(process.memoryUsage().rss))
    if (process.env.STORE_BENCH_MEM === "1") {
      const m = process.memoryUsage()
      const c = process.cpuUsage(cpu0)
      cpu0 = process.cpuUsage()
      console.error(
        `round ${i}: Node CPU ${((c.user + c.system) / 1e6).toFixed(1)} s, rss ${mb(m.rss)} heapTotal ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} MB, ${Math.round((size / (performance.now() - t)) * 1000)} /s`
      )
    }
    if (i > 0) storeRounds.push((sum.done / (performance.now() - t)) * 1000)
  }
}
await rt.dispose()
const applyPeakRss = mb(peakRss)
const applyRssOk = applyPeakRss < 300
console.error(
  `apply: Node RSS peak ${applyPeakRss} MB while applying ${E.toLocaleString()} 異動 (target < 300 MB, flat): ${applyRssOk ? "PASS" : "MISS"}; after the warm-up and each round: ${rssAt.join(", ")} MB`
)
const storeRate = median(storeRounds)
const sorted = lat.subarray(0, nLat).sort()
const q = (p) => sorted[Math.min(nLat - 1, Math.floor(p * nLat))]
clearInterval(sampler)
process.stdout.write(
  `${JSON.stringify({
    W,
    total,
    storeRounds,
    rssAt,
    applyPeakRss,
    accepted,
    p50: q(0.5),
    p99: q(0.99),
    load0,
    v8Flags: v8Flags.join(" "),
    verdicts: Array.from(verdicts).join("")
  })}\n`
)
