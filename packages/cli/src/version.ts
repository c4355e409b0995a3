/**
 * Versions shown by `juki --version` and written into audit reports.
 *
 * @since 0.2.0
 * @module
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

const versionAt = (path: string | URL): string => {
  try {
    const v = (JSON.parse(readFileSync(path, "utf8")) as { version?: unknown }).version
    return typeof v === "string" ? v : "unknown"
  } catch {
    return "unknown"
  }
}

/**
 * The version of `@juki/cli`.
 *
 * @category versions
 * @since 0.2.0
 */
export const cliVersion = (): string => versionAt(new URL("../package.json", import.meta.url))

/**
 * The version of a juki package as installed beside the CLI
 * (`@juki/conformance`, `@juki/core` …).
 *
 * @category versions
 * @since 0.2.0
 */
export const packageVersion = (name: string): string => {
  try {
    return versionAt(createRequire(import.meta.url).resolve(`${name}/package.json`))
  } catch {
    return "unknown"
  }
}
