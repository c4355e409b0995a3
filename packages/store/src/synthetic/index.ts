/**
 * Synthetic registries and 異動 for demos, tests and benchmarks. Only
 * made-up people: names from a short list, identifiers from counters with
 * valid check digits, addresses in 千代田区.
 *
 * **When to use**
 *
 * {@link residents} streams the 住民票 of a registry of any size without
 * holding it (for `COPY` into a database); {@link registry} builds a small
 * one in memory; {@link events} makes random 異動 against it, most valid,
 * some rejected on purpose (a person already gone, a 個人番号 already used).
 *
 * @since 0.1.0
 * @module
 */
import { AtenaNumber, HouseholdNumber } from "@juki/core"
import { MyNumber } from "@juki/mynumber"
import { Event, Registry, type ResidentRecord } from "@juki/records"

/**
 * 市町村コード of the synthetic registry (千代田区).
 *
 * @category constants
 * @since 0.1.0
 */
export const MUNICIPALITY = "131016"
const FORMER = { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" }
const TOWNS = ["千代田", "丸の内", "外神田", "神田錦町", "飯田橋", "九段北", "麹町", "永田町"]
const FAMILY = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"]
const GIVEN = ["太郎", "花子", "一郎", "次郎", "三郎", "桜", "健", "愛", "翔", "陽菜"]
const KANA_F = [
  "ヤマダ",
  "サトウ",
  "スズキ",
  "タカハシ",
  "タナカ",
  "イトウ",
  "ワタナベ",
  "ナカムラ",
  "コバヤシ",
  "カトウ"
]
const KANA_G = ["タロウ", "ハナコ", "イチロウ", "ジロウ", "サブロウ", "サクラ", "ケン", "アイ", "ショウ", "ヒナ"]

const withCd = (base: string, f: (b: string) => number | string | undefined): string => base + String(f(base) ?? 0)
/** @internal */
export const atena = (n: number): string => withCd(String(n).padStart(11, "0"), (b) => AtenaNumber.checkDigit(b))
/** @internal */
export const household = (n: number): string =>
  withCd(String(n).padStart(11, "0"), (b) => HouseholdNumber.checkDigit(b))
const myNumber = (n: number): string => withCd(String(10_000_000_000 + n), (b) => MyNumber.checkDigit(b))
const residentCode = (n: number): string => String(20_000_000_000 + n)
const address = (n: number) => ({
  municipalityCode: MUNICIPALITY,
  postalCode: String(1000001 + (n % 90)),
  text: `東京都千代田区${TOWNS[n % TOWNS.length]}${1 + (n % 4)}丁目${1 + (n % 30)}番${1 + (n % 20)}号`
})
const day = (d: number): string => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)

/** Persons per 世帯: 1, 2, 3 or 4 by the 世帯 number (mean 2.2: 4 M residents ≈ 1.8 M 世帯). */
const sizeOf = (h: number): number => [1, 2, 2, 3, 1, 2, 4, 3, 2, 2][h % 10] as number
const RELS = ["世帯主", "妻", "子", "子"]

const person = (p: number, h: number, k: number, addr: ReturnType<typeof address>, since: string): ResidentRecord => {
  const name = `${FAMILY[h % 10]}　${GIVEN[(p >> 3) % 10]}${p}`
  return {
    kind: "japanese",
    state: "current",
    entry: { jiyu: "domestic-move-in", date: since, filedOn: since, byAuthority: false },
    atenaNumber: atena(p),
    householdNumber: household(h),
    relationship: RELS[k] as string,
    residentCode: residentCode(p),
    myNumber: myNumber(p),
    name: { kanji: name, kana: `${KANA_F[h % 10]}　${KANA_G[(p >> 3) % 10]}` },
    birthDate: k >= 2 ? day(-2_000 - (p % 5_000)) : day(-10_000 - (p % 15_000)),
    sex: k === 1 ? "female" : p % 2 === 0 ? "male" : "female",
    address: addr,
    addressSince: since,
    previousAddress: FORMER,
    honseki: {
      kind: "registered",
      place: "東京都千代田区千代田一丁目1番",
      head: `${FAMILY[h % 10]}　${GIVEN[(p >> 3) % 10]}${p}`
    },
    residentSince: since
  } as unknown as ResidentRecord
}

/**
 * The 住民票 of a synthetic registry of (at least) `n` residents, 世帯 by
 * 世帯, without holding them: person numbers 1..n, 世帯 numbers 1.., every
 * record 現存 since a 転入 in 2020–2023.
 *
 * @category constructors
 * @since 0.1.0
 */
export function* residents(n: number): Generator<ResidentRecord> {
  let p = 0
  for (let h = 1; p < n; h++) {
    const since = day(h % 1400)
    const addr = address(h)
    const size = Math.min(sizeOf(h), n - p)
    for (let k = 0; k < size; k++) yield person(++p, h, k, addr, since)
  }
}

/**
 * A synthetic registry of `n` residents, in memory.
 *
 * @category constructors
 * @since 0.1.0
 */
export const registry = (n: number): Registry.Registry =>
  Registry.unsafeBuild({ municipality: MUNICIPALITY, records: [...residents(n)] })

const lcg = (seed: number) => {
  let s = seed >>> 0 || 1
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32)
}

/**
 * `count` random 異動 against the synthetic registry of `n` residents made
 * by {@link residents}: 転居 of a 世帯, 転出, 死亡, 出生, 転入 of a new 世帯,
 * 個人番号の変更請求, and a few that must be rejected (a 転居 of a person
 * already gone, a 転入 with a 個人番号 already recorded). Deterministic for a
 * seed; each has an id `"<seed>-<index>"`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const events = (
  n: number,
  count: number,
  seed = 1
): Array<{ readonly id: string; readonly event: Event.Event }> => [...eventStream(n, count, seed)]

/**
 * The events of {@link events}, the same ones in the same order, made one
 * at a time as they are pulled (for batches too long to hold: 100,000 異動
 * take about 230 MB as an array).
 *
 * @category constructors
 * @since 0.1.0
 */
export function* eventStream(
  n: number,
  count: number,
  seed = 1
): Generator<{ readonly id: string; readonly event: Event.Event }> {
  const rnd = lcg(seed)
  // 世帯 of the registry: first person number and size, computed as residents() does.
  const starts: Array<number> = []
  for (let h = 1, p = 0; p < n; h++) {
    starts.push(p + 1)
    p += Math.min(sizeOf(h), n - p)
  }
  const gone = new Set<number>()
  let nextPerson = n + 1
  let nextHousehold = starts.length + 1
  let nextMy = 5_000_000_000
  let addrN = starts.length
  for (let i = 0; i < count; i++) {
    const d = 1500 + Math.floor(i / 2000)
    const meta = { changeDate: day(d - 2), filedOn: day(d), processedOn: day(d) }
    const h = 1 + Math.floor(rnd() * starts.length)
    const first = starts[h - 1] as number
    const size = Math.min(sizeOf(h), n - first + 1)
    const members: Array<number> = []
    for (let k = 0; k < size; k++) if (!gone.has(first + k)) members.push(first + k)
    const r = rnd()
    let event: Event.Event
    if (members.length === 0 || r < 0.03) {
      // Rejected on purpose: a 転居 of a person who has left.
      event = Event.moveWithin({
        persons: [{ atenaNumber: atena(first) }],
        address: address(++addrN),
        householdNumber: household(h),
        ...meta
      })
      if (members.length > 0) gone.add(first)
    } else if (r < 0.35) {
      event = Event.moveWithin({
        persons: members.map((m) => ({ atenaNumber: atena(m) })),
        address: address(++addrN),
        householdNumber: household(h),
        ...meta
      })
    } else if (r < 0.5) {
      for (const m of members) gone.add(m)
      event = Event.moveOut({ atenaNumbers: members.map(atena), destination: FORMER, ...meta })
    } else if (r < 0.6 && members.length >= 2) {
      const m = members[members.length - 1] as number
      gone.add(m)
      event = Event.death({
        atenaNumber: atena(m),
        changeDate: meta.changeDate,
        noticeOn: meta.filedOn,
        processedOn: meta.processedOn
      })
    } else if (r < 0.85) {
      const p = nextPerson++
      const hh = nextHousehold++
      const rec = person(p, hh, 0, address(++addrN), meta.changeDate)
      // 2 % reuse a recorded 個人番号 (rejected: another person holds it).
      const { state: _s, entry: _e, ...input } = rec as unknown as Record<string, unknown>
      if (rnd() < 0.02) input["myNumber"] = myNumber(first)
      event = Event.moveIn({ records: [input as never], ...meta })
    } else {
      const m = members[0] as number
      event = Event.modify({
        jiyu: "mynumber-change-request",
        changes: [{ atenaNumber: atena(m), set: { myNumber: myNumber(++nextMy) } }],
        ...meta
      })
    }
    yield { id: `${seed}-${i}`, event }
  }
}
