// Every violation the rule examples produce, read as a whole: the examples themselves (examples.test.ts) compare only
// acceptance and the set of (rule, severity), as the conformance vectors do, so a wrong path or a wrong parameter of a
// violation went unseen (mutation testing, docs/quality.md). These checks hold for every example, against what the
// example's own event and registry say, not against the rule code.
import { describe, expect, it } from "vitest"
import { examples } from "../test-utils/examples.js"
import { violationsOfRecordsExample } from "../test-utils/runner.js"
import { info } from "../jiyu/index.js"

type Path = ReadonlyArray<string | number>
interface Seen {
  readonly example: string
  readonly fromRegistry: boolean
  readonly event: Readonly<Record<string, unknown>>
  readonly given: unknown
  readonly code: string
  readonly path: Path
  readonly params: Readonly<Record<string, unknown>>
}

const resolve = (root: unknown, path: Path): { readonly ok: boolean; readonly value: unknown } => {
  let v: unknown = root
  for (const k of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, k)) return { ok: false, value: undefined }
    v = (v as Record<string | number, unknown>)[k]
  }
  return { ok: true, value: v }
}

// Computed inside each test, never at import or in a shared cache: mutation testing attributes the code a test runs
// to that test, and a cache would carry one mutant's results into the next run.
const violationsOfExamples = (): Array<Seen> => {
  const seen: Array<Seen> = []
  for (const ex of examples) {
    if (ex.kind !== "records") continue
    const given = JSON.parse(JSON.stringify(ex.given))
    const event = JSON.parse(JSON.stringify(ex.event))
    const { fromRegistry, violations } = violationsOfRecordsExample(ex)
    for (const v of violations)
      seen.push({
        example: `${ex.rule}: ${ex.description}`,
        fromRegistry,
        event,
        given,
        code: v.code,
        path: v.path ?? [],
        params: (v.params ?? {}) as Readonly<Record<string, unknown>>
      })
  }
  return seen
}

// Written from 標準仕様書 / 住基法 terms (not read from the rule code).
const STATE_JA: Readonly<Record<string, string>> = {
  none: "記録なし",
  provisional: "仮登録",
  current: "現存",
  leaving: "転出予定",
  removed: "除票"
}
const IDENTIFIER_JA: Readonly<Record<string, string>> = {
  atenaNumber: "宛名番号",
  residentCode: "住民票コード",
  myNumber: "個人番号",
  cardNumber: "在留カード等番号"
}
// Rules about the event or the registry as a whole: their violation has the empty path.
const WHOLE = new Set([
  "records.event.malformed",
  "records.registry.malformed",
  "records.jiyu.unknown",
  "records.jiyu.forbidden"
])
// Rules that report an item the event lacks: the path names where it belongs.
const MISSING = new Set(["records.filer.missing", "records.move-out.destination", "records.move-in.previous-address"])
// Rules about a 世帯 as a whole (onHousehold): the path is ["household"].
const HOUSEHOLD = new Set([
  "records.household.at-most-one-head",
  "records.household.head-leaves",
  "records.household.same-address"
])

describe("violations of the rule examples point at what they name", () => {
  it("there are enough of them to mean something", () => {
    const seen = violationsOfExamples()
    expect(seen.length).toBeGreaterThan(120)
    expect(new Set(seen.map((s) => s.code)).size).toBeGreaterThan(45)
  })

  it("a rule about the whole event or registry has the empty path; every other rule names where the problem is", () => {
    const seen = violationsOfExamples()
    for (const s of seen)
      if (WHOLE.has(s.code)) expect(s.path, s.example).toEqual([])
      else expect(s.path.length, `${s.example} ${s.code}`).toBeGreaterThan(0)
  })

  it("a 世帯 rule points at the 世帯; every other path leads into the event (or the given registry) at least up to its last step", () => {
    const seen = violationsOfExamples()
    for (const s of seen) {
      if (HOUSEHOLD.has(s.code)) {
        expect(s.path, s.example).toEqual(["household"])
        continue
      }
      const root = s.fromRegistry ? s.given : s.event
      expect(resolve(root, s.path.slice(0, -1)).ok, `${s.example} ${s.code} ${JSON.stringify(s.path)}`).toBe(true)
    }
  })

  it("a path names a value the event holds, unless its rule reports that value as missing", () => {
    const seen = violationsOfExamples()
    for (const s of seen) {
      if (HOUSEHOLD.has(s.code) || MISSING.has(s.code)) continue
      const path = s.path
      const root = s.fromRegistry ? s.given : s.event
      expect(resolve(root, path).ok, `${s.example} ${s.code} ${JSON.stringify(s.path)}`).toBe(true)
    }
  })

  it("an event-level path that names an item of a record or a change ends with that item", () => {
    const seen = violationsOfExamples()
    for (const s of seen) {
      const item = s.params["item"]
      if (typeof item !== "string" || !/^[a-zA-Z.]+$/.test(item)) continue
      const tail = item.split(".")
      // A missing 転入前住所 as a whole is reported on the 転入前住所 (item names its first missing part).
      if (s.code === "records.move-in.previous-address" && s.path.at(-1) === "previousAddress") continue
      expect(s.path.slice(-tail.length), `${s.example} ${s.code}`).toEqual(tail)
    }
  })

  it("a 記載 in the records of the event points at that record, by its position", () => {
    const seen = violationsOfExamples()
    for (const s of seen) {
      if (s.path[0] !== "records" || s.fromRegistry) continue
      const records = s.event["records"]
      expect(Array.isArray(records), s.example).toBe(true)
      expect(typeof s.path[1], s.example).toBe("number")
      expect(s.path[1] as number, s.example).toBeLessThan((records as Array<unknown>).length)
    }
  })

  it("住基法 / 標準仕様書 names in the parameters match the event: 異動事由, state, the identifier a match used", () => {
    const seen = violationsOfExamples()
    let checked = 0
    for (const s of seen) {
      const p = s.params
      if (p["jiyu"] !== undefined) {
        checked++
        if (!s.fromRegistry && typeof s.event["jiyu"] === "string") expect(p["jiyu"], s.example).toBe(s.event["jiyu"])
        expect(p["jiyuJa"], s.example).toBe(info(p["jiyu"] as never).ja)
      }
      if (p["state"] !== undefined) {
        checked++
        expect(p["stateJa"], s.example).toBe(STATE_JA[p["state"] as string])
      }
      if (p["matchedBy"] !== undefined) {
        checked++
        expect(p["matchedByJa"], s.example).toBe(IDENTIFIER_JA[p["matchedBy"] as string])
      }
      for (const [k, v] of Object.entries(p))
        if (k.endsWith("Ja")) expect(typeof v === "string" && v.length > 0, `${s.example} ${k}`).toBe(true)
    }
    expect(checked).toBeGreaterThan(40)
  })
  it("住基法 / 標準仕様書 1.2.2: a 異動事由 outside its scope names the residents it is for; no parameter is left undefined", () => {
    const seen = violationsOfExamples()
    let scoped = 0
    for (const s of seen) {
      for (const [k, v] of Object.entries(s.params)) expect(v, `${s.example} ${s.code} ${k}`).not.toBe(undefined)
      if (s.code !== "records.jiyu.scope") continue
      scoped++
      const japaneseOnly = info(s.params["jiyu"] as never).scope === "japanese"
      expect({ scope: s.params["scope"], scopeJa: s.params["scopeJa"] }, s.example).toEqual(
        japaneseOnly
          ? { scope: "Japanese residents", scopeJa: "日本人住民" }
          : { scope: "foreign residents", scopeJa: "外国人住民" }
      )
    }
    expect(scoped).toBeGreaterThanOrEqual(2)
  })

  it("住基法52条2項: an overdue alert names a last day before the filing date and the period of the 異動事由", () => {
    const seen = violationsOfExamples()
    let overdue = 0
    for (const s of seen) {
      if (s.code !== "records.deadline.overdue") continue
      overdue++
      expect(s.params["days"], s.example).toBe(info(s.event["jiyu"] as never).deadline?.days)
      const last = s.params["deadline"]
      expect(typeof last, s.example).toBe("string")
      expect((last as string) < (s.event["filedOn"] as string), s.example).toBe(true)
      expect((last as string) > (s.event["changeDate"] as string), s.example).toBe(true)
    }
    expect(overdue).toBeGreaterThanOrEqual(2)
  })
})
