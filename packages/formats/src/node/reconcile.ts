// Node-only parts of 整合性確認: a Spill writing sorted runs to a temporary folder. Re-exported by ./index.ts.
import { createReadStream, createWriteStream } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { once } from "node:events"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { ITEMS, type Image, type ItemName, type Spill } from "../reconcile/index.js"

const NAMES: ReadonlyArray<ItemName> = ITEMS.map((i) => i.name)

const encode = (i: Image): string => JSON.stringify([i.residentCode, i.record ?? null, ...NAMES.map((n) => i.items[n])])

const decode = (line: string): Image => {
  const a = JSON.parse(line) as Array<string | number | null>
  const items = {} as Record<ItemName, string>
  NAMES.forEach((n, k) => (items[n] = String(a[k + 2] ?? "")))
  const record = a[1]
  return { residentCode: String(a[0]), items, ...(typeof record === "number" ? { record } : {}) }
}

/**
 * Options of {@link fileSpill}.
 *
 * @category models
 * @since 0.3.0
 */
export interface FileSpillOptions {
  /** The parent of the temporary folder (default `os.tmpdir()`). */
  readonly dir?: string
}

/**
 * A `Reconcile.Spill` writing each sorted run to a file (one JSON array per line) in a fresh
 * temporary folder (`juki-reconcile-*`), removed with everything in it by `close` — which the sort
 * calls when it ends, fails or is abandoned.
 *
 * @category constructors
 * @since 0.3.0
 */
export const fileSpill =
  (options: FileSpillOptions = {}): (() => Spill) =>
  () => {
    let folder: Promise<string> | undefined
    let n = 0
    return {
      write: async (run) => {
        folder ??= mkdtemp(join(options.dir ?? tmpdir(), "juki-reconcile-"))
        const path = join(await folder, `run-${n++}.jsonl`)
        const out = createWriteStream(path)
        let failure: unknown
        out.on("error", (e) => (failure ??= e))
        const chunk: Array<string> = []
        for (const image of run) {
          chunk.push(encode(image))
          if (chunk.length >= 1024) {
            if (!out.write(chunk.join("\n") + "\n")) await Promise.race([once(out, "drain"), once(out, "error")])
            chunk.length = 0
            if (failure !== undefined) throw failure
          }
        }
        if (chunk.length > 0) out.write(chunk.join("\n") + "\n")
        out.end()
        await Promise.race([once(out, "finish"), once(out, "error")])
        if (failure !== undefined) throw failure
        return async function* () {
          const input = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 })
          const lines = createInterface({ input, crlfDelay: Infinity })
          try {
            for await (const line of lines) if (line !== "") yield decode(line)
          } finally {
            lines.close()
            input.destroy()
          }
        }
      },
      close: async () => {
        if (folder !== undefined) await rm(await folder, { recursive: true, force: true })
      }
    }
  }
