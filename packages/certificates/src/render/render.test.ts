import { Registry } from "@juki/records"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { project } from "../project/index.js"
import fixture from "../test-utils/registry.json" with { type: "json" }
import { renderHtml, renderText } from "./index.js"

const certificate = () => {
  const reg = Registry.fromJSON(fixture)
  if (Result.isFailure(reg)) throw new Error("fixture")
  const r = project(reg.success, {
    kind: "juminhyo",
    requester: { kind: "self", atenaNumber: "0000000019" },
    channel: "counter",
    persons: { household: "8000000010" },
    form: "household",
    items: ["head-and-relationship", "former-surname"],
    history: "previous-address",
    date: "2025-04-01"
  })
  if (Result.isFailure(r)) throw new Error(r.failure.map((e) => e.code).join())
  return r.success
}

describe("renderings (住基法12条5項: 省略 items are shown as 省略 with the reason)", () => {
  it("plain text: title, 世帯連記式 rows in 記載順位, printed values and 省略 reasons", () => {
    const text = renderText(certificate())
    expect(text.split("\n")[0]).toBe("住民票の写し (2025-04-01)")
    expect(text).toContain("様式: 世帯連記式")
    expect(text).toContain("旧氏: 鈴木")
    expect(text).toContain("個人番号: 省略（請求なし）")
    expect(text).not.toContain("300000000012")
    expect(text.indexOf("[1]")).toBeLessThan(text.indexOf("[3]"))
  })
  it("HTML: a standalone document, omitted rows marked, every text escaped", () => {
    const c = certificate()
    const html = renderHtml(c)
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect(html).toContain('<tr class="omitted" data-item="my-number">')
    expect(html).toContain('<tr class="printed" data-item="former-surname"><th>旧氏</th><td>鈴木</td></tr>')
    const evil = { ...c, municipality: "<script>alert(1)</script>" }
    expect(renderHtml(evil)).not.toContain("<script>")
    expect((html.match(/<section/g) ?? []).length).toBe(3)
  })
})
