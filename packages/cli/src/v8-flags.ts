/**
 * The V8 settings the `juki` bin gives itself before it loads a command, by
 * command: what keeps the memory of a long streaming run flat.
 *
 * **When to use**
 *
 * The bin calls {@link v8FlagsFor} with its arguments and sets each flag with
 * `v8.setFlagsFromString` before anything else is loaded. A benchmark or a
 * program that runs the same work in its own process sets the same flags the
 * same way (bench/store-apply.mjs does, for `juki registry apply`).
 *
 * **Details**
 *
 * - `juki validate`: `--semi-space-growth-factor=1`. It allocates short-lived
 *   objects at a high rate; V8 would grow its young generation to 3 x 16 MB,
 *   most of the command's memory. At its initial size the peak RSS stays near
 *   100 MB at no cost in time (bench/formats.bench.mjs).
 * - `juki registry apply`: `--heap-growing-percent=` {@link APPLY_HEAP_GROWING_PERCENT}.
 *   Each group of 異動 reads rows, decides and writes about 1 MB of JSON that
 *   is garbage once the group is committed; the live heap stays flat (about
 *   45 MB), but on a machine with several GB of memory V8 lets the old
 *   generation grow to up to 4 x the live heap before a full collection, and
 *   keeps those pages, so RSS climbed to about 330 MB over 100,000 異動. A
 *   fixed factor (100 % above the live heap) caps the old generation near
 *   2 x the live heap: peak RSS 225 MB, flat (docs/benchmarks.md).
 *   The flag is read at each full collection, so setting it at run time
 *   works (unlike `--max-old-space-size`, read when the heap is created).
 * - `juki reconcile`: `--semi-space-growth-factor=1` and
 *   `--heap-growing-percent=` {@link RECONCILE_HEAP_GROWING_PERCENT}. Its live
 *   heap is small (about 30 MB: the keys of the run being sorted, the codec,
 *   the packages), but decoding, normalising and encoding every record leave
 *   garbage that V8 let pile up to up to 4 x that between full collections,
 *   with a factor that rises over a long run: the peak was the highest tooth
 *   of the sawtooth and grew with the files (306.5 MB at 300,000 + 300,000
 *   records, 416.6 MB at 3,000,000 + 3,000,000, quiet machine). With both
 *   flags: 158.6 and 158.4 MB (quiet machine), about the same CPU time
 *   (bench/reconcile.bench.mjs sets the same flags the same way).
 *
 * @since 0.2.0
 * @module
 */

/**
 * The heap growing factor of `juki registry apply`, in percent above the live
 * heap (`--heap-growing-percent`).
 *
 * @category constants
 * @since 0.2.0
 */
export const APPLY_HEAP_GROWING_PERCENT = 100

/**
 * The heap growing factor of `juki reconcile`, in percent above the live heap
 * (`--heap-growing-percent`): its live heap is small, so full collections of
 * it are cheap.
 *
 * @category constants
 * @since 0.3.0
 */
export const RECONCILE_HEAP_GROWING_PERCENT = 30

// Options followed by their value (`--store postgres://…`) before the command or the sub-command.
const TAKES_VALUE = new Set(["--lang", "--store", "--synthetic", "--layout", "--group", "--max-problems"])

/** The command and its sub-command: the first two arguments that are neither options nor their values. */
const words = (argv: ReadonlyArray<string>): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < argv.length && out.length < 2; i++) {
    const a = argv[i] as string
    if (TAKES_VALUE.has(a)) i++
    else if (a === "-" || !a.startsWith("-")) out.push(a)
  }
  return out
}

/**
 * The V8 flags the bin sets for a command line (its arguments without
 * `node` and the script).
 *
 * @category constructors
 * @since 0.2.0
 */
export const v8FlagsFor = (argv: ReadonlyArray<string>): ReadonlyArray<string> => {
  const [command, sub] = words(argv)
  if (command === "validate") return ["--semi-space-growth-factor=1"]
  if (command === "registry" && sub === "apply") return [`--heap-growing-percent=${APPLY_HEAP_GROWING_PERCENT}`]
  if (command === "reconcile")
    return ["--semi-space-growth-factor=1", `--heap-growing-percent=${RECONCILE_HEAP_GROWING_PERCENT}`]
  return []
}
