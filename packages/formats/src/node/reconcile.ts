// Node-only parts of 整合性確認: a Spill writing sorted runs to a temporary folder. Re-exported by ./index.ts.
import { mkdtemp, open, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Spill } from "../reconcile/index.js"

/**
 * Options of {@link fileSpill}.
 *
 * @category models
 * @since 0.3.0
 */
export interface FileSpillOptions {
  /** The parent of the temporary folder (default `os.tmpdir()`). */
  readonly dir?: string
  /**
   * Most bytes each run reads at a time while runs are merged (default 32 KiB; a longer line grows
   * it). The merge holds one such buffer (and the lines decoded from it) per run it reads; with many
   * runs it asks each for less (its `mergeReadBytes` shared among them), and gets the smaller of both.
   */
  readonly readBufferBytes?: number
}

// Bytes gathered before one write to a run file.
const WRITE_CHUNK = 1 << 20

/**
 * A `Reconcile.Spill` writing each sorted run to a file (one line per image) in a fresh temporary
 * folder (`juki-reconcile-*`), removed with everything in it by `close` — which the sort calls when
 * it ends, fails or is abandoned. Writing goes through one buffer of 1 MiB; reading a run back holds
 * one buffer of `readBufferBytes`, so memory does not grow with the size of a run.
 *
 * @category constructors
 * @since 0.3.0
 */
export const fileSpill =
  (options: FileSpillOptions = {}): (() => Spill) =>
  () => {
    const readBytes = Math.max(1024, Math.floor(options.readBufferBytes ?? 32 * 1024))
    let folder: Promise<string> | undefined
    let n = 0
    return {
      write: async (run) => {
        folder ??= mkdtemp(join(options.dir ?? tmpdir(), "juki-reconcile-"))
        const path = join(await folder, `run-${n++}.jsonl`)
        const out = await open(path, "w")
        try {
          let pending: Array<string> = []
          let size = 0
          for await (const batch of run) {
            for (const line of batch) {
              pending.push(line)
              size += line.length
            }
            if (size >= WRITE_CHUNK) {
              pending.push("")
              await out.write(pending.join("\n"))
              pending = []
              size = 0
            }
          }
          if (pending.length > 0) {
            pending.push("")
            await out.write(pending.join("\n"))
          }
        } finally {
          await out.close()
        }
        return async function* (wanted?: number) {
          const size = wanted === undefined ? readBytes : Math.max(1024, Math.min(readBytes, Math.floor(wanted)))
          const input = await open(path, "r")
          try {
            let buffer = Buffer.allocUnsafe(size)
            let filled = 0
            for (;;) {
              if (filled === buffer.length) {
                // A line longer than the buffer: grow it.
                const bigger = Buffer.allocUnsafe(buffer.length * 2)
                buffer.copy(bigger, 0, 0, filled)
                buffer = bigger
              }
              const { bytesRead } = await input.read(buffer, filled, buffer.length - filled, null)
              if (bytesRead === 0) {
                if (filled > 0) yield [buffer.toString("utf8", 0, filled)]
                return
              }
              filled += bytesRead
              const end = buffer.lastIndexOf(10, filled - 1)
              if (end < 0) continue
              // Lines are cut from one string of the whole buffer; decoding them (JSON.parse) copies every value.
              const lines = buffer.toString("utf8", 0, end).split("\n")
              buffer.copy(buffer, 0, end + 1, filled)
              filled -= end + 1
              yield lines
            }
          } finally {
            await input.close()
          }
        }
      },
      close: async () => {
        if (folder !== undefined) await rm(await folder, { recursive: true, force: true })
      }
    }
  }
