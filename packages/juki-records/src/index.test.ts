// The package's layout as issue #11 describes it: no import cycle between its modules, no source file over 800
// lines, and every rule `records.<group>.<rule>` in `rules/<group>.ts` with its examples beside it.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { rules } from "./index.js"

const src = dirname(fileURLToPath(import.meta.url))

const walk = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") ? [p] : []
  })

const isSource = (p: string) => !p.endsWith(".test.ts") && !p.includes("/test-utils/") && !p.endsWith(".examples.ts")
const files = walk(src).filter(isSource)

/** Every relative import (value or type) of a file, resolved to a path. */
const importsOf = (file: string): Array<string> => {
  const text = readFileSync(file, "utf8")
  const out: Array<string> = []
  for (const m of text.matchAll(/(?:import|export)\s[^"';]*?from\s+"(\.{1,2}\/[^"]+)"/g)) {
    const spec = (m[1] as string).replace(/\.js$/, ".ts")
    out.push(resolve(dirname(file), spec))
  }
  return out
}

describe("package layout (issue #11)", () => {
  it("the import graph of the package has no cycle (type-only imports included)", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]))
    const state = new Map<string, "active" | "done">()
    const cycles: Array<string> = []
    const visit = (f: string, stack: Array<string>): void => {
      const s = state.get(f)
      if (s === "done") return
      if (s === "active") {
        cycles.push([...stack.slice(stack.indexOf(f)), f].map((x) => relative(src, x)).join(" → "))
        return
      }
      state.set(f, "active")
      for (const g of graph.get(f) ?? []) visit(g, [...stack, f])
      state.set(f, "done")
    }
    for (const f of files) visit(f, [])
    expect(cycles).toEqual([])
  })

  it("no source file is over 800 lines", () => {
    const long = files
      .map((f) => [relative(src, f), readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, n]) => n > 800)
    expect(long).toEqual([])
  })

  it("every rule records.<group>.<rule> is in rules/<group>.ts, with rules/<group>.examples.ts beside it", () => {
    for (const r of rules) {
      const group = r.id.split(".")[1] as string
      expect(r.group, r.id).toBe(group)
      expect(readFileSync(join(src, "rules", `${group}.ts`), "utf8"), r.id).toContain(r.id)
      expect(readFileSync(join(src, "rules", `${group}.examples.ts`), "utf8"), r.id).toContain(r.id)
    }
  })

  it("rules/ holds only group files, their examples, the catalogue, the engine and types (helpers in rules/internal/)", () => {
    const groups = new Set(rules.map((r) => r.id.split(".")[1]))
    const extra = readdirSync(join(src, "rules"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\.examples\.ts$|\.ts$/, ""))
      .filter((n) => !groups.has(n) && !["index", "engine", "types"].includes(n))
    expect(extra).toEqual([])
  })
})
