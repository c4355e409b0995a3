import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { OPTIONAL_ITEMS_FOR_TEST } from "../test-utils/constants.js"
import { channels, requesterKinds } from "../request/index.js"
import { rules } from "../rules/index.js"
import { conformanceAdapter } from "./index.js"

interface Case {
  readonly description: string
  readonly given: unknown
  readonly when: Readonly<Record<string, unknown>>
  readonly rules?: ReadonlyArray<string>
  readonly expect:
    | { readonly accepted: true; readonly value?: unknown }
    | { readonly accepted: false; readonly errors: ReadonlyArray<{ rule: string; severity: string }> }
}
const dir = fileURLToPath(new URL("../../../../conformance/vectors/certificates/", import.meta.url))
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ name: f, data: JSON.parse(readFileSync(dir + f, "utf8")) as { cases: ReadonlyArray<Case> } }))

describe("certificates conformance vectors", () => {
  for (const file of files) {
    describe(file.name, () => {
      for (const c of file.data.cases) {
        it(c.description, () => {
          const out = conformanceAdapter(c.given, c.when, "project")
          if (c.expect.accepted) {
            expect(out.accepted).toBe(true)
            if (c.expect.value !== undefined) expect(out.value).toEqual(c.expect.value)
          } else {
            expect(out.accepted).toBe(false)
            expect(new Set(out.errors.map((e) => e.rule))).toEqual(new Set(c.expect.errors.map((e) => e.rule)))
          }
        })
      }
    })
  }

  it("every rule has >= 2 accepting and >= 2 rejecting cases", () => {
    const all = files.flatMap((f) => f.data.cases)
    for (const rule of rules) {
      const rejecting = all.filter((c) => !c.expect.accepted && c.expect.errors.some((e) => e.rule === rule.id)).length
      const accepting = all.filter((c) => c.expect.accepted && (c.rules ?? []).includes(rule.id)).length
      expect({ rule: rule.id, accepting: accepting >= 2, rejecting: rejecting >= 2 }).toEqual({
        rule: rule.id,
        accepting: true,
        rejecting: true
      })
    }
  })

  it("cover every requester × channel × optional item at least once", () => {
    const seen = new Set(
      files.flatMap((f) =>
        f.data.cases.flatMap((c) => {
          const r = c.when["request"] as
            | { requester?: { kind?: string }; channel?: string; items?: ReadonlyArray<string> }
            | undefined
          return (r?.items ?? []).map((i) => `${r?.requester?.kind}|${r?.channel}|${i}`)
        })
      )
    )
    for (const who of requesterKinds)
      for (const ch of channels)
        for (const item of OPTIONAL_ITEMS_FOR_TEST) expect(seen.has(`${who}|${ch}|${item}`)).toBe(true)
  })
})
