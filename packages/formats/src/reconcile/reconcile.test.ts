// 整合性確認 (住基法14条, 評価書 別添1(2) 6): properties of the join by 住民票コード against an oracle that knows which
// changes it made, over both sorted and unsorted sides (external sort with tiny runs, in memory and in temp files).
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Text } from "@juki/core"
import { Result } from "effect"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { fileSpill } from "../node/reconcile.js"
import * as FixedLength from "../fixed/index.js"
import { HonninKakuninJoho } from "../reference/honnin-kakunin-joho.js"
import * as Reconcile from "./index.js"
import { decodeImage, encodeImage, keyOfLine } from "./engine.js"
import { Registry } from "@juki/records"
import registryJson from "../../../certificates/src/test-utils/registry.json" with { type: "json" }

type Raw = Record<string, unknown>

const pick = <A>(xs: ReadonlyArray<A>) => fc.constantFrom(...xs)
const textOf = (chars: ReadonlyArray<string>, min = 1, max = 6) =>
  fc.array(pick(chars), { minLength: min, maxLength: max }).map((a) => a.join(""))
const KANJI = ["山", "田", "太", "郎", "髙", "𠮷", "花", "子", "　", "﨑"]
const KANA = ["ヤ", "マ", "ダ", "タ", "ロ", "ウ", "ガ", "パ", "ッ", "ァ", "　"]
const ADDR = ["東", "京", "都", "千", "代", "田", "区", "一", "丁", "目", "1", "番", "𠮷", "　"]
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""))
const isoDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 })
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)

// A person as juki's IdentityInfo holds it (registry side), without the key.
const personArb: fc.Arbitrary<Raw> = fc.record(
  {
    nameKanji: textOf(KANJI),
    nameKana: textOf(KANA),
    birthDate: isoDate,
    sex: pick(["male", "female"]),
    municipalityCode: digits(6),
    townCode: digits(7),
    postalCode: digits(7),
    address: textOf(ADDR, 1, 10),
    myNumber: digits(12),
    residentSince: isoDate,
    addressSince: isoDate,
    filedOn: isoDate,
    previousMunicipalityCode: digits(6),
    previousAddress: textOf(ADDR, 1, 10),
    relationship: pick(["世帯主", "妻", "子", "夫（未届）"]),
    changeDate: isoDate,
    scheduled: fc.boolean(),
    formerSurname: fc.record({ kanji: textOf(KANJI, 1, 3), kana: textOf(KANA, 1, 3) }, { requiredKeys: ["kanji"] })
  },
  {
    requiredKeys: [
      "nameKanji",
      "birthDate",
      "sex",
      "municipalityCode",
      "address",
      "residentSince",
      "addressSince",
      "relationship",
      "changeDate",
      "scheduled"
    ]
  }
)

const ymd = (s: unknown) => (typeof s === "string" ? s.replace(/-/g, "") : null)
const sp = (s: unknown) => (typeof s === "string" ? `${s}　` : null) // padding the CS keeps: trimmed on both sides

// The same person as a CS file of ReferenceLayouts.HonninKakuninJoho holds it: other names, YYYYMMDD, codes, and stored
// 外字数 / 清音化かな / 更新順番号 / 旧住民票コード that are junk (never compared: recomputed or out of the default items).
const toCs = (code: string, p: Raw, junk: number): Raw => {
  const fs = p["formerSurname"] as { kanji: string; kana?: string } | undefined
  return {
    residentCode: code,
    nameKanji: sp(p["nameKanji"]),
    nameGaijiCount: junk % 7,
    nameKana: p["nameKana"] ?? null,
    nameKanaSeion: p["nameKana"] === undefined ? null : `ジャンク${junk}`,
    birthDate: ymd(p["birthDate"]),
    sex: p["sex"] === "male" ? "1" : "2",
    municipalityCode: p["municipalityCode"],
    oazaCode: p["townCode"] ?? null,
    postalCode: p["postalCode"] ?? null,
    address: sp(p["address"]),
    addressGaijiCount: junk % 5,
    myNumber: p["myNumber"] ?? null,
    residentSince: ymd(p["residentSince"]),
    addressSince: ymd(p["addressSince"]),
    notificationDate: ymd(p["filedOn"]),
    previousMunicipalityCode: p["previousMunicipalityCode"] ?? null,
    previousAddress: p["previousAddress"] ?? null,
    previousAddressGaijiCount: junk % 3,
    relationship: p["relationship"],
    changeReason: String(junk % 90).padStart(2, "0"),
    changeDate: ymd(p["changeDate"]),
    previousResidentCode: String(junk).padStart(11, "9"),
    updateSequence: junk,
    scheduledFlag: p["scheduled"] ? "1" : "0",
    formerSurnameKanji: fs?.kanji ?? null,
    formerSurnameGaijiCount: junk % 2,
    formerSurnameKana: fs?.kana ?? null
  }
}

const registryImage = (code: string, p: Raw): Reconcile.Image => {
  const { formerSurname, ...rest } = p
  const fs = formerSurname as { kanji: string; kana?: string } | undefined
  return Reconcile.fromIdentityInfo({
    residentCode: code,
    nameGaiji: 0,
    updateSequence: 1,
    removed: false,
    jiyu: "domestic-move-in",
    ...(rest as object),
    ...(fs === undefined
      ? {}
      : { formerSurname: { kanji: fs.kanji, gaiji: 0, ...(fs.kana === undefined ? {} : { kana: fs.kana }) } })
  } as never)
}

// The items a change touches and how to change them on the raw person so that it differs after normalisation.
const CHANGEABLE: ReadonlyArray<string> = [
  "nameKanji",
  "nameKana",
  "birthDate",
  "sex",
  "municipalityCode",
  "townCode",
  "postalCode",
  "address",
  "myNumber",
  "residentSince",
  "addressSince",
  "filedOn",
  "previousMunicipalityCode",
  "previousAddress",
  "relationship",
  "changeDate",
  "scheduled",
  "formerSurnameKanji",
  "formerSurnameKana"
]
const EDGE = /^[\s\u3000]+|[\s\u3000]+$/g
const trimmed = (v: unknown) =>
  typeof v === "string"
    ? v
        .normalize("NFC")
        .replace(EDGE, "")
        .replace(/[\s\u3000]+/g, "\u3000")
    : ""
const mutate = (p: Raw, item: string): Raw => {
  const q: Raw = { ...p }
  const fs = p["formerSurname"] as { kanji: string; kana?: string } | undefined
  if (item === "sex") q["sex"] = p["sex"] === "male" ? "female" : "male"
  else if (item === "scheduled") q["scheduled"] = !p["scheduled"]
  else if (item === "formerSurnameKanji") q["formerSurname"] = { ...(fs ?? {}), kanji: `${trimmed(fs?.kanji)}変` }
  else if (item === "formerSurnameKana")
    q["formerSurname"] = { kanji: fs?.kanji ?? "旧", kana: `${trimmed(fs?.kana)}ヘ` }
  else if (/Date$|Since$|filedOn/.test(item)) {
    const old = p[item] as string | undefined
    q[item] = old === undefined ? "2000-01-01" : `${Number(old.slice(0, 4)) + 1}${old.slice(4)}`
  } else if (/Code$|myNumber/.test(item)) q[item] = `${(p[item] as string | undefined) ?? ""}1`
  else q[item] = `${trimmed(p[item])}変`
  return q
}
// The items the oracle expects to differ after changing `item`: the item itself, plus a derived item when the
// recomputation from the two texts differs (and the item becoming present where it was absent for formerSurnameKanji).
const seion = (s: string) => (s === "" ? "" : Text.searchKey(s).replace(/[\s\u3000]+/g, ""))
const gaiji = (s: string) => (s === "" ? "" : String(Text.countGaiji(s)))
const expectedItems = (before: Raw, after: Raw, item: string): ReadonlyArray<string> => {
  const fsB = before["formerSurname"] as { kanji?: string; kana?: string } | undefined
  const fsA = after["formerSurname"] as { kanji?: string; kana?: string } | undefined
  const get = (r: Raw, fs: typeof fsB, name: string) =>
    name === "formerSurnameKanji"
      ? trimmed(fs?.kanji)
      : name === "formerSurnameKana"
        ? trimmed(fs?.kana)
        : trimmed(r[name])
  const out = new Set([item])
  const derived: Record<string, readonly [string, (s: string) => string]> = {
    nameKanji: ["nameGaiji", gaiji],
    nameKana: ["nameSeion", seion],
    address: ["addressGaiji", gaiji],
    previousAddress: ["previousAddressGaiji", gaiji],
    formerSurnameKanji: ["formerSurnameGaiji", gaiji]
  }
  // formerSurnameKana may create the 旧氏 (kanji "旧") where there was none.
  for (const source of item === "formerSurnameKana" ? ["formerSurnameKana", "formerSurnameKanji"] : [item]) {
    const b = get(before, fsB, source)
    const a = get(after, fsA, source)
    if (a !== b) out.add(source)
    const d = derived[source]
    if (d && d[1](a) !== d[1](b)) out.add(d[0])
  }
  return [...out].sort()
}

const shuffle = <A>(xs: ReadonlyArray<A>, seed: number): Array<A> => {
  const a = xs.slice()
  let s = seed >>> 0 || 1
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    const j = s % (i + 1)
    ;[a[i], a[j]] = [a[j] as A, a[i] as A]
  }
  return a
}

const summaryOf = (ds: ReadonlyArray<Reconcile.Difference>) =>
  ds
    .map((d) =>
      d.kind === "item"
        ? `item ${d.residentCode} ${d.items
            .map((i) => i.item)
            .sort()
            .join(",")}`
        : `${d.kind} ${"residentCode" in d ? d.residentCode : ""}`
    )
    .sort()

const collect = async (it: AsyncIterable<Reconcile.Difference>) => {
  const out: Array<Reconcile.Difference> = []
  for await (const d of it) out.push(d)
  return out
}

// A population with distinct 住民票コード, and a plan of k changes on distinct persons (plus k extra new ones).
const scenarioArb = fc.uniqueArray(digits(11), { minLength: 0, maxLength: 40 }).chain((codes) =>
  fc.record({
    codes: fc.constant(codes),
    persons: fc.array(personArb, { minLength: codes.length, maxLength: codes.length }),
    junk: fc.array(fc.nat({ max: 100000 }), { minLength: codes.length, maxLength: codes.length }),
    changes: fc.array(
      fc.record({
        kind: pick(["missing", "extra", "item"] as const),
        item: pick(CHANGEABLE),
        extra: personArb,
        extraCode: digits(11)
      }),
      { maxLength: 8 }
    ),
    leftSorted: fc.boolean(),
    rightSorted: fc.boolean(),
    runSize: fc.integer({ min: 1, max: 12 }),
    seed: fc.nat()
  })
)

describe("Reconcile (住基法14条 整合性確認, 評価書 別添1(2) 6)", () => {
  it("property (1,000 runs): a set reconciled against itself, and against its CS form (other names, YYYYMMDD, stored 外字数 and 清音化かな computed differently), finds nothing", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const left = s.codes.map((c, i) => registryImage(c, s.persons[i] as Raw))
        const cs = s.codes.map((c, i) => Reconcile.fromRecord(toCs(c, s.persons[i] as Raw, s.junk[i] as number)))
        const self = await Reconcile.reconcile(
          { images: left, sorted: false },
          { images: shuffle(left, s.seed) },
          { runSize: s.runSize }
        )
        expect(self.first).toEqual([])
        expect(self.counts).toMatchObject({
          matched: s.codes.length,
          identical: s.codes.length,
          left: s.codes.length,
          right: s.codes.length,
          complete: true
        })
        const vsCs = await Reconcile.reconcile(shuffle(left, s.seed + 1), shuffle(cs, s.seed), { runSize: s.runSize })
        expect(summaryOf(vsCs.first)).toEqual([])
      }),
      { numRuns: 1000 }
    )
  })

  it("property (1,000 runs): against a copy with k random changes (missing, extra, item changes) it finds exactly those k, sorted or unsorted sides", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const right = new Map(s.codes.map((c, i) => [c, s.persons[i] as Raw]))
        const original = new Map(right)
        const touched = new Set<string>()
        const expected: Array<string> = []
        let k = 0
        for (const ch of s.changes) {
          if (ch.kind === "extra") {
            if (original.has(ch.extraCode) || touched.has(ch.extraCode)) continue
            right.set(ch.extraCode, ch.extra)
            touched.add(ch.extraCode)
            expected.push(`extra ${ch.extraCode}`)
            k++
            continue
          }
          const code = s.codes.find((c) => !touched.has(c))
          if (code === undefined) continue
          touched.add(code)
          k++
          if (ch.kind === "missing") {
            right.delete(code)
            expected.push(`missing ${code}`)
          } else {
            const before = right.get(code) as Raw
            const after = mutate(before, ch.item)
            right.set(code, after)
            expected.push(`item ${code} ${expectedItems(before, after, ch.item).join(",")}`)
          }
        }
        const sortCodes = (xs: Iterable<string>) => [...xs].sort()
        const leftImages = s.codes.map((c, i) => registryImage(c, s.persons[i] as Raw))
        const rightImages = [...right].map(([c, p], i) => Reconcile.fromRecord(toCs(c, p, i * 7919)))
        const byCode = (xs: ReadonlyArray<Reconcile.Image>) =>
          xs.slice().sort((a, b) => (a.residentCode < b.residentCode ? -1 : 1))
        const L = s.leftSorted ? { images: byCode(leftImages), sorted: true } : { images: shuffle(leftImages, s.seed) }
        const R = s.rightSorted
          ? { images: byCode(rightImages), sorted: true }
          : { images: shuffle(rightImages, s.seed + 7) }
        const report = await Reconcile.reconcile(L, R, { runSize: s.runSize })
        expect(summaryOf(report.first)).toEqual(expected.sort())
        expect(report.first.length).toBe(k)
        const c = report.counts
        expect(c.missing + c.extra + c.changed).toBe(k)
        expect(c.matched).toBe(c.identical + c.changed)
        expect(c.left).toBe(s.codes.length)
        expect(c.right).toBe(right.size)
        // The synchronous driver (vectors) finds the same.
        expect(summaryOf(Reconcile.differencesSync(leftImages, rightImages))).toEqual(expected.sort())
        void sortCodes
      }),
      { numRuns: 1000 }
    )
  })

  const spillRoot = mkdtempSync(join(tmpdir(), "juki-reconcile-test-"))
  afterAll(() => rmSync(spillRoot, { recursive: true, force: true }))

  it("property: the external sort through temporary files gives the in-memory order (stable: equal 住民票コード keep their input order), with any fan-in, read buffer and run bounds (images, bytes: a run never holds more), and removes its files (also when abandoned)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(digits(2), { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 2, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: 1024, max: 6000 }), { nil: undefined }),
        fc.constantFrom(1024, 65536),
        fc.option(fc.integer({ min: 0, max: 50000 }), { nil: undefined }),
        async (codes, runSize, maxFanIn, abandon, long, inFiles, runBytes, readBufferBytes, mergeReadBytes) => {
          // Long names make lines longer than the smallest read buffer (1 KiB), which then grows.
          const images = codes.map((c, i) =>
            Reconcile.fromRecord(
              { residentCode: c, nameKanji: `山${i}${long && i % 3 === 0 ? "𠮷".repeat(400) : ""}` },
              {},
              i + 1
            )
          )
          const sorted: Array<Reconcile.Image> = []
          // The sorted runs as first spilled (before any is read back, which only merge passes do): their sizes.
          const firstRuns: Array<{ lines: number; bytes: number }> = []
          let reading = false
          const recorded = (inner: () => Reconcile.Spill) => (): Reconcile.Spill => {
            const s = inner()
            return {
              write: async (run) => {
                const lines: Array<string> = []
                for await (const batch of run) lines.push(...batch)
                if (!reading) firstRuns.push({ lines: lines.length, bytes: Buffer.byteLength(lines.join("")) })
                const read = await s.write([lines])
                return (readBytes?: number) => {
                  reading = true
                  return read(readBytes)
                }
              },
              close: s.close
            }
          }
          const spill = recorded(inFiles ? fileSpill({ dir: spillRoot, readBufferBytes }) : Reconcile.memorySpill)
          const it = Reconcile.sortImages(images, {
            runSize,
            maxFanIn,
            spill,
            ...(runBytes === undefined ? {} : { runBytes }),
            ...(mergeReadBytes === undefined ? {} : { mergeReadBytes })
          })
          for await (const x of it) {
            sorted.push(x)
            if (abandon && sorted.length === 2) break
          }
          // Oracle: insertion order broken only by the key (Array.prototype.sort is stable).
          const want = images
            .slice()
            .sort((a, b) => (a.residentCode < b.residentCode ? -1 : a.residentCode > b.residentCode ? 1 : 0))
          expect(sorted).toEqual(abandon ? want.slice(0, Math.min(2, want.length)) : want)
          expect(readdirSync(spillRoot)).toEqual([])
          // Memory bound: a run holds at most runSize images and runBytes bytes of lines (one longer line alone).
          for (const r of firstRuns) {
            expect(r.lines).toBeGreaterThan(0)
            expect(r.lines).toBeLessThanOrEqual(runSize)
            if (runBytes !== undefined && r.lines > 1) expect(r.bytes).toBeLessThanOrEqual(runBytes)
          }
          if (!abandon && firstRuns.length > 0) expect(firstRuns.reduce((n, r) => n + r.lines, 0)).toBe(codes.length)
          // Runs are cut by bytes, not only by count: more bytes than one buffer take at least that many runs.
          const sizes = images.map((x) => Buffer.byteLength(encodeImage(x)))
          const total = sizes.reduce((n, b) => n + b, 0)
          const cap = Math.max(runBytes ?? 0, ...sizes)
          if (runBytes !== undefined && !abandon && total > cap)
            expect(firstRuns.length).toBeGreaterThanOrEqual(Math.ceil(total / cap))
        }
      ),
      { numRuns: 200 }
    )
    expect(existsSync(spillRoot)).toBe(true)
  })

  it("property: an image survives the sort's line encoding unchanged, and the merge reads its 住民票コード back from the line, whatever its strings hold (line breaks, NUL, quotes, backslashes, lone surrogates)", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 12 })
    // Codes made of the characters JSON escapes (and digits) as well as any text.
    const tricky = fc.string({
      unit: fc.constantFrom('"', "\\", "0", "9", "\u0000", "\n", "\ud800", "あ"),
      maxLength: 12
    })
    fc.assert(
      fc.property(
        fc.oneof(anyText, tricky),
        fc.array(anyText, { minLength: Reconcile.ITEMS.length, maxLength: Reconcile.ITEMS.length }),
        fc.option(fc.nat()),
        (code, values, record) => {
          const items = Object.fromEntries(Reconcile.ITEMS.map((i, k) => [i.name, values[k] as string])) as Record<
            Reconcile.ItemName,
            string
          >
          const image: Reconcile.Image = { residentCode: code, items, ...(record === null ? {} : { record }) }
          const line = encodeImage(image)
          expect(line.includes("\n")).toBe(false)
          expect(decodeImage(line)).toEqual(image)
          // The merge reads the key of a line without parsing it: the same string as the image's 住民票コード.
          expect(keyOfLine(line)).toBe(code)
        }
      ),
      { numRuns: 500 }
    )
  })

  it("reports a duplicated 住民票コード once per extra occurrence and compares the first one", async () => {
    const a = Reconcile.fromRecord({ residentCode: "20000000001", nameKanji: "山田" }, {}, 1)
    const b = Reconcile.fromRecord({ residentCode: "20000000001", nameKanji: "川田" }, {}, 2)
    const found = await collect(Reconcile.differences([a], [a, b]))
    expect(found.map((d) => d.kind)).toEqual(["duplicate"])
    expect(found[0]).toMatchObject({ side: "right", record: 2 })
  })

  it("a side declared sorted that is not stops the run with formats.reconcile.unsorted and marks the report incomplete", async () => {
    const img = (c: string) => Reconcile.fromRecord({ residentCode: c, nameKanji: "山" })
    const report = await Reconcile.reconcile(
      { images: [img("3"), img("1")], sorted: true },
      { images: [img("1"), img("3")], sorted: true }
    )
    expect(report.counts.complete).toBe(false)
    expect(report.first.map((d) => d.rule)).toContain("formats.reconcile.unsorted")
  })

  it("records a CS file's codec rejects are reported as formats.reconcile.unreadable and take no part", async () => {
    const codec = FixedLength.make(HonninKakuninJoho)
    const good = {
      ...toCs(
        "20000000001",
        {
          nameKanji: "山田",
          birthDate: "1980-04-01",
          sex: "male",
          municipalityCode: "131016",
          address: "東京都",
          residentSince: "2024-04-01",
          addressSince: "2024-04-01",
          relationship: "世帯主",
          changeDate: "2024-04-01",
          scheduled: false
        },
        0
      )
    }
    const bytes = codec.encode([good as never], { check: false })
    expect(Result.isSuccess(bytes)).toBe(true)
    const file = Result.getOrThrow(bytes)
    const broken = new Uint8Array([...file, ...file.slice(0, 100), 13, 10])
    const images = []
    for await (const x of Reconcile.fromDecoded(codec.decodeStream(broken))) images.push(x)
    const report = await Reconcile.reconcile([], images)
    expect(report.first.map((d) => d.kind).sort()).toEqual(["extra", "unreadable"])
    expect(report.counts.unreadable).toBe(1)
  })

  it("masks identifiers in findings and errors (住民票コード, 個人番号)", () => {
    const l = Reconcile.fromRecord({ residentCode: "20000000001", myNumber: "123456789018" })
    const r = Reconcile.fromRecord({ residentCode: "20000000001", myNumber: "100000000013" })
    const [d] = Reconcile.differencesSync([l], [r])
    const masked = JSON.stringify(Reconcile.maskDifference(d as Reconcile.Difference))
    expect(masked).not.toContain("20000000001")
    expect(masked).not.toContain("123456789018")
    expect(masked).toContain("0001")
    const errors = Reconcile.toErrors(d as Reconcile.Difference)
    expect(errors.map((e) => e.code)).toEqual(["formats.reconcile.item"])
    expect(JSON.stringify(errors.map((e) => e.toJSON()))).not.toContain("20000000001")
  })

  it("compareRecords never throws on any input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const r = Reconcile.compareRecords(a as never, b as never)
        expect(Result.isResult(r)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it("persons streamed from a store (record + history) give the images of the registry, in any order", async () => {
    const registry = Result.getOrThrow(Registry.fromJSON(registryJson as never))
    const persons = Registry.records(registry).map((record) => ({
      record,
      history: Registry.getHistory(registry, record.atenaNumber)
    }))
    const fromStore: Array<Reconcile.Image> = []
    for await (const i of Reconcile.fromPersons(persons.reverse())) fromStore.push(i)
    const fromRegistry = [...Reconcile.fromRegistry(registry)]
    expect(fromStore.length).toBeGreaterThan(0)
    expect(fromStore.slice().sort((a, b) => (a.residentCode < b.residentCode ? -1 : 1))).toEqual(fromRegistry)
    const report = await Reconcile.reconcile(Reconcile.fromPersons(persons), { images: fromRegistry, sorted: true })
    expect(report.counts).toMatchObject({ identical: fromRegistry.length, missing: 0, extra: 0, changed: 0 })
  })
})
