// Internal: the shape of a rule of this package (its definition and its check).
import type { JukiError, RuleDefinition } from "@juki/core"
import type { Context } from "../project/context.js"

/** A rule: its definition, and the check that returns its problems for a request. */
export interface CertificateRule {
  readonly rule: RuleDefinition
  readonly check: (context: Context) => ReadonlyArray<JukiError>
}

export const law = (cite: string, note?: string) =>
  note === undefined
    ? { kind: "law" as const, cite, verified: true }
    : { kind: "law" as const, cite, verified: true, note }
export const unverified = (cite: string, note: string) => ({
  kind: "law" as const,
  cite,
  verified: false,
  note: `UNVERIFIED: ${note}`
})
export const notice = (cite: string, note: string) => ({
  kind: "notice" as const,
  cite,
  verified: false,
  note: `UNVERIFIED: ${note}`
})
