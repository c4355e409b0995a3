// Runs the conformance vectors of @juki/formats (conformance/vectors/formats, conformance/optional/formats) through the
// reference runner of @juki/conformance, with a function adapter that knows the namespaces of @juki/formats.
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { defaultAdapters, loadVectorFiles, runFile, toOutcome, type Adapter } from "@juki/conformance"
import { describe, expect, it } from "vitest"
import * as Formats from "./index.js"

const root = fileURLToPath(new URL("../../../conformance/", import.meta.url))
const files = [...loadVectorFiles(join(root, "vectors/formats")), ...loadVectorFiles(join(root, "optional/formats"))]

// A subject names a module namespace (`FixedLength`, `Csv`, `ShiftJis`, `Utf8`) or the package itself (`formats`).
const formatsFunction: Adapter = (_given, when, subject) => {
  const ns =
    subject === "formats"
      ? (Formats as unknown as Record<string, unknown>)
      : (Formats as unknown as Record<string, Record<string, unknown>>)[subject]
  const fn = ns?.[when["function"] as string]
  if (typeof fn !== "function") throw new Error(`unknown function ${subject}.${String(when["function"])}`)
  return toOutcome(
    (fn as (...a: ReadonlyArray<unknown>) => unknown)(...((when["args"] as ReadonlyArray<unknown>) ?? []))
  )
}
const adapters = { ...defaultAdapters(), function: formatsFunction }

describe("conformance vectors of @juki/formats", () => {
  it("finds the vector files (required and optional)", () => {
    expect(files.map((f) => f.data.subject).sort()).toEqual([
      "Csv",
      "FixedLength",
      "FixedLength",
      "FixedLength",
      "FixedLength",
      "Reconcile",
      "ShiftJis",
      "ShiftJis",
      "Utf8",
      "formats"
    ])
  })
  for (const file of files) {
    describe(file.path, () => {
      for (const r of runFile(file, adapters)) {
        it(`${r.subject}: ${r.description}`, () => {
          expect(r.reason ?? "").toBe("")
          expect(r.passed).toBe(true)
        })
      }
    })
  }
})
