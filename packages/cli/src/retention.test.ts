import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { run, STACK, tempDir } from "./test-utils/run.js"

const jsonl = (items: ReadonlyArray<unknown>) => items.map((x) => JSON.stringify(x)).join("\n")

describe("juki retention", () => {
  it("住基法施行令34条: a 除票 消除 on 2014-06-19 expired under the former rule, one of 2014-06-20 is kept 150 years; each line names its input line", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "items.jsonl"),
      jsonl([
        { id: "a", kind: "juminhyo-johyo", start: "2014-06-19", archived: true },
        { id: "b", kind: "juminhyo-johyo", start: "2014-06-20", archived: true }
      ]) +
        "\n\n" +
        JSON.stringify({ id: "c", kind: "paper", start: "2024-02-30" })
    )
    const r = await run(["retention", "--as-of", "2025-04-01", "items.jsonl", "--lang", "en"], dir)
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(lines[0]).toMatchObject({
      index: 0,
      line: "1",
      id: "a",
      action: "purge",
      status: "expired-under-former-rule"
    })
    expect(lines[1]).toMatchObject({ index: 1, line: "2", id: "b", status: "retained", lastRetainedDay: "2164-06-20" })
    expect(lines[2]).toMatchObject({ index: 2, line: "4", id: "c", action: "invalid", rule: "retention.item.date" })
    expect(r.err).toContain("3 items")
    expect(r.code).toBe(1)
  })

  it("CSV flags are true/false/1/0 only: TRUE, yes, はい in tennyuRecorded are invalid items with their line, never read as false", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "items.csv"),
      [
        "id,kind,start,archived,tennyuRecorded",
        "t1,tenshutsu-certificate-info,2020-01-01,,true",
        "t2,tenshutsu-certificate-info,2020-01-01,,1",
        "t3,tenshutsu-certificate-info,2020-01-01,,TRUE",
        "t4,tenshutsu-certificate-info,2020-01-01,,yes",
        "t5,tenshutsu-certificate-info,2020-01-01,,はい",
        "t6,tenshutsu-certificate-info,2020-01-01,,0",
        "j1,juminhyo-johyo,2020-01-01,Y,"
      ].join("\n")
    )
    const r = await run(["retention", "--as-of", "2026-01-01", "items.csv"], dir)
    expect(r.code).toBe(1)
    const out = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(
      out.map((d: { id: string; line: string; action: string; rule?: string }) => [
        d.id,
        d.line,
        d.action,
        d.rule ?? ""
      ])
    ).toEqual([
      ["t1", "2", "keep", ""],
      ["t2", "3", "keep", ""],
      ["t3", "4", "invalid", "retention.item.flag"],
      ["t4", "5", "invalid", "retention.item.flag"],
      ["t5", "6", "invalid", "retention.item.flag"],
      ["t6", "7", "purge", ""],
      ["j1", "8", "invalid", "retention.item.flag"]
    ])
    expect(out[2].message).toBe("tennyuRecorded は true / false / 1 / 0 のいずれかで指定してください（値: TRUE）")
    expect(r.err).toContain("7 件を評価: 保存 2, 消去対象 1, 移管対象 0, 旧規定で期間満了 0, 永年 0, 誤り 4")
  })

  it("a JSON Lines syntax error is an invalid item naming its line (not 'unknown kind'); .CSV in capitals is read as CSV; --input-format overrides", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "items.jsonl"),
      `${JSON.stringify({ id: "a", kind: "paper", start: "2024-04-01" })}\n{"id": "b", kind: paper}\n`
    )
    const r = await run(["retention", "--as-of", "2026-01-01", "items.jsonl", "--lang", "en"], dir)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out.trim().split("\n")[1] as string)).toEqual({
      index: 1,
      line: "2",
      id: "",
      action: "invalid",
      rule: "cli.input.json-syntax",
      message: "JSON syntax error (column 13)"
    })
    writeFileSync(join(dir, "ITEMS.CSV"), "id,kind,start\nx,paper,2024-04-01\n")
    const csv = await run(["retention", "--as-of", "2026-01-01", "ITEMS.CSV"], dir)
    expect(csv.code).toBe(0)
    expect(JSON.parse(csv.out)).toMatchObject({ line: "2", id: "x", action: "purge" })
    writeFileSync(join(dir, "items.txt"), "id,kind,start\nx,paper,2024-04-01\n")
    expect(
      JSON.parse((await run(["retention", "--as-of", "2026-01-01", "items.txt", "--input-format", "csv"], dir)).out)
    ).toMatchObject({ id: "x", action: "purge" })
    const stdin = await run(["retention", "--as-of", "2026-01-01", "-"], dir, {
      stdin: JSON.stringify({ id: "s", kind: "paper", start: "2024-04-01" }) + "\n"
    })
    expect(JSON.parse(stdin.out)).toMatchObject({ line: "1", id: "s", action: "purge" })
    writeFileSync(
      join(dir, "items.json"),
      JSON.stringify([
        { id: "p", kind: "paper", start: "2024-04-01" },
        { id: "q", kind: "nope" }
      ])
    )
    const arr = await run(["retention", "--as-of", "2026-01-01", "items.json"], dir)
    expect(
      arr.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).line)
    ).toEqual(["/0", "/1"])
  })

  it("reads CSV and writes CSV to --out; a clean file exits 0", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "items.csv"), "id,kind,start\nx,paper,2024-04-01\ny,operation-log,2001-01-01\n")
    const r = await run(
      ["retention", "--as-of", "2025-04-02", "items.csv", "--format", "csv", "--out", "plan.csv"],
      dir
    )
    expect(r.code).toBe(0)
    const plan = readFileSync(join(dir, "plan.csv"), "utf8").trim().split("\n")
    expect(plan[0]).toBe("index,line,id,action,status,lastRetainedDay,reason,basis")
    expect(plan[1]).toMatch(/^0,2,x,purge,purge-due,2025-04-01,period-ended,/)
    expect(plan[2]).toMatch(/^1,3,y,keep,keep-forever,,/)
  })

  it("--out that cannot be written is one translated line and exit 2 (not 1, not a crash): missing folder, a folder, a full disk", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "items.jsonl"), JSON.stringify({ id: "a", kind: "paper", start: "2024-04-01" }) + "\n")
    const args = ["retention", "--as-of", "2026-01-01", "items.jsonl", "--out"]
    expect(await run([...args, "no/such/plan.jsonl"], dir)).toEqual({
      code: 2,
      out: "",
      err: "書き込めません: no/such/plan.jsonl: 見つかりません (ENOENT)\n"
    })
    expect(await run([...args, "."], dir)).toEqual({
      code: 2,
      out: "",
      err: "フォルダです（ファイルを指定してください）: .\n"
    })
    const full = await run([...args, "/dev/full", "--lang", "en"], dir)
    expect(full.code).toBe(2)
    expect(full.err).toBe("Cannot write /dev/full: no space left on the device (ENOSPC)\n")
  })

  it("identifiers in item ids are masked unless --show-ids", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "items.jsonl"),
      JSON.stringify({ id: "123456789018", kind: "paper", start: "2024-04-01" }) + "\n"
    )
    expect(JSON.parse((await run(["retention", "--as-of", "2026-01-01", "items.jsonl"], dir)).out).id).toBe(
      "********9018"
    )
    expect(
      JSON.parse((await run(["retention", "--as-of", "2026-01-01", "items.jsonl", "--show-ids"], dir)).out).id
    ).toBe("123456789018")
  })

  it("usage errors exit 2 with one line: bad date, missing file, missing --as-of, a folder, a device", async () => {
    const dir = tempDir()
    for (const args of [
      ["retention", "--as-of", "2025-02-30", "x.jsonl"],
      ["retention", "--as-of", "2025-02-01", "missing.jsonl"],
      ["retention", "x.jsonl"],
      ["retention", "--as-of", "2025-02-01", "."],
      ["retention", "--as-of", "2025-02-01", "/dev/zero"]
    ]) {
      const r = await run(args, dir)
      expect(r.code).toBe(2)
      expect(r.err).not.toMatch(STACK)
    }
    expect((await run(["retention", "--as-of", "2025-02-01", "."], dir)).err).toBe(
      "フォルダです（ファイルを指定してください）: .\n"
    )
  })
})
