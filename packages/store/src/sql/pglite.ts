/**
 * PGlite as a PostgreSQL wire-protocol stream: `@effect/sql-pg` writes
 * protocol messages, they are handed whole to `PGlite.execProtocolRaw` in
 * order, and the answers are pushed back. One PGlite, one connection.
 *
 * @since 0.1.0
 * @module
 */
import { Duplex } from "node:stream"
import { PGlite } from "@electric-sql/pglite"
import { Effect, type Scope } from "effect"

/**
 * A scoped PGlite (closed with the scope) and a factory of connection
 * streams to it.
 *
 * @category constructors
 * @since 0.1.0
 */
export const pgliteStream = (dataDir?: string): Effect.Effect<() => Duplex, unknown, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.tryPromise(() => PGlite.create(dataDir === undefined ? {} : { dataDir })),
      (db) => Effect.promise(() => db.close().catch(() => undefined))
    ),
    (db) => () => {
      let buf: Buffer = Buffer.alloc(0)
      let started = false
      let chain: Promise<void> = Promise.resolve()
      const d: Duplex = new Duplex({
        read() {},
        write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void) {
          buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk])
          const msgs: Array<Buffer> = []
          for (;;) {
            if (!started) {
              // The startup message has no type byte: int32 length, then the body.
              if (buf.length < 4) break
              const len = buf.readInt32BE(0)
              if (buf.length < len) break
              msgs.push(buf.subarray(0, len))
              buf = buf.subarray(len)
              started = true
            } else {
              if (buf.length < 5) break
              const len = buf.readInt32BE(1) + 1
              if (buf.length < len) break
              msgs.push(buf.subarray(0, len))
              buf = buf.subarray(len)
            }
          }
          if (msgs.length > 0) {
            const m = new Uint8Array(Buffer.concat(msgs))
            chain = chain
              .then(async () => {
                const r = await db.execProtocolRaw(m)
                if (r.length > 0) d.push(Buffer.from(r))
              })
              .catch((e: unknown) => {
                d.destroy(e instanceof Error ? e : new Error(String(e)))
              })
          }
          cb()
        },
        final(cb) {
          cb()
        }
      })
      return d
    }
  )
