// Runs conformance/vectors/retention and conformance/optional/retention through the adapter, and checks the
// coverage the vectors promise: every rule of the package has at least 2 accepting and 2 rejecting cases (counted
// as the reference runner counts them), and every policy has at least 2 kept and 2 due cases.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { VectorFile } from "@juki/conformance/vector-file"
import { describe, expect, it } from "vitest"
import { recordKinds, rules } from "../policy/index.js"
import { conformanceAdapter } from "./index.js"

type File = VectorFile<
  Readonly<Record<string, unknown>>,
  { readonly status: string; readonly lastRetainedDay: string | null }
>

const root = fileURLToPath(new URL("../../../../conformance/", import.meta.url))
const load = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ name: `${dir}/${f}`, data: JSON.parse(readFileSync(join(root, dir, f), "utf8")) as File }))
const required = load("vectors/retention")
const optional = load("optional/retention")

describe("retention conformance vectors", () => {
  for (const file of [...required, ...optional]) {
    describe(file.name, () => {
      it("is a retention file with a basis on every case; optional files only hold optional cases", () => {
        expect(file.data.kind).toBe("retention")
        const isOptional = file.name.startsWith("optional/")
        for (const c of file.data.cases) {
          expect(c.basis.length).toBeGreaterThan(0)
          expect(c.given).toBeNull()
          expect(Boolean(c.optional ?? file.data.optional ?? false)).toBe(isOptional)
          if (isOptional) expect(c.when["options"]).toBeTypeOf("object")
        }
      })
      for (const c of file.data.cases) {
        it(c.description, () => {
          const out = conformanceAdapter(c.given, c.when, file.data.subject)
          if (c.expect.accepted) {
            expect(out).toEqual({ accepted: true, value: c.expect.value, errors: [] })
          } else {
            expect(out.accepted).toBe(false)
            expect(out.errors).toEqual(c.expect.errors)
          }
        })
      }
    })
  }

  it("every record kind has ≥2 kept and ≥2 purge-due cases (required vectors for 令34条 kinds)", () => {
    const all = [...required, ...optional].flatMap((f) => f.data.cases)
    for (const kind of recordKinds) {
      const cases = all.filter((c) => (c.when["item"] as { kind?: string } | null)?.kind === kind && c.expect.accepted)
      const statuses = cases.map((c) => (c.expect.accepted ? (c.expect.value?.status ?? "") : ""))
      const kept = statuses.filter((s) => s === "retained" || s === "keep-forever" || s === "archive-due").length
      const purged = statuses.filter((s) => s === "purge-due" || s === "expired-under-former-rule").length
      expect({ kind, kept: kept >= 2, purged: purged >= 2 }).toEqual({ kind, kept: true, purged: true })
    }
    for (const kind of ["juminhyo-johyo", "fuhyo-johyo", "cs-superseded", "cs-deleted", "paper"]) {
      const cases = required
        .flatMap((f) => f.data.cases)
        .filter((c) => (c.when["item"] as { kind?: string } | null)?.kind === kind)
      expect(cases.length).toBeGreaterThanOrEqual(4)
    }
  })

  it("every rule of @juki/retention has ≥2 accepting and ≥2 rejecting cases (counted as the reference runner does)", () => {
    const count = new Map<string, { accepting: number; rejecting: number }>()
    for (const file of [...required, ...optional]) {
      for (const c of file.data.cases) {
        const ids = c.expect.accepted
          ? (c.rules ?? file.data.rules ?? [])
          : [...new Set(c.expect.errors.map((e) => e.rule))]
        for (const id of ids) {
          const entry = count.get(id) ?? { accepting: 0, rejecting: 0 }
          if (c.expect.accepted) entry.accepting++
          else entry.rejecting++
          count.set(id, entry)
        }
      }
    }
    for (const rule of rules) {
      const entry = count.get(rule.id) ?? { accepting: 0, rejecting: 0 }
      expect({ rule: rule.id, accepting: entry.accepting >= 2, rejecting: entry.rejecting >= 2 }).toEqual({
        rule: rule.id,
        accepting: true,
        rejecting: true
      })
    }
  })

  it("every policy file has ≥2 kept (retained, keep-forever) and ≥2 due (purge-due, archive-due, expired) cases", () => {
    const kept = new Set(["retained", "keep-forever"])
    const due = new Set(["purge-due", "archive-due", "expired-under-former-rule"])
    for (const file of [...required, ...optional]) {
      const statuses = file.data.cases.flatMap((c) => {
        const kind = (c.when["item"] as { kind?: unknown } | null)?.kind
        return c.expect.accepted && typeof kind === "string" && (recordKinds as ReadonlyArray<string>).includes(kind)
          ? [c.expect.value?.status ?? ""]
          : []
      })
      if (!recordKinds.some((k) => file.data.subject === k || file.name.includes(k))) continue
      expect({
        file: file.name,
        kept: statuses.filter((s) => kept.has(s)).length >= 2,
        due: statuses.filter((s) => due.has(s)).length >= 2
      }).toEqual({ file: file.name, kept: true, due: true })
    }
  })

  it("the adapter can fail: a wrong expectation does not match", () => {
    const out = conformanceAdapter(null, { item: { kind: "paper", start: "2024-04-01" }, asOf: "2025-04-01" }, "paper")
    expect(out).not.toEqual({
      accepted: true,
      value: { status: "purge-due", lastRetainedDay: "2025-04-01" },
      errors: []
    })
    expect(conformanceAdapter(null, { item: 1, asOf: "2025-04-01" }, "x").accepted).toBe(false)
  })

  it("the batch form runs planPurge: statuses in order, or the rule ids of invalid decisions", () => {
    const items = [
      { kind: "paper", start: "2024-04-01" },
      { kind: "paper", start: "2024-04-02" }
    ]
    expect(conformanceAdapter(null, { items, asOf: "2025-04-02" }, "planPurge")).toEqual({
      accepted: true,
      value: [
        { status: "purge-due", lastRetainedDay: "2025-04-01" },
        { status: "retained", lastRetainedDay: "2025-04-02" }
      ],
      errors: []
    })
    expect(conformanceAdapter(null, { items: undefined, asOf: "2025-04-02" }, "planPurge")).toEqual({
      accepted: false,
      errors: [{ rule: "retention.items.type", severity: "error" }]
    })
    // one error per rule id, however many items fail it
    expect(conformanceAdapter(null, { items: [1, 2, { kind: "x" }], asOf: "2025-04-02" }, "planPurge").errors).toEqual([
      { rule: "retention.item.type", severity: "error" },
      { rule: "retention.item.kind", severity: "error" }
    ])
  })
})
