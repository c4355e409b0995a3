#!/usr/bin/env node
import { setFlagsFromString } from "node:v8"

import { v8FlagsFor } from "./v8-flags.js"

// V8 settings by command (see v8-flags.ts: `juki validate` keeps its young generation small, `juki registry apply`
// its old generation near 2 x the live heap, `juki reconcile` both, its old generation near 1.3 x). They must be set before the commands are loaded (loading them grows
// the heap too), and a flag set here works for an installed bin too (no `node --…` on the shebang line, no
// re-exec); it applies to the worker threads as well.
for (const flag of v8FlagsFor(process.argv.slice(2))) setFlagsFromString(flag)
const { main } = await import("./main.js")

// Ctrl-C: the first one asks the running command to stop (it clears its progress line, closes its output and
// exits 130); a second one ends the process at once.
const controller = new AbortController()
process.on("SIGINT", () => {
  if (controller.signal.aborted) process.exit(130)
  controller.abort()
})
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0)
})

const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  now: () => new Date(),
  signal: controller.signal
})
process.exitCode = code
// Nothing is left to wait for; stdin may still be open (a pipe): end now, after the output is flushed.
process.stdout.write("", () => process.exit(code))
