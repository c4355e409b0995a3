/**
 * `@juki/cli`: the `juki` command line, also usable as a library (`main`,
 * `audit`, report renderers).
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
