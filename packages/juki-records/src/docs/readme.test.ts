// The README example is examples/quick-start.mjs, embedded verbatim, and its printed output is the README's output block.
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it, vi } from "vitest"

const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8")
const example = fileURLToPath(new URL("../../examples/quick-start.mjs", import.meta.url))

describe("README", () => {
  it("embeds examples/quick-start.mjs verbatim", () => {
    expect(readme).toContain("```js\n" + readFileSync(example, "utf8") + "```")
  })
  it("shows the output the example really prints", async () => {
    const lines: Array<string> = []
    const spy = vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => {
      lines.push(args.join(" "))
    })
    try {
      await import(example)
    } finally {
      spy.mockRestore()
    }
    const output = /Output:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(lines.join("\n") + "\n").toBe(output)
  })
})
