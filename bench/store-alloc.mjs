// Where the 異動 phase allocates (a diagnostic, not part of `pnpm bench`): V8's sampling heap profiler, counting objects
// collected by both the young and the old generation's collections too, over <events> synthetic 異動 applied through
// the PostgreSQL store at <url> (loaded with <residents>, e.g. by `STORE_BENCH_LOAD_ONLY=1 node bench/store.bench.mjs`;
// the 異動 change it: use a copy). Prints the bytes allocated per event, by function and by the nearest frame of
// juki's packages. Run with the packages built: node bench/store-alloc.mjs <url> <residents> <events>
import { Session } from "node:inspector/promises"
import { ManagedRuntime } from "effect"
import { Apply, SqlStore, Synthetic } from "@juki/store"
const [url, n, e] = process.argv.slice(2)
const rt = ManagedRuntime.make(SqlStore.layerPg(url))
const it = Synthetic.eventStream(Number(n), Number(e), 42)[Symbol.iterator]()
const take = function* (k) {
  for (let i = 0; i < k; i++) {
    const x = it.next()
    if (x.done) return
    yield x.value
  }
}
await rt.runPromise(Apply.applyEach(take(1000), () => {}, { groupSize: 200 }))
const s = new Session()
s.connect()
await s.post("HeapProfiler.enable")
await s.post("HeapProfiler.startSampling", {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true
})
await rt.runPromise(Apply.applyEach(take(Number(e) - 1000), () => {}, { groupSize: 200 }))
const { profile } = await s.post("HeapProfiler.stopSampling")
await rt.dispose()
// self size by function (url:line), and total by top-level frames of our packages
const self = new Map()
const walk = (node, stack) => {
  const f = node.callFrame
  const name = `${f.functionName || "(anon)"} ${f.url.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "").replace(/.*wt-store\//, "")}:${f.lineNumber + 1}`
  const st = [...stack, name]
  const sz = node.selfSize
  if (sz) {
    self.set(name, (self.get(name) ?? 0) + sz)
    // attribute to the nearest frame in packages/ (our code)
    const ours = [...st].reverse().find((x) => x.includes("packages/"))
    const k = "OURS " + (ours ?? "(none)")
    self.set(k, (self.get(k) ?? 0) + sz)
  }
  for (const c of node.children) walk(c, st)
}
walk(profile.head, [])
const tot = [...self.entries()].filter(([k]) => !k.startsWith("OURS")).reduce((a, [, v]) => a + v, 0)
console.log(
  "total sampled MB",
  (tot / 1048576).toFixed(1),
  "per event KB",
  (tot / 1024 / (Number(e) - 1000)).toFixed(1)
)
for (const [k, v] of [...self.entries()]
  .filter(([k]) => !k.startsWith("OURS"))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log((v / 1048576).toFixed(1), k)
console.log("--- by nearest frame in packages/")
for (const [k, v] of [...self.entries()]
  .filter(([k]) => k.startsWith("OURS"))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log((v / 1048576).toFixed(1), k)
