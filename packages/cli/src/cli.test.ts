// The command line itself: help per command, --version, typo suggestions in the user's language, per-command
// option sets, help columns by display width, exit codes documented, no stack trace without --debug.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { displayWidth, maskDigits, suggest } from "./cli/text.js"
import { commands } from "./commands/index.js"
import { run, tempDir } from "./test-utils/run.js"

const dir = tempDir()

describe("juki help and options", () => {
  it("every command has its own help listing every option with an example, its examples and the exit codes", async () => {
    expect(commands.map((c) => c.name)).toEqual([
      "validate",
      "audit",
      "gen",
      "retention",
      "reconcile",
      "stats",
      "inbound",
      "certificate",
      "demo",
      "layouts",
      "registry"
    ])
    for (const c of commands) {
      for (const lang of ["ja", "en"] as const) {
        const r = await run([c.name, "--help", "--lang", lang], dir)
        expect(r.code).toBe(0)
        expect(r.out.startsWith(lang === "ja" ? `使い方: juki ${c.name}` : `Usage: juki ${c.name}`)).toBe(true)
        for (const o of [
          ...c.options,
          { name: "lang", example: "--lang en" },
          { name: "version", example: "--version" }
        ]) {
          const line = r.out
            .split("\n")
            .find((l) => l.includes(`--${o.name}`) && l.includes(lang === "ja" ? "例: " : "e.g. "))
          expect(line, `${c.name} --${o.name}`).toContain(o.example)
        }
        expect(r.out).toContain(lang === "ja" ? "130 = 中断（Ctrl-C）" : "130 = interrupted (Ctrl-C)")
        expect(r.out).toContain(`juki ${c.name}`)
      }
    }
    // `juki help validate` is the same as `juki validate --help`
    expect((await run(["help", "validate"], dir)).out).toBe((await run(["validate", "--help"], dir)).out)
    const global = await run(["--help"], dir)
    for (const c of commands) expect(global.out).toContain(c.name)
    expect(global.out).toContain("2 = 使い方または入出力の誤り")
  })

  it("--version prints the version of @juki/cli", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    expect(await run(["--version"], dir)).toEqual({ code: 0, out: `juki ${pkg.version}\n`, err: "" })
    expect((await run(["audit", "-V"], dir)).out).toBe(`juki ${pkg.version}\n`)
  })

  it("typos get suggestions in the user's language, never Node's English hint", async () => {
    expect(await run(["valdate"], dir)).toEqual({
      code: 2,
      out: "",
      err: "不明なコマンドです: valdate。 もしかして: validate\n使い方: juki --help\n"
    })
    expect((await run(["valdate", "--lang", "en"], dir)).err).toBe(
      "Unknown command: valdate. Did you mean: validate\nUsage: juki --help\n"
    )
    const opt = await run(["validate", "x", "--layuot", "y"], dir)
    expect(opt).toEqual({
      code: 2,
      out: "",
      err: "validate に --layuot というオプションはありません。 もしかして: --layout\n使い方: juki validate --help\n"
    })
    const en = await run(["audit", "--include-optinal", "--lang", "en"], dir)
    expect(en.err).toBe(
      "audit has no option --include-optinal. Did you mean: --include-optional\nUsage: juki audit --help\n"
    )
    expect(en.err).not.toMatch(/To specify|ERR_PARSE_ARGS/)
  })

  it("each command takes only its own options: an option of another command is refused, naming its command", async () => {
    expect(await run(["retention", "--as-of", "2026-01-01", "x.jsonl", "--layout", "y"], dir)).toEqual({
      code: 2,
      out: "",
      err: "--layout は validate, reconcile, registry のオプションで、retention では使えません。\n使い方: juki retention --help\n"
    })
    expect((await run(["layouts", "--out", "x"], dir)).err).toContain(
      "--out は audit, gen, retention, reconcile, stats, demo のオプションで、layouts では使えません。"
    )
    expect((await run(["audit", "--encoding", "utf-8"], dir)).code).toBe(2)
    expect((await run(["validate", "x", "--layout", "y", "--format", "pdf"], dir)).err).toBe(
      "--format に pdf は指定できません（指定できる値: text, json, junit）。\n使い方: juki validate --help\n"
    )
    expect((await run(["validate", "x", "--layout"], dir)).err).toBe(
      "--layout には値が必要です（例: --layout honnin-kakunin-joho）。\n使い方: juki validate --help\n"
    )
    expect((await run(["demo", "--records", "0"], dir)).err).toBe(
      "--records は整数で指定してください（1 以上）: 0\n使い方: juki demo --help\n"
    )
    expect((await run(["audit", "--format", "pdf"], dir)).code).toBe(2)
  })

  it("help columns line up by display width (全角 counts two columns), in Japanese too", async () => {
    expect(displayWidth("abc")).toBe(3)
    expect(displayWidth("住民票")).toBe(6)
    expect(displayWidth("ｱｲｳ")).toBe(3)
    expect(displayWidth("ＡＢ")).toBe(4)
    for (const args of [
      ["--help"],
      ["validate", "--help"],
      ["retention", "--help"],
      ["audit", "--help", "--lang", "en"]
    ]) {
      const lines = (await run(args, dir)).out.split("\n")
      const blocks = [
        lines.filter((l) => /^ {2}(-[a-zA-Z], )?( {4})?--/.test(l)),
        lines.filter((l) => /^ {2}[a-z]+ {2,}/.test(l))
      ].filter((b) => b.length > 1)
      expect(blocks.length).toBeGreaterThan(0)
      for (const block of blocks) {
        // the description column starts at the same display column on every line
        const starts = block.map((l) => displayWidth((/^(\s*\S.*?) {2,}(?=\S)/.exec(l) as RegExpExecArray)[0]))
        expect(new Set(starts).size, block.join("\n")).toBe(1)
      }
    }
  })

  it("exit codes 0/1/2/130 are documented in --help and the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    for (const code of ["`0`", "`1`", "`2`", "`130`"]) expect(readme).toContain(code)
  })

  it("suggestions and masking helpers", () => {
    expect(suggest("valdate", ["validate", "audit"])).toEqual(["validate"])
    expect(suggest("zzz", ["validate", "audit"])).toEqual([])
    expect(maskDigits("個人番号 123456789018 と 2026-11-28")).toBe("個人番号 ********9018 と 2026-11-28")
    expect(maskDigits("１２３４５６７８９０１８")).toBe("********９０１８")
  })
})
