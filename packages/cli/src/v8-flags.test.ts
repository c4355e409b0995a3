import { spawnSync } from "node:child_process"
import { describe, expect, it } from "vitest"
import { APPLY_HEAP_GROWING_PERCENT, RECONCILE_HEAP_GROWING_PERCENT, v8FlagsFor } from "./v8-flags.js"

// V8 prints "unrecognized flag" / "illegal value" on stderr (and goes on) when v8.setFlagsFromString gets a flag it
// does not know: the bin would then run with V8's defaults without a word.
const stderrOfSetting = (flags: ReadonlyArray<string>): string =>
  spawnSync(
    process.execPath,
    ["-e", `const v8 = require("node:v8"); for (const f of ${JSON.stringify(flags)}) v8.setFlagsFromString(f)`],
    { encoding: "utf8", timeout: 30_000 }
  ).stderr

describe("v8FlagsFor (V8 settings the bin sets before loading a command)", () => {
  it("juki validate keeps the young generation at its initial size", () => {
    expect(v8FlagsFor(["validate", "x.dat", "--layout", "l"])).toEqual(["--semi-space-growth-factor=1"])
    expect(v8FlagsFor(["--lang", "ja", "validate", "-"])).toEqual(["--semi-space-growth-factor=1"])
  })

  it("juki registry apply caps the old generation's growth, wherever its options stand", () => {
    const flag = `--heap-growing-percent=${APPLY_HEAP_GROWING_PERCENT}`
    expect(v8FlagsFor(["registry", "apply", "events.json"])).toEqual([flag])
    expect(v8FlagsFor(["registry", "--store", "postgres://h/db", "apply", "e.json"])).toEqual([flag])
    expect(v8FlagsFor(["--lang", "en", "registry", "--group", "200", "apply"])).toEqual([flag])
    expect(v8FlagsFor(["--debug", "registry", "--store=pglite:./s", "apply"])).toEqual([flag])
  })

  it("juki reconcile: the young generation at its initial size and the old generation grown by 30 % at most", () => {
    const flags = ["--semi-space-growth-factor=1", `--heap-growing-percent=${RECONCILE_HEAP_GROWING_PERCENT}`]
    expect(RECONCILE_HEAP_GROWING_PERCENT).toBe(30)
    expect(v8FlagsFor(["reconcile", "registry.json", "cs.dat", "--layout", "l"])).toEqual(flags)
    expect(v8FlagsFor(["--lang", "ja", "reconcile", "--store", "pglite:./s", "cs.dat"])).toEqual(flags)
  })

  it("other commands, and the other registry sub-commands, run with V8's defaults", () => {
    for (const argv of [
      [],
      ["registry"],
      ["registry", "load", "apply.csv"],
      ["registry", "check", "--store", "apply"],
      ["stats", "reconcile"],
      ["--lang", "validate"],
      ["help", "validate"]
    ])
      expect(v8FlagsFor(argv)).toEqual([])
  })

  it("every flag is one this Node's V8 accepts at run time (an unknown one is reported, so this can fail)", () => {
    expect(stderrOfSetting(["--heap-growing-percentx=1"])).toMatch(/unrecognized flag/)
    expect(stderrOfSetting(["--heap-growing-percent=abc"])).toMatch(/illegal value/)
    const all = [...v8FlagsFor(["validate"]), ...v8FlagsFor(["registry", "apply"]), ...v8FlagsFor(["reconcile"])]
    expect(all.length).toBe(4)
    expect(stderrOfSetting(all)).toBe("")
  })

  it("the growing factor is a whole percent between 1 and 300 (V8 applies 1 + percent / 100)", () => {
    expect(Number.isInteger(APPLY_HEAP_GROWING_PERCENT)).toBe(true)
    expect(APPLY_HEAP_GROWING_PERCENT).toBeGreaterThan(0)
    expect(APPLY_HEAP_GROWING_PERCENT).toBeLessThanOrEqual(300)
  })
})
