import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import { Result, Schema as S } from "effect"
import { describe, expect, it } from "vitest"
import * as L from "./index.js"
import * as Arb from "./arbitraries.js"

// ---------------------------------------------------------------------------
// Independent second implementation, written from the 総務省 text:
// 「第１桁から第５桁までの数字に、それぞれ６．５．４．３．２を乗じて算出した積の和を求め、その和を１１で除し、
//  商と剰余（余り数字）を求めて、１１と余り数字との差の下１桁の数字を検査数字とする。ただし、積の和が１１より
//  小なるときは、検査数字は、１１から積の和を控除した数字とする。」
// ---------------------------------------------------------------------------
const referenceCheckDigit = (base: string): number => {
  const d = Array.from(base, Number)
  const sum = d[0]! * 6 + d[1]! * 5 + d[2]! * 4 + d[3]! * 3 + d[4]! * 2
  if (sum >= 2 && sum < 11) return 11 - sum // ただし書 (sum 0 or 1 would give 2 digits: fall through to 下1桁)
  const diff = String(11 - (sum % 11)) // "11" … "1"
  return Number(diff.slice(-1)) // 下1桁
}
const referenceIsValid = (code: string): boolean =>
  /^\d{6}$/.test(code) && +code.slice(0, 2) >= 1 && +code.slice(0, 2) <= 47 && referenceCheckDigit(code) === +code[5]!
// The tempting My Number convention (remainder 0 or 1 gives 0), which is wrong here.
const myNumberStyle = (base: string): number => {
  const r =
    (Number(base[0]) * 6 + Number(base[1]) * 5 + Number(base[2]) * 4 + Number(base[3]) * 3 + Number(base[4]) * 2) % 11
  return r <= 1 ? 0 : 11 - r
}
const pad5 = (n: number) => String(n).padStart(5, "0")

describe("LocalGovernmentCode check digit", () => {
  it("総務省 検査数字: checkDigit agrees with the literal reading of the text on all 100,000 bases", () => {
    let disagreements = 0
    for (let n = 0; n < 100_000; n++) if (L.checkDigit(pad5(n)) !== referenceCheckDigit(pad5(n))) disagreements++
    expect(disagreements).toBe(0)
  })

  it("総務省 検査数字: 札幌市中央区 011011 has remainder 0 and check digit 1, 札幌市清田区 011100 remainder 1 and 0", () => {
    expect(L.checkDigit("01101")).toBe(1)
    expect(L.checkDigit("01110")).toBe(0)
    expect(L.isValid("011011")).toBe(true)
    expect(L.isValid("011010")).toBe(false)
    expect(L.isValid("011100")).toBe(true)
    expect(L.isValid("011101")).toBe(false)
  })

  it("checkDigit rejects what is not 5 ASCII digits", () => {
    for (const bad of ["0110", "011011", "0110A", "０１１０１", "", 1101 as unknown as string]) {
      expect(L.checkDigit(bad)).toBeUndefined()
    }
  })

  it("identifiers.md §4.2: the My Number convention (r ≤ 1 → 0) fails real codes with remainder 0", () => {
    for (const code of ["011011", "012131", "012271", "012301", "014061"]) {
      expect(L.isValid(code)).toBe(true)
      expect(L.lookup(code)?.code).toBe(code)
      expect(myNumberStyle(code.slice(0, 5))).not.toBe(Number(code[5]))
    }
    const failing = L.all().filter((e) => myNumberStyle(e.code.slice(0, 5)) !== Number(e.code[5]))
    expect(failing.length).toBeGreaterThan(150)
  })
})

describe("LocalGovernmentCode validate", () => {
  it("agrees with the independent implementation on arbitrary 6-digit strings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const code = String(n).padStart(6, "0")
        expect(L.isValid(code)).toBe(referenceIsValid(code))
      }),
      { numRuns: 2000 }
    )
  })

  it("accepts every valid arbitrary and returns it unchanged", () => {
    fc.assert(
      fc.property(Arb.valid, (code) => {
        const r = L.validate(code)
        expect(Result.isSuccess(r) && r.success).toBe(code)
        expect(referenceIsValid(code)).toBe(true)
      })
    )
  })

  it("rejects every invalid arbitrary with an error, as data", () => {
    fc.assert(
      fc.property(Arb.invalid, (code) => {
        const r = L.validate(code)
        expect(Result.isFailure(r)).toBe(true)
        expect(referenceIsValid(L.compact(code))).toBe(false)
      })
    )
  })

  it("every wrong check digit is rejected with core.local-government-code.checksum", () => {
    fc.assert(
      fc.property(Arb.wrongCheckDigit, (code) => {
        expect(referenceIsValid(code)).toBe(false) // the arbitrary is built with L.checkDigit: check it independently
        const r = L.validate(code)
        expect(Result.isFailure(r) && r.failure.code).toBe("core.local-government-code.checksum")
      })
    )
  })

  it("isValid never throws, whatever the input", () => {
    fc.assert(fc.property(fc.anything(), (u) => typeof L.isValid(u) === "boolean"))
    for (const u of [undefined, null, 271004, {}, [], Symbol("x"), "🙂", "2".repeat(10_000), () => 1]) {
      expect(typeof L.isValid(u)).toBe("boolean")
      expect(L.lookup(u)).toBeUndefined()
      expect(L.prefectureOf(u)).toBeUndefined()
    }
  })

  it("JIS X 0401: 480002 is checksum-valid but prefecture 48 does not exist (InvalidComponent)", () => {
    const r = L.validate("480002")
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidComponent")
    expect(Result.isFailure(r) && r.failure.code).toBe("core.local-government-code.prefecture")
    expect(L.checkDigit("48000")).toBe(2)
  })

  it("JIS X 0402: 5-digit and 7-digit forms are InvalidLength; letters are InvalidFormat", () => {
    const tag = (s: string) => {
      const r = L.validate(s)
      return Result.isFailure(r) ? r.failure._tag : "ok"
    }
    expect(tag("27100")).toBe("InvalidLength")
    expect(tag("10006")).toBe("InvalidLength")
    expect(tag("1310160")).toBe("InvalidLength")
    expect(tag("")).toBe("InvalidLength")
    expect(tag("2710O4")).toBe("InvalidFormat")
    expect(tag("271005")).toBe("InvalidChecksum")
  })

  it("compacts full-width digits and separators; Schema accepts only the canonical form", () => {
    expect(L.compact("２７１００４")).toBe("271004")
    expect(L.isValid("２７１−００４")).toBe(true)
    expect(L.format("２７１００４")).toBe("271004")
    const decode = S.decodeUnknownOption(L.Schema)
    expect(decode("271004")._tag).toBe("Some")
    expect(decode("２７１００４")._tag).toBe("None")
    expect(decode("480002")._tag).toBe("None")
  })

  it("errors never contain the code itself", () => {
    const r = L.validate("271005")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(JSON.stringify(r.failure)).not.toContain("271005")
      expect(String(r.failure)).not.toContain("271005")
      expect(r.failure.messageIn("en")).not.toContain("271005")
    }
    expect(L.mask("271004")).toBe("******")
  })
})

describe("LocalGovernmentCode table", () => {
  const entries = L.all()

  it("has 1,969 distinct codes in ascending order (the union of the three lists)", () => {
    expect(entries.length).toBe(1969)
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.code < entries[i]!.code).toBe(true)
    expect(entries.filter((e) => e.kind === "prefecture").length).toBe(47)
    expect(entries.filter((e) => e.kind === "ward").length).toBe(175)
    expect(entries.filter((e) => e.municipalityType === "special-ward").length).toBe(23)
  })

  it("every code validates, also with requireKnown, and has a lookup; every other check digit is rejected", () => {
    let rejected = 0
    for (const e of entries) {
      expect(referenceIsValid(e.code)).toBe(true)
      expect(L.isValid(e.code)).toBe(true)
      expect(L.isValid(e.code, { requireKnown: true })).toBe(true)
      expect(L.lookup(e.code)).toBe(e)
      expect(L.prefectureOf(e.code)?.prefectureCode).toBe(e.prefectureCode)
      const base = e.code.slice(0, 5)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === e.code[5]) continue
        if (!L.isValid(`${base}${d}`) && !L.isValid(`${base}${d}`, { requireKnown: true })) rejected++
      }
    }
    expect(rejected).toBe(entries.length * 9)
  })

  it("identifiers.md §4.4: 大阪市 and its 24 wards", () => {
    const osaka: Record<string, string> = {
      "271004": "大阪市",
      "271021": "都島区",
      "271039": "福島区",
      "271047": "此花区",
      "271063": "西区",
      "271071": "港区",
      "271080": "大正区",
      "271098": "天王寺区",
      "271110": "浪速区",
      "271136": "西淀川区",
      "271144": "東淀川区",
      "271152": "東成区",
      "271161": "生野区",
      "271179": "旭区",
      "271187": "城東区",
      "271195": "阿倍野区",
      "271209": "住吉区",
      "271217": "東住吉区",
      "271225": "西成区",
      "271233": "淀川区",
      "271241": "鶴見区",
      "271250": "住之江区",
      "271268": "平野区",
      "271276": "北区",
      "271284": "中央区"
    }
    for (const [code, name] of Object.entries(osaka)) {
      const e = L.lookup(code)
      expect(e?.name).toBe(code === "271004" ? name : `大阪市${name}`)
      expect(e?.prefecture).toBe("大阪府")
      expect(e?.kind).toBe(code === "271004" ? "municipality" : "ward")
      if (code !== "271004") expect(e?.parentCode).toBe("271004")
    }
    expect(L.lookup("271004")?.municipalityType).toBe("designated-city")
    expect(entries.filter((e) => e.parentCode === "271004").length).toBe(24)
  })

  it("identifiers.md §4.2 valid examples resolve to their names", () => {
    const examples: Record<string, string> = {
      "010006": "北海道",
      "011002": "札幌市",
      "011011": "札幌市中央区",
      "011100": "札幌市清田区",
      "131016": "千代田区",
      "141003": "横浜市",
      "231002": "名古屋市",
      "271004": "大阪市",
      "271403": "堺市",
      "401005": "北九州市",
      "472018": "那覇市",
      "016942": "羅臼町",
      "130001": "東京都"
    }
    for (const [code, name] of Object.entries(examples)) expect(L.lookup(code)?.name).toBe(name)
    expect(L.lookup("011011")?.kana).toBe("サッポロシチュウオウク")
    expect(L.lookup("010006")?.kana).toBe("ホッカイドウ")
    expect(L.lookup("131016")).toMatchObject({
      kind: "municipality",
      municipalityType: "special-ward",
      prefecture: "東京都"
    })
  })

  it("prefectureOf works for valid codes missing from the table; fromFiveDigit appends the check digit", () => {
    expect(L.prefectureOf("221384")?.name).toBe("静岡県")
    expect(L.prefectureOf("221384")?.code).toBe("220001")
    expect(L.lookup("221384")).toBeUndefined()
    expect(L.fromFiveDigit("01101")).toBe("011011")
    expect(L.fromFiveDigit("48000")).toBeUndefined()
    expect(L.fromFiveDigit("0110")).toBeUndefined()
    fc.assert(fc.property(Arb.base, (b) => L.isValid(L.fromFiveDigit(b) ?? "")))
  })

  it("GAPS: 北方領土 villages come from jp_local_gov only, 浜松市's old wards from localgovjp only, 2024 wards absent", () => {
    for (const gap of L.GAPS) {
      for (const code of gap.codes) {
        expect(L.isValid(code)).toBe(true)
        expect(L.lookup(code) !== undefined).toBe(gap.inTable)
      }
    }
    const gap = (id: string) => L.GAPS.find((g) => g.id === id)!.codes
    // 北方領土 6 村; 浜松市 7 wards until 2023, 3 wards from 2024-01-01 (the loops below are not empty).
    expect([
      gap("northern-territories").length,
      gap("hamamatsu-wards-pre-2024").length,
      gap("hamamatsu-wards-2024").length
    ]).toEqual([6, 7, 3])
    for (const c of gap("northern-territories")) expect(L.lookup(c)?.listedIn).toEqual(["jp_local_gov"])
    for (const c of gap("hamamatsu-wards-pre-2024")) {
      expect(L.lookup(c)?.listedIn).toEqual(["localgovjp"])
      expect(L.lookup(c)?.parentCode).toBe("221309")
    }
    for (const c of gap("hamamatsu-wards-2024")) expect(L.isValid(c, { requireKnown: true })).toBe(false)
    expect(L.lookup("394050")).toMatchObject({ name: "梼原町", variants: ["檮原町"] })
    // Only these codes are missing from one of the two municipal lists.
    const single = entries.filter((e) => e.kind !== "prefecture" && e.listedIn.length === 1).map((e) => e.code)
    expect(single.sort()).toEqual([...gap("northern-territories"), ...gap("hamamatsu-wards-pre-2024")].sort())
  })
})

// ---------------------------------------------------------------------------
// Against the source lists themselves (only where ../shared exists; CI uses the committed table).
// ---------------------------------------------------------------------------
const dataDir = fileURLToPath(new URL("../../../../../shared/data/", import.meta.url))
const parseCsv = (text: string): Array<Record<string, string>> => {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r/g, "")
    .split("\n")
    .filter((l) => l !== "")
  const split = (line: string) => {
    const out: Array<string> = []
    let f = ""
    let q = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!
      if (q) {
        if (c === '"' && line[i + 1] === '"') (f += '"'), i++
        else if (c === '"') q = false
        else f += c
      } else if (c === '"') q = true
      else if (c === ",") out.push(f), (f = "")
      else f += c
    }
    out.push(f)
    return out
  }
  const [head, ...rows] = lines.map(split)
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ""])))
}

describe.skipIf(!existsSync(dataDir))("LocalGovernmentCode against ../shared/data", () => {
  const read = (f: string) => parseCsv(readFileSync(`${dataDir}${f}`, "utf8"))

  it("every code of the three lists validates, is known and has the list's name (or a variant)", () => {
    const seen = new Set<string>()
    const rows = [
      ...read("localgovjp-utf8.csv").map((r) => ({ code: r["lgcode"]!, name: r["city"]!.replace(" ", "") })),
      ...read("prefjp-utf8.csv").map((r) => ({ code: r["lgcode"]!.padStart(6, "0"), name: r["pref"]! })),
      ...read("jp_local_gov-soumu-municipalities.csv").map((r) => ({ code: r["code"]!, name: r["city"]! }))
    ]
    for (const { code, name } of rows) {
      seen.add(code)
      expect(L.isValid(code, { requireKnown: true })).toBe(true)
      const e = L.lookup(code)
      expect([e?.name, ...(e?.variants ?? [])]).toContain(name)
    }
    expect(seen.size).toBe(1969)
    expect(L.all().length).toBe(seen.size)
  })

  it("the committed table is what the generator writes today", async () => {
    const { execFileSync } = await import("node:child_process")
    const script = fileURLToPath(new URL("../../../../scripts/gen-local-government-table.mjs", import.meta.url))
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow()
  })
})

// ---------------------------------------------------------------------------
// Conformance vectors of this module.
// ---------------------------------------------------------------------------

// The conformance vectors of this module run through the one reference runner (conformance/run.test.ts).
