import { describe, expect, it } from "vitest"
import { examples } from "../test-utils/examples.js"
import { normalise, runFunction, runRecords, violationsOfRecordsExample } from "../test-utils/runner.js"
import { catalogue } from "./index.js"

describe("rule examples (each also a conformance vector)", () => {
  for (const ex of examples) {
    const name = `${ex.basis.join(" / ")}: ${ex.description} [${ex.rule}${ex.optional ? ", optional" : ""}]`
    it(name, () => {
      const got =
        ex.kind === "records"
          ? runRecords(ex.given, { event: ex.event, ...(ex.options === undefined ? {} : { options: ex.options }) })
          : runFunction({ function: ex.function, args: ex.args })
      expect(got).toEqual(normalise(ex.expect))
    })
  }
})

describe("example coverage", () => {
  it("every rule of the catalogue has at least 2 accepting and 2 rejecting examples", () => {
    const missing: Array<string> = []
    for (const r of catalogue) {
      const mine = examples.filter((e) => e.rule === r.id)
      const acc = mine.filter((e) => e.expect.accepted).length
      const rej = mine.filter((e) => !e.expect.accepted && e.expect.errors?.some((x) => x.rule === r.id)).length
      if (acc < 2 || rej < 2) missing.push(`${r.id} (${acc} accepting, ${rej} rejecting)`)
    }
    expect(missing).toEqual([])
  })

  it("every rejecting example names only catalogue rules with their catalogue severity", () => {
    for (const e of examples)
      for (const x of e.expect.errors ?? []) {
        const r = catalogue.find((c) => c.id === x.rule)
        expect(r, x.rule).toBeDefined()
        expect(x.severity, x.rule).toBe(r?.severity)
      }
  })
})

describe("messages", () => {
  it("every violation of the examples renders in ja and en with every placeholder filled and no personal data", async () => {
    let seen = 0
    for (const ex of examples) {
      if (ex.kind !== "records" || ex.expect.accepted) continue
      const { violations } = violationsOfRecordsExample(ex)
      for (const v of violations) {
        seen++
        for (const lang of ["ja", "en"] as const) expect(v.messageIn(lang), `${v.code} ${lang}`).not.toMatch(/\{\w+\}/)
        // Params carry no identifiers: no 10+ digit runs (宛名番号, 住民票コード, 個人番号).
        expect(JSON.stringify(v.params), v.code).not.toMatch(/\d{10,}/)
      }
    }
    expect(seen).toBeGreaterThan(80)
  })
})
