// Doc examples that run: every ```ts block in the JSDoc of packages/*/src and conformance/src is run, and each
// `// =>` comment in it is an assertion (scripts/doctest/extract.ts says how the value is read). The blocks are
// served as modules by the `doctest` plugin of vitest.config.ts.
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { blocksOf, sourceFiles } from "../scripts/doctest/extract.js"

const root = fileURLToPath(new URL("../", import.meta.url))
const files = sourceFiles(root)
  .map((path) => ({ path, blocks: blocksOf(root, path) }))
  .filter((f) => f.blocks.length > 0)

describe("doc examples", () => {
  it("finds the examples (the loop below is not empty)", () => {
    expect(files.reduce((n, f) => n + f.blocks.length, 0)).toBeGreaterThanOrEqual(100)
  })
  for (const f of files) {
    const rel = f.blocks[0]?.file as string
    describe(rel, () => {
      f.blocks.forEach((b, i) => {
        it.skipIf(!b.run)(`example at line ${b.line}`, async () => {
          const mod = (await import(/* @vite-ignore */ `virtual:doctest:${rel}:${i}`)) as {
            default: () => Promise<void>
          }
          await mod.default()
        })
      })
    })
  }
})
