/**
 * Synthetic test data: valid identifiers built with the check-digit
 * functions of @juki/core and @juki/mynumber, and small registries. No real
 * person's data.
 */
import { AtenaNumber, HouseholdNumber } from "@juki/core"
import { MyNumber } from "@juki/mynumber"
import { Result } from "effect"
import type { Meta } from "../events/index.js"
import type { Address, ForeignRecord, JapaneseRecord, RecordInput, ResidentRecord } from "../models/index.js"
import { fromJSON } from "../registry/load.js"
import type { Registry, RegistryJson } from "../registry/index.js"

/** 千代田区 (a real, check-digit-valid 全国地方公共団体コード). */
export const MUNI = "131016"
/** 大阪市北区, a former municipality. */
export const OTHER_MUNI = "271276"

const withCd = (base: string, cd: (b: string) => number | undefined): string => {
  const d = cd(base)
  if (d === undefined) throw new Error(`no check digit for ${base}`)
  return base + String(d)
}

/** 宛名番号 n (9-digit serial + M11W2-7). */
export const atena = (n: number): string => withCd(String(n).padStart(9, "0"), (b) => AtenaNumber.checkDigit(b))
/** 世帯番号 n (9-digit serial + M11W2-7). */
export const household = (n: number): string =>
  withCd(String(800000000 + n).padStart(9, "0"), (b) => HouseholdNumber.checkDigit(b))
/** 住民票コード n (11 digits; the checksum is UNVERIFIED and off by default). */
export const residentCode = (n: number): string => String(20000000000 + n)
/** 個人番号 n with a valid check digit. */
export const myNumber = (n: number): string => withCd(String(30000000000 + n), (b) => MyNumber.checkDigit(b))
/** 在留カード番号 n. */
export const cardNumber = (n: number): string => `AB${String(n).padStart(8, "0")}CD`

export const ADDRESS_A: Address = {
  municipalityCode: MUNI,
  postalCode: "1000001",
  text: "東京都千代田区千代田一丁目1番"
}
export const ADDRESS_B: Address = {
  municipalityCode: MUNI,
  postalCode: "1000005",
  text: "東京都千代田区丸の内二丁目3番"
}
export const ADDRESS_C: Address = {
  municipalityCode: MUNI,
  postalCode: "1010021",
  text: "東京都千代田区外神田四丁目5番"
}
export const FORMER = { municipalityCode: OTHER_MUNI, text: "大阪府大阪市北区梅田一丁目1番" }

const NAMES = [
  "山田　太郎",
  "山田　花子",
  "山田　一郎",
  "佐藤　次郎",
  "鈴木　三郎",
  "高田　四郎",
  "田中　五郎",
  "伊藤　六郎"
]
const KANA = [
  "ヤマダ　タロウ",
  "ヤマダ　ハナコ",
  "ヤマダ　イチロウ",
  "サトウ　ジロウ",
  "スズキ　サブロウ",
  "タカダ　シロウ",
  "タナカ　ゴロウ",
  "イトウ　ロクロウ"
]

/** A current Japanese resident number n (items overridable). */
export const japanese = (n: number, o: Partial<JapaneseRecord> = {}): JapaneseRecord => ({
  kind: "japanese",
  atenaNumber: atena(n),
  state: "current",
  householdNumber: household(1),
  relationship: "世帯主",
  residentCode: residentCode(n),
  myNumber: myNumber(n),
  name: { kanji: NAMES[n % NAMES.length] as string, kana: KANA[n % KANA.length] as string },
  birthDate: `19${String(50 + (n % 40)).padStart(2, "0")}-0${1 + (n % 9)}-1${n % 10}`,
  sex: n % 2 === 0 ? "female" : "male",
  address: ADDRESS_A,
  addressSince: "2020-04-01",
  previousAddress: FORMER,
  entry: { jiyu: "domestic-move-in", date: "2020-04-01", filedOn: "2020-04-03", byAuthority: false },
  honseki: { kind: "registered", place: "東京都千代田区千代田一丁目1番", head: NAMES[n % NAMES.length] as string },
  residentSince: "2020-04-01",
  ...o
})

/** A current foreign resident (中長期在留者) number n. */
export const foreigner = (n: number, o: Partial<ForeignRecord> = {}): ForeignRecord => ({
  kind: "foreign",
  atenaNumber: atena(n),
  state: "current",
  householdNumber: household(2),
  relationship: "世帯主",
  residentCode: residentCode(n),
  myNumber: myNumber(n),
  name: { alphabet: `SMITH JOHN${n}`, katakana: "スミス　ジョン" },
  birthDate: "1990-05-05",
  sex: "male",
  address: ADDRESS_B,
  addressSince: "2021-06-01",
  previousAddress: { text: "UNITED KINGDOM", abroad: true },
  entry: { jiyu: "move-in-from-abroad", date: "2021-06-01", filedOn: "2021-06-03", byAuthority: false },
  nationality: "英国",
  foreignResidentSince: "2021-06-01",
  status: {
    kubun: "mid-to-long-term",
    statusOfResidence: "技術・人文知識・国際業務",
    periodOfStay: "3年",
    expiryDate: "2027-05-31",
    cardNumber: cardNumber(n)
  },
  ...o
})

/** The items of a record an event supplies (managed items dropped). */
export const input = (r: ResidentRecord): RecordInput => {
  const { state: _s, entry: _e, removal: _r, moveOut: _m, ...rest } = r as ResidentRecord & Record<string, unknown>
  return rest as RecordInput
}

/** A 除票 of a 国内転出 (planned and removed on `date`). */
export const movedOut = (r: ResidentRecord, date = "2023-03-31"): ResidentRecord =>
  ({
    ...r,
    state: "removed",
    removal: { jiyu: "domestic-move-out", date, filedOn: "2023-03-20", byAuthority: false },
    moveOut: { planned: { address: FORMER, date } }
  }) as ResidentRecord

/** The plain JSON of a registry holding `records`. */
export const registryJson = (
  records: ReadonlyArray<ResidentRecord>,
  extra: Partial<RegistryJson> = {}
): RegistryJson => ({
  municipality: MUNI,
  records,
  ...extra
})

/** A registry from records; throws when the fixture itself violates a rule. */
export const build = (records: ReadonlyArray<ResidentRecord>, extra: Partial<RegistryJson> = {}): Registry => {
  const r = fromJSON(registryJson(records, extra))
  if (Result.isFailure(r))
    throw new Error(`fixture invalid: ${r.failure.map((e) => `${e.code} ${e.field}`).join(", ")}`)
  return r.success
}

/** A family at ADDRESS_A: 世帯主 (1), 妻 (2), 子 (3); and a foreign resident (5) alone at ADDRESS_B. */
export const family = (): ReadonlyArray<ResidentRecord> => [
  japanese(1),
  japanese(2, { relationship: "妻" }),
  japanese(3, { relationship: "子", birthDate: "2015-07-07" }),
  foreigner(5)
]

/** Common dates: moved on 04-01, filed and processed on 04-05 (a Friday). */
export const M: Meta = { changeDate: "2024-04-01", filedOn: "2024-04-05", processedOn: "2024-04-05" }
