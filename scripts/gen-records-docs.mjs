// Writes docs/rules.md (the @juki/records rule catalogue) and docs/lifecycle.md (the 住民票 lifecycle as a
// Mermaid diagram) from the built package. Build first: npx -y pnpm@10.34.9 -r build
// A test (packages/juki-records/src/docs/docs.test.ts) fails when the files are not current.
import { mkdirSync, writeFileSync } from "node:fs"
import { Docs } from "@juki/records"

const docs = new URL("../docs/", import.meta.url)
mkdirSync(docs, { recursive: true })
writeFileSync(new URL("rules.md", docs), Docs.renderRulesMarkdown())
writeFileSync(new URL("lifecycle.md", docs), Docs.renderLifecycleMarkdown())
console.log("wrote docs/rules.md and docs/lifecycle.md")
