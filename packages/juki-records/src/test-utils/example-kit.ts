/**
 * What the example files of the rules share (`src/rules/<group>.examples.ts`):
 * the example types, the expectation helpers (OK, E, A, NO, ex) and the
 * registries and events several groups start from. Expected outcomes are
 * written by hand from the rule texts.
 */
import { Result } from "effect"
import { apply, type JsonOptions } from "../apply/index.js"
import * as Event from "../events/index.js"
import type { ResidentRecord } from "../models/index.js"
import { toJSON, type RegistryJson } from "../registry/index.js"
import type { RuleGroup } from "../rules/types.js"
import {
  ADDRESS_A,
  ADDRESS_C,
  atena,
  build,
  family,
  foreigner,
  FORMER,
  household,
  input,
  japanese,
  M,
  movedOut,
  MUNI,
  registryJson,
  residentCode
} from "./fixtures.js"

export interface Expected {
  readonly accepted: boolean
  readonly errors?: ReadonlyArray<{ readonly rule: string; readonly severity: "error" | "alert" }>
}

export interface RecordsExample {
  readonly kind: "records"
  readonly group: RuleGroup
  /** The rule the example is about. */
  readonly rule: string
  readonly description: string
  readonly basis: ReadonlyArray<string>
  readonly given: unknown
  readonly event: unknown
  readonly options?: JsonOptions
  /** UNVERIFIED or configurable behaviour (conformance/optional). */
  readonly optional?: boolean
  readonly expect: Expected
}

export interface FunctionExample {
  readonly kind: "function"
  readonly group: RuleGroup
  readonly rule: string
  readonly description: string
  readonly basis: ReadonlyArray<string>
  readonly function: "Jiyu.validateMapping" | "Inbound.process"
  readonly args: ReadonlyArray<unknown>
  readonly optional?: boolean
  readonly expect: Expected
}

export type Example = RecordsExample | FunctionExample

export const OK: Expected = { accepted: true }
export const E = (rule: string) => ({ rule, severity: "error" as const })
export const A = (rule: string) => ({ rule, severity: "alert" as const })
export const NO = (...errors: ReadonlyArray<{ rule: string; severity: "error" | "alert" }>): Expected => ({
  accepted: false,
  errors
})

export const ex = (
  group: RuleGroup,
  rule: string,
  basis: ReadonlyArray<string>,
  description: string,
  given: unknown,
  event: unknown,
  expect: Expected,
  extra: { readonly options?: JsonOptions; readonly optional?: boolean } = {}
): RecordsExample => ({ kind: "records", group, rule, description, basis, given, event, expect, ...extra })

export const gFamily = (): RegistryJson => registryJson(family())

export const gEmpty = (): RegistryJson => registryJson([])

export const gRemoved = (): RegistryJson => registryJson([movedOut(japanese(1))])

/** A registry reached by applying events (so it carries real history rows). */
export const gVia = (records: ReadonlyArray<ResidentRecord>, events: ReadonlyArray<Event.Event>): RegistryJson => {
  let reg = build(records)
  for (const e of events) {
    const r = apply(reg, e)
    if (Result.isFailure(r)) throw new Error(`given setup failed: ${r.failure.violations.map(String).join("; ")}`)
    reg = r.success.registry
  }
  return toJSON(reg)
}

/** F5 filed a 転出 on 04-05 to leave on 04-20. */
export const leavingF5 = (): ResidentRecord =>
  ({
    ...foreigner(5),
    state: "leaving",
    removal: { jiyu: "domestic-move-out", date: "2024-04-20", filedOn: "2024-04-05", byAuthority: false },
    moveOut: { planned: { address: FORMER, date: "2024-04-20" } }
  }) as ResidentRecord

/** A new Japanese person n alone in 世帯 n at ADDRESS_A. */
export const newcomer = (n: number, o: Partial<ResidentRecord> = {}) =>
  input(
    japanese(n, {
      householdNumber: household(n),
      addressSince: M.changeDate,
      residentSince: M.changeDate,
      ...(o as object)
    })
  )

export const tenkyoF5 = (extra: Partial<Event.Meta> & { readonly patch?: Event.RecordPatch } = {}) => {
  const { patch, ...m } = extra
  return Event.moveWithin({
    persons: [{ atenaNumber: atena(5) }],
    address: ADDRESS_C,
    householdNumber: household(2),
    ...(patch === undefined ? {} : { extra: patch }),
    ...M,
    ...m
  })
}

export const hhChange = (relationship: string, atenaN = 3) =>
  Event.householdChange({
    jiyu: "household-change",
    members: [{ atenaNumber: atena(atenaN), householdNumber: household(1), relationship }],
    ...M
  })

export const SEED = "評価書III 本人確認情報ファイル リスク3"

export const baby = (n: number, o: Partial<ResidentRecord> = {}) => {
  const { previousAddress: _p, ...rest } = input(
    japanese(n, {
      relationship: "子",
      birthDate: "2024-04-01",
      residentSince: "2024-04-01",
      addressSince: "2024-04-01",
      ...(o as object)
    })
  ) as ReturnType<typeof input> & Record<string, unknown>
  return rest as ReturnType<typeof input>
}

export const cert = (n: number, plannedDate: string, cardHolder: "self" | "head" = "self") => ({
  residentCode: residentCode(n),
  fromMunicipality: FORMER.municipalityCode,
  plannedDate,
  plannedAddress: { municipalityCode: MUNI, text: ADDRESS_A.text },
  receivedOn: "2024-03-20",
  cardHolder
})

export const notice = (n: number, changeDate = "2024-04-15") =>
  Event.transferInNotice({
    atenaNumber: atena(n),
    address: FORMER,
    changeDate,
    noticeOn: "2024-04-16",
    processedOn: "2024-04-16"
  })

export const out = (
  o: Partial<Event.Meta> & {
    readonly n?: number
    readonly to?: "abroad"
    readonly destination?: Event.RemoveEvent["destination"]
  }
) => {
  const { n, to, destination, ...m } = o
  return Event.moveOut({
    atenaNumbers: [atena(n ?? 3)],
    destination: destination ?? FORMER,
    ...(to === undefined ? {} : { to }),
    ...M,
    ...m
  })
}

/** F5 files a 転出 on 04-05 to leave on 04-20 (a 転出予定: the record becomes {@link leavingF5}). */
export const leaveF5 = () => out({ n: 5, changeDate: "2024-04-20" })

export const modify1 = (
  jiyu: Event.ModifyEvent["jiyu"],
  n: number,
  set: Event.RecordPatch,
  unset?: Event.Change["unset"]
) => Event.modify({ jiyu, changes: [{ atenaNumber: atena(n), set, ...(unset === undefined ? {} : { unset }) }], ...M })

/**
 * A record as it is on the day of a 転入 (`date`): 住所を定めた年月日 and, for a
 * Japanese resident, 住民となった年月日 are that day (`records.date.equal-items`);
 * with `art3046` a foreign resident's 外国人住民となった年月日 too.
 */
export const arrivedOn = <R extends Event.CreateEvent["records"][number]>(r: R, date: string, art3046 = false): R =>
  ({
    ...r,
    addressSince: date,
    ...(r.kind === "japanese" ? { residentSince: date } : art3046 ? { foreignResidentSince: date } : {})
  }) as R

/** `Event.moveIn` whose records arrived on the 異動日 (see {@link arrivedOn}). */
export const moveIn = (args: Parameters<typeof Event.moveIn>[0]): Event.CreateEvent =>
  Event.moveIn({ ...args, records: args.records.map((r) => arrivedOn(r, args.changeDate)) })

/** `Event.foreignResidentFiling` whose records arrived on the 異動日 (30条の46: also 外国人住民となった年月日). */
export const foreignResidentFiling = (args: Parameters<typeof Event.foreignResidentFiling>[0]): Event.CreateEvent =>
  Event.foreignResidentFiling({
    ...args,
    records: args.article === "30-46" ? args.records.map((r) => arrivedOn(r, args.changeDate, true)) : args.records
  })
