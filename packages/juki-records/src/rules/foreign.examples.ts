/**
 * Examples of the `records.foreign.*` rules (`./foreign.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/foreign.json` (optional cases in
 * `conformance/optional/records/foreign.json`).
 */
import * as Event from "../events/index.js"
import { cardNumber, foreigner, household, input, M, registryJson } from "../test-utils/fixtures.js"
import { OK, E, A, NO, ex, type Example, gEmpty, moveIn, foreignResidentFiling } from "../test-utils/example-kit.js"

const spr = (n: number) => ({ kubun: "special-permanent" as const, certificateNumber: cardNumber(n) })

export const examples: ReadonlyArray<Example> = [
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45"],
    "特別永住者 with the 特別永住者証明書の番号 is accepted",
    gEmpty(),
    moveIn({
      records: [input(foreigner(9, { householdNumber: household(9), status: spr(9) }))],
      ...M,
      from: "abroad"
    }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45", "入管法22条の2"],
    "出生による経過滞在者 born here is accepted",
    registryJson([foreigner(5)]),
    Event.birth({
      record: (({ previousAddress: _p, ...r }) => r)(
        input(
          foreigner(6, {
            relationship: "子",
            birthDate: "2024-04-01",
            addressSince: "2024-04-01",
            foreignResidentSince: "2024-04-01",
            status: { kubun: "transitional-birth" }
          })
        )
      ) as never,
      changeDate: "2024-04-01",
      noticeOn: "2024-04-05",
      processedOn: "2024-04-05"
    }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45"],
    "中長期在留者 without 在留期間 is rejected",
    gEmpty(),
    moveIn({
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            status: { ...(foreigner(9).status as object), periodOfStay: "" } as never
          })
        )
      ],
      ...M,
      from: "abroad"
    }),
    NO(E("records.foreign.kubun-items"))
  ),
  ex(
    "foreign",
    "records.foreign.kubun-items",
    ["住基法30条の45"],
    "一時庇護許可者 without 上陸期間 is rejected",
    gEmpty(),
    moveIn({
      records: [
        input(
          foreigner(9, { householdNumber: household(9), status: { kubun: "temporary-refuge", landingPeriod: " " } })
        )
      ],
      ...M,
      from: "abroad"
    }),
    NO(E("records.foreign.kubun-items"))
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の46"],
    "30条の46 転入 of a 中長期在留者 is accepted",
    gEmpty(),
    foreignResidentFiling({
      article: "30-46",
      records: [input(foreigner(9, { householdNumber: household(9) }))],
      ...M
    }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の47"],
    "30条の47 届出 of a person who became 特別永住者 is accepted",
    gEmpty(),
    foreignResidentFiling({
      article: "30-47",
      records: [input(foreigner(9, { householdNumber: household(9), status: spr(9) }))],
      ...M
    }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の46", "入管法22条の2"],
    "30条の46 転入 of an 出生による経過滞在者 is rejected",
    gEmpty(),
    foreignResidentFiling({
      article: "30-46",
      records: [input(foreigner(9, { householdNumber: household(9), status: { kubun: "transitional-birth" } }))],
      ...M
    }),
    NO(E("records.foreign.transitional-filing"))
  ),
  ex(
    "foreign",
    "records.foreign.transitional-filing",
    ["住基法30条の47", "入管法22条の2"],
    "30条の47 届出 of a 国籍喪失による経過滞在者 is rejected",
    gEmpty(),
    foreignResidentFiling({
      article: "30-47",
      records: [
        input(foreigner(9, { householdNumber: household(9), status: { kubun: "transitional-nationality-loss" } }))
      ],
      ...M
    }),
    NO(E("records.foreign.transitional-filing"))
  ),
  ex(
    "foreign",
    "records.foreign.period-expired",
    ["入管法20条6項"],
    "国外転入 of a 中長期在留者 whose period of stay runs on is accepted",
    gEmpty(),
    moveIn({ records: [input(foreigner(9, { householdNumber: household(9) }))], from: "abroad", ...M }),
    OK
  ),
  ex(
    "foreign",
    "records.foreign.period-expired",
    ["入管法20条6項"],
    "国内転入 during the 特例期間, acknowledged by the operator, is accepted",
    gEmpty(),
    {
      ...moveIn({
        records: [
          input(
            foreigner(9, {
              householdNumber: household(9),
              previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
              status: {
                kubun: "mid-to-long-term",
                statusOfResidence: "留学",
                periodOfStay: "1年",
                expiryDate: "2024-03-31",
                cardNumber: cardNumber(9)
              }
            })
          )
        ],
        ...M
      }),
      acknowledged: ["records.foreign.period-expired"]
    },
    OK
  ),
  ex(
    "foreign",
    "records.foreign.period-expired",
    ["入管法20条6項"],
    "国内転入 of a 中長期在留者 whose 在留期間 ended the day before the move raises an alert",
    gEmpty(),
    moveIn({
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            previousAddress: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
            status: {
              kubun: "mid-to-long-term",
              statusOfResidence: "留学",
              periodOfStay: "1年",
              expiryDate: "2024-03-31",
              cardNumber: cardNumber(9)
            }
          })
        )
      ],
      ...M
    }),
    NO(A("records.foreign.period-expired"))
  ),
  ex(
    "foreign",
    "records.foreign.period-expired",
    ["入管法20条6項"],
    "国外転入 of a 中長期在留者 whose 在留期間 ended a year before raises an alert",
    gEmpty(),
    moveIn({
      records: [
        input(
          foreigner(9, {
            householdNumber: household(9),
            status: {
              kubun: "mid-to-long-term",
              statusOfResidence: "技術・人文知識・国際業務",
              periodOfStay: "3年",
              expiryDate: "2023-04-01",
              cardNumber: cardNumber(9)
            }
          })
        )
      ],
      from: "abroad",
      ...M
    }),
    NO(A("records.foreign.period-expired"))
  )
]
