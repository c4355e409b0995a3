// The common interface of juki's identifier modules: every identifier (in @juki/core and @juki/mynumber)
// exports the same verbs with the same shapes, so code written against one works with all of them, and
// every identifier has its own package entry (`@juki/core/<folder>`) that is the same module as the
// namespace of the main entry. The list of modules is collected from the main entries (every namespace
// with a `brand` and a `validate` verb), so a new identifier is held to the same interface without editing this file.
import { readFileSync } from "node:fs"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Core from "@juki/core"
import * as CoreArb from "@juki/core/arbitraries"
import * as MyNumberPkg from "@juki/mynumber"
import * as MyNumberArb from "@juki/mynumber/arbitraries"

type Module = Record<string, unknown>

// An identifier module: a namespace with a string `brand` and a `validate` verb (Wareki and RegistryDate
// validate dates and have no brand).
const isModule = (v: unknown): v is Module =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Module)["validate"] === "function" &&
  typeof (v as Module)["brand"] === "string"
const collect = (pkg: Module, arbs: Module) =>
  Object.entries(pkg)
    .filter(([, v]) => isModule(v))
    .map(([name, v]) => ({ name, module: v as Module, arbitraries: arbs[name] as Module | undefined }))

const identifiers = [...collect(Core, CoreArb), ...collect(MyNumberPkg, MyNumberArb)]

// Identifiers that carry a check digit export `checkDigit`; the others must not pretend to.
const WITH_CHECK_DIGIT = new Set([
  "LocalGovernmentCode",
  "ResidentCode",
  "AtenaNumber",
  "HouseholdNumber",
  "MyNumber",
  "CorporateNumber"
])
const VERBS = ["compact", "validate", "isValid", "format", "mask"] as const

const JUNK: ReadonlyArray<unknown> = [
  undefined,
  null,
  0,
  123456789018,
  1n,
  true,
  {},
  [],
  "",
  " ",
  "ｱ",
  "12-34",
  "\u0000\u001f",
  "x".repeat(200)
]

describe("every identifier module exports the same verbs with the same shapes", () => {
  it("finds all nine identifier modules of @juki/core and @juki/mynumber", () => {
    expect(identifiers.map((i) => i.name).sort()).toEqual(
      [
        "AtenaNumber",
        "CorporateNumber",
        "HouseholdNumber",
        "LocalGovernmentCode",
        "MyNumber",
        "PostalCode",
        "ResidenceCardNumber",
        "ResidentCode",
        "SpecialPermanentResidentCertificateNumber"
      ].sort()
    )
  })

  for (const { name, module: m, arbitraries } of identifiers) {
    describe(name, () => {
      it("has brand, label, rules and the verbs compact/validate/isValid/format/mask/Schema", () => {
        expect(m["brand"]).toBe(name)
        const label = m["label"] as { ja: unknown; en: unknown }
        expect(typeof label.ja).toBe("string")
        expect(typeof label.en).toBe("string")
        for (const verb of VERBS) expect(typeof m[verb], verb).toBe("function")
        expect(Schema.isSchema(m["Schema"])).toBe(true)
        expect(typeof m["checkDigit"]).toBe(WITH_CHECK_DIGIT.has(name) ? "function" : "undefined")
        const rules = m["rules"] as ReadonlyArray<{ id: string; tag: string }>
        expect(rules.length).toBeGreaterThanOrEqual(2)
        // every rule in the catalogue is also exported by its own name, and ids name the module's area
        const exported = new Set(Object.values(m))
        const area = rules[0]!.id.split(".").slice(0, 2).join(".")
        for (const rule of rules) {
          expect(exported.has(rule), rule.id).toBe(true)
          expect(rule.id.startsWith(`${area}.`), rule.id).toBe(true)
        }
        expect(rules.map((r) => r.tag)).toEqual(expect.arrayContaining(["InvalidLength", "InvalidFormat"]))
      })

      it("validate returns a Result, never throws; a non-string is core.input.type; isValid agrees with validate", () => {
        for (const input of JUNK) {
          const r = (m["validate"] as (u: unknown) => unknown)(input)
          expect(Result.isResult(r)).toBe(true)
          expect((m["isValid"] as (u: unknown) => boolean)(input)).toBe(
            Result.isSuccess(r as Result.Result<unknown, unknown>)
          )
          if (typeof input !== "string") {
            expect(Result.isFailure(r as Result.Result<unknown, unknown>)).toBe(true)
            expect((r as Result.Failure<unknown, { code: string }>).failure.code).toBe("core.input.type")
          }
        }
        expect((m["compact"] as (u: unknown) => string)(42)).toBe("")
      })

      it("for valid values: validate gives the compacted value, Schema accepts it, mask hides all but 4, format keeps it valid (property)", () => {
        // every identifier ships a `valid` arbitrary in its package's `/arbitraries` entry
        const valid = arbitraries?.["valid"] as fc.Arbitrary<string>
        expect(typeof valid?.generate).toBe("function")
        fc.assert(
          fc.property(valid, (v) => {
            const r = (m["validate"] as (u: unknown) => Result.Result<string, unknown>)(v)
            expect(Result.isSuccess(r)).toBe(true)
            const canonical = (r as Result.Success<string, unknown>).success
            expect(canonical).toBe((m["compact"] as (u: unknown) => string)(v))
            expect(
              Result.isSuccess(Schema.decodeUnknownResult(m["Schema"] as Schema.Codec<string, string>)(canonical))
            ).toBe(true)
            const masked = (m["mask"] as (s: string) => string)(canonical)
            expect(masked.length).toBe(canonical.length)
            if (canonical.length >= 8) expect(masked.slice(-4)).toBe(canonical.slice(-4))
            expect(masked.slice(0, -4)).toMatch(/^\**$/)
            expect((m["isValid"] as (u: unknown) => boolean)((m["format"] as (s: string) => string)(canonical))).toBe(
              true
            )
          }),
          { numRuns: 100 }
        )
      })

      it("isValid answers exactly like validate on arbitrary strings (property)", () => {
        fc.assert(
          fc.property(fc.string({ maxLength: 24 }), (s) => {
            const r = (m["validate"] as (u: unknown) => Result.Result<unknown, unknown>)(s)
            expect((m["isValid"] as (u: unknown) => boolean)(s)).toBe(Result.isSuccess(r))
          }),
          { numRuns: 300 }
        )
      })
    })
  }
})

describe("every identifier has its own package entry, the same module as the main entry's namespace", () => {
  const folderOf = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => `${i ? "-" : ""}${c.toLowerCase()}`)
  for (const [pkgDir, pkg] of [
    ["packages/core", Core],
    ["packages/mynumber", MyNumberPkg]
  ] as const) {
    it(`${pkgDir}/package.json exports ./<folder> for each identifier namespace`, async () => {
      const manifest = JSON.parse(readFileSync(new URL(`../${pkgDir}/package.json`, import.meta.url), "utf8")) as {
        name: string
        exports: Record<string, unknown>
      }
      for (const { name, module: m } of collect(pkg as Module, {})) {
        const entry = `./${folderOf(name)}`
        expect(manifest.exports[entry], `${manifest.name} ${entry}`).toEqual({
          types: `./dist/${folderOf(name)}/index.d.ts`,
          default: `./dist/${folderOf(name)}/index.js`
        })
        const sub = (await import(`${manifest.name}/${folderOf(name)}`)) as Module
        expect(sub["validate"]).toBe(m["validate"])
        expect(Object.keys(sub).sort()).toEqual(Object.keys(m).sort())
      }
    })
  }
})
