import { describe, evaluate, Kagoshima, Period, planPurge } from "@juki/retention"
import { Result } from "effect"

// 1. One day decides: 令34条 covers a 除票 only if 消除 on or after 2014-06-20.
for (const start of ["2014-06-19", "2014-06-20"]) {
  const r = evaluate({ kind: "juminhyo-johyo", start, archived: true }, "2025-04-01")
  if (Result.isSuccess(r)) console.log(start, r.success.status, r.success.lastRetainedDay)
}

// 2. 民法143条: the period ends the day before the 応当日 of the 起算日, not on start + N years.
console.log(Period.lastDay("2015-02-28", Period.years(5)))

// 3. A purge plan: any iterable or async iterable in, one decision per item out, in constant memory.
const rows = [
  { id: "a", kind: "juminhyo-johyo", start: "2019-07-01" },
  { id: "b", kind: "paper", start: "2024-03-31" },
  { id: "c", kind: "tenshutsu-certificate-info", start: "2025-03-01" },
  { id: "d", kind: "operation-log", start: "2001-01-01" },
  { id: "e", kind: "paper", start: "2024-02-30" }
]
for (const d of planPurge(rows, "2025-04-01")) {
  if (d.action === "invalid") console.log(d.item.id, "invalid", d.error.code)
  else console.log(d.item.id, d.action, d.evaluation.lastRetainedDay ?? "-", "|", describe(d.evaluation, "en"))
}

// 4. A municipality that kept 除票 longer (鹿児島市: covered from 2009-06-21).
const k = evaluate({ kind: "juminhyo-johyo", start: "2010-01-01", archived: true }, "2025-04-01", {
  override: Kagoshima
})
if (Result.isSuccess(k)) console.log("鹿児島市", k.success.status, k.success.lastRetainedDay)
