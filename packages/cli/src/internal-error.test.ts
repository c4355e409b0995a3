// An internal error (a bug in juki, not a user mistake) is one translated line with exit 2, identifiers masked;
// the stack trace only with --debug.
import { describe, expect, it, vi } from "vitest"
import { STACK, run, tempDir } from "./test-utils/run.js"

vi.mock("./commands/index.js", () => ({
  commands: [
    {
      name: "boom",
      summary: { ja: "常に失敗する", en: "always fails" },
      usage: { ja: "", en: "" },
      options: [],
      examples: [],
      run: async () => {
        throw new TypeError("boom 123456789018")
      }
    }
  ]
}))

describe("internal errors", () => {
  it("one line, no stack trace, identifiers masked; --debug adds the stack", async () => {
    const dir = tempDir()
    const r = await run(["boom"], dir)
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "内部エラー: boom ********9018（juki の不具合です。--debug を付けて再実行し、出力を添えて報告してください）\n"
    })
    const d = await run(["boom", "--debug", "--lang", "en"], dir)
    expect(d.code).toBe(2)
    expect(d.err.split("\n")[0]).toBe(
      "Internal error: boom ********9018 (a bug in juki; run again with --debug and report the output)"
    )
    expect(d.err).toMatch(STACK)
    expect(d.err).not.toContain("123456789018")
  })
})
