// Child of bench/formats.bench.mjs: runs the installed `juki` bin (packages/cli/dist/bin.js) exactly as a shell would
// (same argv, same process, nothing imported before it) and writes the process's peak RSS to stderr when it exits.
// Usage: node bench/formats-cli-child.mjs <juki arguments…>
import { writeSync } from "node:fs"
import { fileURLToPath } from "node:url"

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url))
const t0 = process.hrtime.bigint()
process.on("exit", (code) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  writeSync(
    2,
    `\n${JSON.stringify({ code, ms, maxRssMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10 })}\n`
  )
})
process.argv = [process.argv[0], bin, ...process.argv.slice(2)]
await import(bin)
