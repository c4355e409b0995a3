/**
 * `@juki/cli`: the `juki` command line, also usable as a library (`main`,
 * `audit`, report renderers).
 *
 * **Example** (Running a command from a program)
 *
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs"
 * import { tmpdir } from "node:os"
 * import { join } from "node:path"
 * import { main } from "@juki/cli"
 *
 * const out: Array<string> = []
 * const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), isTTY: false, cwd: process.cwd(), now: () => new Date() }
 * await main(["layouts"], io) // => 0
 * await main(["validate"], io) // => 2 (usage error: no <file>)
 *
 * // 保存期間: one 除票 (synthetic, 消除 before 2014-06-20: the former 5 years applied), one JSON line per item.
 * const file = join(mkdtempSync(join(tmpdir(), "juki-")), "items.jsonl")
 * writeFileSync(file, `${JSON.stringify({ id: 1, kind: "juminhyo-johyo", start: "2014-06-19" })}\n`)
 * await main(["retention", file, "--as-of", "2025-04-02", "--lang", "en"], io) // => 0
 * const decision = out.join("").split("\n").find((l) => l.startsWith("{")) ?? "{}"
 * JSON.parse(decision) // => { status: "expired-under-former-rule", … }
 * ```
 *
 * @since 0.1.0
 * @module
 */
export { main } from "./main.js"
export { audit, RUNNER_CONTRACT, type AuditOptions } from "./commands/audit.js"
export type { Io, ExitCode } from "./io.js"
export { buildReport, type AuditReport, type RuleRow } from "./report/model.js"
export { renderMarkdown } from "./report/markdown.js"
export { renderHtml } from "./report/html.js"
export { renderJunit } from "./report/junit.js"
export {
  describeSchemaError,
  firstSchemaProblem,
  invalidVectorMessage,
  type SchemaError,
  type SchemaValidator
} from "./cli/vector-schema-errors.js"
export { collectRuleDocs, renderRuleDocs, type RuleDoc } from "./docs/rules.js"
