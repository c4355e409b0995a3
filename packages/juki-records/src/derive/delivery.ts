/**
 * 送付先情報 (評価書 別添2(3), 67 items): the record the municipality sends
 * to the 機構 so that it prints and mails the 個人番号通知書 and the 交付申請書
 * (番号法7条1項, 個人番号カード省令23条の2 as the seed cites them). Built from
 * a 住民票 (or the `person` of a `delivery-info-due` effect) and the
 * municipality's own items, with the 代替文字 items from a 縮退 step.
 *
 * **Details**
 *
 * | 別添2(3) | from |
 * |---|---|
 * | 1 送付先管理番号, 9–37 市町村・交付場所・カード送付場所, 対象人数, 処理年月日, 操作者ID, 操作端末ID, 印刷区分 | {@link DeliveryContext} |
 * | 2–8 送付先 | the context's `destination`, else the person's 氏名 and 住所 (with 方書) |
 * | 38–52 person | the 住民票: 住民票コード, 氏名, かな, 郵便番号, 住所, 生年月日, 性別, 個人番号, 30条の45区分, 在留期間の満了の日 |
 * | 41, 47, 5, 8 外字数 | characters outside JIS X 0208 (`Text.countGaiji`) |
 * | 53–59 代替文字 | `Text.degenerate` of 氏名 and 住所 with the map of the context |
 * | 60 外字フラグ | true when 氏名 or 住所 has a 外字 |
 * | 62–64 旧氏 | the 住民票's 旧氏 |
 * | 66–67 ローマ字 | the context (not a 住民票 item) |
 *
 * The `_項目長` items (3, 6, 10 …) are byte lengths of the written file and
 * are not part of the record. The codes of 代替文字変換結果 and the format
 * of 位置情報 and 外字パターン were not obtained (UNVERIFIED): juki writes
 * `none` / `converted` / `incomplete` and 1-based character positions
 * separated by commas, and leaves 外字パターン and 外字変更連番 empty.
 *
 * **Example** (A 送付先情報 with 髙 reduced to 高)
 *
 * ```ts
 * import { Text } from "@juki/core"
 * import { Derive } from "@juki/records"
 * import { Result } from "effect"
 *
 * const person = {
 *   residentCode: "20000000001", name: "髙橋　太郎", kana: "タカハシ　タロウ", address: "東京都千代田区千代田一丁目1番",
 *   birthDate: "1980-04-01", sex: "male", myNumber: "100000000013"
 * } as const // synthetic data
 * const r = Derive.deliveryInfo(person, {
 *   managementNumber: "0001", processedOn: "2024-04-05", map: Text.SAMPLE_DEGENERATE_MAP,
 *   municipality: { code: "131016", name: "千代田区" }
 * })
 * if (Result.isSuccess(r)) {
 *   r.success.info.substitute?.name // => "高橋　太郎"
 *   r.success.info.substitute?.namePositions // => "1"
 *   r.success.info.gaijiFlag // => true
 * }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { defineRule, makeError, Text, type JukiError } from "@juki/core"
import { Result } from "effect"
import type { DeliveryInfo, ResidentRecord } from "../models/index.js"

/**
 * The person items of a 送付先情報 (別添2(3) 38–52, 62–64), as the
 * `delivery-info-due` effect carries them.
 *
 * @category models
 * @since 0.1.0
 */
export interface DeliveryPerson {
  readonly residentCode: string
  readonly name: string
  readonly kana?: string
  readonly postalCode?: string
  readonly address: string
  readonly birthDate: string
  readonly sex: "male" | "female"
  readonly myNumber: string
  readonly kubun?: string
  readonly expiryDate?: string
  readonly formerSurname?: { readonly kanji: string; readonly kana?: string }
}

type Place = NonNullable<DeliveryInfo["issuePlace"]>

/**
 * The municipality's own items of a 送付先情報 and the 縮退 map.
 *
 * @category models
 * @since 0.1.0
 */
export interface DeliveryContext {
  /** 送付先管理番号 (1). */
  readonly managementNumber: string
  /** 処理年月日 (34). */
  readonly processedOn: string
  /** 市町村コード, 市町村名, 郵便番号, 住所, 電話番号 (9–16). */
  readonly municipality: {
    readonly code: string
    readonly name: string
    readonly postalCode?: string
    readonly address?: string
    readonly phone?: string
  }
  /** 送付先 (2–8) when it is not the 住所 (e.g. a 居所). */
  readonly destination?: { readonly name?: string; readonly postalCode?: string; readonly address?: string }
  readonly issuePlace?: Place
  readonly cardDestination?: Place
  readonly personCount?: number
  readonly operatorId?: string
  readonly terminalId?: string
  readonly printType?: string
  readonly romaji?: { readonly name?: string; readonly formerSurname?: string }
  /** The 縮退 map for the 代替文字 (the official MJ縮退マップ or the municipality's table); none: every 外字 is reported unmapped. */
  readonly map?: Text.DegenerateMap
  /** Written for a 外字 without mapping (e.g. `〓`); none: the 代替文字 keeps it and the result is `incomplete`. */
  readonly placeholder?: string
}

/**
 * A 送付先情報 with the 縮退 reports of 氏名 and 住所.
 *
 * @category models
 * @since 0.1.0
 */
export interface DeliveryDerivation {
  readonly info: DeliveryInfo
  readonly name: Text.Degenerated
  readonly address: Text.Degenerated
}

/**
 * A 送付先情報 needs the 住民票コード and the 個人番号 (別添2(3) 38, 50).
 *
 * @category rules
 * @since 0.1.0
 */
export const DeliveryIncomplete = defineRule({
  id: "records.delivery-info.incomplete",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    { kind: "law", cite: "番号法 第7条第1項", verified: true, note: "個人番号の通知" },
    {
      kind: "seed-practice",
      cite: "大阪市 評価書 別添2(3) 38 住民票コード, 40 氏名, 46 住所, 50 個人番号",
      verified: true
    }
  ],
  title: { ja: "送付先情報の必須項目", en: "送付先情報 item missing" },
  message: { ja: "送付先情報に{itemJa}がありません", en: "The 送付先情報 has no {item}" }
})

const EMPTY_MAP: Text.DegenerateMap = { label: "none", sample: false, charset: "jisx0208", entries: {} }

const positions = (d: Text.Degenerated): string => {
  const cps = (idx: number, s: string) => [...s.slice(0, idx)].length + 1
  return [
    ...d.substitutions.map((x) => cps(x.resultIndex, d.text)),
    ...d.unmapped.map((x) => cps(x.resultIndex, d.text))
  ]
    .sort((a, b) => a - b)
    .join(",")
}

const REQUIRED: ReadonlyArray<readonly [keyof DeliveryPerson, string]> = [
  ["residentCode", "住民票コード"],
  ["name", "氏名"],
  ["address", "住所"],
  ["myNumber", "個人番号"]
]

const fullAddressOf = (r: ResidentRecord): string =>
  r.address.katagaki === undefined || r.address.katagaki === ""
    ? r.address.text
    : `${r.address.text}　${r.address.katagaki}`

/**
 * The person items of a 住民票 for a 送付先情報 (no 個人番号 → `myNumber: ""`,
 * which {@link deliveryInfo} reports).
 *
 * @category conversions
 * @since 0.1.0
 */
export const deliveryPersonOf = (r: ResidentRecord): DeliveryPerson => {
  const kana = r.kind === "japanese" ? r.name.kana : (r.name.katakana ?? r.name.kana)
  const expiry = r.kind === "foreign" && r.status.kubun === "mid-to-long-term" ? r.status.expiryDate : undefined
  const fs = r.kind === "japanese" ? r.formerSurname : undefined
  return {
    residentCode: r.residentCode ?? "",
    name: r.name.kanji ?? r.name.alphabet ?? "",
    ...(kana === undefined ? {} : { kana }),
    ...(r.address.postalCode === undefined ? {} : { postalCode: r.address.postalCode }),
    address: fullAddressOf(r),
    birthDate: r.birthDate,
    sex: r.sex,
    myNumber: r.myNumber ?? "",
    ...(r.kind === "foreign" ? { kubun: r.status.kubun } : {}),
    ...(expiry === undefined ? {} : { expiryDate: expiry }),
    ...(fs === undefined
      ? {}
      : { formerSurname: { kanji: fs.kanji, ...(fs.kana === undefined ? {} : { kana: fs.kana }) } })
  }
}

const isRecord = (u: DeliveryPerson | ResidentRecord): u is ResidentRecord => "kind" in u && "atenaNumber" in u

/**
 * Builds the 送付先情報 of a person: see the module docs. Returns the record
 * with the 縮退 reports of 氏名 and 住所, or `records.delivery-info.incomplete`
 * for each missing required item (住民票コード, 氏名, 住所, 個人番号). Never
 * throws.
 *
 * @category constructors
 * @since 0.1.0
 */
export const deliveryInfo = (
  source: DeliveryPerson | ResidentRecord,
  context: DeliveryContext
): Result.Result<DeliveryDerivation, ReadonlyArray<JukiError>> => {
  if (typeof source !== "object" || source === null || typeof context !== "object" || context === null)
    return Result.fail([makeError(DeliveryIncomplete, { params: { item: "person", itemJa: "対象者" } })])
  const p = isRecord(source) ? deliveryPersonOf(source) : source
  const errors: Array<JukiError> = []
  for (const [k, ja] of REQUIRED) {
    const v = p[k]
    if (typeof v !== "string" || v === "")
      errors.push(makeError(DeliveryIncomplete, { path: ["person", k], params: { item: k, itemJa: ja } }))
  }
  if (errors.length > 0) return Result.fail(errors)
  const map = context.map ?? EMPTY_MAP
  const opts = context.placeholder === undefined ? {} : { placeholder: context.placeholder }
  const name = Text.degenerate(p.name, map, opts)
  const address = Text.degenerate(p.address, map, opts)
  const nameGaiji = Text.countGaiji(p.name)
  const addressGaiji = Text.countGaiji(p.address)
  const touched =
    name.substitutions.length + name.unmapped.length + address.substitutions.length + address.unmapped.length
  const result = touched === 0 ? "none" : name.complete && address.complete ? "converted" : "incomplete"
  const dest = context.destination ?? {}
  const destName = dest.name ?? p.name
  const destAddress = dest.address ?? p.address
  const destPostal = dest.postalCode ?? (dest.address === undefined ? p.postalCode : undefined)
  const m = context.municipality
  const info: DeliveryInfo = {
    managementNumber: context.managementNumber,
    destination: {
      name: destName,
      nameGaiji: Text.countGaiji(destName),
      ...(destPostal === undefined ? {} : { postalCode: destPostal }),
      address: destAddress,
      addressGaiji: Text.countGaiji(destAddress)
    },
    municipality: {
      code: m.code,
      name: m.name,
      ...(m.postalCode === undefined ? {} : { postalCode: m.postalCode }),
      ...(m.address === undefined ? {} : { address: m.address, addressGaiji: Text.countGaiji(m.address) }),
      ...(m.phone === undefined ? {} : { phone: m.phone })
    },
    ...(context.issuePlace === undefined ? {} : { issuePlace: context.issuePlace }),
    ...(context.cardDestination === undefined ? {} : { cardDestination: context.cardDestination }),
    ...(context.personCount === undefined ? {} : { personCount: context.personCount }),
    processedOn: context.processedOn,
    ...(context.operatorId === undefined ? {} : { operatorId: context.operatorId }),
    ...(context.terminalId === undefined ? {} : { terminalId: context.terminalId }),
    ...(context.printType === undefined ? {} : { printType: context.printType }),
    person: {
      residentCode: p.residentCode,
      name: p.name,
      nameGaiji,
      ...(p.kana === undefined ? {} : { kana: p.kana }),
      ...(p.postalCode === undefined ? {} : { postalCode: p.postalCode }),
      address: p.address,
      addressGaiji,
      birthDate: p.birthDate,
      sex: p.sex,
      myNumber: p.myNumber,
      ...(p.kubun === undefined ? {} : { kubun: p.kubun }),
      ...(p.expiryDate === undefined ? {} : { expiryDate: p.expiryDate })
    },
    substitute: {
      result,
      name: name.text,
      address: address.text,
      namePositions: positions(name),
      addressPositions: positions(address)
    },
    gaijiFlag: nameGaiji + addressGaiji > 0,
    ...(p.formerSurname === undefined
      ? {}
      : {
          formerSurname: {
            kanji: p.formerSurname.kanji,
            gaiji: Text.countGaiji(p.formerSurname.kanji),
            ...(p.formerSurname.kana === undefined ? {} : { kana: p.formerSurname.kana })
          }
        }),
    ...(context.romaji === undefined ? {} : { romaji: context.romaji })
  }
  return Result.succeed({ info, name, address })
}
