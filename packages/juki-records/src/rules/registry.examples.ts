/**
 * Examples of the `records.registry.*` rules (`./registry.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/registry.json` (optional cases in
 * `conformance/optional/records/registry.json`).
 */
import {
  atena,
  cardNumber,
  family,
  foreigner,
  household,
  japanese,
  M,
  movedOut,
  MUNI,
  myNumber,
  registryJson,
  residentCode
} from "../test-utils/fixtures.js"
import {
  OK,
  E,
  NO,
  ex,
  type Example,
  gFamily,
  modify1,
  newcomer,
  tenkyoF5,
  SEED,
  cert,
  moveIn
} from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条"],
    "a registry with one present record per person is accepted",
    gFamily(),
    tenkyoF5(),
    OK
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "標準仕様書4.1.1.2"],
    "a 除票 and a present record may share a 個人番号 (only present records count)",
    registryJson([
      movedOut(japanese(8)),
      ...family().map((r) => (r.atenaNumber === atena(3) ? { ...r, myNumber: myNumber(8) } : r))
    ]),
    tenkyoF5(),
    OK
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", SEED],
    "two present records with one 住民票コード are rejected",
    registryJson([...family(), japanese(9, { householdNumber: household(9), residentCode: residentCode(1) })]),
    tenkyoF5(),
    NO(E("records.registry.unique-person"))
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", SEED],
    "two present records with one 個人番号 are rejected",
    registryJson([...family(), japanese(9, { householdNumber: household(9), myNumber: myNumber(2) })]),
    tenkyoF5(),
    NO(E("records.registry.unique-person"))
  ),
  ex(
    "registry",
    "records.registry.malformed",
    ["juki plain-JSON form"],
    "a minimal registry is accepted",
    { municipality: MUNI, records: [] },
    moveIn({ records: [newcomer(9)], ...M }),
    OK
  ),
  ex(
    "registry",
    "records.registry.malformed",
    ["juki plain-JSON form"],
    "a registry with history and certificates is accepted",
    registryJson(family(), { sequence: 7, certificates: [cert(9, "2024-03-25")] }),
    tenkyoF5(),
    OK
  ),
  ex(
    "registry",
    "records.registry.malformed",
    ["juki plain-JSON form"],
    "a registry with an unknown key is rejected",
    { municipality: MUNI, records: [], extra: 1 },
    moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.registry.malformed"))
  ),
  ex(
    "registry",
    "records.registry.malformed",
    ["juki plain-JSON form"],
    "a registry whose record lacks 性別 is rejected",
    { municipality: MUNI, records: [(({ sex: _s, ...r }) => r)(japanese(1))] },
    moveIn({ records: [newcomer(9)], ...M }),
    NO(E("records.registry.malformed"))
  ),

  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "番号法7条"],
    "a 個人番号 changed to a number nobody holds is accepted",
    gFamily(),
    modify1("mynumber-change-request", 2, { myNumber: myNumber(42) }),
    OK
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "住基法30条の4"],
    "a 住民票コード changed to the code of a 除票 is accepted (the 除票 is no current record)",
    registryJson([...family(), movedOut(japanese(7))]),
    modify1("resident-code-change-request", 2, { residentCode: residentCode(7) }),
    OK
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "番号法7条"],
    "a 個人番号 changed to the number another current resident holds is rejected (the registry would not reload)",
    gFamily(),
    modify1("mynumber-change-request", 2, { myNumber: myNumber(1) }),
    NO(E("records.registry.unique-person"))
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "住基法30条の4"],
    "a 住民票コード changed to the code another current resident holds is rejected",
    gFamily(),
    modify1("resident-code-change-request", 3, { residentCode: residentCode(5) }),
    NO(E("records.registry.unique-person"))
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "入管法19条の4"],
    "a 在留カード番号 changed to a new card (職権修正) is accepted",
    gFamily(),
    modify1("authority-correction", 5, {
      status: {
        kubun: "mid-to-long-term",
        statusOfResidence: "技術・人文知識・国際業務",
        periodOfStay: "3年",
        expiryDate: "2027-05-31",
        cardNumber: cardNumber(9)
      }
    }),
    OK
  ),
  ex(
    "registry",
    "records.registry.unique-person",
    ["住基法6条", "住基法30条の45", "入管法19条の4"],
    "a 在留カード番号 changed to the card number another current resident holds is rejected",
    registryJson([...family(), foreigner(6, { householdNumber: household(6) })]),
    modify1("authority-correction", 5, {
      status: {
        kubun: "mid-to-long-term",
        statusOfResidence: "技術・人文知識・国際業務",
        periodOfStay: "3年",
        expiryDate: "2027-05-31",
        cardNumber: cardNumber(6)
      }
    }),
    NO(E("records.registry.unique-person"))
  )
]
