// Group commit: the events of a group are read together (one read per round for the whole group) and decided in
// order on one growing small registry. Every verdict, violation list and effect must be the one `apply` gives one
// event at a time on the whole in-memory registry, and the store must end equal to that registry — whatever the
// group size, including groups where later events depend on earlier ones (a person who moved in, moved out or
// was renumbered earlier in the same group).
import { apply, Event, Registry, type ResidentRecord } from "@juki/records"
import { Effect, Result, Stream } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as MemoryStore from "../memory/index.js"
import { Store } from "../store/index.js"
import * as Synthetic from "../synthetic/index.js"
import * as Apply from "./index.js"

const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

/** The oracle: `apply` on the whole registry, one event at a time. */
const oneAtATime = (reg: Registry.Registry, inputs: ReadonlyArray<Apply.Input>) => {
  let r = reg
  const outcomes = inputs.map(({ event }) => {
    const x = apply(r, event)
    if (Result.isSuccess(x)) {
      r = x.success.registry
      return { accepted: true, codes: x.success.alerts.map((a) => a.code), effects: json(x.success.effects) }
    }
    return { accepted: false, codes: x.failure.violations.map((v) => v.code), effects: [] }
  })
  return { registry: r, outcomes }
}

const throughStore = (reg: Registry.Registry, inputs: ReadonlyArray<Apply.Input>, groupSize: number) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const outcomes = yield* Apply.applyEvents(inputs, { groupSize })
      const s = yield* Store
      const persons = yield* Stream.runCollect(s.persons)
      const outbox = yield* s.outbox(0, 1_000_000)
      const stats = yield* s.stats
      return { outcomes, persons: [...persons], outbox, stats }
    }).pipe(Effect.provide(MemoryStore.layer(reg)))
  )

const stateOf = (ps: ReadonlyArray<{ atenaNumber: string; record: unknown; history: unknown }>) =>
  json([...ps].sort((a, b) => (a.atenaNumber < b.atenaNumber ? -1 : 1)))

/**
 * Synthetic events plus events that depend on earlier ones in the list: a 転居 of someone who moved in earlier,
 * the same 転入 filed twice (the second must be refused: 宛名番号 and 個人番号 already recorded).
 */
const withDependents = (
  inputs: ReadonlyArray<Apply.Input>,
  picks: ReadonlyArray<{ readonly at: number; readonly kind: "move" | "twice"; readonly gap: number }>
): Array<Apply.Input> => {
  const out = [...inputs]
  let k = 0
  for (const p of picks) {
    const i = p.at % Math.max(1, out.length)
    const src = out[i]?.event
    if (src === undefined || src.type !== "create") continue
    const rec = src.records[0] as unknown as ResidentRecord
    const at = Math.min(out.length, i + 1 + p.gap)
    const event =
      p.kind === "twice"
        ? src
        : Event.moveWithin({
            persons: [{ atenaNumber: rec.atenaNumber }],
            address: {
              municipalityCode: Synthetic.MUNICIPALITY,
              postalCode: "1000001",
              text: `東京都千代田区永田町1丁目${k + 1}番`
            },
            householdNumber: rec.householdNumber,
            changeDate: src.changeDate,
            filedOn: src.processedOn,
            processedOn: src.processedOn
          })
    out.splice(at, 0, { id: `dep-${k++}`, event })
  }
  return out
}

describe("group commit (batched reads, decisions in order)", () => {
  it("property: for any group size, every event gets the verdict, violations and effects of apply one at a time, and the store ends equal to the registry", async () => {
    let dependentAccepted = 0
    let dependentRejected = 0
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 70 }),
        fc.array(
          fc.record({
            at: fc.nat({ max: 200 }),
            kind: fc.constantFrom("move" as const, "twice" as const),
            gap: fc.nat({ max: 8 })
          }),
          { maxLength: 12 }
        ),
        async (n, count, seed, groupSize, picks) => {
          const reg = Synthetic.registry(n)
          const inputs = withDependents(Synthetic.events(n, count, seed), picks)
          const ref = oneAtATime(reg, inputs)
          const got = await throughStore(reg, inputs, groupSize)
          expect(got.outcomes.map((o) => ({ accepted: o.accepted, codes: o.codes, effects: json(o.effects) }))).toEqual(
            ref.outcomes
          )
          expect(stateOf(got.persons)).toEqual(
            stateOf(
              Registry.records(ref.registry).map((r) => ({
                atenaNumber: r.atenaNumber,
                record: r,
                history: Registry.getHistory(ref.registry, r.atenaNumber)
              }))
            )
          )
          expect(got.outbox.map((o) => o.payload)).toEqual(ref.outcomes.flatMap((o) => o.effects as Array<unknown>))
          expect(got.stats.sequence).toBe(ref.registry.sequence)
          inputs.forEach((x, i) => {
            if (!x.id.startsWith("dep-")) return
            if (ref.outcomes[i]?.accepted) dependentAccepted++
            else dependentRejected++
          })
        }
      ),
      { numRuns: 300 }
    )
    // The dependent events really met both outcomes (a 転居 after a 転入 accepted, a second 転入 refused).
    expect(dependentAccepted).toBeGreaterThan(0)
    expect(dependentRejected).toBeGreaterThan(0)
  }, 600_000)

  it("in one group, a 転居 of a person who moved in earlier in the group is accepted, a 転居 of a person who moved out earlier is refused (法22条, 法23条, 法24条)", async () => {
    const reg = Synthetic.registry(10)
    const moveIn = Synthetic.events(10, 200, 5).find((x) => x.event.type === "create") as Apply.Input
    const rec = (moveIn.event as Extract<Event.Event, { type: "create" }>).records[0] as unknown as ResidentRecord
    const day = (moveIn.event as Extract<Event.Event, { type: "create" }>).processedOn
    const move = (id: string, atenaNumber: string, householdNumber: string): Apply.Input => ({
      id,
      event: Event.moveWithin({
        persons: [{ atenaNumber }],
        address: {
          municipalityCode: Synthetic.MUNICIPALITY,
          postalCode: "1000001",
          text: "東京都千代田区永田町1丁目1番"
        },
        householdNumber,
        changeDate: day,
        filedOn: day,
        processedOn: day
      })
    })
    const out: Apply.Input = {
      id: "out",
      event: Event.moveOut({
        atenaNumbers: [Synthetic.atena(1)],
        destination: { municipalityCode: "271276", text: "大阪府大阪市北区梅田一丁目1番" },
        changeDate: day,
        filedOn: day,
        processedOn: day
      })
    }
    const inputs = [
      moveIn,
      move("after-in", rec.atenaNumber, rec.householdNumber),
      out,
      move("after-out", Synthetic.atena(1), Synthetic.household(1))
    ]
    const ref = oneAtATime(reg, inputs)
    const got = await throughStore(reg, inputs, inputs.length)
    expect(got.outcomes.map((o) => o.accepted)).toEqual([true, true, true, false])
    expect(got.outcomes.map((o) => o.codes)).toEqual(ref.outcomes.map((o) => o.codes))
    expect(got.stats.version).toBe(1) // one commit for the whole group
  })
})

describe("applyEach (events pulled from an iterable, outcomes handed over one by one)", () => {
  it("property: over a generator, every event gets the verdict, violations and effects of apply one at a time, in order, and the summary counts them", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 20 }),
        async (n, count, seed, groupSize) => {
          const reg = Synthetic.registry(n)
          const ref = oneAtATime(reg, Synthetic.events(n, count, seed))
          const seen: Array<Apply.Outcome> = []
          const summary = await Effect.runPromise(
            Apply.applyEach(Synthetic.eventStream(n, count, seed), (o) => seen.push(o), { groupSize }).pipe(
              Effect.provide(MemoryStore.layer(reg))
            )
          )
          expect(seen.map((o) => ({ accepted: o.accepted, codes: o.codes, effects: json(o.effects) }))).toEqual(
            ref.outcomes
          )
          expect(seen.map((o) => o.id)).toEqual(Synthetic.events(n, count, seed).map((x) => x.id))
          const accepted = ref.outcomes.filter((o) => o.accepted).length
          expect(summary).toEqual({ done: count, accepted, rejected: count - accepted, skipped: 0 })
        }
      ),
      { numRuns: 100 }
    )
  }, 600_000)

  it("pulls events only as groups are decided: a generator of more events than anyone holds is consumed one group ahead at most", async () => {
    const reg = Synthetic.registry(20)
    let pulled = 0
    let maxAhead = 0
    let outcomes = 0
    function* counted() {
      for (const x of Synthetic.eventStream(20, 100, 3)) {
        pulled++
        maxAhead = Math.max(maxAhead, pulled - outcomes)
        yield x
      }
    }
    await Effect.runPromise(
      Apply.applyEach(counted(), () => outcomes++, { groupSize: 10 }).pipe(Effect.provide(MemoryStore.layer(reg)))
    )
    expect(outcomes).toBe(100)
    // The group being decided and the one whose commit is landing: never the whole batch.
    expect(maxAhead).toBeLessThanOrEqual(20)
  })
})
