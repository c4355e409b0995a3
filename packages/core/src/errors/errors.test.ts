import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { defineRule, isJukiError, JukiError, makeError, maskPreview, relocate, translator } from "./index.js"

const Rule = defineRule({
  id: "test.rule",
  tag: "InvalidFormat",
  severity: "alert",
  basis: [{ kind: "library", cite: "test", verified: true }],
  title: { ja: "試験", en: "Test" },
  message: { ja: "{field}は{expected}桁です", en: "{field} must have {expected} digits" }
})

describe("maskPreview", () => {
  it("keeps at most the last 4 characters of values of 8 or more characters", () => {
    expect(maskPreview("123456789018")).toBe("********9018")
    expect(maskPreview("12345678")).toBe("****5678")
  })
  it("masks every character of short values", () => {
    expect(maskPreview("1234567")).toBe("*******")
    expect(maskPreview("")).toBe("")
  })
  it("describes non-strings by type only", () => {
    expect(maskPreview(123456789018)).toBe("<number>")
    expect(maskPreview(null)).toBe("<null>")
    expect(maskPreview([1])).toBe("<array>")
    expect(maskPreview({ a: 1 })).toBe("<object>")
  })
  it("shortens long values and never reveals more than 4 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        const p = maskPreview(s)
        const visible = Array.from(p.replace(/^…\(\d+\)/, "")).filter((c) => c !== "*")
        expect(visible.length).toBeLessThanOrEqual(4)
        expect(Array.from(p).length).toBeLessThanOrEqual(16 + 8)
      })
    )
  })
  it("property: a digit string of 5+ digits never appears whole in the preview", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5,40}$/), (digits) => {
        expect(maskPreview(digits).includes(digits)).toBe(false)
      })
    )
  })
})

describe("JukiError", () => {
  it("is data with a tag, a stable code, severity and a masked preview", () => {
    const e = makeError(Rule, { input: "123456789018", params: { expected: 12 }, path: ["person", "myNumber"] })
    expect(e._tag).toBe("InvalidFormat")
    expect(e.code).toBe("test.rule")
    expect(e.severity).toBe("alert")
    expect(e.preview).toBe("********9018")
    expect(e.field).toBe("person.myNumber")
    expect(isJukiError(e)).toBe(true)
    expect(e instanceof Error).toBe(false)
  })
  it("renders messages late in Japanese and English, with the field or the rule title", () => {
    const e = makeError(Rule, { params: { expected: 12 } })
    expect(e.messageIn("ja")).toBe("試験は12桁です")
    expect(e.messageIn("en")).toBe("Test must have 12 digits")
    expect(e.message).toBe(e.messageIn("ja"))
    const at = makeError(Rule, { params: { expected: 4 }, path: ["items", 2, "code"] })
    expect(at.field).toBe("items[2].code")
  })
  it("serialises to JSON with both messages and without the raw input", () => {
    const e = makeError(Rule, { input: "123456789018", params: { expected: 12 }, position: { record: 3 } })
    const json = JSON.parse(JSON.stringify(e))
    expect(json).toMatchObject({ _tag: "InvalidFormat", code: "test.rule", severity: "alert", preview: "********9018" })
    expect(json.message.en).toBe("Test must have 12 digits")
    expect(json.position).toEqual({ record: 3 })
    expect(JSON.stringify(e)).not.toContain("123456789018")
    expect(String(e)).not.toContain("123456789018")
  })
  it("relocate prefixes the path and merges the position", () => {
    const e = makeError(Rule, { path: ["code"], params: { expected: 6 } })
    const r = relocate(e, { path: ["household"], position: { record: 7, byteOffset: 120 } })
    expect(r.path).toEqual(["household", "code"])
    expect(r.position).toEqual({ record: 7, byteOffset: 120 })
    expect(r.rule).toBe(Rule)
    expect(Object.keys(r)).not.toContain("rule")
  })
  it("unknown placeholders stay visible rather than vanish", () => {
    const e = new JukiError(Rule)
    expect(e.messageIn("en")).toBe("Test must have {expected} digits")
  })
})

describe("maskPreview and JukiError: exact shapes", () => {
  it("a value of up to 16 characters is masked whole but for its last 4; a longer one shows its length and 4 stars", () => {
    expect(maskPreview("1234567890123456")).toBe("************3456")
    expect(maskPreview("12345678901234567")).toBe("…(17)****4567")
    expect(maskPreview("a".repeat(100) + "WXYZ")).toBe("…(104)****WXYZ")
  })
  it("property: the preview follows the masking rule character by character (oracle written from the rule)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const chars = Array.from(s)
        const keep = chars.length >= 8 ? 4 : 0
        const tail = chars.slice(chars.length - keep).join("")
        const expected = chars.length <= 16 ? "*".repeat(chars.length - keep) + tail : `…(${chars.length})****${tail}`
        expect(maskPreview(s)).toBe(expected)
      })
    )
  })
  it("toString names the tag, code, field and masked value, and renders English", () => {
    const e = makeError(Rule, { input: "123456789018", params: { expected: 12 }, path: ["person", "myNumber"] })
    expect(String(e)).toBe(
      "InvalidFormat[test.rule] at person.myNumber (value ********9018): person.myNumber must have 12 digits"
    )
    expect(String(makeError(Rule, { params: { expected: 12 } }))).toBe(
      "InvalidFormat[test.rule]: Test must have 12 digits"
    )
  })
  it("messageIn defaults to Japanese", () => {
    expect(makeError(Rule, { params: { expected: 6 } }).messageIn()).toBe("試験は6桁です")
  })
  it("toJSON leaves out preview and position when there are none (no undefined keys)", () => {
    const json = makeError(Rule, { params: { expected: 12 } }).toJSON()
    expect(Object.keys(json).sort()).toEqual(["_tag", "code", "message", "params", "path", "severity"])
    const full = makeError(Rule, { input: "12", params: { expected: 12 }, position: { record: 1 } }).toJSON()
    expect(Object.keys(full).sort()).toEqual([
      "_tag",
      "code",
      "message",
      "params",
      "path",
      "position",
      "preview",
      "severity"
    ])
  })
  it("relocate keeps the preview and the path when only a position is given", () => {
    const e = makeError(Rule, { input: "123456789018", path: ["myNumber"], params: { expected: 12 } })
    const r = relocate(e, { position: { record: 2 } })
    expect(r.path).toEqual(["myNumber"])
    expect(r.preview).toBe("********9018")
    expect(r.position).toEqual({ record: 2 })
    expect(Object.keys(relocate(makeError(Rule), { path: ["a"] }).toJSON())).not.toContain("preview")
  })
})

describe("translator", () => {
  const t = translator({
    one: { ja: "{0} 件（{1}）", en: "{0} records ({1})" },
    many: { ja: "{10}{0}{1}{0}", en: "{10}-{0}" },
    plain: { ja: "固定文", en: "fixed {x} text" }
  })
  it("fills {n} with the n-th argument in the language asked for", () => {
    expect(t("ja", "one", 3, "済")).toBe("3 件（済）")
    expect(t("en", "one", 3, "done")).toBe("3 records (done)")
    expect(t("ja", "many", "a", "b", 2, 3, 4, 5, 6, 7, 8, 9, "k")).toBe("kaba")
    expect(t("en", "many", "a", "b", 2, 3, 4, 5, 6, 7, 8, 9, "k")).toBe("k-a")
  })
  it("a missing argument becomes empty; text without {n} (or with a named {x}) is left as written", () => {
    expect(t("en", "one")).toBe(" records ()")
    expect(t("ja", "plain", "unused")).toBe("固定文")
    expect(t("en", "plain", 1)).toBe("fixed {x} text")
  })
})
