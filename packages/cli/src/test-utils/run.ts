// Runs the CLI in-process with captured output (the tests and the fuzz test share it).
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { main } from "../main.js"

export interface Run {
  readonly code: number
  readonly out: string
  readonly err: string
}

export const tempDir = (prefix = "juki-cli-"): string => mkdtempSync(join(tmpdir(), prefix))

export const run = async (
  args: ReadonlyArray<string>,
  cwd: string,
  extra: {
    readonly isTTY?: boolean
    readonly stdin?: Uint8Array | string
    readonly signal?: AbortSignal
    readonly onOut?: (s: string) => void
  } = {}
): Promise<Run> => {
  let out = ""
  let err = ""
  const code = await main(args, {
    out: (s) => {
      out += s
      extra.onOut?.(s)
    },
    err: (s) => (err += s),
    isTTY: extra.isTTY ?? false,
    cwd,
    now: () => new Date("2026-11-28T00:00:00Z"),
    ...(extra.stdin !== undefined
      ? {
          stdin: Readable.from([typeof extra.stdin === "string" ? Buffer.from(extra.stdin) : Buffer.from(extra.stdin)])
        }
      : {}),
    ...(extra.signal ? { signal: extra.signal } : {})
  })
  return { code, out, err }
}

/** A Node.js stack frame in any output: `    at fn (file:line:col)`. */
export const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m
