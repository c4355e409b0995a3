// Node-only: reading a file (or a byte range of it) into ONE reused buffer. Re-exported by ./index.ts.
import { open } from "node:fs/promises"

/**
 * Options of {@link fileChunks}.
 *
 * @category models
 * @since 0.2.0
 */
export interface FileChunksOptions {
  /** First byte to read (default 0). */
  readonly start?: number
  /** Byte after the last one to read (default: the end of the file). */
  readonly end?: number
  /** Bytes per read, the size of the one buffer (default 256 KiB). */
  readonly chunkSize?: number
  /** Stops reading (the iteration throws the signal's reason). */
  readonly signal?: AbortSignal
}

/** Default bytes per read of {@link fileChunks}. */
export const DEFAULT_CHUNK_SIZE = 1 << 18

/**
 * The bytes of a file as chunks read into one reused buffer: reading a file
 * of any size allocates one buffer, where `fs.createReadStream` allocates a
 * new one per chunk (freed only when the garbage collector runs, so they pile
 * up as external memory).
 *
 * **When to use**
 *
 * As the source of `codec.validate` or `codec.decodeStream` for a file on
 * disk, when memory matters (large files, many workers): the codecs copy what
 * they keep of a chunk before asking for the next one.
 *
 * **Gotchas**
 *
 * A chunk is valid only until the next one is requested: its bytes are
 * overwritten. Copy a chunk to keep it (`Uint8Array.from(chunk)`: chunks are `Buffer`s,
 * whose `slice` is a view, not a copy). Regular files only
 * (it reads at positions); read pipes and standard input with a stream.
 *
 * **Example**
 *
 * ```ts no-run
 * import { FixedLength, ReferenceLayouts } from "@juki/formats"
 * import { fileChunks } from "@juki/formats/node"
 *
 * const summary = await FixedLength.make(ReferenceLayouts.HonninKakuninJoho).validate(fileChunks("honnin.dat"))
 * ```
 *
 * @category streams
 * @since 0.2.0
 */
export async function* fileChunks(path: string, options: FileChunksOptions = {}): AsyncGenerator<Uint8Array> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE))
  const end = options.end ?? Number.POSITIVE_INFINITY
  const signal = options.signal
  signal?.throwIfAborted()
  const fh = await open(path, "r")
  try {
    const buf = Buffer.allocUnsafeSlow(size)
    let position = options.start ?? 0
    while (position < end) {
      signal?.throwIfAborted()
      const want = Math.min(size, end - position)
      const { bytesRead } = await fh.read(buf, 0, want, position)
      if (bytesRead === 0) return
      position += bytesRead
      yield bytesRead === size ? buf : buf.subarray(0, bytesRead)
    }
  } finally {
    await fh.close()
  }
}
