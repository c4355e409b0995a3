#!/usr/bin/env node
import { setFlagsFromString } from "node:v8"

// `juki validate` streams files of any size at a high allocation rate of short-lived objects; V8 then grows its young
// generation to 3 x 16 MB, most of the command's memory. Keeping it at its initial size (no growth) holds the peak RSS
// near 100 MB, flat from 300,000 to 3,000,000 records, at no cost in time (bench/formats.bench.mjs). It must be set
// before the commands are loaded (loading them grows it too), and a flag set here works for an installed bin too
// (no `node --max-semi-space-size` on the shebang line, no re-exec); it applies to the worker threads as well.
const command = (argv: ReadonlyArray<string>): string | undefined => {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === "--lang") i++
    else if (a === "-" || !a.startsWith("-")) return a
  }
  return undefined
}
if (command(process.argv.slice(2)) === "validate") setFlagsFromString("--semi-space-growth-factor=1")
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
