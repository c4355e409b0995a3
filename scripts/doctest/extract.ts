// Doc examples that run: finds the ```ts blocks in the JSDoc comments of the sources (packages/*/src and
// conformance/src, test files excluded), and turns each into a module whose default export runs the block with its
// `// =>` comments as assertions. Used by the vitest plugin in vitest.config.ts and by test/doctest.test.ts.
//
// The value after `// =>` is read as:
// - `failure <rule id>`: the result is a failed Result (or a JukiError, or a list of them) carrying that rule id;
// - `Result.succeed(X)`: a successful Result whose value equals X;
// - any other JavaScript expression: the value equals it (deep equality, as vitest's toEqual).
// A `…` inside an object or array (`{ a: 1, … }`) makes the comparison partial (toMatchObject). Prose after the
// value in parentheses, `(7 digits)`, is a comment. The value may go on over the next `//` lines. A `// =>` whose
// value cannot be read, or that follows no expression, fails the example: every arrow is checked.
// A block fenced ```ts no-run is shown but not run (for code that needs files, a database or a network).
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import ts from "typescript"

export interface DocBlock {
  /** Path relative to the repository root. */
  readonly file: string
  /** 1-based line of the opening fence in the file. */
  readonly line: number
  readonly code: string
  readonly run: boolean
}

const SOURCE_DIRS = ["packages", "conformance/src"]

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f)
      if (f === "node_modules" || f === "dist" || f === "test-utils") return []
      if (statSync(p).isDirectory()) return walk(p)
      return p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith(".d.ts") ? [p] : []
    })

/** Every source file that the doctests read. */
export const sourceFiles = (root: string): ReadonlyArray<string> =>
  SOURCE_DIRS.flatMap((d) => {
    const dir = join(root, d)
    const files = walk(dir)
    return d === "packages" ? files.filter((f) => relative(dir, f).split("/")[1] === "src") : files
  })

/** The ```ts blocks of the JSDoc comments of one file. */
export const blocksOf = (root: string, path: string): ReadonlyArray<DocBlock> => {
  const text = readFileSync(path, "utf8")
  const lines = text.split("\n")
  const out: Array<DocBlock> = []
  let inDoc = false
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string
    if (/^\s*\/\*\*/.test(l)) inDoc = true
    if (inDoc) {
      const open = /^\s*\*\s?```(ts|typescript)\b(.*)$/.exec(l)
      if (open) {
        const body: Array<string> = []
        let j = i + 1
        for (; j < lines.length && !/^\s*\*\s?```\s*$/.test(lines[j] as string); j++) {
          body.push((lines[j] as string).replace(/^\s*\* ?/, ""))
        }
        out.push({ file: relative(root, path), line: i + 1, code: body.join("\n"), run: !/no-run/.test(open[2] ?? "") })
        i = j
        continue
      }
    }
    if (/\*\//.test(l)) inDoc = false
  }
  return out
}

const parses = (expr: string): boolean => {
  const sf = ts.createSourceFile("v.ts", `(${expr}\n)`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)
  const diagnostics = (sf as unknown as { parseDiagnostics: ReadonlyArray<unknown> }).parseDiagnostics
  return diagnostics.length === 0 && sf.statements.length === 1
}

/** Reads the text after `// =>` into a check call, or undefined when it cannot be read. */
const checkOf = (actual: string, value: string, where: string): string | undefined => {
  const v = value.trim()
  const at = JSON.stringify(where)
  const failure = /^(?:failure\s+|Result\.fail\(\[?)([a-z0-9]+(?:\.[a-z0-9-]+)+)\b/.exec(v)
  if (failure) return `__doctest.failure(${actual}, ${JSON.stringify(failure[1])}, ${at})`
  // Prose in parentheses after the value, `false (7 digits)`, is a comment: read the value without it first.
  const prose = /^(.*?\S)\s+\((?:[^()]|\([^()]*\))*\)\s*$/.exec(v)
  for (const c of prose ? [prose[1] as string, v] : [v]) {
    // A string with … at one end: the value starts or ends with the rest.
    const part = /^"(…)?((?:[^"\\]|\\.)*?)(…)?"$/.exec(c)
    if (part && (part[1] || part[3]) && !(part[1] && part[3])) {
      return `__doctest.affix(${actual}, "${part[2]}", ${part[1] ? '"end"' : '"start"'}, ${at})`
    }
    const partial = /…/.test(c)
    const cleaned = c.replace(/,\s*…\s*(?=[}\]])/g, "").replace(/\{\s*…\s*\}/g, "{}")
    const succeed = /^Result\.succeed\(([\s\S]*)\)$/.exec(cleaned)
    if (succeed && parses(succeed[1] as string)) {
      return `__doctest.succeed(${actual}, () => (${succeed[1]}), ${partial}, ${at})`
    }
    if (!/…/.test(cleaned) && parses(cleaned))
      return `__doctest.equal(${actual}, () => (${cleaned}), ${partial}, ${at})`
  }
  return undefined
}

interface Arrow {
  /** Offset of the `//` of the arrow comment. */
  readonly pos: number
  /** Offset just after the last comment line of the value. */
  readonly end: number
  readonly value: string
  readonly line: number
}

/** The `// =>` comments of a block, with their values joined over continuation lines. */
const arrowsOf = (code: string): ReadonlyArray<Arrow> => {
  const out: Array<Arrow> = []
  const re = /\/\/ =>(.*)$/gm
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    let value = m[1] as string
    let end = m.index + m[0].length
    // Continuation: following lines that are only a `//` comment, while the value does not read yet.
    const rest = code.slice(end).split("\n").slice(1)
    for (const l of rest) {
      if (checkOf("x", value, "") !== undefined) break
      const c = /^\s*\/\/(?! =>)(.*)$/.exec(l)
      if (!c) break
      value += ` ${c[1]}`
      end += l.length + 1
    }
    out.push({ pos: m.index, end, value, line: code.slice(0, m.index).split("\n").length })
    re.lastIndex = end
  }
  return out
}

/**
 * The module for one block: its imports at the top, the rest in the default export with every `// =>` turned
 * into a check. Throws (with the place) when an arrow cannot be turned into a check.
 */
export const toModule = (block: DocBlock, runtime: string): string => {
  const code = block.code
  const where = (line: number) => `${block.file}:${block.line + line}`
  const sf = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const arrows = arrowsOf(code)
  const edits: Array<{ start: number; end: number; text: string }> = []
  // The statement an arrow belongs to: the last statement that ends before the arrow on the arrow's line, or on
  // the line just above when the arrow stands on a line of its own.
  const statements: Array<ts.Statement> = []
  const visit = (n: ts.Node): void => {
    if (ts.isExpressionStatement(n) || ts.isVariableStatement(n)) statements.push(n)
    ts.forEachChild(n, visit)
  }
  visit(sf)
  for (const a of arrows) {
    const lineStart = code.lastIndexOf("\n", a.pos - 1) + 1
    const before = code.slice(lineStart, a.pos).trim()
    const target = statements
      .filter((s) => s.getEnd() <= a.pos && (before === "" ? true : s.getEnd() > lineStart))
      .sort((x, y) => y.getEnd() - x.getEnd())[0]
    if (!target || (before === "" && code.slice(target.getEnd(), lineStart).trim() !== "")) {
      throw new Error(`doctest ${where(a.line)}: "// =>" follows no expression`)
    }
    let actual: string
    let replaceStatement = true
    if (ts.isExpressionStatement(target)) actual = target.expression.getText(sf)
    else {
      const decls = (target as ts.VariableStatement).declarationList.declarations
      const d = decls[decls.length - 1]
      if (!d || !ts.isIdentifier(d.name)) throw new Error(`doctest ${where(a.line)}: "// =>" after a destructuring`)
      actual = d.name.text
      replaceStatement = false
    }
    const check = checkOf(replaceStatement ? `(${actual})` : actual, a.value, where(a.line))
    if (check === undefined)
      throw new Error(`doctest ${where(a.line)}: cannot read the value after "// =>": ${a.value.trim()}`)
    if (replaceStatement) edits.push({ start: target.getStart(sf), end: target.getEnd(), text: `${check};` })
    else edits.push({ start: target.getEnd(), end: target.getEnd(), text: `;${check};` })
    edits.push({ start: a.pos, end: a.end, text: "" })
  }
  let body = code
  for (const e of [...edits].sort((x, y) => y.start - x.start))
    body = body.slice(0, e.start) + e.text + body.slice(e.end)
  // Imports to the top, the rest into the exported function.
  const bsf = ts.createSourceFile("body.ts", body, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const imports: Array<string> = []
  const rest: Array<string> = []
  let last = 0
  for (const s of bsf.statements) {
    if (ts.isImportDeclaration(s)) {
      rest.push(body.slice(last, s.getFullStart()))
      imports.push(s.getText(bsf))
      last = s.getEnd()
    }
  }
  rest.push(body.slice(last))
  const js = ts.transpileModule(
    `import * as __doctest from ${JSON.stringify(runtime)}\n${imports.join("\n")}\nexport default async () => {\n${rest.join("")}\n}\n`,
    { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false } }
  )
  return js.outputText
}

/** The number of `// =>` checks in a block. */
export const arrowCount = (block: DocBlock): number => arrowsOf(block.code).length
