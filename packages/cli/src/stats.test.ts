// `juki stats` (評価書 別添1(1) 6 異動集計表・人口統計): outputs, the balance in the CSV, languages and exit codes.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import registryJson from "../../certificates/src/test-utils/registry.json" with { type: "json" }
import { run, tempDir } from "./test-utils/run.js"

describe("juki stats (異動集計表・人口統計)", () => {
  const dir = tempDir("juki-stats-cli-")
  writeFileSync(join(dir, "registry.json"), JSON.stringify(registryJson))

  it("writes JSON, a balanced CSV per month and group, the 人口移動報告 CSV and an HTML report with SVG charts", async () => {
    const r = await run(["stats", "registry.json", "--from", "2019-01", "--to", "2021-12", "--out", "s"], dir)
    expect(r.code).toBe(0)
    expect(r.err).toContain("期末人口")
    const json = JSON.parse(readFileSync(join(dir, "s.json"), "utf8"))
    expect(json.months).toHaveLength(36)
    expect(json.period.groups.total.start).toBe(0)
    expect(json.period.groups.total.end).toBeGreaterThan(0)
    const [head, ...rows] = readFileSync(join(dir, "s.csv"), "utf8").trim().split("\n")
    const cols = (head as string).split(",")
    expect(rows).toHaveLength(36 * 9)
    for (const row of rows) {
      const v = row.split(",")
      const n = (c: string) => Number(v[cols.indexOf(c)])
      expect(n("start") + n("increase") - n("decrease") + n("movedIn") - n("movedOut")).toBe(n("end"))
    }
    const moves = readFileSync(join(dir, "s-movements.csv"), "utf8").trim().split("\n")
    expect(moves[0]).toBe(
      "municipalityCode,direction,counterpartCode,abroad,sex,birthDate,nationality,jiyu,yearMonth,date"
    )
    expect(moves.length - 1).toBe(json.movements.length)
    const html = readFileSync(join(dir, "s.html"), "utf8")
    expect(html).toContain("<svg")
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain("前月末人口")
    const en = await run(
      ["stats", "registry.json", "--from", "2019-01", "--to", "2019-02", "--out", "e", "--lang", "en"],
      dir
    )
    expect(en.code).toBe(0)
    expect(readFileSync(join(dir, "e.html"), "utf8")).toContain("By month")
  })

  it("usage errors exit 2: no period, a malformed or reversed month, bad age bands, a missing registry", async () => {
    expect((await run(["stats", "registry.json"], dir)).code).toBe(2)
    expect((await run(["stats", "registry.json", "--from", "2024-13", "--to", "2024-12"], dir)).code).toBe(2)
    expect((await run(["stats", "registry.json", "--from", "2024-05", "--to", "2024-04"], dir)).code).toBe(2)
    expect(
      (await run(["stats", "registry.json", "--from", "2024-01", "--to", "2024-04", "--age-bands", "a"], dir)).code
    ).toBe(2)
    expect((await run(["stats", "none.json", "--from", "2024-01", "--to", "2024-04"], dir)).code).toBe(2)
  })
})
