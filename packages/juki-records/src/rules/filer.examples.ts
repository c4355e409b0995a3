/**
 * Examples of the `records.filer.*` rules (`./filer.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/filer.json` (optional cases in
 * `conformance/optional/records/filer.json`).
 */
import * as Event from "../events/index.js"
import { atena, M } from "../test-utils/fixtures.js"
import {
  OK,
  E,
  A,
  NO,
  ex,
  type Example,
  gFamily,
  gEmpty,
  newcomer,
  tenkyoF5,
  hhChange,
  out,
  modify1,
  moveIn,
  baby
} from "../test-utils/example-kit.js"

const self = (n: number) => ({ relation: "self" as const, atenaNumber: atena(n) })

export const examples: ReadonlyArray<Example> = [
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法23条", "住基法26条"],
    "転居 filed by the person (本人) is accepted",
    gFamily(),
    tenkyoF5({ filer: self(5) }),
    OK
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法26条"],
    "世帯変更 of a child filed by the 世帯主 is accepted",
    gFamily(),
    { ...hhChange("子"), filer: { relation: "head", atenaNumber: atena(1) } },
    OK
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法26条", "住基法27条3項"],
    "転出 of a child filed by a 世帯員 of the same 世帯 (the mother) is accepted",
    gFamily(),
    out({ filer: { relation: "member", atenaNumber: atena(2) } }),
    OK
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法27条3項"],
    "転居 filed by a 代理人 with a 委任状 is accepted",
    gFamily(),
    tenkyoF5({ filer: { relation: "agent", name: "代理　一郎", powerOfAttorney: true } }),
    OK
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法27条3項"],
    "転入 filed by a 法定代理人 with proof of representation is accepted",
    gEmpty(),
    moveIn({
      records: [newcomer(9)],
      ...M,
      filer: { relation: "legal-representative", name: "後見　花子", proofOfRepresentation: true }
    }),
    OK
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法27条3項", "評価書III 2 リスク2"],
    "転居 filed by a 代理人 without a 委任状 is rejected",
    gFamily(),
    tenkyoF5({ filer: { relation: "agent", name: "代理　一郎" } }),
    NO(E("records.filer.eligible"))
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法26条", "評価書III 2 リスク2"],
    "転居 of a person filed as 世帯員 by a resident of another 世帯 is rejected",
    gFamily(),
    tenkyoF5({ filer: { relation: "member", atenaNumber: atena(1) } }),
    NO(E("records.filer.eligible"))
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法26条", "評価書III 2 リスク2"],
    "世帯変更 filed as 世帯主 by a 世帯員 who is not the 世帯主 is rejected",
    gFamily(),
    { ...hhChange("子"), filer: { relation: "head", atenaNumber: atena(2) } },
    NO(E("records.filer.eligible"))
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["住基法27条3項"],
    "転入 filed by a 法定代理人 without proof of representation is rejected",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M, filer: { relation: "legal-representative", name: "後見　花子" } }),
    NO(E("records.filer.eligible"))
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["UNVERIFIED: 住民基本台帳事務処理要領 (15歳未満は法定代理人)"],
    "転出 filed by the 8-year-old child herself is rejected (her 法定代理人 files)",
    gFamily(),
    out({ filer: self(3) }),
    NO(E("records.filer.eligible")),
    { optional: true }
  ),
  ex(
    "filer",
    "records.filer.eligible",
    ["UNVERIFIED: 住民基本台帳事務処理要領 (15歳未満は法定代理人)"],
    "with filerMinimumAge 0 the same 転出 is accepted",
    gFamily(),
    out({ filer: self(3) }),
    OK,
    { options: { filerMinimumAge: 0 }, optional: true }
  ),

  ex(
    "filer",
    "records.filer.by-authority",
    ["住基法8条"],
    "職権修正 without a 届出人 is accepted",
    gFamily(),
    modify1("authority-correction", 5, { remarks: "職権で修正" }),
    OK
  ),
  ex(
    "filer",
    "records.filer.by-authority",
    ["住基法8条", "住基令12条"],
    "出生 (recorded 職権 on the 戸籍 notice) without a 届出人 is accepted",
    gFamily(),
    Event.birth({
      record: baby(4),
      changeDate: "2024-04-01",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    OK
  ),
  ex(
    "filer",
    "records.filer.by-authority",
    ["住基法8条"],
    "職権修正 naming a 届出人 is rejected",
    gFamily(),
    { ...modify1("authority-correction", 5, { remarks: "職権で修正" }), filer: self(5) },
    NO(E("records.filer.by-authority"))
  ),
  ex(
    "filer",
    "records.filer.by-authority",
    ["住基法8条", "住基令12条"],
    "a 転居 recorded 職権 that names a 届出人 is rejected",
    gFamily(),
    tenkyoF5({ byAuthority: true, filer: self(5) }),
    NO(E("records.filer.by-authority"))
  ),

  ex(
    "filer",
    "records.filer.missing",
    ["住基法26条"],
    "by default a 転居 without a recorded 届出人 is accepted (older data has none)",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "filer",
    "records.filer.missing",
    ["住基法26条", "評価書III 2 リスク2"],
    "with filerRequired a 転居 naming its 届出人 is accepted",
    gFamily(),
    tenkyoF5({ filer: self(5) }),
    OK,
    { options: { filerRequired: true }, optional: true }
  ),
  ex(
    "filer",
    "records.filer.missing",
    ["住基法26条", "評価書III 2 リスク2"],
    "with filerRequired a 転居 without a 届出人 raises an alert",
    gFamily(),
    tenkyoF5(),
    NO(A("records.filer.missing")),
    { options: { filerRequired: true }, optional: true }
  ),
  ex(
    "filer",
    "records.filer.missing",
    ["住基法26条", "評価書III 2 リスク2"],
    "with filerRequired a 転入 without a 届出人 raises an alert",
    gEmpty(),
    moveIn({ records: [newcomer(9)], ...M }),
    NO(A("records.filer.missing")),
    { options: { filerRequired: true }, optional: true }
  )
]
