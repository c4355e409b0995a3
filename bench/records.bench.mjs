// @juki/records: apply() over 1,000,000 synthetic 異動 events with every rule on, against a bare loop that stores
// the same records in a plain Map (same run, same events). Target: at least 1/10 of the bare loop's throughput.
// Build first: npx -y pnpm@10.34.9 -r build
import { AtenaNumber, HouseholdNumber } from "@juki/core"
import { MyNumber } from "@juki/mynumber"
import { apply, Event, Registry } from "@juki/records"
import { report, time } from "./harness.mjs"

const N = Number(process.env.RECORDS_BENCH_EVENTS ?? 1_000_000)
const MUNI = "131016"
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

const withCd = (base, f) => base + String(f(base))
const atena = (n) => withCd(String(n).padStart(11, "0"), (b) => AtenaNumber.checkDigit(b))
const household = (n) => withCd(String(n).padStart(11, "0"), (b) => HouseholdNumber.checkDigit(b))
const myNumber = (n) => withCd(String(10_000_000_000 + n), (b) => MyNumber.checkDigit(b))
const residentCode = (n) => String(20_000_000_000 + n)
const address = (n) => ({
  municipalityCode: MUNI,
  postalCode: String(1000001 + (n % 90)),
  text: `東京都千代田区${TOWNS[n % TOWNS.length]}${1 + (n % 4)}丁目${1 + (n % 30)}番${1 + (n % 20)}号`
})
const day = (d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)

// ---------------------------------------------------------------------------------------------------------------
// Synthetic events (not timed): a tiny generator state keeps them valid in sequence.

const makeEvents = (n) => {
  const events = []
  const households = [] // { no, addr, members: [{ atena, rel }] }, present only
  let person = 0
  let hh = 0
  let addrN = 0
  let mn = 5_000_000
  for (let i = 0; i < n; i++) {
    const d = 40 + Math.floor(i / 3000)
    const meta = { changeDate: day(d - 2), filedOn: day(d), processedOn: day(d) }
    const r = (i * 7919) % 100
    const h = households.length > 0 ? households[(i * 104729) % households.length] : undefined
    if (h === undefined || r < 35 || households.length < 1000) {
      // 転入: a person, or a couple, into a new 世帯.
      const no = household(++hh)
      const addr = address(++addrN)
      const size = r % 5 === 0 ? 2 : 1
      const members = []
      const records = []
      for (let k = 0; k < size; k++) {
        const p = ++person
        const rel = k === 0 ? "世帯主" : "妻"
        members.push({ atena: atena(p), rel })
        records.push({
          kind: "japanese",
          atenaNumber: atena(p),
          householdNumber: no,
          relationship: rel,
          residentCode: residentCode(p),
          myNumber: myNumber(p),
          name: {
            kanji: `${FAMILY[p % 10]}　${GIVEN[(p >> 3) % 10]}${p}`,
            kana: `${KANA_F[p % 10]}　${KANA_G[(p >> 3) % 10]}`
          },
          birthDate: day(-10_000 - (p % 15_000)),
          sex: k === 0 ? "male" : "female",
          address: addr,
          addressSince: meta.changeDate,
          previousAddress: FORMER,
          honseki: {
            kind: "registered",
            place: "東京都千代田区千代田一丁目1番",
            head: `${FAMILY[p % 10]}　${GIVEN[(p >> 3) % 10]}${p}`
          },
          residentSince: meta.changeDate
        })
      }
      households.push({ no, addr, members })
      events.push({ kind: "in", event: Event.moveIn({ records, ...meta }) })
    } else if (r < 60) {
      // 転居 of the whole 世帯.
      const addr = address(++addrN)
      h.addr = addr
      events.push({
        kind: "modify",
        event: Event.moveWithin({
          persons: h.members.map((m) => ({ atenaNumber: m.atena })),
          address: addr,
          householdNumber: h.no,
          ...meta
        })
      })
    } else if (r < 75) {
      // 転出 of the whole 世帯.
      households.splice(households.indexOf(h), 1)
      events.push({
        kind: "out",
        event: Event.moveOut({ atenaNumbers: h.members.map((m) => m.atena), destination: FORMER, ...meta })
      })
    } else if (r < 85 && h.members.length === 2) {
      // 世帯主変更 of a couple.
      const [a, b] = h.members
      a.rel = "夫"
      b.rel = "世帯主"
      h.members = [b, a]
      events.push({
        kind: "modify",
        event: Event.householdChange({
          jiyu: "head-change",
          members: [
            { atenaNumber: a.atena, householdNumber: h.no, relationship: "夫" },
            { atenaNumber: b.atena, householdNumber: h.no, relationship: "世帯主" }
          ],
          ...meta
        })
      })
    } else if (r < 90 && h.members.length === 2) {
      // 死亡 of the member who is not 世帯主.
      const m = h.members.pop()
      events.push({
        kind: "out",
        event: Event.death({
          atenaNumber: m.atena,
          changeDate: meta.changeDate,
          noticeOn: meta.filedOn,
          processedOn: meta.processedOn
        })
      })
    } else {
      // 個人番号の変更請求.
      const m = h.members[0]
      events.push({
        kind: "modify",
        event: Event.modify({
          jiyu: "mynumber-change-request",
          changes: [{ atenaNumber: m.atena, set: { myNumber: myNumber(++mn) } }],
          ...meta
        })
      })
    }
  }
  return events
}

// ---------------------------------------------------------------------------------------------------------------

const events = makeEvents(N)
const counts = events.reduce((a, e) => ((a[e.event.jiyu] = (a[e.event.jiyu] ?? 0) + 1), a), {})

let accepted = 0
let effects = 0
const subject = () => {
  let reg = Registry.empty(MUNI)
  accepted = 0
  effects = 0
  for (let i = 0; i < events.length; i++) {
    const r = apply(reg, events[i].event)
    if (r._tag === "Success") {
      reg = r.success.registry
      accepted++
      effects += r.success.effects.length
    }
  }
  return reg
}

// The bare loop: store the same records in a plain Map (create, update in place by spreading, mark removed).
const reference = () => {
  const m = new Map()
  for (let i = 0; i < events.length; i++) {
    const e = events[i].event
    if (e.type === "create") {
      const entry = { jiyu: e.jiyu, date: e.changeDate, filedOn: e.filedOn, byAuthority: false }
      for (const rec of e.records) m.set(rec.atenaNumber, { ...rec, state: "current", entry })
    } else if (e.type === "modify") {
      for (const c of e.changes) m.set(c.atenaNumber, { ...m.get(c.atenaNumber), ...c.set })
    } else {
      const removal = { jiyu: e.jiyu, date: e.changeDate, byAuthority: e.byAuthority ?? false }
      for (const a of e.atenaNumbers) m.set(a, { ...m.get(a), state: "removed", removal })
    }
  }
  return m
}

const rounds = Number(process.env.RECORDS_BENCH_ROUNDS ?? 1)
const referenceMs = time(reference, rounds)
const subjectMs = time(subject, rounds)
const ratio = referenceMs / subjectMs
console.log(`events: ${N} (${JSON.stringify(counts)}); accepted by apply: ${accepted}; effects: ${effects}`)
if (accepted !== N) {
  console.error(`apply rejected ${N - accepted} synthetic events`)
  process.exitCode = 1
}
report({
  name: "records.apply",
  unit: "events",
  count: N,
  subjectLabel: "@juki/records apply (every rule on, persistent registry, effects)",
  referenceLabel: "bare loop storing the same records in a Map",
  subjectMs,
  referenceMs,
  target: ">= 0.1",
  pass: ratio >= 0.1,
  extra: { accepted, effects, rounds }
})
