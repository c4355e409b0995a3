// Quick start demo: generates synthetic identifiers (never real personal data) with the packages'
// fast-check arbitraries and a fixed seed, validates them with the built packages and prints a summary.
// Every printed identifier is masked.
import fc from "fast-check"
import { Result } from "effect"
import * as Core from "@juki/core"
import * as CoreArb from "@juki/core/arbitraries"
import * as My from "@juki/mynumber"
import * as MyArb from "@juki/mynumber/arbitraries"

const SEED = 20261128
const N = 2_000
const subjects = [
  ["MyNumber 個人番号", My.MyNumber, MyArb.MyNumber],
  ["CorporateNumber 法人番号", My.CorporateNumber, MyArb.CorporateNumber],
  ["LocalGovernmentCode 地方公共団体コード", Core.LocalGovernmentCode, CoreArb.LocalGovernmentCode],
  ["ResidentCode 住民票コード", Core.ResidentCode, CoreArb.ResidentCode],
  ["AtenaNumber 宛名番号", Core.AtenaNumber, CoreArb.AtenaNumber],
  ["HouseholdNumber 世帯番号", Core.HouseholdNumber, CoreArb.HouseholdNumber],
  ["ResidenceCardNumber 在留カード番号", Core.ResidenceCardNumber, CoreArb.ResidenceCardNumber],
  ["PostalCode 郵便番号", Core.PostalCode, CoreArb.PostalCode]
]

console.log(`juki demo: ${N} synthetic valid and ${N} synthetic invalid values per identifier (seed ${SEED})\n`)
const rows = []
let mismatches = 0
for (const [label, mod, arb] of subjects) {
  if (!mod || !arb?.valid || !arb?.invalid) continue
  const valid = fc.sample(arb.valid, { numRuns: N, seed: SEED })
  const invalid = fc.sample(arb.invalid, { numRuns: N, seed: SEED })
  const accepted = valid.filter((v) => mod.isValid(v)).length
  const rejected = new Map()
  for (const v of invalid) {
    const r = mod.validate(v)
    if (Result.isFailure(r)) rejected.set(r.failure.code, (rejected.get(r.failure.code) ?? 0) + 1)
  }
  const rejectedCount = [...rejected.values()].reduce((a, b) => a + b, 0)
  mismatches += N - accepted + (N - rejectedCount)
  const sample = mod.mask(valid[0])
  rows.push({ label, accepted, rejectedCount, sample, codes: [...rejected].map(([c, n]) => `${c}×${n}`).join(" ") })
}
const w = Math.max(...rows.map((r) => r.label.length))
for (const r of rows) {
  console.log(`${r.label.padEnd(w)}  valid accepted ${r.accepted}/${N}  invalid rejected ${r.rejectedCount}/${N}  e.g. ${r.sample}`)
  console.log(`${"".padEnd(w)}  rejections by rule: ${r.codes}`)
}
const bad = My.MyNumber.validate("1234 5678 9019")
if (Result.isFailure(bad)) {
  console.log(`\nAn error is data (masked, bilingual):\n  ${String(bad.failure)}\n  ja: ${bad.failure.messageIn("ja")}`)
}
console.log(`\n${mismatches === 0 ? "OK" : "MISMATCH"}: ${rows.length} identifiers, ${mismatches} unexpected results`)
process.exit(mismatches === 0 ? 0 : 1)
