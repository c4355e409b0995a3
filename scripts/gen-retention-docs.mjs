// Writes docs/retention.md from the retention policy data (packages/retention/src/policy) via the built
// package. Build first: `npx -y pnpm@10.34.9 --filter @juki/retention build` (or `-r build`).
// `node scripts/gen-retention-docs.mjs --check` exits 1 when docs/retention.md is stale instead of writing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { renderRetentionDocs } from "@juki/retention"

const file = fileURLToPath(new URL("../docs/retention.md", import.meta.url))
const text = renderRetentionDocs()
if (process.argv.includes("--check")) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : ""
  if (current !== text) {
    console.error("docs/retention.md is stale: run node scripts/gen-retention-docs.mjs")
    process.exit(1)
  }
  console.log("docs/retention.md is up to date")
} else {
  mkdirSync(fileURLToPath(new URL("../docs/", import.meta.url)), { recursive: true })
  writeFileSync(file, text)
  console.log(`wrote ${file}`)
}
