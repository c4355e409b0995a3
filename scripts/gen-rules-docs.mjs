// The one generator of the rule documentation: docs/rules/index.md and docs/rules/<package>.md for every package
// (from the catalogue `juki audit` reports, with vector counts, sources and vector files), and the records pages
// docs/rules.md and docs/lifecycle.md of @juki/records. Build first: npx -y pnpm@10.34.9 run build
// Tests fail when the files are not current (packages/cli/src/docs/rules.test.ts, packages/juki-records/src/docs).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { collectRuleDocs, renderRuleDocs } from "@juki/cli"
import { Docs } from "@juki/records"

const root = fileURLToPath(new URL("..", import.meta.url))
const docs = new URL("../docs/", import.meta.url)
const dir = new URL("rules/", docs)
mkdirSync(dir, { recursive: true })
const pages = renderRuleDocs(collectRuleDocs(root))
for (const f of readdirSync(dir)) if (f.endsWith(".md") && !pages.has(f)) rmSync(new URL(f, dir))
for (const [name, text] of pages) writeFileSync(new URL(name, dir), text)
writeFileSync(new URL("rules.md", docs), Docs.renderRulesMarkdown())
writeFileSync(new URL("lifecycle.md", docs), Docs.renderLifecycleMarkdown())
console.log(`wrote docs/rules/{${[...pages.keys()].join(",")}}, docs/rules.md and docs/lifecycle.md`)
