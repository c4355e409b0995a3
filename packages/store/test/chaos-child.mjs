// Child of the chaos test: applies a batch of synthetic 異動 through a PostgreSQL store and exits 0 when done.
// The parent kills it (SIGKILL) at random points and starts it again. It prints its progress (events decided,
// skipped ones included) after each group, so the parent can aim its kills at the batch whatever the machine's speed.
import { Effect } from "effect"
import { Apply, SqlStore, Synthetic } from "@juki/store"

const [url, n, e, group] = process.argv.slice(2)
const inputs = Synthetic.events(Number(n), Number(e), 77)
await Effect.runPromise(
  Effect.provide(
    Apply.applyEvents(inputs, { groupSize: Number(group), onProgress: (done) => process.stdout.write(`${done}\n`) }),
    SqlStore.layerPg(url)
  )
)
process.exit(0)
