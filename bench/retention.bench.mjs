// planPurge over 3,000,000 items vs a bare loop that only computes the end dates (same items, same run).
// Acceptance: planPurge time <= 3x the bare loop. Also measured (informational): the same plan with the consumer
// reading every lastRetainedDay, which planPurge computes only when read.
// Needs the built packages: `npx -y pnpm@10.34.9 -r build`.
import { Calendar } from "@juki/core"
import { EXTENSION_DAY, Period, planPurge } from "@juki/retention"
import { report, time } from "./harness.mjs"

const COUNT = 3_000_000
const AS_OF = "2025-06-01"

// Synthetic items: a realistic mix of kinds, start days 1990–2025 (both sides of the 2014-06-20 cut-off).
const KINDS = [
  ["juminhyo-johyo", 45],
  ["fuhyo-johyo", 15],
  ["cs-superseded", 12],
  ["cs-deleted", 8],
  ["paper", 10],
  ["tenshutsu-certificate-info", 5],
  ["delivery-address", 3],
  ["operation-log", 2]
]
const wheel = KINDS.flatMap(([k, w]) => Array.from({ length: w }, () => k))
const first = Calendar.toDayNumber("1990-01-01")
const span = Calendar.toDayNumber("2025-05-31") - first
const days = Array.from({ length: span + 1 }, (_, i) => Calendar.fromDayNumber(first + i))
let seed = 42
const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296
const items = new Array(COUNT)
for (let i = 0; i < COUNT; i++) {
  const kind = wheel[(rand() * wheel.length) | 0]
  const item = { id: i, kind, start: days[(rand() * days.length) | 0] }
  if (kind === "juminhyo-johyo" || kind === "fuhyo-johyo") item.archived = rand() < 0.5
  items[i] = item
}

// Reference: the bare end-date computation with the package's own allocation-free primitive (no validation, no
// regimes or settings, no decision objects, no iterator protocol).
const Y5 = Period.years(5)
const Y150 = Period.years(150)
const PERIOD = {
  "cs-superseded": Y150,
  "cs-deleted": Y150,
  paper: Period.years(1),
  "tenshutsu-certificate-info": Period.days(30),
  "delivery-address": Period.days(0)
}
const EXT = Calendar.toDayNumber(EXTENSION_DAY)
const asOfDay = Calendar.toDayNumber(AS_OF)
let sink = 0
const reference = () => {
  let purge = 0
  for (let i = 0; i < COUNT; i++) {
    const it = items[i]
    if (it.kind === "operation-log") continue
    const s = it.start
    const y =
      (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + s.charCodeAt(3) - 48
    const m = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48
    const d = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48
    let end
    if (it.kind === "juminhyo-johyo" || it.kind === "fuhyo-johyo") {
      end = Period.lastDayNumberOfYmd(y, m, d, Y5)
      if (end >= EXT) end = Period.lastDayNumberOfYmd(y, m, d, Y150)
    } else end = Period.lastDayNumberOfYmd(y, m, d, PERIOD[it.kind])
    if (asOfDay > end) purge++
  }
  sink = purge
  return purge
}
const subject = () => {
  let purge = 0
  for (const d of planPurge(items, AS_OF)) if (d.action === "purge") purge++
  if (purge !== sink) throw new Error(`planPurge selected ${purge}, the reference ${sink}`)
  return purge
}

// The same plan, with the consumer also reading every last retained day (computed lazily by planPurge).
const subjectWithDates = () => {
  let purge = 0
  let days = 0
  for (const d of planPurge(items, AS_OF)) {
    if (d.action === "purge") purge++
    if (d.action !== "invalid") days += d.lastRetainedDayNumber ?? 0
  }
  if (purge !== sink) throw new Error(`planPurge selected ${purge}, the reference ${sink}`)
  return days
}

// Warm both up, then alternate them so that both see the same machine load; keep the best run of each.
time(reference, 1)
time(subject, 1)
time(subjectWithDates, 1)
let referenceMs = Infinity
let subjectMs = Infinity
let datesMs = Infinity
for (let round = 0; round < 7; round++) {
  referenceMs = Math.min(referenceMs, time(reference, 1))
  subjectMs = Math.min(subjectMs, time(subject, 1))
  datesMs = Math.min(datesMs, time(subjectWithDates, 1))
}
const timeRatio = subjectMs / referenceMs
report({
  name: "retention.planPurge",
  unit: "items",
  count: COUNT,
  subjectMs,
  referenceMs,
  subjectLabel: "planPurge (validate, evaluate, decide, stream)",
  referenceLabel: "bare end-date loop",
  target: "time <= 3x reference",
  pass: timeRatio <= 3,
  extra: { timeRatio: Math.round(timeRatio * 100) / 100, selected: sink }
})
const datesRatio = datesMs / referenceMs
report({
  name: "retention.planPurge+lastRetainedDay",
  unit: "items",
  count: COUNT,
  subjectMs: datesMs,
  referenceMs,
  subjectLabel: "planPurge, reading every lastRetainedDay",
  referenceLabel: "bare end-date loop",
  target: "informational (dates are computed lazily, on read)",
  extra: { timeRatio: Math.round(datesRatio * 100) / 100 }
})
console.log(
  `time ratio planPurge / bare loop = ${timeRatio.toFixed(2)}; reading every lastRetainedDay ${datesRatio.toFixed(2)} (selected ${sink} of ${COUNT})`
)
if (timeRatio > 3) process.exitCode = 1
