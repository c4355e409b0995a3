/**
 * The rule documentation of every juki package, generated from the same
 * catalogue `juki audit` reports (`ruleCatalogue()` of `@juki/conformance`)
 * and the built-in vectors: `docs/rules/index.md` (every rule of every
 * package) and one page per package `docs/rules/<package>.md`, each rule with
 * id, severity, title, basis (UNVERIFIED marked), options, vector counts, the
 * source file that defines it and the vector files that exercise it.
 *
 * **When to use**
 *
 * `node scripts/gen-rules-docs.mjs` after a build writes the pages;
 * `docs/rules.test.ts` fails when they are not current.
 *
 * @since 0.2.0
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { builtinVectorDirs, type CatalogueEntry, ruleCatalogue, runFile, summarise } from "@juki/conformance"
import * as Core from "@juki/core"
import * as Formats from "@juki/formats"
import * as MyNumber from "@juki/mynumber"
import * as Records from "@juki/records"
import * as Retention from "@juki/retention"
import { loadVectors } from "../cli/vectors.js"

/**
 * One rule as the docs show it.
 *
 * @category models
 * @since 0.2.0
 */
export interface RuleDoc extends CatalogueEntry {
  readonly options: ReadonlyArray<string>
  readonly accepting: number
  readonly rejecting: number
  /** Repository path of the source file that defines the rule (`id: "…"`), when found. */
  readonly source: string | undefined
  /** The examples beside the source (`<file>.examples.ts`), when there are. */
  readonly examples: string | undefined
  /** Repository paths of the vector files with a case for the rule. */
  readonly vectorFiles: ReadonlyArray<string>
}

/** Package name → folder and page name. */
const PACKAGES: ReadonlyArray<{ readonly name: string; readonly dir: string; readonly page: string }> = [
  { name: "@juki/core", dir: "packages/core", page: "core" },
  { name: "@juki/mynumber", dir: "packages/mynumber", page: "mynumber" },
  { name: "@juki/formats", dir: "packages/formats", page: "formats" },
  { name: "@juki/records", dir: "packages/juki-records", page: "records" },
  { name: "@juki/retention", dir: "packages/retention", page: "retention" },
  { name: "@juki/certificates", dir: "packages/certificates", page: "certificates" },
  { name: "@juki/store", dir: "packages/store", page: "store" }
]

const optionsById = (): ReadonlyMap<string, ReadonlyArray<string>> => {
  const found = new Map<string, ReadonlyArray<string>>()
  const visit = (u: unknown, depth: number): void => {
    if (depth > 3 || u === null || typeof u !== "object") return
    const r = u as { id?: unknown; tag?: unknown; options?: unknown }
    if (typeof r.id === "string" && typeof r.tag === "string") {
      if (Array.isArray(r.options) && !found.has(r.id)) found.set(r.id, r.options.map(String))
      return
    }
    for (const v of Array.isArray(u) ? u : Object.values(u as Record<string, unknown>)) visit(v, depth + 1)
  }
  for (const pkg of [Core, MyNumber, Formats, Records, Retention]) visit(pkg, 0)
  return found
}

const sourceFiles = (root: string, dir: string): ReadonlyArray<string> => {
  const out: string[] = []
  const walk = (p: string) => {
    for (const e of readdirSync(p).sort()) {
      const c = join(p, e)
      if (statSync(c).isDirectory()) walk(c)
      else if (e.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(e) && !e.includes("arbitraries")) out.push(c)
    }
  }
  walk(join(root, dir, "src"))
  return out.map((f) => relative(root, f))
}

/**
 * The rules of every package with counts and links, relative to the
 * repository root `root`.
 *
 * @category docs
 * @since 0.2.0
 */
export const collectRuleDocs = (root: string): ReadonlyArray<RuleDoc> => {
  const dirs = builtinVectorDirs()
  const files = [...loadVectors([dirs.required], root, "en"), ...loadVectors([dirs.optional], root, "en")]
  const results = files.flatMap((f) => runFile(f))
  const summary = summarise(results)
  const filesByRule = new Map<string, Set<string>>()
  for (const r of results) for (const id of r.rules) filesByRule.set(id, (filesByRule.get(id) ?? new Set()).add(r.file))
  const options = optionsById()
  const sources = new Map<string, ReadonlyArray<{ readonly path: string; readonly text: string }>>()
  const sourceOf = (owner: string, id: string): string | undefined => {
    const pkg = PACKAGES.find((p) => p.name === owner)
    if (!pkg) return undefined
    let list = sources.get(pkg.dir)
    if (!list) {
      list = sourceFiles(root, pkg.dir).map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }))
      sources.set(pkg.dir, list)
    }
    const decl = new RegExp(`id:\\s*"${id.replace(/[.-]/g, (c) => `\\${c}`)}"`)
    // the declaration (`id: "…"`), else a literal of the id, else the module named by the id's second part
    // (rules built from a prefix, such as the identifier modules of @juki/core)
    const folder = `${pkg.dir}/src/${id.split(".")[1] ?? ""}/index.ts`
    return (
      list.find((f) => decl.test(f.text)) ??
      list.find((f) => f.text.includes(`"${id}"`)) ??
      list.find((f) => f.path === folder)
    )?.path
  }
  return ruleCatalogue().map((r) => {
    const source = sourceOf(r.owner, r.id)
    const examples = source?.replace(/\.ts$/, ".examples.ts")
    return {
      ...r,
      options: options.get(r.id) ?? [],
      accepting: summary.perRule[r.id]?.accepting ?? 0,
      rejecting: summary.perRule[r.id]?.rejecting ?? 0,
      source,
      examples: examples !== undefined && existsSync(join(root, examples)) ? examples : undefined,
      vectorFiles: [...(filesByRule.get(r.id) ?? [])].sort()
    }
  })
}

const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")
const anchor = (id: string): string => id.replace(/\./g, "")
const sev = (s: string): string => (s === "error" ? "error（エラー）" : "alert（アラート）")
const basisText = (b: { readonly cite: string; readonly verified: boolean; readonly note?: string }): string =>
  `${b.cite}${b.verified ? "" : " **(UNVERIFIED 未検証)**"}${b.note ? ` — ${b.note}` : ""}`
const link = (path: string, from: string): string => `[\`${path}\`](${from}${path})`
const HEADER = "<!-- Generated by scripts/gen-rules-docs.mjs from the catalogue juki audit reports. Do not edit. -->"

/**
 * The Markdown pages: `index.md` and one per package, by file name.
 *
 * @category docs
 * @since 0.2.0
 */
export const renderRuleDocs = (rules: ReadonlyArray<RuleDoc>): ReadonlyMap<string, string> => {
  const pages = new Map<string, string>()
  const up = "../../"
  const idx: string[] = [
    HEADER,
    "",
    "# 規則の一覧 / Rules of every juki package",
    "",
    `juki の全パッケージの規則 ${rules.length} 件です。\`juki audit\` が報告するものと同じ一覧から生成しています。`,
    "重要度 error（エラー）は受け付けない、alert（アラート）は確認のうえで受け付けられることを表します。",
    "根拠に **UNVERIFIED（未検証）** とあるものは一次資料で確認できていない根拠で、挙動は設定可能（既定は安全側）です。",
    "受理・拒否の数は同梱のテストベクトル（conformance/vectors と conformance/optional）のケース数です。",
    "",
    `All ${rules.length} rules of the juki packages, generated from the catalogue \`juki audit\` reports. \`error\` rejects,`,
    "`alert` needs the operator's acknowledgement. A basis marked **UNVERIFIED** was not confirmed from a primary",
    "source: the behaviour is configurable with a safe default. Accepting/rejecting count the cases of the built-in",
    "vectors (conformance/vectors and conformance/optional).",
    "",
    "| package | rules | error | alert | UNVERIFIED | without vectors |",
    "|---|---:|---:|---:|---:|---:|"
  ]
  for (const p of PACKAGES) {
    const list = rules.filter((r) => r.owner === p.name)
    idx.push(
      `| [${p.name}](${p.page}.md) | ${list.length} | ${list.filter((r) => r.severity === "error").length} | ${list.filter((r) => r.severity === "alert").length} | ${list.filter((r) => r.unverified).length} | ${list.filter((r) => r.accepting + r.rejecting === 0).length} |`
    )
  }
  idx.push(
    "",
    "| id | severity | 規則 / rule | basis | options | accepting | rejecting |",
    "|---|---|---|---|---|---:|---:|"
  )
  for (const r of rules) {
    const page = PACKAGES.find((p) => p.name === r.owner)?.page ?? "index"
    idx.push(
      `| [\`${r.id}\`](${page}.md#${anchor(r.id)}) | ${sev(r.severity)} | ${esc(r.title.ja)} / ${esc(r.title.en)} | ${esc(r.basis.map(basisText).join("; "))} | ${r.options.map((o) => `\`${o}\``).join(", ")} | ${r.accepting} | ${r.rejecting} |`
    )
  }
  pages.set("index.md", idx.join("\n") + "\n")
  for (const p of PACKAGES) {
    const list = rules.filter((r) => r.owner === p.name)
    const out: string[] = [
      HEADER,
      "",
      `# ${p.name} の規則 / rules`,
      "",
      `${list.length} rules. [All packages](index.md).`,
      ""
    ]
    if (p.name === "@juki/records")
      out.push("The records rules with their descriptions, messages and 異動事由: [docs/rules.md](../rules.md).", "")
    for (const r of list) {
      out.push(`## \`${r.id}\``, "")
      out.push(`- **Severity 重要度:** ${sev(r.severity)}`)
      out.push(`- **Title 規則:** ${esc(r.title.ja)} / ${esc(r.title.en)}`)
      out.push("- **Basis 根拠:**")
      for (const b of r.basis) out.push(`  - ${esc(basisText(b))}`)
      if (r.options.length) out.push(`- **Options 設定:** ${r.options.map((o) => `\`${o}\``).join(", ")}`)
      out.push(
        `- **Vectors ケース:** ${r.accepting} accepting 受理, ${r.rejecting} rejecting 拒否${r.accepting + r.rejecting === 0 ? " — **no vectors ケースなし**" : ""}`
      )
      if (r.vectorFiles.length) out.push(`  - ${r.vectorFiles.map((f) => link(f, up)).join(", ")}`)
      if (r.source)
        out.push(
          `- **Source 定義:** ${link(r.source, up)}${r.examples ? ` · examples 例: ${link(r.examples, up)}` : ""}`
        )
      out.push("")
    }
    pages.set(`${p.page}.md`, out.join("\n"))
  }
  return pages
}
