// Declarations match the code: for every entry point of every package (each "exports" subpath with
// "types" and "default"), the value exports its .d.ts declares must be exactly the exports the built
// JavaScript has at run time, recursively into namespaces (`export * as MyNumber`). A type-only name
// declared as a value compiles in a consumer's code and then fails at run time (SyntaxError: no export);
// a runtime export that is not declared is invisible to TypeScript users. Run after `pnpm build`.
import { readdirSync, readFileSync } from "node:fs"
import { pathToFileURL, fileURLToPath } from "node:url"
import ts from "typescript"

const root = fileURLToPath(new URL("../", import.meta.url))
const dirs = [
  ...readdirSync(`${root}packages`)
    .sort()
    .map((d) => `${root}packages/${d}`),
  `${root}conformance`
]

const entries = []
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"))
  if (pkg.private) continue
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target !== "object" || !target.types || !target.default) continue
    entries.push({
      name: `${pkg.name}${subpath.slice(1)}`,
      types: `${dir}/${target.types}`,
      js: `${dir}/${target.default}`
    })
  }
}

const program = ts.createProgram(
  entries.map((e) => e.types),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
    types: []
  }
)
const checker = program.getTypeChecker()

// `export type { X }` (or `export { type X }`) anywhere along the alias chain exports only the type,
// even when X also names a value.
const typeOnly = (sym) => {
  for (
    let s = sym, i = 0;
    s && s.flags & ts.SymbolFlags.Alias && i < 20;
    s = checker.getImmediateAliasedSymbol(s), i++
  ) {
    for (const d of s.declarations ?? []) {
      if (ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) return true
      if (ts.isImportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) return true
      if (ts.isImportClause(d) && d.isTypeOnly) return true
    }
  }
  return false
}

// Value exports of a module symbol, as a tree: name -> null (plain value) | subtree (namespace).
// Names a module re-exports with `export type * from "…"` (type-only even when they are values there).
const typeStarNames = (moduleSymbol) => {
  const names = new Set()
  for (const file of (moduleSymbol.declarations ?? []).filter(ts.isSourceFile)) {
    for (const st of file.statements) {
      if (!ts.isExportDeclaration(st) || !st.isTypeOnly || st.exportClause || !st.moduleSpecifier) continue
      const target = checker.getSymbolAtLocation(st.moduleSpecifier)
      if (target) for (const s of checker.getExportsOfModule(target)) names.add(s.name)
    }
  }
  return names
}

const declared = (moduleSymbol, depth = 0) => {
  const out = new Map()
  const typeStar = typeStarNames(moduleSymbol)
  for (const sym of checker.getExportsOfModule(moduleSymbol)) {
    if (typeOnly(sym)) continue
    if (typeStar.has(sym.name) && !(sym.flags & ts.SymbolFlags.Alias)) continue
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym
    if (!(target.flags & ts.SymbolFlags.Value)) continue
    const isNamespace = target.flags & ts.SymbolFlags.ValueModule && (target.declarations ?? []).some(ts.isSourceFile)
    out.set(sym.name, isNamespace && depth < 2 ? declared(target, depth + 1) : null)
  }
  return out
}

const isNamespaceObject = (v) =>
  v !== null && typeof v === "object" && Object.prototype.toString.call(v) === "[object Module]"
const runtime = (mod, depth = 0) => {
  const out = new Map()
  for (const key of Object.keys(mod)) {
    if (key === "default" && mod[key] === undefined) continue
    out.set(key, isNamespaceObject(mod[key]) && depth < 2 ? runtime(mod[key], depth + 1) : null)
  }
  return out
}

const diff = (prefix, decl, run, problems) => {
  for (const [k, sub] of decl) {
    if (!run.has(k)) problems.push(`${prefix}${k}: declared as a value in the .d.ts, missing at run time`)
    else if (sub && run.get(k)) diff(`${prefix}${k}.`, sub, run.get(k), problems)
  }
  for (const k of run.keys())
    if (!decl.has(k)) problems.push(`${prefix}${k}: exported at run time, not declared as a value`)
}

let failed = 0
for (const e of entries) {
  const sf = program.getSourceFile(e.types)
  const sym = sf && checker.getSymbolAtLocation(sf)
  if (!sym) {
    failed++
    console.log(`FAIL ${e.name}: no declarations at ${e.types}`)
    continue
  }
  const decl = declared(sym)
  const run = runtime(await import(pathToFileURL(e.js).href))
  const problems = []
  diff("", decl, run, problems)
  if (problems.length) failed++
  console.log(`${problems.length ? "FAIL" : "ok  "} ${e.name}: ${decl.size} value exports`)
  for (const p of problems) console.log(`     ${p}`)
}
process.exit(failed ? 1 : 0)
