// `juki reconcile` (住基法14条 整合性確認, 評価書 別添1(2) 6): a registry against a CS export written from it with known
// changes; the JSON, CSV and HTML outputs, masking, languages and exit codes.
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { FixedLength, Reconcile, ReferenceLayouts } from "@juki/formats"
import { Registry } from "@juki/records"
import { Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import registryJson from "../../certificates/src/test-utils/registry.json" with { type: "json" }
import { run, tempDir } from "./test-utils/run.js"

const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
const registry = Result.getOrThrow(Registry.fromJSON(registryJson as never))
const images = [...Reconcile.fromRegistry(registry)]

const writeCs = (dir: string, name: string, records: ReadonlyArray<Record<string, unknown>>) => {
  const bytes = Result.getOrThrow(codec.encode(records as never, { check: false }))
  writeFileSync(join(dir, name), bytes)
}

describe("juki reconcile (住基法14条 整合性確認)", () => {
  const dir = tempDir("juki-reconcile-cli-")
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, "registry.json"), JSON.stringify(registryJson))
  const records = images.map(Reconcile.toLayoutRecord)

  it("the registry against a CS file written from it: nothing differs, exit 0, three outputs", async () => {
    expect(images.length).toBeGreaterThanOrEqual(3)
    writeCs(dir, "same.dat", records.slice().reverse())
    const r = await run(
      ["reconcile", "registry.json", "same.dat", "--layout", "honnin-kakunin-joho", "--out", "same"],
      dir
    )
    expect(r.err).toContain("一致")
    expect(r.code).toBe(0)
    const json = JSON.parse(readFileSync(join(dir, "same.json"), "utf8"))
    expect(json.differences).toEqual([])
    expect(json.counts).toMatchObject({
      left: images.length,
      right: images.length,
      identical: images.length,
      complete: true
    })
    expect(readFileSync(join(dir, "same.csv"), "utf8").trim().split("\n")).toHaveLength(1)
    expect(readFileSync(join(dir, "same.html"), "utf8")).toContain("相違はありません")
  })

  it("finds a missing person, an extra one and a changed 住所, masks identifiers and exits 1", async () => {
    const [a, b, ...rest] = records as [
      Record<string, unknown>,
      Record<string, unknown>,
      ...Array<Record<string, unknown>>
    ]
    const extra = { ...b, residentCode: "29999999990" }
    writeCs(dir, "changed.dat", [{ ...b, address: "東京都千代田区千代田九丁目９番" }, ...rest, extra])
    const r = await run(
      [
        "reconcile",
        "registry.json",
        "changed.dat",
        "--layout",
        "honnin-kakunin-joho",
        "--out",
        "changed",
        "--lang",
        "en"
      ],
      dir
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain("missing on the CS side 1")
    const json = JSON.parse(readFileSync(join(dir, "changed.json"), "utf8"))
    expect(json.differences.map((d: { rule: string }) => d.rule).sort()).toEqual([
      "formats.reconcile.extra",
      "formats.reconcile.item",
      "formats.reconcile.missing"
    ])
    const item = json.differences.find((d: { kind: string }) => d.kind === "item")
    expect(item.items.map((i: { item: string }) => i.item)).toEqual(["address"])
    for (const f of ["changed.json", "changed.csv", "changed.html"]) {
      const text = readFileSync(join(dir, f), "utf8")
      expect(text).not.toContain(String(a["residentCode"]))
      expect(text).not.toContain("29999999990")
      expect(text).toContain("9990")
    }
    const csv = readFileSync(join(dir, "changed.csv"), "utf8").trim().split("\n")
    expect(csv[0]).toBe("kind,rule,side,record,residentCode,item,label,left,right,message")
    expect(csv).toHaveLength(4)
    const html = readFileSync(join(dir, "changed.html"), "utf8")
    expect(html).toContain("<svg")
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain("default-src 'none'")
    const shown = await run(
      ["reconcile", "registry.json", "changed.dat", "--layout", "honnin-kakunin-joho", "--out", "shown", "--show-ids"],
      dir
    )
    expect(shown.code).toBe(1)
    expect(readFileSync(join(dir, "shown.json"), "utf8")).toContain("29999999990")
  })

  it("reads two record files, sorted or not; --sorted on an unsorted file stops with formats.reconcile.unsorted", async () => {
    writeCs(dir, "left.dat", records)
    writeCs(dir, "right.dat", records.slice().reverse())
    const r = await run(
      ["reconcile", "left.dat", "right.dat", "--layout", "honnin-kakunin-joho", "--out", "files", "--run-size", "1"],
      dir
    )
    expect(r.code).toBe(0)
    const s = await run(
      ["reconcile", "left.dat", "right.dat", "--layout", "honnin-kakunin-joho", "--out", "files2", "--sorted"],
      dir
    )
    expect(s.code).toBe(1)
    expect(JSON.parse(readFileSync(join(dir, "files2.json"), "utf8")).counts.complete).toBe(false)
  })

  it("reads the registry side from a store (PGlite), streamed: the same result as from the JSON", async () => {
    const store = `pglite:${join(dir, "store")}`
    const load = await run(["registry", "load", "registry.json", "--store", store], dir)
    expect(load.code).toBe(0)
    const r = await run(
      ["reconcile", "--store", store, "same.dat", "--layout", "honnin-kakunin-joho", "--out", "st"],
      dir
    )
    expect(r.err).toContain("一致")
    expect(r.code).toBe(0)
    const json = JSON.parse(readFileSync(join(dir, "st.json"), "utf8"))
    expect(json.counts).toMatchObject({ left: images.length, identical: images.length, missing: 0, extra: 0 })
    expect(
      (await run(["reconcile", "--store", "mysql://x", "same.dat", "--layout", "honnin-kakunin-joho"], dir)).code
    ).toBe(2)
  }, 180_000)

  it("usage errors exit 2: no layout, unknown item, missing file, a registry that does not load", async () => {
    expect((await run(["reconcile", "registry.json", "same.dat"], dir)).code).toBe(2)
    expect(
      (await run(["reconcile", "registry.json", "same.dat", "--layout", "honnin-kakunin-joho", "--items", "nope"], dir))
        .code
    ).toBe(2)
    expect((await run(["reconcile", "registry.json", "none.dat", "--layout", "honnin-kakunin-joho"], dir)).code).toBe(2)
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ municipality: 1 }))
    expect((await run(["reconcile", "bad.json", "same.dat", "--layout", "honnin-kakunin-joho"], dir)).code).toBe(2)
  })
})
