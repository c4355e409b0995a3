// The shared store suite: every store implementation (memory, PGlite, PostgreSQL server) must pass it.
// The oracle is `apply` on the in-memory Registry, one event at a time.
import { apply, Event, Registry, WorkingSet, type Options, type ResidentRecord } from "@juki/records"
import { MyNumber } from "@juki/mynumber"
import { Effect, type Layer, ManagedRuntime, Result, Stream } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { examples } from "../../../juki-records/src/test-utils/examples.js"
import { optionsFromJSON } from "../../../juki-records/src/apply/index.js"
import * as Apply from "../apply/index.js"
import * as Synthetic from "../synthetic/index.js"
import { Store, type StoreShape } from "../store/index.js"

/** Runs an effect against a fresh store from the layer. */
export type Runner = <A, E>(f: (store: StoreShape) => Effect.Effect<A, E, Store>) => Promise<A>

export const runnerOf = (
  layer: () => Layer.Layer<Store, unknown>
): Runner & { readonly dispose: () => Promise<void> } => {
  let rt: ManagedRuntime.ManagedRuntime<Store, unknown> | undefined
  const runner = (<A, E>(f: (store: StoreShape) => Effect.Effect<A, E, Store>): Promise<A> => {
    rt ??= ManagedRuntime.make(layer())
    return rt.runPromise(
      Effect.gen(function* () {
        const s = yield* Store
        return yield* f(s)
      })
    )
  }) as Runner & { dispose: () => Promise<void> }
  runner.dispose = async () => {
    if (rt !== undefined) await rt.dispose()
    rt = undefined
  }
  return runner
}

const reference = (reg: Registry.Registry, inputs: ReadonlyArray<Apply.Input>, options?: Options) => {
  const outcomes: Array<{ accepted: boolean; codes: ReadonlyArray<string>; effects: string }> = []
  let r = reg
  for (const { event } of inputs) {
    const x = apply(r, event, options)
    if (Result.isSuccess(x)) {
      r = x.success.registry
      outcomes.push({
        accepted: true,
        codes: x.success.alerts.map((a) => a.code),
        effects: JSON.stringify(x.success.effects)
      })
    } else outcomes.push({ accepted: false, codes: x.failure.violations.map((v) => v.code), effects: "[]" })
  }
  return { registry: r, outcomes }
}

const stateOf = (s: StoreShape) =>
  Effect.map(Stream.runCollect(s.persons), (ps) =>
    [...ps]
      .sort((a, b) => (a.atenaNumber < b.atenaNumber ? -1 : 1))
      .map((p) => ({ atenaNumber: p.atenaNumber, record: p.record, history: p.history }))
  )
const stateOfRegistry = (r: Registry.Registry) =>
  Registry.records(r).map((rec) => ({
    atenaNumber: rec.atenaNumber,
    record: rec,
    history: Registry.getHistory(r, rec.atenaNumber)
  }))

const MN = `12345678901${MyNumber.checkDigit("12345678901")}`

const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

export const storeSuite = (
  name: string,
  run: Runner & { readonly dispose?: () => Promise<void> },
  size: { readonly residents: number; readonly events: number } = { residents: 200, events: 300 }
): void => {
  describe(`store suite: ${name}`, () => {
    afterAll(async () => {
      await run.dispose?.()
    })
    for (const groupSize of [1, 25]) {
      it(`synthetic 異動 through the store (group commit of ${groupSize}) give apply's verdicts and effects one at a time; the store ends equal to the registry`, async () => {
        const reg = Synthetic.registry(size.residents)
        const inputs = Synthetic.events(size.residents, size.events, 7)
        const ref = reference(reg, inputs)
        const got = await run((s) =>
          Effect.gen(function* () {
            yield* s.load(reg)
            const outcomes = yield* Apply.applyEvents(inputs, { groupSize })
            const state = yield* stateOf(s)
            const outbox = yield* s.outbox(0, 1_000_000)
            const stats = yield* s.stats
            return { outcomes, state, outbox, stats }
          })
        )
        expect(
          got.outcomes.map((o) => ({ accepted: o.accepted, codes: o.codes, effects: JSON.stringify(o.effects) }))
        ).toEqual(ref.outcomes)
        const accepted = ref.outcomes.filter((o) => o.accepted).length
        expect(accepted).toBeGreaterThan(size.events / 2)
        expect(accepted).toBeLessThan(size.events)
        expect(json(got.state)).toEqual(json(stateOfRegistry(ref.registry)))
        // Every effect is in the outbox once, in 更新順番号 order, with the event that caused it.
        const effects = ref.outcomes.flatMap((o) => JSON.parse(o.effects) as Array<{ sequence: number }>)
        expect(got.outbox.map((o) => o.payload)).toEqual(effects)
        expect(got.outbox.map((o) => o.sequence)).toEqual(effects.map((e) => e.sequence))
        expect(got.stats.sequence).toBe(ref.registry.sequence)
        expect(got.stats.decisions).toBe(size.events)
      })
    }

    it("every rule example (given registry, event) gives apply's verdict, violations and effects through the store", async () => {
      const cases = examples.flatMap((ex) => {
        if (ex.kind !== "records") return []
        const options = optionsFromJSON(ex.options)
        const reg = Registry.fromJSON(json(ex.given), options)
        return Result.isSuccess(reg) ? [{ ex, reg: reg.success, options }] : []
      })
      const { decode } = await import("../../../juki-records/src/events/index.js")
      let n = 0
      for (const c of cases) {
        const ev = decode(json(c.ex.event))
        if (Result.isFailure(ev)) continue
        const event = ev.success as Event.Event
        const ref = reference(c.reg, [{ id: "x", event }], c.options)
        const got = await run((s) =>
          Effect.gen(function* () {
            yield* s.load(c.reg)
            return yield* Apply.applyEvents([{ id: "x", event }], c.options === undefined ? {} : { options: c.options })
          })
        )
        const o = got[0] as Apply.Outcome
        expect({ accepted: o.accepted, codes: o.codes, effects: JSON.stringify(o.effects) }, c.ex.description).toEqual(
          ref.outcomes[0]
        )
        n++
      }
      expect(n).toBeGreaterThan(100)
    }, 600_000)

    it("a bulk load of 住民票 (loadRecords, indexes built in the store) then 異動 gives the outcomes of Registry.unsafeBuild + apply", async () => {
      const records = [...Synthetic.residents(80)]
      const inputs = Synthetic.events(80, 120, 13)
      const ref = reference(Registry.unsafeBuild({ municipality: Synthetic.MUNICIPALITY, records }), inputs)
      // Two present records sharing a 個人番号: the duplicates check names them.
      const twin = {
        ...(records[1] as ResidentRecord),
        atenaNumber: Synthetic.atena(999),
        householdNumber: Synthetic.household(999),
        residentCode: "29999999999"
      } as ResidentRecord
      const got = await run((s) =>
        Effect.gen(function* () {
          const n = yield* s.loadRecords(Synthetic.MUNICIPALITY, records)
          const outcomes = yield* Apply.applyEvents(inputs, { groupSize: 10 })
          const state = yield* stateOf(s)
          yield* s.loadRecords(Synthetic.MUNICIPALITY, [...records.slice(0, 5), twin])
          const dups = yield* s.duplicates
          return { n, outcomes, state, dups }
        })
      )
      expect(got.n).toBe(80)
      expect(
        got.outcomes.map((o) => ({ accepted: o.accepted, codes: o.codes, effects: JSON.stringify(o.effects) }))
      ).toEqual(ref.outcomes)
      expect(json(got.state)).toEqual(json(stateOfRegistry(ref.registry)))
      expect(got.dups).toEqual([
        {
          kind: "m",
          value: (records[1] as ResidentRecord).myNumber,
          atenaNumbers: [(records[1] as ResidentRecord).atenaNumber, Synthetic.atena(999)].sort()
        }
      ])
    })

    it("a batch run again (after a crash or by mistake) skips every decided event and writes nothing twice", async () => {
      const reg = Synthetic.registry(50)
      const inputs = Synthetic.events(50, 40, 3)
      const got = await run((s) =>
        Effect.gen(function* () {
          yield* s.load(reg)
          yield* Apply.applyEvents(inputs.slice(0, 25), { groupSize: 5 })
          const before = yield* s.stats
          const again = yield* Apply.applyEvents(inputs, { groupSize: 5 })
          const after = yield* s.stats
          const outbox = yield* s.outbox(0, 1_000_000)
          return { before, again, after, outbox }
        })
      )
      expect(got.again.slice(0, 25).every((o) => o.skipped)).toBe(true)
      expect(got.again.slice(25).every((o) => !o.skipped)).toBe(true)
      expect(got.after.decisions).toBe(40)
      const seqs = got.outbox.map((o) => o.sequence)
      expect(new Set(seqs).size).toBe(seqs.length)
      const ref = reference(reg, inputs)
      expect(got.after.sequence).toBe(ref.registry.sequence)
    })

    it("a commit on rows read before another commit is refused (StoreConflict) and writes nothing", async () => {
      const reg = Synthetic.registry(20)
      const [a, b] = Synthetic.events(20, 2, 11)
      const got = await run((s) =>
        Effect.gen(function* () {
          yield* s.load(reg)
          const read = yield* s.read(WorkingSet.empty)
          yield* Apply.applyEvents([a as Apply.Input])
          const before = yield* s.stats
          const stale = yield* s
            .commit({
              expectedVersion: read.version,
              changes: WorkingSet.changes(WorkingSet.fromRows(read.rows), WorkingSet.fromRows(read.rows)),
              outbox: [
                { sequence: before.sequence + 1, type: "cs-update", eventId: (b as Apply.Input).id, payload: {} }
              ],
              decisions: [{ eventId: (b as Apply.Input).id, accepted: true, codes: [] }]
            })
            .pipe(Effect.flip)
          const after = yield* s.stats
          return { stale, before, after }
        })
      )
      expect(got.stale._tag).toBe("StoreConflict")
      expect(got.after).toEqual(got.before)
    })

    it("a commit that fails half-way (an effect with a 更新順番号 already sent) leaves nothing partial", async () => {
      const reg = Synthetic.registry(20)
      const inputs = Synthetic.events(20, 3, 5)
      const got = await run((s) =>
        Effect.gen(function* () {
          yield* s.load(reg)
          yield* Apply.applyEvents(inputs.slice(0, 1))
          const before = yield* s.stats
          const state0 = yield* stateOf(s)
          const read = yield* s.read({ ...WorkingSet.empty, atenaNumbers: [Synthetic.atena(1)] })
          const small = WorkingSet.fromRows(read.rows)
          const r = apply(small, Synthetic.events(20, 1, 99)[0]?.event as Event.Event)
          const changes = Result.isSuccess(r)
            ? WorkingSet.changes(small, r.success.registry)
            : WorkingSet.changes(small, small)
          const failed = yield* s
            .commit({
              expectedVersion: read.version,
              changes,
              // 更新順番号 1 was written by the first event: the outbox refuses it.
              outbox: [{ sequence: 1, type: "cs-update", eventId: "dup", payload: {} }],
              decisions: [{ eventId: "dup", accepted: true, codes: [] }]
            })
            .pipe(Effect.exit)
          const after = yield* s.stats
          const state1 = yield* stateOf(s)
          return { failed, before, after, same: JSON.stringify(state0) === JSON.stringify(state1) }
        })
      )
      expect(got.failed._tag).toBe("Failure")
      expect(got.after).toEqual(got.before)
      expect(got.same).toBe(true)
    })

    it("two racing 転入 with the same 個人番号 never both commit", async () => {
      const reg = Synthetic.registry(20)
      // A 転入 the generator makes (valid), and a twin: another person, 世帯 and 住民票コード, the same 個人番号.
      const first = Synthetic.events(20, 60, 5).find(
        (x) => x.event.type === "create" && x.event.jiyu === "domestic-move-in"
      )?.event as Extract<Event.Event, { type: "create" }>
      const mk = (id: string, p: number) => ({
        id,
        event: {
          ...first,
          records: first.records.map((r) => ({
            ...r,
            atenaNumber: Synthetic.atena(100 + p),
            householdNumber: Synthetic.household(100 + p),
            residentCode: String(29_000_000_000 + p),
            myNumber: MN
          }))
        } as Event.Event
      })
      const got = await run((s) =>
        Effect.gen(function* () {
          yield* s.load(reg)
          const [x, y] = yield* Effect.all([Apply.applyEvents([mk("a", 1)]), Apply.applyEvents([mk("b", 2)])], {
            concurrency: "unbounded"
          })
          return [x?.[0], y?.[0]] as const
        })
      )
      expect(got.filter((o) => o?.accepted).length).toBe(1)
      expect(got.find((o) => o?.accepted === false)?.codes.length).toBeGreaterThan(0)
    })

    // Two changes to different members of one 世帯, the loser reading before the winner commits (made
    // deterministic: the loser's first commit lets the winner commit first). The loser must never commit on what it
    // read: retried, it gets the verdict it has after the winner (apply one after the other); with no retry left it is
    // rejected with store.conflict and writes nothing.
    describe("a change racing another change to the same 世帯 (other members) never commits on stale reads", () => {
      const reg = Synthetic.registry(30)
      const hh = Synthetic.household(7)
      const [head, wife, child] = Registry.householdMembers(reg, hh).map((r) => r.atenaNumber) as [
        string,
        string,
        string
      ]
      const day = "2024-04-05"
      const meta = { changeDate: "2024-04-01", filedOn: day, processedOn: day }
      const dest = { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" }
      const headToWife: Apply.Input = {
        id: "head-change",
        event: Event.modify({
          jiyu: "head-change",
          changes: [
            { atenaNumber: head, set: { relationship: "夫" } },
            { atenaNumber: wife, set: { relationship: "世帯主" } }
          ],
          ...meta
        })
      }
      const out = (id: string, a: string): Apply.Input => ({
        id,
        event: Event.moveOut({ atenaNumbers: [a], destination: dest, ...meta })
      })
      const race = (winner: Apply.Input, loser: Apply.Input, maxRetries: number) =>
        run((s) =>
          Effect.gen(function* () {
            yield* s.load(reg)
            let first = true
            const racing: StoreShape = {
              ...s,
              commit: (c) =>
                Effect.suspend(() => {
                  if (!first) return s.commit(c)
                  first = false
                  return Apply.applyEvents([winner]).pipe(
                    Effect.provideService(Store, s),
                    Effect.orDie,
                    Effect.andThen(s.commit(c))
                  )
                })
            }
            const [o] = yield* Apply.applyEvents([loser], { maxRetries }).pipe(Effect.provideService(Store, racing))
            const decided = yield* s.decisions([winner.id, loser.id])
            return { loser: o as Apply.Outcome, decided, state: yield* stateOf(s), stats: yield* s.stats }
          })
        )
      const cases = [
        // Stale: the 妻 leaves a 世帯 with its 世帯主 (accepted). After the 世帯主変更 she is the 世帯主 and two stay.
        { winner: headToWife, loser: out("wife-out", wife), stale: true },
        // Stale: the 世帯主 leaves two members and no new 世帯主 (refused). After the child left, one stays: accepted.
        { winner: out("child-out", child), loser: out("head-out", head), stale: false }
      ]
      for (const c of cases)
        it(`${c.winner.id} wins over ${c.loser.id}: retried, the loser gets apply's verdict after the winner; with no retry, store.conflict`, async () => {
          const stale = apply(reg, c.loser.event)
          const afterWinner = apply(reg, c.winner.event)
          if (!Result.isSuccess(afterWinner)) throw new Error("the winner must be accepted")
          const sequential = reference(reg, [c.winner, c.loser])
          // The race matters: the verdict on the stale rows is not the one after the winner.
          expect(Result.isSuccess(stale)).toBe(c.stale)
          expect(sequential.outcomes[1]?.accepted).toBe(!c.stale)
          const retried = await race(c.winner, c.loser, 3)
          expect({
            accepted: retried.loser.accepted,
            codes: retried.loser.codes,
            effects: JSON.stringify(retried.loser.effects)
          }).toEqual(sequential.outcomes[1])
          expect(json(retried.state)).toEqual(json(stateOfRegistry(sequential.registry)))
          const refused = await race(c.winner, c.loser, 0)
          expect(refused.loser.accepted).toBe(false)
          expect(refused.loser.codes).toEqual([Apply.StoreConflictRule.id])
          expect(refused.loser.violations[0]?.code).toBe("store.conflict")
          // Nothing of the loser was written: the store holds the winner's change only.
          expect(json(refused.state)).toEqual(json(stateOfRegistry(afterWinner.success.registry)))
          expect(refused.decided.map((d) => d.eventId)).toEqual([c.winner.id])
          expect(refused.stats.sequence).toBe(afterWinner.success.registry.sequence)
        })
    })

    it("eight racing 転居 of one 世帯 all commit, one after the other: no update is lost (each sees the one before)", async () => {
      const reg = Synthetic.registry(30)
      const members = Registry.householdMembers(reg, Synthetic.household(2)).map((r) => r.atenaNumber)
      const moves = Array.from({ length: 8 }, (_, i) => ({
        id: `move-${i}`,
        event: {
          type: "modify",
          jiyu: "move-within",
          changes: members.map((a) => ({
            atenaNumber: a,
            set: {
              address: {
                municipalityCode: "131016",
                postalCode: "1000001",
                text: `東京都千代田区千代田一丁目${i + 1}番`
              },
              addressSince: "2024-04-01"
            }
          })),
          changeDate: "2024-04-01",
          filedOn: "2024-04-05",
          processedOn: "2024-04-05"
        } as unknown as Event.Event
      }))
      const got = await run((s) =>
        Effect.gen(function* () {
          yield* s.load(reg)
          const outcomes = yield* Effect.all(
            moves.map((m) => Apply.applyEvents([m], { maxRetries: 50 })),
            { concurrency: "unbounded" }
          )
          const state = yield* stateOf(s)
          return { outcomes: outcomes.map((o) => o[0] as Apply.Outcome), state }
        })
      )
      expect(members.length).toBeGreaterThan(0)
      expect(got.outcomes.every((o) => o.accepted)).toBe(true)
      for (const a of members) expect(got.state.find((p) => p.atenaNumber === a)?.history.length).toBe(1 + moves.length)
    })
  })
}
