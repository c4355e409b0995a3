// The CS update effect (住基法30条の6): its 本人確認情報 are derived from the record when first read, and its JSON form
// is the plain CsUpdate.
import { describe, expect, it } from "vitest"
import { identityInfo } from "../derive/index.js"
import { japanese } from "../test-utils/fixtures.js"
import { CsUpdateEffect } from "./effects.js"

describe("CsUpdateEffect (住基法30条の6 本人確認情報)", () => {
  const r = japanese(1)
  it("住基法30条の6: the 本人確認情報 carry the 異動事由, 異動日, 更新順番号, 届出日 and old 住民票コード given", () => {
    const e = new CsUpdateEffect(7, r.atenaNumber, "move-within", "2024-04-01", r, "2024-04-05", "20000000099")
    expect([e.type, e.sequence, e.atenaNumber, e.jiyu, e.changeDate]).toEqual([
      "cs-update",
      7,
      r.atenaNumber,
      "move-within",
      "2024-04-01"
    ])
    expect(e.identity).toEqual(
      identityInfo(r, {
        jiyu: "move-within",
        changeDate: "2024-04-01",
        updateSequence: 7,
        filedOn: "2024-04-05",
        oldResidentCode: "20000000099"
      })
    )
    expect([e.identity.updateSequence, e.identity.filedOn, e.identity.oldResidentCode]).toEqual([
      7,
      "2024-04-05",
      "20000000099"
    ])
    // Derived once: the same object on every read.
    expect(e.identity).toBe(e.identity)
  })
  it("住基法30条の6: without a 届出日 or an old 住民票コード the 本人確認情報 have neither", () => {
    const e = new CsUpdateEffect(1, r.atenaNumber, "birth", "2024-04-01", r, undefined, undefined)
    expect("filedOn" in e.identity).toBe(false)
    expect("oldResidentCode" in e.identity).toBe(false)
  })
  it("the JSON form is the plain effect with its 本人確認情報", () => {
    const e = new CsUpdateEffect(3, r.atenaNumber, "death", "2024-04-02", r, undefined, undefined)
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      type: "cs-update",
      sequence: 3,
      atenaNumber: r.atenaNumber,
      jiyu: "death",
      changeDate: "2024-04-02",
      identity: JSON.parse(
        JSON.stringify(identityInfo(r, { jiyu: "death", changeDate: "2024-04-02", updateSequence: 3 }))
      )
    })
    expect(Object.keys(e.toJSON())).toEqual(["type", "sequence", "atenaNumber", "jiyu", "changeDate", "identity"])
  })
})
