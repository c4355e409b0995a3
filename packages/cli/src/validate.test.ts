import { execFileSync } from "node:child_process"
import { createWriteStream, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { generateSample, ReferenceLayouts } from "@juki/formats"
import { describe, expect, it } from "vitest"
import { renderProgress } from "./commands/progress.js"
import { run, STACK, tempDir } from "./test-utils/run.js"

const L = ReferenceLayouts.HonninKakuninJoho
const RECORD = L.fields.reduce((n, f) => n + (f as { length: number }).length, 0) + 2 // CRLF
const offsetOf = (field: string): number => {
  let at = 0
  for (const f of L.fields) {
    if (f.name === field) return at
    at += (f as { length: number }).length
  }
  throw new Error(field)
}

const sampleFile = async (dir: string, records: number, invalidRate: number, name = "sample.dat") => {
  const file = join(dir, name)
  const sample = generateSample(L, { records, seed: 7, invalidRate })
  await pipeline(Readable.from(sample), createWriteStream(file))
  return { file, stats: sample.stats }
}

/**
 * Three clean records, then the first digit of 外字数(氏名) in records 2 and 3 replaced by a letter at known byte
 * offsets.
 */
const corrupted = async (dir: string) => {
  const { file } = await sampleFile(dir, 3, 0)
  const bytes = readFileSync(file)
  const a = RECORD * 1 + offsetOf("nameGaijiCount") // record 2, first character
  const b = RECORD * 2 + offsetOf("nameGaijiCount") // record 3, first character
  bytes[a] = 0x41
  bytes[b] = 0x42
  writeFileSync(file, bytes)
  return { a, b }
}

describe("juki validate", () => {
  it("a letter in the second digit is placed at that byte (character index 1, 「2文字目」)", async () => {
    const dir = tempDir()
    const { file } = await sampleFile(dir, 2, 0)
    const bytes = readFileSync(file)
    const at = RECORD + offsetOf("nameGaijiCount") + 1 // record 2, second digit
    bytes[at] = 0x41
    writeFileSync(file, bytes)
    const r = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json"], dir)
    const p = JSON.parse(r.out).firstProblems[0]
    expect([p.code, p.path, p.position]).toEqual([
      "formats.field.chars",
      ["nameGaijiCount"],
      { record: 2, byteOffset: at, index: 1 }
    ])
    expect(p.message.ja).toContain("2文字目")
  })
  it("--line-ending: a bare LF is formats.record.line-ending by default (crlf) and accepted with --line-ending any", async () => {
    const dir = tempDir()
    const { file } = await sampleFile(dir, 3, 0)
    const lf = Buffer.from(readFileSync(file).toString("latin1").replace(/\r\n/g, "\n"), "latin1")
    writeFileSync(file, lf)
    const strict = JSON.parse(
      (await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json"], dir)).out
    )
    expect([strict.records, strict.rejected, Object.keys(strict.byRule)]).toEqual([
      3,
      3,
      ["formats.record.line-ending"]
    ])
    const any = await run(
      ["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json", "--line-ending", "any"],
      dir
    )
    expect(any.code).toBe(0)
    expect(JSON.parse(any.out)).toMatchObject({ records: 3, accepted: 3, rejected: 0, problems: 0 })
    const bad = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--line-ending", "lf"], dir)
    expect(bad.code).toBe(2)
  })
  it("--workers 2 gives the JSON of --workers 1 (fixed-length file split at record boundaries across threads)", {
    timeout: 300_000
  }, async () => {
    const dir = tempDir()
    await sampleFile(dir, 500, 0.05)
    const one = await run(
      ["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json", "--workers", "1"],
      dir
    )
    const two = await run(
      ["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json", "--workers", "2"],
      dir
    )
    const strip = (out: string) => ({ ...JSON.parse(out), elapsedMs: 0 })
    expect(two.code).toBe(one.code)
    expect(strip(two.out)).toEqual(strip(one.out))
    expect(strip(one.out).rejected).toBeGreaterThan(0)
    const bad = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--workers", "0"], dir)
    expect(bad.code).toBe(2)
  })
  it("a clean synthetic 本人確認情報 file: exit 0, exact JSON counts", async () => {
    const dir = tempDir()
    await sampleFile(dir, 300, 0)
    const r = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json"], dir)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({
      records: 300,
      accepted: 300,
      rejected: 0,
      problems: 0,
      bytes: 300 * RECORD,
      layout: "HonninKakuninJoho",
      byRule: {},
      interrupted: false
    })
  })

  it("each problem names its record, the byte offset of the field, the field and the rule id — exactly", async () => {
    const dir = tempDir()
    const { a, b } = await corrupted(dir)
    expect([a, b]).toEqual([RECORD + 71, 2 * RECORD + 71]) // 11 + 60 bytes before nameGaijiCount
    const r = await run(["validate", "sample.dat", "--layout", "HonninKakuninJoho", "--format", "json"], dir)
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({
      records: 3,
      accepted: 1,
      rejected: 2,
      problems: 2,
      bytes: 3 * RECORD,
      byRule: { "formats.field.chars": 2 }
    })
    expect(
      json.firstProblems.map((p: { code: string; path: unknown; position: unknown }) => [p.code, p.path, p.position])
    ).toEqual([
      ["formats.field.chars", ["nameGaijiCount"], { record: 2, byteOffset: a, index: 0 }],
      ["formats.field.chars", ["nameGaijiCount"], { record: 3, byteOffset: b, index: 0 }]
    ])
    const text = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho"], dir)
    expect(
      text.out
        .split("\n")
        .slice(0, 2)
        .map((l) => l.split("  ").slice(0, 2).join("  "))
    ).toEqual([
      `#2 @${a} nameGaijiCount  formats.field.chars (エラー)`,
      `#3 @${b} nameGaijiCount  formats.field.chars (エラー)`
    ])
    expect(text.out).toContain("レコード 3 件: 受理 1, 拒否 2, 問題 2 件")
  })

  it("many corrupted records: every rejected record counted (rejected = corrupted on purpose)", async () => {
    const dir = tempDir()
    const { stats } = await sampleFile(dir, 500, 0.05)
    const json = JSON.parse(
      (await run(["validate", "sample.dat", "--layout", "HonninKakuninJoho", "--format", "json"], dir)).out
    )
    expect(json.records).toBe(500)
    expect(json.rejected).toBe(stats.invalid)
    expect(json.accepted).toBe(500 - stats.invalid)
  })

  it("JUnit output counts the same records; a progress bar only on a terminal", async () => {
    const dir = tempDir()
    await corrupted(dir)
    const text = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--lang", "en"], dir)
    expect(text.out).toContain("3 records: 1 accepted, 2 rejected, 2 problems")
    expect(text.err).toBe("")
    const junit = await run(["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "junit"], dir)
    expect(junit.out).toContain('tests="2" failures="1" errors="0"')
    expect(junit.out).toContain("records in = accepted + rejected (3 = 1 + 2)")
    expect(renderProgress(50, 100, 1000, 2000)).toMatch(/50\.0%.*1,000 records.*500 records\/s.*ETA 00:02/)
  })

  it("reads standard input (-) and pipes; the progress line then has bytes and records, no ETA, and is cleared at the end", async () => {
    const dir = tempDir()
    await corrupted(dir)
    const bytes = readFileSync(join(dir, "sample.dat"))
    const r = await run(["validate", "-", "--layout", "honnin-kakunin-joho", "--format", "json", "--progress"], dir, {
      stdin: bytes
    })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out)).toMatchObject({ file: "-", records: 3, rejected: 2, bytes: 3 * RECORD })
    expect(renderProgress(3 * 1048576, 0, 1234, 1000)).toBe("3.0 MiB  1,234 records  1,234 records/s")
    expect(renderProgress(3 * 1048576, 0, 1234, 1000)).not.toContain("ETA")
    // a named pipe (FIFO) is read like a file
    execFileSync("mkfifo", [join(dir, "pipe")])
    const writer = (async () => {
      const { createWriteStream: cws } = await import("node:fs")
      await pipeline(Readable.from([bytes]), cws(join(dir, "pipe")))
    })()
    const p = await run(["validate", "pipe", "--layout", "honnin-kakunin-joho", "--format", "json"], dir)
    await writer
    expect(JSON.parse(p.out)).toMatchObject({ file: "pipe", records: 3, rejected: 2 })
  })

  it("Ctrl-C: stops, clears the progress line, says how many records were checked, exit 130, JSON still a complete document", async () => {
    const dir = tempDir()
    await sampleFile(dir, 4000, 0)
    const controller = new AbortController()
    let errText = ""
    const { main } = await import("./main.js")
    let out = ""
    const code = await main(
      ["validate", "sample.dat", "--layout", "honnin-kakunin-joho", "--format", "json", "--progress"],
      {
        out: (s) => (out += s),
        err: (s) => {
          errText += s
          if (!controller.signal.aborted) controller.abort() // the first progress line: interrupt
        },
        isTTY: true,
        cwd: dir,
        now: () => new Date(),
        signal: controller.signal
      }
    )
    expect(code).toBe(130)
    const json = JSON.parse(out)
    expect(json.interrupted).toBe(true)
    expect(json.records).toBeLessThan(4000)
    expect(json.accepted + json.rejected).toBe(json.records)
    expect(errText).toContain(`中断しました（Ctrl-C）: ${json.records} 件を検査済み`)
    // the last progress line was overwritten with spaces and the cursor returned before the message
    expect(errText).toMatch(/\r +\r中断しました/)
  })

  it("layouts are JSON data, never code: a .mjs layout is not run; /etc/passwd, /dev/zero, a folder, a FIFO and an oversized file are refused with one line", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.dat"), "")
    writeFileSync(
      join(dir, "evil.mjs"),
      `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(join(dir, "PWNED"))}, "1"); export default {}`
    )
    const evil = await run(["validate", "x.dat", "--layout", "evil.mjs"], dir)
    expect(evil.code).toBe(2)
    expect(evil.err).toBe(
      "レイアウトファイルは JSON のみです（モジュールのレイアウトはライブラリの機能で、CLI では読み込みません）: evil.mjs\n"
    )
    expect(() => readFileSync(join(dir, "PWNED"))).toThrow()
    for (const layout of ["/etc/passwd", "/dev/zero", "../../../../../../etc/passwd"]) {
      const r = await run(["validate", "x.dat", "--layout", layout], dir)
      expect(r.code).toBe(2)
      expect(r.err.trim().split("\n")).toHaveLength(1)
      expect(r.err).not.toMatch(STACK)
      expect(r.err).not.toContain("root:")
    }
    execFileSync("mkfifo", [join(dir, "fifo.json")])
    expect((await run(["validate", "x.dat", "--layout", "fifo.json"], dir)).err).toBe(
      "通常のファイルではありません（名前付きパイプ）: fifo.json\n"
    )
    const { mkdirSync } = await import("node:fs")
    mkdirSync(join(dir, "d.json"))
    expect((await run(["validate", "x.dat", "--layout", "d.json"], dir)).err).toBe(
      "フォルダです（ファイルを指定してください）: d.json\n"
    )
    writeFileSync(join(dir, "big.json"), " ".repeat((1 << 20) + 1))
    expect((await run(["validate", "x.dat", "--layout", "big.json", "--lang", "en"], dir)).err).toBe(
      "File too large: big.json (1048577 bytes, limit 1048576 bytes)\n"
    )
    writeFileSync(join(dir, "passwd.json"), "root:x:0:0:root:/root:/bin/bash\n")
    expect((await run(["validate", "x.dat", "--layout", "passwd.json"], dir)).err).toBe(
      "JSON の構文誤り: passwd.json 1 行 1 列\n"
    )
    writeFileSync(join(dir, "syntax.json"), '{\n  "name": "X",\n  "fields": [,]\n}')
    expect((await run(["validate", "x.dat", "--layout", "syntax.json", "--lang", "en"], dir)).err).toBe(
      "JSON syntax error: syntax.json line 3 column 14\n"
    )
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({
        name: "X",
        title: "x",
        basis: "test",
        fields: [{ name: "a", label: "a", chars: "numeric", length: 0 }]
      })
    )
    const bad = await run(["validate", "x.dat", "--layout", "bad.json"], dir)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^レイアウトの誤り: bad\.json \/fields\/0\/length: formats\.layout\.[a-z-]+ /)
  })

  it("the data file: a folder and a device get their own message, a missing file says so, exit 2", async () => {
    const dir = tempDir()
    expect(await run(["validate", ".", "--layout", "honnin-kakunin-joho"], dir)).toEqual({
      code: 2,
      out: "",
      err: "フォルダです（ファイルを指定してください）: .\n"
    })
    expect(await run(["validate", "/dev/zero", "--layout", "honnin-kakunin-joho"], dir)).toEqual({
      code: 2,
      out: "",
      err: "通常のファイルではありません（デバイスファイル）: /dev/zero\n"
    })
    expect(await run(["validate", "missing.dat", "--layout", "honnin-kakunin-joho", "--lang", "en"], dir)).toEqual({
      code: 2,
      out: "",
      err: "File not found: missing.dat\n"
    })
    const unknown = await run(["validate", "missing.dat", "--layout", "nope"], dir)
    expect(unknown.code).toBe(2)
  })
})

describe("juki gen and layouts", () => {
  it("writes the TypeScript types, JSON Schema and Markdown table of a layout; --out onto a file is one line, exit 2", async () => {
    const dir = tempDir()
    const r = await run(["gen", "togo-atena", "--out", "out"], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, "out", "togo-atena.ts"), "utf8")).toContain("export interface TogoAtena")
    expect(JSON.parse(readFileSync(join(dir, "out", "togo-atena.schema.json"), "utf8")).type).toBe("object")
    expect(readFileSync(join(dir, "out", "togo-atena.md"), "utf8")).toContain("|")
    writeFileSync(join(dir, "file"), "")
    expect(await run(["gen", "togo-atena", "--out", "file"], dir)).toEqual({
      code: 2,
      out: "",
      err: "書き込めません: file: 同名のファイルがあります (EEXIST)\n"
    })
    const l = await run(["layouts"], dir)
    expect(l.out).toContain("honnin-kakunin-joho")
  })
})
