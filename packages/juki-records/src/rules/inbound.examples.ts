/**
 * Examples of the `records.inbound.*` rules (`./inbound.ts`): at least two
 * accepting and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/inbound.json`. Each calls `Inbound.process`
 * with (registry JSON, notice): accepted when the notice decodes, matches one
 * resident exactly and the proposed 職権 event is accepted by `apply`.
 */
import type { ForeignRecord, JapaneseRecord } from "../models/index.js"
import { cardNumber, foreigner, household, japanese, movedOut, registryJson } from "../test-utils/fixtures.js"
import { E, NO, OK, type Example, type Expected, type FunctionExample } from "../test-utils/example-kit.js"

const SEED = "評価書II3 情報の突合"
const L50 = "住基法30条の50"
const L9 = "住基法9条2項"

const fx = (
  rule: string,
  basis: ReadonlyArray<string>,
  description: string,
  records: ReadonlyArray<ForeignRecord | JapaneseRecord>,
  notice: unknown,
  expect: Expected
): FunctionExample => ({
  kind: "function",
  group: "inbound",
  rule,
  description,
  basis,
  function: "Inbound.process",
  args: [registryJson(records), notice],
  expect
})

const F5 = foreigner(5)
const F6 = foreigner(6, {
  householdNumber: F5.householdNumber,
  relationship: "同居人",
  name: { alphabet: "GARCIA MARIA", katakana: "ガルシア　マリア" },
  sex: "female",
  birthDate: "1992-02-02",
  nationality: "スペイン"
})
const J1 = japanese(1)
const J2 = japanese(2, { relationship: "妻" })

const subjectOf = (r: ForeignRecord) => ({
  ...(r.status.kubun === "mid-to-long-term" && r.status.cardNumber !== undefined
    ? { cardNumber: r.status.cardNumber }
    : {}),
  ...(r.status.kubun === "special-permanent" ? { cardNumber: r.status.certificateNumber } : {}),
  name: { alphabet: r.name.alphabet ?? "" },
  birthDate: r.birthDate,
  sex: r.sex,
  nationality: r.nationality
})

const imm = (reason: string, r: ForeignRecord, extra: Record<string, unknown> = {}) => ({
  source: "immigration",
  receivedOn: "2024-05-21",
  occurredOn: "2024-05-20",
  reason,
  subject: subjectOf(r),
  ...extra
})

const NEW_STATUS = {
  kubun: "mid-to-long-term",
  statusOfResidence: "経営・管理",
  periodOfStay: "1年",
  expiryDate: "2025-05-31",
  cardNumber: cardNumber(95)
}

const kos = (reason: string, r: JapaneseRecord, changes?: Record<string, unknown>) => ({
  source: "koseki",
  receivedOn: "2024-06-10",
  occurredOn: "2024-06-01",
  fromMunicipality: "271276",
  reason,
  subject: {
    honseki:
      r.honseki.kind === "registered" ? { place: r.honseki.place, head: r.honseki.head } : { place: "", head: "" },
    name: { kanji: r.name.kanji ?? "" },
    birthDate: r.birthDate
  },
  ...(changes === undefined ? {} : { changes })
})

const NEW_HONSEKI = { kind: "registered", place: "大阪府大阪市北区梅田一丁目1番", head: "佐藤　次郎" }

/** 出生による経過滞在者 (no card yet), a child in F5's 世帯. */
const baby = foreigner(7, {
  householdNumber: F5.householdNumber,
  relationship: "子",
  name: { alphabet: "SMITH ANNA", katakana: "スミス　アンナ" },
  birthDate: "2024-03-01",
  sex: "female",
  addressSince: "2024-03-01",
  foreignResidentSince: "2024-03-01",
  entry: { jiyu: "birth", date: "2024-03-01", filedOn: "2024-03-05", byAuthority: true },
  status: { kubun: "transitional-birth" }
})
const { previousAddress: _p, ...babyRecord } = baby
const BABY = babyRecord as ForeignRecord
const SP = foreigner(8, {
  householdNumber: household(8),
  status: { kubun: "special-permanent", certificateNumber: cardNumber(8) },
  name: { alphabet: "KIM MINSU", kanji: "金　民洙", katakana: "キム　ミンス" },
  nationality: "韓国"
})

export const examples: ReadonlyArray<Example> = [
  // records.inbound.malformed
  fx(
    "records.inbound.malformed",
    [L50, "入管法20条"],
    "a well-formed 在留資格変更 notice is accepted",
    [F5],
    imm("status-change", F5, { status: NEW_STATUS }),
    OK
  ),
  fx(
    "records.inbound.malformed",
    [L9, "戸籍法107条"],
    "a well-formed 氏の変更 notice from the 本籍地 is accepted",
    [J1, J2],
    kos("name-change", J1, { name: { kanji: "佐藤　花子", kana: "サトウ　ハナコ" } }),
    OK
  ),
  fx(
    "records.inbound.malformed",
    [L50, "住基法30条の45"],
    "在留期間更新 without the new 30条の45 items is rejected",
    [F5],
    imm("period-renewal", F5),
    NO(E("records.inbound.malformed"))
  ),
  fx(
    "records.inbound.malformed",
    [L50],
    "a notice whose 発生日 is after the day it was received is rejected",
    [F5],
    imm("departure", F5, { occurredOn: "2024-05-22" }),
    NO(E("records.inbound.malformed"))
  ),
  fx(
    "records.inbound.malformed",
    [L9],
    "a 死亡 notice that also carries changes is rejected",
    [J1],
    kos("death", J1, { name: { kanji: "山田　花子" } }),
    NO(E("records.inbound.malformed"))
  ),
  fx(
    "records.inbound.malformed",
    [L9],
    "a notice with an unknown key is rejected",
    [J1],
    { ...kos("transfer", J1, { honseki: NEW_HONSEKI }), color: "red" },
    NO(E("records.inbound.malformed"))
  ),

  // records.inbound.no-match
  fx(
    "records.inbound.no-match",
    [L50, SEED],
    "在留カードの再交付 for the card holder is accepted",
    [F5],
    imm("card-reissue", F5, { cardNumber: cardNumber(96) }),
    OK
  ),
  fx(
    "records.inbound.no-match",
    [L9, SEED],
    "転籍 for a resident found by 本籍・筆頭者, 氏名 and 生年月日 is accepted",
    [J1, J2],
    kos("transfer", J1, { honseki: { ...NEW_HONSEKI, head: "山田　花子" } }),
    OK
  ),
  fx(
    "records.inbound.no-match",
    [L50, SEED],
    "a notice whose card number and 基本情報 belong to nobody here is rejected",
    [F5],
    { ...imm("departure", F6), subject: { ...subjectOf(F6), cardNumber: cardNumber(66) } },
    NO(E("records.inbound.no-match"))
  ),
  fx(
    "records.inbound.no-match",
    [L9, SEED],
    "a 9条2項 notice for a person who is not registered is rejected",
    [J2],
    kos("marriage", J1, { honseki: NEW_HONSEKI }),
    NO(E("records.inbound.no-match"))
  ),

  // records.inbound.ambiguous
  fx(
    "records.inbound.ambiguous",
    [L50, SEED],
    "two residents with the same 基本情報 are told apart by the 在留カード等番号: accepted",
    [F5, { ...F6, name: F5.name, sex: F5.sex, birthDate: F5.birthDate, nationality: F5.nationality }],
    imm("period-renewal", F5, { status: { ...NEW_STATUS, statusOfResidence: "技術・人文知識・国際業務" } }),
    OK
  ),
  fx(
    "records.inbound.ambiguous",
    [L9, SEED],
    "two residents with the same 氏名 and 生年月日 are told apart by the 本籍: accepted",
    [
      J1,
      japanese(9, {
        name: J1.name,
        birthDate: J1.birthDate,
        sex: J1.sex,
        householdNumber: household(9),
        honseki: { kind: "registered", place: "北海道札幌市中央区北一条西二丁目", head: "山田　一郎" }
      })
    ],
    kos("divorce", J1, { honseki: NEW_HONSEKI }),
    OK
  ),
  fx(
    "records.inbound.ambiguous",
    [L50, SEED, "入管法22条の2"],
    "在留資格取得 without a card for one of two residents with the same 基本情報 is rejected",
    [
      F5,
      BABY,
      {
        ...F6,
        name: BABY.name,
        sex: BABY.sex,
        birthDate: BABY.birthDate,
        nationality: BABY.nationality,
        status: { kubun: "transitional-birth" }
      }
    ],
    imm("status-acquisition", BABY, { status: NEW_STATUS }),
    NO(E("records.inbound.ambiguous"))
  ),
  fx(
    "records.inbound.ambiguous",
    [L9, SEED],
    "two residents with the same 本籍, 筆頭者, 氏名 and 生年月日 are rejected",
    [
      J1,
      japanese(9, {
        name: J1.name,
        birthDate: J1.birthDate,
        sex: J1.sex,
        honseki: J1.honseki,
        householdNumber: household(9)
      })
    ],
    kos("name-change", J1, { name: { kanji: "山田　華子" } }),
    NO(E("records.inbound.ambiguous"))
  ),

  // records.inbound.card-number-conflict
  fx(
    "records.inbound.card-number-conflict",
    [L50, SEED],
    "the card holder's own notice, with another foreign resident in the 世帯, is accepted",
    [F5, F6],
    imm("departure", F5),
    OK
  ),
  fx(
    "records.inbound.card-number-conflict",
    [L50, SEED],
    "在留期間満了 of the second resident is accepted",
    [F5, F6],
    imm("period-expiry", F6),
    OK
  ),
  fx(
    "records.inbound.card-number-conflict",
    [L50, SEED],
    "a card number held by another resident than the one the 基本情報 name is rejected",
    [F5, F6],
    { ...imm("departure", F5), subject: { ...subjectOf(F5), cardNumber: cardNumber(6) } },
    NO(E("records.inbound.card-number-conflict"))
  ),
  fx(
    "records.inbound.card-number-conflict",
    [L50, SEED],
    "在留資格変更 naming one resident's card and the other's 基本情報 is rejected",
    [F5, F6],
    { ...imm("status-change", F6, { status: NEW_STATUS }), subject: { ...subjectOf(F6), cardNumber: cardNumber(5) } },
    NO(E("records.inbound.card-number-conflict"))
  ),

  // records.inbound.item-mismatch
  fx(
    "records.inbound.item-mismatch",
    [L50, SEED],
    "an alphabet name that differs only in spaces and case is accepted",
    [F5],
    { ...imm("departure", F5), subject: { ...subjectOf(F5), name: { alphabet: "smith  john5" } } },
    OK
  ),
  fx(
    "records.inbound.item-mismatch",
    [L9, SEED],
    "a 氏名 written without the full-width space is accepted",
    [J1, J2],
    {
      ...kos("transfer", J1, { honseki: { ...NEW_HONSEKI, head: "山田　花子" } }),
      subject: { ...kos("transfer", J1).subject, name: { kanji: "山田花子" } }
    },
    OK
  ),
  fx(
    "records.inbound.item-mismatch",
    [L50, SEED],
    "the card holder's 生年月日 differs from the notice: rejected",
    [F5],
    { ...imm("departure", F5), subject: { ...subjectOf(F5), birthDate: "1990-05-06" } },
    NO(E("records.inbound.item-mismatch"))
  ),
  fx(
    "records.inbound.item-mismatch",
    [L9, SEED],
    "the resident found by 本籍・筆頭者 and 生年月日 has another 氏名: rejected",
    [J1, J2],
    {
      ...kos("marriage", J1, { honseki: NEW_HONSEKI }),
      subject: { ...kos("marriage", J1).subject, name: { kanji: "山田　華子" } }
    },
    NO(E("records.inbound.item-mismatch"))
  ),
  fx(
    "records.inbound.item-mismatch",
    [L50, SEED],
    "the 基本情報 name a resident whose card number is not the notice's: rejected",
    [F5],
    { ...imm("departure", F5), subject: { ...subjectOf(F5), cardNumber: cardNumber(55) } },
    NO(E("records.inbound.item-mismatch"))
  ),

  // records.inbound.not-resident
  fx(
    "records.inbound.not-resident",
    [L50, "住基法8条"],
    "出国 of a current resident, with a 除票 in the registry, is accepted",
    [F5, movedOut(F6)],
    imm("departure", F5),
    OK
  ),
  fx(
    "records.inbound.not-resident",
    [L9, "住基法8条", "戸籍法86条"],
    "死亡 of a current resident is accepted",
    [J1, J2],
    kos("death", J2),
    OK
  ),
  fx(
    "records.inbound.not-resident",
    [L50, "住基法8条"],
    "在留期間更新 for a person already removed (除票) is rejected",
    [movedOut(F5)],
    imm("period-renewal", F5, { status: { ...NEW_STATUS, statusOfResidence: "技術・人文知識・国際業務" } }),
    NO(E("records.inbound.not-resident"))
  ),
  fx(
    "records.inbound.not-resident",
    [L9, "住基法8条"],
    "婚姻 for a person who moved out (除票) is rejected",
    [movedOut(J1)],
    kos("marriage", J1, { honseki: NEW_HONSEKI }),
    NO(E("records.inbound.not-resident"))
  ),

  // records.inbound.status-mismatch
  fx(
    "records.inbound.status-mismatch",
    [L50, "住基法30条の45", "入管法22条の2"],
    "在留資格取得 for a 出生による経過滞在者 is accepted",
    [F5, BABY],
    imm("status-acquisition", BABY, { status: NEW_STATUS }),
    OK
  ),
  fx(
    "records.inbound.status-mismatch",
    [L50, "住基法30条の45", "入管特例法"],
    "特別永住者証明書の再交付 updates the certificate number: accepted",
    [SP],
    imm("card-reissue", SP, { cardNumber: cardNumber(88) }),
    OK
  ),
  fx(
    "records.inbound.status-mismatch",
    [L50, "住基法30条の45"],
    "在留期間更新 for a 特別永住者 (no 在留期間) is rejected",
    [SP],
    imm("period-renewal", SP, { status: NEW_STATUS }),
    NO(E("records.inbound.status-mismatch"))
  ),
  fx(
    "records.inbound.status-mismatch",
    [L50, "住基法30条の45", "入管法22条の2"],
    "在留資格取得 for a 中長期在留者 who already has a status is rejected",
    [F5],
    imm("status-acquisition", F5, { status: NEW_STATUS }),
    NO(E("records.inbound.status-mismatch"))
  ),
  fx(
    "records.inbound.status-mismatch",
    [L50, "住基法30条の45"],
    "在留カードの再交付 for a 経過滞在者 (who has no card) is rejected",
    [F5, BABY],
    imm("card-reissue", BABY, { cardNumber: cardNumber(97) }),
    NO(E("records.inbound.status-mismatch"))
  )
]
