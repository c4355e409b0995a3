import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { LocalGovernmentCode, PostalCode, RegistryDate, ResidentCode, Wareki } from "@juki/core"
import { MyNumber as MyNumberArb } from "@juki/mynumber/arbitraries"
import { LocalGovernmentCode as LgcArb } from "@juki/core/arbitraries"
import { MyNumber } from "@juki/mynumber"
import { Jiyu, Rules } from "@juki/records"
import { FixedLength, builtinChecks, checkIds, defineLayout, makeRng } from "../index.js"

const ctx = (options: Record<string, unknown> = {}, w: ReadonlyArray<string | null> = []) => ({ options, with: w })
const codeOf = (r: Result.Result<unknown, { code: string }>) => (Result.isFailure(r) ? r.failure.code : undefined)

describe("checks by reference keep the owning rule ids (one rule, one home)", () => {
  it("every built-in check answers like the module it delegates to", () => {
    fc.assert(
      fc.property(fc.oneof(MyNumberArb.valid, MyNumberArb.invalid), (v) => {
        expect(builtinChecks["mynumber.MyNumber"].validate(v, ctx())?.code).toBe(codeOf(MyNumber.validate(v)))
      })
    )
    fc.assert(
      fc.property(fc.oneof(LgcArb.valid, LgcArb.invalid), (v) => {
        expect(builtinChecks["core.LocalGovernmentCode"].validate(v, ctx())?.code).toBe(
          codeOf(LocalGovernmentCode.validate(v))
        )
      })
    )
    for (const v of ["12345678901", "1234567890", "1234567890X"]) {
      expect(builtinChecks["core.ResidentCode"].validate(v, ctx())?.code).toBe(codeOf(ResidentCode.validate(v)))
      expect(builtinChecks["core.ResidentCode"].validate(v, ctx({ checksum: "assumed-mod11" }))?.code).toBe(
        codeOf(ResidentCode.validate(v, { checksum: "assumed-mod11" }))
      )
    }
    for (const v of ["5300001", "530000", "53000011"])
      expect(builtinChecks["core.PostalCode"].validate(v, ctx())?.code).toBe(codeOf(PostalCode.validate(v)))
  })
  it("住民記録システム標準仕様書 1.1.8: a YYYYMMDD birth date may be a non-calendar day, other dates may not", () => {
    const ymd = builtinChecks["core.RegistryDate.ymd"]
    expect(ymd.validate("20230229", ctx({ field: "birthDate" }))).toBeUndefined()
    expect(ymd.validate("20230229", ctx())?.code).toBe(codeOf(RegistryDate.parseField("", "2023-02-29")))
    expect(ymd.validate("20190501", ctx())).toBeUndefined()
  })
  it("住民記録システム標準仕様書 1.1.11 / 1.2.2: 続柄 and 異動事由 keep the rule ids of @juki/records", () => {
    const rel = builtinChecks["records.Relationship"]
    expect(rel.validate("世帯主", ctx())).toBeUndefined()
    expect(rel.validate("子の妻", ctx())).toBeUndefined()
    expect(rel.validate("長男", ctx())?.code).toBe(Rules.RelationshipVocabulary.id)
    expect(rel.validate("孫", ctx())?.code).toBe(Rules.RelationshipForbidden.id)
    expect(rel.validate("子の子の子の子の子", ctx())?.code).toBe(Rules.RelationshipChainLength.id)
    expect(rel.validate("子の子の子の子の子", ctx())?.params).toEqual({ links: 5 })
    const jiyu = builtinChecks["records.Jiyu"]
    expect(jiyu.validate("転居", ctx())).toBeUndefined()
    expect(jiyu.validate("転居取消", ctx())?.code).toBe(codeOf(Jiyu.fromName("転居取消")))
  })
  it("JIS X 0301: 元号区分 + 年月日 pairs are read with the chosen era-code table", () => {
    const pair = builtinChecks["core.Wareki.codedPair"]
    expect(pair.validate("640107", ctx({}, ["3"]))).toBeUndefined()
    expect(pair.validate("640108", ctx({}, ["3"]))?.code).toBe(
      codeOf(Wareki.fromCodedPair({ eraCode: "3", ymd: "640108" }))
    )
    expect(pair.validate("010501", ctx({ table: "odd" }, ["9"]))).toBeUndefined()
    expect(pair.validate("010501", ctx({}, [null]))?.code).toBe(
      codeOf(Wareki.fromCodedPair({ eraCode: "", ymd: "010501" }))
    )
  })
  it("property: every generator yields values its check accepts", () => {
    for (const id of checkIds) {
      const entry = builtinChecks[id as keyof typeof builtinChecks]
      if (!entry.generate) continue
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const g = entry.generate?.(makeRng(seed), ctx()) as { value: string; with?: ReadonlyArray<string> }
          expect(entry.validate(g.value, ctx({}, g.with ?? []))).toBeUndefined()
        }),
        { numRuns: 50 }
      )
    }
  })
  it("custom checks plug in by id; a check that throws is formats.field.check-failed, never an exception", () => {
    const layout = defineLayout({
      name: "Custom",
      title: "独自",
      basis: "test",
      recordTerminator: "none",
      fields: [
        { name: "a", label: "A", chars: "numeric", length: 2, check: "vendor.Even" },
        {
          name: "b",
          label: "B",
          chars: "numeric",
          length: 2,
          check: () => {
            throw new Error("boom")
          }
        }
      ]
    })
    const codec = FixedLength.make(layout, {
      checks: {
        "vendor.Even": {
          label: { ja: "偶数", en: "even" },
          validate: (v) => (Number(v) % 2 === 0 ? undefined : builtinChecks["mynumber.MyNumber"].validate("x", ctx()))
        }
      }
    })
    const r = codec.decode(new TextEncoder().encode("1301"))
    expect(r.records[0]?.problems.map((p) => [p.code, p.path])).toEqual([
      ["mynumber.my-number.length", ["a"]],
      ["formats.field.check-failed", ["b"]]
    ])
  })
})

describe("the memo of check results never changes an answer", () => {
  it("property: repeated and interleaved values give the same problems as a fresh codec per record", () => {
    const layout = defineLayout({
      name: "Memo",
      title: "メモ",
      basis: "test",
      recordTerminator: "none",
      fields: [
        { name: "code", label: "市町村コード", chars: "numeric", length: 6, check: "core.LocalGovernmentCode" },
        { name: "date", label: "日付", chars: "numeric", length: 8, check: "core.RegistryDate.ymd" },
        { name: "date2", label: "日付2", chars: "numeric", length: 8, check: "core.RegistryDate.ymd" },
        { name: "rc", label: "住民票コード", chars: "numeric", length: 11, check: "core.ResidentCode" }
      ]
    })
    const value = fc.tuple(
      fc.oneof(LgcArb.valid, fc.constantFrom("271004", "271005", "000000")),
      fc.constantFrom("20190501", "20230229", "20240229", "18721231", "19891301"),
      fc.constantFrom("20190501", "20230229", "00000000"),
      fc.constantFrom("12345678901", "00000000000")
    )
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (rows) => {
        const file = new TextEncoder().encode(rows.map((r) => r.join("")).join(""))
        const shared = FixedLength.make(layout).decode(file)
        rows.forEach((r, i) => {
          const fresh = FixedLength.make(layout).decode(new TextEncoder().encode(r.join("")))
          expect(shared.records[i]?.problems.map((p) => [p.code, p.path])).toEqual(
            fresh.records[0]?.problems.map((p) => [p.code, p.path])
          )
        })
      }),
      { numRuns: 60 }
    )
  })
})
