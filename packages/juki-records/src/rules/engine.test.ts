// Cases of the rule engine's options and dispatch (engine.ts) found by mutation testing (docs/quality.md): an option
// given as a falsy value is kept, not replaced by its default; a disabled rule is not dispatched.
import { describe, expect, it } from "vitest"
import { DEFAULTS, dispatchOf, resolveOptions } from "./engine.js"
import { catalogue } from "./index.js"

describe("resolveOptions", () => {
  it("library options: values given are kept (false and 0 too), values not given are the defaults", () => {
    const pick = (r: ReturnType<typeof resolveOptions>) => [
      r.moveWithinChangesHousehold,
      r.certificateRetentionDays,
      r.filerMinimumAge
    ]
    expect(
      pick(resolveOptions({ moveWithinChangesHousehold: false, certificateRetentionDays: 0, filerMinimumAge: 0 }))
    ).toEqual([false, 0, 0])
    expect(pick(resolveOptions({ certificateRetentionDays: 60, filerMinimumAge: 18 }))).toEqual([true, 60, 18])
    expect(pick(resolveOptions({}))).toEqual([true, 30, 15])
    expect(pick(DEFAULTS)).toEqual([true, 30, 15])
  })
  it("住民票コード (UNVERIFIED checksum, off by default): a checksum mode given is kept", () => {
    const r = resolveOptions({ identifiers: { residentCode: { checksum: "assumed-mod11" } } })
    expect(r.identifiers.residentCode).toEqual({ checksum: "assumed-mod11" })
  })
  it("disable: none given is an empty set; the ids given are the set", () => {
    expect([...resolveOptions({}).disable]).toEqual([])
    expect([...resolveOptions({ disable: ["records.cs.order"] }).disable]).toEqual(["records.cs.order"])
  })
  it("the same options object resolves to the same result (cached)", () => {
    const o = { filerMinimumAge: 18 }
    expect(resolveOptions(o)).toBe(resolveOptions(o))
  })
})

describe("dispatchOf", () => {
  it("a disabled rule is dispatched in no scope; the others are, each in the scopes it has", () => {
    const d = dispatchOf(resolveOptions({ disable: ["records.household.same-address", "records.cs.order"] }))
    const ids = (rs: ReadonlyArray<{ readonly id: string }>) => rs.map((r) => r.id)
    expect(ids(d.household)).toEqual(
      ids(catalogue.filter((r) => r.onHousehold !== undefined && r.id !== "records.household.same-address"))
    )
    expect(ids(d.event.get("create") ?? [])).not.toContain("records.cs.order")
    expect(ids(d.event.get("create") ?? []).length).toBeGreaterThan(0)
    expect(ids(d.record)).toEqual(ids(catalogue.filter((r) => r.onRecord !== undefined)))
  })
})
