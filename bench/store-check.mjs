// `juki registry check` over a PostgreSQL store in its own process: prints one JSON line with the persons,
// 世帯 and violations seen, the time and the peak RSS (sampled every 100 ms).
import { Effect } from "effect"
import { RegistryCli, SqlStore } from "@juki/store"

const url = process.argv[2]
let peak = 0
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100)
const t0 = performance.now()
const r = await Effect.runPromise(
  Effect.provide(
    RegistryCli.checkStore(() => undefined),
    SqlStore.layerPg(url)
  )
)
clearInterval(timer)
peak = Math.max(peak, process.memoryUsage().rss)
console.log(
  JSON.stringify({
    ...r,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    peakRssMB: Math.round(peak / 1048576)
  })
)
process.exit(0)
