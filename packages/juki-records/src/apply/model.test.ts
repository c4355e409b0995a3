// Model-based test: random 異動 sequences (fast-check fc.commands) applied to the registry and to a small
// reference model written independently here. After every command the registry must agree with the model and
// keep its invariants: at most one 世帯主 per 世帯, at most one present record per person, append-only history,
// a 除票 changed only by the 確定 items of a 転入通知, effects in 異動 order, 仮登録 invisible, and every state
// change listed in the lifecycle table. The generators also make the changes a 市町村CS must refuse: 個人番号
// taken from another resident, addresses in another municipality, 届出日 before the 異動日, 住所を定めた年月日 other
// than the 異動日 and 届出人 without standing (法26条); and the 除票 date of every 転出 is compared with the model's.
import fc from "fast-check"
import { Calendar } from "@juki/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Event from "../events/index.js"
import { allows, type State } from "../lifecycle/index.js"
import type { Address, HistoryRow, ResidentRecord } from "../models/index.js"
import * as Registry from "../registry/public.js"
import {
  ADDRESS_A,
  ADDRESS_B,
  ADDRESS_C,
  atena,
  build,
  FORMER,
  household,
  input,
  japanese,
  myNumber
} from "../test-utils/fixtures.js"
import { apply, type Effect } from "./index.js"

const ADDRS: ReadonlyArray<Address> = [
  ADDRESS_A,
  ADDRESS_B,
  ADDRESS_C,
  { ...ADDRESS_A, text: "東京都千代田区神田一丁目7番" }
]
const ACK = [
  "records.household.head-leaves",
  "records.cs.order",
  "records.deadline.overdue",
  "records.move-in.possible-reentry"
]
const START = Calendar.toDayNumber("2024-01-01")
const iso = (day: number): string => Calendar.fromDayNumber(START + day)

// ---------------------------------------------------------------------------------------------------------------
// Reference model

type Kind = "create" | "delete" | "modify" | "notice"
interface MP {
  readonly state: "current" | "leaving" | "removed"
  readonly planned?: number
  readonly hh: string
  readonly rel: string
  readonly addr: string
  readonly myNumber: string
  readonly removal?: "move-out" | "death" | "cancel"
  readonly confirmed: boolean
}
interface Row {
  readonly kind: Kind
  readonly s: MP
}
interface Model {
  day: number
  readonly persons: Map<string, Array<Row>>
  hhCounter: number
  mnCounter: number
  readonly pending: Array<{ id: string; i: number; hh: string; addr: string; rel: string }>
}
interface Real {
  reg: Registry.Registry
}

const eff = (p: MP, day: number): MP["state"] =>
  p.state === "leaving" && p.planned !== undefined && day >= p.planned ? "removed" : p.state
const present = (p: MP | undefined, day: number): boolean => p !== undefined && eff(p, day) !== "removed"
const cur = (m: Model, a: string): MP | undefined => m.persons.get(a)?.at(-1)?.s
const members = (m: Model, hh: string, day: number, over?: Map<string, MP>): Array<[string, MP]> => {
  const out: Array<[string, MP]> = []
  for (const [a, rows] of m.persons) {
    const p = over?.get(a) ?? (rows.at(-1) as Row).s
    if (p.hh === hh && present(p, day)) out.push([a, p])
  }
  for (const [a, p] of over ?? []) if (!m.persons.has(a) && p.hh === hh && present(p, day)) out.push([a, p])
  return out
}
/** The two household rules, re-implemented: ≤ 1 世帯主, one address, for the 世帯 touched. */
const householdsOk = (m: Model, day: number, over: Map<string, MP>): boolean => {
  const touched = new Set<string>()
  for (const [a, p] of over) {
    touched.add(p.hh)
    const old = cur(m, a)
    if (old) touched.add(old.hh)
  }
  for (const hh of touched) {
    const ms = members(m, hh, day, over)
    if (ms.filter(([, p]) => p.rel === "世帯主").length > 1) return false
    if (new Set(ms.map(([, p]) => p.addr)).size > 1) return false
  }
  return true
}
const push = (m: Model, a: string, kind: Kind, s: MP): void => {
  const rows = m.persons.get(a) ?? []
  rows.push({ kind, s })
  m.persons.set(a, rows)
}

// ---------------------------------------------------------------------------------------------------------------
// Checking one step

const codesOf = (r: ReturnType<typeof apply>): Array<string> =>
  Result.isFailure(r) ? r.failure.violations.map((v) => v.code) : []

const lifecycleState = (reg: Registry.Registry, a: string, day: string): State => {
  const s = Registry.stateOf(reg, a, day)
  return s === "none" ? "none" : s
}

/** Outcomes per event kind over the whole run, to show the test is not vacuous. */
const stats = new Map<string, { accepted: number; rejected: number }>()
const count = (event: Event.Event, accepted: boolean): void => {
  const k = event.provisional === true ? "provisional" : "jiyu" in event ? event.jiyu : event.type
  const s = stats.get(k) ?? { accepted: 0, rejected: 0 }
  if (accepted) s.accepted++
  else s.rejected++
  stats.set(k, s)
}

/** Runs an event; checks rejection or the invariants; returns whether it was accepted. */
const step = (
  m: Model,
  r: Real,
  event: Event.Event,
  expected: { accept: boolean; code?: string },
  touched: ReadonlyArray<string>
): boolean => {
  count(event, expected.accept)
  const day = iso(m.day)
  const before = r.reg
  const beforeStates = new Map(touched.map((a) => [a, lifecycleState(before, a, day)]))
  const beforeHistory = new Map(touched.map((a) => [a, Registry.getHistory(before, a)]))
  const res = apply(before, { ...event, acknowledged: ACK })
  if (!expected.accept) {
    expect(Result.isFailure(res), `expected rejection of ${event.type}`).toBe(true)
    if (expected.code !== undefined) expect(codesOf(res)).toContain(expected.code)
    return false
  }
  if (Result.isFailure(res))
    throw new Error(`expected acceptance of ${JSON.stringify(event)}: ${res.failure.violations.map(String).join("; ")}`)
  const next = res.success.registry
  // Every registry an accepted change produces reloads (uniqueness holds after every change, not only on load).
  const reloaded = Registry.fromJSON(Registry.toJSON(next))
  if (Result.isFailure(reloaded))
    throw new Error(`accepted ${event.type} does not reload: ${reloaded.failure.map(String).join("; ")}`)
  // Effects in 異動 order: sequence numbers continue the registry's, strictly increasing.
  const seqs = res.success.effects.map((e: Effect) => e.sequence)
  seqs.forEach((s, i) => expect(s).toBe(before.sequence + i + 1))
  expect(next.sequence).toBe(before.sequence + seqs.length)
  const csOrder = res.success.effects.filter((e) => e.type === "cs-update").map((e) => e.atenaNumber)
  const order = touched.filter((a) => csOrder.includes(a))
  expect(csOrder.filter((a, i) => csOrder.indexOf(a) === i)).toEqual(order)
  if (event.provisional === true) expect(res.success.effects).toEqual([])
  for (const a of touched) {
    // Append-only history: the old rows are untouched.
    const old = beforeHistory.get(a) ?? []
    const now = Registry.getHistory(next, a)
    expect(now.length).toBeGreaterThanOrEqual(old.length)
    old.forEach((row, i) => expect(now[i]).toBe(row))
    now.forEach((row: HistoryRow, i) => expect(row.historyNumber).toBe(i + 1))
    if (now.length > 0) expect(now.at(-1)?.snapshot).toBe(Registry.getRecord(next, a))
    // Lifecycle: the observed change is in the transition table.
    const from = beforeStates.get(a) as State
    const to = lifecycleState(next, a, day)
    if (event.provisional !== true && now.length > old.length)
      expect(
        allows(from, to, event.type as never) || (from === "removed" && to === "removed"),
        `${from} -> ${to} by ${event.type}`
      ).toBe(true)
    // A 除票 changes only by the 確定 items of a 転入通知 (or becomes current again by a 記載).
    const b = Registry.getRecord(before, a)
    const n = Registry.getRecord(next, a)
    if (b !== undefined && n !== undefined && from === "removed" && to === "removed" && now.length > old.length) {
      expect(event.type).toBe("transfer-in-notice")
      const { moveOut: mb, removal: rb, state: _sb, ...restB } = b as ResidentRecord & Record<string, unknown>
      const { moveOut: mn, removal: rn, state: _sn, ...restN } = n as ResidentRecord & Record<string, unknown>
      expect(restN).toEqual(restB)
      expect(mn?.planned).toEqual(mb?.planned)
      expect({ ...rn, date: undefined }).toEqual({ ...rb, date: undefined })
    }
  }
  // The old registry still reads as before (persistence).
  for (const a of touched) expect(Registry.getHistory(before, a)).toEqual(beforeHistory.get(a))
  r.reg = next
  return true
}

/** Registry invariants and agreement with the model. */
const invariants = (m: Model, r: Real): void => {
  const day = iso(m.day)
  const heads = new Map<string, number>()
  const codes = new Set<string>()
  for (const rec of Registry.records(r.reg)) {
    const mp = cur(m, rec.atenaNumber)
    expect(mp, rec.atenaNumber).toBeDefined()
    if (mp === undefined) continue
    expect(Registry.effectiveState(rec, day)).toBe(eff(mp, m.day))
    // The 除票 date of a 転出 is the model's own: the 転出予定年月日, or the earlier 転入日 of a 転入通知 (法24条, 9条1項).
    if (mp.removal === "move-out" && mp.state !== "current" && mp.planned !== undefined) {
      removalDates++
      expect(rec.removal?.date, `除票 date of ${rec.atenaNumber}`).toBe(iso(mp.planned))
    }
    if (!Registry.isPresent(rec, day)) continue
    expect([rec.householdNumber, rec.relationship, rec.address.text, rec.myNumber]).toEqual([
      mp.hh,
      mp.rel,
      mp.addr,
      mp.myNumber
    ])
    if (rec.relationship === "世帯主") heads.set(rec.householdNumber, (heads.get(rec.householdNumber) ?? 0) + 1)
    for (const k of [`r:${rec.residentCode}`, `m:${rec.myNumber}`]) {
      expect(codes.has(k), `two present records share ${k.slice(0, 2)}`).toBe(false)
      codes.add(k)
    }
  }
  for (const [, n] of heads) expect(n).toBeLessThanOrEqual(1)
  expect(Registry.records(r.reg).length).toBe(m.persons.size)
}

// ---------------------------------------------------------------------------------------------------------------
// Commands

const P = 6 // persons 10..15
/** The rule for a person not in the legal record: 仮登録 only, or unknown. */
const absent = (m: Model, i: number): string =>
  m.pending.some((x) => x.i === i) ? "records.provisional.not-registered" : "records.state.not-current"
const A = (i: number): string => atena(10 + i)
const meta = (m: Model) => ({ changeDate: iso(m.day), filedOn: iso(m.day), processedOn: iso(m.day) })

abstract class Cmd implements fc.Command<Model, Real> {
  check(_m: Readonly<Model>): boolean {
    return true
  }
  run(m: Model, r: Real): void {
    m.day++
    this.exec(m, r)
    invariants(m, r)
  }
  abstract exec(m: Model, r: Real): void
  abstract toString(): string
}

const record = (
  i: number,
  hh: string,
  rel: string,
  addr: Address,
  mn: string,
  since = "2024-01-01"
): ReturnType<typeof input> =>
  input(
    japanese(10 + i, {
      householdNumber: hh,
      relationship: rel,
      address: addr,
      myNumber: mn,
      name: { kanji: `試験　${"一二三四五六"[i]}郎`, kana: "シケン　タロウ" },
      birthDate: "1980-01-01",
      addressSince: since,
      residentSince: since,
      previousAddress: FORMER
    })
  )

class MoveIn extends Cmd {
  constructor(
    readonly i: number,
    readonly join: number | undefined,
    readonly asHead: boolean,
    readonly addr: number,
    readonly provisional: boolean,
    /** 0–3 a valid 転入; 4 an address in another municipality; 5 filed before the move; 6 住所を定めた年月日 ≠ 異動日. */
    readonly variant: number = 0
  ) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    const day = m.day
    const joinable = [
      ...new Set(
        [...m.persons.values()]
          .map((rows) => (rows.at(-1) as Row).s)
          .filter((s) => present(s, day))
          .map((s) => s.hh)
      )
    ].sort()
    const target = this.join === undefined || joinable.length === 0 ? undefined : joinable[this.join % joinable.length]
    const hh = target ?? household(1000 + ++m.hhCounter)
    const addr =
      target === undefined
        ? (ADDRS[this.addr % ADDRS.length] as Address).text
        : (members(m, target, day)[0]?.[1].addr as string)
    const rel = target === undefined || this.asHead ? "世帯主" : "同居人"
    const mn = p?.myNumber ?? myNumber(10 + this.i)
    const e = Event.moveIn({
      records: [record(this.i, hh, rel, ADDRS.find((x) => x.text === addr) as Address, mn, iso(m.day))],
      ...meta(m)
    })
    const s: MP = { state: "current", hh, rel, addr, myNumber: mn, confirmed: false }
    if (present(p, day)) return void step(m, r, e, { accept: false, code: "records.cs.move-in-resident" }, [a])
    if (m.pending.some((x) => x.i === this.i)) {
      if (this.provisional) return
      return void step(m, r, e, { accept: false, code: "records.provisional.not-registered" }, [a])
    }
    if (!householdsOk(m, day, new Map([[a, s]])))
      return void step(m, r, e, { accept: false, code: "records.household.at-most-one-head" }, [a])
    if (this.variant >= 4 && !this.provisional) {
      const rec = record(this.i, hh, rel, ADDRS.find((x) => x.text === addr) as Address, mn, iso(m.day))
      if (this.variant === 4) {
        const bad = Event.moveIn({ records: [{ ...rec, address: ELSEWHERE }], ...meta(m) })
        return void step(m, r, bad, variant("records.move-in.municipality"), [a])
      }
      if (this.variant === 5) {
        const bad = Event.moveIn({ records: [rec], ...meta(m), filedOn: iso(m.day - 1) })
        return void step(m, r, bad, variant("records.date.filed-before-change"), [a])
      }
      const bad = Event.moveIn({ records: [{ ...rec, addressSince: iso(m.day - 2) }], ...meta(m) })
      return void step(m, r, bad, variant("records.date.equal-items"), [a])
    }
    if (this.provisional) {
      const ok = step(m, r, { ...e, provisional: true }, { accept: true }, [a])
      if (ok) m.pending.push({ id: `P${r.reg.provisionalCounter}`, i: this.i, hh, addr, rel })
      // A 仮登録 leaves the legal record as it was.
      expect(Registry.getRecord(r.reg, a)?.state).toBe(p?.state)
      return
    }
    if (step(m, r, e, { accept: true }, [a])) push(m, a, "create", s)
  }
  toString(): string {
    return `MoveIn(${this.i}, join=${this.join}, head=${this.asHead}, addr=${this.addr}, prov=${this.provisional}, v=${this.variant})`
  }
}

class Approve extends Cmd {
  constructor(readonly k: number) {
    super()
  }
  override check(m: Readonly<Model>): boolean {
    return m.pending.length > 0
  }
  exec(m: Model, r: Real): void {
    const idx = this.k % m.pending.length
    const pend = m.pending[idx] as Model["pending"][number]
    const a = A(pend.i)
    const p = cur(m, a)
    const s: MP = {
      state: "current",
      hh: pend.hh,
      rel: pend.rel,
      addr: pend.addr,
      myNumber: p?.myNumber ?? myNumber(10 + pend.i),
      confirmed: false
    }
    const e = Event.approve({ provisionalId: pend.id, changeDate: iso(m.day), processedOn: iso(m.day) })
    // A 仮登録 is invisible: no record until 決裁.
    if (p === undefined) expect(Registry.stateOf(r.reg, a)).toBe("provisional")
    const ok = !present(p, m.day) && householdsOk(m, m.day, new Map([[a, s]]))
    const done = step(m, r, e, ok ? { accept: true } : { accept: false }, [a])
    if (done) {
      push(m, a, "create", s)
      m.pending.splice(idx, 1)
    }
  }
  toString(): string {
    return `Approve(${this.k})`
  }
}

class MoveWithin extends Cmd {
  constructor(
    readonly i: number,
    readonly whole: boolean,
    readonly addr: number,
    readonly extraName: boolean,
    /**
     * 0–1 no 届出人; 2 filed by the person; 3 by a 代理人 with a 委任状; 4 by a 代理人 without one; 5 by person
     * `filerOf` as 世帯員; 6 an address in another municipality; 7 filed before the move.
     */
    readonly variant: number = 0,
    readonly filerOf: number = 0
  ) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    const to = ADDRS[this.addr % ADDRS.length] as Address
    if (p === undefined || !present(p, m.day)) {
      const e = Event.moveWithin({
        persons: [{ atenaNumber: a }],
        address: to,
        householdNumber: household(999),
        ...meta(m)
      })
      return void step(
        m,
        r,
        e,
        { accept: false, code: p === undefined ? absent(m, this.i) : "records.state.removed-immutable" },
        [a]
      )
    }
    const group = this.whole
      ? members(m, p.hh, m.day)
          .map(([x]) => x)
          .sort()
      : [a]
    const hh = this.whole ? p.hh : household(1000 + ++m.hhCounter)
    const e = Event.moveWithin({
      persons: group.map((x) => (this.whole ? { atenaNumber: x } : { atenaNumber: x, relationship: "世帯主" })),
      address: to,
      householdNumber: hh,
      ...(this.extraName ? { extra: { name: { kanji: "改名　太郎" } } } : {}),
      ...meta(m)
    })
    if (this.extraName) return void step(m, r, e, { accept: false, code: "records.cs.move-within-address-only" }, group)
    const over = new Map(
      group.map((x) => [x, { ...(cur(m, x) as MP), addr: to.text, hh, ...(this.whole ? {} : { rel: "世帯主" }) }])
    )
    if (!householdsOk(m, m.day, over)) return void step(m, r, e, { accept: false }, group)
    const v = this.variant
    if (v === 6) {
      const bad = Event.moveWithin({
        persons: group.map((x) => (this.whole ? { atenaNumber: x } : { atenaNumber: x, relationship: "世帯主" })),
        address: ELSEWHERE,
        householdNumber: hh,
        ...meta(m)
      })
      return void step(m, r, bad, variant("records.modify.address-municipality"), group)
    }
    if (v === 7)
      return void step(m, r, { ...e, filedOn: iso(m.day - 1) }, variant("records.date.filed-before-change"), group)
    let filed: Event.Event = e
    if (v === 2) filed = { ...e, filer: { relation: "self", atenaNumber: a } }
    if (v === 3) filed = { ...e, filer: { relation: "agent", name: "代理　一郎", powerOfAttorney: true } }
    if (v === 4)
      return void step(
        m,
        r,
        { ...e, filer: { relation: "agent", name: "代理　一郎" } },
        variant("records.filer.eligible"),
        group
      )
    if (v === 5) {
      // 法26条: a 世帯員 of a 世帯 concerned, before the move or after it, may file; anyone else may not.
      const f = A(this.filerOf)
      const befores = new Set(group.map((x) => (cur(m, x) as MP).hh))
      const standing =
        [...befores].some((h) => members(m, h, m.day).some(([x]) => x === f)) ||
        members(m, hh, m.day, over).some(([x]) => x === f)
      filed = { ...e, filer: { relation: "member", atenaNumber: f } }
      if (!standing) return void step(m, r, filed, variant("records.filer.eligible"), group)
      filersAccepted++
    }
    if (step(m, r, filed, { accept: true }, group)) for (const [x, s] of over) push(m, x, "modify", s)
  }
  toString(): string {
    return `MoveWithin(${this.i}, whole=${this.whole}, addr=${this.addr}, extraName=${this.extraName}, v=${this.variant}, filer=${this.filerOf})`
  }
}

class MoveOut extends Cmd {
  constructor(
    readonly i: number,
    readonly future: boolean
  ) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    const planned = this.future ? m.day + 3 : m.day
    const e = Event.moveOut({
      atenaNumbers: [a],
      destination: FORMER,
      changeDate: iso(planned),
      filedOn: iso(m.day),
      processedOn: iso(m.day)
    })
    if (p === undefined) return void step(m, r, e, { accept: false, code: absent(m, this.i) }, [a])
    if (eff(p, m.day) === "removed")
      return void step(m, r, e, { accept: false, code: "records.state.removed-immutable" }, [a])
    if (eff(p, m.day) === "leaving") return void step(m, r, e, { accept: false, code: absent(m, this.i) }, [a])
    const s: MP = { ...p, state: this.future ? "leaving" : "removed", planned, removal: "move-out" }
    if (step(m, r, e, { accept: true }, [a])) push(m, a, "delete", s)
  }
  toString(): string {
    return `MoveOut(${this.i}, future=${this.future})`
  }
}

class Death extends Cmd {
  constructor(readonly i: number) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    const e = Event.death({ atenaNumber: a, changeDate: iso(m.day), noticeOn: iso(m.day), processedOn: iso(m.day) })
    if (p === undefined) return void step(m, r, e, { accept: false, code: absent(m, this.i) }, [a])
    if (eff(p, m.day) === "removed")
      return void step(m, r, e, { accept: false, code: "records.state.removed-immutable" }, [a])
    const { planned: _p, ...rest } = p
    const s: MP = { ...rest, state: "removed", removal: "death" }
    if (step(m, r, e, { accept: true }, [a])) push(m, a, "delete", s)
  }
  toString(): string {
    return `Death(${this.i})`
  }
}

class Notice extends Cmd {
  constructor(readonly i: number) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    const e = Event.transferInNotice({
      atenaNumber: a,
      address: FORMER,
      changeDate: iso(m.day - 1),
      noticeOn: iso(m.day),
      processedOn: iso(m.day)
    })
    if (p === undefined) return void step(m, r, e, { accept: false, code: absent(m, this.i) }, [a])
    const st = eff(p, m.day)
    if (st === "current" || p.removal !== "move-out")
      return void step(m, r, e, { accept: false, code: "records.transfer-in-notice.target" }, [a])
    if (p.confirmed)
      return void step(m, r, e, { accept: false, code: "records.transfer-in-notice.already-confirmed" }, [a])
    const s: MP = { ...p, state: "removed", confirmed: true, planned: Math.min(p.planned ?? m.day, m.day - 1) }
    if (step(m, r, e, { accept: true }, [a])) push(m, a, "notice", s)
  }
  toString(): string {
    return `Notice(${this.i})`
  }
}

class HeadChange extends Cmd {
  constructor(readonly i: number) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    if (p === undefined || !present(p, m.day) || p.rel === "世帯主") return
    const head = members(m, p.hh, m.day).find(([, x]) => x.rel === "世帯主")
    const list = [{ atenaNumber: a, householdNumber: p.hh, relationship: "世帯主" }]
    if (head !== undefined) list.unshift({ atenaNumber: head[0], householdNumber: p.hh, relationship: "同居人" })
    const e = Event.householdChange({ jiyu: "head-change", members: list, ...meta(m) })
    const over = new Map<string, MP>([[a, { ...p, rel: "世帯主" }]])
    if (head !== undefined) over.set(head[0], { ...head[1], rel: "同居人" })
    if (
      step(
        m,
        r,
        e,
        { accept: true },
        list.map((x) => x.atenaNumber)
      )
    )
      for (const [x, s] of over) push(m, x, "modify", s)
  }
  toString(): string {
    return `HeadChange(${this.i})`
  }
}

let collisions = 0
let removalDates = 0
let filersAccepted = 0
/** Rejections of the generated 異動 that break a CS check, by rule id. */
const variants = new Map<string, number>()
const variant = (code: string): { accept: false; code: string } => {
  variants.set(code, (variants.get(code) ?? 0) + 1)
  return { accept: false, code }
}
/** An address in another municipality (中央区) for this 千代田区 registry. */
const ELSEWHERE: Address = { municipalityCode: "131024", text: "東京都中央区銀座一丁目1番" }

class ChangeMyNumber extends Cmd {
  /** `collide`: take the 個人番号 person `collide` holds (a collision unless that record is a 除票 or the same person). */
  constructor(
    readonly i: number,
    readonly collide?: number
  ) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const p = cur(m, a)
    // Only a number someone still holds (not a 除票's: a 除票 keeps its number for a 再転入).
    const held = this.collide === undefined ? undefined : cur(m, A(this.collide))
    const other = held?.state === "removed" ? undefined : held
    const mn = other?.myNumber ?? myNumber(500 + ++m.mnCounter)
    const e = Event.modify({
      jiyu: "mynumber-change-request",
      changes: [{ atenaNumber: a, set: { myNumber: mn } }],
      ...meta(m)
    })
    if (p === undefined) return void step(m, r, e, { accept: false, code: absent(m, this.i) }, [a])
    if (!present(p, m.day)) return void step(m, r, e, { accept: false, code: "records.state.removed-immutable" }, [a])
    // 住民票の記載 is one per person (法6条): a number another non-除票 record holds is refused, so the result reloads.
    const holders = [...m.persons].filter(
      ([b, rows]) => b !== a && (rows.at(-1) as Row).s.state !== "removed" && (rows.at(-1) as Row).s.myNumber === mn
    )
    if (holders.length > 0) {
      collisions++
      return void step(m, r, e, { accept: false, code: "records.registry.unique-person" }, [a])
    }
    if (step(m, r, e, { accept: true }, [a])) push(m, a, "modify", { ...p, myNumber: mn })
  }
  toString(): string {
    return `ChangeMyNumber(${this.i}${this.collide === undefined ? "" : `, ${this.collide}`})`
  }
}

class Cancel extends Cmd {
  constructor(readonly i: number) {
    super()
  }
  exec(m: Model, r: Real): void {
    const a = A(this.i)
    const rows = m.persons.get(a)
    const e = Event.cancel({ atenaNumbers: [a], changeDate: iso(m.day), processedOn: iso(m.day) })
    if (rows === undefined) return void step(m, r, e, { accept: false, code: absent(m, this.i) }, [a])
    const last = rows.at(-1) as Row
    const prev = rows.at(-2)
    const restores = last.kind === "delete" && prev !== undefined && present(prev.s, m.day)
    if (last.kind === "notice" || (eff(last.s, m.day) === "removed" && !restores))
      return void step(m, r, e, { accept: false, code: "records.state.removed-immutable" }, [a])
    let kind: Kind
    let s: MP
    if (last.kind === "create") {
      kind = "delete"
      s = prev?.s ?? { ...last.s, state: "removed", removal: "cancel" }
    } else {
      if (prev === undefined) return
      kind = last.kind === "delete" ? "create" : "modify"
      s = prev.s
    }
    const ok = householdsOk(m, m.day, new Map([[a, s]]))
    if (step(m, r, e, ok ? { accept: true } : { accept: false }, [a])) push(m, a, kind, s)
  }
  toString(): string {
    return `Cancel(${this.i})`
  }
}

const person = fc.nat({ max: P - 1 })
const commands = [
  fc
    .tuple(person, fc.option(fc.nat(5), { nil: undefined }), fc.boolean(), fc.nat(3), fc.boolean(), fc.nat(6))
    .map(([i, j, h, ad, pr, v]) => new MoveIn(i, j, h, ad, pr, v)),
  fc.nat(4).map((k) => new Approve(k)),
  fc
    .tuple(person, fc.boolean(), fc.nat(3), fc.boolean(), fc.nat(7), person)
    .map(([i, w, ad, x, v, f]) => new MoveWithin(i, w, ad, x, v, f)),
  fc.tuple(person, fc.boolean()).map(([i, f]) => new MoveOut(i, f)),
  person.map((i) => new Death(i)),
  person.map((i) => new Notice(i)),
  person.map((i) => new HeadChange(i)),
  fc.tuple(person, fc.option(person, { nil: undefined })).map(([i, j]) => new ChangeMyNumber(i, j)),
  person.map((i) => new Cancel(i))
]

const initial = (): { model: Model; real: Real } => {
  // Four residents to start with: persons 0 (世帯主), 1, 2 of one 世帯 at ADDRESS_A; person 3 alone at ADDRESS_B.
  const model: Model = { day: 0, persons: new Map(), hhCounter: 0, mnCounter: 0, pending: [] }
  const start: Array<[number, string, string, Address]> = [
    [0, household(1000), "世帯主", ADDRESS_A],
    [1, household(1000), "同居人", ADDRESS_A],
    [2, household(1000), "同居人", ADDRESS_A],
    [3, household(999), "世帯主", ADDRESS_B]
  ]
  const records = start.map(([i, hh, rel, addr]) => {
    push(model, A(i), "create", {
      state: "current",
      hh,
      rel,
      addr: addr.text,
      myNumber: myNumber(10 + i),
      confirmed: false
    })
    return {
      ...record(i, hh, rel, addr, myNumber(10 + i)),
      state: "current",
      entry: { jiyu: "domestic-move-in", date: "2024-01-01", byAuthority: false }
    } as ResidentRecord
  })
  return { model, real: { reg: build(records) } }
}

describe("model-based: random 異動 sequences keep the registry invariants", () => {
  it("10,000 runs of up to 12 commands agree with the reference model", () => {
    let runs = 0
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 12 }), (cmds) => {
        runs++
        fc.modelRun(initial, cmds)
      }),
      { numRuns: 10_000 }
    )
    if (process.env["JUKI_STATS"]) console.log(JSON.stringify([...stats]))
    // The counts below say the generator reached every case many times in 10,000 runs. A mutation run caps the runs
    // (JUKI_NUMRUNS, scripts/vitest.mutation.setup.ts): the invariants above are still checked on every run, the
    // counts are not (a few dozen runs cannot reach them).
    if (runs < 10_000 && process.env["JUKI_NUMRUNS"] !== undefined) return
    // Number changes that collide with another current resident were generated (and refused) many times.
    expect(collisions).toBeGreaterThan(100)
    // Addresses in another municipality, 届出日 before the 異動日, date items that differ and 届出人 without standing
    // were generated and refused, each many times; 転出 除票 dates were compared with the model's.
    for (const code of [
      "records.move-in.municipality",
      "records.modify.address-municipality",
      "records.date.filed-before-change",
      "records.date.equal-items",
      "records.filer.eligible"
    ])
      expect(variants.get(code) ?? 0, `${code} ${JSON.stringify([...variants])}`).toBeGreaterThan(50)
    expect(filersAccepted).toBeGreaterThan(50)
    expect(removalDates).toBeGreaterThan(500)
    // Every kind of event was both accepted and rejected many times.
    for (const k of [
      "domestic-move-in",
      "move-within",
      "domestic-move-out",
      "death",
      "transfer-in-notice",
      "cancel",
      "mynumber-change-request",
      "provisional",
      "approve"
    ]) {
      const s = stats.get(k)
      expect(s?.accepted ?? 0, `${k} accepted`).toBeGreaterThan(100)
      expect(s?.rejected ?? 0, `${k} rejected`).toBeGreaterThan(k === "provisional" || k === "approve" ? -1 : 100)
    }
    expect(stats.get("head-change")?.accepted ?? 0).toBeGreaterThan(200)
  }, 900_000)
})
